// The small knowledge base the extractor tests run on: tests/data/kb/*.json plus
// the real lexicons, copied once per process into a temporary folder.
#pragma once

#include <filesystem>

namespace geokg::testing {

inline std::filesystem::path fixture_kb_dir() {
    namespace fs = std::filesystem;
    static fs::path dir = [] {
        fs::path src = fs::path(GEOKG_DATA_DIR).parent_path();
        fs::path d = fs::temp_directory_path() / "geokg_test_kb";
        fs::remove_all(d);
        fs::create_directories(d / "lexicon");
        for (auto& f : fs::directory_iterator(src / "tests" / "data" / "kb"))
            fs::copy_file(f.path(), d / f.path().filename(), fs::copy_options::overwrite_existing);
        for (auto& f : fs::directory_iterator(src / "data" / "lexicon"))
            if (f.path().extension() == ".json")
                fs::copy_file(f.path(), d / "lexicon" / f.path().filename(), fs::copy_options::overwrite_existing);
        return d;
    }();
    return dir;
}

}  // namespace geokg::testing
