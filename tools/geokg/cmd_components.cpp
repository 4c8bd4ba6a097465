// geokg components GRAPH: connected components (weak, or strong with --strong).
#include "cmd_analysis_common.hpp"
#include "command.hpp"

namespace geokg::cli {

Table group_table(const Network& net, const std::vector<std::uint32_t>& label, const std::string& what,
                  std::size_t shown, OutFormat f);
void annotate_groups(const Network& net, const std::vector<std::uint32_t>& label, const std::string& name,
                     const std::string& path);

namespace {

struct ComponentsArgs {
    GraphInput in;
    OutputArgs out;
    bool strong = false;
    std::size_t members = 8;
    std::string annotate;
};

int run_components(const ComponentsArgs& a) {
    Network net = a.in.load();
    auto raw = analysis::components(net, a.strong);
    // Number components by size (largest first), ties by first vertex.
    std::uint32_t k = raw.empty() ? 0 : *std::max_element(raw.begin(), raw.end()) + 1;
    std::vector<std::size_t> size(k, 0);
    for (auto c : raw) ++size[c];
    std::vector<std::uint32_t> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto x, auto y) { return size[x] > size[y]; });
    std::vector<std::uint32_t> rank(k);
    for (std::uint32_t i = 0; i < k; ++i) rank[order[i]] = i;
    for (auto& c : raw) c = rank[c];
    auto f = parse_out_format(a.out.format);
    Table t = group_table(net, raw, "component", a.members, f);
    bool strong = a.strong && net.directed;
    t.notes.push_back(fmt::format("# {} {}connected components ({} nodes, {} edges)", k,
                                  strong ? "strongly " : net.directed ? "weakly " : "", net.nodes(), net.edges()));
    t.meta.push_back({"components", int_cell(k)});
    t.meta.push_back({"kind", str_cell(strong ? "strong" : net.directed ? "weak" : "connected")});
    if (!a.annotate.empty()) annotate_groups(net, raw, "component", a.annotate);
    a.out.write(t);
    return kExitOk;
}

Registrar reg("components", "List connected components (weak by default, --strong for directed graphs)",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<ComponentsArgs>();
                  a->in.add(sub, true);
                  sub.add_flag("--strong", a->strong, "Strongly connected components (directed graphs)");
                  sub.add_option("--members", a->members, "Members listed per component in the table")
                      ->capture_default_str();
                  sub.add_option("--annotate", a->annotate,
                                 "Also write the graph as GraphML with a `component` node attribute");
                  a->out.add(sub);
                  return [a] { return run_components(*a); };
              },
              42);

}  // namespace
}  // namespace geokg::cli
