#!/usr/bin/env python3
"""Hostile input: names (and some ids, article ids, evidence) holding quotes,
markup, &, entity look-alikes, a trailing backslash, control characters,
newlines, emoji, right-to-left text, bidi controls, DOT keywords and escape
sequences, and 5,000-character strings. Every format must still parse with
every reader, with the same counts, and every label must survive (control
characters aside).

    test_export_hostile.py GEOKG_BINARY SOURCE_DIR
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_export_readers as lib  # noqa: E402


def main():
    geokg, src = sys.argv[1], sys.argv[2]
    fixture = os.path.join(src, "tests", "e2e", "data", "export_hostile.jsonl")
    c = lib.Checker("export hostile")
    triples = lib.read_triples(fixture)
    nodes, edges = lib.expected_network(triples)
    c.check(any(len(n["label"]) >= 5000 for n in nodes.values()), "fixture: a 5,000-character name")
    c.check(any("\x01" in n["label"] for n in nodes.values()), "fixture: control characters")
    c.check(any(n["label"].endswith("\\") for n in nodes.values()), "fixture: a trailing backslash")
    c.check(any("\u202e" in n["label"] for n in nodes.values()), "fixture: bidi controls")
    tmp = tempfile.mkdtemp(prefix="geokg_hostile_")
    try:
        out = lib.check_all_formats(c, geokg, [fixture], nodes, edges, tmp)
        lib.check_stats(c, geokg, fixture, out, nodes, edges)
        # No raw control character other than tab/LF/CR reaches any file.
        for f in lib.FILES:
            with open(os.path.join(out, f), "rb") as fh:
                data = fh.read()
            bad = sorted({b for b in data if b < 0x20 and b not in (9, 10, 13)})
            c.eq(bad, [], f"{f}: no C0 control bytes")
            try:
                data.decode("utf-8")
                c.check(True, f"{f}: valid UTF-8")
            except UnicodeDecodeError as e:
                c.check(False, f"{f}: valid UTF-8 ({e})")
        # Views on hostile data parse too.
        view = lib.build(geokg, [fixture], os.path.join(tmp, "view"), "--country-level", "--largest-component")
        import networkx as nx
        G = nx.read_graphml(os.path.join(view, "graph.graphml"), force_multigraph=True)
        c.check(G.number_of_nodes() > 0, "a view of the hostile graph parses")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
