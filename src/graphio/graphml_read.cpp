// GraphML reader (pugixml), forgiving where Gephi, NetworkX, igraph and yEd differ.
#include <fmt/format.h>
#include <pugixml.hpp>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <unordered_map>

#include "geokg/article.hpp"
#include "geokg/graph_io.hpp"
#include "graphio_util.hpp"

namespace geokg {
namespace {

std::string_view local_name(const char* name) {
    std::string_view s(name);
    auto c = s.rfind(':');
    return c == std::string_view::npos ? s : s.substr(c + 1);
}

struct Key {
    std::string id, name, type, domain;  // domain: node, edge, graph, all
    bool has_default = false, skip = false, yfiles_node = false;
    std::string def;
    std::uint32_t name_id = 0;          // index of `name` among the distinct key names
    int node_field = -1, edge_field = -1;  // known property this key fills (see Field)
    bool numeric = false, boolean = false;
};

// Known properties, resolved once per key (not per element).
enum NodeField { nf_label, nf_type, nf_mentions, nf_articles, nf_first_seen, nf_last_seen, nf_aliases, nf_ignore, nf_extra };
enum EdgeField {
    ef_relation, ef_class, ef_weight, ef_count, ef_score, ef_first_date, ef_last_date, ef_confidence, ef_evidence,
    ef_sources, ef_dates, ef_negated, ef_modality, ef_label, ef_id, ef_ignore, ef_extra
};

int node_field_of(const std::string& n) {
    if (n == "label") return nf_label;
    if (n == "type") return nf_type;
    if (n == "mentions") return nf_mentions;
    if (n == "articles") return nf_articles;
    if (n == "first_seen") return nf_first_seen;
    if (n == "last_seen") return nf_last_seen;
    if (n == "aliases") return nf_aliases;
    if (n == "size" || n == "color" || n == "r" || n == "g" || n == "b") return nf_ignore;
    return nf_extra;
}

int edge_field_of(const std::string& n) {
    static const std::pair<const char*, int> table[] = {
        {"relation", ef_relation}, {"class", ef_class},       {"weight", ef_weight},
        {"count", ef_count},       {"score", ef_score},       {"first_date", ef_first_date},
        {"last_date", ef_last_date}, {"confidence", ef_confidence}, {"evidence", ef_evidence},
        {"sources", ef_sources},   {"dates", ef_dates},       {"negated", ef_negated},
        {"modality", ef_modality}, {"label", ef_label},       {"id", ef_id},
        {"color", ef_ignore},      {"r", ef_ignore},          {"g", ef_ignore},
        {"b", ef_ignore},
    };
    for (const auto& [name, f] : table)
        if (n == name) return f;
    return ef_extra;
}

bool is_name(const char* name, std::string_view want) { return local_name(name) == want; }

// Node id -> vertex index: open addressing, one 16-byte slot per entry holding
// the vertex, a hash tag and, for ids up to 7 bytes (n0, n1, ... as NetworkX and
// igraph write them), the id itself, so a lookup usually touches one cache line.
// Longer ids are compared with their view into the parsed buffer. Vertices are
// numbered 0, 1, ... in insertion order.
class IdIndex {
public:
    void reserve(std::size_t n) {
        keys_.reserve(n);
        if (n * 4 > slots_.size() * 3) rehash(n * 4 / 3 + 1);
    }
    std::size_t size() const { return keys_.size(); }
    static std::uint64_t hash(std::string_view s) {  // FNV-1a, then mixed (ids often differ in the last bytes)
        std::uint64_t h = 1469598103934665603ull;
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
        h ^= h >> 32;
        h *= 0x9e3779b97f4a7c15ull;
        return h ^ (h >> 29);
    }
    // hash() of a NUL-terminated id, and its length, in one pass.
    static void hash_cstr(const char* id, std::uint64_t& h, std::size_t& len) {
        std::uint64_t x = 1469598103934665603ull;
        const char* p = id;
        for (; *p; ++p) x = (x ^ static_cast<unsigned char>(*p)) * 1099511628211ull;
        x ^= x >> 32;
        x *= 0x9e3779b97f4a7c15ull;
        h = x ^ (x >> 29);
        len = static_cast<std::size_t>(p - id);
    }
    // A hint that `id` (of hash h) is looked up soon.
    void prefetch(std::uint64_t h) const {
        if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
    }
    // The vertex of `id`, or -1.
    std::int64_t find(std::string_view id) const { return find(id, hash(id)); }
    std::int64_t find(std::string_view id, std::uint64_t h) const {
        if (slots_.empty()) return -1;
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.v1 == 0) return -1;
            if (s.tag != tag || s.len != std::min<std::size_t>(id.size(), kLong)) continue;
            if (s.len < kLong ? same_short(s.inl, id.data(), s.len) : keys_[s.v1 - 1] == id) return s.v1 - 1;
        }
    }
    // Adds `id` (not present) as the next vertex.
    std::uint32_t insert(std::string_view id) {
        if ((keys_.size() + 1) * 4 > slots_.size() * 3) rehash(std::max<std::size_t>(16, slots_.size() * 2));
        auto v = static_cast<std::uint32_t>(keys_.size());
        keys_.push_back(id);
        place(id, v);
        return v;
    }

private:
    static bool same_short(const char* a, const char* b, std::size_t n) {  // n < 8: inline, no memcmp call
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i]) return false;
        return true;
    }
    static constexpr std::size_t kLong = sizeof(char[7]) + 1;  // len value of an id not stored inline (> 7 bytes)
    struct Slot {
        std::uint32_t v1 = 0;   // vertex + 1; 0: empty
        std::uint32_t tag = 0;  // high half of the hash
        std::uint8_t len = 0;   // id length, or kLong
        char inl[7] = {};
    };
    void place(std::string_view id, std::uint32_t v) {
        const std::uint64_t h = hash(id);
        std::size_t i = h & mask_;
        while (slots_[i].v1 != 0) i = (i + 1) & mask_;
        Slot& s = slots_[i];
        s.v1 = v + 1;
        s.tag = static_cast<std::uint32_t>(h >> 32);
        if (id.size() < kLong) {
            s.len = static_cast<std::uint8_t>(id.size());
            std::memcpy(s.inl, id.data(), id.size());
        } else {
            s.len = static_cast<std::uint8_t>(kLong);
        }
    }
    void rehash(std::size_t want) {
        std::size_t cap = 16;
        while (cap < want) cap *= 2;
        slots_.assign(cap, Slot{});
        mask_ = cap - 1;
        for (std::uint32_t v = 0; v < keys_.size(); ++v) place(keys_[v], v);
    }
    std::vector<std::string_view> keys_;
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
};

// Memory for the text and for pugixml's DOM: anonymous mappings, advised for
// transparent huge pages from a megabyte on, so a big file costs a few page faults
// instead of one per 4 KiB (page faults were a third to a half of the read's time,
// from 1 MB files up). Released when the reader ends.
class Region {
public:
    Region() = default;
    explicit Region(std::size_t len) {
        constexpr std::size_t huge = std::size_t{2} << 20;
        if (len >= (std::size_t{1} << 20)) len = (len + huge - 1) / huge * huge + huge;  // room to align to a huge page
        void* p = ::mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) throw std::bad_alloc();
        map_ = static_cast<char*>(p);
        map_len_ = len;
        data_ = map_;
        cap_ = len;
        if (len >= huge) {
            auto a = (reinterpret_cast<std::uintptr_t>(map_) + huge - 1) & ~(huge - 1);
            data_ = reinterpret_cast<char*>(a);
            cap_ = len - (data_ - map_);
            ::madvise(data_, cap_ / huge * huge, MADV_HUGEPAGE);  // a hint: failure only costs speed
        }
    }
    Region(Region&& o) noexcept { swap(o); }
    Region& operator=(Region&& o) noexcept {
        swap(o);
        return *this;
    }
    Region(const Region&) = delete;
    Region& operator=(const Region&) = delete;
    ~Region() {
        if (map_) ::munmap(map_, map_len_);
    }
    char* data() const { return data_; }
    std::size_t capacity() const { return cap_; }
    bool contains(const void* p) const {
        auto c = static_cast<const char*>(p);
        return c >= data_ && c < data_ + cap_;
    }

private:
    void swap(Region& o) noexcept {
        std::swap(map_, o.map_);
        std::swap(map_len_, o.map_len_);
        std::swap(data_, o.data_);
        std::swap(cap_, o.cap_);
    }
    char* map_ = nullptr;
    std::size_t map_len_ = 0;
    char* data_ = nullptr;
    std::size_t cap_ = 0;
};

// The text of a file, read into a Region (no zero-filled std::string, no copy).
struct Text {
    Region mem;
    std::size_t size = 0;
    const char* begin() const { return mem.data(); }
    const char* end() const { return mem.data() + size; }
};

Text text_of(const std::string& s) {
    Text t{Region(s.size() + 1), s.size()};
    std::memcpy(t.mem.data(), s.data(), s.size());
    return t;
}

Text read_text(const std::filesystem::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(fmt::format("{}: cannot open: {}", path.string(), std::strerror(errno)));
    struct stat st {};
    Text t;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        const auto want = static_cast<std::size_t>(st.st_size);
        t.mem = Region(want + 1);
        while (t.size < want) {
            auto n = ::read(fd, t.mem.data() + t.size, want - t.size);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                ::close(fd);
                throw InputError(fmt::format("{}: read error", path.string()));
            }
            if (n == 0) break;  // the file shrank
            t.size += static_cast<std::size_t>(n);
        }
        char c;
        bool grew = t.size == want && ::read(fd, &c, 1) == 1;
        ::close(fd);
        if (!grew) return t;
    } else {
        ::close(fd);
    }
    return text_of(read_whole_file(path));  // a pipe, an empty or a growing file: the general way
}

// pugixml allocates through global functions: while a reader runs on this thread
// they take memory from its arena (huge-page regions, freed all at once with the
// reader), elsewhere malloc/free as before.
class Arena {
public:
    explicit Arena(std::size_t first) : next_(std::max<std::size_t>(first, std::size_t{1} << 16)) {}
    void* allocate(std::size_t n) {
        n = (n + 15) & ~std::size_t{15};
        if (static_cast<std::size_t>(end_ - cur_) < n) {
            regions_.emplace_back(std::max(n, next_));
            cur_ = regions_.back().data();
            end_ = cur_ + regions_.back().capacity();
            next_ *= 2;
        }
        void* p = cur_;
        cur_ += n;
        return p;
    }
    bool owns(const void* p) const {
        return std::any_of(regions_.begin(), regions_.end(), [&](const Region& r) { return r.contains(p); });
    }

private:
    std::vector<Region> regions_;
    char* cur_ = nullptr;
    char* end_ = nullptr;
    std::size_t next_;
};

thread_local Arena* t_arena = nullptr;

void* pugi_allocate(std::size_t n) { return t_arena ? t_arena->allocate(n) : std::malloc(n); }
void pugi_deallocate(void* p) {
    if (t_arena && t_arena->owns(p)) return;  // freed with the arena
    std::free(p);
}

struct ArenaScope {
    explicit ArenaScope(Arena& a) {
        static const bool installed = (pugi::set_memory_management_functions(pugi_allocate, pugi_deallocate), true);
        (void)installed;
        t_arena = &a;
    }
    ~ArenaScope() { t_arena = nullptr; }
    ArenaScope(const ArenaScope&) = delete;
    ArenaScope& operator=(const ArenaScope&) = delete;
};

// A NUL-terminated name equal to a literal, compared inline (no strcmp call per element).
template <std::size_t N>
bool is_lit(const char* n, const char (&lit)[N]) {
    for (std::size_t i = 0; i < N; ++i)
        if (n[i] != lit[i]) return false;  // stops at n's NUL: lit[N-1] is NUL
    return true;
}

// Element kinds by (local) name, without building a string_view for the common unprefixed names.
enum Kind { k_other, k_node, k_edge, k_graph, k_data };
Kind kind_of(const char* n) {
    switch (n[0]) {
        case 'n': if (is_lit(n, "node")) return k_node; break;
        case 'e': if (is_lit(n, "edge")) return k_edge; break;
        case 'g': if (is_lit(n, "graph")) return k_graph; break;
        case 'd': if (is_lit(n, "data")) return k_data; break;
        case 0: return k_other;
        default: break;
    }
    if (!std::strchr(n, ':')) return k_other;
    auto ln = local_name(n);
    if (ln == "node") return k_node;
    if (ln == "edge") return k_edge;
    if (ln == "graph") return k_graph;
    if (ln == "data") return k_data;
    return k_other;
}
// With the parse flags below only elements have names (comments, processing instructions and
// declarations are not kept; text and CDATA nodes have none), so the name alone tells the kind.
Kind element_kind(pugi::xml_node c) { return kind_of(c.name()); }

// The value of the attribute `name`: the first attribute is tried inline (<data key=...>, <node id=...>).
template <std::size_t N>
const char* attr(pugi::xml_node el, const char (&name)[N]) {
    auto a = el.first_attribute();
    if (a && is_lit(a.name(), name)) return a.value();
    return el.attribute(name).value();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
std::string_view trim_view(std::string_view s) {  // as trim()
    std::size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

// A NUL-terminated string equal to a std::string (no strlen, no memcmp call).
bool same_id(const char* c, const std::string& s) {
    for (char x : s)
        if (*c++ != x) return false;
    return *c == 0;
}

// parse_number of the text: plain decimal numbers with from_chars (correctly rounded,
// as strtod), anything else (nan, inf, a leading +, hex, out of range) by parse_number.
std::optional<double> fast_number(std::string_view s) {
    s = trim_view(s);
    if (s.empty()) return std::nullopt;
    double d = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(d)) return d;
    return parse_number(std::string(s));
}

std::optional<bool> fast_bool(std::string_view s) {
    if (s == "true" || s == "1") return true;
    if (s == "false" || s == "0") return false;
    return parse_bool(std::string(s));
}

// One value of a <data> or a default, checked against its key's type: s is the
// normalized text (trimmed number, "true"/"false", the string as given), a view
// into the parsed text, a key's default or a literal.
struct Val {
    std::string_view s;
    double num = 0;
    bool has_num = false;
};

class Reader {
public:
    // cols: when set, nodes and edges go to these columns instead of a Network
    // (the same walk, values, checks and fall-backs; see GraphColumns).
    Reader(Text text, std::string file, GraphColumns* cols = nullptr)
        : text_(std::move(text)), file_(std::move(file)), cols_(cols) {}

    Network run() {
        Arena arena(text_.size * 3);  // the DOM of an edge list takes about 3 bytes per byte of text
        ArenaScope scope(arena);
        pugi::xml_document doc;  // after the arena: released before it
        // In place: no second copy of the text; the text of an element is kept in the element
        // (parse_embed_pcdata), not in a child node of its own. Line numbers in errors are unaffected (pugixml
        // only shortens text between markup, never across the newlines we count up to an offset).
        auto res = doc.load_buffer_inplace(text_.mem.data(), text_.size,
                                           (pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_embed_pcdata), pugi::encoding_auto);
        if (!res) fail(static_cast<std::ptrdiff_t>(res.offset), fmt::format("malformed XML: {}", res.description()));
        pugi::xml_node root;
        for (auto c : doc.children())
            if (c.type() == pugi::node_element) root = c;
        if (!root || local_name(root.name()) != "graphml")
            fail(root ? root.offset_debug() : 0, "not a GraphML file (the root element is not <graphml>)");
        std::vector<std::string> names;
        for (auto k : root.children()) {
            if (k.type() != pugi::node_element || !is_name(k.name(), "key")) continue;
            Key key;
            key.id = k.attribute("id").value();
            if (key.id.empty()) fail(k.offset_debug(), "<key> without id");
            key.name = k.attribute("attr.name").value();
            if (key.name.empty()) key.name = key.id;
            key.type = k.attribute("attr.type").value();
            if (key.type.empty()) key.type = "string";
            if (key.type == "integer") key.type = "int";
            key.numeric = key.type == "int" || key.type == "long" || key.type == "float" || key.type == "double";
            key.boolean = key.type == "boolean";
            key.domain = k.attribute("for").value();
            if (key.domain.empty()) key.domain = "all";
            std::string yf = k.attribute("yfiles.type").value();
            if (!yf.empty()) {
                key.skip = true;
                key.yfiles_node = yf == "nodegraphics";
            }
            for (auto d : k.children())
                if (d.type() == pugi::node_element && is_name(d.name(), "default")) {
                    key.has_default = true;
                    key.def = d.text().get();
                }
            auto nit = std::find(names.begin(), names.end(), key.name);
            key.name_id = static_cast<std::uint32_t>(nit - names.begin());
            if (nit == names.end()) names.push_back(key.name);
            key.node_field = node_field_of(key.name);
            key.edge_field = edge_field_of(key.name);
            // A later <key> with the same id replaces the earlier one.
            auto same = std::find_if(keys_.begin(), keys_.end(), [&](const Key& x) { return x.id == key.id; });
            if (same != keys_.end()) *same = std::move(key);
            else keys_.push_back(std::move(key));
        }
        for (std::size_t i = 0; i < keys_.size(); ++i) key_index_.emplace(keys_[i].id, i);
        seen_.assign(names.size(), 0);
        def_val_.resize(keys_.size());
        def_ok_.assign(keys_.size(), false);
        for (std::size_t i = 0; i < keys_.size(); ++i) {
            const Key& k = keys_[i];
            if (!k.has_default || k.skip) continue;
            if (k.domain == "node" || k.domain == "all") node_defaults_.push_back(i);
            if (k.domain == "edge" || k.domain == "all") edge_defaults_.push_back(i);
            // Checked once here; an invalid default fails at the first element that uses it.
            def_ok_[i] = try_value(k, k.def, def_val_[i]);
        }
        if (cols_) {
            // Columns keep a few fields: the <data> of a string key for another field is skipped unread
            // (booleans and numbers are still checked).
            idle_[0].assign(keys_.size(), 0);
            idle_[1].assign(keys_.size(), 0);
            for (std::size_t i = 0; i < keys_.size(); ++i) {
                const Key& k = keys_[i];
                if (k.numeric || k.boolean) continue;
                switch (k.node_field) {
                    case nf_first_seen: case nf_last_seen: case nf_aliases: case nf_ignore: idle_[1][i] = 1; break;
                    case nf_extra: idle_[1][i] = k.name != "name"; break;
                    default: break;
                }
                switch (k.edge_field) {
                    case ef_evidence: case ef_sources: case ef_dates: case ef_negated: case ef_modality:
                    case ef_ignore: case ef_extra: idle_[0][i] = 1; break;
                    default: break;
                }
            }
        }
        pugi::xml_node graph;
        for (auto c : root.children())
            if (c.type() == pugi::node_element && is_name(c.name(), "graph")) {
                graph = c;
                break;
            }
        if (!graph) fail(root.offset_debug(), "no <graph> element");
        std::string ed = graph.attribute("edgedefault").value();
        net_.directed = ed == "directed";
        if (cols_) cols_->directed = net_.directed;
        reserve(graph);
        // Nodes first (document order, nested graphs included), then edges: an edge to a node
        // declared nowhere creates it after all declared nodes, in edge order.
        for (auto c : top_nodes_) read_node_tree(c);
        read_edges(graph);
        if (cols_) drain_endpoints();
        return std::move(net_);
    }

private:
    // Room for every vertex and edge up front: one counting pass over the top-level
    // children (nested graphs only add to what grows as usual), which also keeps the
    // top-level nodes so the node pass does not walk the edges.
    void reserve(pugi::xml_node graph) {
        std::size_t nodes = 0, edges = 0;
        for (auto c = graph.first_child(); c; c = c.next_sibling()) {
            auto k = element_kind(c);
            if (k == k_node) top_nodes_.push_back(c);
            edges += k == k_edge;
        }
        nodes = top_nodes_.size();
        ids_.reserve(nodes);
        if (cols_) {
            cols_->node_id.reserve(nodes);
            cols_->node_label.reserve(nodes);
            cols_->node_type.reserve(nodes);
            for (auto* v : {&cols_->relation, &cols_->cls, &cols_->first_date, &cols_->last_date}) v->reserve(edges);
            cols_->source.reserve(edges);
            cols_->target.reserve(edges);
            cols_->weight.reserve(edges);
        } else {
            net_.g.m_vertices.reserve(nodes);
            net_.index.reserve(nodes);
        }
    }

    [[noreturn]] void fail(std::ptrdiff_t offset, const std::string& what) const {
        std::size_t line = 1;
        if (offset > 0)
            line += static_cast<std::size_t>(
                std::count(text_.begin(), text_.begin() + std::min<std::ptrdiff_t>(offset, static_cast<std::ptrdiff_t>(text_.size)), '\n'));
        throw InputError(fmt::format("{}: line {}: {}", file_, line, what));
    }

    // The value of a <data> (or default) checked against its key's type; false if it does not fit.
    static bool try_value(const Key& k, std::string_view raw, Val& v) {
        v = Val{};
        if (k.boolean) {
            auto b = fast_bool(raw);
            if (!b) return false;
            v.s = *b ? "true" : "false";
        } else if (k.numeric) {
            v.s = trim_view(raw);
            auto d = fast_number(v.s);
            if (!d) return false;
            v.num = *d;
            v.has_num = true;
        } else {
            v.s = raw;
        }
        return true;
    }
    Val value(const Key& k, std::string_view raw, pugi::xml_node at) const {
        Val v;
        if (try_value(k, raw, v)) return v;
        if (k.boolean) fail(at.offset_debug(), fmt::format("attribute \"{}\": \"{}\" is not a boolean", k.name, raw));
        fail(at.offset_debug(), fmt::format("attribute \"{}\": \"{}\" is not a number", k.name, trim_view(raw)));
    }

    // The key a <data key="..."> refers to: elements mostly give their data in the same
    // order, so the key that followed the previous one (prev: its index + 1, 0 at the
    // first <data>) last time is tried first.
    std::size_t key_of(pugi::xml_node d, std::size_t prev, std::vector<std::size_t>& next) {
        const char* kid = attr(d, "key");
        if (next.empty()) next.assign(keys_.size() + 1, keys_.size());
        const std::size_t g = next[prev];
        if (g < keys_.size() && same_id(kid, keys_[g].id)) return g;
        auto it = key_index_.find(std::string_view(kid));
        if (it == key_index_.end()) fail(d.offset_debug(), fmt::format("<data> refers to undeclared key \"{}\"", kid));
        next[prev] = it->second;
        return it->second;
    }

    // Calls f(key, value) for each <data> of an element, then for each default of
    // the domain whose name the element did not give. True if the element has a
    // <graph> child (a nested graph).
    template <class F>
    bool data_of(pugi::xml_node el, bool node, std::string_view* yed_label, F&& f) {
        ++stamp_;
        bool nested = false;
        std::size_t prev = 0;
        const auto& idle = idle_[node];
        for (auto d = el.first_child(); d; d = d.next_sibling()) {
            auto kind = element_kind(d);
            if (kind == k_graph) nested = true;
            if (kind != k_data) continue;
            const std::size_t ki = key_of(d, prev, guess_[node]);
            prev = ki + 1;
            const Key& k = keys_[ki];
            if (k.skip) {
                if (k.yfiles_node && yed_label && yed_label->empty()) {
                    auto lab = d.find_node([](pugi::xml_node x) { return local_name(x.name()) == "NodeLabel"; });
                    if (lab) *yed_label = lab.text().get();
                }
                continue;
            }
            // With parse_embed_pcdata leading text is the element's own value (what text() gives then).
            const char* text = d.value();
            if (!*text) {
                // Structured (an element first, no text before it): skip.
                auto first = d.first_child();
                if (first && first.type() == pugi::node_element) continue;
                text = d.text().get();
            }
            seen_[k.name_id] = stamp_;
            if (!idle.empty() && idle[ki]) continue;  // a value f ignores and nothing to check
            f(k, value(k, text, d));
        }
        for (auto i : node ? node_defaults_ : edge_defaults_) {
            const Key& k = keys_[i];
            if (seen_[k.name_id] == stamp_) continue;
            f(k, def_ok_[i] ? def_val_[i] : value(k, k.def, el));
        }
        return nested;
    }

    // Nodes in document order, nested graphs (under a node) included.
    void read_nodes(pugi::xml_node graph) {
        for (auto c = graph.first_child(); c; c = c.next_sibling())
            if (element_kind(c) == k_node) read_node_tree(c);
    }
    void read_node_tree(pugi::xml_node c) {
        if (read_node(c)) {
            any_nested_ = true;
            for (auto sub = c.first_child(); sub; sub = sub.next_sibling())
                if (element_kind(sub) == k_graph) read_nodes(sub);
        }
    }

    // Edges in document order, those of nested graphs where their node is.
    void read_edges(pugi::xml_node graph) {
        for (auto c = graph.first_child(); c; c = c.next_sibling()) {
            auto k = element_kind(c);
            if (k == k_edge) {
                if (cols_) read_edge_columns(c);
                else read_edge(c);
            } else if (k == k_node && any_nested_) {
                for (auto sub = c.first_child(); sub; sub = sub.next_sibling())
                    if (element_kind(sub) == k_graph) read_edges(sub);
            }
        }
    }

    std::string_view node_id_of(pugi::xml_node el) {
        std::string_view id = attr(el, "id");  // in the parsed buffer: lives as long as the reader
        if (id.empty()) fail(el.offset_debug(), "<node> without id");
        if (ids_.find(id) >= 0) fail(el.offset_debug(), fmt::format("duplicate node id \"{}\"", id));
        return id;
    }

    // True if the node holds a nested graph.
    bool read_node(pugi::xml_node el) {
        if (cols_) return read_node_columns(el);
        auto id = node_id_of(el);
        NodeProps p;
        p.id = id;
        std::string_view yed_label, name_attr;
        bool nested = data_of(el, true, &yed_label, [&](const Key& k, const Val& v) {
            switch (k.node_field) {
                case nf_label: p.label = v.s; break;
                case nf_type: p.type = v.s; break;
                case nf_mentions: p.mentions = to_count(v, k.name, el); break;
                case nf_articles: p.articles = to_count(v, k.name, el); break;
                case nf_first_seen: p.first_seen = v.s; break;
                case nf_last_seen: p.last_seen = v.s; break;
                case nf_aliases: p.aliases = split_list(std::string(v.s)); break;
                case nf_ignore: break;
                default:
                    if (k.name == "name") name_attr = v.s;
                    add_extra(p.extra, net_.node_extra_keys, k.name, k.type, std::string(v.s));
            }
        });
        if (p.label.empty()) p.label = !yed_label.empty() ? yed_label : !name_attr.empty() ? name_attr : id;
        ids_.insert(id);
        net_.add_node(std::move(p));
        return nested;
    }

    // The same checks and fall-backs as read_node, keeping only what the columns hold.
    bool read_node_columns(pugi::xml_node el) {
        auto id = node_id_of(el);
        std::string_view label, type, yed_label, name_attr;
        bool nested = data_of(el, true, &yed_label, [&](const Key& k, const Val& v) {
            switch (k.node_field) {
                case nf_label: label = v.s; break;
                case nf_type: type = v.s; break;
                case nf_mentions:
                case nf_articles: to_count(v, k.name, el); break;
                case nf_first_seen:
                case nf_last_seen:
                case nf_aliases:
                case nf_ignore: break;
                default:
                    if (k.name == "name") name_attr = v.s;
            }
        });
        if (label.empty()) label = !yed_label.empty() ? yed_label : !name_attr.empty() ? name_attr : id;
        add_column_vertex(id, label, type);
        return nested;
    }

    std::uint32_t add_column_vertex(std::string_view id, std::string_view label, std::string_view type) {
        auto v = ids_.insert(id);
        cols_->node_id.emplace_back(id);
        cols_->node_label.emplace_back(label);
        cols_->node_type.push_back(type);
        return v;
    }

    // An edge's source, target and id attributes ("" when missing).
    struct EdgeAttrs {
        const char* source = "";
        const char* target = "";
        const char* id = "";
    };
    EdgeAttrs edge_attrs(pugi::xml_node el) const {
        EdgeAttrs a;
        bool s = false, t = false, i = false;  // the first of each name counts, as xml_node::attribute(name)
        for (auto at = el.first_attribute(); at; at = at.next_attribute()) {
            const char* n = at.name();
            if (!s && is_lit(n, "source")) s = true, a.source = at.value();
            else if (!t && is_lit(n, "target")) t = true, a.target = at.value();
            else if (!i && is_lit(n, "id")) i = true, a.id = at.value();
        }
        if (!*a.source || !*a.target) fail(el.offset_debug(), "<edge> without source or target");
        return a;
    }

    void read_edge(pugi::xml_node el) {
        auto at = edge_attrs(el);
        EdgeProps e;
        e.id = at.id;
        std::string label;
        data_of(el, false, nullptr, [&](const Key& k, const Val& v) {
            switch (k.edge_field) {
                case ef_relation: e.relation = v.s; break;
                case ef_class: e.cls = v.s; break;
                case ef_weight: e.weight = to_double(v, k.name, el); break;
                case ef_count: e.count = to_count(v, k.name, el); break;
                case ef_score: e.score = to_double(v, k.name, el); break;
                case ef_first_date: e.first_date = v.s; break;
                case ef_last_date: e.last_date = v.s; break;
                case ef_confidence: e.confidence = to_double(v, k.name, el); break;
                case ef_evidence: e.evidence = v.s; break;
                case ef_sources: e.sources = split_list(std::string(v.s)); break;
                case ef_dates: e.dates = split_list(std::string(v.s)); break;
                case ef_negated: e.negated = fast_bool(v.s).value_or(false); break;
                case ef_modality: e.modality = v.s == "asserted" ? std::string_view() : v.s; break;
                case ef_label: label = v.s; break;
                case ef_id:
                    if (e.id.empty()) e.id = v.s;
                    else add_extra(e.extra, net_.edge_extra_keys, k.name, k.type, std::string(v.s));
                    break;
                case ef_ignore: break;
                default: add_extra(e.extra, net_.edge_extra_keys, k.name, k.type, std::string(v.s));
            }
        });
        if (e.relation.empty()) e.relation = label;
        else if (!label.empty() && label != e.relation)
            add_extra(e.extra, net_.edge_extra_keys, "label", "string", label);
        if (e.id.empty()) {
            e.id = "e";
            e.id += fmt::format_int(edge_count_).c_str();
        }
        ++edge_count_;
        auto s = node_for(at.source), t = node_for(at.target);
        boost::add_edge(s, t, std::move(e), net_.g);
    }

    // The same checks and fall-backs as read_edge, keeping only what the columns hold.
    void read_edge_columns(pugi::xml_node el) {
        auto at = edge_attrs(el);
        std::string_view id = at.id, relation, cls, first_date, last_date, label;
        double weight = 1.0;
        data_of(el, false, nullptr, [&](const Key& k, const Val& v) {
            switch (k.edge_field) {
                case ef_relation: relation = v.s; break;
                case ef_class: cls = v.s; break;
                case ef_weight: weight = to_double(v, k.name, el); break;
                case ef_count: to_count(v, k.name, el); break;
                case ef_score:
                case ef_confidence: to_double(v, k.name, el); break;
                case ef_first_date: first_date = v.s; break;
                case ef_last_date: last_date = v.s; break;
                case ef_label: label = v.s; break;
                case ef_id:
                    if (id.empty()) id = v.s;
                    break;
                default: break;
            }
        });
        if (relation.empty()) relation = label;
        // Edge ids are kept only once the file gives one: until then edge i is "e<i>" (GraphColumns::edge_name),
        // which spares a string per edge on files without ids (most files from elsewhere).
        if (!id.empty() && cols_->edge_id.empty()) {
            cols_->edge_id.reserve(cols_->source.capacity());
            for (std::size_t i = 0; i < edge_count_; ++i) cols_->edge_id.push_back(GraphColumns::generated_edge_id(i));
        }
        if (!cols_->edge_id.empty() || !id.empty())
            cols_->edge_id.emplace_back(id.empty() ? GraphColumns::generated_edge_id(edge_count_) : std::string(id));
        ++edge_count_;
        cols_->weight.push_back(weight);
        cols_->relation.push_back(relation);
        cols_->cls.push_back(cls);
        cols_->first_date.push_back(first_date);
        cols_->last_date.push_back(last_date);
        endpoint(at.source);
        endpoint(at.target);
    }

    // The columns' source and target: each edge's endpoints looked up (an undeclared one
    // added) in edge order, source before target, as node_for does for a Network; a few
    // endpoints wait in a ring so the index slot of each is prefetched before it is read.
    struct Pending {
        const char* id;
        std::size_t len;
        std::uint64_t h;
    };
    static constexpr std::size_t kAhead = 16;  // a power of 2
    void endpoint(const char* id) {
        std::uint64_t h;
        std::size_t len;
        IdIndex::hash_cstr(id, h, len);
        ids_.prefetch(h);
        if (pending_n_ == kAhead) resolve(pending_[pending_at_ % kAhead]), ++pending_at_, --pending_n_;
        pending_[(pending_at_ + pending_n_) % kAhead] = Pending{id, len, h};
        ++pending_n_;
    }
    void drain_endpoints() {
        while (pending_n_) resolve(pending_[pending_at_ % kAhead]), ++pending_at_, --pending_n_;
    }
    void resolve(const Pending& p) {
        std::string_view id(p.id, p.len);
        auto found = ids_.find(id, p.h);
        std::uint32_t v = found >= 0 ? static_cast<std::uint32_t>(found) : add_column_vertex(id, id, {});
        (resolved_++ % 2 == 0 ? cols_->source : cols_->target).push_back(v);
    }

    std::uint32_t node_for(const char* id) {
        std::string_view key(id);  // in the parsed buffer
        auto found = ids_.find(key);
        if (found >= 0) return static_cast<std::uint32_t>(found);
        NodeProps p;
        p.id = p.label = key;
        auto v = ids_.insert(key);
        net_.add_node(std::move(p));
        return v;
    }

    std::optional<double> number(const Val& v) const { return v.has_num ? std::optional<double>(v.num) : fast_number(v.s); }
    std::uint64_t to_count(const Val& v, const std::string& name, pugi::xml_node at) const {
        auto d = number(v);
        if (!d || *d < 0) fail(at.offset_debug(), fmt::format("attribute \"{}\": \"{}\" is not a count", name, v.s));
        return static_cast<std::uint64_t>(*d);
    }
    double to_double(const Val& v, const std::string& name, pugi::xml_node at) const {
        auto d = number(v);
        if (!d) fail(at.offset_debug(), fmt::format("attribute \"{}\": \"{}\" is not a number", name, v.s));
        return *d;
    }

    Text text_;
    std::string file_;
    std::vector<Key> keys_;
    std::unordered_map<std::string_view, std::size_t> key_index_;
    std::vector<std::size_t> guess_[2];  // edges, nodes: per key index + 1 (0: none), the key that followed it last time
    std::vector<char> idle_[2];  // columns, edges, nodes: per key, 1 if its <data> is neither kept nor checked
    std::vector<std::size_t> node_defaults_, edge_defaults_;
    std::vector<Val> def_val_;  // per key: its default, checked
    std::vector<bool> def_ok_;
    std::vector<std::uint64_t> seen_;  // per key name: stamp of the element that gave it
    std::uint64_t stamp_ = 0;
    std::size_t edge_count_ = 0;
    bool any_nested_ = false;
    std::vector<pugi::xml_node> top_nodes_;  // the graph's own <node> children
    IdIndex ids_;  // node id -> vertex
    Pending pending_[kAhead];
    std::size_t pending_at_ = 0, pending_n_ = 0, resolved_ = 0;
    GraphColumns* cols_;
    Network net_;
};

}  // namespace

Network parse_graphml(const std::string& text, const std::string& name) { return Reader(text_of(text), name).run(); }

Network read_graphml(const std::filesystem::path& path) { return Reader(read_text(path), path.string()).run(); }

void CodedColumn::push_back(std::string_view v) {
    if (v.empty()) {
        codes_.push_back(0);
        return;
    }
    if (values_[last_] != v) {
        auto [it, added] = index_.try_emplace(std::string(v), static_cast<std::uint32_t>(values_.size()));
        if (added) values_.emplace_back(v);
        last_ = it->second;
    }
    codes_.push_back(last_);
}

std::vector<std::string> CodedColumn::strings() const {
    std::vector<std::string> out;
    out.reserve(codes_.size());
    for (auto c : codes_) out.push_back(values_[c]);
    return out;
}

GraphColumns parse_graphml_columns(const std::string& text, const std::string& name) {
    GraphColumns cols;
    Reader(text_of(text), name, &cols).run();
    return cols;
}

GraphColumns read_graphml_columns(const std::filesystem::path& path) {
    GraphColumns cols;
    Reader(read_text(path), path.string(), &cols).run();
    return cols;
}

GraphColumns columns_of(const Network& net) {
    GraphColumns c;
    c.directed = net.directed;
    for (auto v : boost::make_iterator_range(boost::vertices(net.g))) {
        const auto& p = net.g[v];
        c.node_id.push_back(p.id);
        c.node_label.push_back(p.label);
        c.node_type.push_back(p.type);
    }
    for (auto e : boost::make_iterator_range(boost::edges(net.g))) {
        const auto& p = net.g[e];
        c.source.push_back(static_cast<std::uint32_t>(boost::source(e, net.g)));
        c.target.push_back(static_cast<std::uint32_t>(boost::target(e, net.g)));
        c.weight.push_back(p.weight);
        c.edge_id.push_back(p.id);
        c.relation.push_back(p.relation);
        c.cls.push_back(p.cls);
        c.first_date.push_back(p.first_date);
        c.last_date.push_back(p.last_date);
    }
    return c;
}

}  // namespace geokg
