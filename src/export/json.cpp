// Node-link JSON (NetworkX's node_link_data, d3): {"directed", "multigraph",
// "graph", "nodes": [...], "links": [...]}.
#include <cmath>

#include "export/detail.hpp"

namespace geokg {

using namespace exportd;

namespace {

void jnum(Sink& o, double v) {
    if (!std::isfinite(v)) {
        o << "null";
        return;
    }
    o.num(v);
}

void key(Sink& o, std::string_view k) {
    o << ", \"" << k << "\": ";
}

void jlist(Sink& o, const std::vector<std::string>& items) {
    o << '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) o << ", ";
        json_string(o, items[i]);
    }
    o << ']';
}

void jextras(Sink& o, const std::vector<ExtraColumn>& cols, const std::map<std::string, ExtraAttr>& extra) {
    if (extra.empty()) return;
    for (const auto& c : cols) {
        auto it = extra.find(c.key);
        if (it == extra.end()) continue;
        o << ", ";
        json_string(o, c.name);
        o << ": ";
        std::string v = extra_value(c, it->second.value);
        if (c.type == "string")
            json_string(o, v);
        else if (v == "NaN" || v == "INF" || v == "-INF")
            o << "null";
        else
            o << v;  // true/false or a number formatted by extra_value
    }
}

}  // namespace

void write_json(const Network& net, std::ostream& os) {
    Prepared p(net);
    exportd::json_body(net, p, os);
}

void exportd::json_body(const Network& net, const Prepared& p, std::ostream& os) {
    const auto& g = net.g;
    Sink o(os);
    o << "{\"directed\": " << (net.directed ? "true" : "false") << ", \"multigraph\": true,\n";
    o << " \"graph\": {\"generator\": \"geokg " GEOKG_VERSION "\", \"node_count\": ";
    o.num(static_cast<std::uint64_t>(p.node_ids.size()));
    o << ", \"edge_count\": ";
    o.num(static_cast<std::uint64_t>(p.edges.size()));
    o << "},\n \"nodes\": [";
    for (std::size_t v = 0; v < p.node_ids.size(); ++v) {
        const auto& n = g[v];
        o << (v ? ",\n  {\"id\": " : "\n  {\"id\": ");
        json_string(o, p.node_ids[v]);
        key(o, "label");
        json_string(o, n.label);
        key(o, "type");
        json_string(o, n.type);
        key(o, "mentions");
        o.num(n.mentions);
        key(o, "articles");
        o.num(n.articles);
        key(o, "first_seen");
        if (n.first_seen.empty()) o << "null"; else json_string(o, n.first_seen);
        key(o, "last_seen");
        if (n.last_seen.empty()) o << "null"; else json_string(o, n.last_seen);
        key(o, "size");
        jnum(o, p.node_size(n));
        key(o, "color");
        json_string(o, hex_colour(type_colour(n.type)));
        key(o, "aliases");
        jlist(o, n.aliases);
        jextras(o, p.node_extra, n.extra);
        o << '}';
    }
    o << "\n ],\n \"links\": [";
    for (std::size_t i = 0; i < p.edges.size(); ++i) {
        const Edge& ed = p.edges[i];
        const auto& e = g[ed];
        o << (i ? ",\n  {\"id\": " : "\n  {\"id\": ");
        json_string(o, p.edge_ids[i]);
        key(o, "key");  // NetworkX's multigraph edge key
        json_string(o, p.edge_ids[i]);
        key(o, "source");
        json_string(o, p.node_ids[boost::source(ed, g)]);
        key(o, "target");
        json_string(o, p.node_ids[boost::target(ed, g)]);
        key(o, "label");
        json_string(o, e.relation);
        key(o, "relation");
        json_string(o, e.relation);
        key(o, "class");
        json_string(o, e.cls);
        key(o, "weight");
        jnum(o, export_weight(e));
        key(o, "count");
        o.num(e.count);
        key(o, "score");
        jnum(o, e.score);
        key(o, "first_date");
        if (e.first_date.empty()) o << "null"; else json_string(o, e.first_date);
        key(o, "last_date");
        if (e.last_date.empty()) o << "null"; else json_string(o, e.last_date);
        key(o, "dates");
        jlist(o, e.dates);
        key(o, "confidence");
        jnum(o, e.confidence);
        key(o, "evidence");
        json_string(o, e.evidence);
        key(o, "sources");
        jlist(o, e.sources);
        key(o, "color");
        json_string(o, hex_colour(class_colour(e.cls)));
        if (p.any_negated) {
            key(o, "negated");
            o << (e.negated ? "true" : "false");
        }
        if (p.any_modality) {
            key(o, "modality");
            json_string(o, e.modality.empty() ? "asserted" : e.modality);
        }
        jextras(o, p.edge_extra, e.extra);
        o << '}';
    }
    o << "\n ]\n}\n";
    o.flush();
}

}  // namespace geokg
