#!/usr/bin/python3
"""ctest: every centrality measure agrees with NetworkX and igraph to 1e-6
(tests/reference/reference.py). Usage: test_analysis_reference.py GEOKG SOURCE_DIR"""
import os
import sys

geokg, source = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(source, "tests", "reference"))
import reference  # noqa: E402

sys.exit(reference.main([geokg]))
