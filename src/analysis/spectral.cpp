// Spectral measures: eigenvector, PageRank, Katz, HITS. Power iterations that
// mirror NetworkX's (same start vector, update and normalization), run to a
// tighter tolerance so the result is the measure's limit, not an early stop.
#include <cmath>
#include <fmt/format.h>
#include <numeric>
#include <barrier>
#include <thread>
#include <exception>

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

double sum_of(const std::vector<double>& parts) {
    double x = 0;
    for (double p : parts) x += p;
    return x;
}

}  // namespace

namespace {

// In-arcs with 32-bit offsets and sources; weights only when some arc's summed
// weight is not 1 (unweighted simple graphs stream 4 bytes per arc).
struct InCsr {
    std::vector<std::uint32_t> off, src;
    std::vector<double> w;  // empty: every arc weighs 1
};

InCsr in_csr(const Snapshot& s) {
    InCsr c;
    const std::size_t n = s.n;
    c.off.resize(n + 1);
    const std::size_t arcs = s.in_end(n - 1);
    c.src.resize(arcs);
    bool unit = true;
    for (std::size_t a = 0; a < arcs; ++a) {
        c.src[a] = s.in_source(a);
        unit = unit && s.in_sum(a) == 1.0;
    }
    for (std::size_t v = 0; v <= n; ++v) c.off[v] = static_cast<std::uint32_t>(v < n ? s.in_begin(v) : arcs);
    if (!unit) {
        c.w.resize(arcs);
        for (std::size_t a = 0; a < arcs; ++a) c.w[a] = s.in_sum(a);
    }
    return c;
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

struct alignas(64) Part {
    double err = 0, dang = 0;
};

}  // namespace

// Pull-based (over in-arcs), the vertices split in blocks over threads; every
// reduction sums per-thread parts in thread order.
std::vector<double> eigenvector(const Snapshot& s, double tol, std::size_t max_iter, unsigned threads) {
    const std::size_t n = s.n;
    if (n == 0) throw AnalysisError("eigenvector centrality is not defined for the null graph");
    if (s.in_end(n - 1) >= (std::size_t{1} << 32))
        throw AnalysisError("eigenvector centrality: more than 2^32 arcs are not supported");
    const InCsr c = in_csr(s);
    const unsigned T = team_size(threads, s);
    const auto cut = balanced_ranges(c, n, T);
    std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n, 0.0);
    std::vector<double> npart(T, 0.0), epart(T, 0.0);
    std::barrier sync(static_cast<std::ptrdiff_t>(T));
    bool converged = false;
    std::vector<double>* result = nullptr;
    detail::run_team(T, [&](unsigned t) {
        const std::size_t lo = cut[t], hi = cut[t + 1];
        const std::uint32_t* off = c.off.data();
        const std::uint32_t* src = c.src.data();
        const double* w = c.w.empty() ? nullptr : c.w.data();
        std::vector<double>* xp = &x;
        std::vector<double>* np = &next;
        for (std::size_t it = 0; it < max_iter; ++it) {
            const double* xv = xp->data();
            double* nv = np->data();
            double sq = 0;
            for (std::size_t v = lo; v < hi; ++v) {
                double acc = xv[v];  // x starts as xlast: iterate with (A + I)
                if (w)
                    for (std::uint32_t a = off[v], e = off[v + 1]; a < e; ++a) acc += w[a] * xv[src[a]];
                else
                    for (std::uint32_t a = off[v], e = off[v + 1]; a < e; ++a) acc += xv[src[a]];
                nv[v] = acc;
                sq += acc * acc;
            }
            npart[t] = sq;
            sync.arrive_and_wait();
            double norm = std::sqrt(sum_of(npart));
            if (norm == 0) norm = 1;
            double err = 0;
            for (std::size_t v = lo; v < hi; ++v) {
                nv[v] /= norm;
                err += std::fabs(nv[v] - xv[v]);
            }
            epart[t] = err;
            sync.arrive_and_wait();
            const double total = sum_of(epart);
            std::swap(xp, np);
            if (total < static_cast<double>(n) * tol) {
                if (t == 0) {
                    converged = true;
                    result = xp;
                }
                return;
            }
            sync.arrive_and_wait();  // everyone has read epart before it is rewritten
        }
    });
    if (!converged) no_convergence("eigenvector centrality", max_iter);
    return std::move(*result);
}

// One pass per iteration over the in-arcs, pulling share[u] = x[u] / out-strength(u):
// x'[v] = alpha (sum share[u] A(u, v) + dangling p[v]) + (1 - alpha) p[v], as
// NetworkX's pagerank (dangling mass spread as the personalization). The same
// pass computes the next shares, the next dangling mass and the L1 change, so
// threads meet once per iteration (per-thread parts double-buffered by parity,
// summed in thread order: the same result on every run for a thread count).
std::vector<double> pagerank(const Snapshot& s, double alpha, const std::vector<std::uint32_t>& personal,
                             double tol, std::size_t max_iter, unsigned threads) {
    const std::size_t n = s.n;
    if (n == 0) return {};
    const double un = 1.0 / static_cast<double>(n);
    std::vector<double> p;  // empty: uniform
    if (!personal.empty()) {
        p.assign(n, 0.0);
        for (auto v : personal) p[v] += 1.0;
        double sum = std::accumulate(p.begin(), p.end(), 0.0);
        for (auto& v : p) v /= sum;
    }
    std::vector<double> inv(n, 0.0);  // 1 / out-strength, 0 for dangling vertices
    for (std::size_t v = 0; v < n; ++v) {
        double S = 0;
        for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a) S += s.wsum[a];
        inv[v] = S == 0 ? 0.0 : 1.0 / S;
    }
    if (s.in_end(n - 1) >= (std::size_t{1} << 32))
        throw AnalysisError("pagerank: more than 2^32 arcs are not supported");
    const InCsr c = in_csr(s);
    const unsigned T = team_size(threads, s);
    const auto cut = balanced_ranges(c, n, T);
    std::vector<double> x(n, un), next(n, 0.0), share(n), nshare(n);
    double dangling0 = 0;
    for (std::size_t v = 0; v < n; ++v) {
        share[v] = x[v] * inv[v];
        if (inv[v] == 0) dangling0 += x[v];
    }
    std::vector<Part> parts(2 * static_cast<std::size_t>(T));
    std::barrier sync(static_cast<std::ptrdiff_t>(T));
    bool converged = false;
    std::vector<double>* result = nullptr;
    const double limit = static_cast<double>(n) * tol;
    detail::run_team(T, [&](unsigned t) {
        const std::size_t lo = cut[t], hi = cut[t + 1];
        double* xv = x.data();
        double* nv = next.data();
        double* sh = share.data();
        double* nsh = nshare.data();
        const std::uint32_t* off = c.off.data();
        const std::uint32_t* src = c.src.data();
        const double* w = c.w.empty() ? nullptr : c.w.data();
        const double* pv = p.empty() ? nullptr : p.data();
        const double* iv = inv.data();
        double dangling = dangling0;
        for (std::size_t it = 0; it < max_iter; ++it) {
            double err = 0, dang = 0;
            for (std::size_t v = lo; v < hi; ++v) {
                double a0 = 0, a1 = 0;
                std::uint32_t a = off[v];
                const std::uint32_t e = off[v + 1];
                if (w) {
                    for (; a + 1 < e; a += 2) {
                        a0 += sh[src[a]] * w[a];
                        a1 += sh[src[a + 1]] * w[a + 1];
                    }
                    if (a < e) a0 += sh[src[a]] * w[a];
                } else {
                    for (; a + 1 < e; a += 2) {
                        a0 += sh[src[a]];
                        a1 += sh[src[a + 1]];
                    }
                    if (a < e) a0 += sh[src[a]];
                }
                const double pk = pv ? pv[v] : un;
                const double val = alpha * ((a0 + a1) + dangling * pk) + (1 - alpha) * pk;
                err += std::fabs(val - xv[v]);
                nv[v] = val;
                nsh[v] = val * iv[v];
                dang += iv[v] == 0 ? val : 0.0;
            }
            Part* mine = &parts[(it & 1) * T];
            mine[t].err = err;
            mine[t].dang = dang;
            sync.arrive_and_wait();
            double total = 0;
            dangling = 0;
            for (unsigned k = 0; k < T; ++k) {
                total += mine[k].err;
                dangling += mine[k].dang;
            }
            std::swap(xv, nv);
            std::swap(sh, nsh);
            if (total < limit) {
                if (t == 0) {
                    converged = true;
                    result = xv == x.data() ? &x : &next;
                }
                return;
            }
        }
    });
    if (!converged) no_convergence("pagerank", max_iter);
    return std::move(*result);
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
