// geokg compare GRAPH --window 2020:2022 --window 2024:2026 --measure betweenness:
// who rose, who fell.
#include <map>

#include "cmd_analysis_common.hpp"
#include "command.hpp"

namespace geokg::cli {
namespace {

struct CompareArgs {
    GraphInput in;
    OutputArgs out;
    std::vector<std::string> windows;
    std::string measure = "betweenness";
    bool weighted = false;
    std::size_t top = 10;
    std::vector<std::string> types;
};

std::pair<std::string, std::string> parse_window(const std::string& w) {
    auto c = w.find(':');
    if (c == std::string::npos) return {w, w};
    return {w.substr(0, c), w.substr(c + 1)};
}

int run_compare(const CompareArgs& a) {
    if (a.windows.size() < 2) throw std::invalid_argument("compare needs at least two --window");
    auto m = analysis::measure_from(a.measure);
    if (!m || *m == analysis::Measure::edge_betweenness)
        throw std::invalid_argument(fmt::format("unknown node measure \"{}\"", a.measure));
    Network full = a.in.load();  // --since/--until, if given, narrow everything first
    struct Info {
        std::string label, type;
        std::vector<double> values;
        std::vector<bool> present;
    };
    std::map<std::string, Info> by_id;
    const std::size_t W = a.windows.size();
    std::vector<std::string> win_names;
    std::vector<std::size_t> win_nodes;
    for (std::size_t i = 0; i < W; ++i) {
        auto [since, until] = parse_window(a.windows[i]);
        win_names.push_back(a.windows[i]);
        Network net = GraphInput::window(full, since, until);
        analysis::MeasureOptions opt;
        opt.weighted = a.weighted;
        opt.threads = a.in.threads;
        auto values = analysis::node_measure(net, *m, opt);
        win_nodes.push_back(net.nodes());
        for (Vertex v = 0; v < net.nodes(); ++v) {
            auto& info = by_id[net.g[v].id];
            if (info.values.empty()) {
                info.values.assign(W, 0.0);
                info.present.assign(W, false);
                info.label = net.g[v].label;
                info.type = net.g[v].type;
            }
            info.values[i] = values[v];
            info.present[i] = true;
        }
    }
    struct Row {
        const std::string* id;
        const Info* info;
        double change;
    };
    std::vector<Row> rows;
    for (auto& [id, info] : by_id) {
        if (!a.types.empty() && std::find(a.types.begin(), a.types.end(), info.type) == a.types.end()) continue;
        rows.push_back({&id, &info, info.values[W - 1] - info.values[0]});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        return x.change != y.change ? x.change > y.change : *x.id < *y.id;
    });
    auto f = parse_out_format(a.out.format);
    Table t;
    const std::string mname(analysis::to_string(*m));
    std::string sizes;
    for (std::size_t i = 0; i < W; ++i) sizes += fmt::format("{}{}: {} nodes", i ? ", " : "", win_names[i], win_nodes[i]);
    t.notes.push_back(fmt::format("# {}{} by window ({}); change = {} - {}", mname, a.weighted ? " (weighted)" : "",
                                  sizes, win_names[W - 1], win_names[0]));
    t.meta.push_back({"measure", str_cell(mname)});
    std::vector<Row> shown = rows;
    if (f == OutFormat::table && a.top && rows.size() > 2 * a.top) {
        // The top risers and the top fallers.
        shown.assign(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(a.top));
        std::vector<Row> fell(rows.end() - static_cast<std::ptrdiff_t>(a.top), rows.end());
        shown.insert(shown.end(), fell.begin(), fell.end());
    }
    t.columns = {"id", "label", "type"};
    for (const auto& w : win_names) t.columns.push_back(f == OutFormat::table ? w : "value_" + w);
    t.columns.push_back("change");
    t.columns.push_back("trend");
    t.right.assign(t.columns.size(), false);
    for (std::size_t i = 3; i < 3 + W + 1; ++i) t.right[i] = true;
    for (std::size_t k = 0; k < shown.size(); ++k) {
        const auto& r = shown[k];
        if (f == OutFormat::table && k == a.top && shown.size() < rows.size())
            t.rows.push_back(std::vector<Cell>(t.columns.size(), str_cell("...")));
        std::vector<Cell> row = {str_cell(*r.id), str_cell(f == OutFormat::table ? truncate_text(r.info->label, 30) : r.info->label),
                                 str_cell(f == OutFormat::table ? (r.info->type.empty() ? std::string("-") : r.info->type) : r.info->type)};
        for (std::size_t i = 0; i < W; ++i)
            row.push_back(r.info->present[i] || f != OutFormat::table ? num_cell(r.info->values[i]) : str_cell("-"));
        row.push_back(num_cell(r.change));
        std::string trend = !r.info->present[0] ? "new" : !r.info->present[W - 1] ? "gone"
                            : r.change > 0 ? "rose" : r.change < 0 ? "fell" : "same";
        row.push_back(str_cell(trend));
        t.rows.push_back(std::move(row));
    }
    a.out.write(t);
    return kExitOk;
}

Registrar reg("compare", "Compare a measure between time windows: who rose, who fell",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<CompareArgs>();
                  a->in.add(sub, true);
                  sub.add_option("--window", a->windows,
                                 "A time window SINCE:UNTIL (2020:2022, 2024:, :2019, 2023); give two or more")
                      ->required();
                  sub.add_option("-m,--measure", a->measure, "Node measure (see geokg centrality --help)")
                      ->capture_default_str();
                  sub.add_flag("-w,--weighted", a->weighted, "Use the edge weight");
                  sub.add_option("-k,--top", a->top, "Table: show the K largest rises and falls (0 = all)")
                      ->capture_default_str();
                  sub.add_option("-t,--type", a->types, "Only entities of this type (repeatable)");
                  a->out.add(sub);
                  return [a] {
                      try {
                          return run_compare(*a);
                      } catch (const analysis::AnalysisError& e) {
                          throw InputError(e.what());
                      }
                  };
              },
              46);

}  // namespace
}  // namespace geokg::cli
