// Small I/O helpers every stage uses: atomic output files.
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>

namespace geokg {

struct OutputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Writes a file through a temporary name in the same folder and renames it into
// place on commit(); if destroyed without commit() (an exception, a crash path)
// the temporary is removed and the target is left untouched.
// Path "-" writes to standard output directly.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ostream& stream();
    void commit();  // flush, fsync-free close, rename; throws OutputError on failure

private:
    std::filesystem::path target_, tmp_;
    std::ofstream out_;
    bool to_stdout_ = false, committed_ = false;
};

// Convenience: AtomicFile + a writer callback + commit.
void write_atomically(const std::filesystem::path& target,
                      const std::function<void(std::ostream&)>& writer);

}  // namespace geokg
