// Ingest internals shared by the ingest sources and their unit tests (not a public header).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace geokg::ingest_detail {

// A date expression found in a string.
struct DateMatch {
    std::size_t begin = 0, end = 0;  // byte range of the expression (weekday included)
    int year = 0, month = 0, day = 0;  // year 0: no year given ("Nov. 3"); day 0: month precision
    bool weekday = false;             // "Sunday, February 25, 2024"
    std::string iso() const;          // "" when there is no year
};

// First date expression in `text` ("November 25, 2020", "Nov. 25, 2020", "25 Nov 2020",
// "2020-11-25", "November 2020", "Sunday, February 25, 2024"). With `yearless`,
// "Nov. 3" (month and day, no year) counts too. A bare year counts only when it
// is all of `text`.
bool find_date(std::string_view text, DateMatch& match, bool yearless = false);

// True when `line` is a date and nothing else but a weekday, a time
// ("09:15 PM", "at 11:30:00 AM EST") and separators.
bool is_date_only(std::string_view line);

// A date in a URL path: ".../2021/03/01/...", ".../2021/03/...", "...2021-03-01...".
std::string date_from_url(std::string_view url);

// YAML front matter at the start of a Markdown file: "---" line, YAML, "---" or "..." line.
struct FrontMatter {
    bool present = false;
    std::size_t yaml_begin = 0, yaml_end = 0;  // the YAML text
    std::size_t yaml_line = 0;                 // 1-based file line of the YAML's first line
    std::size_t body_begin = 0;                // first byte after the closing line
};
FrontMatter find_front_matter(std::string_view content);

// ASCII helpers.
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
inline bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
inline bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline unsigned char to_lower(unsigned char c) { return is_upper(c) ? c + 32 : c; }

}  // namespace geokg::ingest_detail
