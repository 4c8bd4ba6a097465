// Path measures: Brandes betweenness (nodes and edges), closeness, harmonic;
// shortest paths for the `path` question. Per-source traversals, split over
// threads. Betweenness: fixed blocks of sources taken dynamically, one
// accumulator per block, summed in block order (the same result for any thread
// count); edge betweenness, closeness, harmonic: contiguous ranges per thread,
// per-thread accumulators summed in thread order (deterministic for a given
// thread count).
#include <algorithm>
#include <atomic>
#include <memory>
#include <deque>
#include <functional>
#include <limits>
#include <queue>
#include <thread>

#include "geokg/analysis.hpp"
#include "team.hpp"

namespace geokg::analysis {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

unsigned thread_count(unsigned requested, std::size_t work) {
    unsigned t = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    if (work < 64) t = 1;
    return static_cast<unsigned>(std::min<std::size_t>(t, std::max<std::size_t>(work, 1)));
}

// Runs body(thread_index, first_source, last_source) on `threads` threads over [0, n).
void parallel_sources(std::size_t n, unsigned threads, const std::function<void(unsigned, std::size_t, std::size_t)>& body) {
    const unsigned T = std::max(threads, 1u);
    detail::run_team(T, [&](unsigned t) { body(t, n * t / T, n * (t + 1) / T); });
}

// Single-source shortest paths (BFS or Dijkstra on the smallest parallel weight),
// forward along out-arcs or backward along in-arcs. Fills order (vertices by
// non-decreasing distance), dist and, if wanted, sigma (number of shortest paths).
struct Workspace {
    std::vector<double> dist, sigma, delta;
    std::vector<std::uint32_t> order;
    std::vector<std::pair<double, std::uint32_t>> heap;
    explicit Workspace(std::size_t n) : dist(n, kInf), sigma(n, 0), delta(n, 0) { order.reserve(n); }
    void reset() {
        for (auto v : order) {
            dist[v] = kInf;
            sigma[v] = 0;
            delta[v] = 0;
        }
        order.clear();
    }
};

void sssp(const Snapshot& s, std::uint32_t src, bool reverse, bool count_paths, Workspace& ws) {
    ws.reset();
    auto begin = [&](std::uint32_t v) { return reverse ? s.in_begin(v) : s.out_begin(v); };
    auto end = [&](std::uint32_t v) { return reverse ? s.in_end(v) : s.out_end(v); };
    auto head = [&](std::size_t a) { return reverse ? s.in_source(a) : s.nbr[a]; };
    auto len = [&](std::size_t a) { return reverse ? s.in_min(a) : s.wmin[a]; };
    ws.dist[src] = 0;
    ws.sigma[src] = 1;
    if (!s.weighted) {
        ws.order.push_back(src);
        for (std::size_t i = 0; i < ws.order.size(); ++i) {
            std::uint32_t v = ws.order[i];
            double dv = ws.dist[v] + 1;
            for (std::size_t a = begin(v); a < end(v); ++a) {
                std::uint32_t w = head(a);
                if (ws.dist[w] == kInf) {
                    ws.dist[w] = dv;
                    ws.order.push_back(w);
                }
                if (count_paths && ws.dist[w] == dv) ws.sigma[w] += ws.sigma[v];
            }
        }
        return;
    }
    // Dijkstra with lazy deletion; `done` marked by position in order via delta (reset later).
    auto& heap = ws.heap;
    heap.clear();
    auto cmp = [](const std::pair<double, std::uint32_t>& a, const std::pair<double, std::uint32_t>& b) {
        return a.first > b.first || (a.first == b.first && a.second > b.second);
    };
    heap.push_back({0.0, src});
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), cmp);
        auto [d, v] = heap.back();
        heap.pop_back();
        if (d > ws.dist[v] || ws.delta[v] != 0) continue;  // stale or finalized
        ws.delta[v] = 1;  // finalized marker
        ws.order.push_back(v);
        for (std::size_t a = begin(v); a < end(v); ++a) {
            std::uint32_t w = head(a);
            if (ws.delta[w] != 0) continue;
            double nd = d + len(a);
            if (nd < ws.dist[w]) {
                ws.dist[w] = nd;
                if (count_paths) ws.sigma[w] = ws.sigma[v];
                heap.push_back({nd, w});
                std::push_heap(heap.begin(), heap.end(), cmp);
            } else if (count_paths && nd == ws.dist[w]) {
                ws.sigma[w] += ws.sigma[v];
            }
        }
    }
    // Every vertex given a distance is popped, so `order` covers all that reset() must clear.
    for (auto v : ws.order) ws.delta[v] = 0;
}

// Brandes accumulation. Calls on_arc(in_arc_index, value) for every shortest-path
// arc (v -> w) found through w's in-arcs, when edge values are wanted.
template <class OnArc>
void accumulate(const Snapshot& s, std::uint32_t src, Workspace& ws, std::vector<double>& bc, OnArc&& on_arc) {
    for (std::size_t i = ws.order.size(); i-- > 0;) {
        std::uint32_t w = ws.order[i];
        double coeff = (1 + ws.delta[w]) / ws.sigma[w];
        double dw = ws.dist[w];
        for (std::size_t a = s.in_begin(w); a < s.in_end(w); ++a) {
            std::uint32_t v = s.in_source(a);
            if (v == w || ws.dist[v] == kInf) continue;
            bool pred = s.weighted ? (ws.dist[v] + s.in_min(a) == dw) : (ws.dist[v] + 1 == dw);
            if (!pred) continue;
            double c = ws.sigma[v] * coeff;
            ws.delta[v] += c;
            on_arc(a, c);
        }
        if (w != src) bc[w] += ws.delta[w];
    }
}

std::vector<double> sum_parts(std::vector<std::vector<double>>& parts) {
    std::vector<double> out = std::move(parts[0]);
    for (std::size_t t = 1; t < parts.size(); ++t)
        for (std::size_t i = 0; i < out.size(); ++i) out[i] += parts[t][i];
    return out;
}

}  // namespace

namespace {

// Sources are split into fixed blocks (their number depends on n only, not on
// the thread count) that threads take dynamically; each block has its own
// accumulator and the blocks are summed in block order. Load stays balanced
// when a thread is slowed down (a shared machine), and the result is the same,
// bit for bit, for any number of threads.
std::size_t block_count(std::size_t sources, std::size_t width) {
    // At least 16 sources per block, at most 64 blocks, accumulators <= 64 MB.
    const std::size_t cap = std::max<std::size_t>(1, (std::size_t{8} << 20) / std::max<std::size_t>(width, 1));
    return std::clamp<std::size_t>(sources / 16, 1, std::min<std::size_t>(64, cap));
}

// Unweighted Brandes on a CSR with 32-bit offsets and ids, in three sweeps per source:
//  1. BFS that only discovers: a flat queue and int32 distances; every arc whose
//     head lies one level further (a shortest-path arc) is appended to a
//     successor list kept in queue order (branch-free: which arcs qualify is
//     unpredictable; only "new vertex" is a branch, and it is mostly not taken);
//  2. path counts: sigma pushed along the successor lists in queue order (sigma of
//     a vertex is complete before its turn), touching only shortest-path arcs;
//  3. dependencies: the queue in reverse, each vertex summing (1 + delta) / sigma
//     of its successors (finalized before it), two partial sums to shorten the
//     chain of additions; each vertex writes only its own slot.
//
// Degree-one vertices of an undirected graph (a "leaf" l whose only neighbour u
// has other neighbours) are not sources: every shortest path from l is l, u and
// a shortest path from u, so l's dependencies are u's (on every vertex but u),
// and u's dependency on l's paths is reach(u) - 2. The traversal from u counts
// for u and each of its leaves (Baglioni et al. 2012; exact).
struct BfsCsr {
    std::size_t n = 0;
    std::vector<std::uint32_t> off, nbr;
    std::vector<std::uint32_t> sources;  // vertices to traverse from
    std::vector<double> weight;          // per vertex: 1 + its leaves (as a source)
    std::vector<double> leaves;          // per vertex: number of its leaves
};

BfsCsr bfs_csr(const Snapshot& s) {
    BfsCsr g;
    const std::size_t n = g.n = s.n;
    g.off.resize(n + 1);
    g.nbr.assign(s.nbr.begin(), s.nbr.end());
    for (std::size_t v = 0; v <= n; ++v) g.off[v] = static_cast<std::uint32_t>(s.off[v]);
    g.weight.assign(n, 1.0);
    g.leaves.assign(n, 0.0);
    std::vector<char> leaf(n, 0);
    if (!s.directed) {
        // neighbours other than itself: 0, 1 (recorded), or 2+ (-1)
        std::vector<std::int64_t> only(n, -2);
        for (std::size_t v = 0; v < n; ++v) {
            std::int64_t k = -2;  // -2 none yet
            for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a) {
                if (s.nbr[a] == v) continue;
                k = (k == -2) ? static_cast<std::int64_t>(s.nbr[a]) : -1;
            }
            only[v] = k;
        }
        for (std::size_t v = 0; v < n; ++v) {
            if (only[v] < 0) continue;
            const auto u = static_cast<std::size_t>(only[v]);
            if (only[u] != -1) continue;  // u has no other neighbour (a lone edge): traverse both
            leaf[v] = 1;
            g.weight[u] += 1.0;
            g.leaves[u] += 1.0;
        }
    }
    for (std::size_t v = 0; v < n; ++v)
        if (!leaf[v]) g.sources.push_back(static_cast<std::uint32_t>(v));
    return g;
}

struct BrandesWork {
    std::vector<std::int32_t> dist;
    std::vector<double> val;  // sigma, then (1 + delta) / sigma
    std::vector<std::uint32_t> queue, succ, succ_end;
    explicit BrandesWork(const BfsCsr& g)
        : dist(g.n, -1), val(g.n, 0.0), queue(g.n), succ(g.nbr.size() + 1), succ_end(g.n + 1) {}
};

void brandes_source(const BfsCsr& g, std::uint32_t src, BrandesWork& w, double* bc) {
    const std::uint32_t* off = g.off.data();
    const std::uint32_t* nbr = g.nbr.data();
    std::int32_t* dp = w.dist.data();
    double* vp = w.val.data();
    std::uint32_t* queue = w.queue.data();
    std::uint32_t* sp = w.succ.data();
    std::uint32_t* se = w.succ_end.data();
    std::uint32_t head = 0, tail = 0, ns = 0;
    queue[tail++] = src;
    dp[src] = 0;
    se[0] = 0;
    while (head < tail) {
        const std::uint32_t v = queue[head];
        const std::int32_t dn = dp[v] + 1;
        for (std::uint32_t a = off[v], e = off[v + 1]; a < e; ++a) {
            const std::uint32_t x = nbr[a];
            std::int32_t dx = dp[x];
            if (dx < 0) {
                dp[x] = dx = dn;
                queue[tail++] = x;
            }
            sp[ns] = x;
            ns += dx == dn;
        }
        se[++head] = ns;
    }
    vp[src] = 1.0;
    for (std::uint32_t i = 0; i < tail; ++i) {
        const double sv = vp[queue[i]];
        for (std::uint32_t k = se[i], e = se[i + 1]; k < e; ++k) vp[sp[k]] += sv;
    }
    const double c = g.weight[src];
    for (std::uint32_t i = tail; i-- > 1;) {
        const std::uint32_t v = queue[i];
        double s0 = 0, s1 = 0;
        std::uint32_t k = se[i];
        const std::uint32_t e = se[i + 1];
        for (; k + 1 < e; k += 2) {
            s0 += vp[sp[k]];
            s1 += vp[sp[k + 1]];
        }
        if (k < e) s0 += vp[sp[k]];
        const double sigma = vp[v];
        const double delta = sigma * (s0 + s1);
        bc[v] += c * delta;
        vp[v] = (1 + delta) / sigma;
    }
    bc[src] += g.leaves[src] * static_cast<double>(tail >= 2 ? tail - 2 : 0);
    for (std::uint32_t i = 0; i < tail; ++i) {
        dp[queue[i]] = -1;
        vp[queue[i]] = 0.0;
    }
}

}  // namespace

std::vector<double> betweenness(const Snapshot& s, unsigned threads) {
    const std::size_t n = s.n;
    std::vector<double> bc(n, 0.0);
    if (n == 0) return bc;
    if (!s.weighted && s.nbr.size() < (std::size_t{1} << 32) - 1) {
        const BfsCsr g = bfs_csr(s);
        const std::size_t ns = g.sources.size();
        const std::size_t B = block_count(ns, n);
        const unsigned T = thread_count(threads, ns);
        std::vector<std::vector<double>> acc(B);
        std::vector<std::unique_ptr<BrandesWork>> work(T);
        detail::parallel_blocks(
            B, T, [&](unsigned t) { work[t] = std::make_unique<BrandesWork>(g); },
            [&](unsigned t, std::size_t b) {
                acc[b].assign(n, 0.0);
                for (std::size_t i = ns * b / B, e = ns * (b + 1) / B; i < e; ++i)
                    brandes_source(g, g.sources[i], *work[t], acc[b].data());
            });
        bc = sum_parts(acc);
    } else {
        const std::size_t B = block_count(n, n);
        const unsigned T = thread_count(threads, n);
        std::vector<std::vector<double>> acc(B);
        std::vector<std::unique_ptr<Workspace>> work(T);
        detail::parallel_blocks(
            B, T, [&](unsigned t) { work[t] = std::make_unique<Workspace>(n); },
            [&](unsigned t, std::size_t b) {
                acc[b].assign(n, 0.0);
                for (std::size_t src = n * b / B, e = n * (b + 1) / B; src < e; ++src) {
                    sssp(s, static_cast<std::uint32_t>(src), false, true, *work[t]);
                    accumulate(s, static_cast<std::uint32_t>(src), *work[t], acc[b], [](std::size_t, double) {});
                }
                work[t]->reset();
            });
        bc = sum_parts(acc);
    }
    if (n > 2) {
        double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
        for (auto& x : bc) x *= scale;
    }
    return bc;
}

std::vector<double> edge_betweenness(const Snapshot& s, unsigned threads) {
    const std::size_t n = s.n;
    const std::size_t arcs = s.directed ? s.in_nbr.size() : s.nbr.size();
    unsigned T = thread_count(threads, n);
    std::vector<std::vector<double>> parts(T, std::vector<double>(arcs, 0.0));
    parallel_sources(n, T, [&](unsigned t, std::size_t a, std::size_t b) {
        Workspace ws(n);
        std::vector<double> bc(n, 0.0);
        auto& acc = parts[t];
        for (std::size_t src = a; src < b; ++src) {
            sssp(s, static_cast<std::uint32_t>(src), false, true, ws);
            accumulate(s, static_cast<std::uint32_t>(src), ws, bc, [&](std::size_t arc, double c) { acc[arc] += c; });
        }
        ws.reset();
    });
    auto in_arc = sum_parts(parts);
    // Map in-arc values (v -> w, stored at w) to the out-arcs (v -> w) and then to edges.
    std::vector<double> out_arc(s.nbr.size(), 0.0);
    for (std::uint32_t w = 0; w < n; ++w) {
        for (std::size_t a = s.in_begin(w); a < s.in_end(w); ++a) {
            if (in_arc[a] == 0) continue;
            std::uint32_t v = s.in_source(a);
            auto first = s.nbr.begin() + static_cast<std::ptrdiff_t>(s.off[v]);
            auto last = s.nbr.begin() + static_cast<std::ptrdiff_t>(s.off[v + 1]);
            auto it = std::lower_bound(first, last, w);
            out_arc[static_cast<std::size_t>(it - s.nbr.begin())] += in_arc[a];
        }
    }
    std::vector<double> eb(s.edge_ends.size(), 0.0);
    for (std::uint32_t v = 0; v < n; ++v) {
        for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a) {
            double val = out_arc[a];
            if (val == 0) continue;
            // Undirected: the pair's value is the sum of both directions; add it once (from the
            // smaller end) ... both arcs add their part to the same edges, which sums them.
            std::size_t k = 0;
            for (std::size_t i = s.arc_edge_off[a]; i < s.arc_edge_off[a + 1]; ++i)
                if (s.edge_weight[s.arc_edges[i]] == s.wmin[a] || !s.weighted) ++k;
            for (std::size_t i = s.arc_edge_off[a]; i < s.arc_edge_off[a + 1]; ++i)
                if (s.edge_weight[s.arc_edges[i]] == s.wmin[a] || !s.weighted) eb[s.arc_edges[i]] += val / k;
        }
    }
    if (n > 1) {
        double scale = 1.0 / (static_cast<double>(n) * static_cast<double>(n - 1));
        for (auto& x : eb) x *= scale;
    }
    return eb;
}

namespace {
// Per source of a multi-source BFS batch: vertices reached (itself included),
// sum of distances, sum of 1 / distance.
struct Levels {
    std::uint64_t reached[64] = {};
    std::int64_t dist_sum[64] = {};
    double inv_sum[64] = {};
};

// One traversal per target u along in-arcs (distances d(v, u)); f(order, dist)
// summarizes it. Unweighted graphs: multi-source BFS, 64 targets per pass.
template <class F>
std::vector<double> per_target(const Snapshot& s, unsigned threads, F&& f) {
    const std::size_t n = s.n;
    std::vector<double> out(n, 0.0);
    unsigned T = thread_count(threads, n);
    parallel_sources(n, T, [&](unsigned, std::size_t a, std::size_t b) {
        if (!s.weighted) {
            // Multi-source BFS (Then et al., "The more the merrier", VLDB 2014): 64 sources
            // at once, one bit each; a vertex's frontier word is pushed along each arc once
            // per level for all 64 sources. Per source only the number of vertices reached
            // at each distance matters (closeness: sum of distances; harmonic: sum of 1/d).
            const bool dir = s.directed;
            const std::size_t* off = dir ? s.in_off.data() : s.off.data();
            const std::uint32_t* nbr = dir ? s.in_nbr.data() : s.nbr.data();
            std::vector<std::uint64_t> seen(n, 0), frontier(n, 0), next(n, 0);
            std::vector<std::uint32_t> cur, nl, touched;
            for (std::size_t base = a; base < b; base += 64) {
                const unsigned k = static_cast<unsigned>(std::min<std::size_t>(64, b - base));
                cur.clear();
                touched.clear();
                Levels lv;
                for (unsigned i = 0; i < k; ++i) {
                    auto u = static_cast<std::uint32_t>(base + i);
                    seen[u] = frontier[u] = std::uint64_t{1} << i;
                    cur.push_back(u);
                    touched.push_back(u);
                    lv.reached[i] = 1;
                }
                std::uint32_t cnt[64];
                for (std::int64_t d = 1; !cur.empty(); ++d) {
                    nl.clear();
                    for (auto x : cur) {
                        const std::uint64_t f = frontier[x];
                        frontier[x] = 0;
                        for (std::size_t e = off[x], end = off[x + 1]; e < end; ++e) {
                            const std::uint32_t w = nbr[e];
                            const std::uint64_t bits = f & ~seen[w];
                            if (!bits) continue;
                            if (!next[w]) nl.push_back(w);
                            next[w] |= bits;
                        }
                    }
                    std::fill(cnt, cnt + k, 0u);
                    for (auto w : nl) {
                        std::uint64_t bits = next[w];
                        next[w] = 0;
                        if (!seen[w]) touched.push_back(w);
                        seen[w] |= bits;
                        frontier[w] = bits;
                        while (bits) {
                            ++cnt[__builtin_ctzll(bits)];
                            bits &= bits - 1;
                        }
                    }
                    for (unsigned i = 0; i < k; ++i) {
                        if (!cnt[i]) continue;
                        lv.dist_sum[i] += d * cnt[i];
                        lv.inv_sum[i] += static_cast<double>(cnt[i]) / static_cast<double>(d);
                        lv.reached[i] += cnt[i];
                    }
                    cur.swap(nl);
                }
                for (auto w : touched) seen[w] = 0;
                for (unsigned i = 0; i < k; ++i) out[base + i] = f.levels(lv, i);
            }
            return;
        }
        Workspace ws(n);
        for (std::size_t u = a; u < b; ++u) {
            sssp(s, static_cast<std::uint32_t>(u), true, false, ws);  // distances d(v, u)
            out[u] = f.weighted(ws);
        }
        ws.reset();
    });
    return out;
}

struct ClosenessF {
    double n;
    double finish(double tot, double reached) const {
        if (tot > 0 && n > 1) return (reached - 1) / tot * ((reached - 1) / (n - 1));
        return 0.0;
    }
    double levels(const Levels& lv, unsigned i) const {
        return finish(static_cast<double>(lv.dist_sum[i]), static_cast<double>(lv.reached[i]));
    }
    double weighted(const Workspace& ws) const {
        double tot = 0;
        for (auto v : ws.order) tot += ws.dist[v];
        return finish(tot, static_cast<double>(ws.order.size()));
    }
};

struct HarmonicF {
    double levels(const Levels& lv, unsigned i) const { return lv.inv_sum[i]; }
    double weighted(const Workspace& ws) const {
        double h = 0;
        for (auto v : ws.order)
            if (ws.dist[v] > 0) h += 1.0 / ws.dist[v];
        return h;
    }
};
}  // namespace

std::vector<double> closeness(const Snapshot& s, unsigned threads) {
    return per_target(s, threads, ClosenessF{static_cast<double>(s.n)});
}

std::vector<double> harmonic(const Snapshot& s, unsigned threads) { return per_target(s, threads, HarmonicF{}); }

// ---------------------------------------------------------------------------

std::vector<Edge> edges_between(const Network& net, Vertex a, Vertex b) {
    std::vector<Edge> out;
    for (auto [it, end] = boost::out_edges(a, net.g); it != end; ++it)
        if (boost::target(*it, net.g) == b) out.push_back(*it);
    if (a != b)
        for (auto [it, end] = boost::out_edges(b, net.g); it != end; ++it)
            if (boost::target(*it, net.g) == a) out.push_back(*it);
    return out;
}

std::vector<Vertex> shortest_path(const Network& net, Vertex a, Vertex b, bool weighted, bool undirected) {
    const std::size_t n = net.nodes();
    std::vector<double> dist(n, kInf);
    std::vector<Vertex> pred(n, boost::graph_traits<Graph>::null_vertex());
    bool both = undirected || !net.directed;
    // Neighbours of v with the smallest weight among parallel edges, in vertex order.
    auto neighbours = [&](Vertex v) {
        std::vector<std::pair<Vertex, double>> nb;
        for (auto [it, end] = boost::out_edges(v, net.g); it != end; ++it)
            nb.push_back({boost::target(*it, net.g), weighted ? net.g[*it].weight : 1.0});
        if (both)
            for (auto [it, end] = boost::in_edges(v, net.g); it != end; ++it)
                nb.push_back({boost::source(*it, net.g), weighted ? net.g[*it].weight : 1.0});
        std::sort(nb.begin(), nb.end());
        return nb;
    };
    using Item = std::pair<double, Vertex>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> q;
    dist[a] = 0;
    q.push({0, a});
    std::vector<char> done(n, 0);
    while (!q.empty()) {
        auto [d, v] = q.top();
        q.pop();
        if (done[v]) continue;
        done[v] = 1;
        if (v == b) break;
        for (auto [w, len] : neighbours(v)) {
            if (done[w] || w == v) continue;
            if (d + len < dist[w]) {
                dist[w] = d + len;
                pred[w] = v;
                q.push({dist[w], w});
            }
        }
    }
    if (dist[b] == kInf) return {};
    std::vector<Vertex> path;
    for (Vertex v = b; v != a; v = pred[v]) path.push_back(v);
    path.push_back(a);
    std::reverse(path.begin(), path.end());
    return path;
}

}  // namespace geokg::analysis
