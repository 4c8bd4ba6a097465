// Sentence splitting of cleaned article text.
//
// A sentence ends at a blank line (paragraph break: headlines, list items and
// table rows are paragraphs of their own), or at '.', '!', '?', '…' followed by
// whitespace, after any closing quotes and brackets ("He left." -> ends after
// the quote). Then it depends on the word before the period and the token after:
//  - a lower-case token never starts a sentence ("?” he asked", "etc. and");
//  - titles (Mr., Dr., Gen., Sen., ...) never end one;
//  - "No. 3", "Nov. 24", "Art. 5": no break before a number;
//  - a single capital ("John F. Kennedy") and dotted abbreviations ("U.S.",
//    "U.K.", "a.m.", "D.C.") end a sentence only when the next word is a
//    common sentence opener (The, But, In, It, He, She, They, This, ...):
//    "the U.S. The talks" splits, "the U.S. State Department" does not. The
//    same holds for company and name suffixes (Inc., Corp., Jr.) and "St.".
//    This misses "U.S. Congress passed ..." after a sentence that ended in
//    "U.S." (rare), and never splits "U.S. President Biden".
//  - otherwise a capital letter, digit, opening quote or bracket, or any
//    non-ASCII letter starts the next sentence.
// Decimals ("3.5"), dotted names ("whitehouse.gov") and "U.S.-China" have no
// space after the period and never split.
#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "geokg/article.hpp"
#include "ingest/ingest_detail.hpp"

namespace geokg {

using namespace ingest_detail;

namespace {

using SV = std::string_view;

inline unsigned char u(char c) { return static_cast<unsigned char>(c); }


// Titles before a name: never the end of a sentence.
constexpr auto kTitles = std::to_array<SV>({
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm",
    "Sgt", "Cpl", "Pvt", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Amb", "Rev", "Hon", "Fr", "Pres",
    "Supt", "Insp", "Det", "Brig", "Messrs", "Mmes", "Mme", "Mlle", "Lieut", "Atty", "Rt", "Gens",
    "Sec", "Secs", "Sr", "Ft",
});
// Transcripts write them in capitals: "MS. PSAKI:".
constexpr auto kTitlesUpper = std::to_array<SV>({
    "MR", "MRS", "MS", "DR", "PROF", "SEN", "REP", "GOV", "GEN", "LT", "COL", "MAJ", "CAPT", "ADM", "SGT",
    "AMB", "REV", "HON", "SECY",
});
// Before a number: "No. 3", "Art. 5", "Nov. 24".
constexpr auto kBeforeNumber = std::to_array<SV>({
    "No", "Nos", "no", "nos", "Art", "art", "Vol", "vol", "Vols", "Ch", "ch", "Fig", "fig", "Figs",
    "Para", "para", "Pt", "pt", "pp", "p", "Op", "Ex", "Nr", "Tel", "tel", "ca", "Sec", "Sect", "Reg", "Res",
});
constexpr auto kMonths = std::to_array<SV>({
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Febr",
});
// Can end a sentence, but usually do not: split only before a sentence opener.
constexpr auto kSuffixes = std::to_array<SV>({
    "Inc", "Corp", "Ltd", "Co", "Jr", "Bros", "LLC", "Plc", "plc", "Univ", "Dept", "Govt", "Assn",
    "Ave", "Blvd", "Rd", "St", "Mt", "Ste", "etc", "Cos", "Intl", "Natl", "Mass",
});
// Never the end of a sentence.
constexpr auto kNever = std::to_array<SV>({
    "vs", "approx", "esp", "incl", "cf", "viz", "al", "ibid", "Ibid", "Messrs", "v", "c",
});
// Words that commonly open a sentence.
constexpr auto kOpeners = std::to_array<SV>({
    "The", "A", "An", "But", "And", "Or", "So", "Yet", "In", "On", "At", "It", "Its", "It's", "It’s", "He",
    "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here", "His", "Her",
    "Their", "Our", "My", "Your", "As", "After", "Before", "When", "While", "If", "For", "However",
    "Meanwhile", "Also", "Still", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next",
    "Some", "Many", "Most", "Both", "Such", "What", "Why", "How", "Who", "Where", "Since", "Although",
    "Though", "Despite", "Under", "With", "Without", "From", "During", "According", "Earlier", "Later",
    "Instead", "Moreover", "Furthermore", "Thus", "Therefore", "Indeed", "Not", "No", "Yes", "Other",
    "Another", "Each", "Every", "All", "Among", "Over", "Until", "One", "Two", "Three", "Asked", "Speaking",
    "Overall", "Currently", "Previously", "Recently", "Separately", "Similarly", "Additionally", "Neither",
    "Nor", "Because",
});

bool is_ws_at(SV t, std::size_t i) {
    if (i >= t.size()) return false;
    unsigned char c = u(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
    return c == 0xC2 && i + 1 < t.size() && u(t[i + 1]) == 0xA0;
}
std::size_t ws_len(SV t, std::size_t i) {
    if (i >= t.size()) return 0;
    unsigned char c = u(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (c == 0xC2 && i + 1 < t.size() && u(t[i + 1]) == 0xA0) return 2;
    return 0;
}

// Closing quotes and brackets at i: their length, else 0.
std::size_t closer_len(SV t, std::size_t i) {
    unsigned char c = u(t[i]);
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') return 1;
    if (c == 0xE2 && i + 2 < t.size() && u(t[i + 1]) == 0x80 && (u(t[i + 2]) == 0x9D || u(t[i + 2]) == 0x99)) return 3;
    if (c == 0xC2 && i + 1 < t.size() && u(t[i + 1]) == 0xBB) return 2;
    return 0;
}
// Opening quotes and brackets at i.
std::size_t opener_len(SV t, std::size_t i) {
    if (i >= t.size()) return 0;
    unsigned char c = u(t[i]);
    if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
    if (c == 0xE2 && i + 2 < t.size() && u(t[i + 1]) == 0x80 && (u(t[i + 2]) == 0x9C || u(t[i + 2]) == 0x98)) return 3;
    if (c == 0xC2 && i + 1 < t.size() && u(t[i + 1]) == 0xAB) return 2;
    return 0;
}

bool is_ellipsis_at(SV t, std::size_t i) {
    return i + 2 < t.size() && u(t[i]) == 0xE2 && u(t[i + 1]) == 0x80 && u(t[i + 2]) == 0xA6;
}

// "U.S", "a.m", "D.C", "e.g", "J.R.R": letters joined by single periods.
bool dotted(SV w) {
    if (w.size() < 3) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (i % 2 == 0 ? !is_alpha(u(w[i])) : w[i] != '.') return false;
    }
    return w.size() % 2 == 1;
}

// What a word before a period (or after it) is, from the lists above.
enum : std::uint8_t { W_TITLE = 1, W_BEFORE_NUMBER = 2, W_MONTH = 4, W_SUFFIX = 8, W_NEVER = 16, W_OPENER = 32 };

// The lists by length and first byte: one lookup per period, no hashing.
struct Lexicon {
    static constexpr std::size_t kMaxLen = 12;
    struct Entry {
        SV word;
        std::uint8_t flags;
    };
    std::vector<Entry> by[kMaxLen + 1][128];
    Lexicon() {
        auto add = [&](const auto& list, std::uint8_t flag) {
            for (SV w : list) {
                auto& bucket = by[w.size()][u(w[0])];
                auto it = std::find_if(bucket.begin(), bucket.end(), [&](const Entry& e) { return e.word == w; });
                if (it == bucket.end()) {
                    bucket.push_back({w, flag});
                } else {
                    it->flags |= flag;
                }
            }
        };
        add(kTitles, W_TITLE);
        add(kTitlesUpper, W_TITLE);
        add(kBeforeNumber, W_BEFORE_NUMBER);
        add(kMonths, W_MONTH);
        add(kSuffixes, W_SUFFIX);
        add(kNever, W_NEVER);
        add(kOpeners, W_OPENER);
    }
    std::uint8_t operator()(SV w) const {
        if (w.empty() || w.size() > kMaxLen || u(w[0]) >= 128) return 0;
        for (const Entry& e : by[w.size()][u(w[0])])
            if (e.word == w) return e.flags;
        return 0;
    }
};
const Lexicon& lexicon() {
    static const Lexicon lex;
    return lex;
}

// Does the sentence end at the period at `dot`, given the next token at `next`?
bool period_ends(SV t, std::size_t dot, std::size_t next) {
    // the next word (past opening quotes and brackets): a lower-case one never starts a sentence
    std::size_t k = next;
    while (k < t.size() && opener_len(t, k)) k += opener_len(t, k);
    unsigned char nc = k < t.size() ? u(t[k]) : 0;
    if (is_lower(nc)) return false;

    // the word before the period
    std::size_t b = dot;
    while (b > 0 && !is_ws_at(t, b - 1) && t[b - 1] != '(' && t[b - 1] != '[' && t[b - 1] != '"' &&
           !(b >= 2 && u(t[b - 1]) == 0xA0 && u(t[b - 2]) == 0xC2))  // a no-break space
        --b;
    while (b < dot && opener_len(t, b)) b += opener_len(t, b);
    SV w = t.substr(b, dot - b);

    if (w.empty()) return true;
    const Lexicon& lex = lexicon();
    std::uint8_t f = lex(w);
    bool dots = dotted(w);
    bool initial = w.size() == 1 && is_upper(u(w[0]));
    if (!f && !dots && !initial) return true;  // an ordinary word
    if (f & (W_NEVER | W_TITLE)) return false;
    if (is_digit(nc) && (f & (W_BEFORE_NUMBER | W_MONTH))) return false;
    std::size_t ke = k;
    while (ke < t.size() && !is_ws_at(t, ke) && (is_alnum(u(t[ke])) || u(t[ke]) >= 0x80 || t[ke] == '\'' || t[ke] == '-'))
        ++ke;
    SV nw = t.substr(k, ke - k);
    bool opener = (lex(nw) & W_OPENER) != 0;
    if (initial) return opener;  // "John F. Kennedy"
    if (dots) {
        if (w == "e.g" || w == "i.e" || w == "E.g" || w == "I.e") return false;
        return opener;  // "the U.S. The talks" vs "the U.S. State Department"
    }
    if (f & W_SUFFIX) return opener;
    return true;
}

struct Interesting {
    bool v[256] = {};
    constexpr Interesting() {
        v[static_cast<unsigned char>('\n')] = v[static_cast<unsigned char>('.')] = true;
        v[static_cast<unsigned char>('!')] = v[static_cast<unsigned char>('?')] = v[0xE2] = true;
    }
};
constexpr Interesting kInteresting;

// The first byte at or after i that may end a sentence or a paragraph
// ('\n', '.', '!', '?', 0xE2: the first byte of '…'), or n.
inline std::size_t next_interesting(SV t, std::size_t i) {
    const std::size_t n = t.size();
    const char* p = t.data();
#if defined(__SSE2__)
    const __m128i nl = _mm_set1_epi8('\n'), dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'),
                  q = _mm_set1_epi8('?'), e2 = _mm_set1_epi8(static_cast<char>(0xE2));
    while (i + 16 <= n) {
        __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, nl), _mm_cmpeq_epi8(x, dot)),
                                 _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, bang), _mm_cmpeq_epi8(x, q)),
                                              _mm_cmpeq_epi8(x, e2)));
        unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(m));
        if (bits) return i + static_cast<std::size_t>(__builtin_ctz(bits));
        i += 16;
    }
#endif
    while (i < n && !kInteresting.v[u(p[i])]) ++i;
    return i;
}

// The splitter: calls push(begin, end) for every sentence, in order.
template <class Push>
void split(std::string_view t, Push&& push_span) {
    const std::size_t n = t.size();
    auto push = [&](std::size_t b, std::size_t e) {
        while (b < e && ws_len(t, b)) b += ws_len(t, b);
        while (e > b) {
            if (is_ws_at(t, e - 1)) {
                --e;
            } else if (e - b >= 2 && u(t[e - 2]) == 0xC2 && u(t[e - 1]) == 0xA0) {
                e -= 2;
            } else {
                break;
            }
        }
        if (b < e) push_span(b, e);
    };
    std::size_t start = 0, i = 0;
    while (i < n) {
        i = next_interesting(t, i);
        if (i >= n) break;
        char c = t[i];
        if (c == '\n') {
            std::size_t j = i + 1;
            while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) ++j;
            if (j < n && t[j] == '\n') {  // a blank line
                push(start, i);
                while (j < n && (t[j] == '\n' || t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) ++j;
                start = i = j;
                continue;
            }
            ++i;
            continue;
        }
        bool ell = is_ellipsis_at(t, i);
        if (c != '.' && c != '!' && c != '?' && !ell) {
            ++i;
            continue;
        }
        // the run of terminators: ".", "?!", "...", "…"
        std::size_t e = i;
        bool strong = false, ellipsis = ell;
        std::size_t dots = 0;
        while (e < n) {
            if (t[e] == '.') {
                ++dots;
                ++e;
            } else if (t[e] == '!' || t[e] == '?') {
                strong = true;
                ++e;
            } else if (is_ellipsis_at(t, e)) {
                ellipsis = true;
                e += 3;
            } else {
                break;
            }
        }
        if (dots >= 2) ellipsis = true;
        while (e < n && closer_len(t, e)) e += closer_len(t, e);
        if (e < n && !is_ws_at(t, e)) {  // "3.5", "U.S.-China", "whitehouse.gov"
            i = e;
            continue;
        }
        std::size_t m = e;
        while (m < n && ws_len(t, m)) m += ws_len(t, m);
        bool ends;
        if (m >= n) {
            ends = true;
        } else if (strong || ellipsis) {
            std::size_t k = m;
            while (k < n && opener_len(t, k)) k += opener_len(t, k);
            unsigned char nc = k < n ? u(t[k]) : 0;
            ends = strong ? !is_lower(nc) : (is_upper(nc) || nc >= 0xC0);
        } else {
            ends = period_ends(t, i, m);
        }
        if (ends) {
            push(start, e);
            start = e;
        }
        i = e;
    }
    push(start, n);
}

}  // namespace

std::vector<SentenceSpan> split_sentences(std::string_view t) {
    std::vector<SentenceSpan> out;
    split(t, [&](std::size_t b, std::size_t e) {
        out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    });
    return out;
}

}  // namespace geokg
