// Analysis: measures on hand-built networks with values known by hand, lookup,
// paths, components, communities. (Every measure is also checked against
// NetworkX and igraph by tests/reference/reference.py.)
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cmath>
#include <set>

#include "geokg/analysis.hpp"

using namespace geokg;
using namespace geokg::analysis;

namespace {

Network make(bool directed, int n, const std::vector<std::tuple<int, int, double>>& edges) {
    Network net;
    net.directed = directed;
    for (int i = 0; i < n; ++i) {
        NodeProps p;
        p.id = fmt::format("n{}", i);
        p.label = p.id;
        net.add_node(p);
    }
    int k = 0;
    for (auto [u, v, w] : edges) {
        EdgeProps e;
        e.id = fmt::format("e{}", k++);  // fmt, not "e" + to_string: GCC 12 warns -Wrestrict falsely
        e.weight = w;
        boost::add_edge(static_cast<Vertex>(u), static_cast<Vertex>(v), e, net.g);
    }
    return net;
}

std::vector<double> measure(const Network& net, Measure m, bool weighted = false) {
    MeasureOptions o;
    o.weighted = weighted;
    o.threads = 1;
    return node_measure(net, m, o);
}

void check_close(const std::vector<double>& got, const std::vector<double>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) CHECK(got[i] == doctest::Approx(want[i]).epsilon(1e-9));
}

}  // namespace

TEST_CASE("measure names") {
    CHECK(measure_from("betweenness") == Measure::betweenness);
    CHECK(measure_from("edge-betweenness") == Measure::edge_betweenness);
    CHECK(measure_from("core") == Measure::kcore);
    CHECK_FALSE(measure_from("nope"));
    CHECK(measure_names().size() == 15);
}

TEST_CASE("path graph: degree, betweenness, closeness, harmonic") {
    // 0 - 1 - 2 - 3 (undirected)
    auto net = make(false, 4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}});
    check_close(measure(net, Measure::degree), {1.0 / 3, 2.0 / 3, 2.0 / 3, 1.0 / 3});
    check_close(measure(net, Measure::betweenness), {0, 2.0 / 3, 2.0 / 3, 0});
    check_close(measure(net, Measure::closeness), {3.0 / 6, 3.0 / 4, 3.0 / 4, 3.0 / 6});
    check_close(measure(net, Measure::harmonic), {1 + 0.5 + 1.0 / 3, 2.5, 2.5, 1 + 0.5 + 1.0 / 3});
    auto snap = make_snapshot(net, false);
    // pairs through each edge, normalized by n(n-1) = 12; each pair counted both ways
    check_close(edge_betweenness(snap, 1), {6.0 / 12, 8.0 / 12, 6.0 / 12});
}

TEST_CASE("directed graph with a sink and an isolated node: Wasserman-Faust closeness") {
    // 0 -> 1 -> 2, 3 isolated
    auto net = make(true, 4, {{0, 1, 1}, {1, 2, 1}});
    // closeness uses incoming distance: node 2 is reached from 0 (2) and 1 (1): (2/3) * (2/3)
    check_close(measure(net, Measure::closeness), {0, 1.0 / 3, (2.0 / 3) * (2.0 / 3), 0});
    check_close(measure(net, Measure::in_degree), {0, 1.0 / 3, 1.0 / 3, 0});
    check_close(measure(net, Measure::out_degree), {1.0 / 3, 1.0 / 3, 0, 0});
    check_close(measure(net, Measure::betweenness), {0, 1.0 / 6, 0, 0});
}

TEST_CASE("weighted paths use the weight as a distance, the smallest of parallel edges") {
    // 0 -> 2 directly costs 5; through 1 costs 2; a parallel 0 -> 2 of 1.5 wins
    auto net = make(true, 3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 5}});
    check_close(measure(net, Measure::betweenness, true), {0, 0.5, 0});
    auto net2 = make(true, 3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 5}, {0, 2, 1.5}});
    check_close(measure(net2, Measure::betweenness, true), {0, 0, 0});
    check_close(measure(net2, Measure::strength, true), {7.5, 2, 7.5});
}

TEST_CASE("pagerank, eigenvector, katz, hits on a directed cycle are uniform") {
    auto net = make(true, 4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 0, 1}});
    check_close(measure(net, Measure::pagerank), {0.25, 0.25, 0.25, 0.25});
    check_close(measure(net, Measure::eigenvector), {0.5, 0.5, 0.5, 0.5});
    check_close(measure(net, Measure::katz), {0.5, 0.5, 0.5, 0.5});
    check_close(measure(net, Measure::hubs), {0.25, 0.25, 0.25, 0.25});
    check_close(measure(net, Measure::authorities), {0.25, 0.25, 0.25, 0.25});
}

TEST_CASE("pagerank: dangling node and personalization") {
    // 0 -> 1, and 1 dangling (its rank is spread uniformly)
    auto net = make(true, 2, {{0, 1, 1}});
    auto pr = measure(net, Measure::pagerank);
    CHECK(pr[0] + pr[1] == doctest::Approx(1.0));
    const double a = 0.85;
    // x0 = (1 - a) / 2 + a * x1 / 2
    CHECK(pr[0] == doctest::Approx((1 - a + a * pr[1]) / 2).epsilon(1e-9));
    MeasureOptions o;
    o.personalization = {0};
    auto pp = node_measure(net, Measure::pagerank, o);
    // all restarts at 0: x0 = (1 - a) + a*x1, x1 = a*x0
    CHECK(pp[0] == doctest::Approx(1.0 / (1 + a)).epsilon(1e-9));
}

TEST_CASE("core numbers and clustering") {
    // triangle 0-1-2 with a tail 2-3, and a self-loop on 3 (ignored)
    auto net = make(false, 4, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {2, 3, 1}, {3, 3, 1}});
    check_close(measure(net, Measure::kcore), {2, 2, 2, 1});
    check_close(measure(net, Measure::clustering), {1, 1, 1.0 / 3, 0});
    // degree counts the self-loop twice, as NetworkX
    check_close(measure(net, Measure::degree), {2.0 / 3, 2.0 / 3, 1.0, 3.0 / 3});
}

TEST_CASE("eigenvector of a DAG does not converge (as NetworkX)") {
    auto net = make(true, 3, {{0, 1, 1}, {1, 2, 1}});
    MeasureOptions o;
    o.max_iter = 200;
    CHECK_THROWS_AS(node_measure(net, Measure::eigenvector, o), AnalysisError);
}

TEST_CASE("threads give the same betweenness") {
    std::vector<std::tuple<int, int, double>> edges;
    for (int i = 0; i < 120; ++i) {
        edges.push_back({i, (i * 7 + 3) % 120, 1.0 + (i % 5)});
        edges.push_back({i, (i + 1) % 120, 2.0});
    }
    auto net = make(true, 120, edges);
    auto snap = make_snapshot(net, true);
    auto one = betweenness(snap, 1), four = betweenness(snap, 4);
    for (std::size_t i = 0; i < one.size(); ++i) CHECK(one[i] == doctest::Approx(four[i]).epsilon(1e-12));
}

TEST_CASE("betweenness is the same, bit for bit, for any thread count (unweighted)") {
    // undirected: a ring with chords, plus pendant vertices (degree one) on some of it
    std::vector<std::tuple<int, int, double>> edges;
    for (int i = 0; i < 150; ++i) {
        edges.push_back({i, (i + 1) % 150, 1.0});
        edges.push_back({i, (i * 11 + 5) % 150, 1.0});
    }
    for (int i = 0; i < 30; ++i) edges.push_back({150 + i, (i * 7) % 150, 1.0});
    auto net = make(false, 180, edges);
    auto snap = make_snapshot(net, false);
    auto one = betweenness(snap, 1), two = betweenness(snap, 2), three = betweenness(snap, 3);
    for (std::size_t i = 0; i < one.size(); ++i) {
        CHECK(one[i] == two[i]);
        CHECK(one[i] == three[i]);
    }
    CHECK(one[150] == 0.0);  // a pendant vertex lies on no shortest path
}

TEST_CASE("betweenness with degree-one vertices (traversed through their neighbour)") {
    // a tree: 1 joined to 0, 4, 5 and 2; 2 joined to 3; parallel 0-1 edges and a
    // self-loop on 3 leave 0 and 3 degree-one; plus a lone edge 6-7 and an isolated 8.
    auto tree = make(false, 9, {{0, 1, 1}, {0, 1, 1}, {1, 4, 1}, {1, 5, 1}, {1, 2, 1}, {2, 3, 1}, {3, 3, 1},
                                {6, 7, 1}});
    // pairs through 1: 9 of C(5, 2) = 10 among {0..5}; through 2: 4 (3 with each of 0, 1, 4, 5)
    check_close(measure(tree, Measure::betweenness), {0, 18.0 / 56, 8.0 / 56, 0, 0, 0, 0, 0, 0});
    // a 4-cycle 0-1-2-3 with a pendant 4 on 0: 0 carries (1,3)/2, (4,1), (4,3), (4,2); 1 and 3 carry
    // (0,2)/2 and (4,2)/2; 2 carries (1,3)/2. Normalized by C(4, 2) = 6.
    auto cyc = make(false, 5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 0, 1}, {0, 4, 1}});
    check_close(measure(cyc, Measure::betweenness), {3.5 / 6, 1.0 / 6, 0.5 / 6, 1.0 / 6, 0});
}

TEST_CASE("components and communities") {
    // two 4-cliques joined by one edge, plus an isolated node
    std::vector<std::tuple<int, int, double>> edges;
    for (int base : {0, 4})
        for (int i = 0; i < 4; ++i)
            for (int j = i + 1; j < 4; ++j) edges.push_back({base + i, base + j, 1});
    edges.push_back({3, 4, 1});
    auto net = make(false, 9, edges);
    auto comp = components(net, false);
    CHECK(comp[0] == comp[7]);
    CHECK(comp[8] != comp[0]);
    auto c = louvain(net, false);
    CHECK(c.membership[0] == c.membership[3]);
    CHECK(c.membership[4] == c.membership[7]);
    CHECK(c.membership[0] != c.membership[4]);
    // m = 13; each community: 6 internal edges, degree sum 13 -> Q = 2 * (6/13 - (13/26)^2)
    CHECK(c.modularity == doctest::Approx(2 * (6.0 / 13 - 0.25)).epsilon(1e-12));
    CHECK(modularity(net, c.membership, false) == doctest::Approx(c.modularity));

    auto dnet = make(true, 4, {{0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 3, 1}});
    auto strong = components(dnet, true);
    CHECK(strong[0] == strong[1]);
    CHECK(strong[1] != strong[2]);
    CHECK(strong[2] != strong[3]);
    auto weak = components(dnet, false);
    CHECK(weak[0] == weak[3]);
}

TEST_CASE("entity lookup by id, name, alias, one word; ambiguity lists candidates") {
    Network net;
    auto add = [&](std::string id, std::string label, std::vector<std::string> aliases = {}) {
        NodeProps p;
        p.id = std::move(id);
        p.label = std::move(label);
        p.aliases = std::move(aliases);
        return net.add_node(p);
    };
    auto chn = add("country:CHN", "China", {"Beijing", "PRC"});
    auto xi = add("person:xi-jinping", "Xi Jinping");
    auto kor = add("country:KOR", "South Korea", {"Seoul"});
    auto prk = add("country:PRK", "North Korea");
    CHECK(find_entity(net, "country:CHN") == chn);
    CHECK(find_entity(net, "china") == chn);
    CHECK(find_entity(net, "Beijing") == chn);
    CHECK(find_entity(net, "Xi") == xi);
    CHECK(find_entity(net, "xi jinping") == xi);
    CHECK(find_entity(net, "SEOUL") == kor);
    CHECK(find_entity(net, "north korea") == prk);
    try {
        find_entity(net, "Korea");
        FAIL("expected an ambiguity error");
    } catch (const LookupError& e) {
        std::string m = e.what();
        CHECK(m.find("country:KOR") != std::string::npos);
        CHECK(m.find("country:PRK") != std::string::npos);
    }
    CHECK_THROWS_AS(find_entity(net, "Atlantis"), LookupError);
    AliasHook hook = [](std::string_view n) {
        return n == "Middle Kingdom" ? std::vector<std::string>{"country:CHN"} : std::vector<std::string>{};
    };
    CHECK(find_entity(net, "Middle Kingdom", hook) == chn);
}

TEST_CASE("shortest path, either direction by default") {
    auto net = make(true, 4, {{0, 1, 1}, {2, 1, 1}, {2, 3, 1}});
    auto p = shortest_path(net, 0, 3, false, true);
    CHECK(p == std::vector<Vertex>{0, 1, 2, 3});
    CHECK(shortest_path(net, 0, 3, false, false).empty());
    CHECK(edges_between(net, 1, 2).size() == 1);
}

#include <boost/graph/betweenness_centrality.hpp>

TEST_CASE("betweenness agrees with Boost's Brandes on a simple directed graph") {
    // (Boost, like igraph, counts parallel edges as distinct shortest paths; NetworkX
    // and geokg do not, so the graph here has none.)
    std::vector<std::tuple<int, int, double>> edges;
    std::set<std::pair<int, int>> seen;
    auto add = [&](int u, int v) {
        if (u != v && seen.insert({u, v}).second) edges.push_back({u, v, 1});
    };
    for (int i = 0; i < 40; ++i) {
        add(i, (i * 7 + 3) % 40);
        add(i, (i + 1) % 40);
        if (i % 3 == 0) add(i, (i * 11 + 5) % 40);
    }
    auto net = make(true, 40, edges);
    std::vector<double> boost_bc(net.nodes(), 0.0);
    boost::brandes_betweenness_centrality(
        net.g, boost::centrality_map(boost::make_iterator_property_map(boost_bc.begin(), boost::get(boost::vertex_index, net.g))));
    auto ours = measure(net, Measure::betweenness);
    const double scale = 1.0 / (39.0 * 38.0);
    for (std::size_t i = 0; i < ours.size(); ++i) CHECK(ours[i] == doctest::Approx(boost_bc[i] * scale).epsilon(1e-12));
}
