// Export stage: text cleaning and escaping, ids, foreign columns, formats,
// export_all and Graphviz rendering.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "export/detail.hpp"
#include "geokg/io.hpp"

extern char** environ;

namespace geokg {
namespace exportd {

namespace {

// Length of the valid UTF-8 sequence starting at s[i] (1..4), or 0 if invalid.
inline std::size_t utf8_len(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    std::size_t n = s.size();
    auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return k < n && b(k) >= lo && b(k) <= hi;
    };
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
    if (c == 0xE0) return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(i + 1) && cont(i + 2) ? 3 : 0;
    if (c == 0xED) return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;  // no surrogates
    if (c == 0xF0) return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c == 0xF4) return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    return 0;
}

inline bool dropped_ascii(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

// U+FFFE and U+FFFF are not XML characters.
inline bool noncharacter(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
           static_cast<unsigned char>(s[i + 2]) >= 0xBE;
}

}  // namespace

std::string_view clean(std::string_view s, std::string& scratch) {
    std::size_t i = 0, n = s.size();
    // Fast scan: most strings are clean; 8 printable ASCII bytes at a time.
    for (; i < n;) {
        if (i + 8 <= n) {
            std::uint64_t x;
            std::memcpy(&x, s.data() + i, 8);
            constexpr std::uint64_t high = 0x8080808080808080ULL, spaces = 0x2020202020202020ULL;
            if (((x | ((x - spaces) & ~x)) & high) == 0) {  // no byte >= 0x80, none < 0x20
                i += 8;
                continue;
            }
        }
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (dropped_ascii(c)) break;
            ++i;
            continue;
        }
        std::size_t len = utf8_len(s, i);
        if (len == 0 || (len == 3 && noncharacter(s, i))) break;
        i += len;
    }
    if (i == n) return s;
    scratch.assign(s.substr(0, i));
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (!dropped_ascii(c)) scratch.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        std::size_t len = utf8_len(s, i);
        if (len == 0) {
            scratch.append("\xEF\xBF\xBD");  // U+FFFD for a byte that starts no valid sequence
            ++i;
        } else {
            if (!(len == 3 && noncharacter(s, i))) scratch.append(s.substr(i, len));
            i += len;
        }
    }
    return scratch;
}

void xml_text(Sink& out, std::string_view s) {
    std::string scratch;
    s = clean(s, scratch);
    auto& buf = out.buffer();
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char* rep = nullptr;
        switch (s[i]) {
            case '&': rep = "&amp;"; break;
            case '<': rep = "&lt;"; break;
            case '>': rep = "&gt;"; break;
            case '"': rep = "&quot;"; break;
            case '\'': rep = "&apos;"; break;
            case '\t': rep = "&#9;"; break;
            case '\n': rep = "&#10;"; break;
            case '\r': rep = "&#13;"; break;
            // NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR: some parsers (xmldom, under
            // graphology) normalize them to line feeds as XML 1.1 does; references survive.
            case '\xC2':
                if (i + 1 < s.size() && s[i + 1] == '\x85') {
                    buf.append(s.data() + start, i - start);
                    buf.append("&#133;");
                    start = ++i + 1;
                }
                continue;
            case '\xE2':
                if (i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
                    buf.append(s.data() + start, i - start);
                    buf.append(s[i + 2] == '\xA8' ? "&#8232;" : "&#8233;");
                    i += 2;
                    start = i + 1;
                }
                continue;
            default: continue;
        }
        buf.append(s.data() + start, i - start);
        buf.append(rep);
        start = i + 1;
    }
    buf.append(s.data() + start, s.size() - start);
    out << std::string_view();  // lets the sink flush a full buffer
}

void dot_text(Sink& out, std::string_view s) {
    std::string scratch;
    s = clean(s, scratch);
    auto& buf = out.buffer();
    for (char c : s) {
        switch (c) {
            case '\\': buf.append("\\\\"); break;
            case '"': buf.append("\\\""); break;
            case '\n': buf.append("\\n"); break;
            case '\r': break;
            case '&': buf.append("&amp;"); break;
            default: buf.push_back(c);
        }
    }
    out << std::string_view();
}

void csv_field(Sink& out, std::string_view s) {
    std::string scratch;
    s = clean(s, scratch);
    bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos ||
                 (!s.empty() && (s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t'));
    if (!quote) {
        out << s;
        return;
    }
    auto& buf = out.buffer();
    buf.push_back('"');
    for (char c : s) {
        if (c == '"') buf.push_back('"');
        buf.push_back(c);
    }
    buf.push_back('"');
    out << std::string_view();
}

void json_string(Sink& out, std::string_view s) {
    std::string scratch;
    s = clean(s, scratch);
    auto& buf = out.buffer();
    buf.push_back('"');
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char* rep = nullptr;
        switch (s[i]) {
            case '"': rep = "\\\""; break;
            case '\\': rep = "\\\\"; break;
            case '\n': rep = "\\n"; break;
            case '\r': rep = "\\r"; break;
            case '\t': rep = "\\t"; break;
            default: continue;
        }
        buf.append(s.data() + start, i - start);
        buf.append(rep);
        start = i + 1;
    }
    buf.append(s.data() + start, s.size() - start);
    buf.push_back('"');
    out << std::string_view();
}

std::string join_list(const std::vector<std::string>& items, char sep) {
    std::string r;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) r.push_back(sep);
        r += items[i];
    }
    return r;
}

std::string hex_colour(const Rgb& c) {
    static const char digits[] = "0123456789abcdef";
    std::string r = "#000000";  // short-string storage: no allocation
    int v[3] = {std::clamp(c.r, 0, 255), std::clamp(c.g, 0, 255), std::clamp(c.b, 0, 255)};
    for (int i = 0; i < 3; ++i) {
        r[1 + 2 * i] = digits[v[i] >> 4];
        r[2 + 2 * i] = digits[v[i] & 15];
    }
    return r;
}

// ---- dates ----------------------------------------------------------------

namespace {
bool digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
int to_int(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}
int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}
}  // namespace

bool valid_iso_date(std::string_view d) {
    if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
    if (!digits(d.substr(0, 4))) return false;
    if (d.size() == 4) return true;
    if (d[4] != '-' || !digits(d.substr(5, 2))) return false;
    int m = to_int(d.substr(5, 2));
    if (m < 1 || m > 12) return false;
    if (d.size() == 7) return true;
    if (d[7] != '-' || !digits(d.substr(8, 2))) return false;
    int day = to_int(d.substr(8, 2));
    return day >= 1 && day <= days_in_month(to_int(d.substr(0, 4)), m);
}

std::string period_start(std::string_view d) {
    if (d.size() == 4) return std::string(d) + "-01-01";
    if (d.size() == 7) return std::string(d) + "-01";
    return std::string(d);
}

std::string period_end(std::string_view d) {
    if (d.size() == 4) return std::string(d) + "-12-31";
    if (d.size() == 7) return fmt::format("{}-{:02d}", d, days_in_month(to_int(d.substr(0, 4)), to_int(d.substr(5, 2))));
    return std::string(d);
}

// ---- foreign columns --------------------------------------------------------

namespace {

std::string lower(std::string_view s) {
    std::string r(s);
    for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
}

// Every name we write for nodes or edges in any format, lower case; foreign
// columns never take one of them (nor `id`).
const std::unordered_set<std::string>& reserved_names() {
    static const std::unordered_set<std::string> r = {
        "id", "key", "label", "type", "r", "g", "b", "color", "colour", "size", "x", "y", "z",
        "mentions", "articles", "first_seen", "last_seen", "aliases",
        "source", "target", "weight", "relation", "class", "count", "score", "first_date", "last_date",
        "dates", "confidence", "evidence", "sources", "negated", "modality", "kind",
        "start", "end", "interval", "timeset", "spells", "timestamp", "timestamps", "data", "attributes",
    };
    return r;
}

std::optional<std::int64_t> parse_int(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    std::int64_t v = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

std::optional<double> parse_double(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    std::string l = lower(s);
    if (l == "inf" || l == "infinity") return HUGE_VAL;
    if (l == "-inf" || l == "-infinity") return -HUGE_VAL;
    double v = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

std::optional<bool> parse_bool(std::string_view s) {
    std::string l = lower(s);
    if (l == "true" || l == "1" || l == "yes") return true;
    if (l == "false" || l == "0" || l == "no") return false;
    return std::nullopt;
}

std::string normal_type(std::string_view t) {
    std::string l = lower(t);
    if (l == "boolean" || l == "bool") return "boolean";
    if (l == "int" || l == "integer" || l == "short" || l == "byte") return "int";
    if (l == "long") return "long";
    if (l == "float") return "float";
    if (l == "double") return "double";
    return "string";
}

// The effective type of a column: its declared type unless a value does not fit.
template <class Range, class Get>
std::string effective_type(std::string type, const std::string& key, const Range& items, Get get) {
    if (type == "string") return type;
    for (const auto& item : items) {
        const auto& extra = get(item);
        auto it = extra.find(key);
        if (it == extra.end()) continue;
        const std::string& v = it->second.value;
        if (type == "boolean") {
            if (!parse_bool(v)) return "string";
        } else if (type == "int" || type == "long") {
            auto x = parse_int(v);
            if (!x) {
                if (!parse_double(v)) return "string";
                type = "double";
            } else if (type == "int" && (*x > INT32_MAX || *x < INT32_MIN)) {
                type = "long";
            }
        } else if (!parse_double(v)) {
            return "string";
        }
    }
    return type;
}

template <class Range, class Get>
std::vector<ExtraColumn> columns_for(const std::vector<std::pair<std::string, std::string>>& declared,
                                     const Range& items, Get get, std::unordered_map<std::string, std::string>& taken) {
    // Declared keys first (in order), then keys found only in the values (sorted).
    std::vector<std::pair<std::string, std::string>> keys;
    std::set<std::string> seen;
    for (const auto& [k, t] : declared)
        if (seen.insert(k).second) keys.emplace_back(k, t);
    std::map<std::string, std::string> undeclared;
    for (const auto& item : items)
        for (const auto& [k, a] : get(item))
            if (!seen.count(k) && !undeclared.count(k)) undeclared.emplace(k, a.type);
    for (auto& kv : undeclared) keys.push_back(kv);

    std::vector<ExtraColumn> cols;
    std::unordered_set<std::string> mine;  // names of this domain, lower case: never twice
    for (const auto& [k, t] : keys) {
        ExtraColumn c;
        c.key = k;
        c.type = effective_type(normal_type(t), k, items, get);
        std::string scratch;
        std::string name(clean(k, scratch));
        name.erase(std::remove_if(name.begin(), name.end(), [](char ch) { return ch == '\t' || ch == '\n' || ch == '\r'; }),
                   name.end());
        if (name.empty()) name = "attr";
        // `taken`: lower-case name -> type of a column already using it.
        // A node and an edge column may share a name only with the same type
        // (GraphML key ids are shared by both, readers keep one type per id).
        while (reserved_names().count(lower(name)) || mine.count(lower(name)) ||
               (taken.count(lower(name)) && taken[lower(name)] != c.type))
            name += '_';
        taken[lower(name)] = c.type;
        mine.insert(lower(name));
        c.name = std::move(name);
        cols.push_back(std::move(c));
    }
    return cols;
}

}  // namespace

std::string extra_value(const ExtraColumn& col, std::string_view raw) {
    if (col.type == "boolean") return *parse_bool(raw) ? "true" : "false";
    char tmp[64];
    if (col.type == "int" || col.type == "long") {
        auto r = std::to_chars(tmp, tmp + sizeof tmp, *parse_int(raw));
        return std::string(tmp, r.ptr);
    }
    if (col.type == "float" || col.type == "double") {
        double v = *parse_double(raw);
        if (std::isnan(v)) return "NaN";
        if (std::isinf(v)) return v > 0 ? "INF" : "-INF";
        auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
        return std::string(tmp, r.ptr);
    }
    return std::string(raw);
}

// ---- Prepared ---------------------------------------------------------------

Prepared::Prepared(const Network& net) {
    const auto& g = net.g;
    std::size_t n = boost::num_vertices(g);
    node_ids.reserve(n);
    std::unordered_set<std::string_view> used;
    used.reserve(n * 2);
    for (std::size_t v = 0; v < n; ++v) {
        std::string scratch;
        std::string_view id = clean(g[v].id, scratch);
        if (id.empty() || used.count(id) || id.data() == scratch.data()) {
            std::string own(id.empty() ? std::string_view("_") : id);
            if (used.count(own)) {
                std::string base = own;
                for (int k = 2; used.count(own); ++k) own = fmt::format("{}~{}", base, k);
            }
            id = owned.emplace_back(std::move(own));
        }
        used.insert(id);
        node_ids.push_back(id);
    max_mentions = std::max(max_mentions, g[v].mentions);
    }
    edges.reserve(boost::num_edges(g));
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        edges.push_back(*it);
        const auto& e = g[*it];
        max_weight = std::max(max_weight, export_weight(e));
        any_negated |= e.negated;
        any_modality |= !e.modality.empty();
    }
    edge_ids = edge_id_views(net, owned);
    std::unordered_map<std::string, std::string> taken;
    auto vr = boost::make_iterator_range(boost::vertices(g));
    node_extra = columns_for(net.node_extra_keys, vr, [&](Vertex v) -> const auto& { return g[v].extra; }, taken);
    edge_extra = columns_for(net.edge_extra_keys, edges, [&](const Edge& e) -> const auto& { return g[e].extra; }, taken);
}

double Prepared::node_size(const NodeProps& p) const {
    if (max_mentions == 0) return 10.0;
    return 10.0 + 40.0 * std::sqrt(static_cast<double>(p.mentions) / static_cast<double>(max_mentions));
}

}  // namespace exportd

// ---- public helpers -----------------------------------------------------------

std::string clean_text(std::string_view s) {
    std::string scratch;
    return std::string(exportd::clean(s, scratch));
}

namespace exportd {
std::vector<std::string_view> edge_id_views(const Network& net, std::deque<std::string>& owned) {
    const auto& g = net.g;
    std::size_t m = boost::num_edges(g);
    std::vector<std::string_view> ids;
    ids.reserve(m);
    // First pass: the cleaned ids as written (views unless cleaning changed them).
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        std::string scratch;
        std::string_view id = clean(g[*it].id, scratch);
        if (id.data() == scratch.data()) id = owned.emplace_back(id);
        ids.push_back(id);
    }
    std::unordered_set<std::string_view> explicit_ids(ids.begin(), ids.end()), used;
    used.reserve(m * 2);
    std::size_t counter = 0;
    for (auto& id : ids) {
        if (id.empty() || used.count(id)) {
            std::string gen;
            do gen = fmt::format("e{}", counter++);
            while (explicit_ids.count(gen) || used.count(gen));
            id = owned.emplace_back(std::move(gen));
        }
        used.insert(id);
    }
    return ids;
}
}  // namespace exportd

std::vector<std::string> edge_ids(const Network& net) {
    std::deque<std::string> owned;
    auto views = exportd::edge_id_views(net, owned);
    return {views.begin(), views.end()};
}

double export_weight(const EdgeProps& e) {
    if (std::isfinite(e.weight) && e.weight > 0) return e.weight;
    if (!e.sources.empty()) return static_cast<double>(e.sources.size());
    if (e.count > 0) return static_cast<double>(e.count);
    return 1.0;
}

std::vector<ExtraColumn> extra_columns(const Network& net, bool for_edges) {
    exportd::Prepared p(net);
    return for_edges ? p.edge_extra : p.node_extra;
}

// ---- formats ------------------------------------------------------------------

std::string_view to_string(Format f) {
    switch (f) {
        case Format::graphml: return "graphml";
        case Format::gexf: return "gexf";
        case Format::dot: return "dot";
        case Format::csv: return "csv";
        case Format::json: return "json";
    }
    return "?";
}

std::vector<std::string> format_files(Format f) {
    switch (f) {
        case Format::graphml: return {"graph.graphml"};
        case Format::gexf: return {"graph.gexf"};
        case Format::dot: return {"graph.dot"};
        case Format::csv: return {"nodes.csv", "edges.csv"};
        case Format::json: return {"graph.json"};
    }
    return {};
}

std::vector<Format> parse_formats(std::string_view csv) {
    static const Format all[] = {Format::graphml, Format::gexf, Format::dot, Format::csv, Format::json};
    std::vector<Format> out;
    auto add = [&](Format f) {
        if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
    };
    std::size_t pos = 0;
    while (pos <= csv.size()) {
        std::size_t comma = csv.find(',', pos);
        if (comma == std::string_view::npos) comma = csv.size();
        std::string name = exportd::lower(csv.substr(pos, comma - pos));
        name.erase(std::remove_if(name.begin(), name.end(), [](unsigned char c) { return std::isspace(c); }),
                   name.end());
        pos = comma + 1;
        if (name.empty()) continue;
        if (name == "all") {
            for (Format f : all) add(f);
            continue;
        }
        bool found = false;
        for (Format f : all)
            if (name == to_string(f)) add(f), found = true;
        if (!found)
            throw std::invalid_argument(
                fmt::format("unknown export format \"{}\" (choose from graphml, gexf, dot, csv, json, all)", name));
    }
    if (out.empty()) throw std::invalid_argument("no export format given (choose from graphml, gexf, dot, csv, json, all)");
    return out;
}

void export_all(const Network& net, const std::filesystem::path& dir, const std::vector<Format>& formats,
                const DotOptions& dot) {
    exportd::Prepared p(net);  // ids, columns and scales, once for every format
    for (Format f : formats) {
        switch (f) {
            case Format::graphml:
                write_atomically(dir / "graph.graphml", [&](std::ostream& o) { exportd::graphml_body(net, p, o); });
                break;
            case Format::gexf:
                write_atomically(dir / "graph.gexf", [&](std::ostream& o) { exportd::gexf_body(net, p, o); });
                break;
            case Format::dot:
                write_atomically(dir / "graph.dot", [&](std::ostream& o) { exportd::dot_body(net, p, o, dot); });
                break;
            case Format::csv:
                write_atomically(dir / "nodes.csv", [&](std::ostream& o) { exportd::nodes_csv_body(net, p, o); });
                write_atomically(dir / "edges.csv", [&](std::ostream& o) { exportd::edges_csv_body(net, p, o); });
                break;
            case Format::json:
                write_atomically(dir / "graph.json", [&](std::ostream& o) { exportd::json_body(net, p, o); });
                break;
        }
    }
}

// ---- Graphviz -------------------------------------------------------------------

namespace {
std::optional<std::string> find_in_path(std::string_view program) {
    if (program.find('/') != std::string_view::npos)
        return ::access(std::string(program).c_str(), X_OK) == 0 ? std::optional<std::string>(program) : std::nullopt;
    const char* path = std::getenv("PATH");
    std::string p = path ? path : "/usr/bin:/bin";
    std::stringstream ss(p);
    std::string dir;
    while (std::getline(ss, dir, ':')) {
        if (dir.empty()) dir = ".";
        std::string full = dir + "/" + std::string(program);
        if (::access(full.c_str(), X_OK) == 0) return full;
    }
    return std::nullopt;
}
}  // namespace

bool graphviz_available(std::string_view engine) { return find_in_path(engine).has_value(); }

void render_dot(const std::filesystem::path& dot, const std::filesystem::path& out, std::string_view format,
                std::string_view engine) {
    static const std::set<std::string_view> engines = {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"};
    if (!engines.count(engine))
        throw std::invalid_argument(fmt::format("unknown Graphviz engine \"{}\" (dot, neato, fdp, sfdp, circo, twopi, osage, patchwork)", engine));
    if (format.empty() || !std::all_of(format.begin(), format.end(), [](unsigned char c) { return std::isalnum(c) || c == ':'; }))
        throw std::invalid_argument(fmt::format("bad Graphviz output format \"{}\"", format));
    auto exe = find_in_path(engine);
    if (!exe)
        throw OutputError(fmt::format("{}: cannot render: Graphviz's {} is not installed (apt-get install graphviz)",
                                      out.string(), engine));
    std::filesystem::path tmp = out;
    tmp += fmt::format(".{}.render.tmp", ::getpid());
    std::filesystem::path errf = out;
    errf += fmt::format(".{}.render.err", ::getpid());
    if (!out.parent_path().empty()) {
        std::error_code ec;
        std::filesystem::create_directories(out.parent_path(), ec);
    }
    std::string targ = "-T" + std::string(format), oarg = "-o" + tmp.string(), in = dot.string();
    std::vector<char*> argv = {exe->data(), targ.data(), oarg.data(), in.data(), nullptr};
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 2, errf.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, exe->c_str(), &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    auto cleanup = [&] {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        std::filesystem::remove(errf, ec);
    };
    if (rc != 0) {
        cleanup();
        throw OutputError(fmt::format("{}: cannot run {}: {}", out.string(), *exe, std::strerror(rc)));
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::string msg;
    {
        std::ifstream ef(errf);
        std::stringstream ss;
        ss << ef.rdbuf();
        msg = ss.str();
    }
    bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && std::filesystem::exists(tmp);
    if (!ok) {
        cleanup();
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == '\r')) msg.pop_back();
        throw OutputError(fmt::format("{}: {} failed on {}{}{}", out.string(), engine, dot.string(),
                                      msg.empty() ? "" : ": ", msg));
    }
    std::error_code ec;
    std::filesystem::rename(tmp, out, ec);
    if (ec) {
        cleanup();
        throw OutputError(fmt::format("{}: cannot rename into place: {}", out.string(), ec.message()));
    }
    std::filesystem::remove(errf, ec);
}

}  // namespace geokg
