// Sentence-level tests of lists and membership patterns (src/extract/lists.inc and the
// coordination in find_object): object and subject lists, membership by composition,
// enlargement, ordinal membership, "as part of", treaty acts, treaties the KB does not
// know, claims, and hedges such as "open to X joining". Fixture KB: tests/data/kb.
// Every sentence is written for the test.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include "geokg/article.hpp"
#include "geokg/extract.hpp"
#include "extract_fixture.hpp"
#include "geokg/kb.hpp"
#include "kb_fixture.hpp"

using namespace geokg;

namespace {

using Facts = std::set<std::string>;

// Asserted, non-negated triples as "subject relation object" (symmetric pairs sorted).
Facts lfacts(const std::string& text, bool all = false, const std::string& date = "2022-05-10") {
    static Extractor ex(geokg::testing::fixture_kb_dir());
    return geokg::testing::triple_keys(ex, text, date, all);
}

// Only the triples of one relation.
Facts only(const Facts& f, const std::string& rel) {
    Facts r;
    for (auto& k : f)
        if (k.find(" " + rel + " ") != std::string::npos) r.insert(k);
    return r;
}

bool has_member(const Facts& f, const std::string& k) { return f.count(k) > 0; }

}  // namespace

TEST_CASE("lists: a coordinated object list distributes over the relation") {
    CHECK(only(lfacts("Japan held talks with Australia and the Philippines on Monday."), "meets_with") ==
          Facts{"country:AUS meets_with country:JPN", "country:JPN meets_with country:PHL"});
    CHECK(only(lfacts("Britain urged Russia, Turkey and Ukraine to stop the fighting."), "appeals_to") ==
          Facts{"country:GBR appeals_to country:RUS", "country:GBR appeals_to country:TUR",
                "country:GBR appeals_to country:UKR"});
    // a clause break ends the list: Turkey is not urged
    CHECK(only(lfacts("Britain urged Russia to stop; Turkey said nothing."), "appeals_to") ==
          Facts{"country:GBR appeals_to country:RUS"});
}

TEST_CASE("lists: membership by composition") {
    CHECK(only(lfacts("ASEAN, made up of Malaysia, the Philippines and eight other nations, met in June."),
               "member_of") == Facts{"country:MYS member_of org:asean", "country:PHL member_of org:asean"});
    CHECK(only(lfacts("The Quad, which is composed of Japan, Australia and the United States, met again."),
               "member_of") == Facts{"country:AUS member_of org:quad", "country:JPN member_of org:quad",
                                     "country:USA member_of org:quad"});
    // members named after the organization: "NATO members A and B"
    CHECK(only(lfacts("NATO members Turkey and Britain sent ships."), "member_of") ==
          Facts{"country:GBR member_of org:nato", "country:TUR member_of org:nato"});
    // apposition: "A, a founding member of X"
    CHECK(has_member(lfacts("Malaysia, a founding member of ASEAN, hosted the summit."), "country:MYS member_of org:asean"));
    // a media organization has no member states; a list after another verb is no composition
    CHECK(only(lfacts("Reuters, made up of Japan and Britain, reported it."), "member_of").empty());
    CHECK(only(lfacts("NATO criticized Russia and Turkey."), "member_of").empty());
}

TEST_CASE("lists: enlargement and ordinal membership give joins") {
    CHECK(only(lfacts("NATO expanded in 2004 to include Turkey and Ukraine."), "joins") ==
          Facts{"country:TUR joins org:nato", "country:UKR joins org:nato"});
    // the organization described by a composition list before the verb
    auto f = lfacts("The Quad, originally made up of Japan and Australia, expanded last year to include the Philippines.");
    CHECK(only(f, "joins") == Facts{"country:PHL joins org:quad"});
    CHECK(only(f, "member_of") == Facts{"country:AUS member_of org:quad", "country:JPN member_of org:quad"});
    CHECK(has_member(lfacts("Turkey became the 12th member of NATO in 1952."), "country:TUR joins org:nato"));
    CHECK(has_member(lfacts("Ukraine became NATO's newest member in March."), "country:UKR joins org:nato"));
    // planned: not a fact
    CHECK(only(lfacts("Ukraine will become the 33rd member of NATO."), "joins").empty());
    // a plain expansion of something else is no enlargement
    CHECK(only(lfacts("NATO expanded its patrols to include the Senkaku Islands."), "joins").empty());
}

TEST_CASE("lists: as part of an organization") {
    CHECK(only(lfacts("The United States is working alongside partner nations Japan and Australia as part of the Quad."),
               "member_of") == Facts{"country:AUS member_of org:quad", "country:JPN member_of org:quad",
                                     "country:USA member_of org:quad"});
    CHECK(only(lfacts("Britain sent two frigates as part of NATO."), "member_of") == Facts{"country:GBR member_of org:nato"});
    // a treaty or a person is no member of an organization by this pattern
    CHECK(only(lfacts("Reuters sent a reporter as part of NATO."), "member_of").empty());
    // part of something the organization runs
    CHECK(only(lfacts("Britain sent two frigates as part of the NATO mission."), "member_of").empty());
}

TEST_CASE("lists: treaty acts") {
    CHECK(only(lfacts("Russia declared the INF Treaty void in 2019."), "withdraws_from") ==
          Facts{"country:RUS withdraws_from treaty:inf-treaty"});
    CHECK(only(lfacts("The INF Treaty, signed by the United States and Russia in 1987, collapsed."), "signs") ==
          Facts{"country:RUS signs treaty:inf-treaty", "country:USA signs treaty:inf-treaty"});
    // "approved the suspension of X" is no approval of X
    CHECK(only(lfacts("Japan approved the suspension of the Paris Agreement."), "signs").empty());
    // an effort to sign is no signature
    CHECK(only(lfacts("Japan and Britain called for efforts to conclude the Maritime Access Agreement."), "signs").empty());
    // a reduced passive after a description ("the trilateral agreement") is not the treaty named before
    CHECK(only(lfacts("Japan ratified the CPTPP. The trilateral agreement, signed by Britain and Turkey, holds."), "signs") ==
          Facts{"country:JPN signs treaty:cptpp"});
    // declared something else void
    CHECK(only(lfacts("Russia declared the vote void and praised the INF Treaty."), "withdraws_from").empty());
}

TEST_CASE("lists: named treaties the KB does not know") {
    auto f = lfacts("Japan and Australia signed a new Joint Declaration on Maritime Security in Tokyo.");
    CHECK(only(f, "signs") == Facts{"country:AUS signs treaty:joint-declaration-on-maritime-security",
                                    "country:JPN signs treaty:joint-declaration-on-maritime-security"});
    // country names inside the treaty's name are not actors of the sentence
    f = lfacts("Britain praised the Japan-Philippines Reciprocal Access Agreement.");
    CHECK(f == Facts{"country:GBR supports treaty:japan-philippines-reciprocal-access-agreement"});
    // relative clause with a comma: "the X Agreement, which both countries signed"
    f = lfacts("Japan and the Philippines met in Manila. They praised the Maritime Access Agreement, which both countries signed in May.");
    CHECK(has_member(f, "country:JPN signs treaty:maritime-access-agreement"));
    CHECK(has_member(f, "country:PHL signs treaty:maritime-access-agreement"));
    // a trade agreement between named countries keeps their trade relation
    f = lfacts("Officials discussed the Japan-Australia Free Trade Agreement.");
    CHECK(only(f, "trades_with") == Facts{"country:AUS trades_with country:JPN"});
    f = lfacts("Britain welcomed the Agreement on Maritime Cooperation between Japan and the Philippines.");
    CHECK(only(f, "cooperates_with") == Facts{"country:JPN cooperates_with country:PHL"});
    // "the Japan-Philippines Partnership" is a relationship, not a treaty
    f = lfacts("Britain praised the Japan-Philippines Partnership.");
    CHECK(only(f, "supports") == Facts{"country:GBR supports country:JPN"});
    // no name: a lone or generic head, a party convention, headline case
    CHECK(only(lfacts("Japan signed the Interim Agreement."), "signs").empty());
    CHECK(only(lfacts("Japan signed the Agreement."), "signs").empty());
    CHECK(only(lfacts("Britain left the Republican National Convention."), "withdraws_from").empty());
    CHECK(only(lfacts("Japan Signs Historic New Maritime Security Agreement With Australia"), "signs").empty());
    // a date after the name is not part of it; a line break inside it is one space in the name
    CHECK(only(lfacts("Japan signed the Open Skies Agreement on August 5."), "signs") ==
          Facts{"country:JPN signs treaty:open-skies-agreement"});
    {
        static Extractor ex(geokg::testing::fixture_kb_dir());
        Article a = geokg::testing::plain_article("Japan signed the Open Skies\nAgreement with Australia.", "");
        bool seen = false;
        for (auto& t : ex.extract(a))
            if (t.object.id == "treaty:open-skies-agreement") {
                seen = true;
                CHECK(t.object.name == "Open Skies Agreement");
            }
        CHECK(seen);
    }
    // a government's disaster declaration is no treaty
    CHECK(only(lfacts("Britain approved the Major Disaster Declaration for the State of Ohio."), "signs").empty());
}

TEST_CASE("lists: claims") {
    CHECK(only(lfacts("Tension is high in the South China Sea, where China's sweeping maritime claims clash with others."),
               "claims") == Facts{"country:CHN claims place:south-china-sea"});
    CHECK(only(lfacts("China says the islands were historically part of China. The Senkaku Islands are part of China, Beijing says."),
               "claims") == Facts{"country:CHN claims place:senkaku-islands"});
    CHECK(only(lfacts("China has pressed its territorial claims in waters like the South China Sea."), "claims") ==
          Facts{"country:CHN claims place:south-china-sea"});
    // membership is no claim, and a part of an organization is none either
    CHECK(only(lfacts("Japan is part of the Quad."), "claims").empty());
    CHECK(only(lfacts("Japan is part of the Quad."), "member_of") == Facts{"country:JPN member_of org:quad"});
    // an adjective or a possessive after "part of" is no claim
    CHECK(only(lfacts("Crimean music is part of Russian culture."), "claims").empty());
    CHECK(only(lfacts("Crimea is part of Russia's history."), "claims").empty());
    // "where" after a place with no claim after it
    CHECK(only(lfacts("Ships sailed into the South China Sea, where China held drills."), "claims").empty());
}

TEST_CASE("lists: hedges around joining are no facts") {
    auto all = lfacts("Japan appears to be open to Britain joining the CPTPP.", true);
    CHECK(only(all, "joins") == Facts{"country:GBR joins treaty:cptpp hypothetical"});
    CHECK(only(lfacts("Japan would welcome Britain joining the CPTPP."), "joins").empty());
    CHECK(only(lfacts("Britain could join the CPTPP next year."), "joins").empty());
    CHECK(only(lfacts("Britain joined the CPTPP in 2023."), "joins") == Facts{"country:GBR joins treaty:cptpp"});
    // joining partners in an act is no joining of an organization
    CHECK(only(lfacts("Britain is joining Japan, ASEAN and others in imposing sanctions."), "joins").empty());
}

TEST_CASE("lists: 'the alliance', 'the bloc' in membership patterns") {
    auto f = lfacts("NATO ministers met in Brussels. Turkey, which became the alliance's 13th member in 1952, hosted them.");
    CHECK(only(f, "joins") == Facts{"country:TUR joins org:nato"});
    f = lfacts("ASEAN leaders met in Manila. The bloc expanded in 1984 to include Malaysia.");
    CHECK(only(f, "joins") == Facts{"country:MYS joins org:asean"});
    // "the alliance" with no alliance named before: nothing
    CHECK(only(lfacts("Turkey became the alliance's 13th member in 1952."), "joins").empty());
    // "the Organization" with a capital is an organization's own short name, not a description
    CHECK(only(lfacts("NATO ministers met. Turkey became a full member of the Organization in 1961."), "joins").empty());
    // a forum is no alliance
    CHECK(only(lfacts("The Quad met. Turkey became the alliance's 13th member in 1952."), "joins").empty());
}

TEST_CASE("lists: a membership bid names its organization in the clause or shortly before") {
    auto f = lfacts("NATO leaders met in Madrid on Tuesday. Ukraine's membership bid dominated the talks.");
    CHECK(only(f, "seeks_to_join") == Facts{"country:UKR seeks_to_join org:nato"});
    f = lfacts("Georgians marched in Tbilisi. Ukraine expressed interest in joining at the bloc's summit in Jakarta.");
    CHECK(only(f, "seeks_to_join").empty());  // no bloc named before
    f = lfacts("ASEAN foreign ministers met. Britain expressed interest in joining at the bloc's summit.");
    CHECK(only(f, "seeks_to_join") == Facts{"country:GBR seeks_to_join org:asean"});
    // the organization the article names most wins over one named in passing
    f = lfacts("NATO met. NATO talked. Quad envoys came. Ukraine's membership bid was discussed.");
    CHECK(only(f, "seeks_to_join") == Facts{"country:UKR seeks_to_join org:nato"});
    // "our membership application": not the clause subject's
    f = lfacts("NATO met. Turkish officials raised concerns about our membership application.");
    CHECK(only(f, "seeks_to_join").empty());
    // no organization at all
    CHECK(only(lfacts("Ukraine's membership bid was discussed."), "seeks_to_join").empty());
}

TEST_CASE("lists: membership stated in passing is not hedged by the clause") {
    auto f = lfacts("Britain has sought to raise its profile by working alongside Japan as part of the Quad.");
    CHECK(only(f, "member_of") == Facts{"country:GBR member_of org:quad", "country:JPN member_of org:quad"});
}

TEST_CASE("lists: 'part of' claims only for a claimant or holder the knowledge base knows") {
    // the real knowledge base: data/countries.json (claimed_by, part_of) and data/places.json (claimants, in)
    static Extractor ex(default_data_dir());
    auto claims = [](const std::string& text) {
        return only(geokg::testing::triple_keys(ex, text, "2022-05-10"), "claims");
    };
    CHECK(claims("Taiwan is an inalienable part of China.") == Facts{"country:CHN claims country:TWN"});
    CHECK(claims("Crimea is part of Russia, Moscow says.") == Facts{"country:RUS claims place:crimea"});
    CHECK(claims("Tibet is part of China.") == Facts{"country:CHN claims place:tibet"});
    // rhetoric, history, or a place inside another place
    CHECK(claims("Ukraine was historically part of Russia.").empty());
    CHECK(claims("The Gulf of Mexico is part of America.").empty());
    CHECK(claims("Diego Garcia is part of the Chagos Islands.").empty());
}
