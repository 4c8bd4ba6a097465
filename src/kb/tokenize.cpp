// Tokenizer shared by the knowledge base (surface forms) and the extractor (text).
#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "geokg/kb.hpp"

namespace geokg {

namespace {

bool is_ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Classification of the character at text[i]: returns its byte length and kind.
enum class CK { space, newline, letter, digit, punct };
struct CharInfo {
    CK kind;
    unsigned len;
    std::string_view norm;  // for punctuation: normalized form
    bool upper = false;
};

CharInfo classify(std::string_view t, std::size_t i) {
    unsigned char c = t[i];
    if (c < 0x80) {
        if (c == '\n') return {CK::newline, 1, {}};
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return {CK::space, 1, {}};
        if (is_ascii_alpha(c)) return {CK::letter, 1, {}, is_ascii_upper(c)};
        if (is_ascii_digit(c)) return {CK::digit, 1, {}};
        return {CK::punct, 1, t.substr(i, 1)};
    }
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

const std::unordered_set<std::string_view>& abbreviations() {
    static const std::unordered_set<std::string_view> s = {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
        "Sen", "Rep", "Gov", "Amb", "Pres", "Rev", "Hon", "St", "Jr", "Sr", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "No", "Nos", "vs", "etc", "Inc", "Co", "Corp", "Ltd", "Bros", "approx", "Dept", "Govt",
        "Fig", "Vol", "est", "al", "cf"};
    return s;
}

}  // namespace

bool is_abbreviation(std::string_view word) { return abbreviations().count(word) > 0; }

std::string ascii_lower(std::string_view s) {
    std::string r(s);
    for (auto& c : r)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return r;
}

std::string fold_diacritics(std::string_view s) {
    bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return (unsigned char)c < 0x80; });
    if (ascii) return std::string(s);
    static thread_local std::unique_ptr<icu::Transliterator> tr = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) t.reset();
        return t;
    }();
    if (!tr) return std::string(s);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), (int32_t)s.size()));
    tr->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::vector<Token> tokenize(std::string_view t) {
    std::vector<Token> out;
    out.reserve(t.size() / 5 + 4);
    std::size_t i = 0, n = t.size();
    bool space = true, newline = true;
    while (i < n) {
        CharInfo ci = classify(t, i);
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
                if (j < n && (t[j] == 's' || t[j] == 'S') &&
                    (j + 1 >= n || classify(t, j + 1).kind != CK::letter)) {
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
            if (ci.norm == "-" && i + 1 < n && t[i] == '-' && t[i + 1] == '-') {
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
        while (j < n) {
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
                    bool poss = (t[k] == 's' || t[k] == 'S') &&
                                (k + 1 >= n || classify(t, k + 1).kind != CK::letter);
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
