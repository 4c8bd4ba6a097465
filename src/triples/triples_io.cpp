#include "geokg/triples_io.hpp"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "geokg/article.hpp"

namespace geokg {

namespace {

template <class W>
void write_entity(W& w, const Entity& e) {
    w.StartObject();
    w.Key("id");
    w.String(e.id.data(), static_cast<rapidjson::SizeType>(e.id.size()));
    w.Key("name");
    w.String(e.name.data(), static_cast<rapidjson::SizeType>(e.name.size()));
    w.Key("type");
    auto t = to_string(e.type);
    w.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
    w.EndObject();
}

template <class W>
void write_str(W& w, std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

const rapidjson::Value& member(const rapidjson::Value& v, const char* name) {
    auto it = v.FindMember(name);
    if (it == v.MemberEnd()) throw std::invalid_argument(fmt::format("missing field \"{}\"", name));
    return it->value;
}

std::string get_string(const rapidjson::Value& v, const char* name) {
    const auto& m = member(v, name);
    if (!m.IsString()) throw std::invalid_argument(fmt::format("field \"{}\" is not a string", name));
    return {m.GetString(), m.GetStringLength()};
}

Entity get_entity(const rapidjson::Value& v, const char* name) {
    const auto& m = member(v, name);
    if (!m.IsObject()) throw std::invalid_argument(fmt::format("field \"{}\" is not an object", name));
    Entity e;
    e.id = get_string(m, "id");
    if (e.id.empty()) throw std::invalid_argument(fmt::format("\"{}\" has an empty id", name));
    auto n = m.FindMember("name");
    e.name = (n != m.MemberEnd() && n->value.IsString()) ? std::string(n->value.GetString()) : e.id;
    auto t = m.FindMember("type");
    std::string ts = (t != m.MemberEnd() && t->value.IsString()) ? t->value.GetString() : "";
    if (ts.empty()) ts = e.id.substr(0, e.id.find(':'));  // "country:CHN" -> "country"
    auto et = entity_type_from(ts);
    if (!et) throw std::invalid_argument(fmt::format("\"{}\" has an unknown type \"{}\"", name, ts));
    e.type = *et;
    return e;
}

}  // namespace

void append_triple_json(const Triple& t, std::string& out) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.SetMaxDecimalPlaces(4);
    w.StartObject();
    w.Key("article");
    write_str(w, t.article);
    w.Key("subject");
    write_entity(w, t.subject);
    w.Key("relation");
    write_str(w, to_string(t.relation));
    w.Key("object");
    write_entity(w, t.object);
    w.Key("sentence");
    w.Int64(t.sentence);
    w.Key("char_start");
    w.Uint64(t.char_start);
    w.Key("char_end");
    w.Uint64(t.char_end);
    w.Key("evidence");
    write_str(w, t.evidence);
    w.Key("date");
    if (t.date.empty())
        w.Null();
    else
        write_str(w, t.date);
    w.Key("negated");
    w.Bool(t.negated);
    w.Key("modality");
    write_str(w, to_string(t.modality));
    w.Key("confidence");
    w.Double(std::isfinite(t.confidence) ? t.confidence : 0.0);
    w.Key("attributes");
    w.StartObject();
    for (const auto& [k, v] : t.attributes) {
        write_str(w, k);
        write_str(w, v);
    }
    w.EndObject();
    w.EndObject();
    out.append(buf.GetString(), buf.GetSize());
    out.push_back('\n');
}

Triple parse_triple_json(std::string_view line) {
    rapidjson::Document d;
    d.Parse(line.data(), line.size());
    if (d.HasParseError())
        throw std::invalid_argument(fmt::format("invalid JSON at column {}: {}", d.GetErrorOffset() + 1,
                                                rapidjson::GetParseError_En(d.GetParseError())));
    if (!d.IsObject()) throw std::invalid_argument("a line is not a JSON object");
    Triple t;
    const auto& art = member(d, "article");
    if (art.IsString())
        t.article = art.GetString();
    else if (art.IsNumber())
        t.article = fmt::format("{}", art.IsInt64() ? art.GetInt64() : static_cast<long long>(art.GetDouble()));
    else
        throw std::invalid_argument("field \"article\" is not a string");
    t.subject = get_entity(d, "subject");
    t.object = get_entity(d, "object");
    auto rel = get_string(d, "relation");
    auto r = relation_from(rel);
    if (!r) throw std::invalid_argument(fmt::format("unknown relation \"{}\"", rel));
    t.relation = *r;
    if (auto it = d.FindMember("sentence"); it != d.MemberEnd() && it->value.IsInt64()) t.sentence = it->value.GetInt64();
    if (auto it = d.FindMember("char_start"); it != d.MemberEnd() && it->value.IsUint64()) t.char_start = it->value.GetUint64();
    if (auto it = d.FindMember("char_end"); it != d.MemberEnd() && it->value.IsUint64()) t.char_end = it->value.GetUint64();
    if (auto it = d.FindMember("evidence"); it != d.MemberEnd() && it->value.IsString()) t.evidence = it->value.GetString();
    if (auto it = d.FindMember("date"); it != d.MemberEnd() && it->value.IsString()) t.date = it->value.GetString();
    if (auto it = d.FindMember("negated"); it != d.MemberEnd()) {
        if (!it->value.IsBool()) throw std::invalid_argument("field \"negated\" is not a boolean");
        t.negated = it->value.GetBool();
    }
    if (auto it = d.FindMember("modality"); it != d.MemberEnd()) {
        if (!it->value.IsString()) throw std::invalid_argument("field \"modality\" is not a string");
        auto m = modality_from(it->value.GetString());
        if (!m) throw std::invalid_argument(fmt::format("unknown modality \"{}\"", it->value.GetString()));
        t.modality = *m;
    }
    if (auto it = d.FindMember("confidence"); it != d.MemberEnd() && it->value.IsNumber())
        t.confidence = it->value.GetDouble();
    if (auto it = d.FindMember("attributes"); it != d.MemberEnd() && it->value.IsObject()) {
        for (auto m = it->value.MemberBegin(); m != it->value.MemberEnd(); ++m) {
            if (m->value.IsString())
                t.attributes[m->name.GetString()] = m->value.GetString();
            else if (m->value.IsNumber() || m->value.IsBool()) {
                rapidjson::StringBuffer b;
                rapidjson::Writer<rapidjson::StringBuffer> w(b);
                m->value.Accept(w);
                t.attributes[m->name.GetString()] = b.GetString();
            }
        }
    }
    return t;
}

void read_triples(const std::string& path, const std::function<void(Triple&&)>& sink) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) throw InputError(fmt::format("{}: cannot open", path));
        in = &file;
    }
    std::string line;
    std::size_t lineno = 0;
    while (std::getline(*in, line)) {
        ++lineno;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        try {
            sink(parse_triple_json(line));
        } catch (const std::invalid_argument& e) {
            throw InputError(fmt::format("{}:{}: {}", path == "-" ? "<stdin>" : path, lineno, e.what()));
        }
    }
    if (in->bad()) throw InputError(fmt::format("{}: read error", path));
}

bool is_triples_file(const std::string& path) {
    if (path == "-") return false;
    std::ifstream in(path, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        rapidjson::Document d;
        d.Parse(line.data(), line.size());
        return !d.HasParseError() && d.IsObject() && d.HasMember("subject") && d.HasMember("relation");
    }
    return false;
}

}  // namespace geokg
