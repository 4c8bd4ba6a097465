// geokg communities GRAPH: Louvain communities with the modularity reached.
#include "cmd_analysis_common.hpp"
#include "command.hpp"

namespace geokg::cli {
namespace {

struct CommunitiesArgs {
    GraphInput in;
    OutputArgs out;
    bool weighted = false;
    double resolution = 1.0;
    std::size_t members = 8;
    std::string annotate;
};

// Members of a group, highest degree first (ties by id).
std::vector<Vertex> ranked_members(const Network& net, const std::vector<std::uint32_t>& label, std::uint32_t c) {
    std::vector<Vertex> m;
    for (Vertex v = 0; v < net.nodes(); ++v)
        if (label[v] == c) m.push_back(v);
    std::stable_sort(m.begin(), m.end(), [&](Vertex a, Vertex b) {
        auto da = boost::out_degree(a, net.g) + boost::in_degree(a, net.g);
        auto db = boost::out_degree(b, net.g) + boost::in_degree(b, net.g);
        return da != db ? da > db : net.g[a].id < net.g[b].id;
    });
    return m;
}

}  // namespace

// Shared with cmd_components.cpp: one row per group (table) or per node (csv/tsv/json).
Table group_table(const Network& net, const std::vector<std::uint32_t>& label, const std::string& what,
                  std::size_t shown, OutFormat f) {
    Table t;
    std::uint32_t k = label.empty() ? 0 : *std::max_element(label.begin(), label.end()) + 1;
    if (f == OutFormat::table) {
        t.columns = {what, "size", "members"};
        t.right = {true, true, false};
        for (std::uint32_t c = 0; c < k; ++c) {
            auto m = ranked_members(net, label, c);
            std::string names;
            for (std::size_t i = 0; i < m.size() && i < shown; ++i) names += (i ? ", " : "") + net.g[m[i]].label;
            if (m.size() > shown) names += fmt::format(", ... (+{})", m.size() - shown);
            t.rows.push_back({int_cell(c), int_cell(static_cast<long long>(m.size())), str_cell(names)});
        }
        return t;
    }
    t.columns = {"id", what, "label", "type", "size"};
    std::vector<std::size_t> size(k, 0);
    for (auto c : label) ++size[c];
    for (std::uint32_t c = 0; c < k; ++c)
        for (auto v : ranked_members(net, label, c))
            t.rows.push_back({str_cell(net.g[v].id), int_cell(c), str_cell(net.g[v].label), str_cell(net.g[v].type),
                              int_cell(static_cast<long long>(size[c]))});
    return t;
}

void annotate_groups(const Network& net, const std::vector<std::uint32_t>& label, const std::string& name,
                     const std::string& path) {
    Network ann = net;
    for (Vertex v = 0; v < ann.nodes(); ++v) ann.g[v].extra[name] = ExtraAttr{"int", std::to_string(label[v])};
    declare_extra(ann.node_extra_keys, name, "int");
    write_annotated(ann, path);
}

namespace {

int run_communities(const CommunitiesArgs& a) {
    Network net = a.in.load();
    if (a.weighted)
        for (auto [it, end] = boost::edges(net.g); it != end; ++it)
            if (!(net.g[*it].weight >= 0))
                throw InputError(fmt::format("edge {}: weight {} cannot be used by --weighted (must be >= 0)",
                                             net.g[*it].id, net.g[*it].weight));
    auto c = analysis::louvain(net, a.weighted, a.resolution);
    auto f = parse_out_format(a.out.format);
    Table t = group_table(net, c.membership, "community", a.members, f);
    std::uint32_t k = c.membership.empty() ? 0 : *std::max_element(c.membership.begin(), c.membership.end()) + 1;
    t.notes.push_back(fmt::format("# Louvain{}: {} communities, modularity {:.6f} (resolution {}){}",
                                  a.weighted ? " (weighted)" : "", k, c.modularity, a.resolution,
                                  net.directed ? ", directed edges taken as undirected" : ""));
    t.meta.push_back({"modularity", num_cell(c.modularity)});
    t.meta.push_back({"communities", int_cell(k)});
    t.meta.push_back({"resolution", num_cell(a.resolution)});
    t.meta.push_back({"weighted", Cell{a.weighted ? "true" : "false", {}, Cell::boolean}});
    if (!a.annotate.empty()) annotate_groups(net, c.membership, "community", a.annotate);
    a.out.write(t);
    if (!a.in.quiet && f != OutFormat::table)
        std::cerr << fmt::format("geokg communities: {} communities, modularity {:.6f}\n", k, c.modularity);
    return kExitOk;
}

Registrar reg("communities", "Find communities (Louvain) and the modularity they reach",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<CommunitiesArgs>();
                  a->in.add(sub, true);
                  sub.add_flag("-w,--weighted", a->weighted, "Use the edge weight");
                  sub.add_option("--resolution", a->resolution,
                                 "Modularity resolution (as nx.community.louvain_communities; > 1: smaller communities)")
                      ->capture_default_str();
                  sub.add_option("--members", a->members, "Members listed per community in the table")
                      ->capture_default_str();
                  sub.add_option("--annotate", a->annotate,
                                 "Also write the graph as GraphML with a `community` node attribute");
                  a->out.add(sub);
                  return [a] { return run_communities(*a); };
              },
              41);

}  // namespace
}  // namespace geokg::cli
