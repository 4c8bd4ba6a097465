// Tokenizer shared by the knowledge base (surface forms) and the extractor (text).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "geokg/kb.hpp"

namespace geokg {

namespace {

bool is_ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Classification of the character at text[i]: returns its byte length and kind.
enum class CK : std::uint8_t { space, newline, letter, digit, punct };
struct CharInfo {
    CK kind;
    unsigned len;
    std::string_view norm;  // for punctuation: normalized form
    bool upper = false;
};

// ASCII bytes by kind (bytes >= 0x80: `high`, classified by classify_high).
enum : std::uint8_t { A_SPACE, A_NEWLINE, A_LOWER, A_UPPER, A_DIGIT, A_PUNCT, A_HIGH };
struct AsciiTable {
    std::uint8_t v[256] = {};
    bool alnum[256] = {};  // ASCII letters and digits
    constexpr AsciiTable() {
        for (int c = 0; c < 256; ++c) {
            if (c >= 0x80) v[c] = A_HIGH;
            else if (c == '\n') v[c] = A_NEWLINE;
            else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') v[c] = A_SPACE;
            else if (c >= 'a' && c <= 'z') v[c] = A_LOWER;
            else if (c >= 'A' && c <= 'Z') v[c] = A_UPPER;
            else if (c >= '0' && c <= '9') v[c] = A_DIGIT;
            else v[c] = A_PUNCT;
            alnum[c] = v[c] == A_LOWER || v[c] == A_UPPER || v[c] == A_DIGIT;
        }
    }
};
constexpr AsciiTable kAscii;

CharInfo classify_high(std::string_view t, std::size_t i) {
    unsigned char c = t[i];
    unsigned len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > t.size()) len = 1;
    if (len == 2) {
        unsigned char d = t[i + 1];
        if (c == 0xC2) {
            if (d == 0xA0) return {CK::space, 2, {}};
            if (d == 0xAB || d == 0xBB) return {CK::punct, 2, "\""};
            if (d < 0xC0) return {CK::punct, 2, t.substr(i, 2)};  // other Latin-1 symbols
        }
        // Latin letters with diacritics: upper case in U+00C0..U+00DE
        bool upper = (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97);
        return {CK::letter, 2, {}, upper};
    }
    if (len == 3 && c == 0xE2) {
        unsigned char d = t[i + 1], e = t[i + 2];
        if (d == 0x80) {
            if (e <= 0x8A || e == 0xAF) return {CK::space, 3, {}};  // various spaces
            if (e == 0x8B || e == 0x8C || e == 0x8D) return {CK::space, 3, {}};  // zero-width
            if (e >= 0x90 && e <= 0x95) return {CK::punct, 3, "-"};
            if (e == 0x98 || e == 0x99 || e == 0x9B) return {CK::punct, 3, "'"};
            if (e == 0x9C || e == 0x9D || e == 0x9F) return {CK::punct, 3, "\""};
            if (e == 0xA6) return {CK::punct, 3, "..."};
            if (e == 0xA8 || e == 0xA9) return {CK::newline, 3, {}};
            return {CK::punct, 3, t.substr(i, 3)};
        }
        return {CK::punct, 3, t.substr(i, 3)};  // arrows, symbols
    }
    if (len == 3 && c == 0xEF && (unsigned char)t[i + 1] == 0xBB && (unsigned char)t[i + 2] == 0xBF)
        return {CK::space, 3, {}};  // BOM
    return {CK::letter, len, {}};
}

inline CharInfo classify(std::string_view t, std::size_t i) {
    unsigned char c = t[i];
    switch (kAscii.v[c]) {
        case A_SPACE: return {CK::space, 1, {}};
        case A_NEWLINE: return {CK::newline, 1, {}};
        case A_LOWER: return {CK::letter, 1, {}, false};
        case A_UPPER: return {CK::letter, 1, {}, true};
        case A_DIGIT: return {CK::digit, 1, {}};
        case A_PUNCT: return {CK::punct, 1, t.substr(i, 1)};
        default: return classify_high(t, i);
    }
}
// Only whether text[i] is a letter (the possessive test).
inline bool letter_at(std::string_view t, std::size_t i) {
    unsigned char c = t[i];
    std::uint8_t k = kAscii.v[c];
    if (k != A_HIGH) return k == A_LOWER || k == A_UPPER;
    return classify_high(t, i).kind == CK::letter;
}

constexpr std::string_view kAbbreviations[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
    "Sen", "Rep", "Gov", "Amb", "Pres", "Rev", "Hon", "St", "Jr", "Sr", "Mt", "Ft",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    "No", "Nos", "vs", "etc", "Inc", "Co", "Corp", "Ltd", "Bros", "approx", "Dept", "Govt",
    "Fig", "Vol", "est", "al", "cf"};

// The abbreviations by length and first letter: a word before a period (one
// per sentence) is looked up without hashing.
struct AbbreviationIndex {
    static constexpr std::size_t kMaxLen = 8;
    std::vector<std::string_view> v[kMaxLen + 1][128];
    AbbreviationIndex() {
        for (std::string_view a : kAbbreviations) v[a.size()][static_cast<unsigned char>(a[0])].push_back(a);
    }
    bool has(std::string_view w) const {
        if (w.empty() || w.size() > kMaxLen || static_cast<unsigned char>(w[0]) >= 128) return false;
        for (std::string_view a : v[w.size()][static_cast<unsigned char>(w[0])])
            if (a == w) return true;
        return false;
    }
};
const AbbreviationIndex& abbreviations() {
    static const AbbreviationIndex index;
    return index;
}

}  // namespace

bool is_abbreviation(std::string_view word) { return abbreviations().has(word); }

std::string ascii_lower(std::string_view s) {
    std::string r(s);
    for (auto& c : r)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return r;
}

// NFD, drop the nonspacing marks (General_Category Mn), NFC: what the ICU
// transliterator "NFD; [:Nonspacing Mark:] Remove; NFC" does, with ICU's
// normalizers directly (creating that transliterator costs ~25 ms at start-up:
// it builds ICU's whole transliterator registry).
std::string fold_diacritics(std::string_view s) {
    bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return (unsigned char)c < 0x80; });
    if (ascii) return std::string(s);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || !nfd || !nfc) return std::string(s);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), (int32_t)s.size()));
    icu::UnicodeString d = nfd->normalize(u, status);
    if (U_FAILURE(status)) return std::string(s);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < d.length();) {
        UChar32 c = d.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
        i += U16_LENGTH(c);
    }
    icu::UnicodeString r = nfc->normalize(kept, status);
    if (U_FAILURE(status)) return std::string(s);
    std::string out;
    r.toUTF8String(out);
    return out;
}

std::vector<Token> tokenize(std::string_view t) {
    std::vector<Token> out;
    out.reserve(t.size() / 5 + 4);
    std::size_t i = 0, n = t.size();
    bool space = true, newline = true;
    while (i < n) {
        // white space: one byte at a time in ASCII, classify_high for the rest
        const unsigned char c0 = t[i];
        const std::uint8_t k0 = kAscii.v[c0];
        if (k0 == A_SPACE) { space = true; ++i; continue; }
        if (k0 == A_NEWLINE) { space = true; newline = true; ++i; continue; }
        CharInfo ci = k0 == A_HIGH ? classify_high(t, i) : classify(t, i);
        if (ci.kind == CK::space) { space = true; i += ci.len; continue; }
        if (ci.kind == CK::newline) { space = true; newline = true; i += ci.len; continue; }
        Token tok;
        tok.begin = (std::uint32_t)i;
        tok.flags = (space ? tok_space_before : 0) | (newline ? tok_newline_before : 0);
        space = newline = false;
        if (ci.kind == CK::punct) {
            // possessive 's / ' after a word
            if (ci.norm == "'" && !out.empty() && (out.back().flags & tok_word) && out.back().end == i) {
                std::size_t j = i + ci.len;
                if (j < n && (t[j] == 's' || t[j] == 'S') && (j + 1 >= n || !letter_at(t, j + 1))) {
                    tok.end = (std::uint32_t)(j + 1);
                    tok.flags |= tok_punct;
                    tok.norm = "'s";
                    out.push_back(tok);
                    i = j + 1;
                    continue;
                }
            }
            tok.end = (std::uint32_t)(i + ci.len);
            tok.flags |= tok_punct;
            tok.norm = ci.norm;
            // collapse "--" into one dash token
            if (t[i] == '-' && i + 1 < n && t[i + 1] == '-') {
                tok.end = (std::uint32_t)(i + 2);
            }
            out.push_back(tok);
            i = tok.end;
            continue;
        }
        // word
        tok.flags |= tok_word;
        if (ci.kind == CK::digit) tok.flags |= tok_digit;
        if (ci.upper) tok.flags |= tok_upper;
        std::size_t j = i + ci.len;
        bool has_curly = false;
        for (;;) {
            {  // the common case: a run of ASCII letters and digits
                const char* p = t.data() + j;
                const char* const e = t.data() + n;
                while (p < e && kAscii.alnum[(unsigned char)*p]) ++p;
                j = static_cast<std::size_t>(p - t.data());
            }
            if (j >= n) break;
            const std::uint8_t kj = kAscii.v[(unsigned char)t[j]];
            if (kj == A_SPACE || kj == A_NEWLINE) break;  // the word ends at white space
            CharInfo cj = classify(t, j);
            if (cj.kind == CK::letter || cj.kind == CK::digit) { j += cj.len; continue; }
            if (cj.kind == CK::punct) {
                std::size_t k = j + cj.len;
                if (k >= n) break;
                CharInfo ck = classify(t, k);
                bool next_alnum = ck.kind == CK::letter || ck.kind == CK::digit;
                // internal dot: U.S, e.g, 3.5
                if (t[j] == '.' && next_alnum) {
                    // only for initialisms (single letters) and numbers
                    std::size_t seg_start = j;
                    while (seg_start > i && t[seg_start - 1] != '.') --seg_start;
                    bool short_seg = j - seg_start <= 2;
                    bool digits = is_ascii_digit((unsigned char)t[j - 1]) && ck.kind == CK::digit;
                    if (short_seg || digits) { j = k; continue; }
                    break;
                }
                if ((t[j] == ',' ) && is_ascii_digit((unsigned char)t[j - 1]) && ck.kind == CK::digit) {
                    j = k;
                    continue;
                }
                if (cj.norm == "'" && ck.kind == CK::letter) {
                    // possessive 's is split off; other apostrophes (don't, O'Brien) stay inside
                    bool poss = (t[k] == 's' || t[k] == 'S') && (k + 1 >= n || !letter_at(t, k + 1));
                    if (poss) break;
                    if (cj.len > 1) has_curly = true;
                    j = k;
                    continue;
                }
            }
            break;
        }
        // trailing dot of an initialism or a known abbreviation
        if (j < n && t[j] == '.') {
            std::string_view w = t.substr(i, j - i);
            bool initialism = (w.size() == 1 && is_ascii_upper((unsigned char)w[0])) ||
                              (w.size() >= 3 && w[1] == '.' && w.find('.') != std::string_view::npos &&
                               is_ascii_alpha((unsigned char)w[0]));
            if (initialism || is_abbreviation(w)) ++j;
        }
        tok.end = (std::uint32_t)j;
        tok.norm = t.substr(i, j - i);
        if (has_curly) {
            // normalize curly apostrophes in the word: store in a per-thread pool
            std::string s;
            for (std::size_t p = i; p < j;) {
                CharInfo cp = classify(t, p);
                if (cp.kind == CK::punct && cp.norm == "'") s += '\'';
                else s.append(t.substr(p, cp.len));
                p += cp.len;
            }
            // Interned per thread (node-based: views stay valid); the set of
            // words written with a curly apostrophe is small (contractions, names).
            static thread_local std::unordered_set<std::string> interned;
            tok.norm = *interned.insert(std::move(s)).first;
        }
        out.push_back(tok);
        i = j;
    }
    return out;
}

}  // namespace geokg
