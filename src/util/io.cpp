#include "geokg/io.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <iostream>

namespace geokg {

namespace fs = std::filesystem;

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {
    if (target_ == "-") {
        to_stdout_ = true;
        return;
    }
    static std::atomic<unsigned> counter{0};
    fs::path dir = target_.parent_path();
    if (!dir.empty()) {
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec) throw OutputError(fmt::format("{}: cannot create folder: {}", dir.string(), ec.message()));
    }
    tmp_ = target_;
    tmp_ += fmt::format(".{}.{}.tmp", ::getpid(), counter++);
    out_.open(tmp_, std::ios::binary | std::ios::trunc);
    if (!out_) throw OutputError(fmt::format("{}: cannot write: {}", target_.string(), std::strerror(errno)));
}

AtomicFile::~AtomicFile() {
    if (!to_stdout_ && !committed_) {
        out_.close();
        std::error_code ec;
        fs::remove(tmp_, ec);
    }
}

std::ostream& AtomicFile::stream() { return to_stdout_ ? std::cout : static_cast<std::ostream&>(out_); }

void AtomicFile::commit() {
    if (to_stdout_) {
        std::cout.flush();
        committed_ = true;
        return;
    }
    out_.flush();
    bool ok = static_cast<bool>(out_);
    out_.close();
    if (!ok || out_.fail()) {
        std::error_code ec;
        fs::remove(tmp_, ec);
        committed_ = true;
        throw OutputError(fmt::format("{}: write failed (disk full?)", target_.string()));
    }
    std::error_code ec;
    fs::rename(tmp_, target_, ec);
    committed_ = true;
    if (ec) {
        fs::remove(tmp_, ec);
        throw OutputError(fmt::format("{}: cannot rename into place: {}", target_.string(), ec.message()));
    }
}

void write_atomically(const fs::path& target, const std::function<void(std::ostream&)>& writer) {
    AtomicFile f(target);
    writer(f.stream());
    f.commit();
}

}  // namespace geokg
