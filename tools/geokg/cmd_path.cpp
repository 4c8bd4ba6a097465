// geokg path GRAPH A B: the shortest chain of relations between two entities,
// each hop with its evidence.
#include "cmd_analysis_common.hpp"
#include "command.hpp"

namespace geokg::cli {
namespace {

struct PathArgs {
    GraphInput in;
    OutputArgs out;
    std::string a, b;
    bool directed = false, weighted = false;
};

int run_path(const PathArgs& args) {
    Network net = args.in.load();
    Vertex a = args.in.find(net, args.a), b = args.in.find(net, args.b);
    if (args.weighted)
        for (auto [it, end] = boost::edges(net.g); it != end; ++it)
            if (!(net.g[*it].weight > 0))
                throw InputError(fmt::format("edge {}: weight {} cannot be a distance (must be > 0)", net.g[*it].id,
                                             net.g[*it].weight));
    auto path = analysis::shortest_path(net, a, b, args.weighted, !args.directed);
    auto f = parse_out_format(args.out.format);
    Table t;
    const auto &pa = net.g[a], &pb = net.g[b];
    t.meta.push_back({"from", str_cell(pa.id)});
    t.meta.push_back({"to", str_cell(pb.id)});
    t.meta.push_back({"hops", int_cell(path.empty() ? -1 : static_cast<long long>(path.size()) - 1)});
    if (path.empty()) {
        t.notes.push_back(fmt::format("# no path from {} to {}{}", pa.label, pb.label,
                                      args.directed ? " along edge directions" : ""));
    } else {
        std::string chain;
        for (auto v : path) chain += (chain.empty() ? "" : " - ") + net.g[v].label;
        t.notes.push_back(fmt::format("# {} hop{}: {}", path.size() - 1, path.size() == 2 ? "" : "s", chain));
    }
    if (f == OutFormat::table) {
        t.columns = {"hop", "from", "relation", "to", "weight", "dates", "evidence"};
        t.right = {true, false, false, false, true, false, false};
    } else {
        t.columns = {"hop", "from", "relation", "direction", "to", "weight", "first_date", "last_date", "also",
                     "evidence"};
    }
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        Vertex u = path[i], v = path[i + 1];
        auto es = analysis::edges_between(net, u, v);
        if (args.directed)
            es.erase(std::remove_if(es.begin(), es.end(), [&](Edge e) { return boost::source(e, net.g) != u; }),
                     es.end());
        std::stable_sort(es.begin(), es.end(), [&](Edge x, Edge y) { return net.g[x].weight > net.g[y].weight; });
        if (es.empty()) continue;
        const auto& best = net.g[es[0]];
        std::string also;
        for (std::size_t k = 1; k < es.size(); ++k)
            also += fmt::format("{}{} {}", also.empty() ? "" : ", ", arrow(net, es[k], u), net.g[es[k]].relation);
        std::string dir = arrow(net, es[0], u);
        if (f == OutFormat::table) {
            std::string rel = dir == "<-" ? "<- " + best.relation : best.relation + " " + dir;
            if (!also.empty()) rel += fmt::format(" (+{})", es.size() - 1);
            t.rows.push_back({int_cell(static_cast<long long>(i + 1)), str_cell(truncate_text(net.g[u].label, 30)),
                              str_cell(rel), str_cell(truncate_text(net.g[v].label, 30)), num_cell(best.weight),
                              str_cell(dates_of(best)), str_cell(truncate_text(best.evidence, 70))});
        } else {
            t.rows.push_back({int_cell(static_cast<long long>(i + 1)), str_cell(net.g[u].id), str_cell(best.relation),
                              str_cell(dir == "->" ? "forward" : dir == "<-" ? "backward" : "undirected"),
                              str_cell(net.g[v].id), num_cell(best.weight), str_cell(best.first_date),
                              str_cell(best.last_date), str_cell(also), str_cell(best.evidence)});
        }
    }
    args.out.write(t);
    return path.empty() ? kExitInputError : kExitOk;
}

Registrar reg("path", "Shortest chain of relations between two entities, each hop with its evidence",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<PathArgs>();
                  a->in.add(sub, false);
                  sub.add_option("A", a->a, "From: id, name or alias")->required();
                  sub.add_option("B", a->b, "To: id, name or alias")->required();
                  sub.add_flag("--directed", a->directed,
                               "Follow edge directions (default: relations are walked either way)");
                  sub.add_flag("-w,--weighted", a->weighted, "Shortest by summed edge weight (as a distance)");
                  a->out.add(sub);
                  return [a] { return run_path(*a); };
              },
              44);

}  // namespace
}  // namespace geokg::cli
