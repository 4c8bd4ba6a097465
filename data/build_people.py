#!/usr/bin/python3
"""Build data/people.json from the source tables in data/people/*.txt.

Source table format (one file per region, UTF-8, '#' starts a comment line):

  = country:USA                  set the default `of` for following role headers
  ! order=given|family|family-last|given-alone
                                  name order for following names (default given);
                                  family-last: family name first, but the press uses
                                  the last word alone (Vietnamese names);
                                  given-alone: given name first and used alone
                                  (Thai, Indonesian names)
  ! historical=1                  allow terms that ended before 2000 for the following
                                  names (until the next '=' line): earlier holders
                                  who share a surname with a current one (Bush,
                                  Kenyatta, Gandhi, Marcos), so that the surname alone
                                  stays ambiguous and dated roles tell them apart
  ! style=plain|japanese|korean   alias generation for following names:
                                  japanese adds the reversed order ("Abe Shinzo"),
                                  korean adds hyphen/space variants ("Kim Jong Un")
  + Role | relation [| of]        role header (relation leader_of or official_of)
  Name | from | to              one holder of the current role; to '-' = still in office
  @ Name | key=value | ...        person metadata: surname=..., gf=0/1,
                                  a=alias1; alias2 (aliases), id=slug override

Dates: YYYY, YYYY-MM or YYYY-MM-DD. The same person may appear under any number
of roles and files; roles are merged by name. Output: people.json sorted by id.
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "people")
OUT = os.path.join(HERE, "people.json")

SOURCES = [
    "Wikipedia lists of heads of state and government, foreign ministers and "
    "defence ministers, by country (general knowledge as of 2026)",
    "Wikipedia lists of cabinet members of the United States (Vice Presidents, "
    "Secretaries of State, Defense, Treasury, Commerce, National Security Advisors, "
    "Trade Representatives, Ambassadors to the UN, White House Press Secretaries) "
    "(general knowledge as of 2026)",
    "Wikipedia lists of heads of international organizations (UN, NATO, EU, African "
    "Union, IMF, World Bank, WHO, WTO, IAEA, ASEAN) (general knowledge as of 2026)",
    "Official government and ministry websites' lists of office holders "
    "(general knowledge as of 2026)",
    "News agency reports (AP, Reuters, AFP and national agencies) of changes of office "
    "holders in 2025-2026, used for names and dates only (general knowledge as of 2026-11)",
]

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
OF_RE = re.compile(r"^(country:[A-Z]{3}|org:[a-z0-9]+(-[a-z0-9]+)*)$")
SLUG_RE = re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")
SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = s.replace("Ø", "O").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    s = s.replace("æ", "ae").replace("œ", "oe").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def slug(name):
    s = fold(name).lower()
    s = s.replace("'", "").replace(".", " ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def default_surname(name, order):
    words = name.split()
    if order == "family":
        return words[0]
    ws = [w for w in words if w not in SUFFIXES]
    return ws[-1].rstrip(",")


def gen_aliases(name, style):
    out = []
    words = name.split()
    if style == "japanese" and len(words) == 2:
        out.append(words[1] + " " + words[0])
    if style == "korean" and len(words) >= 2:
        fam, rest = words[0], words[1:]
        if len(rest) == 1 and "-" in rest[0]:
            a, b = rest[0].split("-", 1)
            out.append(fam + " " + a + " " + b.capitalize())      # Kim Jong Un
            out.append(fam + " " + a + "-" + b.lower())           # Kim Jong-un
        elif len(rest) == 2:
            out.append(fam + " " + rest[0] + "-" + rest[1].lower())  # Yoon Suk-yeol
            out.append(fam + " " + rest[0] + " " + rest[1].capitalize())
    f = fold(name)
    if f != name:
        out.append(f)
    return out


def parse(path, people, errors):
    of = None
    order = "given"
    style = "plain"
    role = None
    historical = False
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = "%s:%d" % (os.path.basename(path), ln)
            if line.startswith("="):
                of = line[1:].strip()
                role = None
                historical = False
                continue
            if line.startswith("!"):
                for kv in line[1:].split():
                    k, v = kv.split("=", 1)
                    if k == "order":
                        order = v
                    elif k == "style":
                        style = v
                    elif k == "historical":
                        historical = v == "1"
                    else:
                        errors.append("%s: bad directive %s" % (where, kv))
                continue
            if line.startswith("+"):
                parts = [p.strip() for p in line[1:].split("|")]
                if len(parts) == 2:
                    parts.append(of)
                if len(parts) != 3 or parts[1] not in ("leader_of", "official_of"):
                    errors.append("%s: bad role header %r" % (where, line))
                    role = None
                    continue
                role = parts
                continue
            if line.startswith("@"):
                parts = [p.strip() for p in line[1:].split("|")]
                p = get_person(people, parts[0], order, style)
                for kv in parts[1:]:
                    if "=" not in kv:
                        errors.append("%s: bad metadata %r" % (where, kv))
                        continue
                    k, v = kv.split("=", 1)
                    k, v = k.strip(), v.strip()
                    if k == "surname":
                        p["surname"] = v
                    elif k == "gf":
                        p["given_first"] = v == "1"
                    elif k == "a":
                        p["aliases"].extend(a.strip() for a in v.split(";") if a.strip())
                    elif k == "id":
                        p["id"] = "person:" + v
                    else:
                        errors.append("%s: bad metadata key %r" % (where, k))
                continue
            parts = [p.strip() for p in line.split("|")]
            if role is None or len(parts) < 3:
                errors.append("%s: holder line outside role or malformed: %r" % (where, line))
                continue
            name, frm, to = parts[0], parts[1], parts[2]
            to = None if to in ("-", "null", "") else to
            for d in (frm, to):
                if d is not None and not DATE_RE.match(d):
                    errors.append("%s: bad date %r" % (where, d))
            if to is not None and frm[:len(to)] > to[:len(frm)]:
                errors.append("%s: from > to (%s > %s)" % (where, frm, to))
            if to is not None and to[:4] < "2000" and not historical:
                errors.append("%s: term ends before 2000: %r" % (where, line))
            if not OF_RE.match(role[2] or ""):
                errors.append("%s: bad of %r" % (where, role[2]))
            p = get_person(people, name, order, style)
            p["roles"].append({"role": role[0], "relation": role[1], "of": role[2],
                               "from": frm, "to": to})


def get_person(people, name, order, style):
    p = people.get(name)
    if p is None:
        p = {"id": "person:" + slug(name), "name": name, "aliases": gen_aliases(name, style),
             "surname": default_surname(name, order),
             "given_first": order in ("given", "given-alone"), "roles": []}
        if order == "family-last":
            p["surname"] = name.split()[-1]
        if order == "given-alone":
            p["surname"] = name.split()[0]
        people[name] = p
    return p


def main():
    people = {}
    errors = []
    files = sorted(glob.glob(os.path.join(SRC, "*.txt")))
    for f in files:
        parse(f, people, errors)
    ids = {}
    entries = []
    for name, p in people.items():
        if not SLUG_RE.match(p["id"]):
            errors.append("bad id %r" % p["id"])
        if p["id"] in ids:
            errors.append("duplicate id %s (%s / %s)" % (p["id"], ids[p["id"]], name))
        ids[p["id"]] = name
        if not p["roles"]:
            errors.append("person without roles: %s" % name)
        seen = set()
        al = []
        for a in p["aliases"]:
            if a != name and a not in seen:
                seen.add(a)
                al.append(a)
        roles = []
        rseen = set()
        for r in sorted(p["roles"], key=lambda r: (r["from"], r["role"], r["of"])):
            k = (r["role"], r["relation"], r["of"], r["from"], r["to"])
            if k in rseen:
                continue
            rseen.add(k)
            roles.append(r)
        entries.append({"id": p["id"], "name": name, "aliases": al, "surname": p["surname"],
                        "given_first": p["given_first"], "roles": roles})
    entries.sort(key=lambda e: e["id"])
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump({"sources": SOURCES, "entries": entries}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # counts
    by_of = {}
    by_role = {}
    for e in entries:
        for r in e["roles"]:
            by_of[r["of"]] = by_of.get(r["of"], 0) + 1
            by_role[r["role"]] = by_role.get(r["role"], 0) + 1
    print("people: %d, roles: %d" % (len(entries), sum(by_of.values())))
    if "-v" in sys.argv:
        for k in sorted(by_of):
            print("  %-40s %d" % (k, by_of[k]))
        for k in sorted(by_role, key=lambda k: -by_role[k]):
            print("  %-40s %d" % (k, by_role[k]))


if __name__ == "__main__":
    main()
