// geokg neighbors GRAPH ENTITY: the ego network, with the evidence of each edge.
#include "cmd_analysis_common.hpp"
#include "command.hpp"

#include <set>
#include <unordered_map>

namespace geokg::cli {
namespace {

struct NeighborsArgs {
    GraphInput in;
    OutputArgs out;
    std::string entity;
    std::string direction = "both";
    std::vector<std::string> relations, types;
};

int run_neighbors(const NeighborsArgs& a) {
    Network net = a.in.load();
    Vertex ego = a.in.find(net, a.entity);
    const auto& ep = net.g[ego];
    struct Row {
        Edge e;
        Vertex other;
        bool out;
    };
    std::vector<Row> rows;
    bool want_out = a.direction != "in", want_in = a.direction != "out";
    if (!net.directed) want_out = want_in = true;
    if (want_out)
        for (auto [it, end] = boost::out_edges(ego, net.g); it != end; ++it)
            rows.push_back({*it, boost::target(*it, net.g), true});
    if (want_in)
        for (auto [it, end] = boost::in_edges(ego, net.g); it != end; ++it) {
            if (boost::source(*it, net.g) == ego && want_out) continue;  // self-loop listed once
            if (!net.directed && boost::source(*it, net.g) == boost::target(*it, net.g)) continue;
            rows.push_back({*it, boost::source(*it, net.g), false});
        }
    auto keep = [&](const Row& r) {
        const auto& e = net.g[r.e];
        if (!a.relations.empty() &&
            std::find(a.relations.begin(), a.relations.end(), e.relation) == a.relations.end() &&
            std::find(a.relations.begin(), a.relations.end(), e.cls) == a.relations.end())
            return false;
        if (!a.types.empty() && std::find(a.types.begin(), a.types.end(), net.g[r.other].type) == a.types.end())
            return false;
        return true;
    };
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const Row& r) { return !keep(r); }), rows.end());
    // Strongest first (weight), then neighbour id, relation.
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& x, const Row& y) {
        const auto &ex = net.g[x.e], &ey = net.g[y.e];
        if (ex.weight != ey.weight) return ex.weight > ey.weight;
        if (net.g[x.other].id != net.g[y.other].id) return net.g[x.other].id < net.g[y.other].id;
        return ex.relation < ey.relation;
    });
    auto f = parse_out_format(a.out.format);
    Table t;
    std::set<Vertex> distinct;
    for (auto& r : rows) distinct.insert(r.other);
    t.notes.push_back(fmt::format("# {} ({}{}): {} neighbours, {} edges", ep.label, ep.id,
                                  ep.type.empty() ? "" : ", " + ep.type, distinct.size(), rows.size()));
    t.meta.push_back({"entity", str_cell(ep.id)});
    t.meta.push_back({"label", str_cell(ep.label)});
    t.meta.push_back({"neighbors", int_cell(static_cast<long long>(distinct.size()))});
    if (f == OutFormat::table) {
        t.columns = {"dir", "relation", "neighbor", "type", "weight", "dates", "evidence"};
        t.right = {false, false, false, false, true, false, false};
    } else {
        t.columns = {"id", "direction", "relation", "label", "type", "weight", "count", "first_date", "last_date",
                     "edge", "evidence", "sources"};
    }
    auto ids = edge_ids(net);
    // Edge index (boost::edges order) by the address of its properties.
    std::unordered_map<const EdgeProps*, std::size_t> idx;
    {
        auto el = analysis::edge_list(net);
        for (std::size_t i = 0; i < el.size(); ++i) idx[&net.g[el[i]]] = i;
    }
    for (const auto& r : rows) {
        const auto& e = net.g[r.e];
        const auto& o = net.g[r.other];
        std::string dir = !net.directed ? "--" : r.out ? "->" : "<-";
        if (f == OutFormat::table) {
            t.rows.push_back({str_cell(dir), str_cell(e.relation), str_cell(truncate_text(o.label, 32)),
                              str_cell(type_of(o)), num_cell(e.weight), str_cell(dates_of(e)),
                              str_cell(truncate_text(e.evidence, 70))});
        } else {
            std::string src;
            for (const auto& s : e.sources) src += (src.empty() ? "" : "|") + s;
            t.rows.push_back({str_cell(o.id), str_cell(net.directed ? (r.out ? "out" : "in") : "both"),
                              str_cell(e.relation), str_cell(o.label), str_cell(o.type), num_cell(e.weight),
                              int_cell(static_cast<long long>(e.count)), str_cell(e.first_date),
                              str_cell(e.last_date), str_cell(ids[idx[&e]]), str_cell(e.evidence), str_cell(src)});
        }
    }
    a.out.write(t);
    return kExitOk;
}

Registrar reg("neighbors", "Show an entity's ego network: every relation with its evidence",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<NeighborsArgs>();
                  a->in.add(sub, false);
                  sub.add_option("ENTITY", a->entity, "Entity: id, name or alias (\"Beijing\", \"Xi\")")->required();
                  sub.add_option("--direction", a->direction, "Edges out of the entity, into it, or both")
                      ->check(CLI::IsMember({"out", "in", "both"}))
                      ->capture_default_str();
                  sub.add_option("-r,--relation", a->relations, "Only these relations or relation classes (repeatable)");
                  sub.add_option("-t,--type", a->types, "Only neighbours of this entity type (repeatable)");
                  a->out.add(sub);
                  return [a] { return run_neighbors(*a); };
              },
              43);

}  // namespace
}  // namespace geokg::cli
