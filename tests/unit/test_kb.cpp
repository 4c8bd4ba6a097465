// Knowledge-base lookups: the flat indexes and filters give the answers of the plain lookups.
#include <doctest/doctest.h>

#include <vector>

#include "geokg/kb.hpp"

using namespace geokg;

namespace {
const KnowledgeBase& real_kb() {
    static auto kb = KnowledgeBase::load(GEOKG_DATA_DIR);
    return *kb;
}
}  // namespace

TEST_CASE("kb: the gazetteer match with token hashes equals the plain match at every token") {
    const auto& kb = real_kb();
    std::string text =
        "The United States and the United Kingdom met South Korea in the White House. United officials "
        "and the states of the union said the Republic of Korea, The Netherlands and the Philippines "
        "would join the talks with the President of the United States on Monday; the United Nations "
        "agreed. The united front held in South Sudan and south of the border.";
    auto toks = tokenize(text);
    std::vector<std::uint64_t> hashes;
    for (auto& t : toks) hashes.push_back(KnowledgeBase::token_hash(t.norm));
    int multi = 0;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const TokenEntry* te = kb.entry(toks[i].norm);
        CHECK(te == kb.entry(toks[i].norm, hashes[i]));
        if (!te) continue;
        for (std::size_t end : {toks.size(), i + 1, std::min(toks.size(), i + 2)}) {
            auto plain = kb.match(toks, i, end, te);
            auto hashed = kb.match(toks, hashes.data(), i, end, te);
            CHECK(plain.length == hashed.length);
            CHECK(plain.surfaces == hashed.surfaces);
            if (end == toks.size() && plain.length >= 2) ++multi;
        }
    }
    CHECK(multi >= 5);  // "United States", "United Kingdom", "South Korea", "White House", ...
}

TEST_CASE("kb: name stopwords, ambiguous surnames, actor nouns and surnames are found exactly") {
    const auto& kb = real_kb();
    CHECK(kb.is_name_stopword("The"));
    CHECK_FALSE(kb.is_name_stopword("the"));  // exact form: capitalized words only
    CHECK_FALSE(kb.is_name_stopword("Thessaloniki"));
    CHECK(kb.is_ambiguous_surname("Kim"));
    CHECK_FALSE(kb.is_ambiguous_surname("kim"));
    CHECK(kb.is_actor_noun("officials"));
    CHECK_FALSE(kb.is_actor_noun("Officials"));
    CHECK_FALSE(kb.is_actor_noun(""));
    auto* v = kb.by_surname("Araghchi");
    REQUIRE(v != nullptr);
    REQUIRE(!v->empty());
    CHECK(kb.entities()[(*v)[0]].surname == "Araghchi");
    CHECK(kb.by_surname("Araghch") == nullptr);
    CHECK(kb.by_surname("Zzyzx") == nullptr);
}

TEST_CASE("kb: token_hash reads every byte of short and long forms") {
    // forms that differ in one byte anywhere (short, 4..8 bytes, over 8 bytes) hash apart
    for (std::string base : {"ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnopq"}) {
        auto h = KnowledgeBase::token_hash(base);
        for (std::size_t k = 0; k < base.size(); ++k) {
            std::string w = base;
            w[k] = 'Z';
            CHECK(KnowledgeBase::token_hash(w) != h);
        }
        CHECK(KnowledgeBase::token_hash(base + "x") != h);
    }
}
