// GEXF 1.3 writer: a dynamic, directed graph whose edges carry one spell per
// attested date and whose nodes live from their first to their last mention,
// so Gephi's timeline plays the network's history (docs/formats.md).
#include <algorithm>

#include "export/detail.hpp"

namespace geokg {

using namespace exportd;

namespace {

using Interval = std::pair<std::string, std::string>;  // full ISO dates, inclusive

// Sorted, overlapping intervals merged (Gephi rejects overlapping spells).
void merge(std::vector<Interval>& v) {
    std::sort(v.begin(), v.end());
    std::vector<Interval> out;
    for (auto& iv : v) {
        if (!out.empty() && iv.first <= out.back().second) {
            if (iv.second > out.back().second) out.back().second = iv.second;
        } else {
            out.push_back(std::move(iv));
        }
    }
    v = std::move(out);
}

std::vector<Interval> edge_spells(const EdgeProps& e) {
    std::vector<Interval> v;
    auto add = [&](const std::string& d) {
        if (valid_iso_date(d)) v.emplace_back(period_start(d), period_end(d));
    };
    for (const auto& d : e.dates) add(d);
    if (e.dates.empty()) {  // foreign graphs may only have first/last
        if (valid_iso_date(e.first_date) && valid_iso_date(e.last_date) && e.first_date <= e.last_date)
            v.emplace_back(period_start(e.first_date), period_end(e.last_date));
        else {
            add(e.first_date);
            add(e.last_date);
        }
    }
    merge(v);
    return v;
}

void attr_decl(Sink& o, std::string_view name, std::string_view type) {
    o << "      <attribute id=\"";
    xml_text(o, name);
    o << "\" title=\"";
    xml_text(o, name);
    o << "\" type=\"" << type << "\"/>\n";
}

std::string_view gexf_type(std::string_view graphml_type) {
    if (graphml_type == "int") return "integer";
    return graphml_type;  // boolean long float double string
}

void att_str(Sink& o, std::string_view k, std::string_view v) {
    o << "          <attvalue for=\"" << k << "\" value=\"";
    xml_text(o, v);
    o << "\"/>\n";
}

template <class T>
void att_num(Sink& o, std::string_view k, T v) {
    o << "          <attvalue for=\"" << k << "\" value=\"";
    o.num(v);
    o << "\"/>\n";
}

void att_extras(Sink& o, const std::vector<ExtraColumn>& cols, const std::map<std::string, ExtraAttr>& extra) {
    if (extra.empty()) return;
    for (const auto& c : cols) {
        auto it = extra.find(c.key);
        if (it == extra.end()) continue;
        o << "          <attvalue for=\"";
        xml_text(o, c.name);
        o << "\" value=\"";
        xml_text(o, extra_value(c, it->second.value));
        o << "\"/>\n";
    }
}

void spells(Sink& o, const std::vector<Interval>& v) {
    if (v.empty()) return;
    o << "        <spells>\n";
    for (const auto& [s, e] : v) o << "          <spell start=\"" << s << "\" end=\"" << e << "\"/>\n";
    o << "        </spells>\n";
}

void colour(Sink& o, const Rgb& c) {
    o << "        <viz:color r=\"";
    o.num(c.r);
    o << "\" g=\"";
    o.num(c.g);
    o << "\" b=\"";
    o.num(c.b);
    o << "\"/>\n";
}

}  // namespace

void write_gexf(const Network& net, std::ostream& os) {
    Prepared p(net);
    exportd::gexf_body(net, p, os);
}

void exportd::gexf_body(const Network& net, const Prepared& p, std::ostream& os) {
    const auto& g = net.g;
    Sink o(os);
    o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta>\n    <creator>geokg " GEOKG_VERSION "</creator>\n"
         "    <description>International-relations knowledge graph: one edge per (subject, relation, "
         "object), a spell per attested date; lists are joined by '|'</description>\n  </meta>\n";
    o << "  <graph defaultedgetype=\"" << (net.directed ? "directed" : "undirected")
      << "\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n";
    o << "    <attributes class=\"node\" mode=\"static\">\n";
    for (auto [k, t] : {std::pair{"type", "string"}, {"mentions", "long"}, {"articles", "long"},
                        {"first_seen", "string"}, {"last_seen", "string"}, {"aliases", "string"}})
        attr_decl(o, k, t);
    for (const auto& c : p.node_extra) attr_decl(o, c.name, gexf_type(c.type));
    o << "    </attributes>\n";
    o << "    <attributes class=\"edge\" mode=\"static\">\n";
    for (auto [k, t] : {std::pair{"relation", "string"}, {"class", "string"}, {"count", "long"},
                        {"score", "double"}, {"first_date", "string"}, {"last_date", "string"}, {"dates", "string"},
                        {"confidence", "double"}, {"evidence", "string"}, {"sources", "string"}})
        attr_decl(o, k, t);
    if (p.any_negated) attr_decl(o, "negated", "boolean");
    if (p.any_modality) attr_decl(o, "modality", "string");
    for (const auto& c : p.edge_extra) attr_decl(o, c.name, gexf_type(c.type));
    o << "    </attributes>\n";

    // Edge spells first: a node's spell must cover its edges'.
    std::vector<std::vector<Interval>> espells(p.edges.size());
    std::vector<std::pair<std::string, std::string>> hull(p.node_ids.size());
    auto widen = [&](std::size_t v, const Interval& iv) {
        auto& h = hull[v];
        if (h.first.empty() || iv.first < h.first) h.first = iv.first;
        if (h.second.empty() || iv.second > h.second) h.second = iv.second;
    };
    for (std::size_t i = 0; i < p.edges.size(); ++i) {
        espells[i] = edge_spells(g[p.edges[i]]);
        if (espells[i].empty()) continue;
        Interval iv{espells[i].front().first, espells[i].back().second};
        widen(boost::source(p.edges[i], g), iv);
        widen(boost::target(p.edges[i], g), iv);
    }

    o << "    <nodes>\n";
    for (std::size_t v = 0; v < p.node_ids.size(); ++v) {
        const auto& n = g[v];
        if (valid_iso_date(n.first_seen)) widen(v, {period_start(n.first_seen), period_end(n.first_seen)});
        if (valid_iso_date(n.last_seen)) widen(v, {period_start(n.last_seen), period_end(n.last_seen)});
        o << "      <node id=\"";
        xml_text(o, p.node_ids[v]);
        o << "\" label=\"";
        xml_text(o, n.label);
        o << "\">\n        <attvalues>\n";
        if (!n.type.empty()) att_str(o, "type", n.type);
        att_num(o, "mentions", n.mentions);
        att_num(o, "articles", n.articles);
        if (!n.first_seen.empty()) att_str(o, "first_seen", n.first_seen);
        if (!n.last_seen.empty()) att_str(o, "last_seen", n.last_seen);
        if (!n.aliases.empty()) att_str(o, "aliases", join_list(n.aliases));
        att_extras(o, p.node_extra, n.extra);
        o << "        </attvalues>\n";
        if (!hull[v].first.empty()) spells(o, {hull[v]});
        colour(o, type_colour(n.type));
        o << "        <viz:size value=\"";
        o.num(p.node_size(n));
        o << "\"/>\n      </node>\n";
    }
    o << "    </nodes>\n    <edges>\n";
    for (std::size_t i = 0; i < p.edges.size(); ++i) {
        const Edge& ed = p.edges[i];
        const auto& e = g[ed];
        o << "      <edge id=\"";
        xml_text(o, p.edge_ids[i]);
        o << "\" source=\"";
        xml_text(o, p.node_ids[boost::source(ed, g)]);
        o << "\" target=\"";
        xml_text(o, p.node_ids[boost::target(ed, g)]);
        o << "\" label=\"";
        xml_text(o, e.relation);
        o << "\"";
        if (!e.relation.empty()) {  // GEXF 1.3 edge kind: Gephi keeps parallel edges of different kinds apart
            o << " kind=\"";
            xml_text(o, e.relation);
            o << "\"";
        }
        o << " weight=\"";
        o.num(export_weight(e));
        o << "\">\n        <attvalues>\n";
        att_str(o, "relation", e.relation);
        if (!e.cls.empty()) att_str(o, "class", e.cls);
        att_num(o, "count", e.count);
        att_num(o, "score", e.score);
        if (!e.first_date.empty()) att_str(o, "first_date", e.first_date);
        if (!e.last_date.empty()) att_str(o, "last_date", e.last_date);
        if (!e.dates.empty()) att_str(o, "dates", join_list(e.dates));
        att_num(o, "confidence", e.confidence);
        if (!e.evidence.empty()) att_str(o, "evidence", e.evidence);
        if (!e.sources.empty()) att_str(o, "sources", join_list(e.sources));
        if (p.any_negated) att_str(o, "negated", e.negated ? "true" : "false");
        if (p.any_modality) att_str(o, "modality", e.modality.empty() ? "asserted" : e.modality);
        att_extras(o, p.edge_extra, e.extra);
        o << "        </attvalues>\n";
        spells(o, espells[i]);
        colour(o, class_colour(e.cls));
        o << "      </edge>\n";
    }
    o << "    </edges>\n  </graph>\n</gexf>\n";
    o.flush();
}

}  // namespace geokg
