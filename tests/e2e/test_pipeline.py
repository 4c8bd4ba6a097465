"""End to end: `geokg run` on the bundled examples, as a new user runs it.

usage: test_pipeline.py GEOKG_BINARY SOURCE_DIR
Checks the three outputs, provenance of every triple against the original
bytes, that GraphML loads in NetworkX, igraph and graph-tool with the counts
`geokg stats` prints, that sfdp renders the DOT file, and that bad input fails
cleanly (an error naming the file, a non-zero exit, no half-written output).
"""
import json
import os
import subprocess
import sys
import tempfile

GEOKG, ROOT = sys.argv[1], sys.argv[2]
EXAMPLES = os.path.join(ROOT, "examples")
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def run(*args, **kw):
    return subprocess.run([GEOKG, *args], capture_output=True, text=True, **kw)


def originals():
    """article id -> original bytes, as the schema defines them."""
    texts = {}
    for dirpath, _, files in os.walk(EXAMPLES):
        for fn in files:
            path = os.path.join(dirpath, fn)
            stem, ext = os.path.splitext(fn)
            if ext == ".jsonl":
                with open(path, encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            rec = json.loads(line)
                            texts[rec["id"]] = rec["text"].encode("utf-8")
            else:
                with open(path, "rb") as f:
                    texts[stem] = f.read()
    return texts


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "out")
    r = run("run", EXAMPLES, "-o", out, "--threads", "2")
    check(r.returncode == 0, f"geokg run exits 0 ({r.stderr.strip()[-300:]})")
    for name in ("triples.jsonl", "graph.graphml", "graph.dot"):
        check(os.path.isfile(os.path.join(out, name)), f"run writes {name}")
    check(not [f for f in os.listdir(out) if f.endswith(".tmp")], "no temporary files left")

    triples = [json.loads(l) for l in open(os.path.join(out, "triples.jsonl"), encoding="utf-8") if l.strip()]
    texts = originals()
    check(len(triples) > 20, f"examples give triples ({len(triples)})")
    bad = [t for t in triples
           if texts.get(t["article"], b"")[t["char_start"]:t["char_end"]].decode("utf-8", "replace") != t["evidence"]]
    check(not bad, f"every evidence is the original bytes text[char_start:char_end] ({len(bad)} bad)")
    fields = {"article", "subject", "relation", "object", "sentence", "char_start", "char_end",
              "evidence", "date", "negated", "modality", "confidence"}
    check(all(fields <= set(t) for t in triples), "every triple has every schema field")
    check({t["article"] for t in triples} >= {"2021-09-aukus-pact", "wire-2025-002"},
          "article ids: file stem for files, record id for JSON Lines")

    # graphs/ holds what the README's set-up command writes from examples/: it must be the current output.
    for name in ("triples.jsonl", "graph.graphml", "graph.gexf", "graph.dot", "graph.json", "nodes.csv", "edges.csv"):
        committed = os.path.join(ROOT, "graphs", name)
        same = os.path.isfile(committed) and open(committed, "rb").read() == open(os.path.join(out, name), "rb").read()
        check(same, f"graphs/{name} is the current output of `geokg run examples` (re-run bash .ci/setup)")

    # Deterministic: the same input gives the same bytes whatever the thread count.
    out1 = os.path.join(tmp, "out1")
    r1 = run("extract", EXAMPLES, "-o", os.path.join(tmp, "t1.jsonl"), "--threads", "1", "-q")
    with open(os.path.join(tmp, "t1.jsonl"), "rb") as a, open(os.path.join(out, "triples.jsonl"), "rb") as b:
        check(r1.returncode == 0 and a.read() == b.read(), "output is identical with 1 and 2 threads")

    st = run("stats", os.path.join(out, "graph.graphml"), "--format", "json")
    check(st.returncode == 0, f"geokg stats exits 0 ({st.stderr.strip()[-200:]})")
    stats = json.loads(st.stdout) if st.returncode == 0 else {"nodes": -1, "edges": -1}

    import networkx as nx
    g = nx.read_graphml(os.path.join(out, "graph.graphml"))
    check(g.number_of_nodes() == stats["nodes"] and g.number_of_edges() == stats["edges"],
          f"NetworkX reads {g.number_of_nodes()} nodes / {g.number_of_edges()} edges = geokg stats")
    import igraph
    ig = igraph.Graph.Read_GraphML(os.path.join(out, "graph.graphml"))
    check(ig.vcount() == stats["nodes"] and ig.ecount() == stats["edges"], "igraph reads the same counts")
    gt = subprocess.run(["/usr/bin/python3", "-c",
                         "import graph_tool.all as gt,sys; g=gt.load_graph(sys.argv[1]);"
                         "print(g.num_vertices(), g.num_edges())", os.path.join(out, "graph.graphml")],
                        capture_output=True, text=True)
    check(gt.returncode == 0 and gt.stdout.split() == [str(stats["nodes"]), str(stats["edges"])],
          f"graph-tool reads the same counts ({gt.stdout.strip()} {gt.stderr.strip()[-200:]})")
    svg = subprocess.run(["sfdp", "-Tsvg", os.path.join(out, "graph.dot")], capture_output=True)
    check(svg.returncode == 0 and b"<svg" in svg.stdout, "sfdp renders graph.dot")

    # Bad input: clear error naming the file, non-zero exit, nothing half-written.
    missing = os.path.join(tmp, "no-such-file.txt")
    r = run("run", missing, "-o", os.path.join(tmp, "o2"))
    check(r.returncode == 1 and missing in r.stderr, "a missing input names the file, exit 1")
    check(not os.path.exists(os.path.join(tmp, "o2", "graph.graphml")), "no output after a failed run")
    broken = os.path.join(tmp, "broken.jsonl")
    with open(broken, "w") as f:
        f.write('{"id": "a", "text": "Japan and China met."}\n{"id": "b", "text": \n')
    r = run("extract", broken, "-o", os.path.join(tmp, "t.jsonl"))
    check(r.returncode == 1 and f"{broken}:2" in r.stderr, f"malformed JSON Lines names FILE:LINE ({r.stderr.strip()})")
    check(not os.path.exists(os.path.join(tmp, "t.jsonl")), "no half-written triples file")
    r = run("extract", EXAMPLES, "-o", "/proc/geokg-cannot-write/t.jsonl", "-q")
    check(r.returncode == 3, f"an unwritable output exits 3 ({r.stderr.strip()})")
    r = run("frobnicate")
    check(r.returncode == 2, "an unknown command exits 2")

print(f"pipeline e2e: {len(failures)} failures")
sys.exit(1 if failures else 0)
