// Ingest: input paths -> files -> articles (plain text, Markdown with YAML front
// matter, JSON Lines records). Cleaning is clean.cpp; the pipeline calls it.
#include <fcntl.h>
#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <unordered_set>

#include "geokg/article.hpp"
#include "ingest/ingest_detail.hpp"

namespace geokg {

namespace fs = std::filesystem;
using namespace ingest_detail;

namespace {

std::string lower(std::string_view s) {
    std::string r(s);
    for (auto& c : r) c = static_cast<char>(to_lower(static_cast<unsigned char>(c)));
    return r;
}

// Extensions a folder walk takes (a file named on the command line is always taken).
bool article_extension(const fs::path& p) {
    static constexpr std::array<std::string_view, 6> kExt{".txt", ".text", ".md", ".markdown", ".jsonl", ".ndjson"};
    std::string ext = lower(p.extension().string());
    if (ext.empty()) return true;
    return std::find(kExt.begin(), kExt.end(), ext) != kExt.end();
}

// Files a folder walk skips although their extension fits: a corpus's own
// documentation ("README.md", "LICENSE"), never an article.
bool repository_file(const fs::path& p) {
    static constexpr std::array<std::string_view, 11> kNames{
        "readme", "license", "licence", "copying", "notice", "changelog", "changes",
        "authors", "contributing", "code_of_conduct", "security"};
    std::string stem = lower(p.stem().string());
    return std::find(kNames.begin(), kNames.end(), stem) != kNames.end();
}

std::string read_all(const std::string& path) {
    std::string data;
    if (path == "-") {
        char buf[1 << 16];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) data.append(buf, n);
        if (std::ferror(stdin)) throw InputError("-: cannot read standard input");
        return data;
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) throw InputError(fmt::format("{}: no such file or folder", path));
        throw InputError(fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            ::close(fd);
            throw InputError(fmt::format("{}: is a folder, not a file", path));
        }
        if (S_ISREG(st.st_mode)) data.reserve(static_cast<std::size_t>(st.st_size));
    }
    char buf[1 << 16];
    for (;;) {
        if (data.capacity() > data.size()) {
            // read straight into the reserved buffer
            std::size_t old = data.size(), room = data.capacity() - old;
            data.resize(old + room);
            ssize_t n = ::read(fd, data.data() + old, room);
            if (n < 0 && errno == EINTR) {
                data.resize(old);
                continue;
            }
            if (n < 0) {
                int e = errno;
                ::close(fd);
                throw InputError(fmt::format("{}: cannot read: {}", path, std::strerror(e)));
            }
            data.resize(old + static_cast<std::size_t>(n));
            if (n == 0) break;
            continue;
        }
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int e = errno;
            ::close(fd);
            throw InputError(fmt::format("{}: cannot read: {}", path, std::strerror(e)));
        }
        if (n == 0) break;
        data.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return data;
}

std::string id_from_path(std::string_view source) {
    if (source == "-" || source.empty()) return "stdin";
    return fs::path(source).stem().string();
}

void check_size(std::string_view source, std::size_t size) {
    if (size >= std::numeric_limits<std::uint32_t>::max())
        throw InputError(fmt::format("{}: too large (an article must be under 4 GiB)", source));
}

// ---- Markdown front matter (libyaml) ----

void apply_front_matter_key(Article& a, std::string_view key, std::string value, std::string& fallback_date) {
    std::string k = lower(key);
    if (k == "title") {
        if (a.title.empty()) a.title = std::move(value);
    } else if (k == "date") {
        std::string iso = parse_date(value);
        if (!iso.empty()) {
            a.date = std::move(iso);
            a.date_source = DateSource::metadata;
        }
    } else if (k == "source_url" || k == "url" || k == "link" || k == "canonical_url" || k == "permalink") {
        if (a.url.empty()) a.url = std::move(value);
    } else if (k == "published" || k == "published_time" || k == "published_at" || k == "pubdate" ||
               k == "date_published" || k == "publish_date" || k == "created") {
        if (fallback_date.empty()) fallback_date = parse_date(value);
    }
}

void parse_front_matter(Article& a, std::string_view yaml, std::size_t first_line) {
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) throw InputError(fmt::format("{}: out of memory", a.source));
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(yaml.data()), yaml.size());
    int depth = 0;
    bool root_is_map = false, expect_key = true, done = false;
    std::string key, fallback_date;
    while (!done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            std::string msg = fmt::format("{}:{}: bad front matter: {}", a.source,
                                          first_line + parser.problem_mark.line,
                                          parser.problem ? parser.problem : "YAML error");
            if (parser.context) msg += fmt::format(" ({})", parser.context);
            yaml_parser_delete(&parser);
            throw InputError(msg);
        }
        switch (ev.type) {
            case YAML_MAPPING_START_EVENT:
            case YAML_SEQUENCE_START_EVENT:
                if (depth == 0) root_is_map = ev.type == YAML_MAPPING_START_EVENT;
                ++depth;
                break;
            case YAML_MAPPING_END_EVENT:
            case YAML_SEQUENCE_END_EVENT:
                --depth;
                if (depth == 1) expect_key = true;  // a nested value ended
                break;
            case YAML_SCALAR_EVENT:
                if (depth == 1 && root_is_map) {
                    std::string v(reinterpret_cast<const char*>(ev.data.scalar.value), ev.data.scalar.length);
                    if (expect_key) {
                        key = std::move(v);
                    } else {
                        apply_front_matter_key(a, key, std::move(v), fallback_date);
                    }
                    expect_key = !expect_key;
                }
                break;
            case YAML_ALIAS_EVENT:
                if (depth == 1) expect_key = !expect_key;
                break;
            case YAML_DOCUMENT_END_EVENT:
            case YAML_STREAM_END_EVENT:
                done = true;
                break;
            default:
                break;
        }
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&parser);
    if (a.date.empty() && !fallback_date.empty()) {
        a.date = std::move(fallback_date);
        a.date_source = DateSource::metadata;
    }
}

// ---- JSON Lines ----

const char* json_type(const rapidjson::Value& v) {
    switch (v.GetType()) {
        case rapidjson::kNullType: return "null";
        case rapidjson::kFalseType:
        case rapidjson::kTrueType: return "a boolean";
        case rapidjson::kObjectType: return "an object";
        case rapidjson::kArrayType: return "an array";
        case rapidjson::kStringType: return "a string";
        case rapidjson::kNumberType: return "a number";
    }
    return "?";
}

// An optional string field: absent or null -> empty.
std::string optional_string(const rapidjson::Value& obj, const char* name, std::string_view where) {
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd() || it->value.IsNull()) return {};
    if (!it->value.IsString())
        throw InputError(fmt::format("{}: \"{}\" must be a string, not {}", where, name, json_type(it->value)));
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

void parse_jsonl(std::string_view source, std::string_view content, const std::function<void(Article&&)>& sink) {
    std::size_t pos = 0, line_no = 0;
    if (content.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    rapidjson::Document doc;
    while (pos < content.size()) {
        std::size_t eol = content.find('\n', pos);
        if (eol == std::string_view::npos) eol = content.size();
        std::string_view line = content.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        bool blank = true;
        for (char c : line)
            if (!is_space(static_cast<unsigned char>(c))) {
                blank = false;
                break;
            }
        if (blank) continue;
        std::string where = fmt::format("{}:{}", source, line_no);
        doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
        if (doc.HasParseError())
            throw InputError(fmt::format("{}: bad JSON: {} (column {})", where,
                                         rapidjson::GetParseError_En(doc.GetParseError()), doc.GetErrorOffset() + 1));
        if (!doc.IsObject()) throw InputError(fmt::format("{}: a record must be a JSON object, not {}", where, json_type(doc)));
        Article a;
        auto id = doc.FindMember("id");
        if (id == doc.MemberEnd() || id->value.IsNull()) throw InputError(fmt::format("{}: missing \"id\"", where));
        if (id->value.IsString()) {
            a.id.assign(id->value.GetString(), id->value.GetStringLength());
        } else if (id->value.IsInt64()) {
            a.id = std::to_string(id->value.GetInt64());
        } else if (id->value.IsUint64()) {
            a.id = std::to_string(id->value.GetUint64());
        } else {
            throw InputError(fmt::format("{}: \"id\" must be a string, not {}", where, json_type(id->value)));
        }
        if (a.id.empty()) throw InputError(fmt::format("{}: \"id\" is empty", where));
        auto text = doc.FindMember("text");
        if (text == doc.MemberEnd() || text->value.IsNull()) throw InputError(fmt::format("{}: missing \"text\"", where));
        if (!text->value.IsString())
            throw InputError(fmt::format("{}: \"text\" must be a string, not {}", where, json_type(text->value)));
        a.original.assign(text->value.GetString(), text->value.GetStringLength());
        check_size(where, a.original.size());
        a.title = optional_string(doc, "title", where);
        a.url = optional_string(doc, "url", where);
        if (a.url.empty()) a.url = optional_string(doc, "source_url", where);
        std::string date = optional_string(doc, "date", where);
        if (!date.empty()) {
            a.date = parse_date(date);
            if (!a.date.empty()) a.date_source = DateSource::metadata;
        }
        a.source = std::move(where);
        a.format = InputFormat::jsonl;
        sink(std::move(a));
    }
}

void parse_into(std::string_view source, std::string content, InputFormat format,
                const std::function<void(Article&&)>& sink) {
    if (format == InputFormat::jsonl) {
        parse_jsonl(source, content, sink);
        return;
    }
    check_size(source, content.size());
    Article a;
    a.id = id_from_path(source);
    a.source = std::string(source);
    a.format = format;
    a.original = std::move(content);
    if (format == InputFormat::markdown) {
        FrontMatter fm = find_front_matter(a.original);
        if (fm.present)
            parse_front_matter(a, std::string_view(a.original).substr(fm.yaml_begin, fm.yaml_end - fm.yaml_begin),
                               fm.yaml_line);
    }
    sink(std::move(a));
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    auto add = [&](std::string p) {
        if (seen.insert(p).second) out.push_back(std::move(p));
    };
    for (const auto& in : inputs) {
        if (in == "-") {
            add(in);
            continue;
        }
        std::error_code ec;
        auto st = fs::status(in, ec);
        if (ec || !fs::exists(st)) throw InputError(fmt::format("{}: no such file or folder", in));
        if (!fs::is_directory(st)) {
            add(in);
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(in, fs::directory_options::none, ec), end;
        if (ec) throw InputError(fmt::format("{}: cannot list: {}", in, ec.message()));
        for (; it != end; it.increment(ec)) {
            if (ec) throw InputError(fmt::format("{}: cannot list: {}", in, ec.message()));
            const fs::path& p = it->path();
            std::string name = p.filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(ec)) continue;
            if (!article_extension(p) || repository_file(p)) continue;
            found.push_back(p.string());
        }
        if (ec) throw InputError(fmt::format("{}: cannot list: {}", in, ec.message()));
        std::sort(found.begin(), found.end());
        for (auto& f : found) add(std::move(f));
    }
    return out;
}

InputFormat detect_format(std::string_view path, std::string_view content) {
    if (path == "-") {
        std::size_t i = 0;
        if (content.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
        while (i < content.size() && is_space(static_cast<unsigned char>(content[i]))) ++i;
        if (i < content.size() && content[i] == '{') return InputFormat::jsonl;
        if (find_front_matter(content).present) return InputFormat::markdown;
        return InputFormat::text;
    }
    std::string ext = lower(fs::path(path).extension().string());
    if (ext == ".md" || ext == ".markdown") return InputFormat::markdown;
    if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::jsonl;
    return InputFormat::text;
}

void read_articles(const std::string& path, const std::function<void(Article&&)>& sink) {
    std::string content = read_all(path);
    InputFormat format = detect_format(path, content);
    parse_into(path, std::move(content), format, sink);
}

std::vector<Article> parse_articles(std::string_view source, std::string content, InputFormat format) {
    std::vector<Article> out;
    parse_into(source, std::move(content), format, [&](Article&& a) { out.push_back(std::move(a)); });
    return out;
}

}  // namespace geokg
