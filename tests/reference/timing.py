#!/usr/bin/python3
"""Timing of geokg's centrality and GraphML reading against graph-tool and igraph
(not a test): generated Barabasi-Albert / G(n,m) graphs, wall and CPU time
(user + sys, all threads) of the compute step alone and of the GraphML read.

    OMP_NUM_THREADS=2 /usr/bin/python3 tests/reference/timing.py --geokg build-fast/geokg \
        --sizes 10000 100000 [--measures betweenness pagerank ...] [--threads 2]

geokg runs as a subprocess with --timing (load and compute reported separately,
CPU from clock()); graph-tool and igraph run in this process, timed with
perf_counter / process_time. The machine may be shared: compare CPU times, and
peers measured in the same run.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("OMP_NUM_THREADS", "2")

import networkx as nx  # noqa: E402

MEASURES = ["betweenness", "pagerank", "closeness", "harmonic", "eigenvector"]
TIMING = re.compile(r"timing: load ([\d.]+) s \(cpu ([\d.]+) s\), snapshot ([\d.]+) s, compute ([\d.]+) s \(cpu ([\d.]+) s\)")


def timed(f):
    w0, c0 = time.perf_counter(), time.process_time()
    out = f()
    return out, time.perf_counter() - w0, time.process_time() - c0


def geokg(binary, path, measure, threads):
    cmd = [binary, "centrality", path, "--measure", measure, "-j", str(threads), "--timing", "-q", "-k", "1"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    m = TIMING.search(r.stderr)
    if r.returncode != 0 or not m:
        raise RuntimeError(f"{' '.join(cmd)}: {r.stderr}")
    load_w, load_c, _, comp_w, comp_c = map(float, m.groups())
    return (load_w, load_c), (comp_w, comp_c)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--geokg", default="build-fast/geokg")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000], help="edges")
    ap.add_argument("--kinds", nargs="+", default=["ba"], choices=["ba", "gnm"])
    ap.add_argument("--measures", nargs="+", default=MEASURES)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--no-igraph-betweenness-above", type=int, default=200000,
                    help="skip igraph betweenness (single-threaded, slow) above this many edges")
    args = ap.parse_args()
    import graph_tool.all as gt
    import igraph as ig
    gt.openmp_set_num_threads(args.threads)
    tmp = tempfile.mkdtemp(prefix="geokg-timing-")
    print(f"# threads={args.threads} OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']}; times in s: wall/cpu")
    print(f"{'graph':<12} {'task':<12} {'geokg':>15} {'graph-tool':>15} {'igraph':>15}  geokg/gt(cpu)")
    for kind in args.kinds:
        for m_edges in args.sizes:
            n = m_edges // 5
            g = nx.barabasi_albert_graph(n, 5, seed=1) if kind == "ba" else nx.gnm_random_graph(n, m_edges, seed=1)
            path = os.path.join(tmp, f"{kind}{m_edges}.graphml")
            nx.write_graphml(g, path)
            name = f"{kind}{m_edges // 1000}k"
            rows = {}
            gg, gw, gc = timed(lambda: gt.load_graph(path))
            ig_g, iw, ic = timed(lambda: ig.Graph.Read_GraphML(path))
            gk_load = None
            for meas in args.measures:
                load, comp = geokg(args.geokg, path, meas, args.threads)
                gk_load = gk_load or load
                if meas == "betweenness":
                    _, tw, tc = timed(lambda: gt.betweenness(gg))
                    if m_edges <= args.no_igraph_betweenness_above:
                        _, jw, jc = timed(lambda: ig_g.betweenness())
                    else:
                        jw = jc = float("nan")
                elif meas == "pagerank":
                    _, tw, tc = timed(lambda: gt.pagerank(gg))
                    _, jw, jc = timed(lambda: ig_g.pagerank())
                elif meas == "closeness":
                    _, tw, tc = timed(lambda: gt.closeness(gg))
                    _, jw, jc = timed(lambda: ig_g.closeness())
                elif meas == "harmonic":
                    _, tw, tc = timed(lambda: gt.closeness(gg, harmonic=True))
                    _, jw, jc = timed(lambda: ig_g.harmonic_centrality())
                elif meas == "eigenvector":
                    _, tw, tc = timed(lambda: gt.eigenvector(gg))
                    _, jw, jc = timed(lambda: ig_g.eigenvector_centrality())
                rows[meas] = (comp, (tw, tc), (jw, jc))
            rows["graphml-read"] = (gk_load, (gw, gc), (iw, ic))
            for task, (a, b, c) in rows.items():
                f = lambda x: f"{x[0]:7.3f}/{x[1]:7.3f}"
                ratio = a[1] / b[1] if b[1] > 0 else float("nan")
                print(f"{name:<12} {task:<12} {f(a):>15} {f(b):>15} {f(c):>15}  {ratio:6.2f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
