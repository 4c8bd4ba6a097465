// geokg stats GRAPH: what a graph holds, as a table or JSON.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string_view>
#include <unordered_map>
#include <map>
#include <memory>
#include <numeric>

#include "command.hpp"
#include "geokg/article.hpp"
#include "geokg/export.hpp"
#include "geokg/graph_io.hpp"
#include "options.hpp"

namespace geokg::cli {
namespace {

struct StatsArgs {
    std::vector<std::string> inputs;
    std::string format = "table";
    CommonOptions common;
    ViewArgs view;
    bool timing = false;
};

// Weakly connected components with a union-find over the edges.
std::size_t weak_components(const GraphColumns& g, std::size_t& largest) {
    std::vector<std::uint32_t> parent(g.nodes());
    std::iota(parent.begin(), parent.end(), 0u);
    auto root = [&](std::uint32_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    for (std::size_t e = 0; e < g.edges(); ++e) parent[root(g.source[e])] = root(g.target[e]);
    std::vector<std::size_t> sizes(g.nodes(), 0);
    for (std::uint32_t v = 0; v < parent.size(); ++v) ++sizes[root(v)];
    largest = 0;
    std::size_t comps = 0;
    for (auto n : sizes) {
        comps += n > 0;
        largest = std::max(largest, n);
    }
    return comps;
}

// A single GraphML file without a view is read as columns (no Network: what the
// summary uses, every value still read and checked); anything else is loaded
// (and viewed) as a Network and summarized from its columns.
GraphColumns load_columns(const StatsArgs& a) {
    auto vo = a.view.options();
    if (vo.empty() && a.inputs.size() == 1 && is_graphml_file(a.inputs[0])) {
        if (!std::filesystem::exists(a.inputs[0])) throw InputError(fmt::format("{}: no such file", a.inputs[0]));
        return read_graphml_columns(a.inputs[0]);
    }
    LoadOptions lo;
    lo.pipeline = a.common.pipeline();
    Network loaded = load_graph(a.inputs, lo);
    if (vo.empty()) return columns_of(loaded);
    return columns_of(apply_view(loaded, vo));
}

int run_stats(const StatsArgs& a) {
    using clock = std::chrono::steady_clock;
    auto cpu = [] { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; };
    const auto t0 = clock::now();
    const double c0 = cpu();
    const GraphColumns net = load_columns(a);
    const auto t1 = clock::now();
    const double c1 = cpu();
    std::map<std::string, std::size_t> types, relations, classes;
    std::string first, last;
    std::size_t isolated = 0, self_loops = 0;
    std::vector<std::uint32_t> degree(net.nodes(), 0);
    for (std::size_t e = 0; e < net.edges(); ++e) {
        ++degree[net.source[e]];
        ++degree[net.target[e]];
    }
    // Counts by value code, then by name ("(none)" for no value).
    auto count = [](const CodedColumn& col, std::map<std::string, std::size_t>& out) {
        std::vector<std::size_t> n(col.values().size(), 0);
        for (std::size_t i = 0; i < col.size(); ++i) ++n[col.code(i)];
        for (std::size_t c = 0; c < n.size(); ++c)
            if (n[c]) out[col.values()[c].empty() ? "(none)" : col.values()[c]] += n[c];
    };
    count(net.node_type, types);
    count(net.relation, relations);
    count(net.cls, classes);
    for (std::size_t v = 0; v < net.nodes(); ++v)
        if (degree[v] == 0) ++isolated;
    for (std::size_t e = 0; e < net.edges(); ++e) {
        if (net.source[e] == net.target[e]) ++self_loops;
        const auto& fd = net.first_date[e];
        const auto& ld = net.last_date[e];
        if (!fd.empty() && (first.empty() || fd < first)) first = fd;
        if (!ld.empty() && (last.empty() || ld > last)) last = ld;
    }
    std::size_t largest = 0, comps = weak_components(net, largest);
    if (a.timing)
        std::cerr << fmt::format("timing: load {:.6f} s (cpu {:.6f} s), summary {:.6f} s\n",
                                 std::chrono::duration<double>(t1 - t0).count(), c1 - c0,
                                 std::chrono::duration<double>(clock::now() - t1).count());
    if (a.format == "json") {
        rapidjson::StringBuffer buf;
        rapidjson::Writer<rapidjson::StringBuffer> w(buf);
        w.StartObject();
        w.Key("nodes"); w.Uint64(net.nodes());
        w.Key("edges"); w.Uint64(net.edges());
        w.Key("directed"); w.Bool(net.directed);
        w.Key("components"); w.Uint64(comps);
        w.Key("largest_component"); w.Uint64(largest);
        w.Key("isolated_nodes"); w.Uint64(isolated);
        w.Key("self_loops"); w.Uint64(self_loops);
        w.Key("first_date"); first.empty() ? w.Null() : w.String(first.c_str());
        w.Key("last_date"); last.empty() ? w.Null() : w.String(last.c_str());
        for (auto [name, m] : {std::pair{"node_types", &types}, std::pair{"relations", &relations},
                                std::pair{"classes", &classes}}) {
            w.Key(name);
            w.StartObject();
            for (auto& [k, n] : *m) {
                w.Key(k.c_str());
                w.Uint64(n);
            }
            w.EndObject();
        }
        w.EndObject();
        std::cout << buf.GetString() << "\n";
        return kExitOk;
    }
    std::cout << fmt::format("nodes       {}\nedges       {}\ndirected    {}\ncomponents  {} (largest {} nodes)\n"
                             "isolated    {}\nself-loops  {}\ndates       {} .. {}\n",
                             net.nodes(), net.edges(), net.directed ? "yes" : "no", comps, largest, isolated,
                             self_loops, first.empty() ? "-" : first, last.empty() ? "-" : last);
    for (auto [name, m] : {std::pair{"node types", &types}, std::pair{"relations", &relations},
                            std::pair{"classes", &classes}}) {
        std::cout << "\n" << name << ":\n";
        for (auto& [k, n] : *m) std::cout << fmt::format("  {:<22} {:>8}\n", k, n);
    }
    return kExitOk;
}

Registrar reg("stats", "Summarize a graph: counts, types, relations, components, dates",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<StatsArgs>();
                  sub.add_option("GRAPH", a->inputs,
                                 "A graph file (.graphml, .json), or articles/triples to build one from")
                      ->required();
                  sub.add_option("--format", a->format, "table or json")
                      ->check(CLI::IsMember({"table", "json"}))
                      ->capture_default_str();
                  sub.add_flag("--timing", a->timing,
                               "Print the load time (reading the file: every node, edge and value) and the "
                               "summary time to standard error");
                  a->common.add(sub);
                  a->view.add(sub);
                  return [a] { return run_stats(*a); };
              },
              30);

}  // namespace
}  // namespace geokg::cli
