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
