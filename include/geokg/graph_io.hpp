// Graph input: GraphML (ours and foreign: Gephi, NetworkX, igraph, yEd) and our
// node-link JSON back into a `Network`, and `load_graph`, which also accepts
// articles and triples (the network is then built on the fly).
//
// GraphML reading rules (read with pugixml):
//   - keys are matched by attr.name whatever their id (d0, v_name, label...);
//     a key without attr.type is a string; <default> values apply to elements
//     lacking the data; keys for "all" apply to nodes and edges; yEd's
//     graphics keys (yfiles.type) are skipped, except that a yEd NodeLabel gives
//     the label of a node that has none;
//   - booleans True/true/1 and False/false/0 (stored as true/false);
//   - the graph's edgedefault decides the direction (missing: undirected, as
//     NetworkX); a per-edge `directed` attribute is ignored (mixed graphs take
//     the graph default);
//   - parallel edges are kept; nested graphs (yEd groups) are flattened; edges
//     naming an undeclared node add it;
//   - our reserved attributes fill NodeProps / EdgeProps (node: label, type,
//     mentions, articles, first_seen, last_seen, aliases; edge: relation, class,
//     weight, count, score, first_date, last_date, confidence, evidence,
//     sources, dates, negated, modality; list values joined by '|', as export
//     writes them); the presentation attributes our writers derive (node size,
//     color, r, g, b; edge color, r, g, b; an edge label equal to its relation)
//     are dropped, since writers regenerate them; a node
//     without label uses its `name` attribute (igraph) or its id; every other
//     attribute goes to `extra` with its declared type.
// Errors: InputError("FILE: line N: problem").
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geokg/graph.hpp"
#include "geokg/pipeline.hpp"

namespace geokg {

// Separator of list-valued attributes (sources, dates, aliases) in GraphML.
inline constexpr char kListSeparator = '|';

Network read_graphml(const std::filesystem::path& path);
Network parse_graphml(const std::string& text, const std::string& name = "<graphml>");

// A column of few distinct strings (types, relations, classes, dates): one
// 4-byte code per row, each distinct value stored once (code 0 is "").
class CodedColumn {
public:
    const std::string& operator[](std::size_t row) const { return values_[codes_[row]]; }
    std::size_t size() const { return codes_.size(); }
    void reserve(std::size_t n) { codes_.reserve(n); }
    void push_back(std::string_view v);
    std::vector<std::string> strings() const;  // row by row
    std::uint32_t code(std::size_t row) const { return codes_[row]; }
    const std::vector<std::string>& values() const { return values_; }  // by code

private:
    std::vector<std::uint32_t> codes_;
    std::vector<std::string> values_{std::string()};
    std::unordered_map<std::string, std::uint32_t> index_;
    std::uint32_t last_ = 0;
};

// A graph file read for summaries and analysis that need no Network: the
// topology and the attributes they use, as columns indexed by vertex / edge
// (vertex and edge order as in the Network read_graphml gives), with no
// per-edge objects. The file is read by the same reader: every value is checked
// as read_graphml checks it (same errors, file and line), and the same defaults
// and fall-backs apply (node label: yEd label, `name`, id; relation: edge
// label; edge id: "e<index>" when the file gives none).
struct GraphColumns {
    bool directed = true;
    std::vector<std::string> node_id, node_label;
    CodedColumn node_type;
    std::vector<std::uint32_t> source, target;  // per edge: vertex indices
    std::vector<double> weight;                 // 1 unless the file gives one
    std::vector<std::string> edge_id;           // empty when no edge has an id: edge i is then "e<i>"
    CodedColumn relation, cls, first_date, last_date;

    std::size_t nodes() const { return node_id.size(); }
    std::size_t edges() const { return source.size(); }
    // The id of edge i: the file's, else "e<i>".
    std::string edge_name(std::size_t i) const { return edge_id.empty() ? generated_edge_id(i) : edge_id[i]; }
    static std::string generated_edge_id(std::size_t i) { return "e" + std::to_string(i); }
};

GraphColumns read_graphml_columns(const std::filesystem::path& path);
GraphColumns parse_graphml_columns(const std::string& text, const std::string& name = "<graphml>");
// The same columns of a network in memory (built from articles, or read as JSON).
GraphColumns columns_of(const Network& net);

// Our node-link JSON (also NetworkX's node_link_data: "nodes" and "links" or
// "edges", "directed"); same reserved names as GraphML, lists as JSON arrays.
Network read_graph_json(const std::filesystem::path& path);

struct LoadOptions {
    BuildOptions build;
    PipelineOptions pipeline;
    const Extractor* extractor = nullptr;  // for articles; loaded from the default data dir when null
};

// True for the extensions read as a graph file (.graphml, .xml, .json).
bool is_graph_file(const std::string& path);
// True for a GraphML file (.graphml, .xml; not a folder): what read_graphml_columns reads.
bool is_graphml_file(const std::string& path);

// One graph file (.graphml/.xml -> GraphML, .json -> node-link JSON), or any
// mix of articles and triples files / folders, built with build_network.
Network load_graph(const std::vector<std::string>& inputs, const LoadOptions& options = {});

}  // namespace geokg
