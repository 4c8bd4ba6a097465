// geokg extract INPUT... -o triples.jsonl
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "command.hpp"
#include "geokg/io.hpp"
#include "geokg/pipeline.hpp"
#include "geokg/triples_io.hpp"
#include "options.hpp"

namespace geokg::cli {
namespace {

struct ExtractArgs {
    std::vector<std::string> inputs;
    std::string output = "-";
    CommonOptions common;
    bool facts_only = false;
};

int run_extract(const ExtractArgs& a) {
    Extractor extractor(a.common.data_dir());
    AtomicFile out(a.output);
    std::string buf;
    auto stats = extract_all(expand_inputs(a.inputs), extractor, a.common.pipeline(),
                             [&](const Article&, std::vector<Triple>& triples) {
                                 for (const auto& t : triples)
                                     if (!a.facts_only || t.is_fact()) append_triple_json(t, buf);
                                 if (buf.size() > (1u << 20)) {
                                     out.stream().write(buf.data(), static_cast<std::streamsize>(buf.size()));
                                     buf.clear();
                                 }
                             });
    out.stream().write(buf.data(), static_cast<std::streamsize>(buf.size()));
    out.commit();
    if (!a.common.quiet)
        std::cerr << fmt::format("geokg extract: {} articles ({:.1f} MB), {} sentences -> {} triples in {:.2f} s\n",
                                 stats.articles, stats.bytes / 1e6, group_digits(stats.sentences), stats.triples,
                                 stats.seconds);
    return kExitOk;
}

Registrar reg("extract", "Extract schema triples (JSON Lines) from articles",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<ExtractArgs>();
                  sub.add_option("INPUT", a->inputs,
                                 "Article files or folders (recursive): .txt (scraped web text), "
                                 ".md (Markdown with front matter), .jsonl (records with id, title, "
                                 "date, url, text); - for standard input")
                      ->required();
                  sub.add_option("-o,--output", a->output, "Triples file to write (- = standard output)")
                      ->capture_default_str();
                  sub.add_flag("--facts-only", a->facts_only,
                               "Write only asserted, non-negated triples (default: all, flagged)");
                  a->common.add(sub);
                  return [a] { return run_extract(*a); };
              },
              10);

}  // namespace
}  // namespace geokg::cli
