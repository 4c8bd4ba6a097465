// Local measures: degree, strength, core numbers, clustering.
#include <algorithm>
#include <cmath>

#include "geokg/analysis.hpp"

namespace geokg::analysis {

std::vector<double> degree_centrality(const Snapshot& s, int mode) {
    const std::size_t n = s.n;
    std::vector<double> out(n, 1.0);
    if (n <= 1) return out;
    double scale = 1.0 / static_cast<double>(n - 1);
    for (std::size_t v = 0; v < n; ++v) {
        double d = !s.directed ? s.out_degree[v]
                   : mode == 1 ? s.in_degree[v]
                   : mode == 2 ? s.out_degree[v]
                               : s.in_degree[v] + s.out_degree[v];
        out[v] = d * scale;
    }
    return out;
}

std::vector<double> strength(const Snapshot& s) {
    std::vector<double> out(s.n);
    for (std::size_t v = 0; v < s.n; ++v)
        out[v] = s.directed ? s.out_strength[v] + s.in_strength[v] : s.out_strength[v];
    return out;
}

namespace {
// Distinct neighbours other than v itself, as a multiset for directed graphs
// (successors then predecessors: a reciprocal neighbour appears twice).
template <class F>
void for_each_neighbour(const Snapshot& s, std::size_t v, F&& f) {
    for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a)
        if (s.nbr[a] != v) f(s.nbr[a]);
    if (s.directed)
        for (std::size_t a = s.in_off[v]; a < s.in_off[v + 1]; ++a)
            if (s.in_nbr[a] != v) f(s.in_nbr[a]);
}
}  // namespace

// Batagelj-Zaversnik, O(m).
std::vector<double> core_number(const Snapshot& s) {
    const std::size_t n = s.n;
    std::vector<std::size_t> deg(n, 0);
    std::size_t maxd = 0;
    for (std::size_t v = 0; v < n; ++v) {
        for_each_neighbour(s, v, [&](std::uint32_t) { ++deg[v]; });
        maxd = std::max(maxd, deg[v]);
    }
    std::vector<std::size_t> bin(maxd + 2, 0), pos(n), vert(n);
    for (std::size_t v = 0; v < n; ++v) ++bin[deg[v]];
    std::size_t start = 0;
    for (std::size_t d = 0; d <= maxd; ++d) {
        std::size_t num = bin[d];
        bin[d] = start;
        start += num;
    }
    for (std::size_t v = 0; v < n; ++v) {
        pos[v] = bin[deg[v]];
        vert[pos[v]] = v;
        ++bin[deg[v]];
    }
    for (std::size_t d = maxd + 1; d-- > 1;) bin[d] = bin[d - 1];
    bin[0] = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t v = vert[i];
        for_each_neighbour(s, v, [&](std::uint32_t u) {
            if (deg[u] > deg[v]) {
                std::size_t du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw];
                if (u != w) {
                    pos[u] = pw;
                    vert[pu] = w;
                    pos[w] = pu;
                    vert[pw] = u;
                }
                ++bin[du];
                --deg[u];
            }
        });
    }
    return std::vector<double>(deg.begin(), deg.end());
}

std::vector<double> clustering(const Snapshot& s) {
    const std::size_t n = s.n;
    // Largest (merged) weight, self-loops excluded, as nx on the converted graph.
    double maxw = 0;
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t a = s.off[v]; a < s.off[v + 1]; ++a)
            if (s.nbr[a] != v) maxw = std::max(maxw, s.wsum[a]);
    auto c = [&](double w) { return s.weighted ? std::cbrt(w / maxw) : 1.0; };
    // Symmetric view: for each v, (k, c_vk) with c_vk = cbrt(w_vk) + cbrt(w_kv) (directed).
    std::vector<std::size_t> soff(n + 1, 0);
    std::vector<std::uint32_t> snbr;
    std::vector<double> sc;
    std::vector<std::size_t> dtot(n, 0), dbi(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        std::size_t a = s.off[v], ae = s.off[v + 1];
        std::size_t b = s.directed ? s.in_off[v] : 0, be = s.directed ? s.in_off[v + 1] : 0;
        while (a < ae || b < be) {
            if (a < ae && s.nbr[a] == v) { ++a; continue; }
            if (b < be && s.in_nbr[b] == v) { ++b; continue; }
            std::uint32_t ka = a < ae ? s.nbr[a] : UINT32_MAX, kb = b < be ? s.in_nbr[b] : UINT32_MAX;
            std::uint32_t k = std::min(ka, kb);
            double val = 0;
            if (ka == k) { val += c(s.wsum[a]); ++a; ++dtot[v]; }
            if (kb == k) { val += c(s.in_wsum[b]); ++b; ++dtot[v]; }
            if (ka == k && kb == k) ++dbi[v];
            snbr.push_back(k);
            sc.push_back(val);
        }
        soff[v + 1] = snbr.size();
    }
    std::vector<double> mark(n, 0.0), out(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t x = soff[i]; x < soff[i + 1]; ++x) mark[snbr[x]] = sc[x];
        double t = 0;
        for (std::size_t x = soff[i]; x < soff[i + 1]; ++x) {
            std::uint32_t j = snbr[x];
            double inner = 0;
            for (std::size_t y = soff[j]; y < soff[j + 1]; ++y) inner += mark[snbr[y]] * sc[y];
            t += sc[x] * inner;
        }
        for (std::size_t x = soff[i]; x < soff[i + 1]; ++x) mark[snbr[x]] = 0;
        if (t == 0) continue;
        if (s.directed) {
            double dt = static_cast<double>(dtot[i]), db = static_cast<double>(dbi[i]);
            out[i] = t / ((dt * (dt - 1) - 2 * db) * 2);
        } else {
            double d = static_cast<double>(soff[i + 1] - soff[i]);
            out[i] = t / (d * (d - 1));
        }
    }
    return out;
}

}  // namespace geokg::analysis
