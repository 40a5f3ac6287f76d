-- Drives `claimlint lsp` from Neovim's built-in LSP client, headless, the way a writer would: an
-- unsaved Markdown buffer with an overclaim after multibyte text, the diagnostic, its quick fix, and
-- the diagnostic gone. Writes what it saw to $CLAIMLINT_RESULT as JSON; the Swift test judges it.
local root = os.getenv('CLAIMLINT_ROOT')
local binary = os.getenv('CLAIMLINT_BINARY')
local results = { steps = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(results) }, os.getenv('CLAIMLINT_RESULT'))
  vim.cmd('qall!')
end

local ok, problem = pcall(function()
  -- Keep every publishDiagnostics as the server sent it, to check its UTF-16 positions.
  local published = {}
  local default = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    table.insert(published, result)
    return default(err, result, ctx, config)
  end

  local line = 'Café “Zest” 😀 — this trial proves that ginger eases nausea in adults.'
  local buf = vim.api.nvim_create_buf(true, false)
  vim.api.nvim_set_current_buf(buf)
  vim.api.nvim_buf_set_name(buf, root .. '/draft.md') -- never written: the buffer is unsaved
  vim.bo[buf].filetype = 'markdown'
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, { '# Draft', '', line })

  local client = vim.lsp.start_client({
    name = 'claimlint', cmd = { binary, 'lsp' }, root_dir = root, flags = { debounce_text_changes = 20 },
  })
  vim.lsp.buf_attach_client(buf, client)
  results.diagnosed = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  local diagnostic = vim.diagnostic.get(buf)[1]
  results.code = diagnostic.code
  results.lnum = diagnostic.lnum
  results.col = diagnostic.col -- Neovim's byte column, converted from the server's UTF-16 one
  local start = line:find('proves', 1, true) - 1
  results.expected_col = start
  local sent = published[#published].diagnostics[1]
  results.character = sent.range.start.character
  local _, utf16 = vim.str_utfindex(line, start)
  results.expected_character = utf16
  results.encoding = vim.lsp.get_client_by_id(client).offset_encoding

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = sent.range,
    context = { diagnostics = published[#published].diagnostics },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 20000) or {}
  local action
  for _, response in pairs(responses) do
    for _, candidate in ipairs(response.result or {}) do
      if candidate.isPreferred then action = candidate end
    end
  end
  results.action = action and action.title
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  results.fixed_line = vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1]
  results.vanished = vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 20)
  results.saved = vim.fn.filereadable(root .. '/draft.md') == 1
  vim.lsp.stop_client(client)
end)
if not ok then results.error = tostring(problem) end
finish()
