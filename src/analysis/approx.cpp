// Approximate betweenness by shortest-path sampling (Riondato & Kornaropoulos,
// "Fast approximation of betweenness centrality through sampling", WSDM 2014).
#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <queue>
#include <thread>

#include "geokg/analysis.hpp"
#include "team.hpp"

namespace geokg::analysis {
namespace {

std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
// Uniform in [0, bound), bound > 0 (multiply-shift with rejection: unbiased).
std::uint64_t below(std::uint64_t& st, std::uint64_t bound) {
    for (;;) {
        std::uint64_t x = splitmix(st);
        unsigned __int128 m = static_cast<unsigned __int128>(x) * bound;
        auto lo = static_cast<std::uint64_t>(m);
        if (lo >= bound || lo >= (-bound) % bound) return static_cast<std::uint64_t>(m >> 64);
    }
}
double unit(std::uint64_t& st) { return static_cast<double>(splitmix(st) >> 11) * 0x1.0p-53; }

// Vertex-diameter bound: undirected unweighted graphs, 2 * eccentricity + 1 of
// one BFS per component (max over components); otherwise n.
std::size_t vertex_diameter(const Snapshot& s) {
    const std::size_t n = s.n;
    if (s.directed || s.weighted) return n;
    std::vector<std::int32_t> dist(n, -1);
    std::vector<std::uint32_t> queue(n);
    std::size_t best = 0;
    for (std::size_t r = 0; r < n; ++r) {
        if (dist[r] >= 0) continue;
        std::size_t head = 0, tail = 0;
        queue[tail++] = static_cast<std::uint32_t>(r);
        dist[r] = 0;
        std::int32_t ecc = 0;
        while (head < tail) {
            auto v = queue[head++];
            ecc = std::max(ecc, dist[v]);
            for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a)
                if (dist[s.nbr[a]] < 0) {
                    dist[s.nbr[a]] = dist[v] + 1;
                    queue[tail++] = s.nbr[a];
                }
        }
        best = std::max<std::size_t>(best, std::min<std::size_t>(2 * static_cast<std::size_t>(ecc) + 1, tail));
    }
    return best;
}

struct Sampler {
    const Snapshot& s;
    std::vector<double> dist, sigma;
    std::vector<std::uint32_t> touched;
    std::vector<std::pair<double, std::uint32_t>> heap;
    std::vector<char> done;
    explicit Sampler(const Snapshot& snap)
        : s(snap), dist(snap.n, std::numeric_limits<double>::infinity()), sigma(snap.n, 0), done(snap.n, 0) {}

    void reset() {
        for (auto v : touched) {
            dist[v] = std::numeric_limits<double>::infinity();
            sigma[v] = 0;
            done[v] = 0;
        }
        touched.clear();
    }

    // Shortest paths from u until v is settled; false if v is unreachable.
    bool search(std::uint32_t u, std::uint32_t v) {
        reset();
        dist[u] = 0;
        sigma[u] = 1;
        touched.push_back(u);
        if (!s.weighted) {
            for (std::size_t i = 0; i < touched.size(); ++i) {
                std::uint32_t x = touched[i];
                if (dist[v] <= dist[x]) return true;  // v's level reached: its predecessors are complete
                double dn = dist[x] + 1;
                for (std::size_t a = s.off[x]; a < s.off[x + 1]; ++a) {
                    std::uint32_t w = s.nbr[a];
                    if (dist[w] == std::numeric_limits<double>::infinity()) {
                        dist[w] = dn;
                        touched.push_back(w);
                    }
                    if (dist[w] == dn) sigma[w] += sigma[x];
                }
            }
            return dist[v] != std::numeric_limits<double>::infinity();
        }
        auto cmp = [](const std::pair<double, std::uint32_t>& a, const std::pair<double, std::uint32_t>& b) {
            return a.first > b.first || (a.first == b.first && a.second > b.second);
        };
        heap.clear();
        heap.push_back({0.0, u});
        while (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end(), cmp);
            auto [d, x] = heap.back();
            heap.pop_back();
            if (done[x] || d > dist[x]) continue;
            done[x] = 1;
            if (x == v) return true;
            for (std::size_t a = s.off[x]; a < s.off[x + 1]; ++a) {
                std::uint32_t w = s.nbr[a];
                if (done[w]) continue;
                double nd = d + s.wmin[a];
                if (nd < dist[w]) {
                    if (dist[w] == std::numeric_limits<double>::infinity()) touched.push_back(w);
                    dist[w] = nd;
                    sigma[w] = sigma[x];
                    heap.push_back({nd, w});
                    std::push_heap(heap.begin(), heap.end(), cmp);
                } else if (nd == dist[w]) {
                    sigma[w] += sigma[x];
                }
            }
        }
        return false;
    }

    // Walks one uniformly random shortest path back from v to u, calling
    // on_interior for each vertex strictly between them.
    template <class F>
    void walk(std::uint32_t u, std::uint32_t v, std::uint64_t& rng, F&& on_interior) {
        std::uint32_t w = v;
        while (w != u) {
            double r = unit(rng) * sigma[w], acc = 0;
            std::uint32_t pick = u, last = u;
            bool found = false;
            for (std::size_t a = s.in_begin(w); a < s.in_end(w); ++a) {
                std::uint32_t z = s.in_source(a);
                if (z == w || dist[z] == std::numeric_limits<double>::infinity()) continue;
                bool pred = s.weighted ? (done[z] && dist[z] + s.in_min(a) == dist[w]) : (dist[z] + 1 == dist[w]);
                if (!pred) continue;
                last = z;
                acc += sigma[z];
                if (r < acc) {
                    pick = z;
                    found = true;
                    break;
                }
            }
            if (!found) pick = last;  // rounding at the end of the range
            if (pick != u) on_interior(pick);
            w = pick;
        }
    }
};

}  // namespace

ApproxBetweenness approx_betweenness(const Snapshot& s, double epsilon, double delta, std::uint64_t seed,
                                     unsigned threads) {
    if (!(epsilon > 0 && epsilon < 1)) throw AnalysisError("--epsilon must be in (0, 1)");
    if (!(delta > 0 && delta < 1)) throw AnalysisError("--delta must be in (0, 1)");
    ApproxBetweenness out;
    const std::size_t n = s.n;
    out.values.assign(n, 0.0);
    if (n <= 2) return out;
    out.vertex_diameter = vertex_diameter(s);
    // The sample estimates sum over ordered pairs / (n (n - 1)); NetworkX's normalized value is
    // that times n / (n - 2), so the error bound on our scale needs epsilon (n - 2) / n.
    const double nd = static_cast<double>(n);
    const double e = epsilon * (nd - 2) / nd;
    const double vd = static_cast<double>(out.vertex_diameter);
    const double lg = vd - 2 >= 1 ? std::floor(std::log2(vd - 2)) : 0.0;
    out.samples = static_cast<std::size_t>(std::ceil(0.5 / (e * e) * (lg + 1 + std::log(1 / delta))));
    const std::size_t r = out.samples;

    unsigned T = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    if (r < 256) T = 1;
    // Integer hit counts per thread: the sum does not depend on how samples were split.
    std::vector<std::vector<std::uint32_t>> hits(T, std::vector<std::uint32_t>(n, 0));
    auto body = [&](unsigned t) {
        Sampler sm(s);
        auto& h = hits[t];
        for (std::size_t i = t; i < r; i += T) {
            std::uint64_t rng = seed * 0x2545F4914F6CDD1DULL + i * 0x9E3779B97F4A7C15ULL + 0x1234567ULL;
            auto u = static_cast<std::uint32_t>(below(rng, n));
            auto v = static_cast<std::uint32_t>(below(rng, n - 1));
            if (v >= u) ++v;
            if (!sm.search(u, v)) continue;
            sm.walk(u, v, rng, [&](std::uint32_t x) { ++h[x]; });
        }
    };
    detail::run_team(T, body);
    const double scale = nd / (nd - 2) / static_cast<double>(r);
    for (std::size_t v = 0; v < n; ++v) {
        std::uint64_t c = 0;
        for (unsigned t = 0; t < T; ++t) c += hits[t][v];
        out.values[v] = static_cast<double>(c) * scale;
    }
    return out;
}

}  // namespace geokg::analysis
