"""Drives `claimlint mcp` with the `mcp` package's real client over stdio, as an assistant would.

Usage: python3 client.py PATH-TO-CLAIMLINT
Prints one line per check ("ok: NAME" or "FAIL: NAME: why") and a closing "N passed, N failed" line;
exits 1 when a check fails, 2 when the session itself broke.
"""

import asyncio
import base64
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

TOOLS = {"lint_text", "explain_rule", "list_rules", "judge_sentence"}
K2_DRAFT = "# Bone support\n\nTake our vitamin K2 drops with breakfast every day.\n"
K2_CAVEAT = " People on warfarin should ask their doctor before taking them."
PROOF_DRAFT = "# Ginger\n\nThis trial proves that ginger eases nausea.\n"


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"ok: {name}")
        else:
            self.failed += 1
            print(f"FAIL: {name}: {detail}")
        sys.stdout.flush()


def field(value, name):
    """A result field by its name in mcp 2 (snake case) or mcp 1 (camel case)."""
    if hasattr(value, name):
        return getattr(value, name)
    head, *rest = name.split("_")
    return getattr(value, head + "".join(word.title() for word in rest))


def data_of(result):
    return field(result, "structured_content") or {}


def failed(result):
    return field(result, "is_error") is True


def text_of(result):
    return "".join(getattr(part, "text", "") for part in result.content)


def rules_of(result):
    return [d["rule"] for d in data_of(result).get("diagnostics", [])]


async def lint(session, **arguments):
    return await session.call_tool("lint_text", arguments)


async def check_tools(session, checks):
    listed = (await session.list_tools()).tools
    names = {tool.name for tool in listed}
    checks.check("the four tools are listed", names == TOOLS, sorted(names))
    for tool in listed:
        properties = field(tool, "input_schema").get("properties", {})
        checks.check(f"{tool.name} is described for a model", len(tool.description or "") > 200, tool.description)
        checks.check(f"{tool.name} has an input schema", len(properties) > 0, field(tool, "input_schema"))


async def check_fix_loop(session, checks):
    """A model's loop: lint its draft, add the caveat the note asks for, lint again."""
    first = await lint(session, text=K2_DRAFT)
    data = data_of(first)
    found = [d for d in data.get("diagnostics", []) if d["rule"] == "caveat/vitamin-k-anticoagulants"]
    checks.check("a missing caveat is an error that fails", not failed(first) and data.get("fails") is True, text_of(first))
    checks.check("the finding names its words and place", bool(found) and found[0]["text"] == "vitamin K2"
                 and found[0]["line"] == 3 and found[0]["column"] == 10, found)
    checks.check("the finding carries a note", bool(found) and "warfarin" in found[0]["notes"][0]["message"], found)
    fixed = K2_DRAFT.rstrip("\n") + K2_CAVEAT + "\n"
    second = await lint(session, text=fixed)
    checks.check("the draft with the caveat passes", data_of(second).get("fails") is False
                 and "caveat/vitamin-k-anticoagulants" not in rules_of(second), text_of(second))


async def check_fix_its(session, checks):
    result = await lint(session, text=PROOF_DRAFT, filename="notes/ginger.md")
    data = data_of(result)
    proof = [d for d in data.get("diagnostics", []) if d["rule"] == "causal/proof-language"]
    edits = proof[0]["fixes"][0]["edits"] if proof and proof[0]["fixes"] else []
    checks.check("a fix-it comes with its edit", bool(edits) and edits[0]["replacement"] == "suggests", proof)
    checks.check("the path is the file name given", bool(proof) and proof[0]["path"] == "notes/ginger.md", proof)
    fixed_text = data.get("fixedText", "")
    checks.check("fixedText applies the fix-it", "trial suggests that ginger" in fixed_text, fixed_text)
    again = await lint(session, text=fixed_text)
    checks.check("fixedText no longer has the finding", "causal/proof-language" not in rules_of(again), text_of(again))
    checks.check("the text content is the same report", '"causal/proof-language"' in text_of(result), text_of(result))


async def check_settings(session, checks):
    off = await lint(session, text=PROOF_DRAFT, configuration="rules:\n  causal/proof-language: off\n")
    checks.check("a configuration turns a rule off", not failed(off) and "causal/proof-language" not in rules_of(off)
                 and rules_of(off), text_of(off))
    bad = await lint(session, text=PROOF_DRAFT, configuration="rules: [unclosed\n")
    checks.check("a broken configuration is a tool error", failed(bad) and ".claimlint.yml" in text_of(bad),
                 text_of(bad))
    claim = "# Minerals\n\nMagnesium boosts your energy levels.\n"
    plain = await lint(session, text=claim)
    eu = await lint(session, text=claim, profiles=["eu"])
    rule = "regulatory/eu-unauthorised-nutrient-claim"
    checks.check("a profile turns its rules on", rule in rules_of(eu) and rule not in rules_of(plain), text_of(eu))
    typo = await lint(session, text=claim, profiles=["euu"])
    checks.check("an unknown profile is a tool error with a suggestion",
                 failed(typo) and "did you mean 'eu'" in text_of(typo), text_of(typo))
    html = await lint(session, text="<p>This trial <b>proves</b> that ginger eases nausea.</p>", format="html")
    found = [d for d in data_of(html).get("diagnostics", []) if d["rule"] == "causal/proof-language"]
    checks.check("html is read as html", bool(found) and found[0]["column"] == 18, found)


async def check_bad_input(session, checks):
    huge = await lint(session, text="a" * (4 * 1024 * 1024 + 1))
    checks.check("a huge text is a tool error", failed(huge) and "limit" in text_of(huge), text_of(huge))
    raw = base64.b64encode(b"# Title\n\nGood \xff words.\n").decode()
    invalid = await lint(session, text_base64=raw)
    checks.check("invalid UTF-8 is a tool error with its place", failed(invalid)
                 and "invalid UTF-8" in text_of(invalid) and ":3:6" in text_of(invalid), text_of(invalid))
    good = await lint(session, text_base64=base64.b64encode(PROOF_DRAFT.encode()).decode())
    checks.check("valid base64 text is linted", "causal/proof-language" in rules_of(good), text_of(good))
    unknown = await session.call_tool("lint_text", {"txt": "hello"})
    checks.check("an unknown argument is a tool error", failed(unknown) and "'txt'" in text_of(unknown),
                 text_of(unknown))
    typo = await session.call_tool("explain_rule", {"rule": "causal/proof-languag"})
    checks.check("an unknown rule is a tool error with a suggestion", failed(typo)
                 and "did you mean 'causal/proof-language'" in text_of(typo), text_of(typo))


async def check_rules(session, checks):
    listed = data_of(await session.call_tool("list_rules", {}))
    ids = [rule["id"] for rule in listed.get("rules", [])]
    checks.check("every rule is listed", "causal/proof-language" in ids and len(ids) == len(set(ids)) > 20, ids)
    plain = data_of(await session.call_tool("list_rules", {"profiles": []}))
    checks.check("profile rules are left out when asked", all("profile" not in r for r in plain.get("rules", []))
                 and len(plain.get("rules", [])) < len(ids), plain)
    explained = await session.call_tool("explain_rule", {"rule": "causal/proof-language"})
    checks.check("a rule is explained", not failed(explained) and "suggests" in text_of(explained)
                 and data_of(explained).get("id") == "causal/proof-language", text_of(explained))


async def check_sentences(session, checks):
    async def judge(sentence):
        return data_of(await session.call_tool("judge_sentence", {"sentence": sentence}))

    causal = await judge("Drinking green tea lowers blood pressure.")
    checks.check("a causal sentence is causal", causal.get("strength") == "causal"
                 and {"kind": "causal", "text": "lowers", "range": [19, 25]} in causal.get("cues", []), causal)
    survey = await judge("In a survey of hikers, those who drank more tea reported fewer headaches.")
    checks.check("a survey finding is correlational with observational evidence",
                 survey.get("strength") == "correlational" and "observational" in survey.get("evidence", []), survey)
    denied = await judge("A randomized trial found that ginger did not reduce nausea.")
    checks.check("a denied relation keeps its stated strength", denied.get("strength") == "none"
                 and denied.get("statedStrength") == "causal" and denied.get("isNegated") is True, denied)


async def check_resources(session, checks):
    resources = (await session.list_resources()).resources
    uris = [str(resource.uri) for resource in resources]
    checks.check("the rule reference is a resource", "claimlint://rules" in uris, uris)
    contents = (await session.read_resource("claimlint://rules")).contents
    reference = "".join(getattr(part, "text", "") for part in contents)
    checks.check("the reference has every rule", "## causal/proof-language" in reference
                 and "## caveat/vitamin-k-anticoagulants" in reference, reference[:200])
    one = (await session.read_resource("claimlint://rules/hype/miracle-words")).contents
    checks.check("one rule can be read", "hype/miracle-words" in "".join(getattr(p, "text", "") for p in one), one)


async def main(binary):
    checks = Checks()
    server = StdioServerParameters(command=binary, args=["mcp"])
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            info = await session.initialize()
            checks.check("the server names itself", field(info, "server_info").name == "claimlint", field(info, "server_info"))
            for group in (check_tools, check_fix_loop, check_fix_its, check_settings, check_bad_input, check_rules,
                          check_sentences, check_resources):
                await group(session, checks)
            alive = await lint(session, text="Plain words.")
            checks.check("the server answers after the bad input", not failed(alive), text_of(alive))
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    try:
        sys.exit(asyncio.run(main(sys.argv[1])))
    except Exception as error:  # the session broke: report it as such
        print(f"session error: {error!r}")
        sys.exit(2)
