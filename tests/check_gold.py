#!/usr/bin/env python3
"""Sanity checks for a held-out gold set (tests/heldout, tests/heldout2).

usage: check_gold.py SET_DIR   (the folder holding articles/ and gold/)

- every article has a gold file and vice versa (JSONL records by their "id");
- every gold file's "article" field matches its file name; "date" is ISO or null;
- every triple's relation (and every "alt") is in docs/schema.md, its ends are
  listed entities, and "core" is a boolean;
- every id is well formed and its prefix agrees with the entity type; ids absent
  from data/*.json are reported (entities the knowledge base does not know);
- every evidence string occurs verbatim in its article (exact bytes; for JSONL
  records in "title" + "\\n" + "text"); curly quotes are not folded: the
  evidence must be an exact substring.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RELS = {"leader_of", "official_of", "member_of", "claims", "meets_with", "visits", "supports",
        "cooperates_with", "appeals_to", "allied_with", "trades_with", "aids", "signs", "joins",
        "seeks_to_join", "criticizes", "opposes", "threatens", "disputes_with", "withdraws_from",
        "sanctions", "deploys_to", "attacks"}
ID = re.compile(r"^(country:[A-Z]{3}|(person|org|treaty|place):[a-z0-9]+(-[a-z0-9]+)*)$")
TYPE = {"country": "country", "person": "person", "org": "organization", "treaty": "treaty", "place": "place"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def articles(d):
    out = {}
    for fn in sorted(os.listdir(d)):
        p = os.path.join(d, fn)
        if fn.endswith(".jsonl"):
            for line in open(p, encoding="utf-8"):
                if line.strip():
                    r = json.loads(line)
                    out[r["id"]] = r["title"] + "\n" + r["text"]
        else:
            out[fn.rsplit(".", 1)[0]] = open(p, encoding="utf-8").read()
    return out


def kb_ids():
    ids = set()
    for f in ("countries", "people", "organizations", "treaties", "places"):
        for e in json.load(open(os.path.join(ROOT, "data", f + ".json"), encoding="utf-8"))["entries"]:
            ids.add(e["id"])
    return ids


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_gold.py SET_DIR")
    here = os.path.abspath(sys.argv[1])
    texts, kb, errors, notes, unknown = articles(os.path.join(here, "articles")), kb_ids(), [], [], set()
    gd = os.path.join(here, "gold")
    gold = {fn[:-5]: json.load(open(os.path.join(gd, fn), encoding="utf-8"))
            for fn in sorted(os.listdir(gd)) if fn.endswith(".json")}
    for a in sorted(set(texts) ^ set(gold)):
        errors.append(f"article/gold mismatch: {a}")
    ncore = ntr = 0
    for aid, g in gold.items():
        if g["article"] != aid:
            errors.append(f"{aid}: article field {g['article']!r}")
        if g.get("date") is not None and not DATE.match(g["date"]):
            errors.append(f"{aid}: bad date {g['date']!r}")
        ents = {}
        for e in g["entities"]:
            if not ID.match(e["id"]):
                errors.append(f"{aid}: bad id {e['id']}")
            elif TYPE[e["id"].split(":")[0]] != e["type"]:
                errors.append(f"{aid}: type {e['type']} does not fit {e['id']}")
            if e["id"] in ents:
                errors.append(f"{aid}: duplicate entity {e['id']}")
            ents[e["id"]] = e
            if e["id"] not in kb:
                unknown.add(e["id"])
        used = set()
        for t in g["triples"]:
            ntr += 1
            if not isinstance(t.get("core"), bool):
                errors.append(f"{aid}: core not boolean in {t}")
            ncore += bool(t.get("core"))
            if t["r"] not in RELS or any(r not in RELS for r in t.get("alt", [])):
                errors.append(f"{aid}: unknown relation in {t}")
            if t["s"] == t["o"]:
                errors.append(f"{aid}: self-loop {t}")
            for x in (t["s"], t["o"]):
                used.add(x)
                if x not in ents:
                    errors.append(f"{aid}: {x} not among entities")
            if aid in texts and t["evidence"] not in texts[aid]:
                errors.append(f"{aid}: evidence not in article: {t['evidence'][:70]!r}")
        for x in sorted(set(ents) - used):
            notes.append(f"{aid}: {x} is in no triple (mentioned only in negated or hypothetical statements)")
    print(f"{len(gold)} gold files, {ntr} triples ({ncore} core)")
    print("ids not in the knowledge base (intended):", ", ".join(sorted(unknown)) or "none")
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
