// Options shared by the commands that read articles.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>

#include "geokg/extract.hpp"
#include "geokg/pipeline.hpp"

namespace geokg::cli {

struct CommonOptions {
    unsigned threads = 0;
    std::string data;
    bool quiet = false;
    bool no_progress = false;

    void add(CLI::App& sub) {
        sub.add_option("-j,--threads", threads, "Worker threads for extraction (0 = all cores)")
            ->capture_default_str();
        sub.add_option("--data", data, "Knowledge base folder (default: $GEOKG_DATA or the bundled data/)");
        sub.add_flag("-q,--quiet", quiet, "No summary on standard error");
        sub.add_flag("--no-progress", no_progress, "No progress line, even on a terminal");
    }
    std::filesystem::path data_dir() const { return data.empty() ? default_data_dir() : std::filesystem::path(data); }
    PipelineOptions pipeline() const {
        PipelineOptions p;
        p.threads = threads;
        p.progress = !quiet && !no_progress;
        return p;
    }
};

}  // namespace geokg::cli

#include "geokg/export.hpp"
#include "geokg/kb.hpp"

namespace geokg::cli {

// View options shared by every command that writes or reads a graph.
struct ViewArgs {
    std::string types, relations, classes, since, until;
    double min_weight = 0;
    bool largest_component = false, country_level = false;

    void add(CLI::App& sub) {
        auto* g = sub.add_option_group("View", "Filter the network before writing or analysing it");
        g->add_option("--types", types, "Keep these entity types (comma-separated: country,person,organization,treaty,place)");
        g->add_option("--relations", relations, "Keep these relations (comma-separated schema names)");
        g->add_option("--classes", classes,
                      "Keep these relation classes (structural, verbal_cooperation, material_cooperation, "
                      "verbal_conflict, material_conflict)");
        g->add_option("--since", since, "Keep what is attested on or after this date (YYYY, YYYY-MM, YYYY-MM-DD)");
        g->add_option("--until", until, "Keep what is attested on or before this date");
        g->add_option("--min-weight", min_weight, "Keep edges supported by at least this many articles");
        g->add_flag("--largest-component", largest_component, "Keep only the largest connected component");
        g->add_flag("--country-level", country_level,
                    "Lift each person's actions to the country the person held office for at that date");
    }
    static std::vector<std::string> split(const std::string& s) {
        std::vector<std::string> out;
        std::size_t start = 0;
        while (start <= s.size()) {
            auto comma = s.find(',', start);
            if (comma == std::string::npos) comma = s.size();
            auto item = s.substr(start, comma - start);
            auto b = item.find_first_not_of(" \t"), e = item.find_last_not_of(" \t");
            if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
            start = comma + 1;
        }
        return out;
    }
    ViewOptions options() const {
        ViewOptions v;
        v.types = split(types);
        v.relations = split(relations);
        v.classes = split(classes);
        v.since = since;
        v.until = until;
        v.min_weight = min_weight;
        v.largest_component = largest_component;
        v.country_level = country_level;
        return v;
    }
};

// 1234567 -> "1,234,567" (summary lines)
inline std::string group_digits(std::size_t n) {
    std::string d = std::to_string(n), out;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (i > 0 && (d.size() - i) % 3 == 0) out.push_back(',');
        out.push_back(d[i]);
    }
    return out;
}

// The knowledge base's names as a view's NameOf ("country:USA" -> "United States").
// The knowledge base must outlive the returned function.
inline NameOf name_resolver(const KnowledgeBase& kb_ref) {
    return [kb = &kb_ref](const std::string& id) -> std::string {
        auto idx = kb->find(id);
        return idx ? kb->entities()[*idx].name : std::string();
    };
}

// The knowledge base's dated offices as a view's CountryOf: the country a person
// held office for on a date (leader_of before official_of; "" date = the latest office).
// The knowledge base must outlive the returned function.
inline CountryOf country_resolver(const KnowledgeBase& kb_ref) {
    return [kb = &kb_ref](const std::string& person, const std::string& date) -> std::optional<std::string> {
        auto idx = kb->find(person);
        if (!idx) return std::nullopt;
        const auto& e = kb->entities()[*idx];
        const KbRole* best = nullptr;
        auto covers = [&](const KbRole& r) {
            if (date.empty()) return true;
            // Compare at the precision of the shorter string (ISO prefixes).
            auto before = [](const std::string& a, const std::string& b) {  // a < b at common precision
                auto n = std::min(a.size(), b.size());
                return a.compare(0, n, b, 0, n) < 0;
            };
            return (r.from.empty() || !before(date, r.from)) && (r.to.empty() || !before(r.to, date));
        };
        for (const auto& r : e.roles) {
            if (r.of.rfind("country:", 0) != 0 || !covers(r)) continue;
            if (!best || (r.relation == Relation::leader_of && best->relation != Relation::leader_of) ||
                (r.relation == best->relation && r.from > best->from))
                best = &r;
        }
        if (!best) return std::nullopt;
        return best->of;
    };
}

}  // namespace geokg::cli
