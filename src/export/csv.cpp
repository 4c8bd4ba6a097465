// CSV in the shape of Gephi's spreadsheet import (Id/Label, Source/Target/Type/
// Id/Label/Weight), RFC 4180: CRLF records, fields quoted when needed.
#include "export/detail.hpp"

namespace geokg {

using namespace exportd;

namespace {

template <class T>
void num_field(Sink& o, T v) {
    o << ',';
    o.num(v);
}

void str_field(Sink& o, std::string_view s) {
    o << ',';
    csv_field(o, s);
}

void extras(Sink& o, const std::vector<ExtraColumn>& cols, const std::map<std::string, ExtraAttr>& extra) {
    for (const auto& c : cols) {
        o << ',';
        auto it = extra.find(c.key);
        if (it != extra.end()) csv_field(o, extra_value(c, it->second.value));
    }
}

void header_extras(Sink& o, const std::vector<ExtraColumn>& cols) {
    for (const auto& c : cols) str_field(o, c.name);
}

}  // namespace

void write_nodes_csv(const Network& net, std::ostream& os) {
    Prepared p(net);
    exportd::nodes_csv_body(net, p, os);
}

void exportd::nodes_csv_body(const Network& net, const Prepared& p, std::ostream& os) {
    const auto& g = net.g;
    Sink o(os);
    o << "Id,Label,type,mentions,articles,first_seen,last_seen,size,color,aliases";
    header_extras(o, p.node_extra);
    o << "\r\n";
    for (std::size_t v = 0; v < p.node_ids.size(); ++v) {
        const auto& n = g[v];
        csv_field(o, p.node_ids[v]);
        str_field(o, n.label);
        str_field(o, n.type);
        num_field(o, n.mentions);
        num_field(o, n.articles);
        str_field(o, n.first_seen);
        str_field(o, n.last_seen);
        num_field(o, p.node_size(n));
        str_field(o, hex_colour(type_colour(n.type)));
        str_field(o, join_list(n.aliases));
        extras(o, p.node_extra, n.extra);
        o << "\r\n";
    }
    o.flush();
}

void write_edges_csv(const Network& net, std::ostream& os) {
    Prepared p(net);
    exportd::edges_csv_body(net, p, os);
}

void exportd::edges_csv_body(const Network& net, const Prepared& p, std::ostream& os) {
    const auto& g = net.g;
    Sink o(os);
    o << "Source,Target,Type,Id,Label,Weight,relation,class,count,score,first_date,last_date,dates,confidence,"
         "evidence,sources,color";
    if (p.any_negated) o << ",negated";
    if (p.any_modality) o << ",modality";
    header_extras(o, p.edge_extra);
    o << "\r\n";
    const char* type = net.directed ? "Directed" : "Undirected";
    for (std::size_t i = 0; i < p.edges.size(); ++i) {
        const Edge& ed = p.edges[i];
        const auto& e = g[ed];
        csv_field(o, p.node_ids[boost::source(ed, g)]);
        str_field(o, p.node_ids[boost::target(ed, g)]);
        o << ',' << type;
        str_field(o, p.edge_ids[i]);
        str_field(o, e.relation);
        num_field(o, export_weight(e));
        str_field(o, e.relation);
        str_field(o, e.cls);
        num_field(o, e.count);
        num_field(o, e.score);
        str_field(o, e.first_date);
        str_field(o, e.last_date);
        str_field(o, join_list(e.dates));
        num_field(o, e.confidence);
        str_field(o, e.evidence);
        str_field(o, join_list(e.sources));
        str_field(o, hex_colour(class_colour(e.cls)));
        if (p.any_negated) o << ',' << (e.negated ? "true" : "false");
        if (p.any_modality) str_field(o, e.modality.empty() ? "asserted" : e.modality);
        extras(o, p.edge_extra, e.extra);
        o << "\r\n";
    }
    o.flush();
}

}  // namespace geokg
