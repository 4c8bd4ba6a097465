// Spectral measures: eigenvector, PageRank, Katz, HITS. Power iterations that
// mirror NetworkX's (same start vector, update and normalization), run to a
// tighter tolerance so the result is the measure's limit, not an early stop.
#include <cmath>
#include <fmt/format.h>
#include <numeric>
#include <algorithm>
#include <barrier>
#include <thread>
#include <exception>
#include <memory>

#include "geokg/analysis.hpp"
#include "team.hpp"

namespace geokg::analysis {
namespace {

double l1_diff(const std::vector<double>& a, const std::vector<double>& b) {
    double e = 0;
    for (std::size_t i = 0; i < a.size(); ++i) e += std::fabs(a[i] - b[i]);
    return e;
}

[[noreturn]] void no_convergence(std::string_view what, std::size_t iters) {
    throw AnalysisError(fmt::format(
        "{} did not converge in {} iterations (NetworkX raises PowerIterationFailedConvergence here too); "
        "try --max-iter, or for katz a smaller --alpha", what, iters));
}

// y[target] += x[source] * A(source, target), A with parallel edges summed.
void push_out(const Snapshot& s, const std::vector<double>& x, std::vector<double>& y) {
    for (std::size_t v = 0; v < s.n; ++v) {
        double xv = x[v];
        if (xv == 0) continue;
        for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a) y[s.nbr[a]] += xv * s.wsum[a];
    }
}

}  // namespace

namespace {

unsigned team_size(unsigned requested, const Snapshot& s) {
    if (requested) return requested;
    // Barriers cost a few microseconds per iteration: not worth it on small graphs.
    if (s.n + s.nbr.size() < 50000) return 1;
    return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

namespace {

// The in-arcs the iterations pull over. Small graphs use the snapshot's arrays
// as they are. Larger ones, whose values outgrow the core's cache, get a copy
// with the vertices relabelled by decreasing number of in-arcs (ties by id):
// the busiest vertices' values share cache lines (about 15 % faster at 1M
// edges), and consecutive rows have about the same length, so row_sum's
// branches are predicted from the first pass on. Below kRelabelFrom the copy
// costs about what it saves: on a 10k-edge graph in a fresh process the branch
// predictor learns the rows' lengths over the first five passes or so (the
// first 4x slower than a trained one, about 60 us in all), and the copy with
// its page faults costs as much (measured). Each row keeps its arcs' order, so
// the sums are the same either way.
struct InCsr {
    const std::size_t* off = nullptr;
    const std::uint32_t* src = nullptr;
    const double* w = nullptr;  // null: every arc weighs 1
    std::vector<std::uint32_t> old_of;  // relabelled vertex -> snapshot vertex; empty: the same
    std::unique_ptr<std::size_t[]> off_copy;
    std::unique_ptr<std::uint32_t[]> src_copy;
    std::unique_ptr<double[]> w_copy;

    std::size_t old(std::size_t i) const { return old_of.empty() ? i : old_of[i]; }
};

constexpr std::size_t kPagerankTeamFrom = 50000;  // arcs + vertices; see pagerank_team

constexpr std::size_t kRelabelFrom = std::size_t{1} << 15;  // vertices: 256 KB of values per vector

// new_of: room for n entries (the relabelling's inverse, needed only here), or null.
InCsr in_csr(const Snapshot& s, bool unit, bool relabel, std::uint32_t* new_of = nullptr) {
    InCsr c;
    const std::size_t n = s.n;
    const std::size_t* off = s.directed ? s.in_off.data() : s.off.data();
    const std::uint32_t* nbr = s.directed ? s.in_nbr.data() : s.nbr.data();
    const double* sum = s.directed ? s.in_wsum.data() : s.wsum.data();
    if (!relabel || n == 0) {
        c.off = off;
        c.src = nbr;
        c.w = unit ? nullptr : sum;
        return c;
    }
    const std::size_t arcs = off[n];
    std::size_t top = 0;
    for (std::size_t v = 0; v < n; ++v) top = std::max(top, off[v + 1] - off[v]);
    std::vector<std::uint32_t> first(top + 2, 0), own;
    if (!new_of) {
        own.resize(n);
        new_of = own.data();
    }
    for (std::size_t v = 0; v < n; ++v) ++first[top - (off[v + 1] - off[v]) + 1];
    for (std::size_t d = 1; d < first.size(); ++d) first[d] += first[d - 1];
    c.old_of.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        const std::uint32_t i = first[top - (off[v + 1] - off[v])]++;
        new_of[v] = i;
        c.old_of[i] = static_cast<std::uint32_t>(v);
    }
    c.off_copy.reset(new std::size_t[n + 1]);
    c.src_copy.reset(new std::uint32_t[arcs]);
    std::size_t* o = c.off_copy.get();
    std::uint32_t* d = c.src_copy.get();
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {  // rows by decreasing length: the loop exits are predicted
        o[i] = k;
        for (std::size_t a = off[c.old_of[i]], e = off[c.old_of[i] + 1]; a < e; ++a) d[k++] = new_of[nbr[a]];
    }
    o[n] = k;
    if (!unit) {
        c.w_copy.reset(new double[arcs]);
        double* wd = c.w_copy.get();
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t a = off[c.old_of[i]];
            std::copy(sum + a, sum + off[c.old_of[i] + 1], wd + o[i]);
        }
    }
    c.off = o;
    c.src = d;
    c.w = unit ? nullptr : c.w_copy.get();
    return c;
}

// Sum of x[src[a]] (times w[a]) over a row: short rows in one or two partial
// sums, longer ones in four interleaved (the order depends on the row alone,
// not on the thread count). Splitting by length pays on sparse graphs, where
// most rows are short: about 20 % fewer cycles on the corpus graph.
template <bool Weighted>
inline double row_sum(const std::uint32_t* src, const double* w, const double* x, std::size_t a, std::size_t e) {
    auto term = [&](std::size_t k) { return Weighted ? x[src[k]] * w[k] : x[src[k]]; };
    if (e - a < 4) {
        double a0 = 0;
        for (; a < e; ++a) a0 += term(a);
        return a0;
    }
    if (e - a < 8) {
        double a0 = 0, a1 = 0;
        for (; a + 2 <= e; a += 2) {
            a0 += term(a);
            a1 += term(a + 1);
        }
        if (a < e) a0 += term(a);
        return a0 + a1;
    }
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    for (; a + 4 <= e; a += 4) {
        a0 += term(a);
        a1 += term(a + 1);
        a2 += term(a + 2);
        a3 += term(a + 3);
    }
    if (a < e) a0 += term(a);
    if (a + 1 < e) a1 += term(a + 1);
    if (a + 2 < e) a2 += term(a + 2);
    return (a0 + a1) + (a2 + a3);
}

// Vertex ranges of T threads with about the same number of in-arcs + vertices each.
std::vector<std::size_t> balanced_ranges(const InCsr& c, std::size_t n, unsigned T) {
    std::vector<std::size_t> cut(T + 1, n);
    cut[0] = 0;
    const double total = static_cast<double>(c.off[n]) + static_cast<double>(n);
    std::size_t v = 0;
    for (unsigned t = 1; t < T; ++t) {
        const double goal = total * t / T;
        while (v < n && static_cast<double>(c.off[v]) + static_cast<double>(v) < goal) ++v;
        cut[t] = v;
    }
    return cut;
}

// A thread's share of an iteration's sums: the L1 change, and the dangling
// rank (pagerank) or the squared norm (eigenvector).
struct alignas(64) Part {
    double err = 0, sum = 0;
};

// True when every arc's summed weight is 1 (the out-arcs hold the same merged
// arcs as the in-arcs). Unweighted: when no arc merges parallel edges.
bool unit_arcs(const Snapshot& s) {
    if (!s.weighted && s.mult.size() == s.nbr.size() && s.arc_edges.size() == s.nbr.size()) return true;
    for (double w : s.wsum)
        if (w != 1.0) return false;
    return true;
}

// One iteration of eigenvector centrality on the vertices [lo, hi): y' = (A + I) y
// scaled by `scale` (1 / ||y||), and the L1 change of the previous iteration,
// sum |y[v] * scale - y''[v] * prev_scale| (y'' is what y' overwrites).
template <bool Weighted>
void eigen_pass(const InCsr& c, std::size_t lo, std::size_t hi, const double* y, double* out, double scale,
                double prev_scale, double& sq, double& err) {
    const std::size_t* off = c.off;
    const std::uint32_t* src = c.src;
    const double* w = c.w;
    double s2 = 0, e1 = 0;
    for (std::size_t v = lo; v < hi; ++v) {
        const double acc = (y[v] + row_sum<Weighted>(src, w, y, off[v], off[v + 1])) * scale;
        e1 += std::fabs(y[v] * scale - out[v] * prev_scale);
        out[v] = acc;
        s2 += acc * acc;
    }
    sq = s2;
    err = e1;
}

}  // namespace

// NetworkX's iteration x' = (A + I) x / ||(A + I) x||, pull-based (over in-arcs),
// the vertices split in blocks over threads; every reduction sums per-thread
// parts in thread order. The vectors are kept unnormalized (y, with x = y / ||y||)
// so that one pass per iteration computes the next y, its norm and the change
// of the previous iteration: convergence is seen one pass late, and the answer
// is the previous vector.
std::vector<double> eigenvector(const Snapshot& s, double tol, std::size_t max_iter, unsigned threads) {
    const std::size_t n = s.n;
    if (n == 0) throw AnalysisError("eigenvector centrality is not defined for the null graph");
    const InCsr c = in_csr(s, unit_arcs(s), s.n >= kRelabelFrom);
    const unsigned T = team_size(threads, s);
    const auto cut = balanced_ranges(c, n, T);
    // y0 = 1/n everywhere (scale 1); the "previous" vector of pass 0 is y0 too (change 0, unused)
    std::vector<double> y(n, 1.0 / static_cast<double>(n)), other(n, 1.0 / static_cast<double>(n));
    std::vector<Part> parts(2 * static_cast<std::size_t>(T));
    std::barrier sync(static_cast<std::ptrdiff_t>(T));
    bool converged = false;
    const double* result = nullptr;
    double result_scale = 1;
    const double limit = static_cast<double>(n) * tol;
    detail::run_team(T, [&](unsigned t) {
        const std::size_t lo = cut[t], hi = cut[t + 1];
        double* cur = y.data();
        double* nxt = other.data();
        double scale = 1, prev_scale = 1;
        // pass `it` makes y_{it+1} (x_{it+1} = y_{it+1} / ||y_{it+1}||) and the change x_it - x_{it-1}
        for (std::size_t it = 0; it <= max_iter; ++it) {
            Part* mine = &parts[(it & 1) * T];
            if (!c.w)
                eigen_pass<false>(c, lo, hi, cur, nxt, scale, prev_scale, mine[t].sum, mine[t].err);
            else
                eigen_pass<true>(c, lo, hi, cur, nxt, scale, prev_scale, mine[t].sum, mine[t].err);
            sync.arrive_and_wait();
            double sq = 0, err = 0;
            for (unsigned k = 0; k < T; ++k) {
                sq += mine[k].sum;
                err += mine[k].err;
            }
            if (it > 0 && err < limit) {  // x_it = cur * scale has converged
                if (t == 0) {
                    converged = true;
                    result = cur;
                    result_scale = scale;
                }
                return;
            }
            if (it == max_iter) return;
            const double norm = std::sqrt(sq);
            prev_scale = scale;
            scale = norm == 0 ? 1.0 : 1.0 / norm;
            std::swap(cur, nxt);
        }
    });
    if (!converged) no_convergence("eigenvector centrality", max_iter);
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i) x[c.old(i)] = result[i] * result_scale;
    return x;
}

namespace {

// One PageRank pass over the blocks [b_lo, b_hi) of vertices (relabelled), see
// pagerank(): block b's vertices are cut[b] to cut[b + 1], its dangling ones
// dangling[dcut[b]] to dangling[dcut[b + 1]], its sums go to parts[b]. The L1
// change is summed in four parts (every fourth vertex), so that its additions
// do not chain the vertices one after the other (on short rows that chain was
// a sixth of a pass).
template <bool Weighted, bool Personal>
void pagerank_pass(const InCsr& c, const std::size_t* cut, unsigned b_lo, unsigned b_hi, const std::uint32_t* dangling,
                   const std::size_t* dcut, const double* sh, double* x, double* nsh, const double* inv,
                   const double* pk, double alpha, double base, Part* parts) {
    const std::size_t* off = c.off;
    const std::uint32_t* src = c.src;
    const double* w = c.w;
    auto step = [&](std::size_t v) {
        const double sum = row_sum<Weighted>(src, w, sh, off[v], off[v + 1]);
        const double val = Personal ? alpha * sum + base * pk[v] : alpha * sum + base;
        const double d = std::fabs(val - x[v]);
        x[v] = val;
        nsh[v] = val * inv[v];
        return d;
    };
    for (unsigned b = b_lo; b < b_hi; ++b) {
        const std::size_t hi = cut[b + 1];
        double e0 = 0, e1 = 0, e2 = 0, e3 = 0;
        std::size_t v = cut[b];
        for (; v + 4 <= hi; v += 4) {
            e0 += step(v);
            e1 += step(v + 1);
            e2 += step(v + 2);
            e3 += step(v + 3);
        }
        for (; v < hi; ++v) e0 += step(v);
        double dang = 0;
        for (std::size_t d = dcut[b]; d < dcut[b + 1]; ++d) dang += x[dangling[d]];
        parts[b].err = (e0 + e1) + (e2 + e3);
        parts[b].sum = dang;
    }
}

// Blocks of vertices whose sums are reduced in block order: their number does
// not depend on the thread count, so neither does the result. (8: the per-block
// calls cost nothing measurable; 64 made a 10k-edge graph 20 % slower.)
constexpr unsigned kPagerankBlocks = 8;

// Threads for PageRank: a pass costs about a nanosecond per arc on one core.
// A second thread costs its start, over 100 microseconds in a fresh process
// on a virtual machine (measured: 2 threads 360 us, 1 thread 225 us on 22,000
// arcs + vertices; 2.4 ms against 4.2 ms on 220,000), then a spinning barrier
// per pass: it pays from a few 10,000 arcs + vertices.
unsigned pagerank_team(unsigned requested, const Snapshot& s) {
    if (requested) return requested;
    if (s.n + s.nbr.size() < kPagerankTeamFrom) return 1;
    // (asked only now: hardware_concurrency reads a file, tens of microseconds)
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    return hw;
}

}  // namespace

// One pass per iteration over the in-arcs, pulling share[u] = x[u] / out-strength(u):
// x'[v] = alpha (sum share[u] A(u, v) + dangling p[v]) + (1 - alpha) p[v], as
// NetworkX's pagerank (dangling mass spread as the personalization), computed
// as alpha sum + (alpha dangling + 1 - alpha) p[v]. The same pass computes the
// next shares, the next dangling mass and the L1 change, so threads meet once
// per iteration. x is updated in place (a vertex's value is read by its own
// thread only); the shares are double-buffered. The L1 change and the dangling
// mass are summed per block of vertices, the blocks in order: the same result
// on every run and for every thread count. The threads start first, so that
// their start overlaps the set-up.
std::vector<double> pagerank(const Snapshot& s, double alpha, const std::vector<std::uint32_t>& personal,
                             double tol, std::size_t max_iter, unsigned threads) {
    const std::size_t n = s.n;
    if (n == 0) return {};
    detail::EarlyTeam team(pagerank_team(threads, s));
    const unsigned T = team.size();
    const double un = 1.0 / static_cast<double>(n);
    const bool unit = unit_arcs(s);
    // x (returned as it is unless relabelled); the shares (double-buffered) and 1 / out-strength in one
    // allocation, not zero-filled
    std::vector<double> xs(n, un);
    std::unique_ptr<double[]> mem(new double[3 * n]);
    double* const x = xs.data();
    double* const share = mem.get();
    double* const nshare = share + n;
    double* const inv = nshare + n;
    // relabelled from kRelabelFrom vertices (see InCsr); nshare is the copy's scratch until the passes
    const InCsr c = in_csr(s, unit, n >= kRelabelFrom, reinterpret_cast<std::uint32_t*>(nshare));
    std::vector<double> p;  // relabelled; empty: uniform
    if (!personal.empty()) {
        std::vector<double> q(n, 0.0);
        for (auto v : personal) q[v] += 1.0;
        double sum = std::accumulate(q.begin(), q.end(), 0.0);
        p.resize(n);
        for (std::size_t i = 0; i < n; ++i) p[i] = q[c.old(i)] / sum;
    }
    constexpr unsigned K = kPagerankBlocks;
    const auto cut = balanced_ranges(c, n, K);
    // inv: 1 / out-strength, 0 for the dangling vertices, listed in `dangling`
    // (block b's from dcut[b] to dcut[b + 1])
    std::vector<std::uint32_t> dangling;
    std::vector<std::size_t> dcut(K + 1, 0);
    for (unsigned b = 0; b < K; ++b) {
        for (std::size_t i = cut[b]; i < cut[b + 1]; ++i) {
            const std::size_t v = c.old(i);
            double S = 0;
            if (unit)
                S = static_cast<double>(s.off[v + 1] - s.off[v]);
            else
                for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a) S += s.wsum[a];
            inv[i] = S == 0 ? 0.0 : 1.0 / S;
            share[i] = un * inv[i];
            if (S == 0) dangling.push_back(static_cast<std::uint32_t>(i));
        }
        dcut[b + 1] = dangling.size();
    }
    const double dangling0 = static_cast<double>(dangling.size()) * un;
    std::vector<Part> parts(2 * static_cast<std::size_t>(K));
    detail::SpinBarrier sync(T);
    bool converged = false;
    const double limit = static_cast<double>(n) * tol;
    // the pass for this graph: weighted or not, personalized or not
    using Pass = void (*)(const InCsr&, const std::size_t*, unsigned, unsigned, const std::uint32_t*,
                          const std::size_t*, const double*, double*, double*, const double*, const double*, double,
                          double, Part*);
    static constexpr Pass kPasses[4] = {
        pagerank_pass<false, false>, pagerank_pass<false, true>,
        pagerank_pass<true, false>, pagerank_pass<true, true>,
    };
    const bool personalized = !p.empty();
    const Pass pass = kPasses[(c.w ? 2 : 0) + (personalized ? 1 : 0)];
    team.run([&](unsigned t) {
        const unsigned b_lo = K * t / T, b_hi = K * (t + 1) / T;
        double* sh = share;
        double* nsh = nshare;
        const double* pv = personalized ? p.data() : nullptr;
        double dmass = dangling0;  // rank on the dangling vertices
        for (std::size_t it = 0; it < max_iter; ++it) {
            Part* mine = &parts[(it & 1) * K];
            // restart mass: (alpha dangling + 1 - alpha), times p[v] (uniform: 1/n)
            const double r = alpha * dmass + (1 - alpha);
            const double base = personalized ? r : r * un;
            pass(c, cut.data(), b_lo, b_hi, dangling.data(), dcut.data(), sh, x, nsh, inv, pv, alpha, base, mine);
            if (T > 1) sync.arrive_and_wait();
            double total = 0;
            dmass = 0;
            for (unsigned b = 0; b < K; ++b) {
                total += mine[b].err;
                dmass += mine[b].sum;
            }
            std::swap(sh, nsh);
            if (total < limit) {
                if (t == 0) converged = true;
                return;
            }
        }
    });
    if (!converged) no_convergence("pagerank", max_iter);
    if (c.old_of.empty()) return xs;
    std::vector<double> out(n);
    for (std::size_t i = 0; i < n; ++i) out[c.old(i)] = x[i];
    return out;
}

std::vector<double> katz(const Snapshot& s, double alpha, double beta, double tol, std::size_t max_iter) {
    const std::size_t n = s.n;
    if (n == 0) return {};
    std::vector<double> x(n, 0.0), next(n);
    for (std::size_t it = 0; it < max_iter; ++it) {
        std::fill(next.begin(), next.end(), 0.0);
        push_out(s, x, next);
        for (auto& v : next) v = alpha * v + beta;
        double err = l1_diff(next, x);
        x.swap(next);
        if (!std::isfinite(err)) break;
        if (err < static_cast<double>(n) * tol) {
            double norm = 0;
            for (double v : x) norm += v * v;
            norm = std::sqrt(norm);
            for (auto& v : x) v /= norm;
            return x;
        }
    }
    no_convergence("katz centrality", max_iter);
}

std::pair<std::vector<double>, std::vector<double>> hits(const Snapshot& s, double tol, std::size_t max_iter) {
    const std::size_t n = s.n;
    if (n == 0) return {};
    // h = A a (h[u] = sum over u -> v of w a[v]); a' = A^T h.
    auto hubs_of = [&](const std::vector<double>& a) {
        std::vector<double> h(n, 0.0);
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t k = s.off[u]; k < s.off[u + 1]; ++k) h[u] += s.wsum[k] * a[s.nbr[k]];
        return h;
    };
    auto normalize = [](std::vector<double>& v) {
        double sum = std::accumulate(v.begin(), v.end(), 0.0);
        if (sum != 0)
            for (auto& x : v) x /= sum;
        return sum;
    };
    std::vector<double> a(n, 1.0 / static_cast<double>(n));
    bool converged = s.nbr.empty();
    for (std::size_t it = 0; it < max_iter && !converged; ++it) {
        auto h = hubs_of(a);
        std::vector<double> next(n, 0.0);
        push_out(s, h, next);
        normalize(next);
        double err = l1_diff(next, a);
        a.swap(next);
        if (err < static_cast<double>(n) * tol) converged = true;
    }
    if (!converged) no_convergence("hits", max_iter);
    auto h = hubs_of(a);
    normalize(h);
    normalize(a);
    return {h, a};
}

}  // namespace geokg::analysis
