// Components (union-find; Tarjan for strong components) and Louvain communities.
#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "geokg/analysis.hpp"

namespace geokg::analysis {
namespace {

std::vector<std::uint32_t> renumber_by_first(const std::vector<std::uint32_t>& raw) {
    std::unordered_map<std::uint32_t, std::uint32_t> map;
    std::vector<std::uint32_t> out(raw.size());
    for (std::size_t v = 0; v < raw.size(); ++v) {
        auto [it, fresh] = map.emplace(raw[v], static_cast<std::uint32_t>(map.size()));
        out[v] = it->second;
    }
    return out;
}

}  // namespace

std::vector<std::uint32_t> components(const Network& net, bool strong) {
    const std::size_t n = net.nodes();
    if (!strong || !net.directed) {
        std::vector<std::uint32_t> parent(n);
        std::iota(parent.begin(), parent.end(), 0);
        auto find = [&](std::uint32_t x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        for (auto [it, end] = boost::edges(net.g); it != end; ++it) {
            auto a = find(static_cast<std::uint32_t>(boost::source(*it, net.g)));
            auto b = find(static_cast<std::uint32_t>(boost::target(*it, net.g)));
            if (a != b) parent[std::max(a, b)] = std::min(a, b);
        }
        std::vector<std::uint32_t> raw(n);
        for (std::uint32_t v = 0; v < n; ++v) raw[v] = find(v);
        return renumber_by_first(raw);
    }
    // Iterative Tarjan.
    const std::uint32_t none = UINT32_MAX;
    std::vector<std::uint32_t> idx(n, none), low(n, 0), comp(n, none), stack;
    std::vector<char> on(n, 0);
    std::uint32_t counter = 0, ncomp = 0;
    struct Frame {
        Vertex v;
        boost::graph_traits<Graph>::out_edge_iterator it, end;
    };
    std::vector<Frame> call;
    for (Vertex root = 0; root < n; ++root) {
        if (idx[root] != none) continue;
        auto push = [&](Vertex v) {
            idx[v] = low[v] = counter++;
            stack.push_back(static_cast<std::uint32_t>(v));
            on[v] = 1;
            auto [b, e] = boost::out_edges(v, net.g);
            call.push_back({v, b, e});
        };
        push(root);
        while (!call.empty()) {
            auto& f = call.back();
            if (f.it != f.end) {
                Vertex w = boost::target(*f.it, net.g);
                ++f.it;
                if (idx[w] == none) push(w);
                else if (on[w]) low[f.v] = std::min(low[f.v], idx[w]);
                continue;
            }
            Vertex v = f.v;
            call.pop_back();
            if (!call.empty()) low[call.back().v] = std::min(low[call.back().v], low[v]);
            if (low[v] == idx[v]) {
                std::uint32_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on[w] = 0;
                    comp[w] = ncomp;
                } while (w != v);
                ++ncomp;
            }
        }
    }
    return renumber_by_first(comp);
}

namespace {

// Undirected weighted view: adjacency without self-loops plus a self-loop weight per vertex.
struct UGraph {
    std::vector<std::vector<std::pair<std::uint32_t, double>>> adj;
    std::vector<double> loop;  // self-loop weight (counted twice in the degree)
    std::vector<double> k;     // weighted degree
    double m2 = 0;             // 2m
};

UGraph undirected_view(const Network& net, bool weighted) {
    UGraph u;
    const std::size_t n = net.nodes();
    u.adj.resize(n);
    u.loop.assign(n, 0);
    std::vector<std::map<std::uint32_t, double>> acc(n);
    for (auto [it, end] = boost::edges(net.g); it != end; ++it) {
        auto a = static_cast<std::uint32_t>(boost::source(*it, net.g));
        auto b = static_cast<std::uint32_t>(boost::target(*it, net.g));
        double w = weighted ? net.g[*it].weight : 1.0;
        if (a == b) u.loop[a] += w;
        else {
            acc[a][b] += w;
            acc[b][a] += w;
        }
    }
    u.k.assign(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        u.adj[v].assign(acc[v].begin(), acc[v].end());
        u.k[v] = 2 * u.loop[v];
        for (auto& [_, w] : u.adj[v]) u.k[v] += w;
        u.m2 += u.k[v];
    }
    return u;
}

double modularity_of(const UGraph& g, const std::vector<std::uint32_t>& c, double gamma) {
    if (g.m2 == 0) return 0;
    std::size_t nc = c.empty() ? 0 : *std::max_element(c.begin(), c.end()) + 1;
    std::vector<double> in(nc, 0), tot(nc, 0);
    for (std::size_t v = 0; v < g.adj.size(); ++v) {
        tot[c[v]] += g.k[v];
        in[c[v]] += 2 * g.loop[v];
        for (auto& [w, x] : g.adj[v])
            if (c[w] == c[v]) in[c[v]] += x;
    }
    double q = 0;
    for (std::size_t i = 0; i < nc; ++i) q += in[i] / g.m2 - gamma * (tot[i] / g.m2) * (tot[i] / g.m2);
    return q;
}

}  // namespace

double modularity(const Network& net, const std::vector<std::uint32_t>& membership, bool weighted,
                  double resolution) {
    return modularity_of(undirected_view(net, weighted), membership, resolution);
}

Communities louvain(const Network& net, bool weighted, double resolution) {
    UGraph g = undirected_view(net, weighted);
    const std::size_t n0 = g.adj.size();
    std::vector<std::uint32_t> member(n0);
    std::iota(member.begin(), member.end(), 0);
    Communities out;
    if (g.m2 == 0) {
        out.membership = member;
        return out;
    }
    const double m2 = g.m2;
    UGraph cur = g;
    double best_q = modularity_of(g, member, resolution);
    while (true) {
        const std::size_t n = cur.adj.size();
        std::vector<std::uint32_t> comm(n);
        std::iota(comm.begin(), comm.end(), 0);
        std::vector<double> tot = cur.k;
        bool moved_any = false;
        std::vector<double> wto(n, 0);
        std::vector<std::uint32_t> touched;
        for (bool improved = true; improved;) {
            improved = false;
            for (std::uint32_t v = 0; v < n; ++v) {
                std::uint32_t old = comm[v];
                touched.clear();
                for (auto& [w, x] : cur.adj[v]) {
                    if (wto[comm[w]] == 0) touched.push_back(comm[w]);
                    wto[comm[w]] += x;
                }
                tot[old] -= cur.k[v];
                double kv = cur.k[v];
                auto gain = [&](std::uint32_t c) { return wto[c] - resolution * tot[c] * kv / m2; };
                std::uint32_t best = old;
                double best_gain = gain(old);
                std::sort(touched.begin(), touched.end());
                for (auto c : touched) {
                    double gc = gain(c);
                    if (gc > best_gain + 1e-12) {
                        best_gain = gc;
                        best = c;
                    }
                }
                tot[best] += kv;
                comm[v] = best;
                for (auto c : touched) wto[c] = 0;
                wto[old] = 0;
                if (best != old) improved = moved_any = true;
            }
        }
        if (!moved_any) break;
        // Renumber communities and aggregate.
        std::vector<std::uint32_t> ren(n, UINT32_MAX);
        std::uint32_t k = 0;
        for (std::uint32_t v = 0; v < n; ++v)
            if (ren[comm[v]] == UINT32_MAX) ren[comm[v]] = k++;
        for (auto& c : comm) c = ren[c];
        for (auto& m : member) m = comm[m];
        double q = modularity_of(g, member, resolution);
        ++out.levels;
        UGraph next;
        next.adj.resize(k);
        next.loop.assign(k, 0);
        next.k.assign(k, 0);
        next.m2 = m2;
        std::vector<std::map<std::uint32_t, double>> acc(k);
        for (std::uint32_t v = 0; v < n; ++v) {
            next.loop[comm[v]] += cur.loop[v];
            next.k[comm[v]] += cur.k[v];
            for (auto& [w, x] : cur.adj[v]) {
                if (comm[w] == comm[v]) next.loop[comm[v]] += x / 2;  // each internal edge seen twice
                else acc[comm[v]][comm[w]] += x;
            }
        }
        for (std::uint32_t c = 0; c < k; ++c) next.adj[c].assign(acc[c].begin(), acc[c].end());
        cur = std::move(next);
        if (q <= best_q + 1e-12) {
            best_q = std::max(best_q, q);
            break;
        }
        best_q = q;
        if (k == n) break;
    }
    // Relabel: largest community first, ties by smallest vertex.
    std::size_t nc = *std::max_element(member.begin(), member.end()) + 1;
    std::vector<std::size_t> size(nc, 0), first(nc, SIZE_MAX);
    for (std::size_t v = 0; v < n0; ++v) {
        ++size[member[v]];
        first[member[v]] = std::min(first[member[v]], v);
    }
    std::vector<std::uint32_t> order(nc);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) {
        return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
    });
    std::vector<std::uint32_t> rank(nc);
    for (std::uint32_t i = 0; i < nc; ++i) rank[order[i]] = i;
    for (auto& m : member) m = rank[m];
    out.membership = member;
    out.modularity = modularity_of(g, member, resolution);
    return out;
}

}  // namespace geokg::analysis
