#include "geokg/graph.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <unordered_set>

namespace geokg {

// The graph's containers swapped, not copied: vertices are a std::vector (vertex
// descriptors are indices) and edge bundles a std::list whose iterators, held in
// the vertices' edge lists, stay valid when the list is swapped.
// (With a vecS edge list the stored edges would point at the vector object itself.)
static_assert(std::is_same_v<Graph::edge_list_selector, boost::listS>,
              "swap_graphs relies on the edge bundles living in a std::list");
static void swap_graphs(Graph& a, Graph& b) noexcept {
    a.m_vertices.swap(b.m_vertices);
    a.m_edges.swap(b.m_edges);
    a.m_property.swap(b.m_property);
}

Network::Network(Network&& other) noexcept
    : directed(other.directed),
      index(std::move(other.index)),
      node_extra_keys(std::move(other.node_extra_keys)),
      edge_extra_keys(std::move(other.edge_extra_keys)) {
    swap_graphs(g, other.g);
    other.index.clear();
}

Network& Network::operator=(Network&& other) noexcept {
    if (this != &other) {
        Network tmp(std::move(other));
        swap_graphs(g, tmp.g);
        directed = tmp.directed;
        index.swap(tmp.index);
        node_extra_keys.swap(tmp.node_extra_keys);
        edge_extra_keys.swap(tmp.edge_extra_keys);
    }
    return *this;
}

Vertex Network::add_node(NodeProps props) {
    if (index.count(props.id)) throw std::invalid_argument(fmt::format("duplicate node id \"{}\"", props.id));
    std::string id = props.id;
    Vertex v = boost::add_vertex(std::move(props), g);
    index.emplace(std::move(id), v);
    return v;
}

std::optional<Vertex> Network::find(const std::string& id) const {
    auto it = index.find(id);
    if (it == index.end()) return std::nullopt;
    return it->second;
}

// Colour-blind-safe palette (Okabe-Ito), one colour per entity type and relation class.
Rgb type_colour(std::string_view type) {
    if (type == "country") return {0, 114, 178};      // blue
    if (type == "person") return {230, 159, 0};       // orange
    if (type == "organization") return {0, 158, 115};  // green
    if (type == "treaty") return {204, 121, 167};     // pink
    if (type == "place") return {86, 180, 233};       // sky blue
    return {128, 128, 128};
}

Rgb class_colour(std::string_view cls) {
    if (cls == "structural") return {150, 150, 150};           // grey
    if (cls == "verbal_cooperation") return {102, 194, 165};   // light green
    if (cls == "material_cooperation") return {0, 128, 64};    // dark green
    if (cls == "verbal_conflict") return {244, 165, 130};      // light red
    if (cls == "material_conflict") return {200, 30, 30};      // dark red
    return {128, 128, 128};
}

namespace {

struct NodeAcc {
    Entity entity;
    std::map<std::string, std::uint64_t> names;  // name -> times seen (label = most frequent)
    std::set<std::string> surfaces;
    std::unordered_set<std::string> articles;
    std::uint64_t mentions = 0;
    std::string first, last;
};

struct EdgeKey {
    std::string s, o;
    Relation r;
    bool negated;
    Modality modality;
    auto tie() const { return std::tie(s, r, o, negated, modality); }
    bool operator<(const EdgeKey& k) const { return tie() < k.tie(); }
};

struct EdgeAcc {
    std::vector<Attestation> att;
    std::string evidence;
    double best_conf = -1;
};

// A surface form as a label: white-space runs (line wraps, tabs) become one space.
std::string squeeze_space(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

void widen(std::string& first, std::string& last, const std::string& date) {
    if (date.empty()) return;
    if (first.empty() || date < first) first = date;
    if (last.empty() || date > last) last = date;
}

}  // namespace

struct GraphBuilder::Impl {
    BuildOptions options;
    std::map<std::string, NodeAcc> nodes;
    std::map<EdgeKey, EdgeAcc> edges;
    std::size_t used = 0;

    void touch(const Entity& e, const Triple& t, std::string_view surface) {
        auto& n = nodes[e.id];
        if (n.entity.id.empty()) n.entity = e;
        ++n.names[e.name];
        if (!surface.empty()) n.surfaces.insert(squeeze_space(surface));
        n.articles.insert(t.article);
        ++n.mentions;
        widen(n.first, n.last, t.date);
    }
};

GraphBuilder::GraphBuilder(BuildOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = options; }
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

void GraphBuilder::add(const Triple& t) {
    if (t.negated && !impl_->options.include_negated) return;
    if (t.modality != Modality::asserted && !impl_->options.include_hypothetical) return;
    if (t.subject.id == t.object.id) return;  // a self-relation carries no network information
    const auto& ri = info(t.relation);
    auto surface_of = [&](const char* key) -> std::string_view {
        auto it = t.attributes.find(key);
        return it == t.attributes.end() ? std::string_view() : std::string_view(it->second);
    };
    impl_->touch(t.subject, t, surface_of("surface"));
    impl_->touch(t.object, t, surface_of("object_surface"));
    EdgeKey k{t.subject.id, t.object.id, t.relation, t.negated, t.modality};
    if (ri.symmetric && k.o < k.s) std::swap(k.s, k.o);  // one edge per unordered pair
    auto& e = impl_->edges[k];
    double score = t.negated ? 0.0 : ri.weight;
    e.att.push_back({t.date, t.article, score, t.confidence});
    if (t.confidence > e.best_conf) {
        e.best_conf = t.confidence;
        e.evidence = t.evidence;
    }
    ++impl_->used;
}

std::size_t GraphBuilder::triples_used() const { return impl_->used; }

Network GraphBuilder::take() {
    Network net;
    for (auto& [id, n] : impl_->nodes) {  // std::map: vertices in id order, deterministic
        NodeProps p;
        p.id = id;
        // Canonical name: the most frequent name the extractor gave (ties: alphabetical).
        p.label = std::max_element(n.names.begin(), n.names.end(), [](auto& a, auto& b) {
                      return a.second < b.second;
                  })->first;
        p.type = std::string(to_string(n.entity.type));
        p.mentions = n.mentions;
        p.articles = n.articles.size();
        p.first_seen = n.first;
        p.last_seen = n.last;
        p.aliases.assign(n.surfaces.begin(), n.surfaces.end());
        net.add_node(std::move(p));
    }
    for (auto& [k, e] : impl_->edges) {
        EdgeProps p;
        const auto& ri = info(k.r);
        p.relation = std::string(ri.name);
        p.cls = std::string(to_string(ri.cls));
        p.id = fmt::format("{}>{}>{}", k.s, ri.name, k.o);
        if (k.negated) p.id += ">negated";
        if (k.modality != Modality::asserted) p.id += fmt::format(">{}", to_string(k.modality));
        std::set<std::string> sources, dates;
        for (const auto& a : e.att) {
            sources.insert(a.article);
            if (!a.date.empty()) dates.insert(a.date);
            p.score += a.score;
            p.confidence = std::max(p.confidence, a.confidence);
        }
        p.count = e.att.size();
        p.weight = static_cast<double>(sources.size());
        p.sources.assign(sources.begin(), sources.end());
        p.dates.assign(dates.begin(), dates.end());
        if (!p.dates.empty()) {
            p.first_date = p.dates.front();
            p.last_date = p.dates.back();
        }
        p.evidence = std::move(e.evidence);
        p.attestations = std::move(e.att);
        p.negated = k.negated;
        if (k.modality != Modality::asserted) p.modality = std::string(to_string(k.modality));
        boost::add_edge(*net.find(k.s), *net.find(k.o), std::move(p), net.g);
    }
    impl_ = std::make_unique<Impl>(Impl{impl_->options, {}, {}, 0});
    return net;
}

}  // namespace geokg
