// Cleaning: Article::original -> Article::text with a byte-offset map, page
// furniture dropped, Markdown syntax removed, the date found in the head.
//
// Three passes:
//  1. staging: the body's physical lines -> "lines" of kept bytes (Markdown
//     markers, HTML tags, link targets, images, escapes and surrounding
//     whitespace removed), each byte with its offset in the original;
//  2. blocks: lines -> paragraphs (blank lines, headings, list items, table
//     rows, and for scraped text every line), each classified as body, other
//     text or page furniture (furniture.cpp), then the head, teaser lists and
//     the tail are trimmed;
//  3. output: kept blocks joined by "\n\n" and their lines by "\n", every
//     separator mapped to a real newline byte of the original.
#include <algorithm>
#include <cstdio>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "geokg/article.hpp"
#include "ingest/clean_detail.hpp"

namespace geokg {

using namespace ingest_detail;

namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

enum : std::uint16_t {
    F_HEADING = 1,       // a heading: a block of its own
    F_LIST = 2,          // a list item: starts a block
    F_TABLE = 4,         // a table row: a block of its own
    F_BREAK = 8,         // starts a block (HTML block tags)
    F_BLANK_BEFORE = 16  // a blank line (or removed content) before it
};

struct Line {
    std::uint32_t tb, te;  // staged bytes
    std::uint32_t start;   // original offset of the physical line
    std::uint32_t nl;      // original offset of the newline ending it (kNone: end of input)
    std::uint32_t link;    // staged bytes that were link text
    std::uint16_t flags;
};

inline unsigned char u(char c) { return static_cast<unsigned char>(c); }

struct Stage {
    std::string t;                 // staged bytes (t[0, n))
    std::vector<std::uint32_t> o;  // their offsets in the original
    std::uint32_t n = 0;
    std::vector<Line> lines;
    bool pending_blank = false;
    std::uint32_t line_tb = 0, link = 0;
    bool in_link = false;

    void reset(std::size_t cap) {
        if (t.size() < cap + 1) {
            t.resize(cap + 1);
            o.resize(cap + 1);
        }
        n = 0;
        lines.clear();
        pending_blank = false;
        in_link = false;
    }
    void put(char c, std::uint32_t off) {
        t[n] = c;
        o[n] = off;
        ++n;
        link += in_link;
    }
    // copies original bytes [from, from + len) that are kept as they are
    void put_run(const char* src, std::uint32_t from, std::uint32_t len) {
        std::memcpy(t.data() + n, src, len);
        std::uint32_t* dst = o.data() + n;
        for (std::uint32_t k = 0; k < len; ++k) dst[k] = from + k;
        n += len;
        if (in_link) link += len;
    }
    bool line_empty() const { return n == line_tb; }
    char last() const { return t[n - 1]; }
    void begin_line() {
        line_tb = n;
        link = 0;
    }
    // the last staged byte ends whitespace (a blank, a tab, a no-break space)
    bool after_space() const {
        if (n == line_tb) return true;
        char c = t[n - 1];
        return c == ' ' || c == '\t' || (u(c) == 0xA0 && n - line_tb >= 2 && u(t[n - 2]) == 0xC2);
    }
    void end_line(std::uint32_t start, std::uint32_t nl, std::uint16_t flags) {
        for (;;) {
            if (n > line_tb && (t[n - 1] == ' ' || t[n - 1] == '\t')) {
                --n;
            } else if (n >= line_tb + 2 && u(t[n - 1]) == 0xA0 && u(t[n - 2]) == 0xC2) {
                n -= 2;
            } else {
                break;
            }
        }
        if (n == line_tb) {
            pending_blank = true;
            return;
        }
        if (pending_blank) flags |= F_BLANK_BEFORE;
        pending_blank = false;
        lines.push_back({line_tb, n, start, nl, link, flags});
    }
};

inline bool hspace(char c) { return c == ' ' || c == '\t'; }

// Length of a blank character at i: ASCII blanks, no-break space, BOM,
// zero-width characters, ideographic space. 0 if none.
std::size_t blank_len(const std::string& s, std::size_t i, std::size_t end) {
    unsigned char c = u(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (c == 0xC2 && i + 1 < end && u(s[i + 1]) == 0xA0) return 2;
    if (c == 0xEF && i + 2 < end && u(s[i + 1]) == 0xBB && u(s[i + 2]) == 0xBF) return 3;
    if (c == 0xE2 && i + 2 < end && u(s[i + 1]) == 0x80 && u(s[i + 2]) >= 0x8B && u(s[i + 2]) <= 0x8F) return 3;
    if (c == 0xE3 && i + 2 < end && u(s[i + 1]) == 0x80 && u(s[i + 2]) == 0x80) return 3;
    return 0;
}
std::size_t blank_len_before(const std::string& s, std::size_t b, std::size_t begin) {
    if (b <= begin) return 0;
    unsigned char c = u(s[b - 1]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (b - begin >= 2 && c == 0xA0 && u(s[b - 2]) == 0xC2) return 2;
    if (b - begin >= 3 && u(s[b - 3]) == 0xE2 && u(s[b - 2]) == 0x80 && c >= 0x8B && c <= 0x8F) return 3;
    if (b - begin >= 3 && u(s[b - 3]) == 0xEF && u(s[b - 2]) == 0xBB && c == 0xBF) return 3;
    if (b - begin >= 3 && u(s[b - 3]) == 0xE3 && u(s[b - 2]) == 0x80 && c == 0x80) return 3;
    return 0;
}

// A list marker at i ("- ", "* ", "• ", "1. ", "2) "): its length with the blanks after it, else 0.
std::size_t bullet_len(const std::string& s, std::size_t i, std::size_t end) {
    std::size_t m = 0;
    unsigned char c = u(s[i]);
    if (c == '-' || c == '*' || c == '+') {
        m = 1;
    } else if (c == 0xE2 && i + 2 < end) {
        unsigned char c1 = u(s[i + 1]), c2 = u(s[i + 2]);
        if ((c1 == 0x80 && (c2 == 0xA2 || c2 == 0xA3 || c2 == 0x93)) ||      // • ‣ –
            (c1 == 0x96 && (c2 == 0xAA || c2 == 0xA0 || c2 == 0xB8)) ||      // ▪ ■ ▸
            (c1 == 0x97 && (c2 == 0xA6 || c2 == 0x8F || c2 == 0x86)) ||      // ◦ ● ◆
            (c1 == 0x9E && c2 == 0xA4))                                      // ➤
            m = 3;
    } else if (c == 0xC2 && i + 1 < end && u(s[i + 1]) == 0xB7) {  // ·
        m = 2;
    } else if (is_digit(c)) {
        std::size_t j = i;
        while (j < end && j - i < 3 && is_digit(u(s[j]))) ++j;
        if (j - i <= 2 && j < end && (s[j] == '.' || s[j] == ')')) m = j + 1 - i;
    }
    if (m == 0 || i + m >= end || !hspace(s[i + m])) return 0;
    std::size_t j = i + m;
    while (j < end && hspace(s[j])) ++j;
    return j - i;
}

// ---- 1. staging: plain text ----

void stage_text(const std::string& s, std::uint32_t begin, Stage& st) {
    const std::uint32_t N = static_cast<std::uint32_t>(s.size());
    std::uint32_t pos = begin;
    while (pos < N) {
        const void* p = std::memchr(s.data() + pos, '\n', N - pos);
        std::uint32_t le = p ? static_cast<std::uint32_t>(static_cast<const char*>(p) - s.data()) : N;
        std::uint32_t nl = p ? le : kNone;
        std::uint32_t a = pos, b = le;
        while (a < b) {
            std::size_t w = blank_len(s, a, b);
            if (!w) break;
            a += static_cast<std::uint32_t>(w);
        }
        while (b > a) {
            std::size_t w = blank_len_before(s, b, a);
            if (!w) break;
            b -= static_cast<std::uint32_t>(w);
        }
        std::uint16_t flags = 0;
        if (a < b) {
            std::size_t bl = bullet_len(s, a, b);
            if (bl) {
                flags |= F_LIST;
                a += static_cast<std::uint32_t>(bl);
            }
        }
        st.begin_line();
        for (std::uint32_t i = a; i < b; ++i) {
            char c = s[i];
            if (hspace(c)) {
                if (!st.after_space()) st.put(c, i);
            } else if (u(c) == 0xC2 && i + 1 < b && u(s[i + 1]) == 0xA0) {  // no-break space
                if (!st.after_space()) {
                    st.put(c, i);
                    st.put(s[i + 1], i + 1);
                }
                ++i;
            } else if (u(c) >= 0x20 && c != 0x7F) {
                st.put(c, i);
            }
        }
        st.end_line(pos, nl, flags);
        pos = le + 1;
    }
}

// ---- 1. staging: Markdown ----

bool name_in(std::string_view name, std::initializer_list<std::string_view> set) {
    for (auto n : set)
        if (n == name) return true;
    return false;
}

// Bytes that mean something to Markdown or to whitespace folding.
struct SpecialTable {
    bool v[256] = {};
    // stop[byte]: where a run of bytes copied as they are ends: the special
    // bytes but the blank, which ends it only after another blank (blank runs
    // are folded).
    bool stop[256] = {};
    constexpr SpecialTable() {
        for (int c = 0; c < 0x20; ++c) v[c] = true;
        for (unsigned char c : std::string_view("\\<`*_![]| \t&\xc2")) v[c] = true;
        v[0x7F] = true;
        for (int c = 0; c < 256; ++c) stop[c] = v[c];
        stop[static_cast<unsigned char>(' ')] = false;
    }
};
constexpr SpecialTable kSpecial;

// The end of a run of bytes copied as they are, from j (prev: the byte before
// j): the first special byte other than a blank, or a blank after a blank; e
// if none.
inline std::uint32_t run_end(const char* p, std::uint32_t j, std::uint32_t e, unsigned char prev) {
#if defined(__SSE2__)
    const __m128i c1f = _mm_set1_epi8(0x1F), blank = _mm_set1_epi8(' ');
    while (j + 16 <= e) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
        auto eq = [&](char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
        __m128i m = _mm_cmpeq_epi8(_mm_max_epu8(x, c1f), c1f);  // control bytes (the tab included)
        m = _mm_or_si128(m, _mm_or_si128(_mm_or_si128(eq('\\'), eq('<')), _mm_or_si128(eq('`'), eq('*'))));
        m = _mm_or_si128(m, _mm_or_si128(_mm_or_si128(eq('_'), eq('!')), _mm_or_si128(eq('['), eq(']'))));
        m = _mm_or_si128(m, _mm_or_si128(_mm_or_si128(eq('|'), eq('&')),
                                         _mm_or_si128(eq(static_cast<char>(0xC2)), eq(0x7F))));
        const unsigned sp = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, blank)));
        const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(m)) | (sp & ((sp << 1) | (prev == ' ')));
        if (bits) return j + static_cast<std::uint32_t>(__builtin_ctz(bits));
        prev = u(p[j + 15]);
        j += 16;
    }
#endif
    for (; j < e; ++j) {
        unsigned char d = u(p[j]);
        if (kSpecial.stop[d] || (d == ' ' && prev == ' ')) break;
        prev = d;
    }
    return j;
}

// Blanks and tabs in [p, p + len).
inline std::uint32_t count_blanks(const char* p, std::uint32_t len) {
    std::uint32_t n = 0, i = 0;
#if defined(__SSE2__)
    const __m128i blank = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), zero = _mm_setzero_si128();
    while (i + 16 <= len) {
        // byte counters (each match subtracts -1), summed every 255 blocks at most
        __m128i acc = zero;
        for (int k = 0; k < 255 && i + 16 <= len; ++k, i += 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
            acc = _mm_sub_epi8(acc, _mm_or_si128(_mm_cmpeq_epi8(x, blank), _mm_cmpeq_epi8(x, tab)));
        }
        const __m128i sums = _mm_sad_epu8(acc, zero);
        n += static_cast<std::uint32_t>(_mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
    }
#endif
    for (; i < len; ++i) n += (p[i] == ' ') | (p[i] == '\t');
    return n;
}

struct Markdown {
    const std::string& s;
    const std::uint32_t N;
    Stage& st;
    std::uint32_t skip_to = 0;  // bytes before this are removed (tags, comments, link targets, images)
    int drop = 0;               // inside elements whose content is removed (<script>, <s>, <nav>, ...)
    bool in_fence = false;
    char fence_ch = 0;
    std::uint32_t fence_len = 0;
    bool break_next = false;
    struct Closer {
        std::uint32_t pos, after;  // the ']' that closes a link text; end of its destination
    };
    std::vector<Closer> closers;

    Markdown(const std::string& src, Stage& stage)
        : s(src), N(static_cast<std::uint32_t>(src.size())), st(stage) {}

    unsigned char at(std::uint32_t i) const { return i < N ? u(s[i]) : 0; }

    // A blank line starts right after the newline at i?
    bool blank_after(std::uint32_t i) const {
        std::uint32_t k = i + 1;
        while (k < N && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r')) ++k;
        return k >= N || s[k] == '\n';
    }

    // For '[' at i: the matching ']' when a destination "(...)" or "[...]" follows.
    bool find_link(std::uint32_t i, Closer& out) const {
        std::uint32_t limit = std::min(N, i + 4000), j = i + 1;
        int depth = 1;
        for (; j < limit; ++j) {
            char c = s[j];
            if (c == '\\') {
                ++j;
            } else if (c == '\n') {
                if (blank_after(j)) return false;
            } else if (c == '[') {
                ++depth;
            } else if (c == ']') {
                if (--depth == 0) break;
            }
        }
        if (j >= limit) return false;
        char next = static_cast<char>(at(j + 1));
        if (next == '(') {
            std::uint32_t k = j + 2, lim = std::min(N, j + 2 + 4000);
            int pd = 1;
            for (; k < lim; ++k) {
                char c = s[k];
                if (c == '\\') {
                    ++k;
                } else if (c == '\n') {
                    if (blank_after(k)) return false;
                } else if (c == '(') {
                    ++pd;
                } else if (c == ')') {
                    if (--pd == 0) {
                        out = {j, k + 1};
                        return true;
                    }
                }
            }
            return false;
        }
        if (next == '[') {
            for (std::uint32_t k = j + 2; k < std::min(N, j + 2 + 200); ++k) {
                if (s[k] == '\n') return false;
                if (s[k] == ']') {
                    out = {j, k + 1};
                    return true;
                }
            }
        }
        return false;
    }

    // For '<' at i: the end (after '>') of an HTML tag, or kNone.
    std::uint32_t tag_end(std::uint32_t i) const {
        std::uint32_t lim = std::min(N, i + 8000);
        char q = 0;
        for (std::uint32_t j = i + 1; j < lim; ++j) {
            char c = s[j];
            if (q) {
                if (c == q) q = 0;
                continue;
            }
            if (c == '"' || c == '\'') {
                // quotes only count inside the attribute part (after '=')
                if (j > i + 1 && s[j - 1] == '=') q = c;
            } else if (c == '>') {
                return j + 1;
            } else if (c == '<') {
                return kNone;
            } else if (c == '\n' && blank_after(j)) {
                return kNone;
            }
        }
        return kNone;
    }

    void on_tag(std::uint32_t i, std::uint32_t end) {
        std::uint32_t j = i + 1;
        bool close = at(j) == '/';
        if (close) ++j;
        char name[16];
        std::size_t len = 0;
        while (j < end && is_alnum(at(j)) && len < sizeof name) name[len++] = static_cast<char>(to_lower(at(j++)));
        std::string_view nm(name, len);
        bool self_closing = end >= 2 && s[end - 2] == '/';
        if (name_in(nm, {"script", "style", "s", "del", "strike", "nav", "noscript", "iframe", "svg", "button",
                         "form", "select", "template", "figcaption", "object", "video", "audio", "aside",
                         "footer", "head"})) {
            if (close) {
                if (drop > 0) --drop;
            } else if (!self_closing) {
                ++drop;
            }
        }
        if (name_in(nm, {"p", "div", "br", "hr", "li", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "td",
                         "th", "figure", "figcaption", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                         "article", "header", "footer", "aside", "dl", "dt", "dd", "pre", "caption", "center",
                         "main"}))
            break_next = true;
    }

    void inline_scan(std::uint32_t a, std::uint32_t e, bool table) {
        while (!closers.empty() && closers.back().pos < a) closers.pop_back();
        st.in_link = !closers.empty();
        std::uint32_t i = a;
        while (i < e) {
            if (i < skip_to) {
                i = skip_to;
                continue;
            }
            char c = s[i];
            if (drop > 0 && c != '<') {
                ++i;
                continue;
            }
            if (!kSpecial.v[u(c)]) {  // a run of ordinary bytes (single spaces included)
                std::uint32_t j = run_end(s.data(), i + 1, e, u(c));
                st.put_run(s.data() + i, i, j - i);
                i = j;
                continue;
            }
            switch (c) {
                case '\\': {
                    unsigned char n1 = at(i + 1);
                    if (i + 1 >= e) {
                        ++i;  // hard line break
                    } else if ((n1 >= '!' && n1 <= '/') || (n1 >= ':' && n1 <= '@') || (n1 >= '[' && n1 <= '`') ||
                               (n1 >= '{' && n1 <= '~') || n1 == ' ') {
                        if (n1 != ' ' || !st.after_space()) st.put(static_cast<char>(n1), i + 1);
                        i += 2;
                    } else {
                        st.put(c, i++);
                    }
                    continue;
                }
                case '<': {
                    if (s.compare(i, 4, "<!--") == 0) {
                        std::size_t k = s.find("-->", i + 4);
                        skip_to = k == std::string::npos ? N : static_cast<std::uint32_t>(k + 3);
                        continue;
                    }
                    unsigned char n1 = at(i + 1);
                    if (is_alpha(n1) || (n1 == '/' && is_alpha(at(i + 2))) || n1 == '!' || n1 == '?') {
                        std::uint32_t end = tag_end(i);
                        if (end != kNone) {
                            on_tag(i, end);
                            skip_to = end;
                            continue;
                        }
                    }
                    if (drop == 0) st.put(c, i);
                    ++i;
                    continue;
                }
                case '`':
                    ++i;
                    continue;
                case '*':
                case '_': {
                    std::uint32_t j = i;
                    while (j < e && s[j] == c) ++j;
                    char prev = i > a ? s[i - 1] : ' ';
                    char next = j < e ? s[j] : ' ';
                    bool left = !is_space(u(next)), right = !is_space(u(prev));
                    bool intraword = c == '_' && is_alnum(u(prev)) && is_alnum(u(next));
                    if (((left || right) && !intraword) || j - i >= 2) {
                        i = j;  // emphasis markers (and empty "****")
                    } else {
                        for (; i < j; ++i) st.put(c, i);
                    }
                    continue;
                }
                case '!':
                    if (at(i + 1) == '[') {
                        Closer cl;
                        if (find_link(i + 1, cl)) {
                            skip_to = cl.after;  // an image: alt text and all
                            continue;
                        }
                    }
                    st.put(c, i++);
                    continue;
                case '[': {
                    if (at(i + 1) == '^') {  // footnote reference
                        std::uint32_t k = i + 2;
                        while (k < e && s[k] != ']') ++k;
                        if (k < e) {
                            skip_to = k + 1;
                            continue;
                        }
                    }
                    Closer cl;
                    if (find_link(i, cl)) {
                        closers.push_back(cl);
                        st.in_link = true;
                        ++i;
                        continue;
                    }
                    st.put(c, i++);
                    continue;
                }
                case ']':
                    if (!closers.empty() && closers.back().pos == i) {
                        skip_to = closers.back().after;
                        closers.pop_back();
                        st.in_link = !closers.empty();
                        continue;
                    }
                    st.put(c, i++);
                    continue;
                case '|':
                    if (table) {
                        ++i;
                        if (!st.after_space() && i < e && !hspace(s[i])) {
                            // "a|b": keep the pipe rather than gluing the cells
                            st.put(c, i - 1);
                        }
                        continue;
                    }
                    st.put(c, i++);
                    continue;
                case ' ':
                case '\t':
                    if (!st.after_space()) st.put(c, i);
                    ++i;
                    continue;
                case '\xc2':
                    if (at(i + 1) == 0xA0) {  // a no-break space is a space
                        if (!st.after_space()) {
                            st.put(c, i);
                            st.put(s[i + 1], i + 1);
                        }
                        i += 2;
                        continue;
                    }
                    st.put(c, i++);
                    continue;
                case '&':
                    if (s.compare(i, 5, "&amp;") == 0) {
                        st.put(c, i);
                        i += 5;
                        continue;
                    }
                    st.put(c, i++);
                    continue;
                default:
                    if (u(c) < 0x20 || c == 0x7F) {
                        ++i;
                        continue;
                    }
                    st.put(c, i++);
            }
        }
    }

    void line(std::uint32_t ls, std::uint32_t le, std::uint32_t nl) {
        std::uint32_t e = le;
        while (e > ls && (s[e - 1] == '\r' || s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
        st.begin_line();
        std::uint16_t flags = 0;
        if (break_next) {
            flags |= F_BREAK;
            break_next = false;
        }
        if (skip_to > ls || drop > 0) {  // inside a tag, comment, link target or dropped element
            inline_scan(ls, e, false);
            st.end_line(ls, nl, flags);
            return;
        }
        std::uint32_t a = ls, ind = 0;
        for (;;) {
            if (a < e && hspace(s[a])) {
                ind += s[a] == '\t' ? 4 : 1;
                ++a;
            } else if (std::size_t w = a < e ? blank_len(s, a, e) : 0) {
                a += static_cast<std::uint32_t>(w);  // no-break and zero-width spaces: not indentation
            } else {
                break;
            }
        }
        if (a == e) {
            st.end_line(ls, nl, flags);
            return;
        }
        char c = s[a];
        if (ind < 4 && (c == '`' || c == '~')) {  // code fences: the code is not prose
            std::uint32_t j = a;
            while (j < e && s[j] == c) ++j;
            if (j - a >= 3) {
                if (!in_fence) {
                    in_fence = true;
                    fence_ch = c;
                    fence_len = j - a;
                } else if (c == fence_ch && j - a >= fence_len) {
                    in_fence = false;
                }
                st.pending_blank = true;
                return;
            }
        }
        if (in_fence) {
            st.pending_blank = true;
            return;
        }
        bool table = false;
        if (ind < 4) {
            // thematic breaks and setext underlines
            if (c == '-' || c == '*' || c == '_' || c == '=') {
                std::uint32_t cnt = 0, j = a;
                for (; j < e; ++j) {
                    if (s[j] == c) {
                        ++cnt;
                    } else if (!hspace(s[j])) {
                        break;
                    }
                }
                if (j == e) {
                    bool under_text = !st.pending_blank && !st.lines.empty() && st.lines.back().nl != kNone &&
                                      st.lines.back().nl + 1 == ls &&
                                      !(st.lines.back().flags & (F_LIST | F_HEADING | F_TABLE));
                    if ((c == '=' || c == '-') && under_text && cnt >= 2) {
                        st.lines.back().flags |= F_HEADING;
                        break_next = true;
                        return;
                    }
                    if (cnt >= 3) {
                        st.pending_blank = true;
                        return;
                    }
                }
            }
            while (a < e && s[a] == '>') {  // block quotes
                ++a;
                while (a < e && hspace(s[a])) ++a;
            }
            if (a == e) {
                st.end_line(ls, nl, flags);
                return;
            }
            c = s[a];
            if (c == '#') {
                std::uint32_t h = 0;
                while (a + h < e && s[a + h] == '#') ++h;
                if (h <= 6 && (a + h == e || hspace(s[a + h]))) {
                    flags |= F_HEADING;
                    a += h;
                    while (a < e && hspace(s[a])) ++a;
                    std::uint32_t ce = e;
                    while (ce > a && s[ce - 1] == '#') --ce;
                    if (ce < e && (ce == a || hspace(s[ce - 1]))) e = ce;
                    break_next = true;
                }
            } else if ((c == '-' || c == '+' || c == '*') && a + 1 < e && hspace(s[a + 1])) {
                flags |= F_LIST;
                ++a;
                while (a < e && hspace(s[a])) ++a;
            } else if (is_digit(u(c))) {
                std::uint32_t j = a;
                while (j < e && j - a < 10 && is_digit(u(s[j]))) ++j;
                if (j - a <= 9 && j + 1 < e && (s[j] == '.' || s[j] == ')') && hspace(s[j + 1])) {
                    flags |= F_LIST;
                    a = j + 1;
                    while (a < e && hspace(s[a])) ++a;
                }
            } else if (c == '|') {
                bool sep = true;
                for (std::uint32_t j = a; j < e && sep; ++j) sep = s[j] == '|' || s[j] == '-' || s[j] == ':' || hspace(s[j]);
                if (sep) return;  // the row under a table header
                flags |= F_TABLE;
                table = true;
            } else if (c == '[') {  // link reference definition "[id]: url"
                std::uint32_t j = a + 1;
                while (j < e && s[j] != ']') ++j;
                if (j + 1 < e && s[j + 1] == ':') {
                    st.pending_blank = true;
                    return;
                }
            } else if (c == '<' && (is_alpha(at(a + 1)) || at(a + 1) == '/' || at(a + 1) == '!')) {
                flags |= F_BREAK;
            }
        }
        inline_scan(a, e, table);
        st.end_line(ls, nl, flags);
    }

    void run(std::uint32_t begin) {
        std::uint32_t pos = begin;
        while (pos < N) {
            const void* p = std::memchr(s.data() + pos, '\n', N - pos);
            std::uint32_t le = p ? static_cast<std::uint32_t>(static_cast<const char*>(p) - s.data()) : N;
            line(pos, le, p ? le : kNone);
            pos = le + 1;
        }
    }
};

// ---- 2. blocks ----

struct Block {
    std::uint32_t first = 0, last = 0;  // lines
    std::uint32_t bytes = 0, words = 0, link = 0;
    char terminal = 0;
    bool ellipsis = false, empty = true, date_only = false, weekday = false, has_date = false;
    bool strong = false, keep = true, reference = false;
    Kind kind = Kind::none;
    std::uint32_t cut = 0;  // > 0: the block's text ends here (a caption's trailing image credit dropped)
};

// A photo caption that ends with its image credit ("... in Chengdu on May 2. - NAME/AFP/Getty Images"):
// the position just after the caption's last sentence, when what follows it is only a credit
// (at most 10 words, each capitalized, a "/" path, or "via"/"by"/"photo"); 0 otherwise.
std::uint32_t caption_credit_cut(std::string_view t, std::uint32_t tb, std::uint32_t te) {
    std::string_view line = t.substr(tb, te - tb);
    std::size_t dot = line.rfind(". ");
    if (dot == std::string_view::npos || dot < 40) return 0;
    std::string_view rest = line.substr(dot + 2);
    std::size_t words = 0, i = 0;
    while (i < rest.size()) {
        while (i < rest.size() && rest[i] == ' ') ++i;
        if (i >= rest.size()) break;
        std::size_t j = i;
        while (j < rest.size() && rest[j] != ' ') ++j;
        std::string_view w = rest.substr(i, j - i);
        i = j;
        unsigned char c0 = static_cast<unsigned char>(w[0]);
        bool dash = w == "-" || w == "\xe2\x80\x93" || w == "\xe2\x80\x94";
        if (dash && words == 0) continue;
        ++words;
        bool ok = (c0 >= 'A' && c0 <= 'Z') || c0 == '(' || w.find('/') != std::string_view::npos || w == "via" ||
                  w == "by" || w == "photo" || w == "images";
        if (!ok || w.find('.') != std::string_view::npos || words > 10) return 0;
    }
    if (words == 0) return 0;
    return tb + static_cast<std::uint32_t>(dot + 1);
}

bool is_furniture(Kind k) { return k != Kind::none; }
bool is_end_marker(Kind k) {
    return k == Kind::promo || k == Kind::teaser_head || k == Kind::refs_head || k == Kind::end ||
           k == Kind::copyright || k == Kind::share;
}

// Block text with its lines joined by spaces.
void joined(const Stage& st, const Block& b, std::string& out) {
    out.clear();
    for (std::uint32_t l = b.first; l <= b.last; ++l) {
        if (l > b.first) out.push_back(' ');
        const Line& ln = st.lines[l];
        out.append(st.t, ln.tb, ln.te - ln.tb);
    }
}

// Final punctuation of a block: skips closing quotes, brackets and emphasis.
void terminal_of(std::string_view t, Block& b) {
    std::size_t e = t.size();
    for (;;) {
        if (e == 0) break;
        unsigned char c = u(t[e - 1]);
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_') {
            --e;
        } else if (e >= 3 && u(t[e - 3]) == 0xE2 && u(t[e - 2]) == 0x80 && (c == 0x9D || c == 0x99)) {
            e -= 3;  // ” ’
        } else if (e >= 2 && u(t[e - 2]) == 0xC2 && c == 0xBB) {
            e -= 2;  // »
        } else {
            break;
        }
    }
    if (e == 0) return;
    unsigned char c = u(t[e - 1]);
    if (e >= 3 && u(t[e - 3]) == 0xE2 && u(t[e - 2]) == 0x80 && c == 0xA6) {
        b.ellipsis = true;  // …
    } else if (c == '.' && e >= 2 && t[e - 2] == '.') {
        b.ellipsis = true;
    } else if (c == '.' || c == '!' || c == '?') {
        b.terminal = static_cast<char>(c);
    }
}

bool contains_ci(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && to_lower(u(hay[i + k])) == u(needle[k])) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

// Is the date in `t` at [m.begin, m.end) where a dateline or byline puts it?
// Before it: nothing, a separator ('|', '-', '·', ':'), a keyword (Published,
// Updated, Posted, Dated), or a place ("WASHINGTON, ", "Camp David, Md., ");
// after it, in a paragraph of running text: a separator, a time or the end.
bool dateline_position(std::string_view t, const DateMatch& m, bool running_text) {
    std::string_view before = t.substr(0, m.begin);
    while (!before.empty() && (hspace(before.back()) || before.back() == '\n')) before.remove_suffix(1);
    bool ok = false;
    if (before.empty()) {
        ok = true;
    } else {
        unsigned char c = u(before.back());
        std::size_t words = 1;
        bool all_capitalized = true;
        bool word_start = true;
        for (char ch : before) {
            if (hspace(ch)) {
                word_start = true;
                ++words;
                continue;
            }
            if (word_start && is_lower(u(ch))) all_capitalized = false;
            word_start = false;
        }
        bool keyword = false;
        for (std::string_view k : {"published", "updated", "posted", "dated", "date", "last updated", "first published",
                                   "released", "issued", "published on", "updated on", "posted on"}) {
            if (before.size() >= k.size()) {
                std::string_view tail = before.substr(before.size() - k.size());
                bool eq = true;
                for (std::size_t i = 0; i < k.size() && eq; ++i) eq = to_lower(u(tail[i])) == u(k[i]);
                if (eq && (before.size() == k.size() || !is_alpha(u(before[before.size() - k.size() - 1])))) keyword = true;
            }
        }
        if ((keyword && words <= 4) || (c == ':' && words <= 4)) {
            ok = true;
        } else if (c == '|' || c == '-' || (c == 0xB7 && before.size() >= 2) || c == 0x94 || c == 0x93 || c == 0xA2) {
            ok = words <= 10;  // "Kayla Wong | ", "By Staff Reporter | ", "Reuters - "
        } else if (c == ',') {
            ok = words <= 5 && all_capitalized;  // "WASHINGTON, ", "Camp David, Md., "
        }
    }
    if (!ok) return false;
    // The date closes the dateline: "TOKYO, May 24, 2022 — The leaders ...",
    // "Nov. 2, 2020, 09:15 PM"; "November 1979: Iranian students ..." is a
    // timeline entry.
    std::size_t i = m.end;
    while (i < t.size() && hspace(t[i])) ++i;
    if (i >= t.size()) return true;
    unsigned char c = u(t[i]);
    if (c == '(' || c == '-' || c == '|' || c == '/' || c == 0xE2 || is_digit(c) || c == '\n') return true;
    if (c == ':' && !running_text) {  // "Updated: ..." after a date in a byline line
        std::size_t j = i + 1;
        while (j < t.size() && hspace(t[j])) ++j;
        return j >= t.size() || is_digit(u(t[j]));
    }
    if (c == ',' || c == '.') {
        std::size_t j = i + 1;
        while (j < t.size() && hspace(t[j])) ++j;
        return j >= t.size() || is_digit(u(t[j])) || is_upper(u(t[j])) || u(t[j]) == 0xE2;
    }
    if ((c == 'a' || c == 'A') && i + 2 < t.size() && (t[i + 1] == 't' || t[i + 1] == 'T') && hspace(t[i + 2]))
        return true;  // "March 3, 2021 at 10:00"
    return false;
}

struct Scratch {
    std::vector<Block> blocks;
    std::string buf, norm;
};

struct Cleaner {
    Article& a;
    Stage& st;
    std::vector<Block>& blocks;
    std::string &buf, &norm;

    Cleaner(Article& art, Stage& stage, Scratch& scratch)
        : a(art), st(stage), blocks(scratch.blocks), buf(scratch.buf), norm(scratch.norm) {}

    void make_blocks(bool line_per_block) {
        blocks.clear();
        for (std::uint32_t l = 0; l < st.lines.size(); ++l) {
            const Line& ln = st.lines[l];
            bool nb = l == 0 || line_per_block ||
                      (ln.flags & (F_BLANK_BEFORE | F_BREAK | F_HEADING | F_LIST | F_TABLE)) ||
                      (st.lines[l - 1].flags & (F_HEADING | F_TABLE));
            if (nb) {
                Block b;
                b.first = b.last = l;
                blocks.push_back(b);
            } else {
                blocks.back().last = l;
            }
        }
    }

    // Scraped text is either one paragraph per line, or hard-wrapped with
    // blank lines between paragraphs (many lines continue on the next one
    // with a lower-case word).
    bool hard_wrapped() const {
        std::size_t cont = 0;
        for (std::size_t l = 1; l < st.lines.size(); ++l) {
            const Line& ln = st.lines[l];
            const Line& prev = st.lines[l - 1];
            if (ln.flags & (F_BLANK_BEFORE | F_LIST)) continue;
            char last = st.t[prev.te - 1];
            if (last == '.' || last == '!' || last == '?' || last == ':') continue;
            if (is_lower(u(st.t[ln.tb]))) ++cont;
        }
        return cont >= 2 && cont * 5 >= st.lines.size();
    }

    // The block's text: a view of its line, or its lines joined in `buf`.
    std::string_view text_of(const Block& b) {
        if (b.first == b.last) {
            const Line& ln = st.lines[b.first];
            return std::string_view(st.t).substr(ln.tb, ln.te - ln.tb);
        }
        joined(st, b, buf);
        return buf;
    }

    // "Monday, March 4, 2024 | Today's Paper | Subscribe": a date at the start
    // of a line whose other items are furniture is the site's "today".
    bool date_then_furniture(std::string_view line, const DateMatch& m) {
        for (std::size_t i = 0; i < m.begin; ++i)
            if (is_alnum(u(line[i]))) return false;
        std::string seg_norm;
        std::size_t i = m.end;
        bool any = false;
        while (i < line.size()) {
            // separators between items
            while (i < line.size() && (hspace(line[i]) || line[i] == '|' || line[i] == '/' || line[i] == '-' ||
                                       line[i] == ',' || u(line[i]) >= 0x80)) {
                if (u(line[i]) >= 0x80 && !(u(line[i]) == 0xE2 || u(line[i]) == 0xC2 || u(line[i]) == 0x80 ||
                                            u(line[i]) == 0x94 || u(line[i]) == 0x93 || u(line[i]) == 0xA2 ||
                                            u(line[i]) == 0xB7 || u(line[i]) == 0xA0))
                    break;
                ++i;
            }
            std::size_t j = i;
            while (j < line.size() && line[j] != '|' && !(u(line[j]) == 0xE2 && j + 2 < line.size() &&
                                                          u(line[j + 1]) == 0x80 && (u(line[j + 2]) == 0xA2)) &&
                   !(u(line[j]) == 0xC2 && j + 1 < line.size() && u(line[j + 1]) == 0xB7))
                ++j;
            std::string_view seg = line.substr(i, j - i);
            while (!seg.empty() && hspace(seg.back())) seg.remove_suffix(1);
            if (!seg.empty()) {
                if (is_date_only(seg) || seg.find(':') != std::string_view::npos) {
                    // a time, "Updated: ..."
                } else {
                    normalize_block(seg, seg_norm);
                    BlockShape sh;
                    sh.words = 1 + static_cast<std::uint32_t>(std::count(seg.begin(), seg.end(), ' '));
                    if (furniture_kind(seg_norm, seg, seg, sh) == Kind::none) return false;
                    any = true;
                }
            }
            i = j;
            if (i < line.size()) i += line[i] == '|' ? 1 : (u(line[i]) == 0xE2 ? 3 : 2);
        }
        return any;
    }

    void features(Block& b) {
        std::uint32_t words = 0, bytes = 0, link = 0;
        bool empty = true;
        for (std::uint32_t l = b.first; l <= b.last; ++l) {
            const Line& ln = st.lines[l];
            // staging folded blank runs into one byte and trimmed the line:
            // words are the blanks plus one
            const char* p = st.t.data() + ln.tb;
            const std::uint32_t len = ln.te - ln.tb;
            words += count_blanks(p, len) + 1;
            for (std::uint32_t i = 0; empty && i < len; ++i) empty = !(is_alnum(u(p[i])) || u(p[i]) >= 0xC0);
            bytes += len;
            link += ln.link;
        }
        b.words = words;
        b.bytes = bytes;
        b.link = link;
        b.empty = empty;
        if (empty) return;
        const Line& last = st.lines[b.last];
        terminal_of(std::string_view(st.t).substr(last.tb, last.te - last.tb), b);

        BlockShape shape;
        shape.words = words;
        shape.terminal = b.terminal;
        std::string_view raw;
        bool site_date = false;
        if (bytes <= 400 && words <= 40) {
            raw = text_of(b);
            if (bytes <= 200 && !b.terminal) {  // datelines, "today" lines, timestamps
                DateMatch m;
                if (find_date(raw, m)) {
                    b.has_date = true;
                    b.date_only = is_date_only(raw);
                    b.weekday = m.weekday;
                    if (!b.date_only) site_date = date_then_furniture(raw, m);
                }
            }
            shape.has_date = b.has_date;
            if (words <= 25 || bytes <= 160) {
                normalize_block(raw, norm);
            } else {
                normalize_block(raw.substr(0, 64), norm);  // phrases open a block
            }
        } else {
            norm.clear();  // long blocks: only their ending can make them furniture (image captions)
            shape.words = std::max<std::uint32_t>(words, 41);
        }
        const Line& tail_line = st.lines[b.last];
        std::uint32_t from = tail_line.te - std::min<std::uint32_t>(tail_line.te - tail_line.tb, 120);
        std::string_view ending = std::string_view(st.t).substr(from, tail_line.te - from);
        b.kind = furniture_kind(norm, raw, ending, shape);
        if (b.kind == Kind::credit && words >= 12) {
            if (std::uint32_t cut = caption_credit_cut(st.t, tail_line.tb, tail_line.te)) {
                b.cut = cut;
                b.kind = Kind::none;
                b.terminal = '.';
            }
        }
        if (b.kind == Kind::none && site_date) b.kind = Kind::nav;
        if (bytes <= 2000 && b.kind == Kind::none) {
            // a reference list entry: "... Retrieved June 21, 2024, from https://..."
            bool http = false;
            for (std::uint32_t l = b.first; l <= b.last && !http; ++l) {
                const Line& ln = st.lines[l];
                const char* q = st.t.data() + ln.tb;
                const char* qe = st.t.data() + ln.te;
                while (!http && (q = static_cast<const char*>(std::memchr(q, ':', qe - q))) != nullptr) {
                    http = qe - q >= 3 && q[1] == '/' && q[2] == '/';
                    ++q;
                }
            }
            if (http) {
                std::string_view t = text_of(b);
                b.reference = contains_ci(t, "retrieved") || contains_ci(t, "accessed");
            }
        }
        b.strong = b.kind == Kind::none && !b.reference && words >= 8 && b.terminal && !b.ellipsis &&
                   b.link * 2 < bytes;
    }

    void decide(bool scraped) {
        const std::size_t nb = blocks.size();
        std::size_t first_body = nb, last_body = nb;
        for (std::size_t i = 0; i < nb; ++i) {
            Block& b = blocks[i];
            if (b.empty || is_furniture(b.kind)) b.keep = false;
            if (b.strong) {
                if (first_body == nb) first_body = i;
                last_body = i;
            }
        }
        // A date line at the very top, before the headline, that is followed by
        // furniture (or is "Sunday, February 25, 2024" glued to the next line)
        // is the site's "today", not the article's date.
        for (std::size_t i = 0; i < nb; ++i) {
            Block& b = blocks[i];
            if (b.empty) continue;
            if (b.date_only) {
                std::size_t j = i + 1;
                while (j < nb && blocks[j].empty) ++j;
                bool glued = j < nb && !(st.lines[blocks[j].first].flags & F_BLANK_BEFORE);
                if (j < nb && (is_furniture(blocks[j].kind) || (b.weekday && glued))) {
                    b.keep = false;
                    b.kind = Kind::nav;
                }
                continue;
            }
            if (!is_furniture(b.kind) && (b.strong || b.words >= 4)) break;  // the headline or the body
        }
        if (first_body == nb) return;
        // Furniture that ends an article ("Related stories", "References",
        // "Subscribe ...", "Comments", "Share this page"): past it, little body.
        {
            std::uint64_t total = 0;
            for (auto& b : blocks)
                if (b.strong) total += b.bytes;
            std::uint64_t before = 0;
            for (std::size_t i = 0; i < nb; ++i) {
                Block& b = blocks[i];
                if (i > first_body && is_end_marker(b.kind)) {
                    std::uint64_t after = total - before;
                    if (after * 3 < before) {
                        for (std::size_t j = i; j < nb; ++j) blocks[j].keep = false;
                        if (last_body >= i) {
                            last_body = first_body;
                            for (std::size_t j = first_body; j < i; ++j)
                                if (blocks[j].strong) last_body = j;
                        }
                        break;
                    }
                }
                if (b.strong) before += b.bytes;
            }
        }
        // A teaser list: its head and the titles under it, up to the next paragraph.
        for (std::size_t i = 0; i < nb; ++i) {
            if (blocks[i].kind != Kind::teaser_head) continue;
            for (std::size_t j = i + 1, n = 0; j < nb && n < 12 && !blocks[j].strong; ++j, ++n) blocks[j].keep = false;
        }
        if (!scraped) return;
        // Scraped pages: before the first paragraph, short labels ("United
        // States", "Brussels Correspondent") are section names, not a headline;
        // after the last paragraph only teasers and footers remain.
        for (std::size_t i = 0; i < first_body; ++i) {
            Block& b = blocks[i];
            if (b.keep && b.words < 4 && !b.has_date) b.keep = false;
        }
        for (std::size_t i = last_body + 1; i < nb; ++i) blocks[i].keep = false;
    }

    // The article's date from a dateline or byline in its head.
    void find_head_date() {
        if (!a.date.empty()) return;
        std::string url_date = date_from_url(a.url);
        std::size_t seen = 0, bytes = 0;
        for (auto& b : blocks) {
            if (!b.keep) continue;
            if (++seen > 15 || bytes > 1500) break;
            bytes += b.bytes;
            joined(st, b, buf);
            std::string_view t = buf;
            if (t.size() > 240) t = t.substr(0, 240);
            DateMatch m;
            if (!find_date(t, m, true) || m.begin > 120) continue;
            if (st.lines[b.first].flags & F_LIST) continue;  // "- January 19, 2025: ..." is a timeline
            bool running = b.strong || b.bytes > 200;
            if (!dateline_position(t, m, running)) continue;
            if (m.year == 0) {
                // "WASHINGTON, Nov. 3 (Reuters) -": the year from the URL, when it has one
                if (url_date.size() < 4) continue;
                m.year = std::stoi(url_date.substr(0, 4));
                int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
                if (m.month == 2 && m.day == 29 && !((m.year % 4 == 0 && m.year % 100 != 0) || m.year % 400 == 0))
                    continue;
                if (m.day > days[m.month - 1]) continue;
            }
            a.date = m.iso();
            a.date_source = DateSource::dateline;
            return;
        }
        if (!url_date.empty()) {
            a.date = std::move(url_date);
            a.date_source = DateSource::url;
        }
    }

    void find_title() {
        if (!a.title.empty()) return;
        for (auto& b : blocks) {
            if (!b.keep) continue;
            if (b.strong) return;
            if (b.words >= 3 && !b.date_only && !b.terminal) {
                joined(st, b, a.title);
                return;
            }
        }
    }

    // ---- 3. output ----
    void emit(std::uint32_t body_begin) {
        std::string& text = a.text;
        std::vector<std::uint32_t>& off = a.offsets;
        text.clear();
        off.clear();
        text.reserve(st.n + 2 * blocks.size());
        off.reserve(st.n + 2 * blocks.size() + 1);
        const std::string& orig = a.original;
        std::uint32_t prev_nl = kNone;
        for (auto& b : blocks) {
            if (!b.keep) continue;
            if (!text.empty() && prev_nl != kNone) {
                std::uint32_t start = st.lines[b.first].start;
                std::uint32_t second = (start > prev_nl + 1 && orig[start - 1] == '\n') ? start - 1 : prev_nl;
                text.push_back('\n');
                off.push_back(prev_nl);
                text.push_back('\n');
                off.push_back(second);
            }
            for (std::uint32_t l = b.first; l <= b.last; ++l) {
                const Line& ln = st.lines[l];
                if (l > b.first) {
                    std::uint32_t nl = st.lines[l - 1].nl;
                    text.push_back('\n');
                    off.push_back(nl);
                }
                std::uint32_t le = (l == b.last && b.cut > ln.tb && b.cut < ln.te) ? b.cut : ln.te;
                text.append(st.t, ln.tb, le - ln.tb);
                off.insert(off.end(), st.o.begin() + ln.tb, st.o.begin() + le);
            }
            prev_nl = st.lines[b.last].nl;
        }
        off.push_back(off.empty() ? body_begin : off.back() + 1);
    }
};

Stage& thread_stage() {
    thread_local Stage stage;
    return stage;
}
Scratch& thread_scratch() {
    thread_local Scratch scratch;
    return scratch;
}

}  // namespace

void clean_article(Article& a) {
    Stage& st = thread_stage();
    std::uint32_t begin = 0;
    bool markdown = a.format == InputFormat::markdown;
    if (markdown) {
        FrontMatter fm = find_front_matter(a.original);
        if (fm.present) begin = static_cast<std::uint32_t>(fm.body_begin);
    }
    st.reset(a.original.size());
    if (markdown) {
        Markdown md(a.original, st);
        md.run(begin);
    } else {
        stage_text(a.original, begin, st);
    }
    Cleaner c(a, st, thread_scratch());
    c.make_blocks(!markdown && !c.hard_wrapped());
    for (auto& b : c.blocks) c.features(b);
    c.decide(!markdown);
#ifdef GEOKG_INGEST_DEBUG
    for (auto& b : c.blocks) {
        if (b.keep || b.empty) continue;
        joined(st, b, c.buf);
        std::fprintf(stderr, "DROP %s kind=%d strong=%d words=%u: %.200s\n", a.source.c_str(), int(b.kind),
                     int(b.strong), b.words, c.buf.c_str());
    }
#endif
    c.find_head_date();
    c.find_title();
    c.emit(begin);
}

}  // namespace geokg
