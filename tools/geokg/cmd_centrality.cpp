// geokg centrality GRAPH --measure NAME [--weighted] [--top K] [--type T] [--format ...]
#include <chrono>
#include <ctime>
#include <cmath>
#include <iostream>
#include <numeric>
#include <optional>

#include "cmd_analysis_common.hpp"
#include "command.hpp"

namespace geokg::cli {
namespace {

struct CentralityArgs {
    GraphInput in;
    OutputArgs out;
    std::string measure;
    bool weighted = false;
    std::size_t top = 0;
    std::vector<std::string> types;
    std::vector<std::string> personalize;
    double alpha = -1, beta = 1.0, tol = 1e-12;
    std::size_t max_iter = 100000;
    std::string annotate;
    double epsilon = 0, delta = 0.1;
    std::uint64_t seed = 1;
    bool timing = false;
};

// Competition ranking over values sorted descending ("1224").
std::vector<std::size_t> ranks_of(const std::vector<double>& sorted_values) {
    std::vector<std::size_t> r(sorted_values.size());
    for (std::size_t i = 0; i < sorted_values.size(); ++i)
        r[i] = (i > 0 && sorted_values[i] == sorted_values[i - 1]) ? r[i - 1] : i + 1;
    return r;
}

// --timing: wall times from steady_clock with microsecond resolution (seconds, 6
// decimals); cpu = clock() over all threads of the process. bench/harness.py and
// tests/reference/timing.py parse this line.
void print_timing(double load, double load_cpu, double snapshot, double compute, double compute_cpu) {
    std::cerr << fmt::format("timing: load {:.6f} s (cpu {:.6f} s), snapshot {:.6f} s, compute {:.6f} s (cpu {:.6f} s)\n",
                             load, load_cpu, snapshot, compute, compute_cpu);
}

bool type_kept(const std::vector<std::string>& types, const NodeProps& p) {
    return types.empty() || std::find(types.begin(), types.end(), p.type) != types.end();
}

// --weighted: every weight must suit the measure (edge i: weight[i], id[i]).
template <class EdgeName>
void check_weights(const std::vector<double>& weight, EdgeName&& edge_name, analysis::Measure m) {
    using analysis::Measure;
    bool path = m == Measure::betweenness || m == Measure::edge_betweenness || m == Measure::closeness ||
                m == Measure::harmonic;
    for (std::size_t i = 0; i < weight.size(); ++i) {
        double w = weight[i];
        if (!std::isfinite(w) || (path && w <= 0) || (!path && w < 0))
            throw InputError(fmt::format("edge {}: weight {} cannot be used by --weighted {} (weights must be {})",
                                         edge_name(i), w, analysis::to_string(m), path ? "> 0" : ">= 0"));
    }
}

// A node measure on one GraphML file needs no Network unless a view, --annotate
// or --personalize does: the file is then read straight into columns (the same
// reader, checks and defaults; see graph_io.hpp), which is several times faster
// and smaller than building the Network.
bool columns_suffice(const CentralityArgs& a, analysis::Measure m) {
    return m != analysis::Measure::edge_betweenness && a.annotate.empty() && a.personalize.empty() &&
           a.in.view.options().empty() && a.in.inputs.size() == 1 && is_graphml_file(a.in.inputs[0]);
}

int run_centrality(const CentralityArgs& a) {
    auto m = analysis::measure_from(a.measure);
    if (!m) {
        std::string names;
        for (auto n : analysis::measure_names()) names += fmt::format("{}{}", names.empty() ? "" : ", ", n);
        throw std::invalid_argument(fmt::format("unknown measure \"{}\" (choose one of: {})", a.measure, names));
    }
    if (!a.personalize.empty() && *m != analysis::Measure::pagerank)
        throw std::invalid_argument("--personalize applies to --measure pagerank only");
    if (a.epsilon != 0 && *m != analysis::Measure::betweenness)
        throw std::invalid_argument("--epsilon (approximate) applies to --measure betweenness only");
    using clock = std::chrono::steady_clock;
    auto secs = [](clock::time_point a0, clock::time_point b0) { return std::chrono::duration<double>(b0 - a0).count(); };
    auto cpu = [] { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; };  // all threads of the process
    const auto t0 = clock::now();
    const double c0 = cpu();
    std::optional<Network> loaded;
    GraphColumns cols;
    if (columns_suffice(a, *m)) {
        if (!std::filesystem::exists(a.in.inputs[0]))
            throw InputError(fmt::format("{}: no such file", a.in.inputs[0]));
        cols = read_graphml_columns(a.in.inputs[0]);
    } else {
        loaded = a.in.load();
        if (*m != analysis::Measure::edge_betweenness) cols = columns_of(*loaded);
    }
    const auto t1 = clock::now();
    const double c1 = cpu();
    analysis::MeasureOptions opt;
    opt.weighted = a.weighted;
    opt.threads = a.in.threads;
    opt.alpha = a.alpha;
    opt.beta = a.beta;
    opt.tol = a.tol;
    opt.max_iter = a.max_iter;
    for (const auto& p : a.personalize)
        opt.personalization.push_back(static_cast<std::uint32_t>(a.in.find(*loaded, p)));
    const bool directed = loaded ? loaded->directed : cols.directed;
    const std::size_t n_nodes = loaded ? loaded->nodes() : cols.nodes();
    const std::size_t n_edges = loaded ? loaded->edges() : cols.edges();

    Table t;
    const std::string mname(analysis::to_string(*m));
    t.meta.push_back({"measure", str_cell(mname)});
    t.meta.push_back({"weighted", Cell{a.weighted ? "true" : "false", {}, Cell::boolean}});
    t.meta.push_back({"directed", Cell{directed ? "true" : "false", {}, Cell::boolean}});
    t.meta.push_back({"nodes", int_cell(static_cast<long long>(n_nodes))});
    t.meta.push_back({"edges", int_cell(static_cast<long long>(n_edges))});
    if (!a.in.view.since.empty()) t.meta.push_back({"since", str_cell(a.in.view.since)});
    if (!a.in.view.until.empty()) t.meta.push_back({"until", str_cell(a.in.view.until)});
    t.notes.push_back(fmt::format("# {}{} on {} nodes, {} edges ({}){}", mname, a.weighted ? " (weighted)" : "",
                                  n_nodes, n_edges, directed ? "directed" : "undirected",
                                  a.in.window_text()));
    const bool table = parse_out_format(a.out.format) == OutFormat::table;

    if (*m == analysis::Measure::edge_betweenness) {
        const Network& net = *loaded;
        if (a.weighted) {
            std::vector<double> w;
            for (auto e : analysis::edge_list(net)) w.push_back(net.g[e].weight);
            auto ids = edge_ids(net);
            check_weights(w, [&](std::size_t i) { return ids[i]; }, *m);
        }
        const auto e2 = clock::now();
        auto snap = analysis::make_snapshot(net, a.weighted);
        const auto e3 = clock::now();
        const double ec3 = cpu();
        auto values = analysis::edge_betweenness(snap, a.in.threads);
        if (a.timing) print_timing(secs(t0, t1), c1 - c0, secs(e2, e3), secs(e3, clock::now()), cpu() - ec3);
        auto edges = analysis::edge_list(net);
        auto ids = edge_ids(net);
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const auto& s = net.g[boost::source(edges[i], net.g)];
            const auto& d = net.g[boost::target(edges[i], net.g)];
            if (type_kept(a.types, s) || type_kept(a.types, d)) order.push_back(i);
        }
        std::stable_sort(order.begin(), order.end(), [&](auto x, auto y) {
            return values[x] != values[y] ? values[x] > values[y] : ids[x] < ids[y];
        });
        if (a.top && order.size() > a.top) order.resize(a.top);
        std::vector<double> sv;
        for (auto i : order) sv.push_back(values[i]);
        auto rk = ranks_of(sv);
        if (table) {
            t.columns = {"rank", "source", "relation", "target", "id", "value"};
            t.right = {true, false, false, false, false, true};
        } else {
            t.columns = {"id", "value", "source", "target", "relation", "rank"};
        }
        for (std::size_t k = 0; k < order.size(); ++k) {
            auto i = order[k];
            const auto& s = net.g[boost::source(edges[i], net.g)];
            const auto& d = net.g[boost::target(edges[i], net.g)];
            const auto& e = net.g[edges[i]];
            if (table)
                t.rows.push_back({int_cell(static_cast<long long>(rk[k])), str_cell(truncate_text(s.label, 40)),
                                  str_cell(e.relation), str_cell(truncate_text(d.label, 40)), str_cell(ids[i]),
                                  num_cell(values[i])});
            else
                t.rows.push_back({str_cell(ids[i]), num_cell(values[i]), str_cell(s.id), str_cell(d.id),
                                  str_cell(e.relation), int_cell(static_cast<long long>(rk[k]))});
        }
        if (!a.annotate.empty()) {
            Network ann = net;
            auto aedges = analysis::edge_list(ann);
            for (std::size_t i = 0; i < aedges.size(); ++i)
                ann.g[aedges[i]].extra[mname] = ExtraAttr{"double", exact_double(values[i])};
            declare_extra(ann.edge_extra_keys, mname, "double");
            write_annotated(ann, a.annotate);
        }
        a.out.write(t);
        return kExitOk;
    }

    if (a.weighted) check_weights(cols.weight, [&](std::size_t i) { return cols.edge_name(i); }, *m);
    std::vector<double> values;
    const auto t2 = clock::now();
    auto snap = analysis::make_snapshot(cols.nodes(), cols.directed, cols.source, cols.target, cols.weight, opt.weighted);
    const auto t3 = clock::now();
    const double c3 = cpu();
    if (a.epsilon != 0) {
        auto ab = analysis::approx_betweenness(snap, a.epsilon, a.delta, a.seed, opt.threads);
        values = std::move(ab.values);
        t.meta.push_back({"approximate", Cell{"true", {}, Cell::boolean}});
        t.meta.push_back({"epsilon", num_cell(a.epsilon)});
        t.meta.push_back({"delta", num_cell(a.delta)});
        t.meta.push_back({"seed", int_cell(static_cast<long long>(a.seed))});
        t.meta.push_back({"samples", int_cell(static_cast<long long>(ab.samples))});
        t.notes.push_back(fmt::format("# approximate: {} sampled shortest paths (vertex-diameter bound {}); "
                                      "|error| <= {} with probability >= {}",
                                      ab.samples, ab.vertex_diameter, a.epsilon, 1 - a.delta));
    } else {
        values = analysis::node_measure(snap, *m, opt);
    }
    const auto t4 = clock::now();
    const double c4 = cpu();
    if (a.timing)
        print_timing(secs(t0, t1), c1 - c0, secs(t2, t3), secs(t3, t4), c4 - c3);
    const auto& type_names = cols.node_type.values();
    auto type_at = [&](std::size_t v) -> const std::string& { return type_names[cols.node_type.code(v)]; };
    std::vector<std::size_t> order;
    for (std::size_t v = 0; v < cols.nodes(); ++v)
        if (a.types.empty() || std::find(a.types.begin(), a.types.end(), type_at(v)) != a.types.end())
            order.push_back(v);
    std::stable_sort(order.begin(), order.end(), [&](auto x, auto y) {
        return values[x] != values[y] ? values[x] > values[y] : cols.node_id[x] < cols.node_id[y];
    });
    if (a.top && order.size() > a.top) order.resize(a.top);
    std::vector<double> sv;
    for (auto i : order) sv.push_back(values[i]);
    auto rk = ranks_of(sv);
    if (table) {
        t.columns = {"rank", "id", "label", "type", mname};
        t.right = {true, false, false, false, true};
    } else {
        t.columns = {"id", "value", "label", "type", "rank"};
    }
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t v = order[k];
        const std::string& type = type_at(v);
        if (table)
            t.rows.push_back({int_cell(static_cast<long long>(rk[k])), str_cell(cols.node_id[v]),
                              str_cell(truncate_text(cols.node_label[v], 40)), str_cell(type.empty() ? "-" : type),
                              num_cell(values[v])});
        else
            t.rows.push_back({str_cell(cols.node_id[v]), num_cell(values[v]), str_cell(cols.node_label[v]),
                              str_cell(type), int_cell(static_cast<long long>(rk[k]))});
    }
    if (!a.annotate.empty()) {
        Network ann = *loaded;
        for (std::size_t v = 0; v < ann.nodes(); ++v) ann.g[v].extra[mname] = ExtraAttr{"double", exact_double(values[v])};
        declare_extra(ann.node_extra_keys, mname, "double");
        write_annotated(ann, a.annotate);
    }
    a.out.write(t);
    return kExitOk;
}

std::string measure_help() {
    std::string h = "Measure (NetworkX definitions):";
    for (auto n : analysis::measure_names())
        h += fmt::format("\n  {:<17}{}", n, analysis::measure_reference(*analysis::measure_from(n)));
    return h;
}

Registrar reg("centrality", "Rank entities by a centrality measure (NetworkX definitions)",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<CentralityArgs>();
                  a->in.add(sub, true);
                  sub.add_option("-m,--measure", a->measure, measure_help())->required();
                  sub.add_flag("-w,--weighted", a->weighted,
                               "Use the edge weight (as NetworkX weight=\"weight\"; a distance for path measures)");
                  sub.add_option("-k,--top", a->top, "Show only the K highest (0 = all)");
                  sub.add_option("-t,--type", a->types, "Show only entities of this type (repeatable; the measure "
                                                        "is computed on the whole graph)");
                  sub.add_option("--personalize", a->personalize,
                                 "pagerank: restart at this entity (id or name; repeatable)");
                  sub.add_option("--alpha", a->alpha, "pagerank damping (default 0.85) or katz attenuation (default 0.1)");
                  sub.add_option("--beta", a->beta, "katz: constant added to every node")->capture_default_str();
                  sub.add_option("--tol", a->tol, "Convergence tolerance of iterative measures (per node, L1)")
                      ->capture_default_str();
                  sub.add_option("--max-iter", a->max_iter, "Iterations at most for iterative measures")
                      ->capture_default_str();
                  sub.add_option("--annotate", a->annotate,
                                 "Also write the graph as GraphML with the measure as a node (edge) attribute");
                  sub.add_option("--epsilon", a->epsilon,
                                 "betweenness: approximate by sampling (Riondato-Kornaropoulos), absolute error "
                                 "at most E with probability 1 - delta (0 = exact)");
                  sub.add_option("--delta", a->delta, "Failure probability of --epsilon")->capture_default_str();
                  sub.add_option("--seed", a->seed, "Random seed of --epsilon (deterministic)")->capture_default_str();
                  sub.add_flag("--timing", a->timing, "Print load and compute times to standard error");
                  a->out.add(sub);
                  return [a] {
                      try {
                          return run_centrality(*a);
                      } catch (const analysis::AnalysisError& e) {
                          throw InputError(e.what());
                      }
                  };
              },
              40);

}  // namespace
}  // namespace geokg::cli
