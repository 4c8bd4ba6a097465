// Node-link JSON reader (RapidJSON): ours and NetworkX's node_link_data.
#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>

#include "geokg/article.hpp"
#include "geokg/graph_io.hpp"
#include "graphio_util.hpp"

namespace geokg {
namespace {

using Value = rapidjson::Value;

std::string scalar_text(const Value& v, std::string* type) {
    if (v.IsString()) {
        *type = "string";
        return v.GetString();
    }
    if (v.IsBool()) {
        *type = "boolean";
        return v.GetBool() ? "true" : "false";
    }
    if (v.IsInt64()) {
        *type = "long";
        return std::to_string(v.GetInt64());
    }
    if (v.IsUint64()) {
        *type = "long";
        return std::to_string(v.GetUint64());
    }
    if (v.IsNumber()) {
        *type = "double";
        return fmt::format("{}", v.GetDouble());
    }
    *type = "string";
    return "";
}

std::vector<std::string> list_of(const Value& v) {
    std::vector<std::string> out;
    if (v.IsArray()) {
        for (const auto& x : v.GetArray())
            if (x.IsString()) out.push_back(x.GetString());
    } else if (v.IsString()) {
        out = split_list(v.GetString());
    }
    return out;
}

double num(const Value& v, const std::string& file, const char* what) {
    if (v.IsNumber()) return v.GetDouble();
    if (v.IsString())
        if (auto d = parse_number(v.GetString())) return *d;
    throw InputError(fmt::format("{}: \"{}\" is not a number", file, what));
}

std::string id_text(const Value& v) {
    std::string t;
    return scalar_text(v, &t);
}

}  // namespace

Network read_graph_json(const std::filesystem::path& path) {
    const std::string file = path.string();
    std::string text = read_whole_file(path);
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    if (doc.HasParseError()) {
        auto off = doc.GetErrorOffset();
        auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(off, text.size())), '\n');
        throw InputError(fmt::format("{}: line {}: malformed JSON: {}", file, line,
                                     rapidjson::GetParseError_En(doc.GetParseError())));
    }
    if (!doc.IsObject() || !doc.HasMember("nodes") || !doc["nodes"].IsArray())
        throw InputError(fmt::format("{}: not a node-link graph (no \"nodes\" array)", file));
    Network net;
    net.directed = !doc.HasMember("directed") || !doc["directed"].IsBool() || doc["directed"].GetBool();
    const Value* graph_obj = doc.HasMember("graph") && doc["graph"].IsObject() ? &doc["graph"] : nullptr;
    if (graph_obj && graph_obj->HasMember("directed") && (*graph_obj)["directed"].IsBool())
        net.directed = (*graph_obj)["directed"].GetBool();
    std::size_t i = 0;
    for (const auto& n : doc["nodes"].GetArray()) {
        ++i;
        if (!n.IsObject() || !n.HasMember("id"))
            throw InputError(fmt::format("{}: node {} has no \"id\"", file, i));
        NodeProps p;
        p.id = id_text(n["id"]);
        std::string name_attr;
        for (auto m = n.MemberBegin(); m != n.MemberEnd(); ++m) {
            std::string k = m->name.GetString();
            const Value& v = m->value;
            std::string type;
            if (k == "id") continue;
            if (k == "label") {
                p.label = scalar_text(v, &type);
                continue;
            }
            if (k == "name") name_attr = scalar_text(v, &type);
            if (k == "type") p.type = scalar_text(v, &type);
            else if (k == "mentions") p.mentions = static_cast<std::uint64_t>(num(v, file, "mentions"));
            else if (k == "articles") p.articles = static_cast<std::uint64_t>(num(v, file, "articles"));
            else if (k == "first_seen") p.first_seen = scalar_text(v, &type);
            else if (k == "last_seen") p.last_seen = scalar_text(v, &type);
            else if (k == "aliases") p.aliases = list_of(v);
            else if (k == "size" || k == "color" || k == "r" || k == "g" || k == "b") continue;
            else if (v.IsObject() || v.IsArray() || v.IsNull()) continue;
            else {
                std::string val = scalar_text(v, &type);
                add_extra(p.extra, net.node_extra_keys, k, type, val);
            }
        }
        if (p.label.empty()) p.label = name_attr.empty() ? p.id : name_attr;
        if (net.index.count(p.id)) throw InputError(fmt::format("{}: duplicate node id \"{}\"", file, p.id));
        net.add_node(std::move(p));
    }
    const char* edges_name = doc.HasMember("links") ? "links" : "edges";
    if (doc.HasMember(edges_name)) {
        if (!doc[edges_name].IsArray()) throw InputError(fmt::format("{}: \"{}\" is not an array", file, edges_name));
        std::size_t j = 0;
        for (const auto& e : doc[edges_name].GetArray()) {
            ++j;
            if (!e.IsObject() || !e.HasMember("source") || !e.HasMember("target"))
                throw InputError(fmt::format("{}: edge {} has no source or target", file, j));
            auto ends = [&](const char* which) {
                std::string id = id_text(e[which]);
                if (auto v = net.find(id)) return *v;
                NodeProps p;
                p.id = p.label = id;
                return net.add_node(std::move(p));
            };
            Vertex s = ends("source"), t = ends("target");
            EdgeProps p;
            std::string label;
            for (auto m = e.MemberBegin(); m != e.MemberEnd(); ++m) {
                std::string k = m->name.GetString();
                const Value& v = m->value;
                std::string type;
                if (k == "source" || k == "target") continue;
                if (k == "id" || k == "key") p.id = p.id.empty() || k == "id" ? scalar_text(v, &type) : p.id;
                else if (k == "relation") p.relation = scalar_text(v, &type);
                else if (k == "class") p.cls = scalar_text(v, &type);
                else if (k == "weight") p.weight = num(v, file, "weight");
                else if (k == "count") p.count = static_cast<std::uint64_t>(num(v, file, "count"));
                else if (k == "score") p.score = num(v, file, "score");
                else if (k == "first_date") p.first_date = scalar_text(v, &type);
                else if (k == "last_date") p.last_date = scalar_text(v, &type);
                else if (k == "confidence") p.confidence = num(v, file, "confidence");
                else if (k == "evidence") p.evidence = scalar_text(v, &type);
                else if (k == "sources") p.sources = list_of(v);
                else if (k == "dates") p.dates = list_of(v);
                else if (k == "negated") p.negated = v.IsBool() ? v.GetBool() : parse_bool(scalar_text(v, &type)).value_or(false);
                else if (k == "modality") p.modality = scalar_text(v, &type) == "asserted" ? "" : scalar_text(v, &type);
                else if (k == "label") label = scalar_text(v, &type);
                else if (k == "color" || k == "r" || k == "g" || k == "b") continue;
                else if (k == "attestations" && v.IsArray()) {
                    for (const auto& a : v.GetArray()) {
                        if (!a.IsObject()) continue;
                        Attestation at;
                        if (a.HasMember("date") && a["date"].IsString()) at.date = a["date"].GetString();
                        if (a.HasMember("article") && a["article"].IsString()) at.article = a["article"].GetString();
                        if (a.HasMember("score") && a["score"].IsNumber()) at.score = a["score"].GetDouble();
                        if (a.HasMember("confidence") && a["confidence"].IsNumber()) at.confidence = a["confidence"].GetDouble();
                        p.attestations.push_back(std::move(at));
                    }
                } else if (v.IsObject() || v.IsArray() || v.IsNull()) continue;
                else {
                    std::string val = scalar_text(v, &type);
                    add_extra(p.extra, net.edge_extra_keys, k, type, val);
                }
            }
            if (p.relation.empty()) p.relation = label;
            if (p.id.empty()) p.id = fmt::format("e{}", j - 1);
            boost::add_edge(s, t, std::move(p), net.g);
        }
    }
    return net;
}

}  // namespace geokg
