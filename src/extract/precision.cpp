// Precision guards of the extract stage: shallow patterns of news prose in which a
// relation word does not assert the relation.
//
//  - aims: a relation word inside a purpose clause ("a bloc formed to settle border
//    disputes among its members", "a fund aimed at countering X", "set up to promote
//    trade") states an aim, not a fact;
//  - generic resolution: "to resolve disputes", "dispute settlement" name no dispute;
//  - stopping: a relation noun governed by a verb or noun of stopping ("paused aid to X",
//    "suspended all trade with Y", "the suspension of the accord") is not the relation.
// Word lists: general English usage (Quirk et al., purpose clauses; CAMEO's "reduce or
// stop" event classes 16x for the stopping verbs).
#include "detail.hpp"

namespace geokg::extract_detail {

namespace {

bool any_of(std::string_view w, std::initializer_list<std::string_view> l) {
    for (auto x : l)
        if (ieq(w, x)) return true;
    return false;
}

bool is_word(const Token& t) { return (t.flags & tok_word) != 0; }
bool is_lower(const Token& t) { return is_word(t) && !(t.flags & tok_upper) && !(t.flags & tok_digit); }
bool ends_with(std::string_view w, std::string_view suf) {
    return w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf;
}

// tokens that end the search for a governing word
bool hard_stop(std::string_view w) {
    return w == "." || w == ";" || w == ":" || w == "(" || w == ")" || w == "?" || w == "!" || w == "\"" ||
           any_of(w, {"that", "which", "who", "whom", "whose", "but", "said", "says", "while", "whereas", "because"});
}

// nouns and verbs before "to" that make the infinitive a purpose or aim
bool purpose_head(std::string_view w) {
    return any_of(w, {"formed", "founded", "created", "established", "launched", "designed", "intended", "meant",
                      "aimed", "organized", "organised", "convened", "mandated", "tasked", "mission", "mandate",
                      "goal", "aim", "aims", "purpose", "objective", "bid", "effort", "efforts", "attempt",
                      "drive", "campaign", "initiative", "mechanism", "framework", "body", "forum", "platform",
                      "fund", "program", "programme", "commission", "committee", "council", "bloc", "group",
                      "alliance", "coalition", "grouping", "organization", "organisation"});
}

bool stop_verb(std::string_view w) {
    return any_of(w, {"pause", "pauses", "paused", "pausing", "suspend", "suspends", "suspended", "suspending",
                      "halt", "halts", "halted", "halting", "freeze", "freezes", "froze", "frozen", "freezing",
                      "end", "ends", "ended", "ending", "stop", "stops", "stopped", "stopping", "cancel",
                      "cancels", "cancelled", "canceled", "cancelling", "canceling", "withdraw", "withdraws",
                      "withdrew", "withdrawn", "withdrawing", "sever", "severs", "severed", "severing", "terminate",
                      "terminates", "terminated", "terminating", "scrap", "scraps", "scrapped", "scrapping",
                      "slash", "slashed", "slashes", "slashing", "curtail", "curtailed", "curtails", "curtailing",
                      "cease", "ceased", "ceases", "ceasing", "discontinue", "discontinued", "block", "blocked",
                      "blocks", "blocking", "revoke", "revoked", "revokes", "revoking", "abandon", "abandoned",
                      "abandons", "abandoning", "downgrade", "downgraded", "downgrades", "downgrading"});
}
// "cut off", "broke off", "called off", "put on hold"
bool stop_phrase_end(const std::vector<Token>& t, std::size_t b, std::size_t p) {
    if (ieq(t[p].norm, "off") && p > b)
        return any_of(t[p - 1].norm, {"cut", "cuts", "cutting", "broke", "break", "breaks", "breaking", "broken",
                                      "called", "call", "calls", "calling"});
    if (any_of(t[p].norm, {"cut", "cuts", "cutting"})) return true;
    return false;
}
bool stop_noun(std::string_view w) {
    return any_of(w, {"suspension", "pause", "halt", "freeze", "end", "termination", "cancellation", "severing",
                      "severance", "rupture", "breakdown", "collapse", "abrogation", "scrapping", "revocation",
                      "cessation", "cut", "cuts", "cutoff", "withdrawal", "curtailment", "downgrading",
                      "downgrade", "repeal"});
}

bool resolution_verb(std::string_view w) {
    for (std::string_view stem : {"settl", "resolv", "solv", "eas", "defus", "address", "manag", "handl", "avoid",
                                  "prevent", "mediat", "calm", "de-escalat", "tackl", "overcom", "narrow",
                                  "arbitrat", "adjudicat", "end"}) {
        if (w.size() < stem.size() || w.size() > stem.size() + 3) continue;
        bool ok = true;
        for (std::size_t k = 0; k < stem.size() && ok; ++k) {
            char c = w[k];
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
            ok = c == stem[k];
        }
        if (!ok) continue;
        auto rest = w.substr(stem.size());
        if (any_of(rest, {"", "e", "es", "ed", "ing", "s", "d", "ion", "ment", "ution"})) return true;
    }
    return any_of(w, {"solution", "resolution", "settlement", "end"});
}

}  // namespace

// A purpose/aim clause: an infinitive "to VERB" whose head before is a purpose noun or a
// verb of founding/aiming ("formed in 2001 to settle", "in an effort to boost", "in order to",
// "so as to"), or "aimed at / with the aim of / with a view to" + gerund, between the
// start of the clause and the trigger at tb.
bool in_purpose_clause(const std::vector<Token>& t, std::size_t sb, std::size_t tb) {
    // a possessive owner presupposes the relation as a fact ("efforts to ease the impact of Russia's war")
    if (tb > sb && (t[tb - 1].norm == "'s" || any_of(t[tb - 1].norm, {"his", "her", "its", "their"}))) return false;
    if (tb > sb + 1 && (t[tb - 2].norm == "'s" || any_of(t[tb - 2].norm, {"his", "her", "its", "their"})) &&
        is_lower(t[tb - 1]))
        return false;
    std::size_t lim = tb > sb + 12 ? tb - 12 : sb;
    for (std::size_t p = tb; p > lim;) {
        --p;
        auto w = t[p].norm;
        if (hard_stop(w) || w == "," || w == "-") return false;
        bool verb_next = p + 1 == tb || is_lower(t[p + 1]);
        if (ieq(w, "to") && verb_next) {
            if (p > sb && (ieq(t[p - 1].norm, "order") || (ieq(t[p - 1].norm, "as") && p > sb + 1 &&
                                                           ieq(t[p - 2].norm, "so"))))
                return true;
            if (p > sb + 1 && ieq(t[p - 1].norm, "view") && ieq(t[p - 2].norm, "a")) return true;
            // a purpose head shortly before, a date or place phrase between ("formed in 2001 to")
            std::size_t q = p;
            for (int k = 0; k < 4 && q > sb; ++k) {
                --q;
                auto v = t[q].norm;
                if (v == "," || hard_stop(v)) break;
                if (is_lower(t[q]) && purpose_head(v)) {
                    // "set up to", "formed to": a participle or noun head; "agreed to" etc. are not heads
                    return true;
                }
                if (ieq(v, "up") && q > sb && any_of(t[q - 1].norm, {"set", "setting", "sets"})) return true;
                if (!(t[q].flags & tok_digit) && !any_of(v, {"in", "on", "by", "last", "this", "year", "month",
                                                              "week", "decade", "decades", "years", "ago"}) &&
                    !(is_word(t[q]) && (t[q].flags & tok_upper)))
                    break;
            }
        }
        if (any_of(w, {"at", "of"}) && p > sb && ends_with(t[p + 1].norm, "ing") &&
            any_of(t[p - 1].norm, {"aimed", "aiming", "aims", "aim", "purpose", "goal", "objective", "view",
                                   "intention"}))
            return true;
    }
    return false;
}

// "to settle border disputes", "resolving disputes", "dispute settlement": a dispute noun
// that is the generic object of a resolution verb (no determiner that would assert a
// particular dispute: "their dispute", "the dispute"), or a modifier of a resolution noun.
bool generic_dispute(const std::vector<Token>& t, std::size_t sb, std::size_t se, std::size_t tb, std::size_t te) {
    if (te < se && any_of(t[te].norm, {"resolution", "settlement", "settlements", "mechanism", "mechanisms",
                                       "panel", "panels", "tribunal", "body", "procedure", "procedures", "rules"}))
        return true;
    std::size_t p = tb;
    for (int k = 0; k < 4 && p > sb; ++k) {
        auto w = t[p - 1].norm;
        if (any_of(w, {"the", "their", "its", "this", "that", "these", "those", "a", "an", "his", "her", "our"}))
            return false;
        if (resolution_verb(w)) return true;
        if (ieq(w, "of") || ieq(w, "for") || ieq(w, "on")) {
            --p;
            continue;  // "settlement of disputes", "mechanism for settling disputes"
        }
        if (is_lower(t[p - 1]) || w == "-") {
            --p;
            continue;
        }
        return false;
    }
    return false;
}

// A relation noun at [tb, te) governed by a verb or noun of stopping: "paused $270 million in
// aid", "suspended all trade", "froze cooperation", "an end to talks", "the suspension of aid".
bool stopped_noun(const std::vector<Token>& t, std::size_t sb, std::size_t tb) {
    std::size_t p = tb;
    for (int k = 0; k < 7 && p > sb; ++k) {
        --p;
        auto w = t[p].norm;
        if (w == "," || hard_stop(w) || any_of(w, {"and", "or", "nor"})) return false;
        if (stop_verb(w) || stop_phrase_end(t, sb, p)) return true;
        if (is_lower(t[p]) && stop_noun(w) && p + 1 < tb && any_of(t[p + 1].norm, {"of", "to", "on", "in"}))
            return true;
        // resumption/restoration is positive: stop looking
        if (any_of(w, {"resume", "resumed", "resumes", "resuming", "restore", "restored", "restores", "restoring",
                       "resumption", "restoration", "reopen", "reopened"}))
            return false;
    }
    return false;
}

// A stopping noun between a verb trigger and its object: "approved the suspension of the
// accord", "announced the end of the pact".
bool stopped_object(const std::vector<Token>& t, std::size_t te, std::size_t ob) {
    for (std::size_t p = te; p < ob && p < te + 6; ++p)
        if (is_lower(t[p]) && stop_noun(t[p].norm) && p + 1 < ob && any_of(t[p + 1].norm, {"of", "to", "on", "in"}))
            return true;
    return false;
}

// "stopped trading with", "ceased cooperating with": a gerund trigger after a stopping verb.
bool stopped_gerund(const std::vector<Token>& t, std::size_t sb, std::size_t tb) {
    if (tb <= sb || !ends_with(t[tb].norm, "ing")) return false;
    return stop_verb(t[tb - 1].norm) || any_of(t[tb - 1].norm, {"quit", "quits"});
}

}  // namespace geokg::extract_detail
