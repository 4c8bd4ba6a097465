// Sentence-level tests of the shapes that name people the knowledge base may not know and give
// their roles: a portfolio before the generic title "minister" ("Kenya's tourism minister, X",
// "Finnish Transport Minister X") and "Y, whose <title>, X," (the owner named right before
// "whose"). Runs on the real knowledge base (data/). Every sentence is written for the test; every
// case asserts the exact set of asserted facts, negative controls included.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include "geokg/article.hpp"
#include "geokg/extract.hpp"
#include "extract_fixture.hpp"

using namespace geokg;
namespace fs = std::filesystem;

namespace {

using Facts = std::set<std::string>;

const Extractor& entities_extractor() {
    return geokg::testing::data_extractor();
}

// The test's article (built here: GCC 12 warns a false -Wrestrict on the fixture's inlined id literal).
Article ent_article(const std::string& text) {
    Article a;
    a.id.push_back('t');
    a.original = text;
    a.text = text;
    a.date = "2023-05-10";
    a.offsets.resize(text.size() + 1);
    for (std::size_t i = 0; i <= text.size(); ++i) a.offsets[i] = static_cast<std::uint32_t>(i);
    return a;
}

Facts ent_facts(const std::string& text, const std::string& date = "2023-05-10") {
    return geokg::testing::triple_keys(entities_extractor(), text, date);
}

}  // namespace

TEST_CASE("entities: a portfolio before the title minister names the holder's country") {
    CHECK(ent_facts("Kenya's tourism minister, Amina Odhiambo, spoke to reporters on Monday.") ==
          Facts{"person:amina-odhiambo official_of country:KEN"});
    CHECK(ent_facts("Finnish Transport Minister Mikko Lahtinen spoke to reporters on Tuesday.") ==
          Facts{"person:mikko-lahtinen official_of country:FIN"});
    // the role keeps the portfolio as its title
    Article a = ent_article("Chilean Mining Minister Rosa Alvarez spoke on Friday.");
    auto ts = entities_extractor().extract(a);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].attributes.at("title") == "Mining Minister");
    // a modifier of the title is no portfolio: "former" stays the status
    a = ent_article("Japan's former minister Taro Yamamura spoke on Friday.");
    ts = entities_extractor().extract(a);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].attributes.at("status") == "former");
    CHECK(ts[0].attributes.at("title") == "minister");
}

TEST_CASE("entities: no country, no role for a portfolio minister") {
    // a capitalized sentence start with no country in the text: the person, but no guessed role
    CHECK(ent_facts("Water Minister Jane Okafor spoke to reporters on Monday.").empty());
    // a headline / navigation line of page furniture
    CHECK(ent_facts("Home | World | Transport Minister Resigns | Sport").empty());
    // a lower-case title with no country and no portfolio owner
    CHECK(ent_facts("The minister, Ana Lopez, spoke to reporters.").empty());
    // the portfolio written unlike the title is no title ("Water minister")
    CHECK(ent_facts("Kenya's Water minister Amina Odhiambo spoke on Monday.").empty());
}

TEST_CASE("entities: Y, whose title, X: the owner named right before whose") {
    CHECK(ent_facts("The talks are hosted by Peru, whose foreign minister, Rosa Quispe, chairs the bloc this year.") ==
          Facts{"person:rosa-quispe official_of country:PER"});
    CHECK(ent_facts("Officials from Ghana, whose president Kwame Asante leads the delegation, arrived late.") ==
          Facts{"person:kwame-asante leader_of country:GHA"});
    // "whose" with no office after it: nothing
    CHECK(ent_facts("Delegates praised Chile, whose economy grew by four percent last year.").empty());
    // no mention right before ", whose": no owner
    CHECK(ent_facts("It was the delegation, whose president, Carlos Mendez, spoke first.").empty());
}

TEST_CASE("entities: organizations the KB does not know, named by a head noun") {
    CHECK(ent_facts("Ghana joined the Andean Trade Council in 2020.") ==
          Facts{"country:GHA joins org:andean-trade-council"});
    // an "of" complement is part of the name
    CHECK(ent_facts("Ghana joined the Development Council of Ruritania in 2020.") ==
          Facts{"country:GHA joins org:development-council-of-ruritania"});
    // an acronym defined in parentheses stands for the organization later in the article
    CHECK(ent_facts("Chile joined the Andean Fisheries Council (AFC) in 2019. Peru joined the AFC last year.") ==
          Facts{"country:CHL joins org:andean-fisheries-council", "country:PER joins org:andean-fisheries-council"});
}

TEST_CASE("entities: what is no unknown organization, or no fact about one") {
    // "the Party" alone, a generic two-word name (whose central bank?)
    CHECK(ent_facts("Ghana criticized the Party on Monday.").empty());
    CHECK(ent_facts("Kenya joined the Central Bank on Monday.").empty());
    // a title-case headline
    CHECK(ent_facts("Ghana Joins Andean Trade Council As Talks Stall").empty());
    // a body read from its name alone is no subject of an interaction
    CHECK(ent_facts("On Monday the Andean Trade Council criticized Ghana.").empty());
    // "joined leaders of": no membership
    CHECK(ent_facts("Ghana joined leaders of the Andean Trade Council in Lima.").empty());
    // a possessive determiner before the name; a complement that goes on with "and" (not read)
    CHECK(ent_facts("Ghana joined its Andean Trade Council on Monday.").empty());
    CHECK(ent_facts("Ghana joined the Institute of Ruritanian and Andean Studies in 2019.").empty());
    // a first name that is a country, before an unknown organization
    CHECK(ent_facts("Chad Mitchell praised the Andean Trade Council on Monday.").empty());
    // a KB organization at the end of the run is the KB's ("North Atlantic Alliance" ~ "Atlantic Alliance")
    CHECK(ent_facts("Finland joined the North Atlantic Alliance in 2023.") == Facts{"country:FIN joins org:nato"});
}

// mentions block: an ambiguous country name ("Jordan", also a given name and a surname) resolves when
// the article names someone the KB knows holding an office of that country on the article date
TEST_CASE("entities: an ambiguous country name resolves through a known office holder named in the article") {
    CHECK(ent_facts("King Abdullah II spoke in London on Sunday. Jordan criticized Israel on Monday.", "2024-06-11") ==
          Facts{"person:abdullah-ii leader_of country:JOR", "country:JOR criticizes country:ISR"});
    // negative controls: no office holder of Jordan in the article, or only a person called Jordan
    CHECK(ent_facts("Jordan criticized Israel on Monday.", "2024-06-11") == Facts{});
    CHECK(ent_facts("Michael Jordan spoke in Paris on Sunday. Jordan criticized Israel on Monday.", "2024-06-11") ==
          Facts{});
    // a holder whose term does not cover the article date is no evidence
    CHECK(ent_facts("King Hussein spoke in London on Sunday. Jordan criticized Israel on Monday.", "2024-06-11") ==
          Facts{});
}

TEST_CASE("entities: heads of state of Central Asia by name and dated role") {
    CHECK(ent_facts("Uzbekistan's Islam Karimov criticized Russia on Friday.", "2001-06-15") ==
          Facts{"person:islam-karimov leader_of country:UZB", "person:islam-karimov criticizes country:RUS"});
    CHECK(ent_facts("Kyrgyzstan's Askar Akayev met Kazakhstan's Nursultan Nazarbayev on Friday.", "2001-06-15") ==
          Facts{"person:askar-akayev leader_of country:KGZ", "person:nursultan-nazarbayev leader_of country:KAZ",
                "person:askar-akayev meets_with person:nursultan-nazarbayev"});
    // the older spelling of the Tajik president's name is the same person
    CHECK(ent_facts("Tajikistan's Emomali Rakhmonov met Chinese President Jiang Zemin on Friday.", "2001-06-15") ==
          Facts{"person:emomali-rahmon leader_of country:TJK", "person:jiang-zemin leader_of country:CHN",
                "person:emomali-rahmon meets_with person:jiang-zemin"});
    // a former president named with a possessive country after his term: no invented role
    CHECK(ent_facts("Uzbekistan's Islam Karimov was remembered in Tashkent on Friday.", "2023-05-10") == Facts{});
}

TEST_CASE("entities: premiers of Greenland and leaders of British parties from the KB's dated roles") {
    CHECK(ent_facts("Premier Mute B. Egede criticized Denmark on Monday.", "2023-05-10") ==
          Facts{"person:mute-b-egede leader_of country:GRL", "person:mute-b-egede criticizes country:DNK"});
    // the same name after the end of the term: the person, but no role
    CHECK(ent_facts("Mute B. Egede criticized Denmark on Monday.", "2026-02-10") ==
          Facts{"person:mute-b-egede criticizes country:DNK"});
    CHECK(ent_facts("Kemi Badenoch criticized Mauritius on Monday.", "2025-05-10") ==
          Facts{"person:kemi-badenoch criticizes country:MUS"});
}

TEST_CASE("entities: '<surname> administration' names the shared surname's holder on the article date") {
    // two KB presidents called Bush: the one in office on the article date
    CHECK(ent_facts("The United States was quiet. Russia criticized the Bush administration on Friday.", "2001-06-15") ==
          Facts{"country:RUS criticizes country:USA"});
    CHECK(ent_facts("The United States was quiet. Russia criticized the Bush administration on Friday.", "1991-06-15") ==
          Facts{"country:RUS criticizes country:USA"});
    // no Bush in office: no country
    CHECK(ent_facts("The United States was quiet. Russia criticized the Bush administration on Friday.", "2015-06-15") ==
          Facts{});
    // the holder's country must be named in the article; a hyphenated compound is no surname alone
    CHECK(ent_facts("Kenya praised the Harris administration on Friday.", "2024-06-15") == Facts{});
    CHECK(ent_facts("Ireland and Kenya praised the Harris government on Friday.", "2024-06-15") ==
          Facts{"country:KEN supports country:IRL"});
}

TEST_CASE("entities: a title and a shared surname, nobody holding the office on the article date") {
    // two KB people called Howard, only one ever Prime Minister (of Australia)
    CHECK(ent_facts("Australian Prime Minister Howard criticized Indonesia in 2003.", "2023-05-10") ==
          Facts{"person:john-howard leader_of country:AUS", "person:john-howard criticizes country:IDN"});
    // two KB presidents called Bush, neither in office: left out
    CHECK(ent_facts("President Bush criticized Iraq.", "2015-05-10") == Facts{});
    // a prime minister of a country the article does not name is no former holder of another country's office
    CHECK(ent_facts("Prime Minister Howard criticized Indonesia in Suva.", "2023-05-10").count(
              "person:john-howard leader_of country:AUS") == 0);
}
