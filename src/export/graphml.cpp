// GraphML writer: keys named after their attribute, Gephi's reserved names,
// unique edge ids, weight > 0, full-precision numbers (docs/formats.md).
#include "export/detail.hpp"

namespace geokg {

using namespace exportd;

namespace {

void key(Sink& o, std::string_view name, const char* domain, std::string_view type) {
    o << "  <key id=\"";
    xml_text(o, name);
    o << "\" for=\"" << domain << "\" attr.name=\"";
    xml_text(o, name);
    o << "\" attr.type=\"" << type << "\"/>\n";
}

void data_str(Sink& o, std::string_view k, std::string_view v) {
    o << "      <data key=\"" << k << "\">";
    xml_text(o, v);
    o << "</data>\n";
}

template <class T>
void data_num(Sink& o, std::string_view k, T v) {
    o << "      <data key=\"" << k << "\">";
    o.num(v);
    o << "</data>\n";
}

void data_extras(Sink& o, const std::vector<ExtraColumn>& cols, const std::map<std::string, ExtraAttr>& extra) {
    if (extra.empty()) return;
    for (const auto& c : cols) {
        auto it = extra.find(c.key);
        if (it == extra.end()) continue;
        o << "      <data key=\"";
        xml_text(o, c.name);
        o << "\">";
        xml_text(o, extra_value(c, it->second.value));
        o << "</data>\n";
    }
}

}  // namespace

void write_graphml(const Network& net, std::ostream& os) {
    Prepared p(net);
    exportd::graphml_body(net, p, os);
}

void exportd::graphml_body(const Network& net, const Prepared& p, std::ostream& os) {
    const auto& g = net.g;
    Sink o(os);
    o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    o << "  <!-- geokg " GEOKG_VERSION ": ";
    o.num(static_cast<std::uint64_t>(p.node_ids.size()));
    o << " nodes, ";
    o.num(static_cast<std::uint64_t>(p.edges.size()));
    o << " edges; lists are joined by '|' -->\n";
    // Keys: node and edge keys of the same name have the same type (label, r, g, b).
    for (auto [k, t] : {std::pair{"label", "string"}, {"type", "string"}, {"r", "int"}, {"g", "int"}, {"b", "int"},
                        {"size", "double"}, {"mentions", "long"}, {"articles", "long"}, {"first_seen", "string"},
                        {"last_seen", "string"}, {"aliases", "string"}})
        key(o, k, "node", t);
    for (const auto& c : p.node_extra) key(o, c.name, "node", c.type);
    for (auto [k, t] : {std::pair{"label", "string"}, {"relation", "string"}, {"class", "string"}, {"r", "int"},
                        {"g", "int"}, {"b", "int"}, {"weight", "double"}, {"count", "long"}, {"score", "double"},
                        {"first_date", "string"}, {"last_date", "string"}, {"dates", "string"},
                        {"confidence", "double"}, {"evidence", "string"}, {"sources", "string"}})
        key(o, k, "edge", t);
    if (p.any_negated) key(o, "negated", "edge", "boolean");
    if (p.any_modality) key(o, "modality", "edge", "string");
    for (const auto& c : p.edge_extra) key(o, c.name, "edge", c.type);

    o << "  <graph id=\"geokg\" edgedefault=\"" << (net.directed ? "directed" : "undirected") << "\">\n";
    for (std::size_t v = 0; v < p.node_ids.size(); ++v) {
        const auto& n = g[v];
        o << "    <node id=\"";
        xml_text(o, p.node_ids[v]);
        o << "\">\n";
        data_str(o, "label", n.label);
        if (!n.type.empty()) data_str(o, "type", n.type);
        Rgb c = type_colour(n.type);
        data_num(o, "r", c.r);
        data_num(o, "g", c.g);
        data_num(o, "b", c.b);
        data_num(o, "size", p.node_size(n));
        data_num(o, "mentions", n.mentions);
        data_num(o, "articles", n.articles);
        if (!n.first_seen.empty()) data_str(o, "first_seen", n.first_seen);
        if (!n.last_seen.empty()) data_str(o, "last_seen", n.last_seen);
        if (!n.aliases.empty()) data_str(o, "aliases", join_list(n.aliases));
        data_extras(o, p.node_extra, n.extra);
        o << "    </node>\n";
    }
    for (std::size_t i = 0; i < p.edges.size(); ++i) {
        const Edge& ed = p.edges[i];
        const auto& e = g[ed];
        o << "    <edge id=\"";
        xml_text(o, p.edge_ids[i]);
        o << "\" source=\"";
        xml_text(o, p.node_ids[boost::source(ed, g)]);
        o << "\" target=\"";
        xml_text(o, p.node_ids[boost::target(ed, g)]);
        o << "\">\n";
        data_str(o, "label", e.relation);
        data_str(o, "relation", e.relation);
        if (!e.cls.empty()) data_str(o, "class", e.cls);
        Rgb c = class_colour(e.cls);
        data_num(o, "r", c.r);
        data_num(o, "g", c.g);
        data_num(o, "b", c.b);
        data_num(o, "weight", export_weight(e));
        data_num(o, "count", e.count);
        data_num(o, "score", e.score);
        if (!e.first_date.empty()) data_str(o, "first_date", e.first_date);
        if (!e.last_date.empty()) data_str(o, "last_date", e.last_date);
        if (!e.dates.empty()) data_str(o, "dates", join_list(e.dates));
        data_num(o, "confidence", e.confidence);
        if (!e.evidence.empty()) data_str(o, "evidence", e.evidence);
        if (!e.sources.empty()) data_str(o, "sources", join_list(e.sources));
        if (p.any_negated) data_str(o, "negated", e.negated ? "true" : "false");
        if (p.any_modality) data_str(o, "modality", e.modality.empty() ? "asserted" : e.modality);
        data_extras(o, p.edge_extra, e.extra);
        o << "    </edge>\n";
    }
    o << "  </graph>\n</graphml>\n";
    o.flush();
}

}  // namespace geokg
