// geokg build INPUT... -o DIR   and   geokg run INPUT... -o DIR (the main job)
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "command.hpp"
#include "geokg/export.hpp"
#include "geokg/io.hpp"
#include "geokg/kb.hpp"
#include "geokg/pipeline.hpp"
#include "geokg/triples_io.hpp"
#include "options.hpp"

namespace geokg::cli {
namespace {

namespace fs = std::filesystem;

struct BuildArgs {
    std::vector<std::string> inputs;
    std::string output_dir;
    std::string formats;
    std::string render;
    CommonOptions common;
    ViewArgs view;
    bool include_negated = false, include_hypothetical = false;
    bool write_triples = false;  // run: also DIR/triples.jsonl
};

void summary(const Network& net, const PipelineStats& s, const fs::path& dir, double secs) {
    std::string sentences = s.articles ? fmt::format(", {} sentences", group_digits(s.sentences)) : "";
    std::cerr << fmt::format("geokg: {} articles ({:.1f} MB){}, {} triples -> {} nodes, {} edges in {:.2f} s; wrote {}\n",
                             s.articles, s.bytes / 1e6, sentences, s.triples, net.nodes(), net.edges(), secs,
                             dir.string());
}

int run_build(const BuildArgs& a) {
    auto t0 = std::chrono::steady_clock::now();
    auto formats = parse_formats(a.formats);
    BuildOptions bo{a.include_negated, a.include_hypothetical};
    fs::path dir(a.output_dir);
    auto files = expand_inputs(a.inputs);
    std::optional<Extractor> extractor;
    GraphBuilder builder(bo);
    PipelineStats stats;
    std::vector<std::string> articles;
    for (const auto& f : files) {
        if (is_triples_input(f))
            read_triples(f, [&](Triple&& t) {
                ++stats.triples;
                builder.add(t);
            });
        else
            articles.push_back(f);
    }
    std::optional<AtomicFile> triples_out;
    if (a.write_triples) triples_out.emplace(dir / "triples.jsonl");
    if (!articles.empty() || a.view.country_level) extractor.emplace(a.common.data_dir());
    if (!articles.empty()) {
        std::string buf;
        auto s = extract_all(articles, *extractor, a.common.pipeline(), [&](const Article&, std::vector<Triple>& ts) {
            for (const auto& t : ts) {
                builder.add(t);
                if (triples_out) append_triple_json(t, buf);
            }
            if (triples_out && buf.size() > (1u << 20)) {
                triples_out->stream().write(buf.data(), static_cast<std::streamsize>(buf.size()));
                buf.clear();
            }
        });
        if (triples_out) triples_out->stream().write(buf.data(), static_cast<std::streamsize>(buf.size()));
        stats.articles = s.articles;
        stats.bytes = s.bytes;
        stats.sentences = s.sentences;
        stats.triples += s.triples;
    }
    Network net = builder.take();
    CountryOf country_of;
    NameOf name_of;
    if (extractor) {
        country_of = country_resolver(extractor->knowledge_base());
        name_of = name_resolver(extractor->knowledge_base());
    }
    Network view = apply_view(net, a.view.options(), country_of ? &country_of : nullptr, name_of ? &name_of : nullptr);
    export_all(view, dir, formats);
    if (triples_out) triples_out->commit();
    if (!a.render.empty()) render_dot(dir / "graph.dot", dir / fmt::format("graph.{}", a.render), a.render);
    if (!a.common.quiet)
        summary(view, stats, dir, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    return kExitOk;
}

std::function<int()> setup(CLI::App& sub, bool is_run) {
    auto a = std::make_shared<BuildArgs>();
    a->write_triples = is_run;
    a->formats = is_run ? "graphml,gexf,dot,csv,json" : "graphml,gexf,dot,csv,json";
    sub.add_option("INPUT", a->inputs,
                   is_run ? "Article files or folders (recursive), - for standard input"
                          : "Article files/folders or triples files (.jsonl from geokg extract)")
        ->required();
    sub.add_option("-o,--output", a->output_dir, "Output folder")->required();
    sub.add_option("--formats", a->formats, "Comma-separated: graphml,gexf,dot,csv,json")->capture_default_str();
    sub.add_option("--render", a->render, "Also render graph.dot to graph.svg or graph.png with Graphviz sfdp")
        ->check(CLI::IsMember({"svg", "png"}));
    sub.add_flag("--include-negated", a->include_negated, "Also negated triples (edges flagged negated)");
    sub.add_flag("--include-hypothetical", a->include_hypothetical, "Also planned and hypothetical triples");
    a->common.add(sub);
    a->view.add(sub);
    return [a] { return run_build(*a); };
}

Registrar reg_run("run",
                  "The main job: articles -> DIR/triples.jsonl and the graph in every format, with a summary",
                  [](CLI::App& sub) { return setup(sub, true); }, 5);
Registrar reg_build("build", "Build the graph from articles or triples files and write it in every format",
                    [](CLI::App& sub) { return setup(sub, false); }, 20);

}  // namespace
}  // namespace geokg::cli
