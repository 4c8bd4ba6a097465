// Pipeline: parallel, order-preserving extraction over many inputs, and the
// "build a network from whatever the user gave" entry point.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "geokg/article.hpp"
#include "geokg/extract.hpp"
#include "geokg/graph.hpp"

namespace geokg {

struct PipelineOptions {
    unsigned threads = 0;       // 0 = all cores
    bool progress = false;      // a progress line on standard error
    std::size_t max_in_flight = 0;  // articles read ahead at most (0 = 64 per thread): bounds memory
};

struct PipelineStats {
    std::size_t files = 0, articles = 0, triples = 0;
    std::size_t bytes = 0;      // original input bytes
    std::size_t sentences = 0;  // sentences the extractor split the cleaned texts into
    double seconds = 0;
};

// Reads every article of `files` (already expanded: see expand_inputs), cleans
// and extracts them on a pool of worker threads, and calls `sink` on the calling
// thread once per article, in input order. An InputError in any file stops the
// run and is rethrown here (naming the file); nothing is passed to `sink` after it.
PipelineStats extract_all(const std::vector<std::string>& files, const Extractor& extractor,
                          const PipelineOptions& options,
                          const std::function<void(const Article&, std::vector<Triple>&)>& sink);

// True if the path names a triples file (schema JSON Lines) rather than articles.
bool is_triples_input(const std::string& path);

// Builds a network from inputs that may be articles (any form) or triples files,
// mixed. Articles are extracted with `extractor` (loaded on demand from the
// default data dir when null and articles are present).
Network build_network(const std::vector<std::string>& inputs, const BuildOptions& build,
                      const PipelineOptions& options, const Extractor* extractor = nullptr,
                      PipelineStats* stats = nullptr);

}  // namespace geokg
