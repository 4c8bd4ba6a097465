// Graph input: GraphML from several writers, our JSON, errors.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "geokg/article.hpp"
#include "geokg/export.hpp"
#include "geokg/graph_io.hpp"

using namespace geokg;

namespace {

std::string graphml(const std::string& keys, const std::string& body, const std::string& edgedefault = "directed") {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" +
           keys + "<graph id=\"G\"" + (edgedefault.empty() ? "" : " edgedefault=\"" + edgedefault + "\"") + ">\n" +
           body + "</graph>\n</graphml>\n";
}

std::string error_of(const std::string& text) {
    try {
        parse_graphml(text, "in.graphml");
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("graphml: NetworkX style keys d0.., True booleans, parallel edges, undirected") {
    std::string keys =
        "<key id=\"d0\" for=\"node\" attr.name=\"club\" attr.type=\"string\"/>\n"
        "<key id=\"d1\" for=\"node\" attr.name=\"flag\" attr.type=\"boolean\"/>\n"
        "<key id=\"d2\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n"
        "<key id=\"d3\" for=\"edge\" attr.name=\"note\"/>\n";  // no attr.type: string
    std::string body =
        "<node id=\"0\"><data key=\"d0\">Mr. Hi</data><data key=\"d1\">True</data></node>\n"
        "<node id=\"1\"><data key=\"d1\">0</data></node>\n"
        "<edge source=\"0\" target=\"1\"><data key=\"d2\">4</data><data key=\"d3\">x</data></edge>\n"
        "<edge source=\"0\" target=\"1\" id=\"second\"><data key=\"d2\">2</data></edge>\n"
        "<edge source=\"1\" target=\"7\"/>\n";  // undeclared node 7 is added
    Network net = parse_graphml(graphml(keys, body, ""));
    CHECK_FALSE(net.directed);  // no edgedefault: undirected, as NetworkX
    CHECK(net.nodes() == 3);
    CHECK(net.edges() == 3);
    auto v0 = *net.find("0");
    CHECK(net.g[v0].label == "0");
    CHECK(net.g[v0].extra.at("club").value == "Mr. Hi");
    CHECK(net.g[v0].extra.at("flag").value == "true");
    CHECK(net.g[v0].extra.at("flag").type == "boolean");
    CHECK(net.g[*net.find("1")].extra.at("flag").value == "false");
    std::vector<double> weights;
    std::vector<std::string> ids;
    for (auto [it, end] = boost::edges(net.g); it != end; ++it) {
        weights.push_back(net.g[*it].weight);
        ids.push_back(net.g[*it].id);
    }
    CHECK(weights == std::vector<double>{4, 2, 1});
    CHECK(ids[1] == "second");
    CHECK(ids[0] != ids[2]);
    REQUIRE(net.node_extra_keys.size() == 2);
    CHECK(net.node_extra_keys[0] == std::pair<std::string, std::string>{"club", "string"});
}

TEST_CASE("graphml: defaults, keys for all, yEd labels and nested graphs") {
    std::string keys =
        "<key id=\"k0\" for=\"all\" attr.name=\"colour\" attr.type=\"string\"><default>blue</default></key>\n"
        "<key id=\"k1\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
        "<key id=\"k2\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"><default>2.5</default></key>\n";
    std::string body =
        "<node id=\"n0\"><data key=\"k1\"><y:ShapeNode xmlns:y=\"http://www.yworks.com/xml/graphml\">"
        "<y:NodeLabel>Tokyo</y:NodeLabel></y:ShapeNode></data></node>\n"
        "<node id=\"g1\"><graph id=\"g1:\" edgedefault=\"directed\"><node id=\"g1::n0\"><data key=\"k0\">red</data></node></graph></node>\n"
        "<edge source=\"n0\" target=\"g1::n0\"/>\n";
    Network net = parse_graphml(graphml(keys, body));
    CHECK(net.directed);
    CHECK(net.nodes() == 3);
    CHECK(net.g[*net.find("n0")].label == "Tokyo");
    CHECK(net.g[*net.find("n0")].extra.at("colour").value == "blue");
    CHECK(net.g[*net.find("g1::n0")].extra.at("colour").value == "red");
    auto [it, end] = boost::edges(net.g);
    CHECK(net.g[*it].weight == 2.5);
}

TEST_CASE("graphml: igraph's name attribute gives the label") {
    std::string keys = "<key id=\"v_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n";
    Network net = parse_graphml(graphml(keys, "<node id=\"n0\"><data key=\"v_name\">Japan</data></node>\n"));
    CHECK(net.g[*net.find("n0")].label == "Japan");
}

TEST_CASE("graphml: errors name the file and line") {
    CHECK(error_of("<graphml><graph>\n<node id=\"a\">\n</graph>") .find("in.graphml: line ") == 0);
    std::string keys = "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
    auto e = error_of(graphml(keys, "<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><data key=\"w\">heavy</data></edge>\n"));
    CHECK_MESSAGE(e.find("in.graphml: line 6:") == 0, e);
    CHECK(e.find("not a number") != std::string::npos);
    CHECK(error_of(graphml("", "<node id=\"a\"><data key=\"zz\">1</data></node>\n")).find("undeclared key") !=
          std::string::npos);
    CHECK(error_of("<gexf/>").find("not a GraphML file") != std::string::npos);
    CHECK(error_of(graphml("", "<node id=\"a\"/><node id=\"a\"/>")).find("duplicate node id") != std::string::npos);
}

namespace {
Network sample() {
    Network net;
    NodeProps a;
    a.id = "country:CHN";
    a.label = "China";
    a.type = "country";
    a.mentions = 5;
    a.aliases = {"Beijing", "PRC"};
    a.extra["region"] = {"string", "Asia"};
    net.node_extra_keys.push_back({"region", "string"});
    NodeProps b;
    b.id = "country:JPN";
    b.label = "Japan";
    b.type = "country";
    auto va = net.add_node(a), vb = net.add_node(b);
    EdgeProps e;
    e.id = "e1";
    e.relation = "criticizes";
    e.cls = "verbal_conflict";
    e.weight = 2;
    e.count = 3;
    e.score = -6;
    e.first_date = "2020-01-02";
    e.last_date = "2021";
    e.sources = {"a1", "a2"};
    e.dates = {"2020-01-02", "2021"};
    e.evidence = "China criticized Japan <strongly> & \"loudly\"";
    boost::add_edge(va, vb, e, net.g);
    e.id = "e2";
    e.relation = "meets_with";
    e.cls = "verbal_cooperation";
    boost::add_edge(va, vb, e, net.g);
    return net;
}

void check_sample(const Network& net) {
    CHECK(net.directed);
    REQUIRE(net.nodes() == 2);
    REQUIRE(net.edges() == 2);
    const auto& a = net.g[*net.find("country:CHN")];
    CHECK(a.label == "China");
    CHECK(a.type == "country");
    CHECK(a.mentions == 5);
    CHECK(a.aliases == std::vector<std::string>{"Beijing", "PRC"});
    CHECK(a.extra.at("region").value == "Asia");
    auto [it, end] = boost::edges(net.g);
    const auto& e = net.g[*it];
    CHECK(e.relation == "criticizes");
    CHECK(e.cls == "verbal_conflict");
    CHECK(e.weight == 2);
    CHECK(e.count == 3);
    CHECK(e.score == -6);
    CHECK(e.first_date == "2020-01-02");
    CHECK(e.sources == std::vector<std::string>{"a1", "a2"});
    CHECK(e.evidence == "China criticized Japan <strongly> & \"loudly\"");
    CHECK(e.extra.empty());  // presentation attributes (label, colours) are not carried as extras
}
}  // namespace

TEST_CASE("graphml and json written by export read back") {
    Network net = sample();
    auto dir = std::filesystem::temp_directory_path() / "geokg-test-graphio";
    std::filesystem::create_directories(dir);
    {
        std::ofstream o(dir / "g.graphml");
        write_graphml(net, o);
    }
    {
        std::ofstream o(dir / "g.json");
        write_json(net, o);
    }
    check_sample(read_graphml(dir / "g.graphml"));
    check_sample(read_graph_json(dir / "g.json"));
    check_sample(load_graph({(dir / "g.graphml").string()}));
    check_sample(load_graph({(dir / "g.json").string()}));
    CHECK_THROWS_AS(load_graph({(dir / "missing.graphml").string()}), InputError);
    std::filesystem::remove_all(dir);
}

TEST_CASE("graphml: a Gephi-style export (label/weight keys by name, viz columns, edge ids)") {
    std::string text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        "<key attr.name=\"label\" attr.type=\"string\" for=\"node\" id=\"label\"/>\n"
        "<key attr.name=\"Edge Label\" attr.type=\"string\" for=\"edge\" id=\"edgelabel\"/>\n"
        "<key attr.name=\"weight\" attr.type=\"double\" for=\"edge\" id=\"weight\"/>\n"
        "<key attr.name=\"r\" attr.type=\"int\" for=\"node\" id=\"r\"/>\n"
        "<key attr.name=\"x\" attr.type=\"float\" for=\"node\" id=\"x\"/>\n"
        "<key attr.name=\"Modularity Class\" attr.type=\"int\" for=\"node\" id=\"modularity_class\"/>\n"
        "<graph edgedefault=\"directed\">\n"
        "<node id=\"country:JPN\"><data key=\"label\">Japan</data><data key=\"r\">0</data>"
        "<data key=\"x\">-12.5</data><data key=\"modularity_class\">2</data></node>\n"
        "<node id=\"country:KOR\"><data key=\"label\">South Korea</data></node>\n"
        "<edge id=\"0\" source=\"country:JPN\" target=\"country:KOR\"><data key=\"weight\">3.0</data>"
        "<data key=\"edgelabel\">cooperates_with</data></edge>\n"
        "<edge id=\"1\" source=\"country:JPN\" target=\"country:KOR\"><data key=\"weight\">1.0</data></edge>\n"
        "</graph>\n</graphml>\n";
    Network net = parse_graphml(text, "gephi.graphml");
    CHECK(net.directed);
    CHECK(net.edges() == 2);  // parallel edges kept
    const auto& jpn = net.g[*net.find("country:JPN")];
    CHECK(jpn.label == "Japan");
    CHECK(jpn.extra.count("r") == 0);  // presentation columns are regenerated by our writers
    CHECK(jpn.extra.at("x").value == "-12.5");
    CHECK(jpn.extra.at("Modularity Class").value == "2");
    auto [it, end] = boost::edges(net.g);
    CHECK(net.g[*it].id == "0");
    CHECK(net.g[*it].weight == 3.0);
    CHECK(net.g[*it].extra.at("Edge Label").value == "cooperates_with");
}

namespace {

std::string columns_error_of(const std::string& text) {
    try {
        parse_graphml_columns(text, "in.graphml");
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

// Every column equals what the Network read of the same text holds.
void check_columns_match(const std::string& text) {
    Network net = parse_graphml(text, "in.graphml");
    GraphColumns c = parse_graphml_columns(text, "in.graphml");
    GraphColumns from_net = columns_of(net);
    CHECK(c.directed == net.directed);
    REQUIRE(c.nodes() == net.nodes());
    REQUIRE(c.edges() == net.edges());
    CHECK(c.node_id == from_net.node_id);
    CHECK(c.node_label == from_net.node_label);
    CHECK(c.node_type.strings() == from_net.node_type.strings());
    CHECK(c.source == from_net.source);
    CHECK(c.target == from_net.target);
    CHECK(c.weight == from_net.weight);
    for (std::size_t i = 0; i < c.edges(); ++i) CHECK(c.edge_name(i) == from_net.edge_name(i));
    CHECK(c.relation.strings() == from_net.relation.strings());
    CHECK(c.cls.strings() == from_net.cls.strings());
    CHECK(c.first_date.strings() == from_net.first_date.strings());
    CHECK(c.last_date.strings() == from_net.last_date.strings());
}

}  // namespace

TEST_CASE("graphml columns: the values, defaults and fall-backs of the Network read") {
    std::string keys =
        "<key id=\"t\" for=\"node\" attr.name=\"type\" attr.type=\"string\"><default>country</default></key>\n"
        "<key id=\"nm\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
        "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        "<key id=\"r\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        "<key id=\"l\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
        "<key id=\"c\" for=\"edge\" attr.name=\"class\" attr.type=\"string\"><default>structural</default></key>\n"
        "<key id=\"f\" for=\"edge\" attr.name=\"first_date\"/>\n"
        "<key id=\"z\" for=\"edge\" attr.name=\"last_date\"/>\n";
    std::string body =
        "<node id=\"country:JPN\"><data key=\"nm\">Japan</data></node>\n"
        "<node id=\"person:x\"><data key=\"t\">person</data></node>\n"
        "<edge source=\"person:x\" target=\"country:JPN\" id=\"a\"><data key=\"w\"> 2.5 </data>"
        "<data key=\"r\">visits</data><data key=\"c\">verbal_cooperation</data>"
        "<data key=\"f\">2021-03-01</data><data key=\"z\">2022-01-02</data></edge>\n"
        "<edge source=\"country:JPN\" target=\"org:un\"><data key=\"l\">member_of</data></edge>\n"
        "<edge source=\"org:un\" target=\"org:un\"/>\n";
    std::string text = graphml(keys, body);
    check_columns_match(text);
    GraphColumns c = parse_graphml_columns(text, "in.graphml");
    CHECK(c.directed);
    CHECK(c.node_id == std::vector<std::string>{"country:JPN", "person:x", "org:un"});
    CHECK(c.node_label == std::vector<std::string>{"Japan", "person:x", "org:un"});  // name, else the id
    CHECK(c.node_type.strings() == std::vector<std::string>{"country", "person", ""});  // default; none for an added node
    CHECK(c.source == std::vector<std::uint32_t>{1, 0, 2});
    CHECK(c.target == std::vector<std::uint32_t>{0, 2, 2});
    CHECK(c.weight == std::vector<double>{2.5, 1.0, 1.0});
    CHECK(c.edge_id == std::vector<std::string>{"a", "e1", "e2"});  // once one edge has an id, every edge has one
    CHECK(c.relation.strings() == std::vector<std::string>{"visits", "member_of", ""});  // label as relation
    CHECK(c.cls.strings() == std::vector<std::string>{"verbal_cooperation", "structural", "structural"});
    CHECK(c.first_date.strings() == std::vector<std::string>{"2021-03-01", "", ""});
    CHECK(c.last_date.strings() == std::vector<std::string>{"2022-01-02", "", ""});
}

TEST_CASE("graphml columns: edge ids, given or generated") {
    std::string nodes = "<node id=\"a\"/><node id=\"b\"/>\n";
    GraphColumns none = parse_graphml_columns(
        graphml("", nodes + "<edge source=\"a\" target=\"b\"/><edge source=\"b\" target=\"a\"/>\n"), "in.graphml");
    CHECK(none.edge_id.empty());  // nothing stored per edge
    CHECK(none.edge_name(0) == "e0");
    CHECK(none.edge_name(1) == "e1");
    GraphColumns late = parse_graphml_columns(
        graphml("", nodes + "<edge source=\"a\" target=\"b\"/><edge id=\"x\" source=\"b\" target=\"a\"/>"
                           "<edge source=\"a\" target=\"a\"/>\n"),
        "in.graphml");
    CHECK(late.edge_id == std::vector<std::string>{"e0", "x", "e2"});
    CHECK(late.edge_name(1) == "x");
}

TEST_CASE("graphml columns: the same errors, with file and line") {
    std::string keys = "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
    for (const std::string& text :
         {graphml(keys, "<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><data key=\"w\">heavy</data></edge>\n"),
          graphml("", "<node id=\"a\"/>\n<node id=\"a\"/>\n"), graphml("", "<node id=\"a\"><data key=\"zz\">1</data></node>\n"),
          graphml("", "<node id=\"a\"/>\n<edge source=\"a\"/>\n"), std::string("<graphml><graph>\n<node id=\"a\">\n</graph>")}) {
        auto e = columns_error_of(text);
        CHECK_MESSAGE(e.find("in.graphml: line ") == 0, e);
        CHECK(e == error_of(text));
    }
    CHECK(columns_error_of(graphml(keys, "<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><data key=\"w\">heavy</data></edge>\n")) ==
          "in.graphml: line 6: attribute \"weight\": \"heavy\" is not a number");
    CHECK(columns_error_of(graphml("", "<node id=\"a\"/>\n<node id=\"a\"/>\n")) ==
          "in.graphml: line 5: duplicate node id \"a\"");
}

TEST_CASE("graphml columns: a coded column stores each distinct value once") {
    CodedColumn c;
    for (std::string_view v : {"visits", "visits", "", "meets_with", "visits", "", "meets_with"}) c.push_back(v);
    CHECK(c.size() == 7);
    CHECK(c.strings() == std::vector<std::string>{"visits", "visits", "", "meets_with", "visits", "", "meets_with"});
    CHECK(c.values() == std::vector<std::string>{"", "visits", "meets_with"});
    CHECK(c.code(0) == c.code(4));
    CHECK(c.code(2) == 0);
    CHECK(c[3] == "meets_with");
}

TEST_CASE("graphml: element text, whitespace and structured data") {
    std::string keys =
        "<key id=\"s\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>\n"
        "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n";
    std::string body =
        "<node id=\"a\"><data key=\"s\">  </data></node>\n"                  // whitespace only: kept
        "<node id=\"b\"><data key=\"s\">x &amp; y<b>z</b></data></node>\n"     // text before markup: the text
        "<node id=\"c\"><data key=\"s\"><b>z</b></data></node>\n"              // markup only: skipped
        "<node id=\"d\"><data key=\"s\"><![CDATA[<raw> & ]]></data><data key=\"l\">D\nd</data></node>\n";
    std::string text = graphml(keys, body);
    Network net = parse_graphml(text);
    CHECK(net.g[*net.find("a")].extra.at("note").value == "  ");
    CHECK(net.g[*net.find("b")].extra.at("note").value == "x & y");
    CHECK(net.g[*net.find("c")].extra.count("note") == 0);
    CHECK(net.g[*net.find("d")].extra.at("note").value == "<raw> & ");
    CHECK(net.g[*net.find("d")].label == "D\nd");
    check_columns_match(text);
}

TEST_CASE("graphml: many nodes, short and long ids, edges by id") {
    // Ids of every length around the index's inline limit (7 bytes), and more
    // nodes than its first table holds.
    std::string body;
    std::vector<std::string> ids;
    for (int i = 0; i < 3000; ++i) ids.push_back(std::string(static_cast<std::size_t>(i % 12), 'x') + std::to_string(i));
    for (const auto& id : ids) body += "<node id=\"" + id + "\"/>\n";
    for (std::size_t i = 0; i + 1 < ids.size(); ++i)
        body += "<edge source=\"" + ids[i] + "\" target=\"" + ids[(i * 7 + 1) % ids.size()] + "\"/>\n";
    body += "<edge source=\"x1\" target=\"new-node-with-a-long-id\"/>\n";
    std::string text = graphml("", body, "undirected");
    Network net = parse_graphml(text);
    REQUIRE(net.nodes() == ids.size() + 1);
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(net.g[i].id == ids[i]);
    for (std::size_t i = 0; i + 1 < ids.size(); ++i) {
        auto e = boost::out_edges(i, net.g).first;
        REQUIRE(boost::out_degree(i, net.g) >= 1);
        CHECK(net.g[boost::target(*e, net.g)].id == ids[(i * 7 + 1) % ids.size()]);
    }
    CHECK(net.g[ids.size()].id == "new-node-with-a-long-id");
    check_columns_match(text);
}

TEST_CASE("network: a move keeps every vertex, edge and property, and the graph stays usable") {
    std::string keys = "<key id=\"r\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n";
    Network a = parse_graphml(graphml(keys, "<node id=\"p\"/><node id=\"q\"/>\n"
                                            "<edge source=\"p\" target=\"q\"><data key=\"r\">visits</data></edge>\n"));
    Network b = std::move(a);
    CHECK(a.nodes() == 0);
    CHECK(a.edges() == 0);
    REQUIRE(b.nodes() == 2);
    REQUIRE(b.edges() == 1);
    auto e = *boost::edges(b.g).first;
    CHECK(b.g[e].relation == "visits");
    CHECK(b.g[boost::source(e, b.g)].id == "p");
    CHECK(b.find("q") == Vertex{1});
    // Edges reached from the vertices point to the moved bundles.
    CHECK(b.g[*boost::out_edges(0, b.g).first].relation == "visits");
    CHECK(b.g[*boost::in_edges(1, b.g).first].relation == "visits");
    boost::add_edge(1, 0, EdgeProps{}, b.g);
    CHECK(b.edges() == 2);
    Network c;
    c.add_node(NodeProps{});
    c = std::move(b);
    CHECK(c.nodes() == 2);
    CHECK(c.edges() == 2);
    CHECK(c.g[*boost::out_edges(0, c.g).first].relation == "visits");
    Network d = c;  // a copy is a deep copy
    boost::add_edge(0, 1, EdgeProps{}, d.g);
    CHECK(c.edges() == 2);
    CHECK(d.edges() == 3);
}
