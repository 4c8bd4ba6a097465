// Assemble stage: the network held in Boost.Graph.
//
// One vertex per canonical entity, one edge per (subject, relation, object)
// aggregating all its triples. The same type holds graphs read back from
// GraphML/JSON written elsewhere: fields such a file lacks stay at their
// defaults, and attributes we do not know are kept in `extra`.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "geokg/types.hpp"

namespace geokg {

// An attribute we carry through without interpreting it.
struct ExtraAttr {
    std::string type;   // GraphML attr.type: boolean int long float double string
    std::string value;  // as written
};

struct NodeProps {
    std::string id;     // canonical entity id ("country:CHN") or foreign node id
    std::string label;  // canonical name
    std::string type;   // entity type name ("country", ...), may be empty for foreign graphs
    std::uint64_t mentions = 0;
    std::uint64_t articles = 0;
    std::string first_seen, last_seen;  // ISO dates, empty if unknown
    std::vector<std::string> aliases;   // surface forms seen (for lookup by name)
    std::map<std::string, ExtraAttr> extra;
};

// One supporting triple of an edge: what views need to recompute an edge
// after filtering by time (weight, counts, dates, sources).
struct Attestation {
    std::string date;     // ISO date of the triple, empty if unknown
    std::string article;  // article id
    double score = 0.0;   // signed score of this one event
    double confidence = 0.0;
};

struct EdgeProps {
    std::string id;        // unique edge id
    std::string relation;  // relation name (also the edge label)
    std::string cls;       // relation class name
    double weight = 1.0;   // > 0: number of distinct supporting articles
    std::uint64_t count = 0;  // number of supporting triples
    double score = 0.0;       // summed signed cooperation/conflict score
    std::string first_date, last_date;
    double confidence = 0.0;  // max confidence of the supporting triples
    std::string evidence;     // one representative evidence span
    std::vector<std::string> sources;  // distinct article ids, sorted
    std::vector<std::string> dates;    // distinct dates attested, sorted (GEXF spells)
    std::vector<Attestation> attestations;  // one per supporting triple (empty for foreign graphs)
    bool negated = false;              // only when built with negated triples
    std::string modality;              // "" (asserted) unless built with non-asserted triples
    std::map<std::string, ExtraAttr> extra;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

struct Network {
    Network() = default;
    Network(const Network&) = default;
    Network& operator=(const Network&) = default;
    // Boost 1.74's adjacency_list has no move constructor (its "move" and even its
    // swap() deep-copy every vertex and edge bundle): Network moves its graph by
    // swapping the containers, which keeps every stored edge iterator valid.
    Network(Network&& other) noexcept;
    Network& operator=(Network&& other) noexcept;

    Graph g;
    bool directed = true;  // our graphs are directed; foreign GraphML may not be
    std::unordered_map<std::string, Vertex> index;  // node id -> vertex

    // Declared extra attributes (name -> type), in first-seen order, so writers
    // can declare keys for them.
    std::vector<std::pair<std::string, std::string>> node_extra_keys, edge_extra_keys;

    Vertex add_node(NodeProps props);  // throws std::invalid_argument on a duplicate id
    std::optional<Vertex> find(const std::string& id) const;
    std::size_t nodes() const { return boost::num_vertices(g); }
    std::size_t edges() const { return boost::num_edges(g); }
};

// Which triples become edges.
struct BuildOptions {
    bool include_negated = false;       // also negated triples (edges flagged negated)
    bool include_hypothetical = false;  // also planned/hypothetical triples
};

// Aggregates triples into a network, streaming: add() any number of times, then take().
class GraphBuilder {
public:
    explicit GraphBuilder(BuildOptions options = {});
    ~GraphBuilder();
    GraphBuilder(GraphBuilder&&) noexcept;
    GraphBuilder& operator=(GraphBuilder&&) noexcept;

    void add(const Triple& t);
    std::size_t triples_used() const;
    Network take();  // finalizes (sorted, deterministic ids) and resets the builder

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The colours used for entity types and relation classes, shared by every writer.
struct Rgb {
    int r, g, b;
};
Rgb type_colour(std::string_view type);
Rgb class_colour(std::string_view cls);

}  // namespace geokg
