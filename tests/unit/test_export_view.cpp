// Views: type/relation/class/date/weight filters, largest component, country level.
#include <doctest/doctest.h>

#include "triple_fixture.hpp"

#include "geokg/export.hpp"

using namespace geokg;

namespace {

using geokg::testing::make_triple;

const Entity CHN{"country:CHN", "China", EntityType::country};
const Entity JPN{"country:JPN", "Japan", EntityType::country};
const Entity USA{"country:USA", "United States", EntityType::country};
const Entity KOR{"country:KOR", "South Korea", EntityType::country};
const Entity GBR{"country:GBR", "United Kingdom", EntityType::country};
const Entity AUS{"country:AUS", "Australia", EntityType::country};
const Entity WANG{"person:wang-yi", "Wang Yi", EntityType::person};
const Entity BLINKEN{"person:antony-blinken", "Antony Blinken", EntityType::person};
const Entity ENVOY{"person:some-envoy", "Some Envoy", EntityType::person};
const Entity APEC{"org:apec", "APEC", EntityType::organization};

Network sample() {
    GraphBuilder b;
    b.add(make_triple("a1", WANG, Relation::official_of, CHN, "2020-11-24"));
    b.add(make_triple("a1", WANG, Relation::visits, JPN, "2020-11-24", 0.9));
    b.add(make_triple("a2", WANG, Relation::visits, JPN, "2021-03-02", 0.4));
    b.add(make_triple("a3", CHN, Relation::criticizes, USA, "2021-05"));
    b.add(make_triple("a3", CHN, Relation::visits, JPN, "2021-06-01"));
    b.add(make_triple("a4", BLINKEN, Relation::official_of, USA, "2021-01-26"));
    b.add(make_triple("a4", BLINKEN, Relation::meets_with, WANG, "2021-03-18"));
    b.add(make_triple("a5", USA, Relation::meets_with, CHN, "2021-03-18"));
    b.add(make_triple("a6", CHN, Relation::member_of, APEC, "2021"));
    b.add(make_triple("a7", GBR, Relation::allied_with, AUS, "2021-09-15"));  // a second component
    return b.take();
}

const EdgeProps* find_edge(const Network& net, const std::string& s, const std::string& rel, const std::string& o) {
    auto vs = net.find(s), vo = net.find(o);
    if (!vs || !vo) return nullptr;
    for (auto e : boost::make_iterator_range(boost::out_edges(*vs, net.g)))
        if (boost::target(e, net.g) == *vo && net.g[e].relation == rel) return &net.g[e];
    return nullptr;
}

}  // namespace

TEST_CASE("date_in_range compares at the precision of the shorter string") {
    CHECK(date_in_range("2021", "2021-03", ""));
    CHECK(date_in_range("2021-03", "2021-03-15", "2021-03-15"));
    CHECK_FALSE(date_in_range("2021-02", "2021-03", ""));
    CHECK(date_in_range("2021-02-28", "", "2021-02"));
    CHECK_FALSE(date_in_range("2021-04-01", "", "2021-03"));
    CHECK_FALSE(date_in_range("", "2020", ""));
    CHECK(date_in_range("", "", ""));
}

TEST_CASE("an empty view keeps everything") {
    auto net = sample();
    auto v = apply_view(net, {});
    CHECK(v.nodes() == net.nodes());
    CHECK(v.edges() == net.edges());
}

TEST_CASE("type filter keeps nodes of those types and edges among them") {
    ViewOptions o;
    o.types = {"country"};
    auto v = apply_view(sample(), o);
    CHECK(v.nodes() == 5);  // CHN JPN USA GBR AUS
    CHECK_FALSE(v.find("person:wang-yi"));
    CHECK_FALSE(v.find("org:apec"));
    CHECK(v.edges() == 4);  // CHN criticizes USA, CHN visits JPN, CHN meets USA, GBR allied AUS
    // Node statistics are the network's, not recomputed.
    CHECK(v.g[*v.find("country:CHN")].mentions == sample().g[*sample().find("country:CHN")].mentions);
}

TEST_CASE("relation and class filters drop the nodes left without edges") {
    ViewOptions o;
    o.relations = {"visits"};
    auto v = apply_view(sample(), o);
    CHECK(v.edges() == 2);
    CHECK(v.nodes() == 3);  // Wang Yi, China, Japan
    ViewOptions c;
    c.classes = {"verbal_conflict"};
    auto w = apply_view(sample(), c);
    CHECK(w.edges() == 1);
    CHECK(find_edge(w, "country:CHN", "criticizes", "country:USA"));
    ViewOptions bad;
    bad.relations = {"vists"};
    CHECK_THROWS_AS(apply_view(sample(), bad), std::invalid_argument);
    bad = {};
    bad.types = {"planet"};
    CHECK_THROWS_AS(apply_view(sample(), bad), std::invalid_argument);
    bad = {};
    bad.since = "2021-13";
    CHECK_THROWS_AS(apply_view(sample(), bad), std::invalid_argument);
    bad = {};
    bad.since = "2022";
    bad.until = "2021";
    CHECK_THROWS_AS(apply_view(sample(), bad), std::invalid_argument);
}

TEST_CASE("date filter recomputes weight, count, score, dates and sources from the attestations kept") {
    ViewOptions o;
    o.since = "2021";
    auto v = apply_view(sample(), o);
    auto* e = find_edge(v, "person:wang-yi", "visits", "country:JPN");
    REQUIRE(e);
    CHECK(e->count == 1);
    CHECK(e->weight == 1.0);
    CHECK(e->score == doctest::Approx(2.0));
    CHECK(e->sources == std::vector<std::string>{"a2"});
    CHECK(e->dates == std::vector<std::string>{"2021-03-02"});
    CHECK(e->first_date == "2021-03-02");
    CHECK(e->last_date == "2021-03-02");
    CHECK(e->confidence == doctest::Approx(0.4));
    CHECK(e->id == "person:wang-yi>visits>country:JPN");  // unchanged ends keep their id
    CHECK_FALSE(find_edge(v, "person:wang-yi", "official_of", "country:CHN"));  // 2020 only
    const auto& w = v.g[*v.find("person:wang-yi")];
    CHECK(w.mentions == 2);  // visits (a2) + meets_with (a4)
    CHECK(w.articles == 2);
    CHECK(w.first_seen == "2021-03-02");
    CHECK(w.last_seen == "2021-03-18");

    ViewOptions m;
    m.since = "2021-03";
    m.until = "2021-03";
    auto x = apply_view(sample(), m);
    CHECK(x.edges() == 4);  // Wang visits Japan (03-02), Blinken meets Wang, USA meets China, CHN member_of APEC (2021)
    CHECK_FALSE(x.find("country:GBR"));
    ViewOptions y;
    y.since = "2021-03";
    auto z = apply_view(sample(), y);
    CHECK(find_edge(z, "country:CHN", "member_of", "org:apec"));  // "2021" overlaps "2021-03..."
}

TEST_CASE("min_weight applies to the recomputed weight") {
    ViewOptions o;
    o.min_weight = 2;
    auto v = apply_view(sample(), o);
    CHECK(v.edges() == 1);  // only Wang visits Japan has two articles
    o.since = "2021";
    CHECK(apply_view(sample(), o).edges() == 0);
}

TEST_CASE("largest component") {
    ViewOptions o;
    o.largest_component = true;
    auto v = apply_view(sample(), o);
    CHECK_FALSE(v.find("country:GBR"));
    CHECK(v.find("country:CHN"));
    CHECK(v.nodes() == sample().nodes() - 2);
    CHECK(v.edges() == sample().edges() - 1);
}

TEST_CASE("country level lifts people with the network's own offices") {
    ViewOptions o;
    o.country_level = true;
    auto v = apply_view(sample(), o);
    CHECK_FALSE(v.find("person:wang-yi"));
    CHECK_FALSE(v.find("person:antony-blinken"));
    // Wang Yi's visits merge with China's own visit.
    auto* e = find_edge(v, "country:CHN", "visits", "country:JPN");
    REQUIRE(e);
    CHECK(e->count == 3);
    CHECK(e->weight == 3.0);
    CHECK(e->sources == std::vector<std::string>{"a1", "a2", "a3"});
    CHECK(e->evidence == "ev-a1");  // the most confident triple's edge
    // Blinken meets Wang -> USA meets China, merged with USA meets China (symmetric: stored CHN, USA).
    auto* m = find_edge(v, "country:CHN", "meets_with", "country:USA");
    REQUIRE(m);
    CHECK(m->count == 2);
    CHECK(m->sources == std::vector<std::string>{"a4", "a5"});
    CHECK_FALSE(find_edge(v, "country:USA", "meets_with", "country:CHN"));
    // official_of edges vanish (self-loops / a person's office), member_of of a country stays.
    CHECK_FALSE(find_edge(v, "country:CHN", "official_of", "country:CHN"));
    CHECK(find_edge(v, "country:CHN", "member_of", "org:apec"));
    for (auto ed : boost::make_iterator_range(boost::edges(v.g)))
        CHECK(boost::source(ed, v.g) != boost::target(ed, v.g));
    // Nodes re-aggregate from the edges kept.
    const auto& chn = v.g[*v.find("country:CHN")];
    CHECK(chn.mentions == 3 + 1 + 2 + 1);  // visits, criticizes, meets_with, member_of
}

TEST_CASE("country level follows dated offices, and the knowledge base callback first") {
    GraphBuilder b;
    // An envoy who served Korea in 2019, then Japan from 2022.
    b.add(make_triple("k1", ENVOY, Relation::official_of, KOR, "2019-05"));
    b.add(make_triple("j1", ENVOY, Relation::official_of, JPN, "2022-02"));
    b.add(make_triple("x1", ENVOY, Relation::visits, CHN, "2019-06-01"));
    b.add(make_triple("x2", ENVOY, Relation::visits, CHN, "2023-01-10"));
    b.add(make_triple("x3", ENVOY, Relation::visits, CHN, "2020-01-01"));  // nearer to the Korean post
    b.add(make_triple("x4", BLINKEN, Relation::criticizes, CHN, "2021-05-01"));  // no office in the network
    auto net = b.take();
    ViewOptions o;
    o.country_level = true;
    auto v = apply_view(net, o);
    auto* kor = find_edge(v, "country:KOR", "visits", "country:CHN");
    auto* jpn = find_edge(v, "country:JPN", "visits", "country:CHN");
    REQUIRE(kor);
    REQUIRE(jpn);
    CHECK(kor->sources == std::vector<std::string>{"x1", "x3"});
    CHECK(jpn->sources == std::vector<std::string>{"x2"});
    CHECK(find_edge(v, "person:antony-blinken", "criticizes", "country:CHN"));  // stays a person

    CountryOf kb = [](const std::string& person, const std::string& date) -> std::optional<std::string> {
        if (person == "person:antony-blinken" && date >= "2021-01-26") return "country:USA";
        return std::nullopt;
    };
    auto w = apply_view(net, o, &kb);
    auto* usa = find_edge(w, "country:USA", "criticizes", "country:CHN");
    REQUIRE(usa);
    CHECK(w.g[*w.find("country:USA")].type == "country");
    CHECK(w.g[*w.find("country:USA")].label == "USA");  // a country only the callback knew, no name hook
    CHECK_FALSE(w.find("person:antony-blinken"));
    NameOf names = [](const std::string& id) { return id == "country:USA" ? std::string("United States") : std::string(); };
    auto wn = apply_view(net, o, &kb, &names);
    CHECK(wn.g[*wn.find("country:USA")].label == "United States");
    CHECK(wn.g[*wn.find("country:CHN")].label == net.g[*net.find("country:CHN")].label);  // held nodes keep theirs

    // Combined with a date filter: only the 2023 visit remains, lifted to Japan.
    o.since = "2022";
    auto x = apply_view(net, o);
    CHECK(x.edges() == 1);
    CHECK(find_edge(x, "country:JPN", "visits", "country:CHN"));
}

TEST_CASE("foreign edges without attestations are kept whole by date, with dates narrowed") {
    Network net;
    NodeProps a, b;
    a.id = "a", a.label = "A", a.type = "country";
    b.id = "b", b.label = "B", b.type = "country";
    auto va = net.add_node(a), vb = net.add_node(b);
    EdgeProps e;
    e.id = "x";
    e.relation = "meets_with";
    e.cls = "verbal_cooperation";
    e.weight = 5;
    e.count = 7;
    e.dates = {"2019-01-01", "2021-06-01"};
    e.first_date = "2019-01-01";
    e.last_date = "2021-06-01";
    e.extra["foo"] = {"string", "bar"};
    boost::add_edge(va, vb, e, net.g);
    ViewOptions o;
    o.since = "2020";
    auto v = apply_view(net, o);
    REQUIRE(v.edges() == 1);
    const auto& p = v.g[*boost::edges(v.g).first];
    CHECK(p.weight == 5);
    CHECK(p.count == 7);
    CHECK(p.dates == std::vector<std::string>{"2021-06-01"});
    CHECK(p.first_date == "2021-06-01");
    CHECK(p.extra.at("foo").value == "bar");
    CHECK(p.id == "x");
    o.since = "2022";
    CHECK(apply_view(net, o).edges() == 0);
}
