#include "graphio_util.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "geokg/article.hpp"
#include "geokg/graph_io.hpp"

namespace geokg {

std::string read_whole_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: cannot open: {}", path.string(), std::strerror(errno)));
    std::string out;
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > 0) {
        // One allocation, no stringstream copy.
        out.resize(static_cast<std::size_t>(size));
        in.read(out.data(), static_cast<std::streamsize>(size));
        out.resize(static_cast<std::size_t>(in.gcount()));
        if (in.bad()) throw InputError(fmt::format("{}: read error", path.string()));
        if (in.peek() == std::char_traits<char>::eof()) return out;
        in.clear();
    }
    std::ostringstream ss;  // size unknown (a pipe) or the file grew: read the rest
    ss << in.rdbuf();
    if (in.bad()) throw InputError(fmt::format("{}: read error", path.string()));
    return out + ss.str();
}

void trim(std::string& s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) {
        s.clear();
        return;
    }
    s = s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::optional<bool> parse_bool(std::string v) {
    trim(v);
    std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
    if (v == "true" || v == "1" || v == "yes") return true;
    if (v == "false" || v == "0" || v == "no" || v.empty()) return false;
    return std::nullopt;
}

std::optional<double> parse_number(const std::string& v0) {
    std::string v = v0;
    trim(v);
    if (v.empty()) return std::nullopt;
    std::string low = v;
    std::transform(low.begin(), low.end(), low.begin(), [](unsigned char c) { return std::tolower(c); });
    if (low == "nan") return std::nan("");
    if (low == "inf" || low == "infinity") return HUGE_VAL;
    if (low == "-inf" || low == "-infinity") return -HUGE_VAL;
    errno = 0;
    char* end = nullptr;
    double d = std::strtod(v.c_str(), &end);
    if (end != v.c_str() + v.size()) return std::nullopt;
    return d;
}

std::vector<std::string> split_list(const std::string& v) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : v) {
        if (c == kListSeparator) {
            trim(cur);
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    trim(cur);
    if (!cur.empty()) out.push_back(cur);
    return out;
}

void add_extra(std::map<std::string, ExtraAttr>& extra, std::vector<std::pair<std::string, std::string>>& keys,
               const std::string& name, const std::string& type, const std::string& value) {
    extra[name] = ExtraAttr{type, value};
    if (std::none_of(keys.begin(), keys.end(), [&](const auto& k) { return k.first == name; }))
        keys.emplace_back(name, type);
}

}  // namespace geokg
