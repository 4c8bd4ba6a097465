// Internal helpers of the extract stage.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/kb.hpp"

namespace geokg::extract_detail {

// A date expression found in a sentence, resolved against the article date.
struct DateExpr {
    std::uint32_t b = 0, e = 0;  // token range
    std::string iso;             // YYYY, YYYY-MM or YYYY-MM-DD
};

// Finds the date expressions in tokens [b, e) of `toks` ("on Tuesday, Nov. 24",
// "last month", "in 2017", "in December 2017", "March 3, 2021") resolved against
// `article_date` (ISO, may be empty: relative expressions are then dropped).
std::vector<DateExpr> find_dates(const std::vector<Token>& toks, std::size_t b, std::size_t e,
                                 std::string_view article_date, bool future);

// Lower-case ASCII comparison of a token with a lower-case word.
inline bool ieq(std::string_view tok, std::string_view lower) {
    if (tok.size() != lower.size()) return false;
    for (std::size_t i = 0; i < tok.size(); ++i) {
        char c = tok[i];
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (c != lower[i]) return false;
    }
    return true;
}

// Precision guards (precision.cpp): token ranges of one sentence [sb, se).
// A purpose or aim clause ("formed to settle", "aimed at countering") holds the trigger at tb.
bool in_purpose_clause(const std::vector<Token>& toks, std::size_t sb, std::size_t tb);
// "to settle border disputes", "dispute settlement": no particular dispute is asserted.
bool generic_dispute(const std::vector<Token>& toks, std::size_t sb, std::size_t se, std::size_t tb, std::size_t te);
// "paused aid", "suspended all trade", "the suspension of talks": a stopped relation noun.
bool stopped_noun(const std::vector<Token>& toks, std::size_t sb, std::size_t tb);
// "approved the suspension of the accord": a stopping noun between a verb trigger and its object.
bool stopped_object(const std::vector<Token>& toks, std::size_t te, std::size_t ob);
// "stopped trading with": a gerund trigger right after a stopping verb.
bool stopped_gerund(const std::vector<Token>& toks, std::size_t sb, std::size_t tb);

}  // namespace geokg::extract_detail
