// DOT writer for Graphviz: only Graphviz attributes, every string quoted and
// escaped (backslash first, then quote, newlines as \n, & as &amp;), graph
// attributes ready for sfdp (docs/formats.md).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "export/detail.hpp"

namespace geokg {

using namespace exportd;

namespace {

std::string_view shape_of(std::string_view type) {
    if (type == "country") return "ellipse";
    if (type == "person") return "box";
    if (type == "organization") return "hexagon";
    if (type == "treaty") return "note";
    if (type == "place") return "house";
    return "ellipse";
}

void attr(Sink& o, std::string_view name, std::string_view value, bool& first) {
    o << (first ? "" : ", ") << name << "=\"";
    dot_text(o, value);
    o << '"';
    first = false;
}

void attr_num(Sink& o, std::string_view name, double v, bool& first) {
    o << (first ? "" : ", ") << name << '=';
    // Graphviz reads plain decimals; 4 decimals are plenty for sizes and widths.
    o << fmt::format("{:.4g}", v);
    first = false;
}

// A legend as the graph's HTML-like label: one coloured cell per entity type
// and relation class present (schema names only, so no text needs escaping).
void legend(Sink& o, const Network& net) {
    static const char* kTypes[] = {"country", "person", "organization", "treaty", "place"};
    static const char* kClasses[] = {"structural", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                                     "material_conflict"};
    const auto& g = net.g;
    std::vector<const char*> types, classes;
    for (const char* t : kTypes)
        for (auto v : boost::make_iterator_range(boost::vertices(g)))
            if (g[v].type == t) {
                types.push_back(t);
                break;
            }
    for (const char* c : kClasses)
        for (auto e : boost::make_iterator_range(boost::edges(g)))
            if (g[e].cls == c) {
                classes.push_back(c);
                break;
            }
    if (types.empty() && classes.empty()) return;
    auto cell = [&](const char* name, Rgb c, bool fill) {
        double lum = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
        if (fill)
            o << "<td bgcolor=\"" << hex_colour(c) << "\"><font color=\"" << (lum < 110 ? "white" : "black") << "\">"
              << name << "</font></td>";
        else
            o << "<td><font color=\"" << hex_colour(c) << "\">&#9472;&#9472; " << name << "</font></td>";
    };
    o << ", label=<<table border=\"0\" cellspacing=\"2\" cellpadding=\"3\">";
    if (!types.empty()) {
        o << "<tr>";
        for (const char* t : types) cell(t, type_colour(t), true);
        o << "</tr>";
    }
    if (!classes.empty()) {
        o << "<tr>";
        for (const char* c : classes) {
            std::string name(c);
            std::replace(name.begin(), name.end(), '_', ' ');
            cell(name.c_str(), class_colour(c), false);
        }
        o << "</tr>";
    }
    o << "</table>>";
}

}  // namespace

void write_dot(const Network& net, std::ostream& os, const DotOptions& options) {
    Prepared p(net);
    exportd::dot_body(net, p, os, options);
}

void exportd::dot_body(const Network& net, const Prepared& p, std::ostream& os, const DotOptions& options) {
    const auto& g = net.g;
    Sink o(os);
    const char* arrow = net.directed ? " -> " : " -- ";
    o << "// geokg " GEOKG_VERSION ": ";
    o.num(static_cast<std::uint64_t>(p.node_ids.size()));
    o << " nodes, ";
    o.num(static_cast<std::uint64_t>(p.edges.size()));
    o << " edges. Render: sfdp -Tsvg graph.dot -o graph.svg\n";
    o << (net.directed ? "digraph" : "graph") << " \"geokg\" {\n";
    o << "  graph [layout=\"sfdp\", overlap=\"prism\", overlap_scaling=\"-4\", sep=\"+6\", splines=\"false\", "
         "outputorder=\"edgesfirst\", charset=\"UTF-8\", bgcolor=\"white\", pad=\"0.3\", fontname=\"Helvetica\", "
         "fontsize=\"10\", labelloc=\"b\", labeljust=\"l\"";
    legend(o, net);
    o << "];\n";
    o << "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"10\", penwidth=\"0.5\", color=\"#444444\", "
         "margin=\"0.05,0.03\"];\n";
    o << "  edge [arrowsize=\"0.5\", fontname=\"Helvetica\", fontsize=\"8\"];\n";
    for (std::size_t v = 0; v < p.node_ids.size(); ++v) {
        const auto& n = g[v];
        o << "  \"";
        dot_text(o, p.node_ids[v]);
        o << "\" [";
        bool first = true;
        attr(o, "id", p.node_ids[v], first);
        attr(o, "label", n.label, first);
        Rgb c = type_colour(n.type);
        attr(o, "fillcolor", hex_colour(c), first);
        attr(o, "shape", shape_of(n.type), first);
        // 10..50 in Gephi's units -> font 10..26 pt; the shape grows with its label.
        double size = p.node_size(n);
        attr_num(o, "fontsize", 10.0 + (size - 10.0) * 0.4, first);
        // Light text on dark fills.
        double lum = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
        if (lum < 110) attr(o, "fontcolor", "white", first);
        std::string tip = n.type.empty() ? n.label : fmt::format("{} ({}, {} mentions)", n.label, n.type, n.mentions);
        attr(o, "tooltip", tip, first);
        if (!n.type.empty()) attr(o, "class", n.type, first);
        o << "];\n";
    }
    for (std::size_t i = 0; i < p.edges.size(); ++i) {
        const Edge& ed = p.edges[i];
        const auto& e = g[ed];
        o << "  \"";
        dot_text(o, p.node_ids[boost::source(ed, g)]);
        o << '"' << arrow << '"';
        dot_text(o, p.node_ids[boost::target(ed, g)]);
        o << "\" [";
        bool first = true;
        attr(o, "id", p.edge_ids[i], first);
        attr(o, "color", hex_colour(class_colour(e.cls)), first);
        double w = export_weight(e);
        double pen = p.max_weight > 1 ? 0.6 + 3.4 * std::log1p(w) / std::log1p(p.max_weight) : 1.0;
        attr_num(o, "penwidth", pen, first);
        if (auto r = relation_from(e.relation); r && info(*r).symmetric) {
            o << ", dir=\"none\"";  // meets_with, cooperates_with, ...: no arrowhead
        }
        if (options.edge_labels) attr(o, "label", e.relation, first);
        std::string when = e.first_date.empty() ? ""
                           : e.first_date == e.last_date ? fmt::format(", {}", e.first_date)
                                                         : fmt::format(", {}..{}", e.first_date, e.last_date);
        std::string tip = fmt::format("{} {} {} ({} article{}{})", g[boost::source(ed, g)].label, e.relation,
                                      g[boost::target(ed, g)].label, w, w == 1 ? "" : "s", when);
        attr(o, "tooltip", tip, first);
        std::string cls = e.relation;
        if (!e.cls.empty()) cls += (cls.empty() ? "" : " ") + e.cls;
        if (!cls.empty()) attr(o, "class", cls, first);
        o << "];\n";
    }
    o << "}\n";
    o.flush();
}

}  // namespace geokg
