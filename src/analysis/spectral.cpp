// Spectral measures: eigenvector, PageRank, Katz, HITS. Power iterations that
// mirror NetworkX's (same start vector, update and normalization), run to a
// tighter tolerance so the result is the measure's limit, not an early stop.
#include <cmath>
#include <fmt/format.h>
#include <numeric>

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

std::vector<double> eigenvector(const Snapshot& s, double tol, std::size_t max_iter) {
    const std::size_t n = s.n;
    if (n == 0) throw AnalysisError("eigenvector centrality is not defined for the null graph");
    std::vector<double> x(n, 1.0 / static_cast<double>(n)), last;
    for (std::size_t it = 0; it < max_iter; ++it) {
        last = x;  // x starts as xlast: iterate with (A + I)
        push_out(s, last, x);
        double norm = 0;
        for (double v : x) norm += v * v;
        norm = std::sqrt(norm);
        if (norm == 0) norm = 1;
        for (auto& v : x) v /= norm;
        if (l1_diff(x, last) < static_cast<double>(n) * tol) return x;
    }
    no_convergence("eigenvector centrality", max_iter);
}

std::vector<double> pagerank(const Snapshot& s, double alpha, const std::vector<std::uint32_t>& personal,
                             double tol, std::size_t max_iter) {
    const std::size_t n = s.n;
    if (n == 0) return {};
    std::vector<double> p(n, 1.0 / static_cast<double>(n));
    if (!personal.empty()) {
        std::fill(p.begin(), p.end(), 0.0);
        for (auto v : personal) p[v] += 1.0;
        double sum = std::accumulate(p.begin(), p.end(), 0.0);
        for (auto& v : p) v /= sum;
    }
    std::vector<double> S(n, 0.0);
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a) S[v] += s.wsum[a];
    std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n);
    for (std::size_t it = 0; it < max_iter; ++it) {
        std::fill(next.begin(), next.end(), 0.0);
        double dangling = 0;
        for (std::size_t v = 0; v < n; ++v) {
            if (S[v] == 0) {
                dangling += x[v];
                continue;
            }
            double share = x[v] / S[v];
            for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a) next[s.nbr[a]] += share * s.wsum[a];
        }
        for (std::size_t v = 0; v < n; ++v) next[v] = alpha * (next[v] + dangling * p[v]) + (1 - alpha) * p[v];
        double err = l1_diff(next, x);
        x.swap(next);
        if (err < static_cast<double>(n) * tol) return x;
    }
    no_convergence("pagerank", max_iter);
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
