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

// Runs body(t) on T threads (the caller's thread is thread 0).
template <class Body>
void run_team(unsigned T, Body&& body) {
    if (T <= 1) {
        body(0u);
        return;
    }
    std::vector<std::thread> pool;
    std::vector<std::exception_ptr> errors(T);
    for (unsigned t = 1; t < T; ++t)
        pool.emplace_back([&, t] {
            try {
                body(t);
            } catch (...) {
                errors[t] = std::current_exception();
            }
        });
    try {
        body(0u);
    } catch (...) {
        errors[0] = std::current_exception();
    }
    for (auto& th : pool) th.join();
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
}

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

// Pull-based (over in-arcs), the vertices split in blocks over threads; every
// reduction sums per-thread parts in thread order.
std::vector<double> eigenvector(const Snapshot& s, double tol, std::size_t max_iter, unsigned threads) {
    const std::size_t n = s.n;
    if (n == 0) throw AnalysisError("eigenvector centrality is not defined for the null graph");
    const unsigned T = team_size(threads, s);
    std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n, 0.0);
    std::vector<double> npart(T, 0.0), epart(T, 0.0);
    std::barrier sync(static_cast<std::ptrdiff_t>(T));
    bool converged = false;
    std::vector<double>* result = nullptr;
    run_team(T, [&](unsigned t) {
        const std::size_t lo = n * t / T, hi = n * (t + 1) / T;
        std::vector<double>* xp = &x;
        std::vector<double>* np = &next;
        for (std::size_t it = 0; it < max_iter; ++it) {
            const double* xv = xp->data();
            double* nv = np->data();
            double sq = 0;
            for (std::size_t v = lo; v < hi; ++v) {
                double acc = xv[v];  // x starts as xlast: iterate with (A + I)
                for (std::size_t a = s.in_begin(v), e = s.in_end(v); a < e; ++a) acc += s.in_sum(a) * xv[s.in_source(a)];
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

std::vector<double> pagerank(const Snapshot& s, double alpha, const std::vector<std::uint32_t>& personal,
                             double tol, std::size_t max_iter, unsigned threads) {
    const std::size_t n = s.n;
    if (n == 0) return {};
    std::vector<double> p(n, 1.0 / static_cast<double>(n));
    if (!personal.empty()) {
        std::fill(p.begin(), p.end(), 0.0);
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
    const unsigned T = team_size(threads, s);
    std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n, 0.0), share(n, 0.0);
    std::vector<double> dpart(T, 0.0), epart(T, 0.0);
    std::barrier sync(static_cast<std::ptrdiff_t>(T));
    bool converged = false;
    std::vector<double>* result = nullptr;
    run_team(T, [&](unsigned t) {
        const std::size_t lo = n * t / T, hi = n * (t + 1) / T;
        std::vector<double>* xp = &x;
        std::vector<double>* np = &next;
        double* sh = share.data();
        for (std::size_t it = 0; it < max_iter; ++it) {
            const double* xv = xp->data();
            double* nv = np->data();
            double dang = 0;
            for (std::size_t v = lo; v < hi; ++v) {
                if (inv[v] == 0) dang += xv[v];
                sh[v] = xv[v] * inv[v];
            }
            dpart[t] = dang;
            sync.arrive_and_wait();
            const double dangling = sum_of(dpart);
            double err = 0;
            for (std::size_t v = lo; v < hi; ++v) {
                double acc = 0;
                for (std::size_t a = s.in_begin(v), e = s.in_end(v); a < e; ++a) acc += sh[s.in_source(a)] * s.in_sum(a);
                double val = alpha * (acc + dangling * p[v]) + (1 - alpha) * p[v];
                nv[v] = val;
                err += std::fabs(val - xv[v]);
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
            sync.arrive_and_wait();  // dpart / epart read by all before the next writes
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
