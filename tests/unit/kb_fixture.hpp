// The small knowledge base the extractor tests run on: tests/data/kb/*.json plus
// the real lexicons, copied once per process into a temporary folder of its own
// (named by process id: test runs from two build trees must not share it), which
// is removed when the process exits.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace geokg::testing {

inline std::filesystem::path fixture_kb_dir() {
    namespace fs = std::filesystem;
    struct Dir {
        fs::path path;
        ~Dir() {
            std::error_code ec;
            fs::remove_all(path, ec);
        }
    };
    static Dir dir{[] {
        fs::path src = fs::path(GEOKG_DATA_DIR).parent_path();
        fs::path d = fs::temp_directory_path() / ("geokg_test_kb." + std::to_string(::getpid()));
        fs::remove_all(d);
        fs::create_directories(d / "lexicon");
        for (auto& f : fs::directory_iterator(src / "tests" / "data" / "kb"))
            fs::copy_file(f.path(), d / f.path().filename(), fs::copy_options::overwrite_existing);
        for (auto& f : fs::directory_iterator(src / "data" / "lexicon"))
            if (f.path().extension() == ".json")
                fs::copy_file(f.path(), d / "lexicon" / f.path().filename(), fs::copy_options::overwrite_existing);
        return d;
    }()};
    return dir.path;
}

}  // namespace geokg::testing
