// Shared by the analysis commands (centrality, communities, components,
// neighbors, path, explain, compare): graph input, time windows, entity
// lookup and result tables (aligned text, CSV, TSV, JSON).
#pragma once

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "geokg/analysis.hpp"
#include "geokg/article.hpp"
#include "geokg/export.hpp"
#include "geokg/graph_io.hpp"
#include "geokg/io.hpp"
#include "geokg/kb.hpp"
#include "options.hpp"

namespace geokg::cli {

// ---------------------------------------------------------------------------
// Graph input.
struct GraphInput {
    std::vector<std::string> inputs;
    std::string single;  // GRAPH when the command takes one (entities follow it)
    ViewArgs view;  // --since/--until and the other view filters, applied before the analysis
    unsigned threads = 0;
    std::string data;
    bool quiet = false;
    bool include_negated = false, include_hypothetical = false;

    // GRAPH as one positional (for commands that take entity names after it) or many.
    void add(CLI::App& sub, bool many) {
        auto* opt = many ? sub.add_option("GRAPH", inputs,
                                          "Graph file (.graphml: ours, Gephi, NetworkX, igraph, yEd; .json: node-link), "
                                          "or articles / triples files or folders (the graph is built on the fly)")
                         : sub.add_option("GRAPH", single,
                                          "Graph file (.graphml, .json) or an articles / triples file or folder");
        opt->required();
        add_common(sub);
    }
    void add_common(CLI::App& sub) {
        sub.add_option("-j,--threads", threads, "Worker threads (0 = all cores)")->capture_default_str();
        sub.add_option("--data", data, "Knowledge base folder, when building from articles");
        sub.add_flag("-q,--quiet", quiet, "No summary on standard error");
        sub.add_flag("--include-negated", include_negated, "When building from triples/articles: keep negated triples");
        sub.add_flag("--include-hypothetical", include_hypothetical,
                     "When building from triples/articles: keep planned/hypothetical triples");
        view.add(sub);
    }

    bool building() const {
        if (!single.empty()) return !is_graph_file(single);
        return std::none_of(inputs.begin(), inputs.end(), [](auto& p) { return is_graph_file(p); });
    }

    // The whole network (no view). Keeps the extractor it loaded (for the view's
    // country level) in `extractor`.
    Network load_full() const {
        std::vector<std::string> in = inputs;
        if (in.empty() && !single.empty()) in.push_back(single);
        LoadOptions lo;
        lo.build.include_negated = include_negated;
        lo.build.include_hypothetical = include_hypothetical;
        lo.pipeline.threads = threads;
        lo.pipeline.progress = false;
        if ((building() && !data.empty()) || view.country_level) {
            extractor = std::make_shared<Extractor>(data.empty() ? default_data_dir() : std::filesystem::path(data));
            lo.extractor = extractor.get();
        }
        return load_graph(in, lo);
    }

    // A time window of a network (empty bounds are open).
    static Network window(const Network& net, const std::string& since, const std::string& until) {
        if (since.empty() && until.empty()) return net;
        ViewOptions v;
        v.since = since;
        v.until = until;
        return apply_view(net, v);
    }

    // The network with the view options applied.
    Network load() const {
        Network net = load_full();
        ViewOptions vo = view.options();
        if (vo.empty()) return net;
        CountryOf country_of;
        NameOf name_of;
        if (vo.country_level && extractor) {
            country_of = country_resolver(extractor->knowledge_base());
            name_of = name_resolver(extractor->knowledge_base());
        }
        return apply_view(net, vo, country_of ? &country_of : nullptr, name_of ? &name_of : nullptr);
    }

    std::string window_text() const {
        if (view.since.empty() && view.until.empty()) return "";
        return fmt::format(", window {}..{}", view.since, view.until);
    }

    mutable std::shared_ptr<Extractor> extractor;

    // An entity of `net` by id, name or alias (then the knowledge base's names).
    Vertex find(const Network& net, const std::string& name) const;
    mutable analysis::AliasHook kb_hook;
};

// The knowledge base's names and aliases as a lookup hook ("Washington",
// "Diaoyu Islands", "PRC"): loaded on first use only (a name not found in the
// graph itself), from `data_dir` (empty: the default data folder). A knowledge
// base that cannot be loaded gives no candidates.
inline analysis::AliasHook kb_alias_hook(std::string data_dir) {
    auto kb = std::make_shared<std::shared_ptr<const KnowledgeBase>>();
    auto tried = std::make_shared<bool>(false);
    return [kb, tried, data_dir](std::string_view name) -> std::vector<std::string> {
        if (!*tried) {
            *tried = true;
            try {
                *kb = KnowledgeBase::load(data_dir.empty() ? default_data_dir() : std::filesystem::path(data_dir));
            } catch (const std::exception&) {
                kb->reset();
            }
        }
        if (!*kb) return {};
        const KnowledgeBase& k = **kb;
        auto tokens = tokenize(name);
        if (tokens.empty()) return {};
        auto m = k.match(tokens, 0, tokens.size(), k.entry(tokens[0].norm));
        std::vector<std::string> ids;
        if (m.length != tokens.size() || !m.surfaces) return ids;
        for (const auto& s : *m.surfaces) ids.push_back(k.entities()[s.entity].id);
        return ids;
    };
}

// Replaceable by the CLI owner (tests, other data sources).
inline analysis::AliasHook& alias_hook() {
    static analysis::AliasHook hook;
    return hook;
}

inline Vertex GraphInput::find(const Network& net, const std::string& name) const {
    if (!kb_hook) kb_hook = alias_hook() ? alias_hook() : kb_alias_hook(data);
    try {
        return analysis::find_entity(net, name, kb_hook);
    } catch (const analysis::LookupError& e) {
        throw InputError(e.what());
    }
}

// ---------------------------------------------------------------------------
// Result tables.
enum class OutFormat { table, csv, tsv, json };

inline OutFormat parse_out_format(const std::string& s) {
    if (s == "table" || s.empty()) return OutFormat::table;
    if (s == "csv") return OutFormat::csv;
    if (s == "tsv") return OutFormat::tsv;
    if (s == "json") return OutFormat::json;
    throw std::invalid_argument(fmt::format("unknown format \"{}\" (choose table, csv, tsv or json)", s));
}

struct Cell {
    std::string text;   // as shown in the aligned table
    std::string exact;  // as written in CSV/TSV/JSON (full precision); empty = text
    enum Kind { string, number, boolean, null } kind = string;
};

inline Cell str_cell(std::string s) { return Cell{std::move(s), {}, Cell::string}; }
inline Cell num_cell(double v) {
    if (!std::isfinite(v)) return Cell{fmt::format("{}", v), "null", Cell::null};
    return Cell{fmt::format("{:.6g}", v), fmt::format("{}", v), Cell::number};
}
inline Cell int_cell(long long v) { return Cell{std::to_string(v), {}, Cell::number}; }

struct Table {
    std::vector<std::string> columns;       // names (CSV header / JSON keys)
    std::vector<bool> right;                // right-align in the table
    std::vector<std::vector<Cell>> rows;
    std::vector<std::string> notes;         // printed above the table (and as JSON "meta" strings)
    std::vector<std::pair<std::string, Cell>> meta;  // JSON top-level fields; "# key: value" lines in text
};

inline std::string csv_field(const std::string& s, char sep) {
    bool quote = s.find_first_of(std::string("\"\r\n") + sep) != std::string::npos;
    if (sep == '\t') {
        std::string out = s;
        for (auto& c : out)
            if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        return out;
    }
    if (!quote) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

inline void json_str(std::ostream& o, const std::string& s) {
    o << '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': o << "\\\""; break;
            case '\\': o << "\\\\"; break;
            case '\n': o << "\\n"; break;
            case '\r': o << "\\r"; break;
            case '\t': o << "\\t"; break;
            default:
                if (c < 0x20) o << fmt::format("\\u{:04x}", c);
                else o << c;
        }
    }
    o << '"';
}

inline void json_cell(std::ostream& o, const Cell& c) {
    const std::string& v = c.exact.empty() ? c.text : c.exact;
    if (c.kind == Cell::string) json_str(o, v);
    else o << v;
}

// Display width of UTF-8 text (code points; good enough for names).
inline std::size_t display_width(const std::string& s) {
    std::size_t w = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++w;
    return w;
}

inline std::string truncate_text(const std::string& s, std::size_t max) {
    if (display_width(s) <= max) return s;
    std::string out;
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) {
            if (w + 1 >= max) break;
            ++w;
        }
        out += s[i];
    }
    return out + "…";
}

inline void write_table(std::ostream& o, const Table& t, OutFormat f) {
    if (f == OutFormat::json) {
        o << "{";
        for (auto& [k, v] : t.meta) {
            json_str(o, k);
            o << ": ";
            json_cell(o, v);
            o << ", ";
        }
        o << "\"results\": [";
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            o << (r ? ",\n  {" : "\n  {");
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                if (c) o << ", ";
                json_str(o, t.columns[c]);
                o << ": ";
                json_cell(o, t.rows[r][c]);
            }
            o << "}";
        }
        o << (t.rows.empty() ? "]}\n" : "\n]}\n");
        return;
    }
    if (f == OutFormat::csv || f == OutFormat::tsv) {
        char sep = f == OutFormat::csv ? ',' : '\t';
        for (std::size_t c = 0; c < t.columns.size(); ++c) o << (c ? std::string(1, sep) : "") << t.columns[c];
        o << '\n';
        for (const auto& row : t.rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                const auto& cell = row[c];
                std::string v = cell.exact.empty() ? cell.text : cell.exact;
                if (cell.kind == Cell::null) v.clear();
                o << (c ? std::string(1, sep) : "") << csv_field(v, sep);
            }
            o << '\n';
        }
        return;
    }
    for (const auto& n : t.notes) o << n << '\n';
    std::vector<std::size_t> w(t.columns.size());
    for (std::size_t c = 0; c < t.columns.size(); ++c) w[c] = display_width(t.columns[c]);
    for (const auto& row : t.rows)
        for (std::size_t c = 0; c < row.size(); ++c) w[c] = std::max(w[c], display_width(row[c].text));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string s;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            std::size_t pad = w[c] - std::min(w[c], display_width(cells[c]));
            bool last = c + 1 == cells.size();
            if (c) s += "  ";
            if (t.right.size() > c && t.right[c]) s += std::string(pad, ' ') + cells[c];
            else s += cells[c] + (last ? "" : std::string(pad, ' '));
        }
        o << s << '\n';
    };
    line(t.columns);
    std::vector<std::string> rule;
    for (auto x : w) rule.push_back(std::string(x, '-'));
    line(rule);
    for (const auto& row : t.rows) {
        std::vector<std::string> cells;
        for (const auto& c : row) cells.push_back(c.text);
        line(cells);
    }
    if (t.rows.empty()) o << "(no results)\n";
}

struct OutputArgs {
    std::string format = "table";
    std::string output = "-";
    void add(CLI::App& sub) {
        sub.add_option("--format", format, "Output format")
            ->check(CLI::IsMember({"table", "csv", "tsv", "json"}))
            ->capture_default_str();
        sub.add_option("-o,--output", output, "Write the result to this file (- = standard output)")
            ->capture_default_str();
    }
    void write(const Table& t) const {
        auto f = parse_out_format(format);
        if (output == "-") {
            std::ostringstream ss;
            write_table(ss, t, f);
            std::cout << ss.str() << std::flush;
            return;
        }
        write_atomically(output, [&](std::ostream& o) { write_table(o, t, f); });
    }
};

inline std::string type_of(const NodeProps& p) { return p.type.empty() ? "-" : p.type; }

// Edge direction seen from `from`: "->" (from is source), "<-" or "--" (undirected).
inline std::string arrow(const Network& net, Edge e, Vertex from) {
    if (!net.directed) return "--";
    return boost::source(e, net.g) == from ? "->" : "<-";
}

inline std::string dates_of(const EdgeProps& e) {
    if (e.first_date.empty() && e.last_date.empty()) return "";
    if (e.first_date == e.last_date || e.last_date.empty()) return e.first_date;
    if (e.first_date.empty()) return e.last_date;
    return e.first_date + ".." + e.last_date;
}

// Writes the network (with new extra attributes) as GraphML for Gephi.
inline void write_annotated(const Network& net, const std::string& path) {
    write_atomically(path, [&](std::ostream& o) { write_graphml(net, o); });
}

inline void declare_extra(std::vector<std::pair<std::string, std::string>>& keys, const std::string& name,
                          const std::string& type) {
    for (auto& k : keys)
        if (k.first == name) {
            k.second = type;
            return;
        }
    keys.emplace_back(name, type);
}

inline std::string exact_double(double v) { return fmt::format("{}", v); }

}  // namespace geokg::cli
