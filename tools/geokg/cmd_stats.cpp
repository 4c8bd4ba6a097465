// geokg stats GRAPH: what a graph holds, as a table or JSON.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>
#include <map>
#include <memory>
#include <numeric>

#include "command.hpp"
#include "geokg/graph_io.hpp"
#include "options.hpp"

namespace geokg::cli {
namespace {

struct StatsArgs {
    std::vector<std::string> inputs;
    std::string format = "table";
    CommonOptions common;
    ViewArgs view;
};

// Weakly connected components with a union-find over the edges.
std::size_t weak_components(const Network& net, std::size_t& largest) {
    std::vector<std::size_t> parent(net.nodes());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    for (auto e : boost::make_iterator_range(boost::edges(net.g)))
        parent[root(boost::source(e, net.g))] = root(boost::target(e, net.g));
    std::map<std::size_t, std::size_t> sizes;
    for (std::size_t v = 0; v < parent.size(); ++v) ++sizes[root(v)];
    largest = 0;
    for (auto& [r, n] : sizes) largest = std::max(largest, n);
    return sizes.size();
}

int run_stats(const StatsArgs& a) {
    LoadOptions lo;
    lo.pipeline = a.common.pipeline();
    Network loaded = load_graph(a.inputs, lo);
    auto vo = a.view.options();
    Network net = vo.empty() ? std::move(loaded) : apply_view(loaded, vo);
    std::map<std::string, std::size_t> types, relations, classes;
    std::string first, last;
    std::size_t isolated = 0, self_loops = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(net.g))) {
        ++types[net.g[v].type.empty() ? "(none)" : net.g[v].type];
        if (boost::in_degree(v, net.g) + boost::out_degree(v, net.g) == 0) ++isolated;
    }
    for (auto e : boost::make_iterator_range(boost::edges(net.g))) {
        const auto& p = net.g[e];
        ++relations[p.relation.empty() ? "(none)" : p.relation];
        ++classes[p.cls.empty() ? "(none)" : p.cls];
        if (boost::source(e, net.g) == boost::target(e, net.g)) ++self_loops;
        if (!p.first_date.empty() && (first.empty() || p.first_date < first)) first = p.first_date;
        if (!p.last_date.empty() && (last.empty() || p.last_date > last)) last = p.last_date;
    }
    std::size_t largest = 0, comps = weak_components(net, largest);
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
                  a->common.add(sub);
                  a->view.add(sub);
                  return [a] { return run_stats(*a); };
              },
              30);

}  // namespace
}  // namespace geokg::cli
