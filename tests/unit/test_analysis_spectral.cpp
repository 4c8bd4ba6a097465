// PageRank and eigenvector centrality on graphs large enough for the
// relabelled in-arc copy (tens of thousands of vertices), against plain power
// iterations written as NetworkX writes them: dangling vertices, parallel
// edges, self-loops, weights and personalization, on 1 and 2 threads.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <random>

#include "geokg/analysis.hpp"

using namespace geokg::analysis;

namespace {

struct Edges {
    std::size_t n = 0;
    std::vector<std::uint32_t> src, dst;
    std::vector<double> w;
};

// n vertices; vertex v has a skewed number of out-edges (0 for every 7th: dangling),
// targets biased to low ids, some parallel edges and self-loops.
Edges random_graph(std::size_t n, std::uint64_t seed) {
    Edges g;
    g.n = n;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (std::size_t v = 0; v < n; ++v) {
        if (v % 7 == 3) continue;
        const auto k = 1 + static_cast<std::size_t>(8 * unit(rng) * unit(rng));
        for (std::size_t j = 0; j < k; ++j) {
            const double r = unit(rng);
            auto t = static_cast<std::uint32_t>(static_cast<double>(n) * r * r);
            if (j == 1 && v % 11 == 0) t = static_cast<std::uint32_t>(v);  // self-loop
            g.src.push_back(static_cast<std::uint32_t>(v));
            g.dst.push_back(std::min<std::uint32_t>(t, static_cast<std::uint32_t>(n - 1)));
            g.w.push_back(0.5 + 1.5 * unit(rng));
            if (j == 0 && v % 13 == 0) {  // a parallel edge
                g.src.push_back(g.src.back());
                g.dst.push_back(g.dst.back());
                g.w.push_back(1.0);
            }
        }
    }
    return g;
}

// nx.pagerank: x' = alpha (x A_norm + dangling p) + (1 - alpha) p, stop when the L1 change < n tol.
std::vector<double> plain_pagerank(const Edges& g, bool directed, bool weighted, const std::vector<double>& p) {
    const std::size_t n = g.n;
    std::vector<double> out(n, 0.0), x(n, 1.0 / static_cast<double>(n));
    auto each = [&](auto f) {
        for (std::size_t i = 0; i < g.src.size(); ++i) {
            const double w = weighted ? g.w[i] : 1.0;
            f(g.src[i], g.dst[i], w);
            if (!directed && g.src[i] != g.dst[i]) f(g.dst[i], g.src[i], w);
        }
    };
    each([&](std::uint32_t u, std::uint32_t, double w) { out[u] += w; });
    for (int it = 0; it < 10000; ++it) {
        std::vector<double> next(n, 0.0);
        double dangling = 0;
        for (std::size_t v = 0; v < n; ++v)
            if (out[v] == 0) dangling += x[v];
        each([&](std::uint32_t u, std::uint32_t v, double w) { next[v] += x[u] * w / out[u]; });
        double err = 0;
        for (std::size_t v = 0; v < n; ++v) {
            next[v] = 0.85 * (next[v] + dangling * p[v]) + 0.15 * p[v];
            err += std::fabs(next[v] - x[v]);
        }
        x.swap(next);
        if (err < static_cast<double>(n) * 1e-12) return x;
    }
    FAIL("plain pagerank did not converge");
    return x;
}

double l1(const std::vector<double>& a, const std::vector<double>& b) {
    REQUIRE(a.size() == b.size());
    double e = 0;
    for (std::size_t i = 0; i < a.size(); ++i) e += std::fabs(a[i] - b[i]);
    return e;
}

}  // namespace

TEST_CASE("pagerank on 40,000 vertices matches a plain power iteration") {
    const Edges g = random_graph(40000, 17);
    const std::vector<double> uniform(g.n, 1.0 / static_cast<double>(g.n));
    for (bool directed : {true, false}) {
        for (bool weighted : {false, true}) {
            CAPTURE(directed);
            CAPTURE(weighted);
            auto snap = make_snapshot(g.n, directed, g.src, g.dst, g.w, weighted);
            const auto want = plain_pagerank(g, directed, weighted, uniform);
            const auto one = pagerank(snap, 0.85, {}, 1e-12, 100000, 1);
            const auto two = pagerank(snap, 0.85, {}, 1e-12, 100000, 2);
            // both stop within n * 1e-12 (L1) of their last step, about 1e-7 from the limit
            CHECK(l1(one, want) < 1e-6);
            // sums reduced in blocks that do not depend on the thread count: the same bits
            CHECK(one == two);
            CHECK(pagerank(snap, 0.85, {}, 1e-12, 100000, 3) == one);
        }
    }
    // personalized: restarts (and dangling rank) go to vertices 5, 5, 123 and 39999
    auto snap = make_snapshot(g.n, true, g.src, g.dst, g.w, true);
    std::vector<double> p(g.n, 0.0);
    p[5] = 0.5;
    p[123] = 0.25;
    p[39999] = 0.25;
    const auto want = plain_pagerank(g, true, true, p);
    const auto got = pagerank(snap, 0.85, {5, 5, 123, 39999}, 1e-12, 100000, 2);
    CHECK(l1(got, want) < 1e-6);
    CHECK(pagerank(snap, 0.85, {5, 5, 123, 39999}, 1e-12, 100000, 1) == got);
    CHECK(got[5] > got[123]);
}

TEST_CASE("pagerank on small graphs (in the snapshot's order) matches a plain power iteration") {
    // Below the relabelled copy: the passes run over the snapshot's own arrays, every
    // block in one call, the L1 change in four parts. Sizes around the block count
    // and the four-way split (blocks of 0 to a few vertices), rows of every length class.
    for (std::size_t n : {1u, 5u, 9u, 31u, 500u, 3001u}) {
        const Edges g = random_graph(n, 5 + n);
        const std::vector<double> uniform(g.n, 1.0 / static_cast<double>(g.n));
        for (bool directed : {true, false}) {
            for (bool weighted : {false, true}) {
                CAPTURE(n);
                CAPTURE(directed);
                CAPTURE(weighted);
                auto snap = make_snapshot(g.n, directed, g.src, g.dst, g.w, weighted);
                const auto want = plain_pagerank(g, directed, weighted, uniform);
                const auto one = pagerank(snap, 0.85, {}, 1e-12, 100000, 1);
                CHECK(l1(one, want) < 1e-6);
                CHECK(pagerank(snap, 0.85, {}, 1e-12, 100000, 2) == one);
                CHECK(pagerank(snap, 0.85, {}, 1e-12, 100000, 3) == one);
            }
        }
    }
    const Edges g = random_graph(700, 3);
    auto snap = make_snapshot(g.n, true, g.src, g.dst, g.w, false);
    std::vector<double> p(g.n, 0.0);
    p[2] = 2.0 / 3;
    p[600] = 1.0 / 3;
    const auto got = pagerank(snap, 0.85, {2, 600, 2}, 1e-12, 100000, 1);
    CHECK(l1(got, plain_pagerank(g, true, false, p)) < 1e-6);
    CHECK(pagerank(snap, 0.85, {2, 600, 2}, 1e-12, 100000, 2) == got);
}

TEST_CASE("eigenvector on 40,000 vertices matches a plain power iteration") {
    const Edges g = random_graph(40000, 23);
    for (bool weighted : {false, true}) {
        CAPTURE(weighted);
        auto snap = make_snapshot(g.n, false, g.src, g.dst, g.w, weighted);
        // nx.eigenvector_centrality: x' = (A + I) x / ||(A + I) x||, parallel edges summed
        std::vector<double> x(g.n, 1.0 / static_cast<double>(g.n));
        bool converged = false;
        for (int it = 0; it < 10000 && !converged; ++it) {
            std::vector<double> next = x;
            for (std::size_t i = 0; i < g.src.size(); ++i) {
                const double w = weighted ? g.w[i] : 1.0;
                next[g.dst[i]] += w * x[g.src[i]];
                if (g.src[i] != g.dst[i]) next[g.src[i]] += w * x[g.dst[i]];
            }
            double norm = 0;
            for (double v : next) norm += v * v;
            norm = std::sqrt(norm);
            for (auto& v : next) v /= norm;
            converged = l1(next, x) < static_cast<double>(g.n) * 1e-12;
            x.swap(next);
        }
        REQUIRE(converged);
        const auto one = eigenvector(snap, 1e-12, 100000, 1);
        const auto two = eigenvector(snap, 1e-12, 100000, 2);
        CHECK(l1(one, x) < 1e-6);
        CHECK(l1(one, two) < 1e-12);
    }
}
