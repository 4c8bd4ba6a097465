// Views: filters by type, relation, class, time and weight, the largest
// component, and the country-level network (people lifted to the country they
// held office for at each event's date). See export.hpp for the semantics.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "export/detail.hpp"

namespace geokg {

using namespace exportd;

namespace {

// Compare two ISO prefix dates at the precision of the shorter one.
int prefix_cmp(std::string_view a, std::string_view b) {
    std::size_t n = std::min(a.size(), b.size());
    return a.substr(0, n).compare(b.substr(0, n));
}

// Days since 1970-01-01 of the start of an ISO prefix date (Howard Hinnant's civil algorithm).
long day_number(std::string_view d) {
    std::string s = period_start(d);
    int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), dd = std::stoi(s.substr(8, 2));
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string join_names(const std::set<std::string>& s) {
    std::string r;
    for (const auto& x : s) r += (r.empty() ? "" : ", ") + x;
    return r;
}

void check_known(const std::vector<std::string>& asked, std::set<std::string> known, const char* what) {
    for (const auto& a : asked)
        if (!known.count(a))
            throw std::invalid_argument(fmt::format("unknown {} \"{}\" (known: {})", what, a, join_names(known)));
}

// One office of a person, from the network's leader_of/official_of edges.
struct Office {
    std::string country;
    bool leader = false;
    std::vector<std::string> dates;  // sorted, valid ISO dates
    std::size_t support = 0;
};

struct EdgeKey {
    std::string s, relation, o;
    bool negated;
    std::string modality;
    auto tie() const { return std::tie(s, relation, o, negated, modality); }
    bool operator<(const EdgeKey& k) const { return tie() < k.tie(); }
};

struct EdgeAcc {
    std::vector<Attestation> att;
    // Parts of edges without attestations (foreign graphs), kept whole.
    double lump_weight = 0, lump_score = 0;
    std::uint64_t lump_count = 0;
    double lump_conf = 0;
    std::set<std::string> lump_sources, lump_dates;
    bool has_lump = false;
    std::vector<Edge> from;  // contributing original edges
    double best_conf = -1;
    Edge best{};
};

struct OutEdge {
    std::string s, o;
    EdgeProps props;
};

Network assemble(const Network& net, std::vector<NodeProps> nodes, std::vector<OutEdge> edges) {
    Network out;
    out.directed = net.directed;
    out.node_extra_keys = net.node_extra_keys;
    out.edge_extra_keys = net.edge_extra_keys;
    for (auto& n : nodes) out.add_node(std::move(n));
    for (auto& e : edges) boost::add_edge(*out.find(e.s), *out.find(e.o), std::move(e.props), out.g);
    return out;
}

}  // namespace

bool date_in_range(std::string_view d, std::string_view since, std::string_view until) {
    if (since.empty() && until.empty()) return true;
    if (d.empty()) return false;
    if (!since.empty() && prefix_cmp(d, since) < 0) return false;
    if (!until.empty() && prefix_cmp(d, until) > 0) return false;
    return true;
}

Network apply_view(const Network& net, const ViewOptions& view, const CountryOf* country_of, const NameOf* name_of) {
    const auto& g = net.g;
    // ---- validate
    for (const auto* d : {&view.since, &view.until})
        if (!d->empty() && !valid_iso_date(*d))
            throw std::invalid_argument(fmt::format("bad date \"{}\" (use YYYY, YYYY-MM or YYYY-MM-DD)", *d));
    if (!view.since.empty() && !view.until.empty() && prefix_cmp(view.since, view.until) > 0)
        throw std::invalid_argument(fmt::format("--since {} is after --until {}", view.since, view.until));
    {
        std::set<std::string> types = {"country", "person", "organization", "treaty", "place"};
        std::set<std::string> rels, classes;
        for (const auto& ri : relation_table()) {
            rels.emplace(ri.name);
            classes.emplace(to_string(ri.cls));
        }
        for (auto v : boost::make_iterator_range(boost::vertices(g)))
            if (!g[v].type.empty()) types.insert(g[v].type);
        for (auto e : boost::make_iterator_range(boost::edges(g))) {
            if (!g[e].relation.empty()) rels.insert(g[e].relation);
            if (!g[e].cls.empty()) classes.insert(g[e].cls);
        }
        check_known(view.types, types, "node type");
        check_known(view.relations, rels, "relation");
        check_known(view.classes, classes, "relation class");
    }

    const std::set<std::string> types(view.types.begin(), view.types.end());
    const std::set<std::string> rels(view.relations.begin(), view.relations.end());
    const std::set<std::string> classes(view.classes.begin(), view.classes.end());
    const bool by_date = !view.since.empty() || !view.until.empty();
    const bool recompute = by_date || view.country_level;
    auto in_range = [&](const std::string& d) { return date_in_range(d, view.since, view.until); };
    auto type_ok = [&](const std::string& t) { return types.empty() || types.count(t); };

    std::vector<NodeProps> nodes;
    std::vector<OutEdge> edges;

    if (!recompute) {
        // Edges are kept or dropped whole.
        for (auto e : boost::make_iterator_range(boost::edges(g))) {
            const auto& p = g[e];
            if (!rels.empty() && !rels.count(p.relation)) continue;
            if (!classes.empty() && !classes.count(p.cls)) continue;
            if (view.min_weight > 0 && !(p.weight >= view.min_weight)) continue;
            const auto& s = g[boost::source(e, g)];
            const auto& t = g[boost::target(e, g)];
            if (!type_ok(s.type) || !type_ok(t.type)) continue;
            edges.push_back({s.id, t.id, p});
        }
        std::unordered_set<std::string> touched;
        for (const auto& e : edges) touched.insert(e.s), touched.insert(e.o);
        for (auto v : boost::make_iterator_range(boost::vertices(g))) {
            if (!type_ok(g[v].type)) continue;
            if (view.filters_edges() && !touched.count(g[v].id)) continue;
            nodes.push_back(g[v]);
        }
    } else {
        // ---- offices, for the country level
        std::unordered_map<std::string, std::vector<Office>> offices;
        if (view.country_level) {
            for (auto e : boost::make_iterator_range(boost::edges(g))) {
                const auto& p = g[e];
                if (p.relation != "leader_of" && p.relation != "official_of") continue;
                const auto& s = g[boost::source(e, g)];
                const auto& t = g[boost::target(e, g)];
                if (s.type != "person" || t.type != "country") continue;
                Office o;
                o.country = t.id;
                o.leader = p.relation == "leader_of";
                std::set<std::string> ds;
                for (const auto& a : p.attestations)
                    if (valid_iso_date(a.date)) ds.insert(a.date);
                for (const auto& d : p.dates)
                    if (valid_iso_date(d)) ds.insert(d);
                o.dates.assign(ds.begin(), ds.end());
                o.support = std::max<std::size_t>(p.attestations.size(), std::max<std::uint64_t>(p.count, 1));
                offices[s.id].push_back(std::move(o));
            }
        }
        std::map<std::pair<std::string, std::string>, std::optional<std::string>> lift_cache;
        // The country a person acted for at `date`, or nullopt.
        auto lift = [&](const std::string& person, const std::string& date) -> std::optional<std::string> {
            auto ck = std::make_pair(person, date);
            if (auto it = lift_cache.find(ck); it != lift_cache.end()) return it->second;
            std::optional<std::string> r;
            if (country_of && *country_of) {
                r = (*country_of)(person, date);
                if (r && r->empty()) r.reset();
            }
            if (!r) {
                auto it = offices.find(person);
                if (it != offices.end() && !it->second.empty()) {
                    const auto& os = it->second;
                    // Rank: covering period, then nearness, then leader_of, then support, then id.
                    auto better = [&](const Office& a, const Office& b) {
                        auto dist = [&](const Office& o) -> long {
                            if (!valid_iso_date(date) || o.dates.empty()) return 0;
                            if (date_in_range(date, o.dates.front(), o.dates.back())) return 0;
                            long d = day_number(date), best = LONG_MAX;
                            for (const auto& x : o.dates) best = std::min(best, std::labs(day_number(x) - d));
                            return best;
                        };
                        long da = dist(a), db = dist(b);
                        if (da != db) return da < db;
                        if (a.leader != b.leader) return a.leader;
                        if (a.support != b.support) return a.support > b.support;
                        return a.country < b.country;
                    };
                    r = std::min_element(os.begin(), os.end(), better)->country;
                }
            }
            lift_cache.emplace(ck, r);
            return r;
        };

        std::map<EdgeKey, EdgeAcc> acc;
        std::unordered_map<std::string, const NodeProps*> by_id;
        for (auto v : boost::make_iterator_range(boost::vertices(g))) by_id.emplace(g[v].id, &g[v]);

        for (auto e : boost::make_iterator_range(boost::edges(g))) {
            const auto& p = g[e];
            if (!rels.empty() && !rels.count(p.relation)) continue;
            if (!classes.empty() && !classes.count(p.cls)) continue;
            const auto& S = g[boost::source(e, g)];
            const auto& T = g[boost::target(e, g)];
            bool symmetric = false;
            if (auto r = relation_from(p.relation)) symmetric = info(*r).symmetric;
            // The ends of one attestation at `date`; nullopt when it vanishes.
            auto ends = [&](const std::string& date) -> std::optional<std::pair<std::string, std::string>> {
                std::string s = S.id, o = T.id;
                bool lifted = false;
                if (view.country_level) {
                    if (S.type == "person")
                        if (auto c = lift(S.id, date)) s = *c, lifted = true;
                    if (T.type == "person")
                        if (auto c = lift(T.id, date)) o = *c, lifted = true;
                }
                if (lifted && p.cls == "structural") return std::nullopt;  // a person's office is no country action
                if (s == o && S.id != T.id) return std::nullopt;           // lifted self-loop
                if (lifted && symmetric && o < s) std::swap(s, o);
                return std::make_pair(s, o);
            };
            auto add_to = [&](const std::pair<std::string, std::string>& so) -> EdgeAcc& {
                auto& a = acc[EdgeKey{so.first, p.relation, so.second, p.negated, p.modality}];
                if (a.from.empty() || a.from.back() != e) a.from.push_back(e);
                return a;
            };
            if (!p.attestations.empty()) {
                for (const auto& at : p.attestations) {
                    if (by_date && !in_range(at.date)) continue;
                    auto so = ends(at.date);
                    if (!so) continue;
                    auto& a = add_to(*so);
                    a.att.push_back(at);
                    if (at.confidence > a.best_conf) a.best_conf = at.confidence, a.best = e;
                }
            } else {
                // No per-triple detail: the edge is kept or dropped whole.
                std::vector<std::string> ds;
                for (const auto& d : p.dates)
                    if (!by_date || in_range(d)) ds.push_back(d);
                if (p.dates.empty() && !p.first_date.empty()) {
                    for (const auto* d : {&p.first_date, &p.last_date})
                        if ((!by_date || in_range(*d)) && (ds.empty() || ds.back() != *d)) ds.push_back(*d);
                }
                if (by_date && ds.empty()) continue;
                auto so = ends(ds.empty() ? p.last_date : ds.back());
                if (!so) continue;
                auto& a = add_to(*so);
                a.has_lump = true;
                a.lump_weight += export_weight(p);
                a.lump_score += p.score;
                a.lump_count += p.count;
                a.lump_conf = std::max(a.lump_conf, p.confidence);
                a.lump_sources.insert(p.sources.begin(), p.sources.end());
                a.lump_dates.insert(ds.begin(), ds.end());
                if (p.confidence > a.best_conf) a.best_conf = p.confidence, a.best = e;
            }
        }

        // ---- rebuild the edges
        for (auto& [k, a] : acc) {
            if (a.att.empty() && !a.has_lump) continue;
            const auto& first = g[a.from.front()];
            EdgeProps p;
            p.relation = k.relation;
            p.cls = first.cls;
            p.negated = k.negated;
            p.modality = k.modality;
            p.extra = first.extra;
            std::set<std::string> sources = a.lump_sources, dates = a.lump_dates;
            p.count = a.lump_count;
            p.score = a.lump_score;
            p.confidence = a.lump_conf;
            for (const auto& at : a.att) {
                sources.insert(at.article);
                if (!at.date.empty()) dates.insert(at.date);
                p.score += at.score;
                p.confidence = std::max(p.confidence, at.confidence);
                ++p.count;
            }
            p.weight = sources.empty() ? std::max(a.lump_weight, 1.0) : static_cast<double>(sources.size());
            p.sources.assign(sources.begin(), sources.end());
            p.dates.assign(dates.begin(), dates.end());
            if (!p.dates.empty()) p.first_date = p.dates.front(), p.last_date = p.dates.back();
            p.evidence = g[a.best].evidence;
            p.attestations = std::move(a.att);
            const auto& orig_s = g[boost::source(a.from.front(), g)].id;
            const auto& orig_o = g[boost::target(a.from.front(), g)].id;
            if (a.from.size() == 1 && orig_s == k.s && orig_o == k.o && !first.id.empty()) {
                p.id = first.id;
            } else {
                p.id = fmt::format("{}>{}>{}", k.s, k.relation, k.o);
                if (k.negated) p.id += ">negated";
                if (!k.modality.empty()) p.id += ">" + k.modality;
            }
            if (view.min_weight > 0 && !(p.weight >= view.min_weight)) continue;
            edges.push_back({k.s, k.o, std::move(p)});
        }

        // ---- nodes: those the edges touch, re-aggregated
        auto node_type = [&](const std::string& id) -> std::string {
            auto it = by_id.find(id);
            if (it != by_id.end()) return it->second->type;
            return "country";  // created by the country_of callback
        };
        edges.erase(std::remove_if(edges.begin(), edges.end(),
                                   [&](const OutEdge& e) { return !type_ok(node_type(e.s)) || !type_ok(node_type(e.o)); }),
                    edges.end());
        struct NodeAgg {
            std::uint64_t mentions = 0;
            std::set<std::string> articles;
            std::string first, last;
        };
        std::map<std::string, NodeAgg> agg;
        for (const auto& e : edges) {
            for (const auto* id : {&e.s, &e.o}) {
                auto& n = agg[*id];
                n.mentions += e.props.count;
                n.articles.insert(e.props.sources.begin(), e.props.sources.end());
                if (!e.props.first_date.empty() && (n.first.empty() || e.props.first_date < n.first))
                    n.first = e.props.first_date;
                if (!e.props.last_date.empty() && (n.last.empty() || e.props.last_date > n.last))
                    n.last = e.props.last_date;
            }
        }
        auto fill = [&](NodeProps& n, const NodeAgg& a) {
            n.mentions = a.mentions;
            n.articles = a.articles.size();
            n.first_seen = a.first;
            n.last_seen = a.last;
        };
        for (auto v : boost::make_iterator_range(boost::vertices(g))) {
            auto it = agg.find(g[v].id);
            if (it == agg.end()) continue;
            NodeProps n = g[v];
            fill(n, it->second);
            nodes.push_back(std::move(n));
            agg.erase(it);
        }
        for (const auto& [id, a] : agg) {  // countries only the callback knew
            NodeProps n;
            n.id = id;
            if (name_of && *name_of) n.label = (*name_of)(id);
            if (n.label.empty()) {
                auto colon = id.find(':');
                n.label = colon == std::string::npos ? id : id.substr(colon + 1);
            }
            n.type = "country";
            fill(n, a);
            nodes.push_back(std::move(n));
        }
    }

    Network out = assemble(net, std::move(nodes), std::move(edges));
    if (!view.largest_component || out.nodes() == 0) return out;

    // ---- largest weakly connected component
    const auto& og = out.g;
    std::vector<std::size_t> parent(out.nodes());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    for (auto e : boost::make_iterator_range(boost::edges(og))) {
        auto a = find(boost::source(e, og)), b = find(boost::target(e, og));
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<std::size_t> size(out.nodes(), 0), esize(out.nodes(), 0);
    std::vector<std::size_t> min_id_vertex(out.nodes(), SIZE_MAX);
    for (std::size_t v = 0; v < out.nodes(); ++v) {
        auto r = find(v);
        ++size[r];
        if (min_id_vertex[r] == SIZE_MAX || og[v].id < og[min_id_vertex[r]].id) min_id_vertex[r] = v;
    }
    for (auto e : boost::make_iterator_range(boost::edges(og))) ++esize[find(boost::source(e, og))];
    std::size_t best = SIZE_MAX;
    for (std::size_t r = 0; r < out.nodes(); ++r) {
        if (size[r] == 0) continue;
        if (best == SIZE_MAX || size[r] > size[best] || (size[r] == size[best] && esize[r] > esize[best]) ||
            (size[r] == size[best] && esize[r] == esize[best] && og[min_id_vertex[r]].id < og[min_id_vertex[best]].id))
            best = r;
    }
    std::vector<NodeProps> keep_nodes;
    std::vector<OutEdge> keep_edges;
    for (std::size_t v = 0; v < out.nodes(); ++v)
        if (find(v) == best) keep_nodes.push_back(og[v]);
    for (auto e : boost::make_iterator_range(boost::edges(og)))
        if (find(boost::source(e, og)) == best)
            keep_edges.push_back({og[boost::source(e, og)].id, og[boost::target(e, og)].id, og[e]});
    return assemble(out, std::move(keep_nodes), std::move(keep_edges));
}

}  // namespace geokg
