// Export stage: the files a Gephi, Graphviz or script user opens, and views
// (filters, country level) applied before writing. Every rule of
// docs/formats.md is implemented here; the writers are our own, streaming and
// buffered (no Boost write_graphml/write_graphviz).
//
// Text, in every format: invalid UTF-8 becomes U+FFFD; C0 control characters
// other than tab, LF and CR are dropped (XML cannot carry them), and so are
// U+FFFE/U+FFFF; everything else (emoji, right-to-left text, bidi controls)
// is kept byte for byte. Numbers: C locale, integers exact, doubles in the
// shortest form that reads back to the same value (std::to_chars).
//
// Lists (an edge's `sources` and `dates`, a node's `aliases`) are written in
// GraphML, GEXF and CSV as one string joined by '|' (JSON has real arrays).
//
// Ids: node ids are the canonical entity ids. Every edge gets a unique id in
// every format: its own `id` when it is non-empty and not taken, otherwise
// "e<N>" (edge_ids()). `weight` is always a double > 0 (export_weight()).
//
// Foreign attributes (NodeProps::extra / EdgeProps::extra, declared in
// Network::node_extra_keys / edge_extra_keys) are written with their declared
// type; a value that does not parse as that type demotes the column to string;
// a name that collides (case-insensitively) with one of ours, with `id`, or
// with another column gets '_' appended until it is free (extra_columns()).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/graph.hpp"

namespace geokg {

// ---- writers --------------------------------------------------------------

// GraphML: keys named after their attribute (id == attr.name), for node or
// edge only. Node keys: label type r g b size mentions articles first_seen
// last_seen aliases. Edge keys: label relation class r g b weight count score
// first_date last_date dates confidence evidence sources, plus negated and
// modality when any edge is negated or not asserted.
void write_graphml(const Network& net, std::ostream& out);

// GEXF 1.3, mode="dynamic", timeformat="date": one <edge> per network edge
// with one spell per attested date, a node spell from its first to its last
// mention; viz:color and viz:size. Partial dates become the whole period:
// "2021-03" -> [2021-03-01, 2021-03-31], "2021" -> [2021-01-01, 2021-12-31];
// overlapping spells are merged (Gephi rejects overlaps) and a node's spell is
// widened to cover its edges'.
void write_gexf(const Network& net, std::ostream& out);

struct DotOptions {
    bool edge_labels = false;  // draw the relation on each edge (tooltips always carry it)
};
// DOT for Graphviz: layout=sfdp with overlap removal in the graph attributes,
// fill colour and shape by entity type, size by mentions, edge colour by
// relation class, pen width by weight, no arrowhead on symmetric relations;
// ids, tooltips and SVG classes on every element. Only Graphviz attributes are
// written.
void write_dot(const Network& net, std::ostream& out, const DotOptions& options = {});

// Gephi spreadsheet import (Data Laboratory > Import spreadsheet), RFC 4180
// (CRLF, fields quoted when needed, quotes doubled).
// nodes.csv: Id,Label,type,mentions,articles,first_seen,last_seen,size,color,aliases,...
// edges.csv: Source,Target,Type,Id,Label,Weight,relation,class,count,score,
//            first_date,last_date,dates,confidence,evidence,sources,color[,negated][,modality],...
// (`color` is "#rrggbb"; foreign columns follow.)
void write_nodes_csv(const Network& net, std::ostream& out);
void write_edges_csv(const Network& net, std::ostream& out);

// Node-link JSON as NetworkX's node_link_data/node_link_graph and d3 use it:
// {"directed", "multigraph": true, "graph": {...}, "nodes": [{"id", "label", ...}],
// "links": [{"id", "key" (= id, NetworkX's multigraph key), "source", "target",
// "label", "relation", ...}]}; attributes flat on each element, lists are
// arrays, numbers are numbers, missing dates are null. For Cytoscape.js wrap
// each element as {data: element}; for graphology, addNode(n.id, n) and
// addEdgeWithKey(e.id, e.source, e.target, e).
void write_json(const Network& net, std::ostream& out);

// ---- formats and export_all -----------------------------------------------

enum class Format { graphml, gexf, dot, csv, json };

// "graphml,gexf" -> formats, in the given order, without repeats; "all" = every
// format. Case and spaces are ignored. Throws std::invalid_argument naming the
// unknown format and the choices.
std::vector<Format> parse_formats(std::string_view csv);
std::string_view to_string(Format f);
// The files a format writes, relative to the output folder.
std::vector<std::string> format_files(Format f);

// Writes the chosen formats into `dir` (created if missing), each file through
// AtomicFile: graph.graphml, graph.gexf, graph.dot, nodes.csv + edges.csv, graph.json.
void export_all(const Network& net, const std::filesystem::path& dir, const std::vector<Format>& formats,
                const DotOptions& dot = {});

// Runs Graphviz on a DOT file: `engine -T<format> -o <out>` through a temporary
// name renamed on success. format: svg, png, pdf, ... Throws OutputError when
// Graphviz is missing or fails (with its message).
void render_dot(const std::filesystem::path& dot, const std::filesystem::path& out,
                std::string_view format = "svg", std::string_view engine = "sfdp");
bool graphviz_available(std::string_view engine = "sfdp");

// ---- helpers shared by the writers (public for tests and graph_io) --------

// UTF-8 repaired, control characters dropped as described above.
std::string clean_text(std::string_view s);
// The id each edge is written with, indexed in boost::edges() order; unique.
std::vector<std::string> edge_ids(const Network& net);
// The weight written for an edge: its weight when finite and > 0, else the
// number of its sources, else its count, else 1.
double export_weight(const EdgeProps& e);

struct ExtraColumn {
    std::string key;   // name in NodeProps/EdgeProps::extra
    std::string name;  // column name written
    std::string type;  // effective GraphML type: boolean int long float double string
};
// The foreign columns written for nodes (for_edges=false) or edges.
std::vector<ExtraColumn> extra_columns(const Network& net, bool for_edges);

// ---- views ----------------------------------------------------------------

// The country a person held office for at a date ("" = unknown date), as a
// canonical id ("country:CHN"); nullopt when unknown. The CLI wires the
// knowledge base's dated roles.
using CountryOf = std::function<std::optional<std::string>(const std::string& person_id, const std::string& date)>;
// The display name of an entity id the network does not hold (a country that
// CountryOf lifted people to); empty = unknown.
using NameOf = std::function<std::string(const std::string& id)>;

struct ViewOptions {
    std::vector<std::string> types;      // keep nodes of these entity types (and edges among them)
    std::vector<std::string> relations;  // keep edges of these relations
    std::vector<std::string> classes;    // keep edges of these relation classes
    std::string since, until;            // ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD), inclusive
    double min_weight = 0;               // keep edges whose (recomputed) weight >= this
    bool largest_component = false;      // keep the largest weakly connected component
    bool country_level = false;          // lift people to the country they held office for

    bool filters_edges() const {
        return !relations.empty() || !classes.empty() || !since.empty() || !until.empty() || min_weight > 0 ||
               country_level;
    }
    bool empty() const { return types.empty() && !filters_edges() && !largest_component; }
};

// A new network holding the view. Semantics:
// - relations/classes: edges of other relations/classes are dropped.
// - since/until: an attestation (one supporting triple) is kept when its date
//   falls in [since, until], comparing at the precision of the shorter string
//   ("2021" is kept for since "2021-03"; "2021-02" is not); an attestation
//   without a date is dropped when since or until is set. Each edge's weight
//   (distinct articles), count, score, confidence, dates, first/last date and
//   sources are recomputed from the attestations kept; an edge with none left
//   is dropped. Edges without attestations (foreign graphs) are kept whole when
//   any of their dates is in range, with only `dates`/first/last narrowed.
// - country_level: each person end of an attestation becomes the country the
//   person held office for at the attestation's date: `country_of` first, then
//   the network's own leader_of/official_of edges to countries (the office whose
//   attested period covers the date, else the nearest one; leader_of before
//   official_of). Structural edges of a lifted person vanish, self-loops are
//   dropped, parallel edges merge (symmetric relations in either order).
//   People with no known country stay people. A country node only `country_of`
//   knew is labelled by `name_of` when given, else by its code ("USA").
// - min_weight: applied to the recomputed weight.
// - types: nodes of other types are dropped with their edges.
// - When any edge filter is set (relations, classes, dates, min_weight,
//   country_level), nodes left without an edge are dropped; with dates or
//   country_level, node mentions/articles/first_seen/last_seen are recomputed
//   from the edges kept (mentions = supporting triples touching the node).
// - largest_component: last, on what is left (ties: more edges, then the
//   component with the first node in id order).
// Throws std::invalid_argument for a malformed date or an unknown type,
// relation or class (one neither in the schema nor in the network).
Network apply_view(const Network& net, const ViewOptions& view, const CountryOf* country_of = nullptr,
                   const NameOf* name_of = nullptr);

// True when ISO-prefix date `d` falls in [since, until] as described above
// (empty since/until = open).
bool date_in_range(std::string_view d, std::string_view since, std::string_view until);

}  // namespace geokg
