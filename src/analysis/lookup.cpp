// Entity lookup by id / name / alias.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "geokg/analysis.hpp"

namespace geokg::analysis {
namespace {

std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (unsigned char c : s) {
        if (std::isspace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

std::vector<std::string> words(const std::string& folded) {
    std::vector<std::string> w;
    std::string cur;
    for (char c : folded) {
        if (c == ' ' || c == '-') {
            if (!cur.empty()) w.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) w.push_back(cur);
    return w;
}

std::string describe(const Network& net, Vertex v) {
    const auto& p = net.g[v];
    if (p.label.empty() || p.label == p.id) return p.id;
    return fmt::format("{} ({})", p.id, p.label);
}

[[noreturn]] void ambiguous(const Network& net, std::string_view name, const std::vector<Vertex>& c) {
    std::string list;
    for (std::size_t i = 0; i < c.size() && i < 12; ++i) list += "\n  " + describe(net, c[i]);
    if (c.size() > 12) list += fmt::format("\n  ... and {} more", c.size() - 12);
    throw LookupError(fmt::format("\"{}\" is ambiguous: it names {} entities; use an id:{}", name, c.size(), list));
}

std::vector<Vertex> unique_sorted(std::vector<Vertex> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

}  // namespace

Vertex find_entity(const Network& net, std::string_view name, const AliasHook& hook) {
    if (auto v = net.find(std::string(name))) return *v;
    const std::string q = fold(name);
    const std::size_t n = net.nodes();
    std::vector<Vertex> exact;
    for (Vertex v = 0; v < n; ++v) {
        const auto& p = net.g[v];
        bool hit = fold(p.id) == q || fold(p.label) == q;
        auto colon = p.id.find(':');
        if (!hit && colon != std::string::npos) hit = fold(p.id.substr(colon + 1)) == slugify(name);
        for (std::size_t i = 0; !hit && i < p.aliases.size(); ++i) hit = fold(p.aliases[i]) == q;
        if (hit) exact.push_back(v);
    }
    exact = unique_sorted(exact);
    if (exact.size() == 1) return exact[0];
    if (exact.size() > 1) ambiguous(net, name, exact);
    if (hook) {
        std::vector<Vertex> via;
        for (const auto& id : hook(name))
            if (auto v = net.find(id)) via.push_back(*v);
        via = unique_sorted(via);
        if (via.size() == 1) return via[0];
        if (via.size() > 1) ambiguous(net, name, via);
    }
    // One word of a multi-word label or alias ("Xi" -> Xi Jinping, "Motegi").
    auto qw = words(q);
    std::vector<Vertex> partial, substring;
    for (Vertex v = 0; v < n; ++v) {
        const auto& p = net.g[v];
        bool hit = false;
        auto check = [&](const std::string& text) {
            auto w = words(fold(text));
            if (w.size() < 2 || qw.empty() || qw.size() >= w.size()) return;
            // query words are a contiguous run of the name's words
            for (std::size_t i = 0; i + qw.size() <= w.size() && !hit; ++i)
                hit = std::equal(qw.begin(), qw.end(), w.begin() + static_cast<std::ptrdiff_t>(i));
        };
        check(p.label);
        for (std::size_t i = 0; !hit && i < p.aliases.size(); ++i) check(p.aliases[i]);
        if (hit) partial.push_back(v);
        else if (q.size() >= 3 && (fold(p.label).find(q) != std::string::npos || fold(p.id).find(q) != std::string::npos))
            substring.push_back(v);
    }
    partial = unique_sorted(partial);
    if (partial.size() == 1) return partial[0];
    if (partial.size() > 1) ambiguous(net, name, partial);
    std::string hint;
    for (std::size_t i = 0; i < substring.size() && i < 8; ++i) hint += "\n  " + describe(net, substring[i]);
    throw LookupError(fmt::format("no entity \"{}\" in the graph{}", name,
                                  hint.empty() ? std::string() : "; did you mean:" + hint));
}

}  // namespace geokg::analysis
