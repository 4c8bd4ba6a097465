// CSR snapshot of a Network and the measure registry.
#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "geokg/analysis.hpp"

namespace geokg::analysis {

std::vector<Edge> edge_list(const Network& net) {
    std::vector<Edge> out;
    out.reserve(net.edges());
    for (auto [it, end] = boost::edges(net.g); it != end; ++it) out.push_back(*it);
    return out;
}

namespace {

struct Half {
    std::uint32_t other, edge;
};

// Half-edges grouped by vertex in one flat array (counting sort): the halves of
// vertex v are at[start[v] .. start[v+1]).
struct HalfLists {
    std::vector<std::size_t> start;
    std::vector<Half> at;
};

// Groups (vertex -> half-edges) into merged arcs sorted by target.
void build_arcs(std::size_t n, HalfLists& lists, const std::vector<double>& ew,
                std::vector<std::size_t>& off, std::vector<std::uint32_t>& nbr, std::vector<double>& wmin,
                std::vector<double>& wsum, std::vector<std::uint32_t>* mult,
                std::vector<std::size_t>* arc_edge_off, std::vector<std::uint32_t>* arc_edges) {
    off.assign(n + 1, 0);
    nbr.clear();
    wmin.clear();
    wsum.clear();
    nbr.reserve(lists.at.size());
    wmin.reserve(lists.at.size());
    wsum.reserve(lists.at.size());
    if (mult) mult->reserve(lists.at.size());
    if (arc_edges) arc_edges->reserve(lists.at.size());
    if (arc_edge_off) {
        arc_edge_off->assign(1, 0);
        arc_edge_off->reserve(lists.at.size() + 1);
    }
    for (std::size_t v = 0; v < n; ++v) {
        Half* l = lists.at.data() + lists.start[v];
        const std::size_t len = lists.start[v + 1] - lists.start[v];
        std::sort(l, l + len, [](const Half& a, const Half& b) {
            return a.other != b.other ? a.other < b.other : a.edge < b.edge;
        });
        for (std::size_t i = 0; i < len;) {
            std::size_t j = i;
            double mn = ew[l[i].edge], sm = 0;
            while (j < len && l[j].other == l[i].other) {
                mn = std::min(mn, ew[l[j].edge]);
                sm += ew[l[j].edge];
                if (arc_edges) arc_edges->push_back(l[j].edge);
                ++j;
            }
            nbr.push_back(l[i].other);
            wmin.push_back(mn);
            wsum.push_back(sm);
            if (mult) mult->push_back(static_cast<std::uint32_t>(j - i));
            if (arc_edge_off) arc_edge_off->push_back(arc_edges->size());
            i = j;
        }
        off[v + 1] = nbr.size();
    }
    lists = HalfLists();  // free the halves before the next list is built
}

}  // namespace

Snapshot make_snapshot(std::size_t n, bool directed, const std::vector<std::uint32_t>& source,
                       const std::vector<std::uint32_t>& target, const std::vector<double>& weight, bool weighted) {
    if (source.size() != target.size() || (weighted && weight.size() != source.size()))
        throw std::invalid_argument("make_snapshot: edge arrays of different lengths");
    Snapshot s;
    s.n = n;
    s.directed = directed;
    s.weighted = weighted;
    const std::size_t m = source.size();
    s.edge_weight.resize(m);
    s.edge_ends.resize(m);
    s.out_degree.assign(n, 0);
    s.in_degree.assign(n, 0);
    s.out_strength.assign(n, 0);
    s.in_strength.assign(n, 0);
    // count, then place the halves (out: u -> v; in: v <- u; undirected: both ways in out)
    HalfLists out, in;
    out.start.assign(n + 2, 0);
    if (s.directed) in.start.assign(n + 2, 0);
    for (std::size_t i = 0; i < m; ++i) {
        const std::uint32_t u = source[i], v = target[i];
        if (u >= n || v >= n) throw std::invalid_argument("make_snapshot: edge end out of range");
        ++out.start[u + 2];
        if (s.directed) ++in.start[v + 2];
        else if (u != v) ++out.start[v + 2];
    }
    auto prefix = [&](HalfLists& h) {
        for (std::size_t v = 2; v < n + 2; ++v) h.start[v] += h.start[v - 1];
        h.at.resize(h.start[n + 1]);
    };
    prefix(out);
    if (s.directed) prefix(in);
    // start[v + 1] is the fill cursor of v; after the fill it is v's end = v + 1's start
    auto put = [](HalfLists& h, std::uint32_t v, Half x) { h.at[h.start[v + 1]++] = x; };
    for (std::size_t i = 0; i < m; ++i) {
        const std::uint32_t u = source[i], v = target[i];
        double w = weighted ? weight[i] : 1.0;
        s.edge_weight[i] = w;
        s.edge_ends[i] = {u, v};
        auto ei = static_cast<std::uint32_t>(i);
        put(out, u, {v, ei});
        if (s.directed) {
            put(in, v, {u, ei});
            s.out_degree[u] += 1;
            s.in_degree[v] += 1;
            s.out_strength[u] += w;
            s.in_strength[v] += w;
        } else {
            if (u != v) put(out, v, {u, ei});
            s.out_degree[u] += 1;
            s.out_degree[v] += 1;
            s.out_strength[u] += w;
            s.out_strength[v] += w;
        }
    }
    out.start.resize(n + 1);
    if (s.directed) in.start.resize(n + 1);
    if (!s.directed) {
        s.in_degree = s.out_degree;
        s.in_strength = s.out_strength;
    }
    build_arcs(n, out, s.edge_weight, s.off, s.nbr, s.wmin, s.wsum, &s.mult, &s.arc_edge_off, &s.arc_edges);
    if (s.directed)
        build_arcs(n, in, s.edge_weight, s.in_off, s.in_nbr, s.in_wmin, s.in_wsum, nullptr, nullptr, nullptr);
    return s;
}

Snapshot make_snapshot(const Network& net, bool weighted) {
    auto edges = edge_list(net);
    std::vector<std::uint32_t> src(edges.size()), dst(edges.size());
    std::vector<double> w(weighted ? edges.size() : 0);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        src[i] = static_cast<std::uint32_t>(boost::source(edges[i], net.g));
        dst[i] = static_cast<std::uint32_t>(boost::target(edges[i], net.g));
        if (weighted) w[i] = net.g[edges[i]].weight;
    }
    return make_snapshot(net.nodes(), net.directed, src, dst, w, weighted);
}

namespace {
struct MeasureInfo {
    Measure m;
    std::string_view name, ref;
};
constexpr MeasureInfo kMeasures[] = {
    {Measure::degree, "degree", "nx.degree_centrality: degree / (n - 1) (directed: in + out)"},
    {Measure::in_degree, "in_degree", "nx.in_degree_centrality (undirected graphs: = degree)"},
    {Measure::out_degree, "out_degree", "nx.out_degree_centrality (undirected graphs: = degree)"},
    {Measure::strength, "strength", "G.degree(weight='weight'): summed edge weight (unweighted: degree)"},
    {Measure::betweenness, "betweenness", "nx.betweenness_centrality(normalized=True)"},
    {Measure::edge_betweenness, "edge_betweenness", "nx.edge_betweenness_centrality(normalized=True)"},
    {Measure::closeness, "closeness", "nx.closeness_centrality(wf_improved=True), incoming distance"},
    {Measure::harmonic, "harmonic", "nx.harmonic_centrality: sum of 1/d(v, u) over v"},
    {Measure::eigenvector, "eigenvector", "nx.eigenvector_centrality (left eigenvector, L2-normalized)"},
    {Measure::pagerank, "pagerank", "nx.pagerank(alpha=0.85), optionally personalized"},
    {Measure::katz, "katz", "nx.katz_centrality(alpha=0.1, beta=1, normalized=True)"},
    {Measure::hubs, "hubs", "nx.hits hubs (sum-normalized)"},
    {Measure::authorities, "authorities", "nx.hits authorities (sum-normalized)"},
    {Measure::kcore, "kcore", "nx.core_number on the simple graph without self-loops"},
    {Measure::clustering, "clustering", "nx.clustering (directed: Fagiolo; weighted: geometric mean)"},
};
}  // namespace

std::optional<Measure> measure_from(std::string_view name) {
    std::string n(name);
    std::replace(n.begin(), n.end(), '-', '_');
    for (const auto& i : kMeasures)
        if (i.name == n) return i.m;
    if (n == "core" || n == "coreness" || n == "core_number") return Measure::kcore;
    if (n == "hits" || n == "hub") return Measure::hubs;
    if (n == "authority") return Measure::authorities;
    if (n == "eigen") return Measure::eigenvector;
    return std::nullopt;
}

std::string_view to_string(Measure m) {
    for (const auto& i : kMeasures)
        if (i.m == m) return i.name;
    return "?";
}

std::string_view measure_reference(Measure m) {
    for (const auto& i : kMeasures)
        if (i.m == m) return i.ref;
    return "";
}

std::vector<std::string_view> measure_names() {
    std::vector<std::string_view> out;
    for (const auto& i : kMeasures) out.push_back(i.name);
    return out;
}

std::vector<double> node_measure(const Network& net, Measure m, const MeasureOptions& opt) {
    return node_measure(make_snapshot(net, opt.weighted), m, opt);
}

std::vector<double> node_measure(const Snapshot& s, Measure m, const MeasureOptions& opt) {
    switch (m) {
        case Measure::degree: return degree_centrality(s, 0);
        case Measure::in_degree: return degree_centrality(s, 1);
        case Measure::out_degree: return degree_centrality(s, 2);
        case Measure::strength: return strength(s);
        case Measure::betweenness: return betweenness(s, opt.threads);
        case Measure::edge_betweenness:
            throw AnalysisError("edge_betweenness is a measure of edges, not nodes");
        case Measure::closeness: return closeness(s, opt.threads);
        case Measure::harmonic: return harmonic(s, opt.threads);
        case Measure::eigenvector: return eigenvector(s, opt.tol, opt.max_iter, opt.threads);
        case Measure::pagerank:
            return pagerank(s, opt.alpha < 0 ? 0.85 : opt.alpha, opt.personalization, opt.tol, opt.max_iter,
                            opt.threads);
        case Measure::katz: return katz(s, opt.alpha < 0 ? 0.1 : opt.alpha, opt.beta, opt.tol, opt.max_iter);
        case Measure::hubs: return hits(s, opt.tol, opt.max_iter).first;
        case Measure::authorities: return hits(s, opt.tol, opt.max_iter).second;
        case Measure::kcore: return core_number(s);
        case Measure::clustering: return clustering(s);
    }
    return {};
}

}  // namespace geokg::analysis
