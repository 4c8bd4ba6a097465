// Extract stage: an Article -> schema triples (docs/schema.md).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "geokg/article.hpp"
#include "geokg/types.hpp"

namespace geokg {

class KnowledgeBase;  // include/geokg/kb.hpp

// Where data/ is: $GEOKG_DATA if set, else the source tree's data/ (GEOKG_DATA_DIR),
// else <executable dir>/../share/geokg/data.
std::filesystem::path default_data_dir();

struct ExtractOptions {
    bool emit_negated = true;       // write negated triples (flagged)
    bool emit_hypothetical = true;  // write planned/hypothetical triples (flagged)
};

// What one extract() call saw, for progress and throughput reports.
struct ExtractStats {
    std::size_t sentences = 0;  // sentences the extractor split the article into
};

class Extractor {
public:
    // Loads the knowledge base and lexicons from `data_dir`; throws InputError
    // naming the file and the problem if one is missing or malformed.
    explicit Extractor(const std::filesystem::path& data_dir, ExtractOptions options = {});
    ~Extractor();
    Extractor(Extractor&&) noexcept;
    Extractor& operator=(Extractor&&) noexcept;

    // Thread-safe: one Extractor is shared by all worker threads.
    // The article must be cleaned (clean_article) already.
    // `stats`, when given, receives what the call saw.
    std::vector<Triple> extract(const Article& article, ExtractStats* stats = nullptr) const;

    const KnowledgeBase& knowledge_base() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace geokg
