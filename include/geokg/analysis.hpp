// Analysis stage: centrality measures, communities, components, paths, ego
// networks and entity lookup over a `Network`.
//
// Every measure follows the NetworkX 2.8 function of the same name (definition,
// normalization, defaults), so each number can be checked against NetworkX and
// igraph (tests/reference/reference.py does, to 1e-6).
//
// The algorithms run on `Snapshot`, a compact CSR copy of the Network (vertex
// i of the snapshot is vertex i of the Network). Multigraph conventions (parallel
// edges, self-loops), chosen to match what NetworkX does with a MultiGraph /
// MultiDiGraph or, where NetworkX refuses multigraphs, the explicit conversion
// the reference script makes:
//   - degree, in/out degree, strength: every edge counts (an undirected
//     self-loop counts twice), as G.degree() on a multigraph;
//   - path measures (betweenness, edge betweenness, closeness, harmonic, path):
//     parallel edges are one adjacency whose length is the smallest weight
//     among them (NetworkX's _weight_function on multigraphs); self-loops never
//     lie on a shortest path; edge betweenness of a node pair is divided among
//     its parallel edges of that smallest weight (NetworkX's _add_edge_keys);
//   - spectral measures (eigenvector, pagerank, katz, hubs, authorities): the
//     adjacency matrix with parallel edges summed (nx.to_scipy_sparse_array on
//     a multigraph: unweighted, A_ij = number of edges; weighted, sum of weights);
//     a self-loop is one diagonal entry;
//   - kcore, clustering: the simple graph (parallel edges merged, their weights
//     summed), self-loops ignored (NetworkX raises on both).
// Undirected graphs are stored with each edge in both directions.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/graph.hpp"

namespace geokg::analysis {

// Thrown when an iterative measure does not converge (NetworkX raises
// PowerIterationFailedConvergence in the same cases) or a measure does not apply.
struct AnalysisError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// ---------------------------------------------------------------------------
// Snapshot: compact adjacency (CSR) of a Network, parallel edges merged into arcs.
struct Snapshot {
    std::size_t n = 0;
    bool directed = true;
    bool weighted = false;  // arcs carry the edges' `weight`, else 1 per edge

    // Arcs out of each vertex (for undirected graphs: every edge both ways, a
    // self-loop once), sorted by target. off has n + 1 entries.
    std::vector<std::size_t> off;
    std::vector<std::uint32_t> nbr;
    std::vector<double> wmin;   // smallest weight among the merged parallel edges
    std::vector<double> wsum;   // summed weight (unweighted: number of edges)
    std::vector<std::uint32_t> mult;  // number of merged edges
    // Arcs into each vertex (directed graphs only; for undirected, == out).
    std::vector<std::size_t> in_off;
    std::vector<std::uint32_t> in_nbr;
    std::vector<double> in_wmin, in_wsum;

    // The original edges of each arc: arc_edges[arc_edge_off[a] .. arc_edge_off[a+1]).
    std::vector<std::size_t> arc_edge_off;
    std::vector<std::uint32_t> arc_edges;  // edge indexes (see edge_list)
    std::vector<double> edge_weight;       // per original edge
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edge_ends;  // per original edge (source, target)

    // Degree with every edge counted (undirected self-loop twice).
    std::vector<double> out_degree, in_degree;  // undirected: both == degree
    std::vector<double> out_strength, in_strength;

    std::size_t out_begin(std::size_t v) const { return off[v]; }
    std::size_t out_end(std::size_t v) const { return off[v + 1]; }
    std::size_t in_begin(std::size_t v) const { return directed ? in_off[v] : off[v]; }
    std::size_t in_end(std::size_t v) const { return directed ? in_off[v + 1] : off[v + 1]; }
    std::uint32_t in_source(std::size_t a) const { return directed ? in_nbr[a] : nbr[a]; }
    double in_min(std::size_t a) const { return directed ? in_wmin[a] : wmin[a]; }
    double in_sum(std::size_t a) const { return directed ? in_wsum[a] : wsum[a]; }
};

// Edges of a Network in a fixed order (the order of boost::edges(g)); edge index i
// of a Snapshot is edge_list(net)[i].
std::vector<Edge> edge_list(const Network& net);

// Builds the snapshot. With `weighted`, edge weights must be > 0 for path
// measures (NetworkX's requirement); they are taken as given here.
Snapshot make_snapshot(const Network& net, bool weighted);
// The same from plain edge arrays (edge i: source[i] -> target[i], weight[i]),
// for graphs held as columns (graph_io.hpp's GraphColumns) rather than a Network.
Snapshot make_snapshot(std::size_t n, bool directed, const std::vector<std::uint32_t>& source,
                       const std::vector<std::uint32_t>& target, const std::vector<double>& weight, bool weighted);

// ---------------------------------------------------------------------------
// Measures.
enum class Measure {
    degree, in_degree, out_degree, strength, betweenness, edge_betweenness, closeness,
    harmonic, eigenvector, pagerank, katz, hubs, authorities, kcore, clustering,
};

std::optional<Measure> measure_from(std::string_view name);
std::string_view to_string(Measure m);
std::vector<std::string_view> measure_names();
// What each measure is, and the NetworkX function it follows (for --help and docs).
std::string_view measure_reference(Measure m);

struct MeasureOptions {
    bool weighted = false;
    unsigned threads = 0;          // 0 = all cores (path measures)
    double alpha = -1;             // pagerank damping (default 0.85), katz attenuation (default 0.1)
    double beta = 1.0;             // katz
    std::vector<std::uint32_t> personalization;  // pagerank: restart at these vertices (uniformly)
    double tol = 1e-12;            // convergence, per node, L1 (NetworkX: err < n * tol)
    std::size_t max_iter = 100000;
};

// Node measures: one value per vertex. Edge betweenness: see edge_betweenness().
std::vector<double> node_measure(const Network& net, Measure m, const MeasureOptions& opt = {});
std::vector<double> node_measure(const Snapshot& s, Measure m, const MeasureOptions& opt = {});

// The generic algorithms (on a Snapshot).
std::vector<double> degree_centrality(const Snapshot& s, int mode /*0 all, 1 in, 2 out*/);
std::vector<double> strength(const Snapshot& s);
std::vector<double> betweenness(const Snapshot& s, unsigned threads);
// One value per original edge (Snapshot::edge_ends order).
std::vector<double> edge_betweenness(const Snapshot& s, unsigned threads);
std::vector<double> closeness(const Snapshot& s, unsigned threads);
// Approximate betweenness (Riondato & Kornaropoulos 2014): r sampled vertex
// pairs (u, v), u != v uniform, one uniformly random shortest u-v path each,
// 1/r added to its interior vertices; r = (0.5 / e^2)(floor(log2(VD - 2)) + 1 +
// ln(1 / delta)) with VD a vertex-diameter bound (undirected unweighted: 2 x the
// largest BFS eccentricity found from one vertex per component, + 1; otherwise
// n). With probability >= 1 - delta every value is within `epsilon` of
// nx.betweenness_centrality(normalized=True) (e is epsilon rescaled to that
// normalization). Deterministic for a seed, whatever the thread count.
struct ApproxBetweenness {
    std::vector<double> values;
    std::size_t samples = 0;
    std::size_t vertex_diameter = 0;
};
ApproxBetweenness approx_betweenness(const Snapshot& s, double epsilon, double delta, std::uint64_t seed,
                                     unsigned threads);

std::vector<double> harmonic(const Snapshot& s, unsigned threads);
// eigenvector, pagerank: pull-based iterations split over `threads` (0 = all cores).
std::vector<double> eigenvector(const Snapshot& s, double tol, std::size_t max_iter, unsigned threads = 0);
std::vector<double> pagerank(const Snapshot& s, double alpha, const std::vector<std::uint32_t>& personal,
                             double tol, std::size_t max_iter, unsigned threads = 0);
std::vector<double> katz(const Snapshot& s, double alpha, double beta, double tol, std::size_t max_iter);
// hubs and authorities, each normalized to sum 1 (nx.hits).
std::pair<std::vector<double>, std::vector<double>> hits(const Snapshot& s, double tol, std::size_t max_iter);
std::vector<double> core_number(const Snapshot& s);
std::vector<double> clustering(const Snapshot& s);

// ---------------------------------------------------------------------------
// Shortest paths, ego networks.

// Shortest path from a to b (vertex list, a first), unweighted (hops) or by
// weight; for directed graphs along edge direction unless `undirected`.
// Empty when unreachable. Ties are broken by vertex order (deterministic).
std::vector<Vertex> shortest_path(const Network& net, Vertex a, Vertex b, bool weighted, bool undirected);

// Edges between two vertices (either direction), in edge order.
std::vector<Edge> edges_between(const Network& net, Vertex a, Vertex b);

// ---------------------------------------------------------------------------
// Components and communities.

// Component label per vertex (0..k-1, numbered by first vertex), weakly
// connected for directed graphs unless `strong`.
std::vector<std::uint32_t> components(const Network& net, bool strong);

struct Communities {
    std::vector<std::uint32_t> membership;  // community per vertex, 0 = largest
    double modularity = 0;
    std::size_t levels = 0;
};
// Louvain (Blondel et al. 2008) on the undirected weighted view (directed edges
// as undirected; weights summed), deterministic (vertex order), resolution as in
// nx.community.louvain_communities.
Communities louvain(const Network& net, bool weighted, double resolution = 1.0);
// Newman modularity of a partition, as nx.community.modularity on the
// undirected view (directed graphs: the directed formula, as NetworkX).
double modularity(const Network& net, const std::vector<std::uint32_t>& membership, bool weighted,
                  double resolution = 1.0);

// ---------------------------------------------------------------------------
// Entity lookup: by id, label or alias, case-insensitive; then by last word
// ("Xi" -> Xi Jinping) when unique. Throws LookupError listing candidates.
struct LookupError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// Extra resolver (e.g. the knowledge base's aliases): name -> candidate ids.
using AliasHook = std::function<std::vector<std::string>(std::string_view)>;
Vertex find_entity(const Network& net, std::string_view name, const AliasHook& hook = {});

}  // namespace geokg::analysis
