#!/usr/bin/python3
"""geokg's benchmarks, side by side with the peers. Run it through bench/run.

Every figure comes from one run on this machine: geokg as a subprocess (wall
time, peak memory from /usr/bin/time), the peers as subprocesses timing their
own library calls (bench/peers/graph_peer.py, bench/js/compromise_extract.mjs).
Prints one Markdown table and writes bench/results/latest.md and latest.json.
"""
import argparse
import csv
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
PY = "/usr/bin/python3"
PEER = [PY, os.path.join(BENCH, "peers", "graph_peer.py")]
GEN = [PY, os.path.join(BENCH, "peers", "gen_graph.py")]
COMPROMISE = os.path.join(BENCH, "js", "compromise_extract.mjs")
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
MEASURES = ["betweenness", "pagerank", "closeness", "harmonic", "eigenvector"]
ALL_PAIRS = {"betweenness", "closeness", "harmonic"}  # one traversal per vertex: O(n m)
PEERS = ["graph-tool", "igraph", "networkx"]
MISSING = "n/a (command missing)"


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- formatting -------------------------------------------------------------

def f_secs(s):
    if s is None:
        return "n/a"
    if s < 1e-3:
        return f"{s * 1e6:.0f} us"
    if s < 1:
        return f"{s * 1e3:.1f} ms"
    if s < 100:
        return f"{s:.2f} s"
    return f"{s:.0f} s"


def f_num(x, digits=3):
    """A number to `digits` significant digits, with thousands separators."""
    if x is None:
        return "n/a"
    if x == 0:
        return "0"
    mag = len(str(int(abs(x)))) if abs(x) >= 1 else 0
    dec = max(0, digits - mag)
    return f"{x:,.{dec}f}"


def f_mbps(x):
    return "n/a" if x is None else f"{f_num(x)} MB/s"


def f_mem(kib):
    return "n/a" if kib is None else f"{f_num(kib / 1024)} MiB"


def f_ratio(r):
    if r is None:
        return "—"
    return f"{f_num(r, 3)}x" if r >= 0.01 else f"{r:.2g}x"


def f_int(n):
    return "n/a" if n is None else f"{n:,}"


# --- subprocesses -----------------------------------------------------------

class Proc:
    """A finished subprocess: wall seconds, peak resident memory (KiB), output."""

    def __init__(self, argv, rc, wall, maxrss_kib, out, err, timed_out, timeout):
        self.argv, self.rc, self.wall, self.maxrss = argv, rc, wall, maxrss_kib
        self.out, self.err, self.timed_out, self.timeout = out, err, timed_out, timeout
        self.runs = 1

    @property
    def ok(self):
        return self.rc == 0 and not self.timed_out

    def why(self):
        """Why it failed, for a table cell."""
        if self.timed_out:
            return f"timeout (> {self.timeout:.0f} s)"
        last = [ln for ln in self.err.strip().splitlines() if ln.strip()]
        msg = last[-1][:80] if last else ""
        return f"failed (exit {self.rc}{': ' + msg if msg else ''})".replace("|", "/")


def run(argv, timeout, stdout_path=None, cwd=None, env=None):
    """Runs argv under /usr/bin/time; kills its whole process group on timeout."""
    tf = tempfile.NamedTemporaryFile(prefix="geokg-bench-time-", delete=False)
    tf.close()
    cmd = ([GNU_TIME, "-f", "%M %U %S", "-o", tf.name] if GNU_TIME else []) + argv
    out_f = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out_f, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                         start_new_session=True, cwd=cwd, env=env)
    timed_out = False
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(p.pid, signal.SIGKILL)
        out, err = p.communicate()
    wall = time.perf_counter() - t0
    if stdout_path:
        out_f.close()
        out = b""
    maxrss = cpu = None
    try:
        lines = [ln for ln in open(tf.name).read().splitlines() if ln.strip()]
        fields = lines[-1].split() if lines else []
        if len(fields) == 3 and fields[0].isdigit():
            maxrss, cpu = int(fields[0]), float(fields[1]) + float(fields[2])
    except (OSError, ValueError):
        pass
    finally:
        os.unlink(tf.name)
    pr = Proc(argv, p.returncode, wall, maxrss, out.decode("utf-8", "replace"),
              err.decode("utf-8", "replace"), timed_out, timeout)
    pr.cpu = cpu  # user + system seconds: robust against other processes on the machine
    return pr


REPEAT_UNTIL, REPEAT_MAX, REPEAT_MIN_FAST = 2.0, 7, 3


def enough(runs, spent, best):
    """Repeat policy (the peers' graph_peer.py has the same): a call slower than
    1 s runs until 2 s are spent (usually once); a faster one at least 3 times
    and until 2 s are spent; never more than 7 times. The fastest run counts:
    on a shared machine a short call is sometimes stalled for a whole time slice."""
    if runs >= REPEAT_MAX:
        return True
    if spent < REPEAT_UNTIL:
        return False
    return best >= 1.0 or runs >= REPEAT_MIN_FAST


def run_best(argv, timeout, **kw):
    """run(), repeated per enough(); the fastest run. A failure ends it."""
    best, spent, n, errs = None, 0.0, 0, []
    while True:
        p = run(argv, timeout, **kw)
        n += 1
        spent += p.wall
        if not p.ok:
            return p
        errs.append(p.err)
        if best is None or p.wall < best.wall:
            best = p
        if enough(n, spent, best.wall):
            best.runs = n
            best.errs = errs  # every run's stderr: phase timings are taken as the best of the runs
            return best


def best_timing(p, *keys):
    """The smallest value of a --timing phase over the runs of run_best (the
    fastest process is not always the one with the fastest phase)."""
    vals = [timing_pick(parse_timing(e), *keys) for e in getattr(p, "errs", [p.err])]
    vals = [v for v in vals if v is not None]
    return min(vals) if vals else None


def parse_json_line(text):
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                pass
    return None


def parse_count(text, word):
    """'12,345 sentences' / 'sentences: 12345' / 'sentences=12345' -> 12345."""
    m = re.search(r"([\d][\d,]*)\s+" + word, text) or re.search(word + r"\s*[:=]\s*([\d][\d,]*)", text)
    return int(m.group(1).replace(",", "")) if m else None


TIME_UNITS = {"s": 1.0, "sec": 1.0, "seconds": 1.0, "ms": 1e-3, "us": 1e-6, "\u00b5s": 1e-6, "\u03bcs": 1e-6}


def parse_timing(text):
    """Phase timings a --timing flag may print on stderr: 'load 0.12 s',
    'compute 0.000456 s' (geokg since microsecond timing), 'compute: 45 ms',
    'compute 456 us', 'write=1.2s', or a JSON object of seconds (keys ending in
    _ms / _us: milli- / microseconds). -> {name: seconds}."""
    found = {}
    obj = parse_json_line(text)
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (int, float)):
                kl = k.lower()
                found[kl] = float(v) * (1e-3 if kl.endswith("_ms") else 1e-6 if kl.endswith("_us") else 1.0)
    units = r"(ms|us|\u00b5s|\u03bcs|s|sec|seconds)\b"
    for m in re.finditer(r"([A-Za-z][\w\- ]{0,30}?)\s*[:=]?\s+([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*" + units +
                         r"|([A-Za-z][\w\-]{0,30})\s*[:=]\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*" + units, text):
        name = (m.group(1) or m.group(4)).strip().lower()
        val = float(m.group(2) or m.group(5))
        unit = m.group(3) or m.group(6)
        found.setdefault(name, val * TIME_UNITS[unit])
    return found


def timing_pick(timing, *keys):
    """The first phase whose name contains one of keys (in order of keys)."""
    for k in keys:
        for name, v in timing.items():
            if k in name:
                return v
    return None


# --- geokg ------------------------------------------------------------------

class Geokg:
    def __init__(self, path):
        self.path = path
        self._help = {}

    def exists(self):
        return self.path is not None and os.access(self.path, os.X_OK)

    def help(self, cmd):
        if cmd not in self._help:
            text = None
            if self.exists():
                p = run([self.path, cmd, "--help"], 30)
                text = (p.out + p.err) if p.rc == 0 else None
            self._help[cmd] = text
        return self._help[cmd]

    def has(self, cmd):
        return self.help(cmd) is not None

    def has_opt(self, cmd, opt):
        h = self.help(cmd)
        return h is not None and re.search(r"(^|[\s,])" + re.escape(opt) + r"\b", h) is not None

    def quiet_opts(self, cmd):
        return ["--no-progress"] if self.has_opt(cmd, "--no-progress") else []

    def timing_opts(self, cmd):
        return ["--timing"] if self.has_opt(cmd, "--timing") else []


def build_geokg(cache, timeout):
    """A Release build of geokg in build-bench/ (the lead's build/ may not be
    optimized). Returns the binary or None."""
    bdir = os.path.join(REPO, "build-bench")
    logf = os.path.join(cache, "build.log")
    log(f"building geokg (Release) in {bdir} (log: {logf})")
    with open(logf, "w") as lf:
        for argv in (["cmake", "-S", REPO, "-B", bdir, "-DCMAKE_BUILD_TYPE=Release"],
                     ["cmake", "--build", bdir, "-j", str(os.cpu_count() or 2), "--target", "geokg"]):
            lf.write("$ " + " ".join(argv) + "\n")
            lf.flush()
            rc = subprocess.call(argv, stdout=lf, stderr=subprocess.STDOUT, timeout=timeout)
            if rc != 0:
                log(f"build failed (exit {rc}): see {logf}")
                return None
    exe = os.path.join(bdir, "geokg")
    if not os.access(exe, os.X_OK):
        return None
    # keep a copy: while the tree is being edited a later build may fail (and
    # a failed link deletes the binary); --no-build or a failed build use it
    good = os.path.join(cache, "geokg-last-good")
    shutil.copy2(exe, good + ".tmp")
    os.replace(good + ".tmp", good)
    with open(good + ".txt", "w") as f:
        f.write(f"built {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} from {REPO} "
                f"({cmake_build_type(exe)})\n")
    return exe


def cmake_build_type(exe):
    cache = os.path.join(os.path.dirname(exe), "CMakeCache.txt")
    try:
        for line in open(cache):
            if line.startswith("CMAKE_BUILD_TYPE:"):
                return line.split("=", 1)[1].strip() or "(none)"
    except OSError:
        pass
    return "unknown"


# --- the table ----------------------------------------------------------------

class Table:
    COLS = ["benchmark", "input", "geokg", "peer", "peer value", "ratio", "target", "met?"]

    def __init__(self):
        self.rows = []

    def add(self, bench, inp, gcell, pname="—", peer_value="—", ratio=None, target="—", met="—", **raw):
        """One row; `raw` keeps the numbers behind it (geokg=, peer=) for the JSON."""
        row = {"benchmark": bench, "input": inp, "geokg": gcell, "peer": pname, "peer value": peer_value,
               "ratio": f_ratio(ratio) if not isinstance(ratio, str) else ratio, "target": target,
               "met?": met, "raw": raw}
        self.rows.append(row)
        log(" | ".join(str(row[c]) for c in self.COLS))
        return row

    def markdown(self):
        out = ["| " + " | ".join(self.COLS) + " |", "|" + "|".join(" --- " for _ in self.COLS) + "|"]
        for r in self.rows:
            out.append("| " + " | ".join(str(r[c]).replace("|", "/") for c in self.COLS) + " |")
        return "\n".join(out)


def met(ok):
    if ok is None:
        return "—"
    return "yes" if ok else "**NO**"


# --- the corpus -------------------------------------------------------------

def list_articles(root):
    files = []
    for dp, dns, fns in os.walk(root):
        dns.sort()
        for fn in sorted(fns):
            if fn.lower().endswith((".md", ".txt")):
                files.append(os.path.join(dp, fn))
    files.sort()
    return files


def find_corpus(arg, cache):
    if arg:
        root = arg
    elif os.path.isdir(os.path.join(REPO, "..", "wh")):
        root = os.path.join(REPO, "..", "wh")
    else:
        tarball = os.path.join(REPO, "..", "shared", "corpus", "whitehouse.tar.xz")
        root = os.path.join(cache, "wh")
        marker = os.path.join(root, ".unpacked")
        if not os.path.exists(marker):
            if not os.path.exists(tarball):
                sys.exit(f"bench: no corpus: ../wh does not exist and {tarball} is missing (use --corpus DIR)")
            log(f"unpacking {tarball} into {root}")
            os.makedirs(root, exist_ok=True)
            subprocess.check_call(["tar", "-xJf", tarball, "-C", root])
            open(marker, "w").close()
    root = os.path.realpath(root)
    if not os.path.isdir(root):
        sys.exit(f"bench: corpus folder {root} does not exist")
    return root


def make_subset(files, target_bytes, dest):
    """Every k-th file (sorted order) until target_bytes: a fixed sample spread
    over the whole archive, copied under dest (reused when unchanged)."""
    sizes = [os.path.getsize(f) for f in files]
    total = sum(sizes)
    k = max(1, round(total / target_bytes))
    pick, acc = [], 0
    for i in range(0, len(files), k):
        pick.append(files[i])
        acc += sizes[i]
        if acc >= target_bytes:
            break
    common = os.path.commonpath(pick) if len(pick) > 1 else os.path.dirname(pick[0])
    sig = hashlib.sha1("\n".join(f"{f}:{os.path.getsize(f)}" for f in pick).encode()).hexdigest()
    marker = os.path.join(dest, ".manifest")
    if not (os.path.exists(marker) and open(marker).read() == sig):
        shutil.rmtree(dest, ignore_errors=True)
        for f in pick:
            rel = os.path.relpath(f, common)
            os.makedirs(os.path.dirname(os.path.join(dest, rel)), exist_ok=True)
            shutil.copyfile(f, os.path.join(dest, rel))
        open(marker, "w").write(sig)
    return dest, len(pick), acc


def warm(files):
    for f in files:
        with open(f, "rb") as fh:
            while fh.read(1 << 20):
                pass


# --- graph files --------------------------------------------------------------

def count_graphml(path):
    """(nodes, edges) of a GraphML file, by counting its <node and <edge tags."""
    with open(path, "rb") as f:
        data = f.read()
    return len(re.findall(rb"<node[\s>/]", data)), len(re.findall(rb"<edge[\s>/]", data))


def size_label(edges):
    if edges >= 1_000_000:
        return f"{edges / 1e6:g}M"
    return f"{edges // 1000}k"


# --- the benchmarks ----------------------------------------------------------

class Bench:
    def __init__(self, args, geokg, cache):
        self.a, self.g, self.cache = args, geokg, cache
        self.t = Table()
        self.raw = {}
        self.notes = []
        self.checks = []
        self.work = os.path.join(cache, "work")
        shutil.rmtree(self.work, ignore_errors=True)
        os.makedirs(self.work)
        self.ncores = os.cpu_count() or 1
        self.corpus_graph = None   # graph.graphml of `geokg run` (or build) over the corpus input
        self.triples = None        # triples.jsonl of the corpus input
        self.stats_load = {}       # graph file -> geokg stats load seconds

    # -- extraction -------------------------------------------------------
    def extraction(self, inp, nfiles, nbytes, label, full_files, full_bytes):
        g, t = self.g, self.t
        mb = nbytes / 1e6
        res = {}
        self.thread_counts = sorted({1, min(2, self.ncores), self.ncores})
        for threads in self.thread_counts:
            key = f"geokg_t{threads}"
            if not g.has("extract"):
                res[key] = None
                continue
            out = os.path.join(self.work, f"triples-t{threads}.jsonl")
            argv = [g.path, "extract", inp, "-o", out, "--threads", str(threads)] + g.quiet_opts("extract")
            log(f"geokg extract, {threads} thread(s), {label}")
            p = run_best(argv, self.a.timeout)
            r = {"wall_s": p.wall, "cpu_s": p.cpu, "maxrss_kib": p.maxrss, "ok": p.ok, "stderr": p.err[-2000:]}
            if p.ok:
                r["mb_per_cpu_s"] = mb / p.cpu if p.cpu else None
                r["sentences"] = parse_count(p.err, "sentences")
                r["triples"] = parse_count(p.err, "triples")
                if r["triples"] is None and os.path.exists(out):
                    r["triples"] = sum(1 for _ in open(out, "rb"))
                r["mbps"] = mb / p.wall
                r["sps"] = r["sentences"] / p.wall if r["sentences"] else None
                if threads == 1:
                    self.triples = out
            else:
                r["why"] = p.why()
            res[key] = r
        # compromise on the same text (or a fixed sample of it, extrapolated)
        res["compromise"] = self.compromise(inp, nbytes, label)
        self.raw["extraction"] = res

        c = res["compromise"]
        c_ok = c is not None and c.get("ok")
        c_label = ("compromise" + (f" ({c['subset']})" if c_ok and c.get("subset") else "")) if c else "compromise"

        def cell(r, field, fmt):
            if r is None:
                return MISSING
            if not r["ok"]:
                return r["why"]
            return fmt(r.get(field)) if r.get(field) is not None else "n/a (not printed by geokg)"

        t1 = res.get("geokg_t1")
        inp_label = f"{label}: {f_num(mb)} MB, {nfiles:,} files"
        # MB/s on 1 thread, against compromise
        v1 = t1["mbps"] if t1 and t1["ok"] else None
        cv = c["mbps"] if c_ok else None
        ratio = v1 / cv if v1 and cv else None
        ok = None
        if v1 is not None:
            ok = v1 >= 20 and (ratio is None or ratio >= 100)
        def with_cpu(r, text):
            x = r.get("mb_per_cpu_s") if r and r.get("ok") else None
            return text + (f" ({f_num(x)} per CPU-second)" if x else "")
        t.add("extract, 1 thread: MB/s", inp_label, with_cpu(t1, cell(t1, "mbps", f_mbps)), c_label,
              with_cpu(c, f_mbps(cv)) if c_ok else (c or {}).get("why", "n/a"), ratio,
              ">= 20 MB/s; >= 100x", met(ok), geokg=v1, peer=cv)
        s1 = t1.get("sps") if t1 and t1["ok"] else None
        cs = c["sps"] if c_ok else None
        t.add("extract, 1 thread: sentences/s", inp_label, cell(t1, "sps", lambda x: f"{f_num(x)}/s"),
              c_label, f"{f_num(cs)}/s" if cs else "n/a", s1 / cs if s1 and cs else None, "—", "—",
              geokg=s1, peer=cs)
        for n in self.thread_counts[1:]:
            tn = res.get(f"geokg_t{n}")
            vn = tn["mbps"] if tn and tn["ok"] else None
            r2 = vn / v1 if vn and v1 else None
            target = ">= 1.8x" if n == 2 else "—"
            t.add(f"extract, {n} threads: MB/s", inp_label, cell(tn, "mbps", f_mbps), "geokg, 1 thread",
                  f_mbps(v1), r2, target, met(r2 >= 1.8 if r2 and n == 2 else None), geokg=vn, peer=v1)
            sn = tn.get("sps") if tn and tn["ok"] else None
            t.add(f"extract, {n} threads: sentences/s", inp_label,
                  cell(tn, "sps", lambda x: f"{f_num(x)}/s"), "geokg, 1 thread",
                  f"{f_num(s1)}/s" if s1 else "n/a", sn / s1 if sn and s1 else None, "—", "—",
                  geokg=sn, peer=s1)
        for n in self.thread_counts:
            r = res.get(f"geokg_t{n}")
            gm = r["maxrss_kib"] if r and r["ok"] else None
            cm = c.get("maxrss_kib") if c_ok else None
            t.add(f"extract, {n} thread{'s' if n > 1 else ''}: peak memory", inp_label,
                  cell(r, "maxrss_kib", f_mem), c_label, f_mem(cm), gm / cm if gm and cm else None, "—", "—",
                  geokg=gm, peer=cm)
        if t1 and t1["ok"]:
            t.add("extract: triples", inp_label, f_int(t1.get("triples")), c_label + ": people+places+orgs",
                  f_int(c["entities"]) if c_ok else "n/a", None, "—", "—")

    def compromise(self, inp, nbytes, label):
        jsdir = os.path.join(BENCH, "js")
        if shutil.which("node") is None:
            return {"ok": False, "why": "n/a (node missing)"}
        if not os.path.isdir(os.path.join(jsdir, "node_modules", "compromise")):
            log("installing compromise (npm ci in bench/js)")
            rc = subprocess.call(["npm", "ci", "--no-audit", "--no-fund"], cwd=jsdir,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if rc != 0:
                return {"ok": False, "why": "n/a (npm ci failed)"}

        def once(target, what):
            log(f"compromise on {what}")
            p = run(["node", COMPROMISE, target], self.a.timeout)
            j = parse_json_line(p.out) if p.ok else None
            if not j:
                return {"ok": False, "why": p.why()}
            return {"ok": True, "wall_s": p.wall, "cpu_s": p.cpu, "maxrss_kib": p.maxrss, "bytes": j["bytes"],
                    "mb_per_cpu_s": j["bytes"] / 1e6 / p.cpu if p.cpu else None,
                    "files": j["files"], "sentences": j["sentences"], "inner_s": j["seconds"],
                    "mbps": j["bytes"] / 1e6 / p.wall, "sps": j["sentences"] / p.wall,
                    "entities": j["people"] + j["places"] + j["organizations"], "counts": j}

        if nbytes <= self.a.compromise_sample * 1.05:
            return once(inp, label)
        # a fixed sample first; the whole input only if it fits the budget
        sub_dir, n, b = make_subset(list_articles(inp), self.a.compromise_sample,
                                    os.path.join(self.cache, f"sample-{self.a.compromise_sample // 1000000}MB"))
        r = once(sub_dir, f"a {b / 1e6:.1f} MB sample")
        if not r["ok"]:
            return r
        est = nbytes / 1e6 / r["mbps"]
        if est <= self.a.compromise_budget:
            whole = once(inp, f"{label} (estimated {est:.0f} s)")
            if whole["ok"]:
                return whole
        r["subset"] = f"{b / 1e6:.1f} MB sample"
        r["estimated_whole_s"] = est
        self.notes.append(f"compromise ran on a fixed {b / 1e6:.1f} MB sample ({n:,} files: every k-th file in "
                          f"sorted path order) of the extraction input, its rate standing for the whole input, "
                          f"which would take it about {est:.0f} s (budget {self.a.compromise_budget:.0f} s, "
                          f"--compromise-budget).")
        return r

    # -- geokg run --------------------------------------------------------
    def pipeline(self, inp, nfiles, nbytes, label, whole):
        g, t = self.g, self.t
        inp_label = f"{label}: {f_num(nbytes / 1e6)} MB, {nfiles:,} files"
        target_note = "" if whole else " (whole corpus only)"
        if not g.has("run"):
            for what in ("wall time", "peak memory", "triples", "nodes", "edges"):
                t.add(f"geokg run: {what}", inp_label, MISSING)
            self.raw["run"] = None
        else:
            out = os.path.join(self.work, "run")
            argv = [g.path, "run", inp, "-o", out] + g.quiet_opts("run")
            log(f"geokg run, {label}")
            p = run_best(argv, self.a.timeout)
            r = {"wall_s": p.wall, "maxrss_kib": p.maxrss, "ok": p.ok, "stderr": p.err[-2000:]}
            self.raw["run"] = r
            if not p.ok:
                for what in ("wall time", "peak memory", "triples", "nodes", "edges"):
                    t.add(f"geokg run: {what}", inp_label, p.why())
            else:
                triples = None
                for fn in sorted(os.listdir(out)):
                    if fn.endswith(".jsonl"):
                        triples = sum(1 for _ in open(os.path.join(out, fn), "rb"))
                        self.triples = self.triples or os.path.join(out, fn)
                        break
                if triples is None:
                    triples = parse_count(p.err, "triples")
                gml = os.path.join(out, "graph.graphml")
                if not os.path.exists(gml):
                    cands = [f for f in os.listdir(out) if f.endswith(".graphml")]
                    gml = os.path.join(out, cands[0]) if cands else None
                nodes = edges = None
                if gml:
                    nodes, edges = count_graphml(gml)
                    self.corpus_graph = gml
                else:
                    nodes, edges = parse_count(p.err, "nodes"), parse_count(p.err, "edges")
                r.update(triples=triples, nodes=nodes, edges=edges, graphml=gml,
                         outputs=sorted(os.listdir(out)))
                gate = (lambda ok: met(ok) if whole else "— " + target_note.strip())
                t.add("geokg run: wall time", inp_label, f_secs(p.wall), target="<= 20 s" + target_note,
                      met=gate(p.wall <= 20), geokg=p.wall)
                t.add("geokg run: peak memory", inp_label, f_mem(p.maxrss), target="<= 2 GiB" + target_note,
                      met=gate(p.maxrss is not None and p.maxrss <= 2 * 1024 * 1024), geokg=p.maxrss)
                t.add("geokg run: triples / nodes / edges", inp_label,
                      f"{f_int(triples)} / {f_int(nodes)} / {f_int(edges)}",
                      outputs=r["outputs"])
        # no `run`: build the corpus graph from the extracted triples
        if self.corpus_graph is None and self.triples and g.has("build"):
            out = os.path.join(self.work, "build")
            argv = [g.path, "build", self.triples, "-o", out] + g.quiet_opts("build")
            if g.has_opt("build", "--formats"):
                argv += ["--formats", "graphml"]
            p = run(argv, self.a.timeout)
            if p.ok and os.path.exists(os.path.join(out, "graph.graphml")):
                self.corpus_graph = os.path.join(out, "graph.graphml")

    # -- GraphML ------------------------------------------------------------
    def startup(self):
        """Wall seconds of `geokg stats` on a one-node graph: process start-up,
        subtracted from whole-process read times (the peers' exclude theirs)."""
        if not hasattr(self, "_startup"):
            self._startup = 0.0
            tiny = os.path.join(self.cache, "tiny.graphml")
            with open(tiny, "w") as f:
                f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
                        '  <graph id="G" edgedefault="undirected">\n    <node id="n0"/>\n  </graph>\n</graphml>\n')
            if self.g.has("stats"):
                p = run_best([self.g.path, "stats", tiny], self.a.timeout)
                if p.ok:
                    self._startup = p.wall
            self.raw["geokg_startup_s"] = self._startup
        return self._startup

    def geokg_load(self, path):
        """How long geokg takes to read a graph file. {'s': read seconds, 'from':
        how, 'base': seconds of a whole `centrality --measure degree` run with
        full CSV output (load + snapshot + output: the baseline subtracted from
        the other measures' wall time)}; None if the commands are missing.
        The read time is the 'load' phase of --timing when the CLI prints one,
        else the fastest of `geokg stats FILE` and `geokg centrality FILE
        --measure degree --top 1` (whole processes: a lower bound on speed)."""
        if path in self.stats_load:
            return self.stats_load[path]
        g = self.g
        res = None
        cands = []
        startup = self.startup()
        if g.has("stats"):
            p = run_best([g.path, "stats", path] + g.timing_opts("stats"), self.a.timeout)
            if p.ok:
                tm = timing_pick(parse_timing(p.err + p.out), "load", "read", "pars")
                cands.append((tm, "load timing") if tm is not None else
                             (max(p.wall - startup, 1e-6), "stats wall − start-up"))
            else:
                res = {"why": p.why()}
        if g.has("centrality"):
            p = run_best([g.path, "centrality", path, "--measure", "degree", "--top", "1"] + g.timing_opts("centrality"),
                         self.a.timeout)
            if p.ok:
                tm = best_timing(p, "load", "read", "pars")
                cands.append((tm, "load timing") if tm is not None else
                             (max(p.wall - startup, 1e-6), "degree --top 1 wall − start-up"))
            out = os.path.join(self.work, "centrality-degree.csv")
            q = run_best([g.path, "centrality", path, "--measure", "degree", "--format", "csv"], self.a.timeout,
                         stdout_path=out)
            base = q.wall if q.ok else None
        else:
            base = None
        if cands:
            timed_ = [c for c in cands if c[1] == "load timing"]
            s_, how = min(timed_ or cands)
            res = {"s": s_, "from": how, "base": base}
        self.stats_load[path] = res
        return res

    def graphml(self, files):
        t = self.t
        self.raw["graphml"] = {}
        for label, path in files:
            mb = os.path.getsize(path) / 1e6
            inp = f"{label} ({f_num(mb)} MB)"
            raw = self.raw["graphml"][label] = {"bytes": os.path.getsize(path)}
            # read
            ld = self.geokg_load(path)
            gv = mb / ld["s"] if ld and "s" in ld else None
            gcell = MISSING if ld is None else (ld.get("why") or f"{f_mbps(gv)} ({ld['from']})")
            raw["geokg_read"] = ld
            for peer in ("igraph", "networkx", "graph-tool"):
                if peer == "networkx" and mb > self.a.nx_max_graphml_mb:
                    t.add("GraphML read: MB/s", inp, gcell, peer, f"skipped (> {self.a.nx_max_graphml_mb:g} MB)")
                    continue
                p = run(PEER + [peer, "read", path], self.a.timeout)
                j = parse_json_line(p.out) if p.ok else None
                pv = mb / j["load_s"] if j else None
                raw[f"{peer}_read"] = j
                ratio = gv / pv if gv and pv else None
                target = ">= 3x" if peer == "igraph" else "—"
                t.add("GraphML read: MB/s", inp, gcell, peer, f_mbps(pv) if j else p.why(), ratio, target,
                      met(ratio >= 3 if ratio and peer == "igraph" else None), geokg=gv, peer=pv)
            # write
            gw, gw_cell = self.geokg_write(label, path)
            raw["geokg_write"] = gw
            for peer in ("igraph", "networkx", "graph-tool"):
                if peer == "networkx" and mb > self.a.nx_max_graphml_mb:
                    t.add("GraphML write: MB/s", inp, gw_cell, peer, f"skipped (> {self.a.nx_max_graphml_mb:g} MB)")
                    continue
                out = os.path.join(self.work, f"write-{peer}.graphml")
                p = run(PEER + [peer, "write", path, out], self.a.timeout)
                j = parse_json_line(p.out) if p.ok else None
                pv = j["out_bytes"] / 1e6 / j["write_s"] if j else None
                raw[f"{peer}_write"] = j
                if os.path.exists(out):
                    os.unlink(out)
                gmbps = gw["mbps"] if gw and gw.get("mbps") else None
                t.add("GraphML write: MB/s", inp, gw_cell, peer, f_mbps(pv) if j else p.why(),
                      gmbps / pv if gmbps and pv else None, "—", "—", geokg=gmbps, peer=pv)

    def geokg_write(self, label, path):
        """geokg writing GraphML: `geokg centrality FILE --measure degree --top 1
        --annotate OUT.graphml` (reads FILE, writes it back as GraphML) minus
        the same run without --annotate; the write phase of --timing instead
        when the CLI prints one."""
        g = self.g
        if not g.has("centrality") or not g.has_opt("centrality", "--annotate"):
            return None, MISSING
        out = os.path.join(self.work, "write-geokg.graphml")
        base = [g.path, "centrality", path, "--measure", "degree", "--top", "1"]
        p = run_best(base + ["--annotate", out] + g.timing_opts("centrality"), self.a.timeout)
        if not p.ok or not os.path.exists(out):
            why = p.why() if not p.ok else "failed (no GraphML written)"
            return {"why": why}, why
        nbytes = os.path.getsize(out)
        os.unlink(out)
        tm = best_timing(p, "graphml", "writ", "annotat", "export")
        if tm is not None:
            secs, how = tm, "write timing"
        else:
            q = run_best(base, self.a.timeout)
            if not q.ok:
                return {"why": q.why()}, q.why()
            secs, how = p.wall - q.wall, "--annotate wall − without"
            if secs < max(0.003, 0.05 * q.wall):
                why = (f"n/a (write within the noise: {f_secs(p.wall)} with --annotate, {f_secs(q.wall)} "
                       f"without; needs --timing)")
                return {"why": why, "bytes": nbytes}, why
        r = {"s": secs, "bytes": nbytes, "mbps": nbytes / 1e6 / secs, "how": how, "wall": p.wall}
        return r, f"{f_mbps(r['mbps'])} ({how})"

    # -- centrality -------------------------------------------------------
    def centrality(self, graphs):
        t = self.t
        self.raw["centrality"] = {}
        for label, path, n, m in graphs:
            inp = f"{label} (n={n:,}, m={m:,})"
            # the corpus graph is the real workload: all-pairs measures up to 4x the synthetic limit
            allpairs_limit = self.a.max_allpairs_edges * (4 if path == self.corpus_graph else 1)
            raw = self.raw["centrality"][label] = {"n": n, "m": m, "file": path}
            ld = self.geokg_load(path)
            raw["geokg_load"] = ld
            t.add("graph load (geokg)", inp, MISSING if ld is None else
                  (ld.get("why") or f"{f_secs(ld['s'])} ({ld['from']}); degree run {f_secs(ld.get('base'))}"),
                  geokg=ld and ld.get("s"))
            for meas in MEASURES:
                skip_all = meas in ALL_PAIRS and m > allpairs_limit * 1.01
                gres = self.geokg_centrality(path, meas, ld) if not skip_all else None
                raw[f"geokg_{meas}"] = gres
                if skip_all:
                    gcell = f"skipped (all-pairs on > {f_int(allpairs_limit)} edges; --max-allpairs-edges)"
                elif gres is None:
                    gcell = MISSING
                elif "why" in gres:
                    gcell = gres["why"]
                else:
                    gcell = f"{f_secs(gres['compute'])} ({gres['how']}; wall {f_secs(gres['wall'])})"
                if skip_all:
                    t.add(f"centrality: {meas}", inp, gcell, "all peers", "skipped")
                    continue
                ref_values = None
                for peer in PEERS:
                    if peer == "networkx":
                        limit = self.a.nx_max_edges_allpairs if meas in ALL_PAIRS else self.a.nx_max_edges
                        if m > limit * 1.01:
                            continue  # NetworkX is pure Python: hours on large graphs (see the notes)
                    target = "—"
                    if meas in ("betweenness", "pagerank"):
                        target = {"graph-tool": "<= 0.5x", "igraph": "< 1x"}.get(peer, "—")
                    vals = os.path.join(self.work, f"values-{peer}.json")
                    want_values = bool(gres and gres.get("csv")) and peer in ("igraph", "networkx")
                    argv = PEER + [peer, "centrality", path, meas] + (["--values", vals] if want_values else [])
                    p = run(argv, self.a.timeout)
                    j = parse_json_line(p.out) if p.ok else None
                    raw[f"{peer}_{meas}"] = j if j else {"why": p.why()}
                    if j and want_values:
                        ref_values = (peer, vals) if (ref_values is None or peer == "networkx") else ref_values
                    gs = gres["compute"] if gres and "compute" in gres else None
                    ps = j["compute_s"] if j else None
                    ratio = gs / ps if gs is not None and ps else None
                    ok = None
                    if ratio is not None and target != "—":
                        ok = ratio <= 0.5 if peer == "graph-tool" else ratio < 1
                    t.add(f"centrality: {meas}", inp, gcell, peer, f_secs(ps) if j else p.why(), ratio, target,
                          met(ok), geokg=gs, peer=ps)
                if gres and gres.get("csv") and ref_values:
                    self.check_values(label, meas, gres["csv"], ref_values)

    def geokg_centrality(self, path, meas, ld):
        g = self.g
        if not g.has("centrality"):
            return None
        out = os.path.join(self.work, f"centrality-{meas}.csv")
        argv = [g.path, "centrality", path, "--measure", meas, "--format", "csv"] + g.timing_opts("centrality")
        log(f"geokg centrality {meas} {os.path.basename(path)}")
        p = run_best(argv, self.a.timeout, stdout_path=out)
        if not p.ok:
            return {"why": p.why(), "wall": p.wall}
        tm = best_timing(p, "comput", meas, "measure", "centrality")
        if tm is not None and tm <= 0:  # an older geokg printing milliseconds: 0.000 s
            return {"why": f"n/a (compute below --timing's resolution: printed 0; wall {f_secs(p.wall)})",
                    "wall": p.wall, "csv": out}
        if tm is not None:
            compute, how = tm, "compute timing"
        elif ld and ld.get("base") is not None:
            compute, how = p.wall - ld["base"], "wall − degree run"
            if compute < max(0.003, 0.05 * ld["base"]):  # below what two process timings can resolve
                return {"why": f"n/a (compute within the load's noise: wall {f_secs(p.wall)}, degree run "
                               f"{f_secs(ld['base'])}; needs --timing)", "wall": p.wall, "csv": out}
        else:
            compute, how = p.wall, "wall"
        return {"compute": compute, "how": how, "wall": p.wall, "maxrss_kib": p.maxrss, "csv": out}

    def check_values(self, label, meas, csv_path, ref):
        """Spearman correlation of geokg's values with the reference peer's, on the same vertex ids."""
        peer, vals = ref
        try:
            from scipy.stats import spearmanr
            refv = json.load(open(vals))
            with open(csv_path, newline="") as f:
                rows = list(csv.reader(f))
            if len(rows) < 2:
                raise ValueError("empty CSV")
            head = [h.strip().lower() for h in rows[0]]
            id_col = next((i for i, h in enumerate(head) if h in ("id", "node", "vertex", "name", "key")), 0)
            val_col = next((i for i, h in enumerate(head) if h in (meas, "value", "score", "centrality")),
                           len(head) - 1)
            ours = {}
            for r in rows[1:]:
                try:
                    ours[r[id_col]] = float(r[val_col])
                except (ValueError, IndexError):
                    pass
            common = sorted(set(ours) & set(refv))
            if len(common) < 0.5 * max(len(refv), 1):
                self.checks.append((label, meas, peer, f"not checked: {len(common)} of {len(refv)} ids match"))
                return
            x = [ours[k] for k in common]
            y = [refv[k] for k in common]
            rho = spearmanr(x, y).correlation
            mx, my = max(map(abs, x)) or 1.0, max(map(abs, y)) or 1.0
            diff = max(abs(a / mx - b / my) for a, b in zip(x, y))
            self.checks.append((label, meas, peer, f"max |difference| {diff:.1e} with both scaled to a maximum "
                                                   f"of 1; Spearman ρ {rho:.6f}; {len(common):,} vertices"))
        except Exception as e:  # a check, never a reason to stop the benchmark
            self.checks.append((label, meas, peer, f"not checked: {e}"))


# --- machine description -------------------------------------------------------

def machine(geokg_path):
    info = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info["cores"] = os.cpu_count()
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                info["ram"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    try:
        for line in open("/etc/os-release"):
            if line.startswith("PRETTY_NAME="):
                info["os"] = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    info["kernel"] = platform.release()

    def cmd(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""
    info["g++"] = cmd(["g++", "-dumpfullversion"])
    info["node"] = cmd(["node", "--version"])
    rev = cmd(["git", "-C", REPO, "rev-parse", "--short", "HEAD"])
    dirty = cmd(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"])
    info["geokg commit"] = rev + (" (+ uncommitted changes)" if dirty else "")
    if geokg_path:
        kind = cmake_build_type(geokg_path)
        if os.path.exists(geokg_path + ".txt"):
            kind = open(geokg_path + ".txt").read().strip()
        info["geokg binary"] = f"{geokg_path} ({kind})"
    vers = cmd([PY, "-c", "import igraph, networkx, graph_tool; "
                "print(igraph.__version__, networkx.__version__, graph_tool.__version__.split()[0])"])
    if vers:
        ig, nx, gt = vers.split()[:3]
        info["peers"] = f"python-igraph {ig}, NetworkX {nx}, graph-tool {gt}"
    try:
        lock = json.load(open(os.path.join(BENCH, "js", "package-lock.json")))
        info["peers"] = info.get("peers", "") + f", compromise {lock['packages']['node_modules/compromise']['version']}"
    except (OSError, KeyError, ValueError):
        pass
    info["threads"] = ("geokg: all cores (its default); graph-tool: OpenMP, all cores; igraph: PageRank "
                       "with OpenMP, the rest on one; NetworkX, compromise: one")
    return info


# --- main ---------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(prog="bench/run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="small inputs: a 10 MB corpus sample, graphs up to 100k edges (all-pairs measures "
                         "and NetworkX on 10k only)")
    ap.add_argument("--corpus", help="folder of articles (default: ../wh, else ../shared/corpus/whitehouse.tar.xz "
                                     "unpacked into the cache)")
    ap.add_argument("--geokg", help="the geokg binary (default: a Release build in build-bench/)")
    ap.add_argument("--no-build", action="store_true", help="do not build; use build-bench/geokg or build/geokg")
    ap.add_argument("--cache", default=os.environ.get("GEOKG_BENCH_CACHE",
                                                      os.path.join(tempfile.gettempdir(), "geokg-bench")),
                    help="generated graphs, corpus samples and outputs (outside the repository); "
                         "default $GEOKG_BENCH_CACHE or /tmp/geokg-bench")
    ap.add_argument("--only", default="extract,run,graphml,centrality",
                    help="comma-separated groups to run (extract, run, graphml, centrality)")
    ap.add_argument("--timeout", type=float, help="seconds per process (default 900, --quick 300)")
    ap.add_argument("--sizes", help="synthetic graph sizes in edges, comma-separated "
                                    "(default 10000,100000,1000000; --quick 10000,100000)")
    ap.add_argument("--max-allpairs-edges", type=int, default=None,
                    help="largest graph for betweenness/closeness/harmonic (O(nm): minutes per tool at "
                         "100k edges, hours at 1M; default 10000 with --quick, 100000 otherwise)")
    ap.add_argument("--compromise-sample", type=float, default=10e6,
                    help="bytes of the fixed sample compromise runs on first (default 10e6)")
    ap.add_argument("--compromise-budget", type=float, default=600,
                    help="run compromise on the whole input if the sample predicts at most this many seconds")
    ap.add_argument("--update-readme", action="store_true", help="put the table into bench/README.md")
    a = ap.parse_args()
    a.compromise_sample = int(a.compromise_sample)
    a.timeout = a.timeout or (300 if a.quick else 900)
    sizes = [int(x) for x in (a.sizes or ("10000,100000" if a.quick else "10000,100000,1000000")).split(",")]
    if a.max_allpairs_edges is None:
        a.max_allpairs_edges = 10_000 if a.quick else 100_000
    a.nx_max_edges = 10_000 if a.quick else 100_000          # pagerank, eigenvector
    a.nx_max_edges_allpairs = 10_000                          # betweenness, closeness, harmonic
    a.nx_max_graphml_mb = 10 if a.quick else 100
    only = set(a.only.split(","))

    cache = os.path.realpath(a.cache)
    if cache == REPO or cache.startswith(REPO + os.sep):
        sys.exit("bench: --cache must be outside the repository")
    os.makedirs(cache, exist_ok=True)
    if GNU_TIME is None:
        log("warning: /usr/bin/time missing (apt-get install time): no peak memory figures")

    exe = a.geokg
    if exe is None and not a.no_build:
        exe = build_geokg(cache, 3600)
    if exe is None:
        for cand in (os.path.join(REPO, "build-bench", "geokg"), os.path.join(cache, "geokg-last-good"),
                     os.path.join(REPO, "build", "geokg")):
            if os.access(cand, os.X_OK):
                exe = cand
                log(f"using {cand}")
                break
    if exe is None:
        log("no geokg binary: every geokg figure will be n/a")
    g = Geokg(exe)
    b = Bench(a, g, cache)
    mode = "quick" if a.quick else "full"
    started = time.time()
    load_start = " ".join(f"{x:.2f}" for x in os.getloadavg())
    if os.getloadavg()[0] > 0.5 * (os.cpu_count() or 1):
        b.notes.append(f"The machine was busy when the run started (load average {load_start} on "
                       f"{os.cpu_count()} cores): other processes share the cores, and parallel code "
                       f"(geokg's threads, graph-tool's and igraph's OpenMP) suffers most. Compare runs "
                       f"made on an idle machine.")
        log(f"warning: load average {load_start} on {os.cpu_count()} cores: the figures will be noisy")

    root = find_corpus(a.corpus, cache)
    files = list_articles(root)
    if not files:
        sys.exit(f"bench: no .md/.txt articles under {root}")
    total = sum(os.path.getsize(f) for f in files)
    if a.quick:
        inp, nfiles, nbytes = make_subset(files, 10_000_000, os.path.join(cache, "sample-10MB"))
        label = "corpus sample"
        whole = False
        b.notes.append(f"corpus sample (--quick): every {max(1, round(total / 10e6))}th file of the corpus in "
                       f"sorted path order, {nfiles:,} files, {nbytes / 1e6:.2f} MB, copied to {inp}.")
    else:
        inp, nfiles, nbytes, label, whole = root, len(files), total, "whole corpus", True
    log(f"corpus: {root} ({len(files):,} files, {total / 1e6:.1f} MB); measuring on {label}")
    warm(list_articles(inp))

    if "extract" in only:
        b.extraction(inp, nfiles, nbytes, label, len(files), total)
    if "run" in only or "graphml" in only or "centrality" in only:
        b.pipeline(inp, nfiles, nbytes, label, whole)

    graphs = []
    if "graphml" in only or "centrality" in only:
        gdir = os.path.join(cache, "graphs")
        os.makedirs(gdir, exist_ok=True)
        for size in sizes:
            for kind in ("ba", "er"):
                path = os.path.join(gdir, f"{kind}-{size}.graphml")
                meta = path + ".json"
                if not (os.path.exists(path) and os.path.exists(meta)):
                    log(f"generating {kind} graph with {size:,} edges")
                    subprocess.check_call(GEN + [kind, str(size), path], stdout=open(meta, "w"))
                j = json.load(open(meta))
                name = {"ba": "Barabasi-Albert", "er": "Erdos-Renyi G(n,m)"}[kind]
                graphs.append((f"{name} {size_label(size)}", path, j["n"], j["m"]))
        if b.corpus_graph:
            n, m = count_graphml(b.corpus_graph)
            graphs.append((f"corpus graph ({label.replace('corpus ', '')})", b.corpus_graph, n, m))

    if "graphml" in only:
        gfiles = []
        if b.corpus_graph:
            gfiles.append((f"corpus graph ({label.replace('corpus ', '')})", b.corpus_graph))
        big = max((x for x in graphs if x[0].startswith("Barabasi")), key=lambda x: x[3], default=None)
        if big:
            gfiles.append((big[0], big[1]))
        b.graphml(gfiles)
    if "centrality" in only:
        b.centrality(graphs)

    info = machine(exe)
    info["mode"] = mode + f" (per-process timeout {a.timeout:.0f} s)"
    info["corpus"] = f"{root}: {len(files):,} files, {total / 1e6:.1f} MB"
    info["benchmark wall time"] = f_secs(time.time() - started)
    info["load average at start"] = load_start
    info["load average at end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    md = ["# geokg benchmarks: latest run", ""]
    md += [f"- {k}: {v}" for k, v in info.items()]
    md += ["", b.t.markdown(), ""]
    md += ["Ratios are geokg / peer of the figure shown: above 1x geokg is faster for MB/s and "
           "sentences/s, below 1x geokg is faster for times. Peers' times are their library call alone "
           "(not Python start-up, not loading the file). geokg's read and write times are its --timing "
           "phases when the CLI prints them, else differences of whole-process wall times (read: `geokg "
           "stats FILE` minus start-up on a one-node graph; write: `centrality --measure degree --top 1 "
           "--annotate OUT` minus the same without --annotate); its centrality time is likewise the "
           "compute phase, else the wall time minus a `--measure degree` run on the same file. Times under "
           "1 s are the best of 3 to 7 runs (2 s in all), slower ones of the runs made in 2 s."]
    b.notes.append(f"Skipped: betweenness, closeness and harmonic (one traversal per vertex, O(nm)) on synthetic "
                   f"graphs above {f_int(a.max_allpairs_edges)} edges (--max-allpairs-edges); NetworkX above "
                   f"{f_int(a.nx_max_edges_allpairs)} edges for those and above {f_int(a.nx_max_edges)} edges "
                   f"for pagerank/eigenvector (pure Python); a failed or timed-out run shows its reason.")
    if b.notes:
        md += [""] + [f"- {n}" for n in b.notes]
    if b.checks:
        md += ["", "Value checks: geokg's CSV against the peer's values on the same vertex ids (NetworkX, "
               "whose definitions geokg follows, else igraph). Scaling removes normalization conventions; "
               "rank correlation is low where many values tie near zero, so read the difference first:", ""]
        md += [f"- {lab}, {meas} vs {peer}: {res}" for lab, meas, peer, res in b.checks]
    text = "\n".join(md) + "\n"
    print(text)
    rdir = os.path.join(BENCH, "results")
    os.makedirs(rdir, exist_ok=True)
    with open(os.path.join(rdir, "latest.md"), "w") as f:
        f.write(text)
    with open(os.path.join(rdir, "latest.json"), "w") as f:
        json.dump({"machine": info, "rows": b.t.rows, "raw": b.raw, "notes": b.notes,
                   "checks": b.checks}, f, indent=1, default=str)
    log(f"wrote {os.path.join(rdir, 'latest.md')} and latest.json")
    if a.update_readme:
        readme = os.path.join(BENCH, "README.md")
        s = open(readme).read()
        begin, end = "<!-- latest:begin -->", "<!-- latest:end -->"
        if begin in s and end in s:
            body = "\n".join(md[2:])
            s = s[:s.index(begin) + len(begin)] + "\n" + body + "\n" + s[s.index(end):]
            open(readme, "w").write(s)
            log("updated bench/README.md")


if __name__ == "__main__":
    main()
