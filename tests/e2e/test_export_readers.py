#!/usr/bin/env python3
"""Reads every export of `geokg build` back with real readers and compares
counts and attributes with what the triples fixture says.

    test_export_readers.py GEOKG_BINARY SOURCE_DIR

GraphML: NetworkX, igraph, graph-tool. GEXF: NetworkX. DOT: Graphviz (dot,
sfdp, gvpr, the SVG parsed back). CSV: Python's csv. JSON: Python's json and
NetworkX's node_link_graph. Views: every --option of `geokg build`.
(graphology reads GraphML and GEXF in tests/js, run by test_export_graphology.sh.)

The checking functions are shared with test_export_hostile.py.
"""
import collections
import csv
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
import xml.etree.ElementTree as ET

warnings.filterwarnings("ignore")  # graph-tool warns when cairo is missing

# The schema's relation table (docs/schema.md): class, score of one event, symmetric.
RELATIONS = {
    "leader_of": ("structural", 0, False), "official_of": ("structural", 0, False),
    "member_of": ("structural", 0, False), "claims": ("structural", 0, False),
    "meets_with": ("verbal_cooperation", 1, True), "visits": ("verbal_cooperation", 2, False),
    "supports": ("verbal_cooperation", 3, False), "cooperates_with": ("verbal_cooperation", 4, True),
    "appeals_to": ("verbal_cooperation", 1, False), "allied_with": ("material_cooperation", 7, True),
    "trades_with": ("material_cooperation", 5, True), "aids": ("material_cooperation", 7, False),
    "signs": ("material_cooperation", 6, False), "joins": ("material_cooperation", 5, False),
    "seeks_to_join": ("verbal_cooperation", 3, False), "criticizes": ("verbal_conflict", -2, False),
    "opposes": ("verbal_conflict", -4, False), "threatens": ("verbal_conflict", -6, False),
    "disputes_with": ("verbal_conflict", -3, True), "withdraws_from": ("material_conflict", -5, False),
    "sanctions": ("material_conflict", -8, False), "deploys_to": ("material_conflict", -7, False),
    "attacks": ("material_conflict", -10, False),
}
FILES = ["graph.graphml", "graph.gexf", "graph.dot", "nodes.csv", "edges.csv", "graph.json"]
SVG = "{http://www.w3.org/2000/svg}"


class Checker:
    def __init__(self, name):
        self.name, self.passed, self.failed = name, 0, 0

    def check(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL [{self.name}] {what}", flush=True)
        return cond

    def eq(self, got, want, what):
        return self.check(got == want, f"{what}: got {short(got)!s}, want {short(want)!s}")

    def finish(self):
        print(f"{self.name}: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def short(x, n=200):
    s = repr(x)
    return s if len(s) <= n else s[:n] + f"... ({len(s)} chars)"


def clean(s):
    """What every format keeps of a string: C0 controls other than tab/LF/CR dropped."""
    return "".join(c for c in s if not (ord(c) < 0x20 and c not in "\t\n\r") and c not in "\ufffe\uffff")


# ---- expected network, computed from the triples independently of geokg ----

def expected_network(triples):
    nodes = {}
    names = collections.defaultdict(collections.Counter)
    edges = {}
    for t in triples:
        if t.get("negated") or t.get("modality", "asserted") != "asserted":
            continue
        s, o, rel = t["subject"], t["object"], t["relation"]
        if s["id"] == o["id"]:
            continue
        date = t.get("date") or ""
        for ent in (s, o):
            n = nodes.setdefault(ent["id"], {"type": ent["type"], "mentions": 0, "articles": set(), "dates": []})
            names[ent["id"]][ent["name"]] += 1
            n["mentions"] += 1
            n["articles"].add(t["article"])
            if date:
                n["dates"].append(date)
        cls, score, sym = RELATIONS[rel]
        a, b = s["id"], o["id"]
        if sym and b < a:
            a, b = b, a
        e = edges.setdefault((a, rel, b), {"att": []})
        e["att"].append((date, t["article"], score, t["confidence"]))
    for nid, n in nodes.items():
        best = max(names[nid].values())
        n["label"] = sorted(k for k, v in names[nid].items() if v == best)[0]
        n["articles"] = len(n["articles"])
        n["first_seen"] = min(n["dates"]) if n["dates"] else ""
        n["last_seen"] = max(n["dates"]) if n["dates"] else ""
    return nodes, {k: summarize(k, e["att"]) for k, e in edges.items()}


def summarize(key, att):
    s, rel, o = key
    dates = sorted({a[0] for a in att if a[0]})
    sources = sorted({a[1] for a in att})
    return {
        "id": f"{s}>{rel}>{o}", "source": s, "target": o, "relation": rel, "class": RELATIONS[rel][0],
        "count": len(att), "weight": float(len(sources)), "score": float(sum(a[2] for a in att)),
        "confidence": max(a[3] for a in att), "dates": dates, "sources": sources,
        "first_date": dates[0] if dates else "", "last_date": dates[-1] if dates else "",
    }


def read_triples(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def build(geokg, inputs, out, *options):
    r = run([geokg, "build", *inputs, "-o", out, "-q", *options])
    if r.returncode != 0:
        raise RuntimeError(f"geokg build {' '.join(options)} failed ({r.returncode}): {r.stderr.strip()}")
    return out


def period(d):
    """GEXF spell of an ISO prefix date."""
    import calendar
    if len(d) == 4:
        return (d + "-01-01", d + "-12-31")
    if len(d) == 7:
        return (d + "-01", f"{d}-{calendar.monthrange(int(d[:4]), int(d[5:7]))[1]:02d}")
    return (d, d)


def merged_spells(dates):
    iv = sorted(period(d) for d in dates)
    out = []
    for s, e in iv:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def in_range(d, since, until):
    """A date is in [since, until] when it is at the precision of the shorter string."""
    if not d:
        return False
    n1, n2 = min(len(d), len(since)), min(len(d), len(until))
    return d[:n1] >= since[:n1] and d[:n2] <= until[:n2]


def split_list(s):
    return s.split("|") if s else []


# ---- readers -----------------------------------------------------------------

def check_graphml_networkx(c, path, nodes, edges):
    import networkx as nx
    G = nx.read_graphml(path, force_multigraph=True)
    c.check(G.is_directed() and G.is_multigraph(), "NetworkX GraphML: directed multigraph")
    c.eq(G.number_of_nodes(), len(nodes), "NetworkX GraphML: nodes")
    c.eq(G.number_of_edges(), len(edges), "NetworkX GraphML: edges")
    colours = {}
    for nid, want in nodes.items():
        if not c.check(nid in G, f"NetworkX GraphML: node {short(nid)} present"):
            continue
        got = G.nodes[nid]
        c.eq(got.get("label"), clean(want["label"]), f"NetworkX GraphML: label of {short(nid)}")
        c.eq(got.get("type"), want["type"], f"NetworkX GraphML: type of {short(nid)}")
        c.eq(got.get("mentions"), want["mentions"], f"NetworkX GraphML: mentions of {short(nid)}")
        c.eq(got.get("articles"), want["articles"], f"NetworkX GraphML: articles of {short(nid)}")
        c.eq(got.get("first_seen", ""), want["first_seen"], f"NetworkX GraphML: first_seen of {short(nid)}")
        c.eq(got.get("last_seen", ""), want["last_seen"], f"NetworkX GraphML: last_seen of {short(nid)}")
        c.check(10 <= got.get("size", 0) <= 50, f"NetworkX GraphML: size of {short(nid)} in [10, 50]")
        colours.setdefault(want["type"], set()).add((got.get("r"), got.get("g"), got.get("b")))
    for t, cs in colours.items():
        c.check(len(cs) == 1 and None not in next(iter(cs)), f"NetworkX GraphML: one r/g/b colour for type {t}")
    c.eq(len({next(iter(v)) for v in colours.values()}), len(colours), "NetworkX GraphML: a colour per type")
    got_edges = {k: (u, v, d) for u, v, k, d in G.edges(keys=True, data=True)}
    for e in edges.values():
        eid = clean(e["id"])
        if not c.check(eid in got_edges, f"NetworkX GraphML: edge {short(eid)} present"):
            continue
        u, v, d = got_edges[eid]
        c.eq((u, v), (clean(e["source"]), clean(e["target"])), f"NetworkX GraphML: ends of {short(eid)}")
        c.eq(d.get("label"), e["relation"], f"NetworkX GraphML: label of {short(eid)}")
        c.eq(d.get("relation"), e["relation"], f"NetworkX GraphML: relation of {short(eid)}")
        c.eq(d.get("class"), e["class"], f"NetworkX GraphML: class of {short(eid)}")
        c.eq(d.get("weight"), e["weight"], f"NetworkX GraphML: weight of {short(eid)}")
        c.check(d.get("weight", 0) > 0, f"NetworkX GraphML: weight of {short(eid)} > 0")
        c.eq(d.get("count"), e["count"], f"NetworkX GraphML: count of {short(eid)}")
        c.eq(d.get("score"), e["score"], f"NetworkX GraphML: score of {short(eid)}")
        c.eq(d.get("confidence"), e["confidence"], f"NetworkX GraphML: confidence of {short(eid)}")
        c.eq(d.get("first_date", ""), e["first_date"], f"NetworkX GraphML: first_date of {short(eid)}")
        c.eq(d.get("last_date", ""), e["last_date"], f"NetworkX GraphML: last_date of {short(eid)}")
        c.eq(split_list(d.get("dates", "")), e["dates"], f"NetworkX GraphML: dates of {short(eid)}")
        c.eq(split_list(d.get("sources", "")), [clean(s) for s in e["sources"]],
             f"NetworkX GraphML: sources of {short(eid)}")
        c.check(bool(d.get("evidence")), f"NetworkX GraphML: evidence of {short(eid)}")
        c.check(all(k in d for k in "rgb"), f"NetworkX GraphML: r/g/b of {short(eid)}")
    return G


def check_graphml_igraph(c, path, nodes, edges):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    c.check(g.is_directed(), "igraph GraphML: directed")
    c.eq(g.vcount(), len(nodes), "igraph GraphML: nodes")
    c.eq(g.ecount(), len(edges), "igraph GraphML: edges")
    # igraph 0.10 (libxml2 SAX without entity substitution) returns '&' in XML
    # *attribute* values, i.e. node ids, as "&#38;" however it is written; data
    # values are fine. Canonical ids never hold '&'; undo it for foreign ones.
    ids = [i.replace("&#38;", "&") for i in g.vs["id"]]
    c.eq(sorted(ids), sorted(clean(n) for n in nodes), "igraph GraphML: node ids (attribute id)")
    labels = dict(zip(ids, g.vs["label"]))
    c.eq(labels, {clean(k): clean(v["label"]) for k, v in nodes.items()}, "igraph GraphML: labels")
    got = {(ids[e.source], e["relation"], ids[e.target]): (e["weight"], e["count"], e["score"]) for e in g.es}
    want = {(clean(e["source"]), e["relation"], clean(e["target"])): (e["weight"], float(e["count"]), e["score"])
            for e in edges.values()}
    c.eq(got, want, "igraph GraphML: edges with weight, count, score")
    c.check(min(g.es["weight"] or [1]) > 0, "igraph GraphML: weights > 0")


def check_graphml_graph_tool(c, path, nodes, edges):
    try:
        import graph_tool.all as gt
    except ImportError:
        c.check(False, "graph-tool is not installed (apt-get install python3-graph-tool)")
        return
    g = gt.load_graph(path)
    c.check(g.is_directed(), "graph-tool GraphML: directed")
    c.eq(g.num_vertices(), len(nodes), "graph-tool GraphML: nodes")
    c.eq(g.num_edges(), len(edges), "graph-tool GraphML: edges")
    vid = g.vp["_graphml_vertex_id"]
    labels = {vid[v]: g.vp["label"][v] for v in g.vertices()}
    c.eq(labels, {clean(k): clean(v["label"]) for k, v in nodes.items()}, "graph-tool GraphML: labels")
    eid = g.ep["_graphml_edge_id"]
    got = {eid[e]: (vid[e.source()], vid[e.target()], g.ep["relation"][e], g.ep["weight"][e], g.ep["count"][e],
                    g.ep["first_date"][e]) for e in g.edges()}
    want = {clean(e["id"]): (clean(e["source"]), clean(e["target"]), e["relation"], e["weight"], e["count"],
                             e["first_date"]) for e in edges.values()}
    c.eq(got, want, "graph-tool GraphML: edges with ends, relation, weight, count, first_date")


def read_gexf(path):
    import networkx as nx
    from networkx.readwrite import gexf as gx
    # NetworkX 3 reads GEXF 1.3 itself; Debian 12's NetworkX 2.8 knows only the
    # 1.1/1.2 drafts, so we give it the 1.3 namespaces (same elements).
    gx.GEXF.versions.setdefault("1.3", {
        "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"})
    return nx.read_gexf(path, version="1.3")


def check_gexf_networkx(c, path, nodes, edges):
    root = ET.parse(path).getroot()
    c.eq(root.tag, "{http://gexf.net/1.3}gexf", "GEXF: 1.3 namespace")
    c.eq(root.get("version"), "1.3", "GEXF: version")
    G = read_gexf(path)
    c.check(G.is_directed(), "NetworkX GEXF: directed")
    c.eq(G.graph.get("mode"), "dynamic", "NetworkX GEXF: dynamic")
    c.eq(G.number_of_nodes(), len(nodes), "NetworkX GEXF: nodes")
    c.eq(G.number_of_edges(), len(edges), "NetworkX GEXF: edges")
    for nid, want in nodes.items():
        if not c.check(clean(nid) in G, f"NetworkX GEXF: node {short(nid)}"):
            continue
        d = G.nodes[clean(nid)]
        c.eq(d.get("label"), clean(want["label"]), f"NetworkX GEXF: label of {short(nid)}")
        c.eq(d.get("mentions"), want["mentions"], f"NetworkX GEXF: mentions of {short(nid)}")
        c.check("color" in d.get("viz", {}) and "size" in d.get("viz", {}), f"NetworkX GEXF: viz of {short(nid)}")
        if want["first_seen"]:
            sp = d.get("spells", [])
            c.check(len(sp) == 1 and sp[0][0] <= period(want["first_seen"])[0]
                    and sp[0][1] >= period(want["last_seen"])[1], f"NetworkX GEXF: node spell of {short(nid)}: {sp}")
    # read_gexf returns a simple DiGraph when no two edges share their ends: use the ids it keeps.
    got = {d.get("id"): (u, v, d) for u, v, d in G.edges(data=True)}
    for e in edges.values():
        eid = clean(e["id"])
        if not c.check(eid in got, f"NetworkX GEXF: edge {short(eid)}"):
            continue
        u, v, d = got[eid]
        c.eq((u, v), (clean(e["source"]), clean(e["target"])), f"NetworkX GEXF: ends of {short(eid)}")
        c.eq(d.get("label"), e["relation"], f"NetworkX GEXF: label of {short(eid)}")
        c.eq(d.get("weight"), e["weight"], f"NetworkX GEXF: weight of {short(eid)}")
        c.eq(d.get("count"), e["count"], f"NetworkX GEXF: count of {short(eid)}")
        c.eq(d.get("score"), e["score"], f"NetworkX GEXF: score of {short(eid)}")
        c.eq(d.get("spells", []), merged_spells(e["dates"]), f"NetworkX GEXF: spells of {short(eid)}")
        for end in (u, v):  # an edge lives inside its ends' lifetimes
            ns = G.nodes[end].get("spells", [])
            for s, t in d.get("spells", []):
                c.check(ns and ns[0][0] <= s and t <= ns[-1][1], f"NetworkX GEXF: {short(eid)} inside {short(end)}")


def check_dot_graphviz(c, path, nodes, edges, tmp):
    for engine in ("dot", "sfdp"):  # `dot` follows layout=sfdp from the file
        svg = os.path.join(tmp, f"{engine}.svg")
        r = run([engine, "-Tsvg", path, "-o", svg])
        c.eq(r.returncode, 0, f"Graphviz {engine} -Tsvg exit status ({r.stderr.strip()[:300]})")
    r = run(["gvpr", 'BEG_G{printf("%d %d\\n", nNodes($G), nEdges($G))}', path])
    c.eq(r.stdout.split(), [str(len(nodes)), str(len(edges))], "gvpr: nodes and edges")
    r = run(["dot", "-Tjson", path])
    if c.eq(r.returncode, 0, "Graphviz -Tjson"):
        j = json.loads(r.stdout)
        c.eq(len(j.get("objects", [])), len(nodes), "Graphviz -Tjson: nodes")
        c.eq(len(j.get("edges", [])), len(edges), "Graphviz -Tjson: edges")
    root = ET.parse(os.path.join(tmp, "sfdp.svg")).getroot()
    got_nodes, got_edges = {}, set()
    for g in root.iter(SVG + "g"):
        cls = (g.get("class") or "").split()
        if "node" in cls:
            # Graphviz's SVG keeps runs of spaces as " &#160;": undo that.
            got_nodes[g.get("id")] = [(t.text or "").replace("\xa0", " ") for t in g.iter(SVG + "text")]
        elif "edge" in cls:
            got_edges.add(g.get("id"))
    want_nodes = {clean(k): [ln for ln in clean(v["label"]).replace("\r", "").split("\n") if ln.strip()]
                  for k, v in nodes.items()}
    c.eq({k: [ln for ln in v if ln.strip()] for k, v in got_nodes.items()}, want_nodes,
         "Graphviz SVG: node ids and label lines")
    c.eq(got_edges, {clean(e["id"]) for e in edges.values()}, "Graphviz SVG: edge ids")


def check_csv(c, nodes_path, edges_path, nodes, edges):
    with open(nodes_path, newline="", encoding="utf-8") as f:
        raw = f.read()
    c.check(raw.count("\r\n") >= len(nodes) + 1, "CSV: CRLF records")
    rows = list(csv.DictReader(open(nodes_path, newline="", encoding="utf-8")))
    c.eq(len(rows), len(nodes), "csv: node rows")
    c.check(rows and list(rows[0])[:2] == ["Id", "Label"], "csv: Id, Label first")
    got = {r["Id"]: (r["Label"], r["type"], int(r["mentions"]), r["first_seen"]) for r in rows}
    c.eq(got, {clean(k): (clean(v["label"]), v["type"], v["mentions"], v["first_seen"]) for k, v in nodes.items()},
         "csv: nodes")
    rows = list(csv.DictReader(open(edges_path, newline="", encoding="utf-8")))
    c.eq(len(rows), len(edges), "csv: edge rows")
    c.check(rows and list(rows[0])[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"],
            "csv: Gephi's edge columns first")
    got = {r["Id"]: (r["Source"], r["Target"], r["Type"], r["Label"], float(r["Weight"]), r["relation"], r["class"],
                     int(r["count"]), float(r["score"]), split_list(r["dates"]), split_list(r["sources"]))
           for r in rows}
    want = {clean(e["id"]): (clean(e["source"]), clean(e["target"]), "Directed", e["relation"], e["weight"],
                             e["relation"], e["class"], e["count"], e["score"], e["dates"],
                             [clean(s) for s in e["sources"]]) for e in edges.values()}
    c.eq(got, want, "csv: edges")


def check_json(c, path, nodes, edges):
    import networkx as nx
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    c.eq(d.get("directed"), True, "json: directed")
    c.eq(len(d["nodes"]), len(nodes), "json: nodes")
    c.eq(len(d["links"]), len(edges), "json: links")
    got = {n["id"]: (n["label"], n["type"], n["mentions"], n["articles"], n["first_seen"] or "") for n in d["nodes"]}
    c.eq(got, {clean(k): (clean(v["label"]), v["type"], v["mentions"], v["articles"], v["first_seen"])
               for k, v in nodes.items()}, "json: nodes")
    got = {e["id"]: (e["source"], e["target"], e["relation"], e["weight"], e["count"], e["score"], e["dates"],
                     e["sources"], e["first_date"] or "") for e in d["links"]}
    want = {clean(e["id"]): (clean(e["source"]), clean(e["target"]), e["relation"], e["weight"], e["count"],
                             e["score"], e["dates"], [clean(s) for s in e["sources"]], e["first_date"])
            for e in edges.values()}
    c.eq(got, want, "json: links")
    G = nx.node_link_graph(d)
    c.eq((G.number_of_nodes(), G.number_of_edges()), (len(nodes), len(edges)), "NetworkX node_link_graph: counts")


def check_all_formats(c, geokg, inputs, nodes, edges, tmp):
    out = build(geokg, inputs, os.path.join(tmp, "all"))
    for f in FILES:
        c.check(os.path.isfile(os.path.join(out, f)), f"geokg build wrote {f}")
    c.eq(sorted(os.listdir(out)), sorted(FILES), "no other files (no temporaries) in the output folder")
    check_graphml_networkx(c, os.path.join(out, "graph.graphml"), nodes, edges)
    check_graphml_igraph(c, os.path.join(out, "graph.graphml"), nodes, edges)
    check_graphml_graph_tool(c, os.path.join(out, "graph.graphml"), nodes, edges)
    check_gexf_networkx(c, os.path.join(out, "graph.gexf"), nodes, edges)
    if shutil.which("dot"):
        check_dot_graphviz(c, os.path.join(out, "graph.dot"), nodes, edges, tmp)
    else:
        c.check(False, "Graphviz is not installed (apt-get install graphviz)")
    check_csv(c, os.path.join(out, "nodes.csv"), os.path.join(out, "edges.csv"), nodes, edges)
    check_json(c, os.path.join(out, "graph.json"), nodes, edges)
    return out


# ---- views -------------------------------------------------------------------

def view_graph(geokg, fixture, tmp, name, *options):
    import networkx as nx
    out = build(geokg, [fixture], os.path.join(tmp, name), *options)
    G = nx.read_graphml(os.path.join(out, "graph.graphml"), force_multigraph=True)
    rows = list(csv.DictReader(open(os.path.join(out, "edges.csv"), newline="", encoding="utf-8")))
    with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
        links = json.load(f)["links"]
    return G, rows, links


def check_views(c, geokg, fixture, triples, tmp):
    facts = [t for t in triples if not t.get("negated") and t.get("modality", "asserted") == "asserted"]
    _, all_edges = expected_network(facts)

    def same_counts(G, rows, links, what):
        c.eq((len(rows), len(links)), (G.number_of_edges(), G.number_of_edges()), f"{what}: CSV/JSON/GraphML agree")

    G, rows, links = view_graph(geokg, fixture, tmp, "relations", "--relations", "visits,criticizes")
    same_counts(G, rows, links, "--relations")
    c.eq(sorted(d["relation"] for _, _, d in G.edges(data=True)),
         sorted(e["relation"] for e in all_edges.values() if e["relation"] in ("visits", "criticizes")),
         "--relations: exactly the visits and criticizes edges")
    c.check(all(G.degree(n) > 0 for n in G), "--relations: no isolated node left")

    G, rows, links = view_graph(geokg, fixture, tmp, "classes", "--classes", "verbal_conflict")
    same_counts(G, rows, links, "--classes")
    c.check(G.number_of_edges() > 0 and all(d["class"] == "verbal_conflict" for _, _, d in G.edges(data=True)),
            "--classes: only verbal_conflict edges")

    G, rows, links = view_graph(geokg, fixture, tmp, "types", "--types", "country")
    same_counts(G, rows, links, "--types")
    want = [e for e in all_edges.values() if e["source"].startswith("country:") and e["target"].startswith("country:")]
    c.eq(G.number_of_edges(), len(want), "--types country: the edges among countries")
    c.check(all(d["type"] == "country" for _, d in G.nodes(data=True)), "--types country: only countries")

    # --since/--until: each attestation kept when its date is in range (prefix precision).
    G, rows, links = view_graph(geokg, fixture, tmp, "dates", "--since", "2021-09", "--until", "2022")
    same_counts(G, rows, links, "--since/--until")
    kept = [t for t in facts if in_range(t.get("date") or "", "2021-09", "2022")]
    _, want = expected_network(kept)
    got = {k: (d["count"], d["weight"], d.get("first_date", ""), d.get("last_date", ""), d.get("sources"))
           for _, _, k, d in G.edges(keys=True, data=True)}
    c.eq(got, {e["id"]: (e["count"], e["weight"], e["first_date"], e["last_date"], "|".join(e["sources"]))
               for e in want.values()}, "--since 2021-09 --until 2022: edges recomputed from the triples in range")

    G, rows, links = view_graph(geokg, fixture, tmp, "weight", "--min-weight", "2")
    same_counts(G, rows, links, "--min-weight")
    c.eq(sorted(k for _, _, k in G.edges(keys=True)),
         sorted(e["id"] for e in all_edges.values() if e["weight"] >= 2), "--min-weight 2")

    G, rows, links = view_graph(geokg, fixture, tmp, "lcc", "--largest-component")
    same_counts(G, rows, links, "--largest-component")
    import networkx as nx
    c.check(G.number_of_nodes() > 0 and nx.is_weakly_connected(G), "--largest-component: connected")
    full = nx.read_graphml(os.path.join(tmp, "all", "graph.graphml"))
    c.eq(G.number_of_nodes(), max(len(x) for x in nx.weakly_connected_components(full)),
         "--largest-component: the largest one")

    G, rows, links = view_graph(geokg, fixture, tmp, "country", "--country-level")
    same_counts(G, rows, links, "--country-level")
    c.check(not [n for n, d in G.nodes(data=True) if d.get("type") == "person"],
            "--country-level: every person with an office is lifted")
    c.check(all(u != v for u, v in G.edges()), "--country-level: no self-loop")
    rel = {(u, d["relation"], v): d for u, v, d in G.edges(data=True)}
    visits = rel.get(("country:CHN", "visits", "country:JPN"))
    c.check(visits is not None, "--country-level: Wang Yi's visit to Japan is China's")
    meets = rel.get(("country:CHN", "meets_with", "country:USA"))
    c.check(meets is not None and meets["sources"] == "2021-03-alaska",
            "--country-level: Blinken meets Wang -> China meets United States")
    c.check(("country:CHN", "meets_with", "country:JPN") in rel, "--country-level: Wang meets Motegi -> China meets Japan")
    crit = rel.get(("country:CHN", "criticizes", "country:USA"))
    c.check(crit is not None and crit["count"] == 3, "--country-level: Wang's criticism merges with China's")
    c.check(not any(d["relation"] in ("leader_of", "official_of") for d in rel.values()),
            "--country-level: offices vanish")

    out = build(geokg, [fixture], os.path.join(tmp, "some"), "--formats", "graphml,csv")
    c.eq(sorted(os.listdir(out)), ["edges.csv", "graph.graphml", "nodes.csv"], "--formats graphml,csv")
    r = run([geokg, "build", fixture, "-o", os.path.join(tmp, "bad"), "--formats", "graphml,pdf"])
    c.check(r.returncode == 2 and "pdf" in r.stderr, f"--formats pdf: usage error naming it ({r.returncode})")
    r = run([geokg, "build", fixture, "-o", os.path.join(tmp, "bad"), "--since", "2021-13"])
    c.check(r.returncode == 2 and "2021-13" in r.stderr, f"--since 2021-13: usage error naming it ({r.returncode})")


def check_stats(c, geokg, fixture, out, nodes, edges):
    """geokg stats agrees with the fixture, and reads our GraphML and JSON back to the same summary."""
    def stats(path):
        r = run([geokg, "stats", "--format", "json", "-q", path])
        if not c.eq(r.returncode, 0, f"geokg stats {os.path.basename(path)} ({r.stderr.strip()[:300]})"):
            return {}
        return json.loads(r.stdout)
    base = stats(fixture)
    c.eq((base.get("nodes"), base.get("edges")), (len(nodes), len(edges)), "geokg stats of the fixture: counts")
    want_rel = collections.Counter(e["relation"] for e in edges.values())
    c.eq(base.get("relations"), dict(want_rel), "geokg stats of the fixture: relations")
    for f in ("graph.graphml", "graph.json"):
        c.eq(stats(os.path.join(out, f)), base, f"geokg stats of {f} equals that of the triples")


def check_render(c, geokg, out):
    """geokg render: the DOT file laid out by sfdp into SVG and PNG."""
    if not shutil.which("sfdp"):
        c.check(False, "Graphviz is not installed (apt-get install graphviz)")
        return
    dot = os.path.join(out, "graph.dot")
    r = run([geokg, "render", dot, "-q"])
    c.eq(r.returncode, 0, f"geokg render graph.dot ({r.stderr.strip()[:300]})")
    svg = os.path.join(out, "graph.svg")
    if c.check(os.path.isfile(svg), "geokg render wrote graph.svg"):
        root = ET.parse(svg).getroot()
        c.eq(root.tag, SVG + "svg", "graph.svg is SVG")
    png = os.path.join(out, "picture.png")
    r = run([geokg, "render", dot, "-o", png, "-q"])
    c.eq(r.returncode, 0, f"geokg render -o picture.png ({r.stderr.strip()[:300]})")
    if c.check(os.path.isfile(png), "geokg render wrote picture.png"):
        with open(png, "rb") as f:
            c.eq(f.read(8), b"\x89PNG\r\n\x1a\n", "picture.png is a PNG")
    r = run([geokg, "render", os.path.join(out, "missing.dot"), "-q"])
    c.check(r.returncode == 1 and "missing.dot" in r.stderr, f"geokg render of a missing file: input error ({r.returncode})")
    c.check(not [f for f in os.listdir(out) if f.endswith(".tmp") or f.endswith(".err")], "no temporaries left")


def main():
    geokg, src = sys.argv[1], sys.argv[2]
    fixture = os.path.join(src, "tests", "e2e", "data", "export_fixture.jsonl")
    c = Checker("export readers")
    triples = read_triples(fixture)
    nodes, edges = expected_network(triples)
    tmp = tempfile.mkdtemp(prefix="geokg_export_")
    try:
        out = check_all_formats(c, geokg, [fixture], nodes, edges, tmp)
        check_views(c, geokg, fixture, triples, tmp)
        check_stats(c, geokg, fixture, out, nodes, edges)
        check_render(c, geokg, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
