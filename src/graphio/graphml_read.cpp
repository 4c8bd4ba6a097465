// GraphML reader (pugixml), forgiving where Gephi, NetworkX, igraph and yEd differ.
#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
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
    std::string name, type, domain;  // domain: node, edge, graph, all
    bool has_default = false, skip = false, yfiles_node = false;
    std::string def;
};

class Reader {
public:
    Reader(std::string text, std::string file) : text_(std::move(text)), file_(std::move(file)) {}

    Network run() {
        pugi::xml_document doc;
        auto res = doc.load_buffer(text_.data(), text_.size(), pugi::parse_default | pugi::parse_ws_pcdata_single,
                                   pugi::encoding_auto);
        if (!res) fail(static_cast<std::ptrdiff_t>(res.offset), fmt::format("malformed XML: {}", res.description()));
        pugi::xml_node root;
        for (auto c : doc.children())
            if (c.type() == pugi::node_element) root = c;
        if (!root || local_name(root.name()) != "graphml")
            fail(root ? root.offset_debug() : 0, "not a GraphML file (the root element is not <graphml>)");
        for (auto k : root.children()) {
            if (k.type() != pugi::node_element || local_name(k.name()) != "key") continue;
            Key key;
            std::string id = k.attribute("id").value();
            if (id.empty()) fail(k.offset_debug(), "<key> without id");
            key.name = k.attribute("attr.name").value();
            if (key.name.empty()) key.name = id;
            key.type = k.attribute("attr.type").value();
            if (key.type.empty()) key.type = "string";
            if (key.type == "integer") key.type = "int";
            key.domain = k.attribute("for").value();
            if (key.domain.empty()) key.domain = "all";
            std::string yf = k.attribute("yfiles.type").value();
            if (!yf.empty()) {
                key.skip = true;
                key.yfiles_node = yf == "nodegraphics";
            }
            for (auto d : k.children())
                if (d.type() == pugi::node_element && local_name(d.name()) == "default") {
                    key.has_default = true;
                    key.def = d.text().get();
                }
            keys_[id] = key;
        }
        pugi::xml_node graph;
        for (auto c : root.children())
            if (c.type() == pugi::node_element && local_name(c.name()) == "graph") {
                graph = c;
                break;
            }
        if (!graph) fail(root.offset_debug(), "no <graph> element");
        std::string ed = graph.attribute("edgedefault").value();
        net_.directed = ed == "directed";
        read_graph(graph);
        for (auto& [src, tgt, props, off] : pending_) {
            Vertex s = node_for(src, off), t = node_for(tgt, off);
            boost::add_edge(s, t, std::move(props), net_.g);
        }
        return std::move(net_);
    }

private:
    [[noreturn]] void fail(std::ptrdiff_t offset, const std::string& what) const {
        std::size_t line = 1;
        if (offset > 0)
            line += static_cast<std::size_t>(
                std::count(text_.begin(), text_.begin() + std::min<std::ptrdiff_t>(offset, static_cast<std::ptrdiff_t>(text_.size())), '\n'));
        throw InputError(fmt::format("{}: line {}: {}", file_, line, what));
    }

    std::string normalize(const Key& k, std::string v, std::ptrdiff_t off) const {
        if (k.type == "boolean") {
            auto b = parse_bool(v);
            if (!b) fail(off, fmt::format("attribute \"{}\": \"{}\" is not a boolean", k.name, v));
            return *b ? "true" : "false";
        }
        if (k.type == "int" || k.type == "long" || k.type == "float" || k.type == "double") {
            trim(v);
            if (!parse_number(v)) fail(off, fmt::format("attribute \"{}\": \"{}\" is not a number", k.name, v));
        }
        return v;
    }

    // Collects (name -> (key, value)) for an element, defaults first.
    std::vector<std::pair<const Key*, std::string>> data_of(pugi::xml_node el, const char* domain, std::string* yed_label) {
        std::unordered_map<std::string, std::size_t> seen;
        std::vector<std::pair<const Key*, std::string>> out;
        for (auto d : el.children()) {
            if (d.type() != pugi::node_element || local_name(d.name()) != "data") continue;
            std::string kid = d.attribute("key").value();
            auto it = keys_.find(kid);
            if (it == keys_.end()) fail(d.offset_debug(), fmt::format("<data> refers to undeclared key \"{}\"", kid));
            const Key& k = it->second;
            if (k.skip) {
                if (k.yfiles_node && yed_label && yed_label->empty()) {
                    auto lab = d.find_node([](pugi::xml_node x) { return local_name(x.name()) == "NodeLabel"; });
                    if (lab) *yed_label = lab.text().get();
                }
                continue;
            }
            std::string v = d.text().get();
            if (d.first_child() && d.first_child().type() == pugi::node_element) continue;  // structured: skip
            seen[k.name] = out.size();
            out.push_back({&k, normalize(k, v, d.offset_debug())});
        }
        for (auto& [id, k] : keys_) {
            if (!k.has_default || k.skip || (k.domain != domain && k.domain != "all")) continue;
            if (!seen.count(k.name)) out.push_back({&k, normalize(k, k.def, el.offset_debug())});
        }
        return out;
    }

    void read_graph(pugi::xml_node graph) {
        for (auto c : graph.children()) {
            if (c.type() != pugi::node_element) continue;
            auto ln = local_name(c.name());
            if (ln == "node") {
                read_node(c);
                for (auto sub : c.children())
                    if (sub.type() == pugi::node_element && local_name(sub.name()) == "graph") read_graph(sub);
            } else if (ln == "edge") {
                read_edge(c);
            }
        }
    }

    void read_node(pugi::xml_node el) {
        std::string id = el.attribute("id").value();
        if (id.empty()) fail(el.offset_debug(), "<node> without id");
        if (net_.index.count(id)) fail(el.offset_debug(), fmt::format("duplicate node id \"{}\"", id));
        NodeProps p;
        p.id = id;
        std::string yed_label, name_attr;
        for (auto& [k, v] : data_of(el, "node", &yed_label)) {
            const auto off = el.offset_debug();
            const std::string& n = k->name;
            if (n == "label") p.label = v;
            else if (n == "type") p.type = v;
            else if (n == "mentions") p.mentions = to_count(v, n, off);
            else if (n == "articles") p.articles = to_count(v, n, off);
            else if (n == "first_seen") p.first_seen = v;
            else if (n == "last_seen") p.last_seen = v;
            else if (n == "aliases") p.aliases = split_list(v);
            else if (n == "size" || n == "color" || n == "r" || n == "g" || n == "b") continue;
            else {
                if (n == "name") name_attr = v;
                add_extra(p.extra, net_.node_extra_keys, n, k->type, v);
            }
        }
        if (p.label.empty()) p.label = !yed_label.empty() ? yed_label : !name_attr.empty() ? name_attr : id;
        net_.add_node(std::move(p));
    }

    void read_edge(pugi::xml_node el) {
        std::string s = el.attribute("source").value(), t = el.attribute("target").value();
        if (s.empty() || t.empty()) fail(el.offset_debug(), "<edge> without source or target");
        EdgeProps e;
        e.id = el.attribute("id").value();
        std::string label;
        const auto off = el.offset_debug();
        for (auto& [k, v] : data_of(el, "edge", nullptr)) {
            const std::string& n = k->name;
            if (n == "relation") e.relation = v;
            else if (n == "class") e.cls = v;
            else if (n == "weight") e.weight = to_double(v, n, off);
            else if (n == "count") e.count = to_count(v, n, off);
            else if (n == "score") e.score = to_double(v, n, off);
            else if (n == "first_date") e.first_date = v;
            else if (n == "last_date") e.last_date = v;
            else if (n == "confidence") e.confidence = to_double(v, n, off);
            else if (n == "evidence") e.evidence = v;
            else if (n == "sources") e.sources = split_list(v);
            else if (n == "dates") e.dates = split_list(v);
            else if (n == "negated") e.negated = parse_bool(v).value_or(false);
            else if (n == "modality") e.modality = v == "asserted" ? "" : v;
            else if (n == "label") label = v;
            else if (n == "id" && e.id.empty()) e.id = v;
            else if (n == "color" || n == "r" || n == "g" || n == "b") continue;
            else add_extra(e.extra, net_.edge_extra_keys, n, k->type, v);
        }
        if (e.relation.empty()) e.relation = label;
        else if (!label.empty() && label != e.relation)
            add_extra(e.extra, net_.edge_extra_keys, "label", "string", label);
        if (e.id.empty()) e.id = fmt::format("e{}", pending_.size());
        pending_.push_back({s, t, std::move(e), off});
    }

    Vertex node_for(const std::string& id, std::ptrdiff_t) {
        if (auto v = net_.find(id)) return *v;
        NodeProps p;
        p.id = p.label = id;
        return net_.add_node(std::move(p));
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
    std::unordered_map<std::string, Key> keys_;
    Network net_;
    struct Pending {
        std::string s, t;
        EdgeProps props;
        std::ptrdiff_t off;
    };
    std::vector<Pending> pending_;
};

}  // namespace

Network parse_graphml(const std::string& text, const std::string& name) { return Reader(text, name).run(); }

Network read_graphml(const std::filesystem::path& path) {
    return parse_graphml(read_whole_file(path), path.string());
}

}  // namespace geokg
