// Sentence-level tests of multi-party constructions: allies and members named in apposition
// or predication ("A and B, both allies of C", "NATO allies A and B", "A and B are both NATO
// members"), admission ("was admitted to", "admitted as the Nth member"), joining and signing
// phrases from the lexicon, with negative controls. Fixture KB: tests/data/kb. Every sentence is
// written for the test.
#include <doctest/doctest.h>

#include <set>
#include <string>

// GCC 12 warns -Wrestrict falsely on the fixture's string concatenation once it is inlined here
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wrestrict"
#include "extract_fixture.hpp"
#pragma GCC diagnostic pop
#include "geokg/extract.hpp"
#include "kb_fixture.hpp"

using namespace geokg;

namespace {

using Facts = std::set<std::string>;

Facts pfacts(const std::string& text, bool all = false) {
    static Extractor ex(geokg::testing::fixture_kb_dir());
    return geokg::testing::triple_keys(ex, text, "2023-03-14", all);
}

Facts only(const Facts& f, const std::string& rel) {
    Facts r;
    for (auto& k : f)
        if (k.find(" " + rel + " ") != std::string::npos) r.insert(k);
    return r;
}

}  // namespace

TEST_CASE("parties: allies named in apposition relate to the country they are allies of") {
    CHECK(only(pfacts("Japan and Australia, both close allies of the United States, held naval drills."), "allied_with") ==
          Facts{"country:AUS allied_with country:USA", "country:JPN allied_with country:USA"});
    CHECK(only(pfacts("The Philippines, a treaty ally of the United States, protested on Monday."), "allied_with") ==
          Facts{"country:PHL allied_with country:USA"});
    // the two allies are no allies of each other
    CHECK(only(pfacts("Japan and Australia, both allies of the United States, held drills."), "allied_with").count(
              "country:AUS allied_with country:JPN") == 0);
    CHECK(only(pfacts("Australia, one of America's closest allies, joined the exercise."), "allied_with") ==
          Facts{"country:AUS allied_with country:USA"});
    CHECK(only(pfacts("Japan and the United States are treaty allies."), "allied_with") ==
          Facts{"country:JPN allied_with country:USA"});
    // "are both allies of": of someone else, not of each other
    CHECK(only(pfacts("Japan and Australia are both allies of the United States."), "allied_with") ==
          Facts{"country:AUS allied_with country:USA", "country:JPN allied_with country:USA"});
    // two countries' allies are no allies of each other; "are allied" still pairs its subjects
    CHECK(only(pfacts("We thank our Japanese and South Korean allies for their help."), "allied_with").count(
              "country:JPN allied_with country:KOR") == 0);
    CHECK(only(pfacts("Japan and the Philippines are closely allied."), "allied_with") ==
          Facts{"country:JPN allied_with country:PHL"});
    // a copula still goes through the trigger
    CHECK(only(pfacts("Japan remains a close ally of the United States."), "allied_with") ==
          Facts{"country:JPN allied_with country:USA"});
    // "not an ally": no apposition of allies
    CHECK(only(pfacts("Turkey, not an ally of Russia, stayed out."), "allied_with").empty());
    // "a former ally" is not one now
    CHECK(only(pfacts("Ukraine, a former ally of Russia, stayed out."), "allied_with").empty());
}

TEST_CASE("parties: members of an alliance named by its ally or member noun") {
    CHECK(only(pfacts("NATO allies Turkey and Britain sent jets to the region."), "member_of") ==
          Facts{"country:GBR member_of org:nato", "country:TUR member_of org:nato"});
    CHECK(only(pfacts("Turkey, a fellow NATO ally, objected to the plan."), "member_of") ==
          Facts{"country:TUR member_of org:nato"});
    CHECK(only(pfacts("Britain and Turkey are both NATO members, the minister said."), "member_of") ==
          Facts{"country:GBR member_of org:nato", "country:TUR member_of org:nato"});
    CHECK(only(pfacts("NATO's newest member, Turkey, sent jets."), "member_of") == Facts{"country:TUR member_of org:nato"});
    // the alliance's own capitalized noun
    CHECK(only(pfacts("Turkey, a NATO Ally, hosted the meeting."), "member_of") == Facts{"country:TUR member_of org:nato"});
    CHECK(only(pfacts("The Allies met in Brussels."), "member_of").empty());
    CHECK(only(pfacts("Malaysia and the Philippines, fellow ASEAN members, disagreed."), "member_of") ==
          Facts{"country:MYS member_of org:asean", "country:PHL member_of org:asean"});
    CHECK(only(pfacts("Malaysia, an ASEAN member, hosted the talks."), "member_of") ==
          Facts{"country:MYS member_of org:asean"});
    // negative controls: an aspiring member, a negated copula, a hypothetical
    CHECK(only(pfacts("Ukraine, an aspiring NATO member, asked for jets."), "member_of").empty());
    CHECK(only(pfacts("Ukraine is not a NATO member."), "member_of").empty());
    CHECK(only(pfacts("Japan and Ukraine are not NATO members."), "member_of").empty());
    CHECK(only(pfacts("If Ukraine were a NATO member, Russia would react."), "member_of").empty());
    // a list, not an apposition: Japan is no NATO member
    CHECK(only(pfacts("Japan, NATO allies and other partners met in Brussels."), "member_of").empty());
    // places of talks are no members
    CHECK(only(pfacts("Talks in Japan, Malaysia and the Philippines ended without an ASEAN statement."), "member_of").empty());
}

TEST_CASE("parties: admission and joining phrases") {
    CHECK(only(pfacts("Turkey was admitted to NATO in 1952."), "joins") == Facts{"country:TUR joins org:nato"});
    CHECK(only(pfacts("The Philippines was formally welcomed into ASEAN in 1967."), "joins") ==
          Facts{"country:PHL joins org:asean"});
    CHECK(only(pfacts("Malaysia was admitted as the sixth member of ASEAN."), "joins") ==
          Facts{"country:MYS joins org:asean"});
    CHECK(only(pfacts("Japan became a party to the Paris Agreement in 2016."), "joins") ==
          Facts{"country:JPN joins treaty:paris-agreement"});
    // the owner of the bid seeks to join, not the one who blocks it
    CHECK(only(pfacts("Turkey blocked Ukraine's bid to join NATO."), "seeks_to_join") ==
          Facts{"country:UKR seeks_to_join org:nato"});
    // the subject must stand right before the copula: countries named earlier are not the ones admitted
    CHECK(only(pfacts("Japan and Australia watched as three countries were admitted to NATO in 1999."), "joins").empty());
    // "admitted to" without its copula is an admission of something else
    CHECK(only(pfacts("Russia admitted to violating the INF Treaty."), "joins").empty());
    // negated and planned
    CHECK(only(pfacts("Ukraine was not admitted to NATO in 2008.", true), "joins") == Facts{"country:UKR joins org:nato neg"});
    CHECK(only(pfacts("Ukraine will be admitted to NATO after the war, the minister said."), "joins").empty());
}

TEST_CASE("parties: signing phrases") {
    CHECK(only(pfacts("Australia countersigned the Paris Agreement on Monday."), "signs") ==
          Facts{"country:AUS signs treaty:paris-agreement"});
    CHECK(only(pfacts("Japan put its signature to the CPTPP in 2018."), "signs") == Facts{"country:JPN signs treaty:cptpp"});
    CHECK(only(pfacts("Malaysia's signature on the CPTPP surprised analysts."), "signs") ==
          Facts{"country:MYS signs treaty:cptpp"});
    CHECK(only(pfacts("Japan did not put its signature to the CPTPP."), "signs").empty());
    // a treaty's signatories or parties listed after "include"
    CHECK(only(pfacts("The CPTPP's signatories include Japan, Malaysia and Australia."), "signs") ==
          Facts{"country:AUS signs treaty:cptpp", "country:JPN signs treaty:cptpp", "country:MYS signs treaty:cptpp"});
    CHECK(only(pfacts("Parties to the INF Treaty included Russia and the United States."), "member_of") ==
          Facts{"country:RUS member_of treaty:inf-treaty", "country:USA member_of treaty:inf-treaty"});
    // the talks' parties are no treaty's parties
    CHECK(only(pfacts("Parties to the talks on the CPTPP include Japan and Malaysia."), "member_of").empty());
    CHECK(only(pfacts("Russia bowed out of the INF Treaty in 2019."), "withdraws_from") ==
          Facts{"country:RUS withdraws_from treaty:inf-treaty"});
}
