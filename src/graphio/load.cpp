// load_graph: a graph file, or articles / triples built into a network on the fly.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "geokg/article.hpp"
#include "geokg/graph_io.hpp"

namespace geokg {

namespace {
std::string lower_ext(const std::string& path) {
    std::string e = std::filesystem::path(path).extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
    return e;
}
}  // namespace

bool is_graph_file(const std::string& path) {
    auto e = lower_ext(path);
    return e == ".graphml" || e == ".xml" || e == ".json";
}

bool is_graphml_file(const std::string& path) {
    auto e = lower_ext(path);
    return (e == ".graphml" || e == ".xml") && !std::filesystem::is_directory(path);
}

Network load_graph(const std::vector<std::string>& inputs, const LoadOptions& options) {
    if (inputs.empty()) throw InputError("no input graph");
    std::size_t graphs = std::count_if(inputs.begin(), inputs.end(), [](const auto& p) {
        return is_graph_file(p) && !std::filesystem::is_directory(p);
    });
    if (graphs > 0) {
        if (inputs.size() > 1)
            throw InputError(fmt::format("{}: a graph file must be the only input (got {} inputs)",
                                         inputs[0], inputs.size()));
        const auto& p = inputs[0];
        if (!std::filesystem::exists(p)) throw InputError(fmt::format("{}: no such file", p));
        return lower_ext(p) == ".json" ? read_graph_json(p) : read_graphml(p);
    }
    return build_network(inputs, options.build, options.pipeline, options.extractor);
}

}  // namespace geokg
