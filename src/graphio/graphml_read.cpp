// GraphML reader (pugixml), forgiving where Gephi, NetworkX, igraph and yEd differ.
#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "geokg/article.hpp"
#include "geokg/graph_io.hpp"
#include "graphio_util.hpp"

namespace geokg {
namespace {

std::string_view local_name(const char* name) {
    std::string_view s(name);
    auto c = s.rfind(':');
    return c == std::string_view::npos ? s : s.substr(c + 1);
}

struct Key {
    std::string id, name, type, domain;  // domain: node, edge, graph, all
    bool has_default = false, skip = false, yfiles_node = false;
    std::string def;
    std::uint32_t name_id = 0;          // index of `name` among the distinct key names
    int node_field = -1, edge_field = -1;  // known property this key fills (see Field)
    bool numeric = false, boolean = false;
};

// Known properties, resolved once per key (not per element).
enum NodeField { nf_label, nf_type, nf_mentions, nf_articles, nf_first_seen, nf_last_seen, nf_aliases, nf_ignore, nf_extra };
enum EdgeField {
    ef_relation, ef_class, ef_weight, ef_count, ef_score, ef_first_date, ef_last_date, ef_confidence, ef_evidence,
    ef_sources, ef_dates, ef_negated, ef_modality, ef_label, ef_id, ef_ignore, ef_extra
};

int node_field_of(const std::string& n) {
    if (n == "label") return nf_label;
    if (n == "type") return nf_type;
    if (n == "mentions") return nf_mentions;
    if (n == "articles") return nf_articles;
    if (n == "first_seen") return nf_first_seen;
    if (n == "last_seen") return nf_last_seen;
    if (n == "aliases") return nf_aliases;
    if (n == "size" || n == "color" || n == "r" || n == "g" || n == "b") return nf_ignore;
    return nf_extra;
}

int edge_field_of(const std::string& n) {
    static const std::pair<const char*, int> table[] = {
        {"relation", ef_relation}, {"class", ef_class},       {"weight", ef_weight},
        {"count", ef_count},       {"score", ef_score},       {"first_date", ef_first_date},
        {"last_date", ef_last_date}, {"confidence", ef_confidence}, {"evidence", ef_evidence},
        {"sources", ef_sources},   {"dates", ef_dates},       {"negated", ef_negated},
        {"modality", ef_modality}, {"label", ef_label},       {"id", ef_id},
        {"color", ef_ignore},      {"r", ef_ignore},          {"g", ef_ignore},
        {"b", ef_ignore},
    };
    for (const auto& [name, f] : table)
        if (n == name) return f;
    return ef_extra;
}

bool is_name(const char* name, std::string_view want) { return local_name(name) == want; }

// Node id -> vertex index: open addressing, one 16-byte slot per entry holding
// the vertex, a hash tag and, for ids up to 7 bytes (n0, n1, ... as NetworkX and
// igraph write them), the id itself, so a lookup usually touches one cache line.
// Longer ids are compared with their view into the parsed buffer. Vertices are
// numbered 0, 1, ... in insertion order.
class IdIndex {
public:
    void reserve(std::size_t n) {
        keys_.reserve(n);
        if (n * 4 > slots_.size() * 3) rehash(n * 4 / 3 + 1);
    }
    std::size_t size() const { return keys_.size(); }
    static std::uint64_t hash(std::string_view s) {  // FNV-1a, then mixed (ids often differ in the last bytes)
        std::uint64_t h = 1469598103934665603ull;
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
        h ^= h >> 32;
        h *= 0x9e3779b97f4a7c15ull;
        return h ^ (h >> 29);
    }
    // A hint that `id` (of hash h) is looked up soon.
    void prefetch(std::uint64_t h) const {
        if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
    }
    // The vertex of `id`, or -1.
    std::int64_t find(std::string_view id) const { return find(id, hash(id)); }
    std::int64_t find(std::string_view id, std::uint64_t h) const {
        if (slots_.empty()) return -1;
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.v1 == 0) return -1;
            if (s.tag != tag || s.len != std::min<std::size_t>(id.size(), kLong)) continue;
            if (s.len < kLong ? std::memcmp(s.inl, id.data(), s.len) == 0 : keys_[s.v1 - 1] == id) return s.v1 - 1;
        }
    }
    // Adds `id` (not present) as the next vertex.
    std::uint32_t insert(std::string_view id) {
        if ((keys_.size() + 1) * 4 > slots_.size() * 3) rehash(std::max<std::size_t>(16, slots_.size() * 2));
        auto v = static_cast<std::uint32_t>(keys_.size());
        keys_.push_back(id);
        place(id, v);
        return v;
    }

private:
    static constexpr std::size_t kLong = sizeof(char[7]) + 1;  // len value of an id not stored inline (> 7 bytes)
    struct Slot {
        std::uint32_t v1 = 0;   // vertex + 1; 0: empty
        std::uint32_t tag = 0;  // high half of the hash
        std::uint8_t len = 0;   // id length, or kLong
        char inl[7] = {};
    };
    void place(std::string_view id, std::uint32_t v) {
        const std::uint64_t h = hash(id);
        std::size_t i = h & mask_;
        while (slots_[i].v1 != 0) i = (i + 1) & mask_;
        Slot& s = slots_[i];
        s.v1 = v + 1;
        s.tag = static_cast<std::uint32_t>(h >> 32);
        if (id.size() < kLong) {
            s.len = static_cast<std::uint8_t>(id.size());
            std::memcpy(s.inl, id.data(), id.size());
        } else {
            s.len = static_cast<std::uint8_t>(kLong);
        }
    }
    void rehash(std::size_t want) {
        std::size_t cap = 16;
        while (cap < want) cap *= 2;
        slots_.assign(cap, Slot{});
        mask_ = cap - 1;
        for (std::uint32_t v = 0; v < keys_.size(); ++v) place(keys_[v], v);
    }
    std::vector<std::string_view> keys_;
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
};

class Reader {
public:
    // cols: when set, nodes and edges go to these columns instead of a Network
    // (the same walk, values, checks and fall-backs; see GraphColumns).
    Reader(std::string text, std::string file, GraphColumns* cols = nullptr)
        : text_(std::move(text)), file_(std::move(file)), cols_(cols) {}

    Network run() {
        pugi::xml_document doc;
        // In place: no second copy of the text; the text of an element is kept in the element
        // (parse_embed_pcdata), not in a child node of its own. Line numbers in errors are unaffected (pugixml
        // only shortens text between markup, never across the newlines we count up to an offset).
        auto res = doc.load_buffer_inplace(text_.data(), text_.size(),
                                           (pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_embed_pcdata), pugi::encoding_auto);
        if (!res) fail(static_cast<std::ptrdiff_t>(res.offset), fmt::format("malformed XML: {}", res.description()));
        pugi::xml_node root;
        for (auto c : doc.children())
            if (c.type() == pugi::node_element) root = c;
        if (!root || local_name(root.name()) != "graphml")
            fail(root ? root.offset_debug() : 0, "not a GraphML file (the root element is not <graphml>)");
        std::vector<std::string> names;
        for (auto k : root.children()) {
            if (k.type() != pugi::node_element || !is_name(k.name(), "key")) continue;
            Key key;
            key.id = k.attribute("id").value();
            if (key.id.empty()) fail(k.offset_debug(), "<key> without id");
            key.name = k.attribute("attr.name").value();
            if (key.name.empty()) key.name = key.id;
            key.type = k.attribute("attr.type").value();
            if (key.type.empty()) key.type = "string";
            if (key.type == "integer") key.type = "int";
            key.numeric = key.type == "int" || key.type == "long" || key.type == "float" || key.type == "double";
            key.boolean = key.type == "boolean";
            key.domain = k.attribute("for").value();
            if (key.domain.empty()) key.domain = "all";
            std::string yf = k.attribute("yfiles.type").value();
            if (!yf.empty()) {
                key.skip = true;
                key.yfiles_node = yf == "nodegraphics";
            }
            for (auto d : k.children())
                if (d.type() == pugi::node_element && is_name(d.name(), "default")) {
                    key.has_default = true;
                    key.def = d.text().get();
                }
            auto nit = std::find(names.begin(), names.end(), key.name);
            key.name_id = static_cast<std::uint32_t>(nit - names.begin());
            if (nit == names.end()) names.push_back(key.name);
            key.node_field = node_field_of(key.name);
            key.edge_field = edge_field_of(key.name);
            // A later <key> with the same id replaces the earlier one.
            auto same = std::find_if(keys_.begin(), keys_.end(), [&](const Key& x) { return x.id == key.id; });
            if (same != keys_.end()) *same = std::move(key);
            else keys_.push_back(std::move(key));
        }
        for (std::size_t i = 0; i < keys_.size(); ++i) key_index_.emplace(keys_[i].id, i);
        seen_.assign(names.size(), 0);
        for (std::size_t i = 0; i < keys_.size(); ++i) {
            const Key& k = keys_[i];
            if (!k.has_default || k.skip) continue;
            if (k.domain == "node" || k.domain == "all") node_defaults_.push_back(i);
            if (k.domain == "edge" || k.domain == "all") edge_defaults_.push_back(i);
        }
        pugi::xml_node graph;
        for (auto c : root.children())
            if (c.type() == pugi::node_element && is_name(c.name(), "graph")) {
                graph = c;
                break;
            }
        if (!graph) fail(root.offset_debug(), "no <graph> element");
        std::string ed = graph.attribute("edgedefault").value();
        net_.directed = ed == "directed";
        if (cols_) cols_->directed = net_.directed;
        reserve(graph);
        // Nodes first (document order, nested graphs included), then edges: an edge to a node
        // declared nowhere creates it after all declared nodes, in edge order.
        read_graph(graph, false);
        read_graph(graph, true);
        if (cols_) resolve_endpoints();
        return std::move(net_);
    }

private:
    // Room for every vertex and edge up front: one counting pass over the top-level
    // children (nested graphs only add to what grows as usual).
    void reserve(pugi::xml_node graph) {
        std::size_t nodes = 0, edges = 0;
        for (auto c = graph.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) continue;
            auto ln = local_name(c.name());
            nodes += ln == "node";
            edges += ln == "edge";
        }
        ids_.reserve(nodes);
        if (cols_) {
            cols_->node_id.reserve(nodes);
            cols_->node_label.reserve(nodes);
            cols_->node_type.reserve(nodes);
            cols_->edge_id.reserve(edges);
            for (auto* v : {&cols_->relation, &cols_->cls, &cols_->first_date, &cols_->last_date}) v->reserve(edges);
            endpoints_.reserve(2 * edges);
            cols_->weight.reserve(edges);
        } else {
            net_.g.m_vertices.reserve(nodes);
            net_.index.reserve(nodes);
        }
    }

    [[noreturn]] void fail(std::ptrdiff_t offset, const std::string& what) const {
        std::size_t line = 1;
        if (offset > 0)
            line += static_cast<std::size_t>(
                std::count(text_.begin(), text_.begin() + std::min<std::ptrdiff_t>(offset, static_cast<std::ptrdiff_t>(text_.size())), '\n'));
        throw InputError(fmt::format("{}: line {}: {}", file_, line, what));
    }

    // The value of a <data> (or default) checked against its key's type.
    void normalize(const Key& k, std::string& v, std::ptrdiff_t off) const {
        if (k.boolean) {
            auto b = parse_bool(v);
            if (!b) fail(off, fmt::format("attribute \"{}\": \"{}\" is not a boolean", k.name, v));
            v = *b ? "true" : "false";
        } else if (k.numeric) {
            trim(v);
            if (!parse_number(v)) fail(off, fmt::format("attribute \"{}\": \"{}\" is not a number", k.name, v));
        }
    }

    // Calls f(key, value) for each <data> of an element, then for each default of
    // the domain whose name the element did not give.
    template <class F>
    void data_of(pugi::xml_node el, bool node, std::string* yed_label, F&& f) {
        ++stamp_;
        std::string v;
        for (auto d = el.first_child(); d; d = d.next_sibling()) {
            if (d.type() != pugi::node_element || !is_name(d.name(), "data")) continue;
            const char* kid = d.attribute("key").value();
            auto it = key_index_.find(std::string_view(kid));
            if (it == key_index_.end()) fail(d.offset_debug(), fmt::format("<data> refers to undeclared key \"{}\"", kid));
            const Key& k = keys_[it->second];
            if (k.skip) {
                if (k.yfiles_node && yed_label && yed_label->empty()) {
                    auto lab = d.find_node([](pugi::xml_node x) { return local_name(x.name()) == "NodeLabel"; });
                    if (lab) *yed_label = lab.text().get();
                }
                continue;
            }
            auto first = d.first_child();
            // Structured (an element first, no text before it; with parse_embed_pcdata leading text
            // is the element's own value, not a child): skip.
            if (first && first.type() == pugi::node_element && !*d.value()) continue;
            v.assign(d.text().get());
            seen_[k.name_id] = stamp_;
            normalize(k, v, d.offset_debug());
            f(k, v);
        }
        for (auto i : node ? node_defaults_ : edge_defaults_) {
            const Key& k = keys_[i];
            if (seen_[k.name_id] == stamp_) continue;
            v = k.def;
            normalize(k, v, el.offset_debug());
            f(k, v);
        }
    }

    void read_graph(pugi::xml_node graph, bool edges) {
        for (auto c = graph.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) continue;
            auto ln = local_name(c.name());
            if (ln == "node") {
                if (!edges) read_node(c);
                for (auto sub = c.first_child(); sub; sub = sub.next_sibling())
                    if (sub.type() == pugi::node_element && is_name(sub.name(), "graph")) read_graph(sub, edges);
            } else if (ln == "edge") {
                if (edges) read_edge(c);
            }
        }
    }

    void read_node(pugi::xml_node el) {
        std::string_view id = el.attribute("id").value();  // in the parsed buffer: lives as long as the reader
        if (id.empty()) fail(el.offset_debug(), "<node> without id");
        if (ids_.find(id) >= 0) fail(el.offset_debug(), fmt::format("duplicate node id \"{}\"", id));
        NodeProps p;
        p.id = id;
        std::string yed_label, name_attr;
        const auto off = el.offset_debug();
        data_of(el, true, &yed_label, [&](const Key& k, std::string& v) {
            switch (k.node_field) {
                case nf_label: p.label = std::move(v); break;
                case nf_type: p.type = std::move(v); break;
                case nf_mentions: p.mentions = to_count(v, k.name, off); break;
                case nf_articles: p.articles = to_count(v, k.name, off); break;
                case nf_first_seen: p.first_seen = std::move(v); break;
                case nf_last_seen: p.last_seen = std::move(v); break;
                case nf_aliases: p.aliases = split_list(v); break;
                case nf_ignore: break;
                default:
                    if (k.name == "name") name_attr = v;
                    add_extra(p.extra, net_.node_extra_keys, k.name, k.type, v);
            }
        });
        if (p.label.empty()) p.label = !yed_label.empty() ? yed_label : !name_attr.empty() ? name_attr : p.id;
        add_vertex(id, std::move(p));
    }

    std::uint32_t add_vertex(std::string_view id, NodeProps&& p) {
        auto v = ids_.insert(id);
        if (cols_) {
            cols_->node_id.push_back(std::move(p.id));
            cols_->node_label.push_back(std::move(p.label));
            cols_->node_type.push_back(p.type);
        } else {
            net_.add_node(std::move(p));
        }
        return v;
    }

    void read_edge(pugi::xml_node el) {
        const char* sa = el.attribute("source").value();
        const char* ta = el.attribute("target").value();
        if (!*sa || !*ta) fail(el.offset_debug(), "<edge> without source or target");
        EdgeProps e;
        e.id = el.attribute("id").value();
        std::string label;
        const auto off = el.offset_debug();
        data_of(el, false, nullptr, [&](const Key& k, std::string& v) {
            switch (k.edge_field) {
                case ef_relation: e.relation = std::move(v); break;
                case ef_class: e.cls = std::move(v); break;
                case ef_weight: e.weight = to_double(v, k.name, off); break;
                case ef_count: e.count = to_count(v, k.name, off); break;
                case ef_score: e.score = to_double(v, k.name, off); break;
                case ef_first_date: e.first_date = std::move(v); break;
                case ef_last_date: e.last_date = std::move(v); break;
                case ef_confidence: e.confidence = to_double(v, k.name, off); break;
                case ef_evidence: e.evidence = std::move(v); break;
                case ef_sources: e.sources = split_list(v); break;
                case ef_dates: e.dates = split_list(v); break;
                case ef_negated: e.negated = parse_bool(v).value_or(false); break;
                case ef_modality: e.modality = v == "asserted" ? "" : std::move(v); break;
                case ef_label: label = std::move(v); break;
                case ef_id:
                    if (e.id.empty()) e.id = std::move(v);
                    else add_extra(e.extra, net_.edge_extra_keys, k.name, k.type, v);
                    break;
                case ef_ignore: break;
                default: add_extra(e.extra, net_.edge_extra_keys, k.name, k.type, v);
            }
        });
        if (e.relation.empty()) e.relation = label;
        else if (!label.empty() && label != e.relation)
            add_extra(e.extra, net_.edge_extra_keys, "label", "string", label);
        if (e.id.empty()) {
            e.id = "e";
            e.id += fmt::format_int(edge_count_).c_str();
        }
        ++edge_count_;
        if (cols_) {
            // Endpoints are resolved after the last edge, in edge order (resolve_endpoints).
            endpoints_.push_back(sa);
            endpoints_.push_back(ta);
            cols_->weight.push_back(e.weight);
            cols_->edge_id.push_back(std::move(e.id));
            cols_->relation.push_back(e.relation);
            cols_->cls.push_back(e.cls);
            cols_->first_date.push_back(e.first_date);
            cols_->last_date.push_back(e.last_date);
        } else {
            auto s = node_for(sa), t = node_for(ta);
            boost::add_edge(s, t, std::move(e), net_.g);
        }
    }

    // The columns' source and target: each edge's endpoints looked up (an undeclared one
    // added) in edge order, source before target, as node_for does edge by edge for a
    // Network; all ids are hashed first so the index can be prefetched a few edges ahead.
    void resolve_endpoints() {
        const std::size_t n = endpoints_.size();
        std::vector<std::uint64_t> h(n);
        std::vector<std::uint32_t> len(n);
        for (std::size_t i = 0; i < n; ++i) {
            std::string_view id(endpoints_[i]);
            h[i] = IdIndex::hash(id);
            len[i] = static_cast<std::uint32_t>(id.size());
        }
        constexpr std::size_t ahead = 16;
        cols_->source.resize(n / 2);
        cols_->target.resize(n / 2);
        for (std::size_t i = 0; i < n; ++i) {
            if (i + ahead < n) ids_.prefetch(h[i + ahead]);
            std::string_view id(endpoints_[i], len[i]);
            auto found = ids_.find(id, h[i]);
            std::uint32_t v;
            if (found >= 0) {
                v = static_cast<std::uint32_t>(found);
            } else {
                NodeProps p;
                p.id = p.label = id;
                v = add_vertex(id, std::move(p));
            }
            (i % 2 == 0 ? cols_->source : cols_->target)[i / 2] = v;
        }
        endpoints_.clear();
        endpoints_.shrink_to_fit();
    }

    std::uint32_t node_for(const char* id) {
        std::string_view key(id);  // in the parsed buffer
        auto found = ids_.find(key);
        if (found >= 0) return static_cast<std::uint32_t>(found);
        NodeProps p;
        p.id = p.label = key;
        return add_vertex(key, std::move(p));
    }

    std::uint64_t to_count(const std::string& v, const std::string& name, std::ptrdiff_t off) const {
        auto d = parse_number(v);
        if (!d || *d < 0) fail(off, fmt::format("attribute \"{}\": \"{}\" is not a count", name, v));
        return static_cast<std::uint64_t>(*d);
    }
    double to_double(const std::string& v, const std::string& name, std::ptrdiff_t off) const {
        auto d = parse_number(v);
        if (!d) fail(off, fmt::format("attribute \"{}\": \"{}\" is not a number", name, v));
        return *d;
    }

    std::string text_, file_;
    std::vector<Key> keys_;
    std::unordered_map<std::string_view, std::size_t> key_index_;
    std::vector<std::size_t> node_defaults_, edge_defaults_;
    std::vector<std::uint64_t> seen_;  // per key name: stamp of the element that gave it
    std::uint64_t stamp_ = 0;
    std::size_t edge_count_ = 0;
    IdIndex ids_;  // node id -> vertex
    std::vector<const char*> endpoints_;  // columns: source, target of each edge, in the parsed buffer
    GraphColumns* cols_;
    Network net_;
};

}  // namespace

Network parse_graphml(const std::string& text, const std::string& name) { return Reader(text, name).run(); }

Network read_graphml(const std::filesystem::path& path) {
    return Reader(read_whole_file(path), path.string()).run();  // the text moved, not copied
}

void CodedColumn::push_back(std::string_view v) {
    if (v.empty()) {
        codes_.push_back(0);
        return;
    }
    if (values_[last_] != v) {
        auto [it, added] = index_.try_emplace(std::string(v), static_cast<std::uint32_t>(values_.size()));
        if (added) values_.emplace_back(v);
        last_ = it->second;
    }
    codes_.push_back(last_);
}

std::vector<std::string> CodedColumn::strings() const {
    std::vector<std::string> out;
    out.reserve(codes_.size());
    for (auto c : codes_) out.push_back(values_[c]);
    return out;
}

GraphColumns parse_graphml_columns(const std::string& text, const std::string& name) {
    GraphColumns cols;
    Reader(text, name, &cols).run();
    return cols;
}

GraphColumns read_graphml_columns(const std::filesystem::path& path) {
    GraphColumns cols;
    Reader(read_whole_file(path), path.string(), &cols).run();
    return cols;
}

GraphColumns columns_of(const Network& net) {
    GraphColumns c;
    c.directed = net.directed;
    for (auto v : boost::make_iterator_range(boost::vertices(net.g))) {
        const auto& p = net.g[v];
        c.node_id.push_back(p.id);
        c.node_label.push_back(p.label);
        c.node_type.push_back(p.type);
    }
    for (auto e : boost::make_iterator_range(boost::edges(net.g))) {
        const auto& p = net.g[e];
        c.source.push_back(static_cast<std::uint32_t>(boost::source(e, net.g)));
        c.target.push_back(static_cast<std::uint32_t>(boost::target(e, net.g)));
        c.weight.push_back(p.weight);
        c.edge_id.push_back(p.id);
        c.relation.push_back(p.relation);
        c.cls.push_back(p.cls);
        c.first_date.push_back(p.first_date);
        c.last_date.push_back(p.last_date);
    }
    return c;
}

}  // namespace geokg
