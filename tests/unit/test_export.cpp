// Export writers: exact checks of escaping, key declarations, numbers, ids.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "geokg/export.hpp"
#include "geokg/io.hpp"

using namespace geokg;

namespace {

NodeProps node(std::string id, std::string label, std::string type, std::uint64_t mentions = 1) {
    NodeProps n;
    n.id = std::move(id);
    n.label = std::move(label);
    n.type = std::move(type);
    n.mentions = mentions;
    n.articles = 1;
    return n;
}

EdgeProps edge(std::string id, std::string relation, std::string cls, double weight = 1) {
    EdgeProps e;
    e.id = std::move(id);
    e.relation = std::move(relation);
    e.cls = std::move(cls);
    e.weight = weight;
    e.count = 1;
    return e;
}

// China -visits-> Japan, with a second, parallel edge.
Network small() {
    Network net;
    auto c = net.add_node(node("country:CHN", "China", "country", 4));
    auto j = net.add_node(node("country:JPN", "Japan", "country", 1));
    auto e = edge("country:CHN>visits>country:JPN", "visits", "verbal_cooperation", 2);
    e.count = 3;
    e.score = 6;
    e.confidence = 0.1;
    e.first_date = "2020-11-24";
    e.last_date = "2021-03";
    e.dates = {"2020-11-24", "2021-03"};
    e.sources = {"a1", "a2"};
    e.evidence = "Wang Yi visited Japan";
    boost::add_edge(c, j, e, net.g);
    boost::add_edge(c, j, edge("country:CHN>criticizes>country:JPN", "criticizes", "verbal_conflict"), net.g);
    return net;
}

template <class F>
std::string render(F f, const Network& net) {
    std::ostringstream os;
    f(net, os);
    return os.str();
}

std::string graphml(const Network& n) { return render([](auto& a, auto& b) { write_graphml(a, b); }, n); }
std::string gexf(const Network& n) { return render([](auto& a, auto& b) { write_gexf(a, b); }, n); }
std::string dot(const Network& n) { return render([](auto& a, auto& b) { write_dot(a, b); }, n); }
std::string nodes_csv(const Network& n) { return render([](auto& a, auto& b) { write_nodes_csv(a, b); }, n); }
std::string edges_csv(const Network& n) { return render([](auto& a, auto& b) { write_edges_csv(a, b); }, n); }
std::string json(const Network& n) { return render([](auto& a, auto& b) { write_json(a, b); }, n); }

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("clean_text drops C0 controls but keeps tab, newlines, emoji, RTL and bidi controls") {
    CHECK(clean_text("a\x01" "b\x1f" "c") == "abc");
    CHECK(clean_text("a\tb\nc\rd") == "a\tb\nc\rd");
    CHECK(clean_text("\xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE2\x80\xAE" "x") ==
          "\xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE2\x80\xAE" "x");
    CHECK(clean_text("bad\xC3(") == "bad\xEF\xBF\xBD(");      // truncated sequence -> U+FFFD
    CHECK(clean_text("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(clean_text("x\xEF\xBF\xBFy") == "xy");              // U+FFFF is no XML character
}

TEST_CASE("GraphML: keys named after their attribute, for node or edge, declared before the graph") {
    auto s = graphml(small());
    CHECK(has(s, R"(<key id="label" for="node" attr.name="label" attr.type="string"/>)"));
    CHECK(has(s, R"(<key id="r" for="node" attr.name="r" attr.type="int"/>)"));
    CHECK(has(s, R"(<key id="size" for="node" attr.name="size" attr.type="double"/>)"));
    CHECK(has(s, R"(<key id="mentions" for="node" attr.name="mentions" attr.type="long"/>)"));
    CHECK(has(s, R"(<key id="weight" for="edge" attr.name="weight" attr.type="double"/>)"));
    CHECK(has(s, R"(<key id="score" for="edge" attr.name="score" attr.type="double"/>)"));
    CHECK(has(s, R"(<key id="sources" for="edge" attr.name="sources" attr.type="string"/>)"));
    CHECK_FALSE(has(s, "for=\"all\""));
    CHECK_FALSE(has(s, "for=\"graph\""));
    CHECK_FALSE(has(s, "key0"));
    CHECK_FALSE(has(s, "negated"));  // no negated edge: no column
    CHECK(s.rfind("<key ") < s.find("<graph "));
    CHECK(s.rfind("<node ") < s.find("<edge "));
    CHECK(has(s, R"(<graph id="geokg" edgedefault="directed">)"));
    CHECK(has(s, R"(<node id="country:CHN">)"));
    CHECK(has(s, R"(<edge id="country:CHN&gt;visits&gt;country:JPN" source="country:CHN" target="country:JPN">)"));
    CHECK(has(s, R"(<data key="label">visits</data>)"));
    CHECK(has(s, R"(<data key="relation">visits</data>)"));
    CHECK(has(s, R"(<data key="class">verbal_cooperation</data>)"));
    CHECK(has(s, R"(<data key="weight">2</data>)"));
    CHECK(has(s, R"(<data key="count">3</data>)"));
    CHECK(has(s, R"(<data key="score">6</data>)"));
    CHECK(has(s, R"(<data key="confidence">0.1</data>)"));
    CHECK(has(s, R"(<data key="sources">a1|a2</data>)"));
    CHECK(has(s, R"(<data key="dates">2020-11-24|2021-03</data>)"));
    CHECK(has(s, R"(<data key="first_date">2020-11-24</data>)"));
    CHECK(has(s, R"(<data key="size">50</data>)"));  // the most mentioned node
    CHECK(has(s, R"(<data key="size">30</data>)"));  // 10 + 40 * sqrt(1/4)
    CHECK(has(s, R"(<data key="r">0</data>)"));
    CHECK(has(s, R"(<data key="g">114</data>)"));
    CHECK(has(s, R"(<data key="b">178</data>)"));
}

TEST_CASE("GraphML: doubles at full precision, weight always > 0, edge ids unique") {
    Network net;
    auto a = net.add_node(node("a", "A", "country"));
    auto b = net.add_node(node("b", "B", "country"));
    auto e1 = edge("dup", "meets_with", "verbal_cooperation", 0.0);  // weight 0: Gephi would delete it
    e1.score = 0.1 + 0.2;
    e1.confidence = 1.0 / 3.0;
    boost::add_edge(a, b, e1, net.g);
    auto e2 = edge("dup", "visits", "verbal_cooperation", -3);  // repeated id, negative weight
    e2.sources = {"x", "y"};
    boost::add_edge(a, b, e2, net.g);
    boost::add_edge(b, a, edge("", "supports", "verbal_cooperation"), net.g);  // no id
    auto s = graphml(net);
    CHECK(has(s, R"(<data key="score">0.30000000000000004</data>)"));
    CHECK(has(s, R"(<data key="confidence">0.3333333333333333</data>)"));
    CHECK(has(s, R"(<data key="weight">1</data>)"));  // weight 0, no sources, count 1
    CHECK(has(s, R"(<data key="weight">2</data>)"));  // negative weight -> number of sources
    CHECK_FALSE(has(s, R"(<data key="weight">0</data>)"));
    CHECK_FALSE(has(s, R"(<data key="weight">-)"));
    auto ids = edge_ids(net);
    REQUIRE(ids.size() == 3);
    CHECK(ids[0] == "dup");
    CHECK(ids[1] == "e0");
    CHECK(ids[2] == "e1");
    CHECK(has(s, R"(<edge id="e0" source="a" target="b">)"));
    CHECK(has(s, R"(<edge id="e1" source="b" target="a">)"));
}

TEST_CASE("GraphML: XML escaping and control characters dropped") {
    Network net;
    net.add_node(node("person:x", "Tom \"T\" <b>&'co'\x01\x02\x7f\nnew\tline\\", "person"));
    auto s = graphml(net);
    CHECK(has(s, "<data key=\"label\">Tom &quot;T&quot; &lt;b&gt;&amp;&apos;co&apos;\x7f&#10;new&#9;line\\</data>"));
    CHECK_FALSE(has(s, "\x01"));
    CHECK_FALSE(has(s, "\x02"));
    // NEL and the Unicode line/paragraph separators as references (xmldom would turn them into LF).
    Network u;
    u.add_node(node("p", "a\xC2\x85" "b\xE2\x80\xA8" "c\xE2\x80\xA9" "d\xE2\x80\xA7", "person"));
    CHECK(has(graphml(u), "<data key=\"label\">a&#133;b&#8232;c&#8233;d\xE2\x80\xA7</data>"));
}

TEST_CASE("GraphML and the other formats: undirected networks say so") {
    Network net = small();
    net.directed = false;
    CHECK(has(graphml(net), "edgedefault=\"undirected\""));
    CHECK(has(gexf(net), "defaultedgetype=\"undirected\""));
    CHECK(has(dot(net), "graph \"geokg\" {"));
    CHECK(has(dot(net), "\"country:CHN\" -- \"country:JPN\""));
    CHECK(has(edges_csv(net), ",Undirected,"));
    CHECK(has(json(net), "{\"directed\": false"));
}

TEST_CASE("foreign attributes: declared types, validated values, no collision with reserved names") {
    Network net;
    net.node_extra_keys = {{"id", "string"}, {"Label", "string"}, {"population", "long"}, {"flag", "boolean"},
                           {"ratio", "double"}, {"code", "int"}};
    net.edge_extra_keys = {{"weight", "double"}, {"population", "string"}, {"note", "string"}};
    auto n1 = node("a", "A", "");
    n1.extra["id"] = {"string", "X1"};
    n1.extra["Label"] = {"string", "foreign label"};
    n1.extra["population"] = {"long", "1400000000"};
    n1.extra["flag"] = {"boolean", "True"};
    n1.extra["ratio"] = {"double", "0.5"};
    n1.extra["code"] = {"int", "abc"};  // not an int: the column becomes a string
    auto n2 = node("b", "B", "");
    n2.extra["code"] = {"int", "7"};
    auto a = net.add_node(n1);
    auto b = net.add_node(n2);
    auto e = edge("e", "rel", "");
    e.extra["weight"] = {"double", "-2.5"};
    e.extra["population"] = {"string", "many"};
    e.extra["note"] = {"string", "hi & bye"};
    boost::add_edge(a, b, e, net.g);

    auto ncols = extra_columns(net, false);
    REQUIRE(ncols.size() == 6);
    CHECK(ncols[0].name == "id_");
    CHECK(ncols[1].name == "Label_");
    CHECK(ncols[2].name == "population");
    CHECK(ncols[2].type == "long");
    CHECK(ncols[3].type == "boolean");
    CHECK(ncols[5].name == "code");
    CHECK(ncols[5].type == "string");
    Network twice;
    twice.node_extra_keys = {{"Foo", "string"}, {"foo", "string"}};
    auto tc = extra_columns(twice, false);
    REQUIRE(tc.size() == 2);
    CHECK(tc[0].name == "Foo");
    CHECK(tc[1].name == "foo_");  // Gephi's column ids ignore case
    auto ecols = extra_columns(net, true);
    REQUIRE(ecols.size() == 3);
    CHECK(ecols[0].name == "weight_");
    CHECK(ecols[1].name == "population_");  // a node column of another type has that name
    CHECK(ecols[2].name == "note");

    auto s = graphml(net);
    CHECK(has(s, R"(<key id="id_" for="node" attr.name="id_" attr.type="string"/>)"));
    CHECK(has(s, R"(<key id="population" for="node" attr.name="population" attr.type="long"/>)"));
    CHECK(has(s, R"(<key id="flag" for="node" attr.name="flag" attr.type="boolean"/>)"));
    CHECK(has(s, R"(<key id="code" for="node" attr.name="code" attr.type="string"/>)"));
    CHECK(has(s, R"(<key id="weight_" for="edge" attr.name="weight_" attr.type="double"/>)"));
    CHECK(has(s, R"(<data key="flag">true</data>)"));
    CHECK(has(s, R"(<data key="population">1400000000</data>)"));
    CHECK(has(s, R"(<data key="weight_">-2.5</data>)"));
    CHECK(has(s, R"(<data key="note">hi &amp; bye</data>)"));
    CHECK_FALSE(has(s, "key id=\"id\""));
    auto g = gexf(net);
    CHECK(has(g, R"(<attribute id="population" title="population" type="long"/>)"));
    CHECK(has(g, R"(<attvalue for="flag" value="true"/>)"));
    auto c = nodes_csv(net);
    CHECK(has(c, "Id,Label,type,mentions,articles,first_seen,last_seen,size,color,aliases,id_,Label_,population,flag,ratio,code\r\n"));
    CHECK(has(c, ",X1,foreign label,1400000000,true,0.5,abc\r\n"));
    auto j = json(net);
    CHECK(has(j, "\"population\": 1400000000, \"flag\": true, \"ratio\": 0.5, \"code\": \"abc\""));
    CHECK(has(j, "\"weight_\": -2.5, \"population_\": \"many\", \"note\": \"hi & bye\""));
}

TEST_CASE("GEXF 1.3: dynamic, directed, one edge with a spell per date, node spells cover their edges") {
    auto s = gexf(small());
    CHECK(has(s, R"(<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz")"));
    CHECK(has(s, R"(version="1.3")"));
    CHECK(has(s, R"(<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">)"));
    CHECK(has(s, R"(<edge id="country:CHN&gt;visits&gt;country:JPN" source="country:CHN" target="country:JPN" label="visits" kind="visits" weight="2">)"));
    CHECK(has(s, "<spells>\n          <spell start=\"2020-11-24\" end=\"2020-11-24\"/>\n"
                 "          <spell start=\"2021-03-01\" end=\"2021-03-31\"/>\n        </spells>"));
    // Node spells: China has no first_seen, yet its edge's dates widen it.
    CHECK(has(s, R"(<spell start="2020-11-24" end="2021-03-31"/>)"));
    CHECK(has(s, R"(<viz:color r="0" g="114" b="178"/>)"));
    CHECK(has(s, R"(<viz:size value="50"/>)"));
    CHECK(has(s, R"(<attvalue for="score" value="6"/>)"));
    CHECK(has(s, R"(<attribute id="count" title="count" type="long"/>)"));
}

TEST_CASE("GEXF: partial dates become whole periods, overlapping spells merge, leap years") {
    Network net;
    auto a = net.add_node(node("a", "A", "country"));
    auto b = net.add_node(node("b", "B", "country"));
    auto e = edge("e", "meets_with", "verbal_cooperation");
    e.dates = {"2020", "2020-02", "2021-02", "2024-02-29", "not a date"};
    boost::add_edge(a, b, e, net.g);
    auto s = gexf(net);
    CHECK(has(s, "<spell start=\"2020-01-01\" end=\"2020-12-31\"/>\n"
                 "          <spell start=\"2021-02-01\" end=\"2021-02-28\"/>\n"
                 "          <spell start=\"2024-02-29\" end=\"2024-02-29\"/>\n        </spells>"));
    CHECK_FALSE(has(s, "start=\"not"));
}

TEST_CASE("DOT: backslash, quote, newline escaping; Graphviz attributes only") {
    Network net;
    auto a = net.add_node(node("person:x", "ends with \\", "person"));
    auto b = net.add_node(node("org:y", "say \"hi\"\nto \\N & \\G", "organization"));
    auto e = edge("id\"1", "supports", "verbal_cooperation", 3);
    boost::add_edge(a, b, e, net.g);
    auto s = dot(net);
    CHECK(has(s, "digraph \"geokg\" {"));
    CHECK(has(s, "layout=\"sfdp\""));
    CHECK(has(s, "overlap=\"prism\""));
    CHECK(has(s, "label=\"ends with \\\\\""));
    CHECK(has(s, "label=\"say \\\"hi\\\"\\nto \\\\N &amp; \\\\G\""));
    CHECK(has(s, "\"person:x\" -> \"org:y\" [id=\"id\\\"1\", color=\"#66c2a5\""));
    CHECK(has(s, "shape=\"box\""));
    CHECK(has(s, "shape=\"hexagon\""));
    CHECK(has(s, "fillcolor=\"#e69f00\""));
    CHECK_FALSE(has(s, "weight="));
    CHECK_FALSE(has(s, "relation="));
}

TEST_CASE("CSV: Gephi's headers, RFC 4180 quoting, CRLF") {
    Network net;
    auto a = net.add_node(node("a", "Smith, \"Bob\"", "person"));
    auto b = net.add_node(node("b", "line\nbreak", "country"));
    auto e = edge("e1", "visits", "verbal_cooperation", 2);
    e.evidence = " padded ";
    e.sources = {"s1", "s2"};
    boost::add_edge(a, b, e, net.g);
    auto n = nodes_csv(net);
    CHECK(n.rfind("Id,Label,type,mentions,articles,first_seen,last_seen,size,color,aliases\r\n", 0) == 0);
    CHECK(has(n, "a,\"Smith, \"\"Bob\"\"\",person,1,1,,,50,#e69f00,\r\n"));
    CHECK(has(n, "b,\"line\nbreak\",country,"));
    auto c = edges_csv(net);
    CHECK(c.rfind("Source,Target,Type,Id,Label,Weight,relation,class,count,score,first_date,last_date,dates,"
                  "confidence,evidence,sources,color\r\n", 0) == 0);
    CHECK(has(c, "a,b,Directed,e1,visits,2,visits,verbal_cooperation,1,0,,,,0,\" padded \",s1|s2,#66c2a5\r\n"));
}

TEST_CASE("JSON: node-link form, escaped strings, arrays, null dates") {
    auto s = json(small());
    CHECK(s.rfind("{\"directed\": true, \"multigraph\": true,", 0) == 0);
    CHECK(has(s, "\"nodes\": ["));
    CHECK(has(s, "\"links\": ["));
    CHECK(has(s, "{\"id\": \"country:CHN\", \"label\": \"China\", \"type\": \"country\", \"mentions\": 4"));
    CHECK(has(s, "\"first_seen\": null"));
    CHECK(has(s, "\"source\": \"country:CHN\", \"target\": \"country:JPN\", \"label\": \"visits\""));
    CHECK(has(s, "\"dates\": [\"2020-11-24\", \"2021-03\"]"));
    CHECK(has(s, "\"sources\": [\"a1\", \"a2\"]"));
    Network net;
    net.add_node(node("q", "a\"b\\c\nd\x01", "person"));
    CHECK(has(json(net), "\"label\": \"a\\\"b\\\\c\\nd\""));
}

TEST_CASE("parse_formats") {
    CHECK(parse_formats("graphml,gexf,dot,csv,json").size() == 5);
    CHECK(parse_formats("all").size() == 5);
    CHECK(parse_formats(" GEXF , graphml,gexf") == std::vector<Format>{Format::gexf, Format::graphml});
    CHECK_THROWS_WITH_AS(parse_formats("graphml,pdf"),
                         "unknown export format \"pdf\" (choose from graphml, gexf, dot, csv, json, all)",
                         std::invalid_argument);
    CHECK_THROWS_AS(parse_formats(""), std::invalid_argument);
}

TEST_CASE("export_all writes each file atomically into the folder") {
    auto dir = std::filesystem::temp_directory_path() / ("geokg_export_test_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    export_all(small(), dir / "out", parse_formats("all"));
    for (auto f : {"graph.graphml", "graph.gexf", "graph.dot", "nodes.csv", "edges.csv", "graph.json"})
        CHECK(std::filesystem::file_size(dir / "out" / f) > 100);
    std::size_t files = 0;
    for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(dir / "out")) ++files;
    CHECK(files == 6);  // no temporaries left behind
    export_all(small(), dir / "only", parse_formats("csv"));
    CHECK(std::filesystem::exists(dir / "only" / "edges.csv"));
    CHECK_FALSE(std::filesystem::exists(dir / "only" / "graph.graphml"));
    if (graphviz_available("sfdp")) {
        render_dot(dir / "out" / "graph.dot", dir / "out" / "graph.svg", "svg", "sfdp");
        CHECK(std::filesystem::file_size(dir / "out" / "graph.svg") > 100);
        CHECK_THROWS_AS(render_dot(dir / "nope.dot", dir / "x.svg"), OutputError);
        CHECK_FALSE(std::filesystem::exists(dir / "x.svg"));
    }
    std::filesystem::remove_all(dir);
}
