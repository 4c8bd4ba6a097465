// geokg render graph.dot [-o graph.svg] [--format svg|png|pdf] [--engine sfdp]
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "command.hpp"
#include "geokg/article.hpp"
#include "geokg/export.hpp"
#include "geokg/io.hpp"

namespace geokg::cli {
namespace {

namespace fs = std::filesystem;

struct RenderArgs {
    std::string input;
    std::string output;
    std::string format;
    std::string engine = "sfdp";
    bool quiet = false;
};

int run_render(const RenderArgs& a) {
    fs::path in(a.input);
    if (!fs::is_regular_file(in)) throw InputError(fmt::format("{}: no such DOT file", a.input));
    std::string format = a.format;
    if (format.empty()) {
        auto ext = fs::path(a.output).extension().string();
        format = ext.size() > 1 ? ext.substr(1) : "svg";
    }
    fs::path out = a.output.empty() ? fs::path(in).replace_extension(format) : fs::path(a.output);
    render_dot(in, out, format, a.engine);
    if (!a.quiet) std::cerr << fmt::format("geokg render: {} -> {} ({})\n", in.string(), out.string(), a.engine);
    return kExitOk;
}

Registrar reg("render", "Lay out a DOT file with Graphviz (sfdp by default) into SVG, PNG or PDF",
              [](CLI::App& sub) -> std::function<int()> {
                  auto a = std::make_shared<RenderArgs>();
                  sub.add_option("DOT", a->input, "DOT file written by geokg build (graph.dot)")->required();
                  sub.add_option("-o,--output", a->output,
                                 "Picture to write (default: the DOT file's name with the format's extension)");
                  sub.add_option("-T,--format", a->format, "svg, png or pdf (default: from -o, else svg)")
                      ->check(CLI::IsMember({"svg", "png", "pdf"}));
                  sub.add_option("--engine", a->engine, "Graphviz layout program")
                      ->check(CLI::IsMember({"sfdp", "dot", "neato", "fdp", "twopi", "circo"}))
                      ->capture_default_str();
                  sub.add_flag("-q,--quiet", a->quiet, "No summary on standard error");
                  return [a] { return run_render(*a); };
              },
              60);

}  // namespace
}  // namespace geokg::cli
