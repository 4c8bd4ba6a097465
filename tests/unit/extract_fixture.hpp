// Shared helpers of the sentence-level extractor tests: an article made of one
// test text, and its triples as "subject relation object" keys.
#pragma once

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "geokg/article.hpp"
#include "geokg/extract.hpp"
#include "geokg/types.hpp"

namespace geokg::testing {

// An article whose cleaned text is `text` itself (identity offset map).
inline Article plain_article(const std::string& text, const std::string& date) {
    Article a;
    a.id = "t";
    a.original = text;
    a.text = text;
    a.date = date;
    a.offsets.resize(text.size() + 1);
    for (std::size_t i = 0; i <= text.size(); ++i) a.offsets[i] = static_cast<std::uint32_t>(i);
    return a;
}

// One extractor on the real knowledge base (data/) for every sentence suite of the process.
inline const Extractor& data_extractor() {
    static const Extractor ex(GEOKG_DATA_DIR);
    return ex;
}

// The triples `ex` finds in `text`, as "subject relation object" (a symmetric
// relation's ends in id order). Facts only, unless `all`: then every triple, with
// " neg" or " planned"/" hypothetical" appended where it applies. Every
// triple's evidence is checked against its span of the text.
inline std::set<std::string> triple_keys(const Extractor& ex, const std::string& text, const std::string& date,
                                         bool all = false) {
    Article a = plain_article(text, date);
    std::set<std::string> out;
    for (auto& t : ex.extract(a)) {
        CHECK(a.original.substr(t.char_start, t.char_end - t.char_start) == t.evidence);
        if (!all && !t.is_fact()) continue;
        std::string s = t.subject.id, o = t.object.id;
        if (info(t.relation).symmetric && o < s) std::swap(s, o);
        std::string k = s + " " + std::string(to_string(t.relation)) + " " + o;
        if (all)
            k += t.modality == Modality::asserted ? (t.negated ? " neg" : "") : " " + std::string(to_string(t.modality));
        out.insert(k);
    }
    return out;
}

}  // namespace geokg::testing
