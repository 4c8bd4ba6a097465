#!/usr/bin/python3
"""Checks every `geokg centrality` measure against NetworkX and igraph.

Usage: reference.py GEOKG [--out DIR] [--keep] [--verbose]

Builds the test graphs (Zachary's karate club, our IR seed fixture, weighted
random directed and undirected graphs with fixed seeds, a directed graph with
a disconnected part, sinks and an isolated node, directed and undirected
multigraphs with parallel edges and self-loops), writes each as GraphML (with
NetworkX's writer, so keys are d0, d1... and booleans True/False; the karate
club also with igraph's writer), runs
    geokg centrality FILE --measure M [--weighted] --format csv
for every measure, unweighted and weighted, and compares each value with
NetworkX and, where igraph has the measure, igraph, to 1e-6.

Reference conversions (mirroring geokg's documented multigraph conventions,
include/geokg/analysis.hpp):
  - degree, in/out degree, strength, betweenness, edge betweenness, closeness,
    harmonic, pagerank: NetworkX's function on the graph as read (a
    MultiGraph/MultiDiGraph when it has parallel edges). In/out degree on an
    undirected graph (NetworkX raises) is compared with degree_centrality.
  - eigenvector, katz, hubs, authorities (NetworkX refuses multigraphs or
    reads the `weight` attribute whatever it is told): the simple graph whose
    edge weight is the sum of the parallel edges' weights (unweighted: their
    number), i.e. the multigraph's adjacency matrix.
  - kcore: the simple graph without self-loops (NetworkX raises on both).
  - clustering: the simple graph with summed weights, without self-loops.
  - iterative measures are run with tol=1e-13 and a high max_iter, so both
    sides give the limit rather than an early stop; when NetworkX fails to
    converge geokg must fail too.
  - igraph: path measures on the simplified graph with the smallest weight of
    parallel edges (igraph counts parallel edges as distinct paths; NetworkX and
    geokg do not); undirected counts rescaled to NetworkX's normalization;
    spectral measures on the simplified graph with summed weights, skipped on
    graphs with self-loops (igraph counts an undirected self-loop twice in the
    adjacency matrix) and where the leading eigen/singular value is not simple
    (the vector is then not unique and each library picks its own); closeness
    from igraph's distance matrix; clustering only unweighted undirected
    (igraph's weighted local transitivity is Barrat's, not Onnela's).
Exit status 0 when every comparison agrees.
"""
import argparse
import csv
import io
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import warnings

import networkx as nx
import numpy as np

try:
    import igraph as ig
except ImportError:  # pragma: no cover
    ig = None

TOL = 1e-6
HERE = os.path.dirname(os.path.abspath(__file__))
MEASURES = ["degree", "in_degree", "out_degree", "strength", "betweenness", "edge_betweenness", "closeness",
            "harmonic", "eigenvector", "pagerank", "katz", "hubs", "authorities", "kcore", "clustering"]
ITER = dict(tol=1e-13, max_iter=100000)


# --------------------------------------------------------------------------- graphs
def karate():
    G = nx.karate_club_graph()
    G.graph.clear()
    return G


def random_directed(n, p, seed, integer=False):
    rng = random.Random(seed)
    G = nx.gnp_random_graph(n, p, seed=seed, directed=True)
    for u, v in G.edges():
        G[u][v]["weight"] = float(rng.randint(1, 4)) if integer else round(rng.uniform(0.2, 3.0), 3)
    return G


def random_undirected(n, p, seed):
    rng = random.Random(seed)
    G = nx.gnp_random_graph(n, p, seed=seed)
    for u, v in G.edges():
        G[u][v]["weight"] = round(rng.uniform(0.2, 3.0), 3)
    return G


def disconnected_sinks():
    """Directed: a strongly connected core, sinks hanging off it, a separate
    directed chain, and an isolated node."""
    rng = random.Random(7)
    G = nx.DiGraph()
    core = list(range(8))
    for i in core:
        G.add_edge(i, (i + 1) % 8, weight=round(rng.uniform(0.5, 2.0), 3))
        G.add_edge(i, (i + 3) % 8, weight=round(rng.uniform(0.5, 2.0), 3))
    for s in (20, 21, 22):  # sinks
        G.add_edge(rng.choice(core), s, weight=round(rng.uniform(0.5, 2.0), 3))
    G.add_edge(5, 20, weight=1.5)
    for a, b in [(30, 31), (31, 32), (32, 33), (30, 33), (33, 34)]:  # a separate part ending in a sink
        G.add_edge(a, b, weight=round(rng.uniform(0.5, 2.0), 3))
    G.add_node(40)  # isolated
    return G


def multi(directed):
    """Parallel edges (some of equal weight) and self-loops."""
    rng = random.Random(11 if directed else 12)
    G = nx.MultiDiGraph() if directed else nx.MultiGraph()
    base = nx.gnp_random_graph(14, 0.25, seed=5, directed=directed)
    k = 0
    for u, v in base.edges():
        copies = rng.choice([1, 1, 2, 3])
        for c in range(copies):
            w = 1.0 if c == 1 else round(rng.uniform(0.5, 3.0), 3)
            G.add_edge(u, v, key=f"k{k}", weight=w)
            k += 1
    for s in (0, 3, 3, 9):  # self-loops, one of them doubled
        G.add_edge(s, s, key=f"k{k}", weight=2.0)
        k += 1
    return G


def seed_graph():
    path = os.path.join(HERE, "fixtures", "ir_seed.graphml")
    return nx.read_graphml(path), path


# --------------------------------------------------------------------------- references
def simple_summed(G, weighted, drop_loops=False):
    """The simple graph of G: edge weight = sum of the parallel edges' weights
    (unweighted: their number)."""
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.add_nodes_from(G.nodes())
    for u, v, d in G.edges(data=True):
        if drop_loops and u == v:
            continue
        w = float(d.get("weight", 1.0)) if weighted else 1.0
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def simple_min(G, weighted):
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.add_nodes_from(G.nodes())
    for u, v, d in G.edges(data=True):
        w = float(d.get("weight", 1.0)) if weighted else 1.0
        if H.has_edge(u, v):
            H[u][v]["weight"] = min(H[u][v]["weight"], w)
        else:
            H.add_edge(u, v, weight=w)
    return H


class Diverges(Exception):
    pass


def nx_reference(G, m, weighted, personalization=None):
    w = "weight" if weighted else None
    n = len(G)
    try:
        if m == "degree":
            return nx.degree_centrality(G)
        if m in ("in_degree", "out_degree"):
            if not G.is_directed():
                return nx.degree_centrality(G)
            return (nx.in_degree_centrality if m == "in_degree" else nx.out_degree_centrality)(G)
        if m == "strength":
            return {v: float(d) for v, d in G.degree(weight=w)}
        if m == "betweenness":
            return nx.betweenness_centrality(G, weight=w)
        if m == "edge_betweenness":
            return nx.edge_betweenness_centrality(G, weight=w)
        if m == "closeness":
            return nx.closeness_centrality(G, distance=w)
        if m == "harmonic":
            return nx.harmonic_centrality(G, distance=w)
        if m == "pagerank":
            return nx.pagerank(G, alpha=0.85, weight=w, personalization=personalization, **ITER)
        if m == "eigenvector":
            return nx.eigenvector_centrality(simple_summed(G, weighted), weight="weight", **ITER)
        if m == "katz":
            return nx.katz_centrality(simple_summed(G, weighted), alpha=0.1, weight="weight", **ITER)
        if m in ("hubs", "authorities"):
            H = simple_summed(G, weighted)
            if H.number_of_edges() == 0:
                return None
            h, a = nx.hits(H, max_iter=100000, tol=1e-14)  # reads 'weight' (summed / multiplicity)
            return h if m == "hubs" else a
        if m == "kcore":
            H = nx.DiGraph(G) if G.is_directed() else nx.Graph(G)
            H.remove_edges_from(list(nx.selfloop_edges(H)))
            return {v: float(c) for v, c in nx.core_number(H).items()}
        if m == "clustering":
            return nx.clustering(simple_summed(G, weighted, drop_loops=True), weight=w)
    except nx.PowerIterationFailedConvergence:
        raise Diverges()
    raise ValueError(m)


def leading_is_simple(G, weighted, singular):
    """True when the leading eigenvalue (or singular value) of the summed
    adjacency matrix is simple, i.e. the centrality vector is unique."""
    H = simple_summed(G, weighted)
    A = nx.to_numpy_array(H, weight="weight")
    if A.size == 0:
        return False
    if singular:
        s = np.linalg.svd(A, compute_uv=False)
    else:
        s = np.sort(np.abs(np.linalg.eigvals(A)))[::-1]
    return len(s) < 2 or s[0] - s[1] > 1e-6 * max(s[0], 1e-300)


def ig_reference(G, m, weighted, personalization=None):
    """igraph's value for measure m, or None when igraph is not a reference here."""
    if ig is None:
        return None
    nodes = list(G.nodes())
    idx = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    directed = G.is_directed()
    has_loops = nx.number_of_selfloops(G) > 0

    def build(H):
        g = ig.Graph(n=n, edges=[(idx[u], idx[v]) for u, v in H.edges()], directed=directed)
        g.es["weight"] = [float(d.get("weight", 1.0)) for _, _, d in H.edges(data=True)]
        return g

    wname = "weight" if weighted else None
    if m in ("degree", "in_degree", "out_degree", "strength"):
        g = build(G)  # full multigraph
        mode = {"degree": "all", "in_degree": "in", "out_degree": "out", "strength": "all"}[m]
        if not directed:
            mode = "all"
        if m == "strength":
            vals = g.strength(mode=mode, weights=wname, loops=True)
        else:
            vals = [d / (n - 1) if n > 1 else 1.0 for d in g.degree(mode=mode, loops=True)]
        return dict(zip(nodes, map(float, vals)))
    if m in ("betweenness", "edge_betweenness", "closeness", "harmonic"):
        g = build(simple_min(G, weighted))
        if m == "betweenness":
            vals = g.betweenness(directed=directed, weights=wname)
            scale = (1.0 if directed else 2.0) / ((n - 1) * (n - 2)) if n > 2 else 1.0
            return {v: x * scale for v, x in zip(nodes, vals)}
        if m == "edge_betweenness":
            vals = g.edge_betweenness(directed=directed, weights=wname)
            scale = (1.0 if directed else 2.0) / (n * (n - 1))
            return {(nodes[e.source], nodes[e.target]): x * scale for e, x in zip(g.es, vals)
                    if e.source != e.target}
        if m == "harmonic":
            vals = g.harmonic_centrality(mode="in", weights=wname, normalized=False)
            return dict(zip(nodes, map(float, vals)))
        D = np.array(g.distances(weights=wname, mode="out"), dtype=float)  # D[s][t] = d(s, t)
        out = {}
        for j, v in enumerate(nodes):
            col = D[:, j]
            reach = col[np.isfinite(col)]
            tot, r = reach.sum(), len(reach)
            out[v] = (r - 1) / tot * (r - 1) / (n - 1) if tot > 0 and n > 1 else 0.0
        return out
    if m in ("eigenvector", "pagerank", "hubs", "authorities"):
        if has_loops:
            return None
        if m == "eigenvector" and not leading_is_simple(G, weighted, False):
            return None
        if m in ("hubs", "authorities") and not leading_is_simple(G, weighted, True):
            return None
        g = build(simple_summed(G, weighted))
        if m == "eigenvector":
            vals = np.array(g.eigenvector_centrality(directed=directed, scale=False, weights="weight"))
            vals = np.abs(vals) / np.linalg.norm(vals)
        elif m == "pagerank":
            if personalization:
                reset = [idx[v] for v, x in personalization.items() if x]
                vals = np.array(g.personalized_pagerank(damping=0.85, weights="weight", directed=directed,
                                                        reset_vertices=reset))
            else:
                vals = np.array(g.pagerank(damping=0.85, weights="weight", directed=directed))
        else:
            fn = g.hub_score if m == "hubs" else g.authority_score
            vals = np.abs(np.array(fn(weights="weight", scale=False)))
            vals = vals / vals.sum()
        return dict(zip(nodes, map(float, vals)))
    if m == "kcore":
        H = nx.DiGraph(G) if directed else nx.Graph(G)
        H.remove_edges_from(list(nx.selfloop_edges(H)))
        return dict(zip(nodes, map(float, build(H).coreness(mode="all"))))
    if m == "clustering":
        if weighted or directed:
            return None
        g = build(simple_summed(G, False, drop_loops=True))
        return dict(zip(nodes, map(float, g.transitivity_local_undirected(mode="zero"))))
    return None  # katz: igraph has none


# --------------------------------------------------------------------------- running geokg
def run_geokg(geokg, path, m, weighted, extra=()):
    cmd = [geokg, "centrality", path, "--measure", m, "--format", "csv", "-j", "2"] + list(extra)
    if weighted:
        cmd.append("--weighted")
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        return None, p.stderr.strip()
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    return rows, None


def compare(ours, ref, keyfn):
    """Largest absolute difference, or a message for missing keys."""
    worst = 0.0
    if len(ours) != len(ref):
        return math.inf, f"{len(ours)} values vs {len(ref)}"
    for k, v in ref.items():
        key = keyfn(k)
        if key not in ours:
            return math.inf, f"missing {key}"
        worst = max(worst, abs(ours[key] - float(v)))
    return worst, ""


def edge_key_fn(G, directed):
    if G.is_multigraph():
        return lambda k: k[2] if len(k) == 3 else k  # by edge id (the multigraph key)
    if directed:
        return lambda k: (str(k[0]), str(k[1]))
    return lambda k: tuple(sorted((str(k[0]), str(k[1]))))


def edge_values(rows, G, directed):
    if G.is_multigraph():
        return {r["id"]: float(r["value"]) for r in rows}
    out = {}
    for r in rows:
        k = (r["source"], r["target"]) if directed else tuple(sorted((r["source"], r["target"])))
        out[k] = out.get(k, 0.0) + float(r["value"])
    return out


def pair_sums(rows, G, directed):
    """Edge betweenness summed per node pair (for igraph on the simplified graph)."""
    out = {}
    for r in rows:
        k = (r["source"], r["target"]) if directed else tuple(sorted((r["source"], r["target"])))
        if k[0] == k[1]:
            continue
        out[k] = out.get(k, 0.0) + float(r["value"])
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("geokg")
    ap.add_argument("--out", help="folder for the generated GraphML files (default: a temporary folder)")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    random.seed(20261123)  # python-igraph draws from `random` (ARPACK start vectors): same run every time
    tmp = args.out or tempfile.mkdtemp(prefix="geokg-ref-")
    os.makedirs(tmp, exist_ok=True)

    graphs = []  # (name, nx graph as geokg reads it, path)

    def add(name, G, writer="networkx"):
        path = os.path.join(tmp, f"{name}.graphml")
        if writer == "networkx":
            nx.write_graphml(G, path)
            H = nx.read_graphml(path)  # node ids as strings, exactly what geokg sees
        else:
            g = ig.Graph.from_networkx(G)
            g.vs["name"] = [str(v) for v in G.nodes()]
            g.write_graphml(path)
            H = nx.relabel_nodes(G, {v: f"n{i}" for i, v in enumerate(G.nodes())})
        graphs.append((name, H, path))

    add("karate", karate())
    if ig is not None:
        add("karate_igraph_written", karate(), writer="igraph")
    S, seed_path = seed_graph()
    graphs.append(("ir_seed", S, seed_path))
    add("random_directed_float", random_directed(30, 0.12, 1))
    add("random_directed_int", random_directed(40, 0.08, 2, integer=True))
    add("random_undirected", random_undirected(25, 0.2, 3))
    add("disconnected_sinks", disconnected_sinks())
    add("multi_directed", multi(True))
    add("multi_undirected", multi(False))

    results = []  # (graph, measure, weighted, ref, status, worst)
    failures = 0

    def record(gname, label, weighted, refname, ok, detail):
        nonlocal failures
        results.append((gname, label, weighted, refname, ok, detail))
        if ok is False:
            failures += 1
            print(f"FAIL {gname} {label} {'weighted' if weighted else 'unweighted'} vs {refname}: {detail}")
        elif args.verbose:
            print(f"ok   {gname} {label} {'weighted' if weighted else 'unweighted'} vs {refname}: {detail}")

    for gname, G, path in graphs:
        directed = G.is_directed()
        has_weight = any("weight" in d for _, _, d in G.edges(data=True))
        for m in MEASURES:
            for weighted in (False, True):
                if weighted and not has_weight:
                    continue
                rows, err = run_geokg(args.geokg, path, m, weighted)
                try:
                    ref = nx_reference(G, m, weighted)
                    diverges = False
                except Diverges:
                    ref, diverges = None, True
                if diverges:
                    record(gname, m, weighted, "networkx", rows is None,
                           "both fail to converge" if rows is None else "NetworkX does not converge, geokg does")
                    continue
                if rows is None:
                    record(gname, m, weighted, "networkx", False, f"geokg failed: {err}")
                    continue
                if ref is None:
                    record(gname, m, weighted, "networkx", None, "no reference")
                    continue
                if m == "edge_betweenness":
                    ours = edge_values(rows, G, directed)
                    worst, msg = compare(ours, ref, edge_key_fn(G, directed))
                else:
                    ours = {r["id"]: float(r["value"]) for r in rows}
                    worst, msg = compare(ours, ref, str)
                record(gname, m, weighted, "networkx", worst <= TOL, msg or f"max |diff| {worst:.2e}")
                try:
                    iref = ig_reference(G, m, weighted)
                except ig.InternalError as e:
                    # igraph's ARPACK can fail to converge from its start vector: that is
                    # igraph's failure, not ours; NetworkX above is the reference of record.
                    record(gname, m, weighted, "igraph", None, f"igraph failed: {e}")
                    continue
                if iref is None:
                    continue
                if m == "edge_betweenness":
                    ours = pair_sums(rows, G, directed)
                    keyfn = (lambda k: (str(k[0]), str(k[1]))) if directed else (
                        lambda k: tuple(sorted((str(k[0]), str(k[1])))))
                    worst, msg = compare(ours, iref, keyfn)
                else:
                    worst, msg = compare(ours, iref, str)
                record(gname, m, weighted, "igraph", worst <= TOL, msg or f"max |diff| {worst:.2e}")
        # personalized PageRank on two nodes
        nodes = list(G.nodes())
        if len(nodes) >= 2:
            pick = [nodes[0], nodes[-1]]
            rows, err = run_geokg(args.geokg, path, "pagerank", False,
                                  ["--personalize", str(pick[0]), "--personalize", str(pick[1])])
            pers = {v: (1 if v in pick else 0) for v in nodes}
            ref = nx_reference(G, "pagerank", False, personalization=pers)
            if rows is None:
                record(gname, "pagerank_personalized", False, "networkx", False, f"geokg failed: {err}")
            else:
                ours = {r["id"]: float(r["value"]) for r in rows}
                worst, msg = compare(ours, ref, str)
                record(gname, "pagerank_personalized", False, "networkx", worst <= TOL,
                       msg or f"max |diff| {worst:.2e}")
                iref = ig_reference(G, "pagerank", False, personalization=pers)
                if iref is not None:
                    worst, msg = compare(ours, iref, str)
                    record(gname, "pagerank_personalized", False, "igraph", worst <= TOL,
                           msg or f"max |diff| {worst:.2e}")

    # Summary: measure x graph, one cell per (unweighted, weighted): N = NetworkX ok, I = igraph ok.
    gnames = [g[0] for g in graphs]
    cell = {}
    for gname, m, weighted, refname, ok, _ in results:
        c = cell.setdefault((m, gname), {False: "", True: ""})
        mark = ("N" if refname == "networkx" else "I") if ok else ("x" if ok is False else "-")
        if refname == "networkx" and ok and "both fail" in _:
            mark = "d"
        c[weighted] += mark
    labels = MEASURES + ["pagerank_personalized"]
    short = {g: g[:12] for g in gnames}
    print("\nAgreement to 1e-6 (unweighted/weighted; N = NetworkX, I = igraph, d = both diverge, x = FAIL)")
    print(f"{'measure':<22}" + "".join(f"{short[g]:>14}" for g in gnames))
    for m in labels:
        line = f"{m:<22}"
        for g in gnames:
            c = cell.get((m, g))
            line += f"{(c[False] + '/' + c[True]) if c else '':>14}"
        print(line)
    checks = sum(1 for r in results if r[4])
    print(f"\n{checks} comparisons agree, {failures} fail" + (f" (graphs in {tmp})" if args.out else ""))
    if not args.out:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
