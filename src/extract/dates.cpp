// Dates per triple: explicit date expressions resolved against the article date.
#include <charconv>
#include <cstdio>

#include "detail.hpp"

namespace geokg::extract_detail {

namespace {

int month_of(std::string_view w) {
    if (w.size() < 3 || w.size() > 9 || !((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z'))) return 0;
    static constexpr std::string_view names[] = {"january", "february", "march", "april", "may", "june", "july",
                                  "august", "september", "october", "november", "december"};
    static constexpr std::string_view abbr[] = {"jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.",
                                 "aug.", "sep.", "oct.", "nov.", "dec."};
    for (int i = 0; i < 12; ++i)
        if (ieq(w, names[i]) || ieq(w, abbr[i])) return i + 1;
    if (ieq(w, "sept.")) return 9;
    // abbreviations written without the dot
    static constexpr std::string_view bare[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i)
        if (i != 4 && i != 2 && w.size() == 3 && ieq(w, bare[i]) && w[0] >= 'A' && w[0] <= 'Z') return i + 1;
    return 0;
}

int weekday_of(std::string_view w) {
    if (w.size() < 6 || w.size() > 9) return -1;
    static constexpr std::string_view names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i)
        if (ieq(w, names[i])) return i;  // 0 = Monday
    return -1;
}

int to_int(std::string_view s) {
    int v = -1;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return -1;
    return v;
}

int day_number(std::string_view w) {
    // "24", "24th", "1st", "2nd", "3rd"
    std::size_t n = 0;
    while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
    if (n == 0 || n > 2) return -1;
    auto rest = w.substr(n);
    if (!rest.empty() && !(ieq(rest, "st") || ieq(rest, "nd") || ieq(rest, "rd") || ieq(rest, "th"))) return -1;
    int d = to_int(w.substr(0, n));
    return d >= 1 && d <= 31 ? d : -1;
}

// days since 1970-01-01 (Howard Hinnant's algorithm)
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}
void civil_from_days(long z, int& y, int& m, int& d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = (long)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    d = (int)(doy - (153 * mp + 2) / 5 + 1);
    m = (int)(mp < 10 ? mp + 3 : mp - 9);
    y = (int)(yy + (m <= 2));
}

std::string iso(int y, int m = 0, int d = 0) {
    char buf[16];
    if (m == 0) std::snprintf(buf, sizeof buf, "%04d", y);
    else if (d == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

bool parse_iso(std::string_view s, int& y, int& m, int& d) {
    y = m = d = 0;
    if (s.size() < 4) return false;
    y = to_int(s.substr(0, 4));
    if (y < 0) return false;
    if (s.size() >= 7) m = to_int(s.substr(5, 2));
    if (s.size() >= 10) d = to_int(s.substr(8, 2));
    if (m < 0) m = 0;
    if (d < 0) d = 0;
    return true;
}

}  // namespace

std::vector<DateExpr> find_dates(const std::vector<Token>& toks, std::size_t b, std::size_t e,
                                 std::string_view article_date, bool future) {
    std::vector<DateExpr> out;
    int ay = 0, am = 0, ad = 0;
    bool have = parse_iso(article_date, ay, am, ad);
    auto tok = [&](std::size_t i) -> std::string_view { return i < e ? toks[i].norm : std::string_view{}; };
    for (std::size_t i = b; i < e; ++i) {
        auto w = toks[i].norm;
        // Month [day][, year] | day Month [year]
        if (!(toks[i].flags & (tok_upper | tok_digit)) && !(toks[i].flags & tok_word)) continue;
        if (int m = (toks[i].flags & tok_upper) ? month_of(w) : 0; m) {
            if (m == 5 && !(i + 1 < e && ((toks[i + 1].flags & tok_digit)))) continue;  // "May" the verb
            std::size_t j = i + 1;
            int d = -1, y = -1;
            if (j < e && (d = day_number(tok(j))) > 0) {
                ++j;
                if (j + 1 < e && tok(j) == "," && (y = to_int(tok(j + 1))) >= 1900 && y <= 2099) j += 2;
                else if (j < e && (y = to_int(tok(j))) >= 1900 && y <= 2099) ++j;
                else y = -1;
            } else if (j < e && (y = to_int(tok(j))) >= 1900 && y <= 2099) {
                ++j;
                d = -1;
            } else {
                y = -1;
                d = -1;
            }
            std::size_t start = i;
            if (i > b && day_number(tok(i - 1)) > 0 && d < 0) {
                d = day_number(tok(i - 1));
                start = i - 1;
            }
            if (y < 0) {
                if (!have) continue;
                y = ay;
                // a month later than the article's (by > 2) with no year is last year's, in past text
                if (!future && am && (m > am + 1)) y = ay - 1;
                if (future && am && m < am - 1) y = ay + 1;
            }
            out.push_back({(std::uint32_t)start, (std::uint32_t)j, d > 0 ? iso(y, m, d) : iso(y, m)});
            i = j - 1;
            continue;
        }
        // weekday (optionally followed by a month date, handled above on the next loop)
        if (int wd = (toks[i].flags & tok_upper) ? weekday_of(w) : -1; wd >= 0) {
            // "Tuesday, Nov. 24": the explicit date wins
            std::size_t j = i + 1;
            if (j < e && tok(j) == ",") ++j;
            if (j < e && month_of(tok(j))) continue;
            if (!have || ad == 0) continue;
            long day = days_from_civil(ay, am, ad);
            int awd = (int)((day + 3) % 7);  // 1970-01-01 was a Thursday (3)
            if (awd < 0) awd += 7;
            long target;
            if (future) target = day + ((wd - awd + 7) % 7);
            else target = day - ((awd - wd + 7) % 7);
            int y, m, d;
            civil_from_days(target, y, m, d);
            out.push_back({(std::uint32_t)i, (std::uint32_t)(i + 1), iso(y, m, d)});
            continue;
        }
        // relative expressions
        if (have && (ieq(w, "last") || ieq(w, "next") || ieq(w, "this")) && i + 1 < e) {
            auto u = tok(i + 1);
            int sign = ieq(w, "last") ? -1 : ieq(w, "next") ? 1 : 0;
            if (ieq(u, "year")) {
                out.push_back({(std::uint32_t)i, (std::uint32_t)(i + 2), iso(ay + sign)});
                continue;
            }
            if (ieq(u, "month") && am) {
                int y = ay, m = am + sign;
                if (m == 0) m = 12, --y;
                if (m == 13) m = 1, ++y;
                out.push_back({(std::uint32_t)i, (std::uint32_t)(i + 2), iso(y, m)});
                continue;
            }
            if (ieq(u, "week") && ad) {
                // a week's events are dated by the month only when it is unambiguous
                long day = days_from_civil(ay, am, ad) + 7 * sign;
                int y, m, d;
                civil_from_days(day, y, m, d);
                if (y == ay && m == am) out.push_back({(std::uint32_t)i, (std::uint32_t)(i + 2), iso(y, m)});
                continue;
            }
            if (int m = month_of(u); m && sign != 0) {
                int y = sign < 0 ? (m < am ? ay : ay - 1) : (m > am ? ay : ay + 1);
                out.push_back({(std::uint32_t)i, (std::uint32_t)(i + 2), iso(y, m)});
                continue;
            }
        }
        if (have && ad && (ieq(w, "yesterday") || ieq(w, "today") || ieq(w, "tomorrow"))) {
            long day = days_from_civil(ay, am, ad) + (ieq(w, "yesterday") ? -1 : ieq(w, "tomorrow") ? 1 : 0);
            int y, m, d;
            civil_from_days(day, y, m, d);
            out.push_back({(std::uint32_t)i, (std::uint32_t)(i + 1), iso(y, m, d)});
            continue;
        }
        // "in 2017", "since 1992", "(2021)": a bare year
        if ((toks[i].flags & tok_digit) && w.size() == 4) {
            int y = to_int(w);
            if (y >= 1900 && y <= 2099 && i > b) {
                auto p = tok(i - 1);
                if (ieq(p, "in") || ieq(p, "since") || ieq(p, "of") || ieq(p, "by") || ieq(p, "until") ||
                    ieq(p, "during") || ieq(p, "early") || ieq(p, "late") || ieq(p, "mid") || ieq(p, "(") ||
                    ieq(p, "from")) {
                    // not a number of things ("in 2017 cases")
                    if (i + 1 < e && (toks[i + 1].flags & tok_word) && !(toks[i + 1].flags & tok_upper) &&
                        !ieq(tok(i + 1), "and") && !ieq(tok(i + 1), "to") && !ieq(tok(i + 1), "when"))
                        continue;
                    out.push_back({(std::uint32_t)i, (std::uint32_t)(i + 1), iso(y)});
                }
            }
        }
    }
    return out;
}

}  // namespace geokg::extract_detail
