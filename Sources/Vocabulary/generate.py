#!/usr/bin/env python3
"""Generates claimlint's vocabulary files (Rules/vocabulary/*.tsv) from the open vocabularies in
../shared/vocab and the hand-curated inputs in Sources/Vocabulary/curated/.

Usage: python3 Sources/Vocabulary/generate.py [--vocab ../shared/vocab] [--out Rules/vocabulary] [--check]

--check regenerates into a temporary folder and exits 1 with a diff summary when the committed files
differ. Output is deterministic: rows sorted, no timestamps. Python 3 standard library only.
See Sources/Vocabulary/README.md for sources, licences, filters and senses.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.dirname(os.path.dirname(HERE))
CURATED = os.path.join(HERE, "curated")

FILES = ("conditions", "substances", "drugs", "drug-classes")
KINDS = {
    "conditions": ("disease", "symptom", "marker", "natural-state", "pathogen", "disease-word"),
    "substances": ("vitamin", "mineral", "botanical", "supplement"),
    "drugs": ("drug", "brand"),
    "drug-classes": ("class", "member"),
}
SOURCES = ("DO", "ICD10CM", "UNII", "DrugBank", "curated")

# --------------------------------------------------------------------------------------------------
# Normalization (mirrors what the engine does, closely enough for sorting, de-duplication and the
# measurements in measure_senses.py): case, curly apostrophes, British→US spelling, plural of the
# last word, hyphen = space.

BRITISH = [
    (r"aemia", "emia"), (r"^haem", "hem"), (r"haemo", "hemo"), (r"oesoph", "esoph"), (r"oedema", "edema"),
    (r"rrhoea", "rrhea"), (r"^paed", "ped"), (r"^foet", "fet"), (r"^coeli", "celi"), (r"^leukaem", "leukem"),
    (r"^anaes", "anes"), (r"^orthopaed", "orthoped"), (r"^gynaec", "gynec"), (r"^oestr", "estr"),
    (r"apnoea", "apnea"), (r"^dyspnoea", "dyspnea"), (r"isation$", "ization"),
    (r"^(tum|col|hum|behavi|fav|od|vap|lab|neighb)our", r"\1or"), (r"^(cent|fib|lit|met)re$", r"\1er"),
    (r"^(sulph)", "sulf"), (r"^aluminium$", "aluminum"),
]
BRITISH = [(re.compile(a), b) for a, b in BRITISH]

NOT_PLURAL = set(
    """rabies scabies caries herpes diabetes measles mumps rickets shingles hives series species feces
    facies sepsis lupus tetanus aids ms bends crabs piles pertussis syphilis tuberculosis psoriasis
    arthritis mellitus virus pancreas mucus fungus corpus uterus status glottis pubis iris
    pelvis penis testis ovaries stress abscess illness sickness weakness dizziness numbness stiffness
    tiredness sleeplessness forgetfulness absentmindedness hoarseness drowsiness breathlessness
    restlessness nervousness alopecia lens gas plus bus us yes this has was is as its his
    biceps triceps thrips physics genetics diabetes insipidus chorus sinus anus hiatus nexus
    fetus plexus calculus bronchus thymus stenosis sclerosis necrosis fibrosis cirrhosis thrombosis
    osteoporosis""".split()
)


def us_spelling(word: str) -> str:
    for pattern, replacement in BRITISH:
        word = pattern.sub(replacement, word)
    return word


def singular(word: str) -> str:
    if word in NOT_PLURAL or len(word) <= 3 or not word.endswith("s"):
        return word
    if re.search(r"(sis|xis|tis|us|ss|is|os)$", word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(ch|sh|x|z)es$", word):
        return word[:-2]
    if word.endswith("ses") and not word.endswith("oses"):
        return word[:-1]
    return word[:-1]


def words_of(text: str) -> list[str]:
    """Lower-case words of a term or text, hyphens as spaces, apostrophes unified."""
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-")
    text = re.sub(r"[-\s]+", " ", text.lower()).strip()
    return [w for w in text.split(" ") if w]


def normalize(term: str) -> str:
    """The normalized form used to sort and de-duplicate: lower case, US spelling, last word singular."""
    words = [us_spelling(w) for w in words_of(term)]
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words)


def dedupe_key(term: str) -> str:
    """hyphen = space = joined: "pink eye", "pink-eye" and "pinkeye" are one term."""
    return normalize(term).replace(" ", "")


def is_acronym(term: str) -> bool:
    """The engine's rule: every letter upper case and at least two letters or digits."""
    letters = [c for c in term if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and sum(c.isalnum() for c in term) >= 2


# --------------------------------------------------------------------------------------------------
# Sense syntax (kept strict: the engine applies these exactly).

SENSE_WORD = r"[a-z0-9'][a-z0-9'.]*"
SENSE_ALT = rf"{SENSE_WORD}(?: {SENSE_WORD})*"
SENSE_CONSTRAINT = re.compile(
    rf"^(not-preceded-by|not-followed-by|only-preceded-by|only-followed-by)=({SENSE_ALT}(?:\|{SENSE_ALT})*)$"
)
SENSE_FLAGS = ("food", "ordinary-word")


def sense_errors(sense: str) -> list[str]:
    if sense == "":
        return []
    errors = []
    seen = set()
    for part in sense.split(";"):
        if part in SENSE_FLAGS:
            name = part
        else:
            match = SENSE_CONSTRAINT.match(part)
            if not match:
                errors.append(f"bad sense part {part!r}")
                continue
            name = match.group(1)
        if name in seen:
            errors.append(f"repeated sense part {name!r}")
        seen.add(name)
    return errors


def merge_senses(*senses: str) -> str:
    parts: dict[str, list[str]] = {}
    flags: list[str] = []
    for sense in senses:
        for part in filter(None, sense.split(";")):
            if part in SENSE_FLAGS:
                if part not in flags:
                    flags.append(part)
                continue
            name, _, alternatives = part.partition("=")
            current = parts.setdefault(name, [])
            for alternative in alternatives.split("|"):
                if alternative not in current:
                    current.append(alternative)
    order = ["only-preceded-by", "not-preceded-by", "only-followed-by", "not-followed-by"]
    out = [f"{name}={'|'.join(parts[name])}" for name in order if name in parts]
    return ";".join(out + [f for f in SENSE_FLAGS if f in flags])


# --------------------------------------------------------------------------------------------------
# Reading inputs


def read_tsv(path: str, header: bool = True) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[1:] if header else rows


def read_curated(name: str, columns: int) -> list[list[str]]:
    """Rows of a curated file: '#' lines are comments; every row has exactly `columns` fields."""
    path = os.path.join(CURATED, name)
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != columns:
                raise SystemExit(f"{name}:{number}: expected {columns} tab-separated fields, got {len(fields)}")
            rows.append([f.strip() for f in fields])
    return rows


def source_versions(vocab: str) -> dict[str, str]:
    """One provenance line per source, read from each SOURCE.md (repository/commit or package/version)."""
    out = {}
    for folder, key in (
        ("disease_ontology", "DO"),
        ("icd10cm", "ICD10CM"),
        ("icd10cm_drug_classes", "ICD10CM-T"),
        ("fda_unii", "UNII"),
        ("drugbank_open_vocabulary", "DrugBank"),
    ):
        text = open(os.path.join(vocab, folder, "SOURCE.md"), encoding="utf-8").read()
        commit = re.search(r"commit ([0-9a-f]{12,40})", text)
        package = re.search(r"PyPI (?:package )?([\w-]+ \d[\w.]*)", text)
        out[key] = (commit.group(1)[:12] if commit else package.group(1) if package else "unknown version")
    return out


PROVENANCE = {
    "DO": "Human Disease Ontology, github:DiseaseOntology/HumanDiseaseOntology commit {DO}; CC0 1.0",
    "ICD10CM": "ICD-10-CM FY2026 tabular (April 1 2026, CDC/NCHS) via {ICD10CM}; public domain",
    "UNII": "FDA UNII names (GSRS) via {UNII}; public domain",
    "DrugBank": "DrugBank open vocabulary (Knox et al., DrugBank 6.0, NAR 2024) via commit {DrugBank}; CC0 1.0",
    "curated": "Sources/Vocabulary/curated/*.tsv (each row cites its source)",
}

# --------------------------------------------------------------------------------------------------
# Shared filters for source names

ASCIIISH = re.compile(r"^[A-Za-z0-9' \-.À-ɏ]+$")
CODE_LIKE = re.compile(r"^[A-Z]{1,6}[- ]?\d")  # AZD-1234, BMS 986165
DISEASE_NOISE = re.compile(
    r"\b(unspecified|other|due to|with|without|nos|not elsewhere|elsewhere|classified|episode|encounter|"
    r"sequela|sequelae|initial|subsequent|right|left|bilateral|unilateral|trimester|weeks|stage|"
    r"specified|complicating|associated|following|affecting|involving|resulting|except|site|region|"
    r"type [0-9ivx]+[a-z0-9]*|in diseases|and|or|by|of unknown|history|status|personal|family|"
    r"screening|examination|observation|contact|exposure|carrier|susceptibility|predisposition|"
    r"disease of|disease by|disorder of|late effect|newborn|fetus|delivery|pregnancy|puerperium|childbirth)\b"
)
DIGIT_OK = re.compile(r"^(type [12] diabetes( mellitus)?|covid-19|trisomy (13|18|21)|h1n1 influenza)$")


def strip_icd(name: str) -> str:
    """ICD title → the name copy would use: nonessential modifiers (parentheses), bracketed
    abbreviations, NOS and ", unspecified" endings removed."""
    name = re.sub(r"\[[^\]]*\]", " ", name)
    name = re.sub(r"\(s\)", "", name)
    name = re.sub(r"\([^)]*\)", " ", name)
    name = re.sub(r"\s+NOS\b", "", name)
    name = re.sub(r",\s*(site |organism |type |part )?unspecified( organism| site| type)?$", "", name, flags=re.I)
    name = re.sub(r"^unspecified\s+", "", name, flags=re.I)
    return re.sub(r"\s+", " ", name).strip(" ,")


def disease_name_ok(name: str, max_words: int = 6) -> str | None:
    """The lower-cased name, or None when it is noise for copy (see README: filters)."""
    if not name or not ASCIIISH.match(name) or "_" in name or ". " in name or name.endswith("."):
        return None
    words = name.split()
    if len(words) > max_words or len(name) > 60:
        return None
    lower = name.lower()
    if re.search(r"\d", lower) and not DIGIT_OK.match(lower):
        return None
    if DISEASE_NOISE.search(lower):
        return None
    if any(is_acronym(w) and len(w) >= 2 for w in words) and not DIGIT_OK.match(lower):
        return None  # acronym-bearing names (DO gene/subtype codes); curated allowlist adds the good ones
    if len(lower.replace(" ", "")) < 4:
        return None
    return lower


# --------------------------------------------------------------------------------------------------
# Rows


class Row:
    __slots__ = ("term", "kind", "concept", "source", "sense", "rank")

    def __init__(self, term, kind, concept, source, sense="", rank=9):
        self.term, self.kind, self.concept, self.source, self.sense, self.rank = term, kind, concept, source, sense, rank

    def fields(self):
        return [self.term, self.kind, self.concept, self.source, self.sense]


def finalize(rows: list[Row], name: str, stats: dict) -> list[Row]:
    """One row per (term, kind) — hyphen/space/joined, case, plural and spelling variants collapsed —
    keeping the best-ranked row (curated, then DO labels, synonyms, ICD); sorted by (normalized, kind)."""
    best: dict[tuple[str, str], Row] = {}
    for row in rows:
        for field in row.fields():
            if "\t" in field or "\n" in field:
                raise SystemExit(f"{name}: tab or newline inside a field: {row.fields()!r}")
        key = (dedupe_key(row.term), row.kind)
        old = best.get(key)
        if old is None or (row.rank, row.concept, row.term) < (old.rank, old.concept, old.term):
            best[key] = row
    # A curated row speaks for its term in every kind: source rows of the same term are dropped
    curated_terms = {dedupe_key(r.term) for r in best.values() if r.source == "curated"}
    out = [r for r in best.values() if r.source == "curated" or dedupe_key(r.term) not in curated_terms]
    stats[name]["dropped as duplicates"] = len(rows) - len(out)
    out.sort(key=lambda r: (normalize(r.term), r.kind, r.term, r.concept))
    return out


# --------------------------------------------------------------------------------------------------
# Conditions


def resolve_condition_concept(spec: str, do_labels: dict, do_ids: set, icd_ids: dict, where: str) -> str:
    if spec.startswith("DO="):
        label = spec[3:].lower()
        if label not in do_labels:
            raise SystemExit(f"{where}: no DO label {spec[3:]!r}")
        return do_labels[label]
    if spec.startswith("DOID:"):
        if spec not in do_ids:
            raise SystemExit(f"{where}: unknown {spec}")
        return spec
    if spec.startswith("ICD10CM:"):
        if spec not in icd_ids:
            raise SystemExit(f"{where}: unknown {spec}")
        return spec
    raise SystemExit(f"{where}: concept must be DO=<label>, DOID:… or ICD10CM:…, got {spec!r}")


def build_conditions(vocab: str, stats: dict, senses: dict, drops: dict) -> list[Row]:
    s = stats["conditions"]
    do_rows = read_tsv(os.path.join(vocab, "disease_ontology", "terms.tsv"))
    icd_rows = read_tsv(os.path.join(vocab, "icd10cm", "terms.tsv"))
    do_labels = {r[1].lower(): r[0] for r in do_rows if r[3] == "label"}
    do_ids = {r[0] for r in do_rows}
    icd_ids = {r[0]: r[1] for r in icd_rows}
    dropped = drops.get("conditions", {})
    rows: list[Row] = []

    rank_of = {"label": 1, "exact": 2, "related": 3, "narrow": 4, "broad": 4}
    for concept, label, name, kind, category, _ in do_rows:
        if kind == "abbreviation":
            s["DO abbreviation rows dropped (curated allowlist instead)"] += 1
            continue
        term = disease_name_ok(name)
        if term is None:
            s["DO names dropped by filters"] += 1
            continue
        if dedupe_key(term) in dropped:
            s["DO names dropped by curated/drops.tsv"] += 1
            continue
        rows.append(Row(term, "disease", concept, "DO", rank=rank_of.get(kind, 4)))

    for code, title, name, kind, chapter, _ in icd_rows:
        letter, number = code[8], code[9:11]
        if letter == "R":
            if int(number) >= 70:  # R70–R99: abnormal findings and ill-defined causes of mortality
                s["ICD R70-R99 titles dropped"] += 1
                continue
            row_kind = "symptom"
        else:
            row_kind = "disease"
        term = disease_name_ok(strip_icd(name))
        if term is None:
            s["ICD titles dropped by filters"] += 1
            continue
        if dedupe_key(term) in dropped:
            s["ICD titles dropped by curated/drops.tsv"] += 1
            continue
        depth = len(code.replace(".", "")) - 8
        rows.append(Row(term, row_kind, code, "ICD10CM", rank=(5 if kind == "label" else 6) + (depth > 3)))

    for file in ("conditions-lay.tsv", "symptoms.tsv", "markers.tsv", "natural-states.tsv", "pathogens.tsv",
                 "disease-words.tsv"):
        for number, (term, kind, concept, sense, citation) in enumerate(read_curated(file, 5), 1):
            where = f"curated/{file}: {term}"
            if kind not in KINDS["conditions"]:
                raise SystemExit(f"{where}: unknown kind {kind!r}")
            if not citation:
                raise SystemExit(f"{where}: no citation")
            concept = resolve_condition_concept(concept, do_labels, do_ids, icd_ids, where)
            rows.append(Row(curated_case(term), kind, concept, "curated", sense, rank=0))
            s[f"curated {kind}"] += 1
    return apply_senses(rows, senses.get("conditions", {}), "conditions")


def curated_case(term: str) -> str:
    """Curated terms keep capitals only when the whole term is an acronym (case-sensitive in the
    engine); everything else is written in lower case."""
    return term if is_acronym(term) else term.lower()


def apply_senses(rows: list[Row], senses: dict, name: str) -> list[Row]:
    found = set()
    for row in rows:
        key = dedupe_key(row.term)
        if key in senses:
            row.sense = merge_senses(row.sense, senses[key])
            found.add(key)
    missing = set(senses) - found
    if missing:
        raise SystemExit(f"curated/senses.tsv: {name} terms not in the output: {', '.join(sorted(missing))}")
    return rows


# --------------------------------------------------------------------------------------------------
# Substances

PLANT_PARTS = set(
    """WHOLE ROOT ROOTS LEAF LEAVES FRUIT SEED SEEDS OIL EXTRACT FLOWER FLOWERS BARK RHIZOME STEM HERB
    JUICE POWDER PEEL BULB TWIG WOOD RESIN GUM SAP NUT KERNEL HULL SHOOT SPROUT TOP AERIAL PARTS PART
    FLOWERING BUD TUBER HUSK""".split()
)
LATIN_PHARMACOPOEIA = re.compile(
    r"\b(RADIX|FOLIUM|FRUCTUS|HERBA|CORTEX|FLOS|SEMEN|AETHEROLEUM|OLEUM|RHIZOMA|TESTA|RECEPTACULUM|"
    r"EXOCARPIUM|POLLEN|MYCELIUM|FLUIDEXTRACT|PREPARATION|TINCTURE|ABSOLUTE|OLEORESIN|WATER|SPORPHORE)\b|"
    r"AE\b|^AE-|\bOIL [A-Z]+$"
)
MINERALS = "CALCIUM MAGNESIUM ZINC FERROUS FERRIC POTASSIUM CHROMIUM COPPER MANGANESE SELENIUM".split()
ANIONS = set(
    """CARBONATE CITRATE GLUCONATE GLYCINATE BISGLYCINATE OXIDE L-THREONATE THREONATE MALATE PICOLINATE
    SULFATE FUMARATE CHLORIDE OROTATE TAURATE LACTATE ASPARTATE ASCORBATE HYDROXIDE IODIDE""".split()
)
VITAMIN_NAME = re.compile(r"^VITAMIN [A-EK][0-9]{0,2}$")


def build_substances(vocab: str, stats: dict, senses: dict, drops: dict, unii: dict, db: dict) -> list[Row]:
    s = stats["substances"]
    dropped = drops.get("substances", {})
    rows: list[Row] = []

    # Curated common names first
    for term, kind, concept, sense, citation in read_curated("substances.tsv", 5):
        where = f"curated/substances.tsv: {term}"
        if kind not in KINDS["substances"]:
            raise SystemExit(f"{where}: unknown kind {kind!r}")
        concept = resolve_substance(term, concept, unii, db, where)
        if concept.startswith("CURATED:"):
            s["curated names with no UNII/DrugBank match (CURATED: concept)"] += 1
        rows.append(Row(curated_case(term), kind, concept, "curated", sense, rank=0))
        s[f"curated {kind}"] += 1

    # FDA UNII: vitamins, mineral salts, probiotics, botanical common names
    genus = set()
    for uid, label, name, ntype, category, _ in unii["rows"]:
        if category.startswith("botanical") and ntype == "label":
            words = label.split()
            if len(words) >= 3 and words[-1] in PLANT_PARTS:
                genus.add(words[0])
    for uid, label, name, ntype, category, _ in unii["rows"]:
        if ntype == "brand":
            continue
        kind = None
        term = None
        if category.startswith("vitamin"):
            words = name.split()
            if VITAMIN_NAME.match(name):
                kind, term = "vitamin", name
            elif len(words) == 2 and words[0] in MINERALS and words[1] in ANIONS:
                kind, term = "mineral", name
            elif len(words) == 2 and words[0] in ("LACTOBACILLUS", "BIFIDOBACTERIUM") and words[1].isalpha():
                kind, term = "supplement", name
        elif category.startswith("botanical"):
            stripped = name.replace(", UNSPECIFIED", "").split()
            while len(stripped) > 1 and stripped[-1] in PLANT_PARTS:
                stripped = stripped[:-1]
            common = " ".join(stripped)
            # only common names of botanicals DrugBank also lists (products people take), not Latin ones
            if (stripped and not (stripped[0] in genus and len(stripped) > 1) and len(stripped) <= 3
                    and re.fullmatch(r"[A-Z][A-Z' -]*", common) and not LATIN_PHARMACOPOEIA.search(common)
                    and common.lower() in db["names"]):
                kind, term = "botanical", common
        if kind is None:
            continue
        term = term.lower()
        if dedupe_key(term) in dropped:
            s["UNII names dropped by curated/drops.tsv"] += 1
            continue
        rows.append(Row(term, kind, uid, "UNII", rank=1 if ntype == "label" else 2))
        s[f"UNII {kind}"] += 1
    return apply_senses(rows, senses.get("substances", {}), "substances")


def resolve_substance(term: str, spec: str, unii: dict, db: dict, where: str) -> str:
    if spec.startswith(("UNII:", "DRUGBANK:", "CURATED:")):
        return spec
    if spec.startswith("UNII="):
        found = unii["by_name"].get(spec[5:].upper())
        if not found:
            raise SystemExit(f"{where}: no UNII name {spec[5:]!r}")
        return found
    if spec.startswith("DB="):
        found = db["by_name"].get(spec[3:].lower())
        if not found:
            raise SystemExit(f"{where}: no DrugBank name {spec[3:]!r}")
        return found
    if spec:
        raise SystemExit(f"{where}: concept must be empty, an id, UNII=<name> or DB=<name>")
    upper = term.upper().replace("’", "'")
    spellings = (upper, upper.replace("-", " "), upper.replace("-", ""))
    for candidate in spellings:
        if candidate in unii["by_name"]:
            return unii["by_name"][candidate]
    if term.lower() in db["by_name"]:
        return db["by_name"][term.lower()]
    # botanicals: the UNII name of the whole plant or its usual part
    for suffix in (" WHOLE", " EXTRACT", " LEAF", " ROOT", " FRUIT", " FRUITING BODY", " SEED", " OIL", " SULFATE"):
        for candidate in spellings:
            if candidate + suffix in unii["by_name"]:
                return unii["by_name"][candidate + suffix]
    return "CURATED:" + re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


# --------------------------------------------------------------------------------------------------
# Drugs

SALTS = set(
    """HYDROCHLORIDE DIHYDROCHLORIDE HCL SODIUM POTASSIUM CALCIUM MAGNESIUM MESYLATE MESILATE MALEATE
    SULFATE TARTRATE BITARTRATE CITRATE ACETATE BESYLATE BESILATE FUMARATE SUCCINATE HYDROBROMIDE
    PHOSPHATE MONOHYDRATE DIHYDRATE TRIHYDRATE HEMIHYDRATE SESQUIHYDRATE ANHYDROUS HYCLATE BROMIDE
    CHLORIDE NITRATE LACTATE GLUCONATE TOSYLATE DISODIUM DIPOTASSIUM TROMETHAMINE MEGLUMINE PAMOATE
    DECANOATE PROPIONATE VALERATE DIPROPIONATE FUROATE XINAFOATE ERBUMINE MALATE OXALATE NAPSYLATE
    CILEXETIL MEDOXOMIL AXETIL ESTOLATE STEARATE PALMITATE HEMIFUMARATE ARGININE LYSINE SALT HYDRATE""".split()
)
INN_VARIANT = re.compile(r"(um|a|e|o|an|ina|ine|ium)$")
CHEMICAL = re.compile(
    r"(methyl|ethyl|phenyl|hydroxy|amino|oxo|chloro|fluoro|propyl|butyl|benz|acetyl|carbox|pyrid|"
    r"sulfon|dione|amide|ylic|oyl|\(|\)|\[|\]|,|/)"
)


def base_generic(unii_label: str) -> str:
    words = [w for w in unii_label.split() if w not in SALTS]
    return " ".join(words).lower()


def drug_name_ok(name: str, max_words: int) -> bool:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9' -]*[A-Za-z0-9]", name):
        return False
    if CODE_LIKE.match(name) or len(name) > 40 or len(name.split()) > max_words:
        return False
    if len(re.sub(r"[^A-Za-z]", "", name)) < 4:
        return False
    return True


def build_drugs(vocab: str, stats: dict, senses: dict, drops: dict, unii: dict, db: dict,
                substance_keys: set, condition_keys: set) -> list[Row]:
    s = stats["drugs"]
    dropped = drops.get("drugs", {})
    rows: list[Row] = []
    for concept, label, name, kind, _, _ in db["rows"]:
        if kind == "label":
            ok = drug_name_ok(name, 3) and not re.search(r"\d-|^\d|\d[a-z]{2,}", name)
            rank = 1
        else:
            lower, label_lower = name.lower(), label.lower()
            stem = label_lower[: max(4, len(label_lower) - 2)]
            inn_variant = lower != label_lower and lower.startswith(stem) and INN_VARIANT.search(lower) and \
                abs(len(lower) - len(label_lower)) <= 3
            ok = (drug_name_ok(name, 2) and not re.search(r"\d", name) and not inn_variant
                  and not CHEMICAL.search(lower) and not is_acronym(name) and name.isascii())
            rank = 2
        if not ok:
            s["DrugBank names dropped by filters"] += 1
            continue
        term = name.lower()
        key = dedupe_key(term)
        if key in substance_keys:
            s["DrugBank names left to substances.tsv"] += 1
            continue
        if key in condition_keys:
            s["DrugBank names that are condition terms, dropped"] += 1
            continue
        if key in dropped:
            s["DrugBank names dropped by curated/drops.tsv"] += 1
            continue
        rows.append(Row(term, "drug", concept, "DrugBank", rank=rank))
        s["DrugBank drug"] += 1

    drug_keys = {dedupe_key(r.term) for r in rows}
    for uid, label, name, ntype, category, _ in unii["rows"]:
        if ntype != "brand":
            continue
        generic = base_generic(label)
        concept = db["by_name"].get(generic) or db["by_name"].get(label.lower())
        if not concept:
            s["UNII brands whose substance is not a DrugBank drug, dropped"] += 1
            continue
        if not drug_name_ok(name, 2) or re.search(r"\d", name) or "'" in name:
            s["UNII brands dropped by filters"] += 1
            continue
        term = name.lower()
        key = dedupe_key(term)
        if key in drug_keys or key in substance_keys or key in condition_keys or key == dedupe_key(generic):
            s["UNII brands equal to a generic, substance or condition term, dropped"] += 1
            continue
        if key in dropped:
            s["UNII brands dropped by curated/drops.tsv"] += 1
            continue
        rows.append(Row(term, "brand", concept, "UNII", rank=3))
        s["UNII brand"] += 1
    return apply_senses(rows, senses.get("drugs", {}), "drugs")


# --------------------------------------------------------------------------------------------------
# Drug classes


def build_drug_classes(vocab: str, stats: dict, senses: dict, unii: dict, db: dict, report: list) -> list[Row]:
    s = stats["drug-classes"]
    icd = {}
    for code, title, name, kind, _, _ in read_tsv(os.path.join(vocab, "icd10cm_drug_classes", "terms.tsv")):
        icd.setdefault(code, []).append(name.lower())
    rows: list[Row] = []
    classes = set()
    for class_id, term, origin, citation in read_curated("drug-classes.tsv", 4):
        where = f"curated/drug-classes.tsv: {term}"
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", class_id):
            raise SystemExit(f"{where}: class id must be kebab-case, got {class_id!r}")
        if origin == "curated":
            source = "curated"
        elif origin.startswith("ICD10CM:"):
            if origin not in icd:
                raise SystemExit(f"{where}: unknown {origin}")
            head = singular(words_of(term)[-1])
            if not any(head in " ".join(singular(w) for w in words_of(n)) for n in icd[origin]):
                raise SystemExit(f"{where}: {head!r} is not in the titles of {origin}: {icd[origin]}")
            source = "ICD10CM"
        else:
            raise SystemExit(f"{where}: origin must be 'curated' or ICD10CM:<code>")
        classes.add(class_id)
        rows.append(Row(curated_case(term), "class", class_id, source, rank=0 if source == "curated" else 1))
        s[f"class ({source})"] += 1

    brand_names = {r[2].lower() for r in unii["rows"] if r[3] == "brand"}
    missing_generic, missing_brand = [], []
    for class_id, generic, brands, citation in read_curated("drug-class-members.tsv", 4):
        if class_id not in classes:
            raise SystemExit(f"curated/drug-class-members.tsv: {generic}: unknown class {class_id!r}")
        names = [generic] + [b for b in brands.split("|") if b]
        if generic.lower() not in db["names"] and generic.upper() not in unii["by_name"]:
            missing_generic.append(f"{generic} ({class_id})")
        for brand in names[1:]:
            if brand.lower() not in brand_names:
                missing_brand.append(f"{brand} ({generic})")
        for i, name in enumerate(names):
            rows.append(Row(curated_case(name), "member", class_id, "curated", rank=0))
            s["member generic" if i == 0 else "member brand"] += 1
    report.append("drug-class members not found in DrugBank/UNII names: "
                  + (", ".join(sorted(set(missing_generic))) or "none"))
    report.append("drug-class brands not found among UNII brand names: "
                  + (", ".join(sorted(set(missing_brand))) or "none"))
    # one row per (term, class): a member of several classes keeps a row per class
    unique = {}
    for row in rows:
        unique.setdefault((dedupe_key(row.term), row.kind, row.concept), row)
    rows = list(unique.values())
    rows.sort(key=lambda r: (normalize(r.term), r.kind, r.concept, r.term))
    return apply_senses(rows, senses.get("drug-classes", {}), "drug-classes")


# --------------------------------------------------------------------------------------------------
# Writing

DESCRIPTIONS = {
    "conditions": "Conditions: diseases and their lay names, symptoms, markers, natural states, pathogens, disease words.",
    "substances": "Substances: vitamins, minerals, botanicals and other supplement ingredients, by common name.",
    "drugs": "Drugs: generic names (DrugBank) and brand names (FDA UNII) mapped to their generic.",
    "drug-classes": "Drug classes: class names and lay synonyms (class rows), generic and brand names of members (member rows).",
}
FILE_SOURCES = {
    "conditions": ("DO", "ICD10CM", "curated"),
    "substances": ("UNII", "DrugBank", "curated"),
    "drugs": ("DrugBank", "UNII"),
    "drug-classes": ("ICD10CM", "DrugBank", "UNII", "curated"),
}


def render(name: str, rows: list[Row], versions: dict) -> str:
    lines = [f"# {DESCRIPTIONS[name]}"]
    lines.append("# Sources:")
    for source in FILE_SOURCES[name]:
        text = PROVENANCE[source].format(**{**versions, "ICD10CM": versions["ICD10CM"]})
        if name == "drug-classes" and source == "ICD10CM":
            text = "ICD-10-CM FY2026 T36-T50 drug-class titles via " + versions["ICD10CM-T"] + "; public domain"
        if name == "drug-classes" and source in ("DrugBank", "UNII"):
            text = source + ": member and brand names checked against it (see generate.py output)"
        lines.append(f"#   {source}: {text}")
    lines.append("# Generated by Sources/Vocabulary/generate.py from ../shared/vocab and Sources/Vocabulary/curated; do not edit.")
    lines.append("# Columns (tab-separated): term, kind, concept, source, sense. Kinds: " + ", ".join(KINDS[name]) + ".")
    lines.append("# Sorted by normalized term (lower case, US spelling, last word singular, hyphen = space), then kind.")
    for row in rows:
        lines.append("\t".join(row.fields()))
    return "\n".join(lines) + "\n"


def validate(name: str, rows: list[Row]) -> None:
    for row in rows:
        if row.kind not in KINDS[name]:
            raise SystemExit(f"{name}: unknown kind {row.kind!r} for {row.term!r}")
        if row.source not in SOURCES:
            raise SystemExit(f"{name}: unknown source {row.source!r}")
        if not row.term or not row.concept:
            raise SystemExit(f"{name}: empty term or concept: {row.fields()!r}")
        errors = sense_errors(row.sense)
        if errors:
            raise SystemExit(f"{name}: {row.term!r}: {'; '.join(errors)}")


def read_drops_and_senses():
    drops: dict[str, dict[str, str]] = defaultdict(dict)
    for file, term, reason in read_curated("drops.tsv", 3):
        if file not in FILES or not reason:
            raise SystemExit(f"curated/drops.tsv: {term}: bad file {file!r} or no reason")
        drops[file][dedupe_key(term)] = reason
    senses: dict[str, dict[str, str]] = defaultdict(dict)
    for file, term, sense, note in read_curated("senses.tsv", 4):
        if file not in FILES or not note:
            raise SystemExit(f"curated/senses.tsv: {term}: bad file {file!r} or no measurement note")
        errors = sense_errors(sense)
        if errors:
            raise SystemExit(f"curated/senses.tsv: {term}: {'; '.join(errors)}")
        senses[file][dedupe_key(term)] = sense
    return drops, senses


def load_sources(vocab: str):
    unii_rows = read_tsv(os.path.join(vocab, "fda_unii", "terms.tsv"))
    by_name = {}
    for uid, label, name, ntype, category, _ in unii_rows:  # labels first, then synonyms
        if ntype == "label":
            by_name.setdefault(name, uid)
    for uid, label, name, ntype, category, _ in unii_rows:
        if ntype != "brand":
            by_name.setdefault(name, uid)
    unii = {"rows": unii_rows, "by_name": by_name}
    db_rows = read_tsv(os.path.join(vocab, "drugbank_open_vocabulary", "terms.tsv"))
    db_by_name = {}
    for concept, label, name, kind, _, _ in db_rows:
        if kind == "label":
            db_by_name.setdefault(name.lower(), concept)
    for concept, label, name, kind, _, _ in db_rows:
        db_by_name.setdefault(name.lower(), concept)
    db = {"rows": db_rows, "by_name": db_by_name, "names": set(db_by_name)}
    return unii, db


def generate(vocab: str, out: str, quiet: bool = False) -> list[str]:
    started = time.time()
    stats: dict[str, Counter] = {name: Counter() for name in FILES}
    report: list[str] = []
    versions = source_versions(vocab)
    drops, senses = read_drops_and_senses()
    unii, db = load_sources(vocab)

    conditions = finalize(build_conditions(vocab, stats, senses, drops), "conditions", stats)
    substances = finalize(build_substances(vocab, stats, senses, drops, unii, db), "substances", stats)
    condition_keys = {dedupe_key(r.term) for r in conditions}
    substance_keys = {dedupe_key(r.term) for r in substances}
    drugs = finalize(build_drugs(vocab, stats, senses, drops, unii, db, substance_keys, condition_keys), "drugs", stats)
    classes = build_drug_classes(vocab, stats, senses, unii, db, report)

    os.makedirs(out, exist_ok=True)
    written = []
    for name, rows in (("conditions", conditions), ("substances", substances), ("drugs", drugs),
                       ("drug-classes", classes)):
        validate(name, rows)
        path = os.path.join(out, f"{name}.tsv")
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(render(name, rows, versions))
        written.append(path)
        kinds = Counter(r.kind for r in rows)
        report.append(f"{name}.tsv: {len(rows)} rows ({', '.join(f'{k} {kinds[k]}' for k in KINDS[name])}), "
                      f"{os.path.getsize(path)} bytes")
        for key, value in sorted(stats[name].items()):
            report.append(f"    {key}: {value}")
    unresolved = sorted(r.term for r in substances if r.concept.startswith("CURATED:"))
    report.append("curated substances with no UNII/DrugBank id: " + (", ".join(unresolved) or "none"))
    report.append(f"generated in {time.time() - started:.1f} s")
    if not quiet:
        print("\n".join(report))
    return written


def check(vocab: str, out: str) -> int:
    with tempfile.TemporaryDirectory() as temp:
        generate(vocab, temp, quiet=True)
        stale = []
        for name in FILES:
            fresh_path, committed_path = os.path.join(temp, f"{name}.tsv"), os.path.join(out, f"{name}.tsv")
            fresh = open(fresh_path, encoding="utf-8").read().splitlines()
            committed = open(committed_path, encoding="utf-8").read().splitlines() if os.path.exists(committed_path) else []
            if fresh != committed:
                diff = [l for l in difflib.unified_diff(committed, fresh, committed_path, "regenerated", lineterm="", n=0)
                        if not l.startswith("@@")]
                added = sum(1 for l in diff if l.startswith("+") and not l.startswith("+++"))
                removed = sum(1 for l in diff if l.startswith("-") and not l.startswith("---"))
                stale.append(f"{committed_path}: {removed} lines removed, {added} added\n" + "\n".join(diff[:22]))
        if stale:
            print("stale vocabulary files; run python3 Sources/Vocabulary/generate.py\n" + "\n".join(stale))
            return 1
    print("vocabulary files are up to date")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vocab", default=os.path.join(os.path.dirname(PACKAGE), "shared", "vocab"))
    parser.add_argument("--out", default=os.path.join(PACKAGE, "Rules", "vocabulary"))
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files are stale")
    args = parser.parse_args()
    if not os.path.isdir(args.vocab):
        print(f"no vocabulary folder at {args.vocab}", file=sys.stderr)
        return 2
    if args.check:
        return check(args.vocab, args.out)
    generate(args.vocab, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
