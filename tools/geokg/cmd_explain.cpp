// geokg explain GRAPH A B: every triple between two entities, dated.
#include "cmd_analysis_common.hpp"
#include "command.hpp"

namespace geokg::cli {
namespace {

struct ExplainArgs {
    GraphInput in;
    OutputArgs out;
    std::string a, b;
};

int run_explain(const ExplainArgs& args) {
    Network net = args.in.load();
    Vertex a = args.in.find(net, args.a), b = args.in.find(net, args.b);
    auto edges = analysis::edges_between(net, a, b);
    struct Row {
        std::string date, subject, relation, object, cls, article, evidence;
        double score = 0, confidence = 0;
        bool dated_by_range = false;
    };
    std::vector<Row> rows;
    for (Edge e : edges) {
        const auto& p = net.g[e];
        const auto& s = net.g[boost::source(e, net.g)];
        const auto& o = net.g[boost::target(e, net.g)];
        if (!p.attestations.empty()) {
            for (const auto& at : p.attestations)
                rows.push_back({at.date, s.id, p.relation, o.id, p.cls, at.article, p.evidence, at.score,
                                at.confidence, false});
        } else {
            std::string src;
            for (const auto& x : p.sources) src += (src.empty() ? "" : "|") + x;
            rows.push_back({dates_of(p), s.id, p.relation, o.id, p.cls, src, p.evidence, p.score, p.confidence, true});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        if (x.date != y.date) return x.date < y.date;
        if (x.relation != y.relation) return x.relation < y.relation;
        return x.article < y.article;
    });
    auto f = parse_out_format(args.out.format);
    Table t;
    const auto &pa = net.g[a], &pb = net.g[b];
    t.notes.push_back(fmt::format("# {} and {}: {} relation{}, {} attestation{}", pa.label, pb.label, edges.size(),
                                  edges.size() == 1 ? "" : "s", rows.size(), rows.size() == 1 ? "" : "s"));
    t.meta.push_back({"a", str_cell(pa.id)});
    t.meta.push_back({"b", str_cell(pb.id)});
    auto label = [&](const std::string& id) { return net.g[*net.find(id)].label; };
    if (f == OutFormat::table) {
        t.columns = {"date", "subject", "relation", "object", "article", "score", "evidence"};
        t.right = {false, false, false, false, false, true, false};
        for (const auto& r : rows)
            t.rows.push_back({str_cell(r.date.empty() ? "?" : r.date), str_cell(truncate_text(label(r.subject), 28)),
                              str_cell(r.relation), str_cell(truncate_text(label(r.object), 28)),
                              str_cell(truncate_text(r.article, 28)), num_cell(r.score),
                              str_cell(truncate_text(r.evidence, 60))});
    } else {
        t.columns = {"date", "subject", "relation", "object", "class", "article", "score", "confidence", "evidence"};
        for (const auto& r : rows)
            t.rows.push_back({str_cell(r.date), str_cell(r.subject), str_cell(r.relation), str_cell(r.object),
                              str_cell(r.cls), str_cell(r.article), num_cell(r.score), num_cell(r.confidence),
                              str_cell(r.evidence)});
    }
    args.out.write(t);
    return kExitOk;
}

Registrar reg("explain", "Every triple between two entities, dated, with its article and evidence",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<ExplainArgs>();
                  a->in.add(sub, false);
                  sub.add_option("A", a->a, "One entity: id, name or alias")->required();
                  sub.add_option("B", a->b, "The other entity")->required();
                  a->out.add(sub);
                  return [a] { return run_explain(*a); };
              },
              45);

}  // namespace
}  // namespace geokg::cli
