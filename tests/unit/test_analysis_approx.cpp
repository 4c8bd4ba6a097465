// Approximate betweenness (Riondato-Kornaropoulos sampling): the max absolute
// error against the exact values (themselves checked against NetworkX by
// tests/reference/reference.py) stays within epsilon, over several seeds;
// deterministic for a seed whatever the thread count. Also: the fast exact
// paths agree across thread counts.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "geokg/analysis.hpp"

using namespace geokg;
using namespace geokg::analysis;

namespace {

Network make_net(bool directed, int n, const std::vector<std::pair<int, int>>& edges) {
    Network net;
    net.directed = directed;
    for (int i = 0; i < n; ++i) {
        NodeProps p;
        p.id = fmt::format("n{}", i);
        p.label = p.id;
        net.add_node(p);
    }
    int k = 0;
    for (auto [u, v] : edges) {
        EdgeProps e;
        e.id = fmt::format("e{}", k++);
        boost::add_edge(static_cast<Vertex>(u), static_cast<Vertex>(v), e, net.g);
    }
    return net;
}

Network karate() {
    return make_net(false, 34, {{0,1},{0,2},{0,3},{0,4},{0,5},{0,6},{0,7},{0,8},{0,10},{0,11},{0,12},{0,13},{0,17},{0,19},{0,21},{0,31},{1,2},{1,3},{1,7},{1,13},{1,17},{1,19},{1,21},{1,30},{2,3},{2,7},{2,8},{2,9},{2,13},{2,27},{2,28},{2,32},{3,7},{3,12},{3,13},{4,6},{4,10},{5,6},{5,10},{5,16},{6,16},{8,30},{8,32},{8,33},{9,33},{13,33},{14,32},{14,33},{15,32},{15,33},{18,32},{18,33},{19,33},{20,32},{20,33},{22,32},{22,33},{23,25},{23,27},{23,29},{23,32},{23,33},{24,25},{24,27},{24,31},{25,31},{26,29},{26,33},{27,33},{28,31},{28,33},{29,32},{29,33},{30,32},{30,33},{31,32},{31,33},{32,33}});
}

// Barabasi-Albert preferential attachment (m edges per new node), fixed seed.
Network barabasi_albert(int n, int m, std::uint64_t seed, bool directed = false) {
    std::vector<std::pair<int, int>> edges;
    std::vector<int> ends;  // every edge end: sampling proportional to degree
    auto next = [&seed] {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        return seed;
    };
    for (int v = m; v < n; ++v) {
        std::vector<int> targets;
        if (v == m)
            for (int u = 0; u < m; ++u) targets.push_back(u);
        while (static_cast<int>(targets.size()) < m) {
            int u = ends[next() % ends.size()];
            if (std::find(targets.begin(), targets.end(), u) == targets.end()) targets.push_back(u);
        }
        for (int u : targets) {
            edges.push_back({v, u});
            ends.push_back(u);
            ends.push_back(v);
        }
    }
    return make_net(directed, n, edges);
}

double max_error(const std::vector<double>& a, const std::vector<double>& b) {
    double e = 0;
    for (std::size_t i = 0; i < a.size(); ++i) e = std::max(e, std::fabs(a[i] - b[i]));
    return e;
}

}  // namespace

TEST_CASE("approximate betweenness: karate club within epsilon over seeds") {
    auto snap = make_snapshot(karate(), false);
    auto exact = betweenness(snap, 1);
    CHECK(exact[0] == doctest::Approx(0.43763528138528146).epsilon(1e-12));  // nx.betweenness_centrality
    for (double eps : {0.05, 0.02}) {
        for (std::uint64_t seed = 1; seed <= 8; ++seed) {
            auto ab = approx_betweenness(snap, eps, 0.1, seed, 1);
            CHECK(ab.samples > 0);
            CHECK(max_error(ab.values, exact) <= eps);
        }
    }
}

TEST_CASE("approximate betweenness: 2000-node BA graph within epsilon over seeds") {
    auto snap = make_snapshot(barabasi_albert(2000, 3, 12345), false);
    auto exact = betweenness(snap, 2);
    for (std::uint64_t seed : {1, 2, 3, 4, 5}) {
        auto ab = approx_betweenness(snap, 0.01, 0.1, seed, 2);
        CHECK(max_error(ab.values, exact) <= 0.01);
    }
}

TEST_CASE("approximate betweenness: directed and weighted graphs within epsilon") {
    auto dnet = barabasi_albert(400, 2, 7, true);
    auto dsnap = make_snapshot(dnet, false);
    auto dexact = betweenness(dsnap, 1);
    auto da = approx_betweenness(dsnap, 0.02, 0.1, 3, 1);
    CHECK(max_error(da.values, dexact) <= 0.02);
    CHECK(da.vertex_diameter == 400);  // no cheap bound for directed graphs: n
    auto wnet = barabasi_albert(300, 2, 9);
    int k = 0;
    for (auto [it, end] = boost::edges(wnet.g); it != end; ++it) wnet.g[*it].weight = 1 + (k++ % 3);
    auto wsnap = make_snapshot(wnet, true);
    auto wexact = betweenness(wsnap, 1);
    auto wa = approx_betweenness(wsnap, 0.03, 0.1, 5, 2);
    CHECK(max_error(wa.values, wexact) <= 0.03);
}

TEST_CASE("approximate betweenness: deterministic for a seed, any thread count") {
    auto snap = make_snapshot(barabasi_albert(500, 2, 99), false);
    auto a = approx_betweenness(snap, 0.05, 0.1, 42, 1);
    auto b = approx_betweenness(snap, 0.05, 0.1, 42, 2);
    auto c = approx_betweenness(snap, 0.05, 0.1, 43, 2);
    CHECK(a.values == b.values);
    CHECK(a.values != c.values);
    CHECK_THROWS_AS(approx_betweenness(snap, 0, 0.1, 1, 1), AnalysisError);
    CHECK_THROWS_AS(approx_betweenness(snap, 0.1, 1.5, 1, 1), AnalysisError);
}

TEST_CASE("fast exact measures: same values on 1 and 2 threads") {
    for (bool directed : {false, true}) {
        auto net = barabasi_albert(3000, 3, 5, directed);
        auto snap = make_snapshot(net, false);
        auto b1 = betweenness(snap, 1), b2 = betweenness(snap, 2);
        auto c1 = closeness(snap, 1), c2 = closeness(snap, 2);
        auto h1 = harmonic(snap, 1), h2 = harmonic(snap, 2);
        auto p1 = pagerank(snap, 0.85, {}, 1e-12, 100000, 1), p2 = pagerank(snap, 0.85, {}, 1e-12, 100000, 2);
        CHECK(max_error(b1, b2) < 1e-12);
        CHECK(c1 == c2);
        CHECK(h1 == h2);
        CHECK(max_error(p1, p2) < 1e-12);
        if (!directed) {
            auto e1 = eigenvector(snap, 1e-12, 100000, 1), e2 = eigenvector(snap, 1e-12, 100000, 2);
            CHECK(max_error(e1, e2) < 1e-12);
        }
    }
}
