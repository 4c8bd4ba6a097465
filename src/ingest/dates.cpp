// Dates in article heads, metadata and URLs -> ISO (YYYY-MM-DD, YYYY-MM, YYYY).
#include <array>
#include <cstdio>
#include <cstring>

#include "geokg/article.hpp"
#include "ingest/ingest_detail.hpp"

namespace geokg {
namespace ingest_detail {
namespace {

struct Name {
    std::string_view text;
    int value;
};

// Month names and their abbreviations (matched case-insensitively, as a whole word).
constexpr std::array<Name, 25> kMonths{{
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10},
    {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}, {"febr", 2},
}};

constexpr std::array<std::string_view, 18> kWeekdays{{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
}};

bool word_is(std::string_view word, std::string_view lower) {
    std::size_t n = lower.size();
    if (word.size() != n) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (to_lower(static_cast<unsigned char>(word[i])) != static_cast<unsigned char>(lower[i])) return false;
    return true;
}

int month_of(std::string_view word) {
    if (word.size() < 3 || word.size() > 9) return 0;
    for (const auto& m : kMonths)
        if (word_is(word, m.text)) return m.value;
    return 0;
}

bool is_weekday(std::string_view word) {
    if (word.size() < 3 || word.size() > 9) return false;
    for (std::string_view w : kWeekdays)
        if (word_is(word, w)) return true;
    return false;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(int y, int m) {
    static constexpr int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2) return (y == 0 || leap(y)) ? 29 : 28;
    return d[m - 1];
}

bool valid_year(int y) { return y >= 1900 && y <= 2099; }
bool valid(int y, int m, int d) {
    if (m < 1 || m > 12) return false;
    if (y != 0 && !valid_year(y)) return false;
    return d == 0 || (d >= 1 && d <= days_in(y, m));
}

struct Scanner {
    std::string_view s;
    std::size_t n() const { return s.size(); }
    unsigned char at(std::size_t i) const { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; }

    // Digits from i: value and end (limited to `max` digits; 0 digits -> end == i).
    std::size_t digits(std::size_t i, int& value, std::size_t max = 9) const {
        value = 0;
        std::size_t j = i;
        while (j < n() && is_digit(at(j)) && j - i < max) value = value * 10 + (at(j++) - '0');
        return j;
    }
    std::size_t word(std::size_t i) const {
        std::size_t j = i;
        while (j < n() && is_alpha(at(j))) ++j;
        return j;
    }
    std::size_t spaces(std::size_t i) const {
        while (i < n() && (at(i) == ' ' || at(i) == '\t' || at(i) == '\n')) ++i;
        // a no-break space (U+00A0) counts as a space too
        while (i + 1 < n() && at(i) == 0xC2 && at(i + 1) == 0xA0) {
            i += 2;
            while (i < n() && (at(i) == ' ' || at(i) == '\t')) ++i;
        }
        return i;
    }
    // A 4-digit year at i, not followed by another digit.
    bool year_at(std::size_t i, int& y, std::size_t& end) const {
        std::size_t j = digits(i, y, 5);
        if (j - i != 4 || !valid_year(y)) return false;
        end = j;
        return true;
    }
    // Ordinal suffix after a day number: "1st", "22nd", "3rd", "25th".
    std::size_t ordinal(std::size_t i) const {
        if (i + 1 < n()) {
            char a = static_cast<char>(to_lower(at(i))), b = static_cast<char>(to_lower(at(i + 1)));
            if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) &&
                !is_alpha(at(i + 2)))
                return i + 2;
        }
        return i;
    }

    // Month name at i ("November", "Nov.", "NOV"): month and end (after the dot).
    bool month_at(std::size_t i, int& m, std::size_t& end) const {
        if (!is_upper(at(i))) return false;  // "may" the verb is not a month
        std::size_t j = word(i);
        m = month_of(s.substr(i, j - i));
        if (!m) return false;
        if (at(j) == '.') ++j;
        end = j;
        return true;
    }

    // "25 November 2020", "3rd of March, 2021", "25 Nov." (yearless)
    bool day_month(std::size_t i, DateMatch& out, bool yearless) const {
        int d;
        std::size_t j = digits(i, d, 3);
        if (j - i == 0 || j - i > 2 || d < 1 || d > 31) return false;
        j = ordinal(j);
        std::size_t k = spaces(j);
        if (k == j) return false;
        if (word_is(s.substr(k, word(k) - k), "of")) k = spaces(word(k));
        int m;
        std::size_t e;
        if (!month_at(k, m, e)) return false;
        std::size_t y0 = e;
        if (at(y0) == ',') ++y0;
        y0 = spaces(y0);
        int y;
        std::size_t ye;
        if (y0 > e && year_at(y0, y, ye) && valid(y, m, d)) {
            out.year = y, out.month = m, out.day = d, out.end = ye;
            return true;
        }
        if (yearless && valid(0, m, d)) {
            out.year = 0, out.month = m, out.day = d, out.end = e;
            return true;
        }
        return false;
    }

    // "November 25, 2020", "Nov. 25 2020", "November 2020", "Nov. 3" (yearless)
    bool month_day(std::size_t i, DateMatch& out, bool yearless) const {
        int m;
        std::size_t e;
        if (!month_at(i, m, e)) return false;
        std::size_t k = spaces(e);
        if (k == e && at(e - 1) != '.') return false;
        int d;
        std::size_t j = digits(k, d, 5);
        if (j - k >= 1 && j - k <= 2) {
            std::size_t after_day = ordinal(j);
            std::size_t y0 = after_day;
            if (at(y0) == ',') ++y0;
            y0 = spaces(y0);
            int y;
            std::size_t ye;
            if (y0 > after_day && year_at(y0, y, ye) && valid(y, m, d)) {
                out.year = y, out.month = m, out.day = d, out.end = ye;
                return true;
            }
            if (yearless && !is_digit(at(j)) && valid(0, m, d) && (at(j) != ',' || !is_digit(at(spaces(j + 1))))) {
                out.year = 0, out.month = m, out.day = d, out.end = after_day;
                return true;
            }
            return false;
        }
        if (j - k == 4 && valid_year(d)) {  // "November 2020"
            out.year = d, out.month = m, out.day = 0, out.end = j;
            return true;
        }
        if (at(e) == ',') {  // "November, 2020"
            std::size_t y0 = spaces(e + 1);
            int y;
            std::size_t ye;
            if (year_at(y0, y, ye)) {
                out.year = y, out.month = m, out.day = 0, out.end = ye;
                return true;
            }
        }
        return false;
    }

    // "2020-11-25", "2020/11/25", "2020-11-25T10:00:00Z"
    bool iso_at(std::size_t i, DateMatch& out) const {
        int y, m, d;
        std::size_t j = digits(i, y, 5);
        if (j - i != 4 || !valid_year(y)) return false;
        char sep = static_cast<char>(at(j));
        if (sep != '-' && sep != '/' && sep != '.') return false;
        std::size_t k = digits(j + 1, m, 3);
        if (k - (j + 1) < 1 || k - (j + 1) > 2) return false;
        if (at(k) == static_cast<unsigned char>(sep)) {
            std::size_t l = digits(k + 1, d, 3);
            if (l - (k + 1) < 1 || l - (k + 1) > 2 || !valid(y, m, d) || d == 0) return false;
            out.year = y, out.month = m, out.day = d, out.end = l;
            return true;
        }
        return false;
    }

    bool at_word_start(std::size_t i) const { return i == 0 || !is_alnum(at(i - 1)); }

    bool find(DateMatch& out, bool yearless) const {
        for (std::size_t i = 0; i < n(); ++i) {
            unsigned char c = at(i);
            if (!(is_digit(c) || is_upper(c)) || !at_word_start(i)) continue;
            out = DateMatch{};
            out.begin = i;
            if (is_digit(c)) {
                if (iso_at(i, out) || day_month(i, out, yearless)) return true;
                continue;
            }
            std::size_t w = word(i);
            if (is_weekday(s.substr(i, w - i))) {
                std::size_t k = w;
                if (at(k) == '.') ++k;
                if (at(k) == ',') ++k;
                k = spaces(k);
                if (k > w && (month_day(k, out, yearless) || day_month(k, out, yearless))) {
                    out.weekday = true;
                    return true;
                }
                out = DateMatch{};
                out.begin = i;
                continue;
            }
            if (month_day(i, out, yearless)) return true;
        }
        return false;
    }
};

}  // namespace

std::string DateMatch::iso() const {
    if (year == 0) return {};
    char buf[16];
    if (month == 0) {
        std::snprintf(buf, sizeof buf, "%04d", year);
    } else if (day == 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    }
    return buf;
}

bool find_date(std::string_view text, DateMatch& match, bool yearless) {
    Scanner sc{text};
    if (sc.find(match, yearless)) return true;
    // Metadata forms that only count as the whole string: "2020-11", "2020".
    std::size_t b = 0, e = text.size();
    while (b < e && is_space(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && is_space(static_cast<unsigned char>(text[e - 1]))) --e;
    std::string_view t = text.substr(b, e - b);
    int y = 0, m = 0;
    if (t.size() == 4 || (t.size() == 7 && (t[4] == '-' || t[4] == '/'))) {
        for (std::size_t i = 0; i < 4; ++i) {
            if (!is_digit(static_cast<unsigned char>(t[i]))) return false;
            y = y * 10 + (t[i] - '0');
        }
        if (t.size() == 7) {
            if (!is_digit(static_cast<unsigned char>(t[5])) || !is_digit(static_cast<unsigned char>(t[6]))) return false;
            m = (t[5] - '0') * 10 + (t[6] - '0');
            if (m < 1 || m > 12) return false;
        }
        if (!valid_year(y)) return false;
        match = DateMatch{};
        match.begin = b;
        match.end = e;
        match.year = y;
        match.month = m;
        return true;
    }
    return false;
}

bool is_date_only(std::string_view line) {
    DateMatch m;
    if (!find_date(line, m)) return false;
    for (std::size_t i = 0; i < m.begin; ++i) {
        unsigned char c = static_cast<unsigned char>(line[i]);
        if (is_alnum(c) || c >= 0x80) return false;
    }
    std::size_t i = m.end, n = line.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(line[i]);
        if (is_digit(c)) {  // a time: 09:15, 11:30:00
            std::size_t j = i;
            while (j < n && (is_digit(static_cast<unsigned char>(line[j])) || line[j] == ':')) ++j;
            if (j - i > 8) return false;
            i = j;
        } else if (is_alpha(c)) {
            std::size_t j = i;
            bool upper = true;
            while (j < n && is_alpha(static_cast<unsigned char>(line[j]))) {
                upper = upper && is_upper(static_cast<unsigned char>(line[j]));
                ++j;
            }
            std::string_view w = line.substr(i, j - i);
            bool ok = word_is(w, "am") || word_is(w, "pm") || word_is(w, "a") || word_is(w, "p") ||
                      word_is(w, "m") || word_is(w, "at") || word_is(w, "updated") || (upper && w.size() <= 4);
            if (!ok) return false;
            i = j;
        } else if (c >= 0x80) {
            // dashes, bullets and no-break spaces: E2 80 xx, C2 A0, C2 B7
            if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(line[i + 1]) == 0x80) {
                i += 3;
            } else if (c == 0xC2 && i + 1 < n) {
                i += 2;
            } else {
                return false;
            }
        } else {
            ++i;  // spaces and ASCII punctuation
        }
    }
    return true;
}

std::string date_from_url(std::string_view url) {
    auto num = [&](std::size_t i, std::size_t len, int& v) {
        if (i + len > url.size()) return false;
        v = 0;
        for (std::size_t k = 0; k < len; ++k) {
            unsigned char c = static_cast<unsigned char>(url[i + k]);
            if (!is_digit(c)) return false;
            v = v * 10 + (c - '0');
        }
        return i + len == url.size() || !is_digit(static_cast<unsigned char>(url[i + len]));
    };
    // ".../2021/03/01/..." or ".../2021/03/..."
    for (std::size_t i = 0; i + 8 <= url.size(); ++i) {
        if (url[i] != '/') continue;
        int y, m, d;
        if (!num(i + 1, 4, y) || y < 1990 || y > 2099 || i + 5 >= url.size() || url[i + 5] != '/') continue;
        if (!num(i + 6, 2, m) || m < 1 || m > 12) continue;
        DateMatch dm;
        dm.year = y, dm.month = m;
        if (i + 8 < url.size() && url[i + 8] == '/' && num(i + 9, 2, d) && valid(y, m, d)) dm.day = d;
        return dm.iso();
    }
    // "...2021-03-01..."
    for (std::size_t i = 0; i + 10 <= url.size(); ++i) {
        if (i > 0 && is_digit(static_cast<unsigned char>(url[i - 1]))) continue;
        int y, m, d;
        if (num(i, 4, y) && y >= 1990 && y <= 2099 && url[i + 4] == '-' && num(i + 5, 2, m) && url[i + 7] == '-' &&
            num(i + 8, 2, d) && valid(y, m, d) && d > 0) {
            DateMatch dm;
            dm.year = y, dm.month = m, dm.day = d;
            return dm.iso();
        }
    }
    return {};
}

FrontMatter find_front_matter(std::string_view c) {
    FrontMatter fm;
    std::size_t i = 0;
    if (c.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    if (c.substr(i, 3) != "---") return fm;
    std::size_t j = i + 3;
    while (j < c.size() && (c[j] == ' ' || c[j] == '\t' || c[j] == '\r')) ++j;
    if (j >= c.size() || c[j] != '\n') return fm;
    std::size_t yaml_begin = j + 1, line = yaml_begin;
    while (line < c.size()) {
        std::size_t eol = c.find('\n', line);
        std::size_t end = eol == std::string_view::npos ? c.size() : eol;
        std::string_view l = c.substr(line, end - line);
        while (!l.empty() && (l.back() == ' ' || l.back() == '\t' || l.back() == '\r')) l.remove_suffix(1);
        if (l == "---" || l == "...") {
            fm.present = true;
            fm.yaml_begin = yaml_begin;
            fm.yaml_end = line;
            fm.yaml_line = 2;
            fm.body_begin = eol == std::string_view::npos ? c.size() : eol + 1;
            return fm;
        }
        if (eol == std::string_view::npos) break;
        line = eol + 1;
    }
    return fm;
}

}  // namespace ingest_detail

std::string parse_date(std::string_view text) {
    ingest_detail::DateMatch m;
    if (!ingest_detail::find_date(text, m)) return {};
    return m.iso();
}

}  // namespace geokg
