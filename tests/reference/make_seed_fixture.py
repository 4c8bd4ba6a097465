#!/usr/bin/python3
"""Writes fixtures/ir_seed.graphml: a small, hand-made international-relations
graph in geokg's GraphML layout (keys named after their attribute), with the
features our real graphs have: several relations between one pair (parallel
edges), people attached to countries, organizations and treaties, a place, and
a small part disconnected from the rest. Run once; the file is committed."""
import sys
from xml.sax.saxutils import escape, quoteattr

NODES = [
    ("country:USA", "United States", "country"), ("country:CHN", "China", "country"),
    ("country:JPN", "Japan", "country"), ("country:KOR", "South Korea", "country"),
    ("country:PRK", "North Korea", "country"), ("country:AUS", "Australia", "country"),
    ("country:IND", "India", "country"), ("country:GBR", "United Kingdom", "country"),
    ("country:PHL", "Philippines", "country"), ("country:RUS", "Russia", "country"),
    ("country:UKR", "Ukraine", "country"), ("country:FIN", "Finland", "country"),
    ("country:SWE", "Sweden", "country"), ("country:NOR", "Norway", "country"),
    ("country:ISL", "Iceland", "country"),
    ("person:xi-jinping", "Xi Jinping", "person"), ("person:joe-biden", "Joe Biden", "person"),
    ("person:fumio-kishida", "Fumio Kishida", "person"), ("person:yoon-suk-yeol", "Yoon Suk Yeol", "person"),
    ("person:anthony-albanese", "Anthony Albanese", "person"), ("person:narendra-modi", "Narendra Modi", "person"),
    ("person:wang-yi", "Wang Yi", "person"), ("person:antony-blinken", "Antony Blinken", "person"),
    ("org:nato", "NATO", "organization"), ("org:quad", "Quad", "organization"),
    ("org:arctic-council", "Arctic Council", "organization"),
    ("treaty:aukus", "AUKUS", "treaty"), ("place:south-china-sea", "South China Sea", "place"),
]
ALIASES = {"country:USA": ["U.S.", "Washington"], "country:CHN": ["Beijing"], "person:xi-jinping": ["Xi"],
           "country:KOR": ["Seoul"], "country:PRK": ["Pyongyang"]}
CLASS = {"leader_of": "structural", "official_of": "structural", "member_of": "structural", "claims": "structural",
         "meets_with": "verbal_cooperation", "visits": "verbal_cooperation", "supports": "verbal_cooperation",
         "cooperates_with": "verbal_cooperation", "appeals_to": "verbal_cooperation",
         "allied_with": "material_cooperation", "trades_with": "material_cooperation", "signs": "material_cooperation",
         "joins": "material_cooperation", "aids": "material_cooperation", "criticizes": "verbal_conflict", "opposes": "verbal_conflict",
         "threatens": "verbal_conflict", "disputes_with": "verbal_conflict", "sanctions": "material_conflict",
         "deploys_to": "material_conflict", "attacks": "material_conflict"}
# source, relation, target, weight (articles), first date, last date
EDGES = [
    ("person:xi-jinping", "leader_of", "country:CHN", 6, "2019-05-10", "2025-06-02"),
    ("person:joe-biden", "leader_of", "country:USA", 4, "2021-09-15", "2023-08-18"),
    ("person:fumio-kishida", "leader_of", "country:JPN", 3, "2022-05-24", "2023-08-18"),
    ("person:yoon-suk-yeol", "leader_of", "country:KOR", 2, "2023-08-18", "2023-08-18"),
    ("person:anthony-albanese", "leader_of", "country:AUS", 2, "2022-05-24", "2022-05-24"),
    ("person:narendra-modi", "leader_of", "country:IND", 2, "2022-05-24", "2025-03-14"),
    ("person:wang-yi", "official_of", "country:CHN", 3, "2020-11-24", "2024-02-23"),
    ("person:antony-blinken", "official_of", "country:USA", 2, "2021-09-15", "2024-02-23"),
    ("person:joe-biden", "meets_with", "person:fumio-kishida", 2, "2022-05-24", "2023-08-18"),
    ("person:joe-biden", "meets_with", "person:yoon-suk-yeol", 1, "2023-08-18", "2023-08-18"),
    ("person:fumio-kishida", "meets_with", "person:yoon-suk-yeol", 1, "2023-08-18", "2023-08-18"),
    ("person:joe-biden", "meets_with", "person:narendra-modi", 1, "2022-05-24", "2022-05-24"),
    ("person:joe-biden", "meets_with", "person:anthony-albanese", 1, "2022-05-24", "2022-05-24"),
    ("person:antony-blinken", "meets_with", "person:wang-yi", 2, "2023-06-18", "2024-02-16"),
    ("country:USA", "sanctions", "country:CHN", 3, "2019-05-10", "2024-02-23"),
    ("country:CHN", "sanctions", "country:USA", 2, "2019-05-13", "2023-04-01"),
    ("country:USA", "criticizes", "country:CHN", 4, "2019-05-10", "2025-06-02"),
    ("country:CHN", "criticizes", "country:USA", 2, "2019-05-13", "2021-09-16"),
    ("country:CHN", "opposes", "treaty:aukus", 2, "2021-09-16", "2021-09-20"),
    ("country:USA", "signs", "treaty:aukus", 1, "2021-09-15", "2021-09-15"),
    ("country:GBR", "signs", "treaty:aukus", 1, "2021-09-15", "2021-09-15"),
    ("country:AUS", "signs", "treaty:aukus", 1, "2021-09-15", "2021-09-15"),
    ("country:USA", "allied_with", "country:AUS", 2, "2021-09-15", "2022-05-24"),
    ("country:USA", "allied_with", "country:JPN", 3, "2022-05-24", "2023-08-18"),
    ("country:USA", "allied_with", "country:KOR", 2, "2023-08-18", "2023-08-18"),
    ("country:USA", "allied_with", "country:PHL", 1, "2025-06-02", "2025-06-02"),
    ("country:JPN", "cooperates_with", "country:KOR", 1, "2023-08-18", "2023-08-18"),
    ("country:USA", "member_of", "org:quad", 1, "2022-05-24", "2022-05-24"),
    ("country:JPN", "member_of", "org:quad", 1, "2022-05-24", "2022-05-24"),
    ("country:IND", "member_of", "org:quad", 1, "2022-05-24", "2022-05-24"),
    ("country:AUS", "member_of", "org:quad", 1, "2022-05-24", "2022-05-24"),
    ("country:CHN", "criticizes", "org:quad", 1, "2022-05-25", "2022-05-25"),
    ("country:PRK", "threatens", "country:KOR", 2, "2023-08-20", "2024-01-05"),
    ("country:PRK", "criticizes", "country:USA", 1, "2023-08-20", "2023-08-20"),
    ("country:CHN", "claims", "place:south-china-sea", 2, "2025-06-02", "2025-06-02"),
    ("country:PHL", "criticizes", "country:CHN", 1, "2025-06-02", "2025-06-02"),
    ("country:CHN", "deploys_to", "place:south-china-sea", 1, "2025-06-02", "2025-06-02"),
    ("country:JPN", "supports", "country:PHL", 1, "2025-06-02", "2025-06-02"),
    ("country:AUS", "supports", "country:PHL", 1, "2025-06-02", "2025-06-02"),
    ("country:RUS", "attacks", "country:UKR", 3, "2022-02-24", "2024-02-23"),
    ("country:USA", "sanctions", "country:RUS", 2, "2022-02-26", "2024-02-23"),
    ("country:GBR", "sanctions", "country:RUS", 1, "2024-02-23", "2024-02-23"),
    ("country:USA", "aids", "country:UKR", 2, "2022-03-01", "2024-02-23"),
    ("country:FIN", "joins", "org:nato", 1, "2023-04-04", "2023-04-04"),
    ("country:SWE", "joins", "org:nato", 1, "2024-03-07", "2024-03-07"),
    ("country:USA", "member_of", "org:nato", 1, "2023-04-04", "2023-04-04"),
    ("country:GBR", "member_of", "org:nato", 1, "2023-04-04", "2023-04-04"),
    ("country:RUS", "criticizes", "org:nato", 1, "2023-04-04", "2023-04-04"),
    # a part disconnected from the rest: Arctic Council members
    ("country:NOR", "member_of", "org:arctic-council", 1, "2026-01-12", "2026-01-12"),
    ("country:ISL", "member_of", "org:arctic-council", 1, "2026-01-12", "2026-01-12"),
    ("country:NOR", "cooperates_with", "country:ISL", 1, "2026-01-12", "2026-01-12"),
]

NODE_KEYS = [("label", "string"), ("type", "string"), ("mentions", "long"), ("articles", "long"),
             ("first_seen", "string"), ("last_seen", "string"), ("aliases", "string")]
EDGE_KEYS = [("label", "string"), ("relation", "string"), ("class", "string"), ("weight", "double"),
             ("count", "long"), ("score", "double"), ("first_date", "string"), ("last_date", "string"),
             ("evidence", "string"), ("sources", "string")]


def main(path):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for name, t in NODE_KEYS:
        out.append(f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{t}"/>')
    for name, t in EDGE_KEYS:
        out.append(f'  <key id="{name}" for="edge" attr.name="{name}" attr.type="{t}"/>')
    out.append('  <graph id="G" edgedefault="directed">')
    seen = {}
    for s, r, o, w, f, l in EDGES:
        for n in (s, o):
            a, b = seen.get(n, (f, l))
            seen[n] = (min(a, f), max(b, l))
    for nid, label, typ in NODES:
        f, l = seen[nid]
        mentions = sum(e[3] for e in EDGES if nid in (e[0], e[2]))
        out.append(f'    <node id={quoteattr(nid)}>')
        vals = [("label", label), ("type", typ), ("mentions", mentions), ("articles", mentions),
                ("first_seen", f), ("last_seen", l), ("aliases", "|".join(ALIASES.get(nid, [])))]
        for k, v in vals:
            out.append(f'      <data key="{k}">{escape(str(v))}</data>')
        out.append('    </node>')
    for i, (s, r, o, w, f, l) in enumerate(EDGES):
        label = dict(NODES_BY_ID)[s], dict(NODES_BY_ID)[o]
        out.append(f'    <edge id="e{i}" source={quoteattr(s)} target={quoteattr(o)}>')
        vals = [("label", r), ("relation", r), ("class", CLASS[r]), ("weight", float(w)), ("count", w),
                ("score", 0.0), ("first_date", f), ("last_date", l),
                ("evidence", f"{label[0]} {r.replace('_', ' ')} {label[1]}."),
                ("sources", "|".join(f"a{i}-{k}" for k in range(w)))]
        for k, v in vals:
            out.append(f'      <data key="{k}">{escape(str(v))}</data>')
        out.append('    </edge>')
    out.append('  </graph>')
    out.append('</graphml>')
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


NODES_BY_ID = [(n[0], n[1]) for n in NODES]

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fixtures/ir_seed.graphml")
