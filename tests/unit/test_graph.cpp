// Assemble stage: triples -> one vertex per entity, one edge per (s, relation, o).
#include <doctest/doctest.h>

#include "triple_fixture.hpp"

#include "geokg/graph.hpp"

using namespace geokg;

namespace {
using geokg::testing::make_triple;
const Entity CHN{"country:CHN", "China", EntityType::country};
const Entity JPN{"country:JPN", "Japan", EntityType::country};
const Entity WANG{"person:wang-yi", "Wang Yi", EntityType::person};
}  // namespace

TEST_CASE("edges aggregate triples per (subject, relation, object)") {
    GraphBuilder b;
    b.add(make_triple("a1", WANG, Relation::visits, JPN, "2020-11-24", 0.6));
    b.add(make_triple("a1", WANG, Relation::visits, JPN, "2020-11-24", 0.9));
    b.add(make_triple("a2", WANG, Relation::visits, JPN, "2021-03", 0.4));
    b.add(make_triple("a2", WANG, Relation::official_of, CHN, "2021-03"));
    auto net = b.take();
    CHECK(net.nodes() == 3);
    CHECK(net.edges() == 2);
    auto e = boost::edge(*net.find("person:wang-yi"), *net.find("country:JPN"), net.g);
    REQUIRE(e.second);
    const auto& p = net.g[e.first];
    CHECK(p.relation == "visits");
    CHECK(p.cls == "verbal_cooperation");
    CHECK(p.count == 3);
    CHECK(p.weight == 2.0);  // distinct articles
    CHECK(p.score == doctest::Approx(6.0));
    CHECK(p.first_date == "2020-11-24");
    CHECK(p.last_date == "2021-03");
    CHECK(p.sources == std::vector<std::string>{"a1", "a2"});
    CHECK(p.confidence == doctest::Approx(0.9));
    CHECK(p.evidence == "ev-a1");
    CHECK(p.attestations.size() == 3);
    CHECK(p.id == "person:wang-yi>visits>country:JPN");
    const auto& w = net.g[*net.find("person:wang-yi")];
    CHECK(w.label == "Wang Yi");
    CHECK(w.type == "person");
    CHECK(w.mentions == 4);
    CHECK(w.articles == 2);
    CHECK(w.first_seen == "2020-11-24");
    CHECK(w.last_seen == "2021-03");
}

TEST_CASE("symmetric relations become one edge whichever way they are stated") {
    GraphBuilder b;
    b.add(make_triple("a1", CHN, Relation::meets_with, JPN, "2020"));
    b.add(make_triple("a2", JPN, Relation::meets_with, CHN, "2021"));
    b.add(make_triple("a3", JPN, Relation::criticizes, CHN, "2021"));
    b.add(make_triple("a4", CHN, Relation::criticizes, JPN, "2021"));
    auto net = b.take();
    CHECK(net.edges() == 3);  // one meets_with, two directed criticizes
    auto e = boost::edge(*net.find("country:CHN"), *net.find("country:JPN"), net.g);
    REQUIRE(e.second);
}

TEST_CASE("negated and hypothetical triples are left out unless asked") {
    auto neg = make_triple("a1", CHN, Relation::sanctions, JPN, "2020");
    neg.negated = true;
    auto hyp = make_triple("a1", CHN, Relation::attacks, JPN, "2020");
    hyp.modality = Modality::hypothetical;
    {
        GraphBuilder b;
        b.add(neg);
        b.add(hyp);
        CHECK(b.triples_used() == 0);
        CHECK(b.take().edges() == 0);
    }
    {
        GraphBuilder b({.include_negated = true, .include_hypothetical = true});
        b.add(neg);
        b.add(hyp);
        auto net = b.take();
        CHECK(net.edges() == 2);
        bool saw_negated = false;
        for (auto e : boost::make_iterator_range(boost::edges(net.g))) {
            if (net.g[e].negated) {
                saw_negated = true;
                CHECK(net.g[e].score == 0.0);
            }
        }
        CHECK(saw_negated);
    }
}

TEST_CASE("Network rejects duplicate node ids") {
    Network n;
    n.add_node({.id = "x"});
    CHECK_THROWS_AS(n.add_node({.id = "x"}), std::invalid_argument);
}

TEST_CASE("surface forms become aliases with line wraps folded to one space") {
    auto t = make_triple("a1", CHN, Relation::meets_with, JPN, "2020");
    t.attributes["surface"] = "the People's\n  Republic";
    GraphBuilder b;
    b.add(t);
    auto net = b.take();
    CHECK(net.g[*net.find("country:CHN")].aliases == std::vector<std::string>{"the People's Republic"});
}
