#!/usr/bin/env python3
"""Sanity checks for the held-out gold set (run from the repository root).

- every article has a gold file and vice versa (JSONL records by their "id");
- every triple's relation is in docs/schema.md and its ends are listed entities;
- every id is well formed; ids absent from data/*.json are reported (they are
  entities the knowledge base does not know, which is intended for some);
- every evidence string occurs verbatim in its article (curly quotes folded).
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "tests", "heldout")
RELS = {"leader_of", "official_of", "member_of", "claims", "meets_with", "visits", "supports",
        "cooperates_with", "appeals_to", "allied_with", "trades_with", "aids", "signs", "joins",
        "seeks_to_join", "criticizes", "opposes", "threatens", "disputes_with", "withdraws_from",
        "sanctions", "deploys_to", "attacks"}
ID = re.compile(r"^(country:[A-Z]{3}|(person|org|treaty|place):[a-z0-9]+(-[a-z0-9]+)*)$")


def articles():
    out = {}
    d = os.path.join(HERE, "articles")
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
    texts, kb, errors, unknown = articles(), kb_ids(), [], set()
    gd = os.path.join(HERE, "gold")
    gold = {fn[:-5]: json.load(open(os.path.join(gd, fn), encoding="utf-8"))
            for fn in sorted(os.listdir(gd)) if fn.endswith(".json")}
    for a in sorted(set(texts) ^ set(gold)):
        errors.append(f"article/gold mismatch: {a}")
    fold = lambda s: s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    ncore = ntr = 0
    for aid, g in gold.items():
        if g["article"] != aid:
            errors.append(f"{aid}: article field {g['article']!r}")
        ents = {e["id"] for e in g["entities"]}
        for e in g["entities"]:
            if not ID.match(e["id"]):
                errors.append(f"{aid}: bad id {e['id']}")
            if e["id"] not in kb:
                unknown.add(e["id"])
        for t in g["triples"]:
            ntr += 1
            ncore += bool(t.get("core", True))
            if t["r"] not in RELS or any(r not in RELS for r in t.get("alt", [])):
                errors.append(f"{aid}: unknown relation in {t}")
            for x in (t["s"], t["o"]):
                if x not in ents:
                    errors.append(f"{aid}: {x} not among entities")
            if aid in texts and fold(t["evidence"]) not in fold(texts[aid]):
                errors.append(f"{aid}: evidence not in article: {t['evidence'][:60]!r}")
    print(f"{len(gold)} gold files, {ntr} triples ({ncore} core)")
    print("ids not in the knowledge base (intended):", ", ".join(sorted(unknown)) or "none")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
