// Sentence-level tests of group references: "the three countries", "both sides", "the two Nordic
// countries", "the Baltic states", "the three leaders", "all three", "the neighbours" stand for every
// member of the most recent coordination or co-mentioned set of their type and size. Runs on the real
// knowledge base (data/). Every sentence is written for the test; every case asserts the exact set of
// asserted facts, negative cases included (two candidate sets, wrong type, wrong number).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "extract_fixture.hpp"

namespace {

using Facts = std::set<std::string>;

Facts gfacts(const std::string& text, const std::string& date = "2023-05-10") {
    return geokg::testing::triple_keys(geokg::testing::data_extractor(), text, date);
}

Facts only(const Facts& f, const std::string& rel) {
    Facts r;
    for (auto& k : f)
        if (k.find(" " + rel + " ") != std::string::npos) r.insert(k);
    return r;
}

}  // namespace

TEST_CASE("groups: a numbered country group as object and as subject") {
    CHECK(only(gfacts("Britain, France and Germany met in Paris. China accused the three countries of hypocrisy."),
               "criticizes") ==
          Facts{"country:CHN criticizes country:DEU", "country:CHN criticizes country:FRA", "country:CHN criticizes country:GBR"});
    CHECK(only(gfacts("Estonia, Latvia and Lithuania held talks on Monday. All three condemned Russia."), "criticizes") ==
          Facts{"country:EST criticizes country:RUS", "country:LTU criticizes country:RUS", "country:LVA criticizes country:RUS"});
    // the explicit list of a forum, then "the six powers"
    CHECK(only(gfacts("The P5+1 (Britain, China, France, Germany, Russia and the United States) met in Vienna. "
                      "Iran criticized the six powers."),
               "criticizes") ==
          Facts{"country:IRN criticizes country:GBR", "country:IRN criticizes country:CHN", "country:IRN criticizes country:FRA",
                "country:IRN criticizes country:DEU", "country:IRN criticizes country:RUS", "country:IRN criticizes country:USA"});
    // in the same sentence, after a speech verb
    CHECK(only(gfacts("Britain, France and Germany said the three countries would sanction Iran.", "2023-05-10"), "sanctions")
              .empty());  // hypothetical ("would"): no asserted fact
    auto all = geokg::testing::triple_keys(geokg::testing::data_extractor(),
                                           "Britain, France and Germany said the three countries would sanction Iran.",
                                           "2023-05-10", true);
    CHECK(all.count("country:GBR sanctions country:IRN hypothetical") == 1);
    CHECK(all.count("country:DEU sanctions country:IRN hypothetical") == 1);
}

TEST_CASE("groups: a regional adjective restricts the members") {
    CHECK(only(gfacts("Finland and Sweden applied to join NATO. Turkey accused the two Nordic countries of harbouring militants."),
               "criticizes") == Facts{"country:TUR criticizes country:FIN", "country:TUR criticizes country:SWE"});
    // Poland is not a Nordic country: nothing
    CHECK(only(gfacts("Norway and Poland held talks. Russia accused the two Nordic countries of spying."), "criticizes").empty());
    // no number: "the Baltic states" is the set of Baltic countries just named
    CHECK(only(gfacts("Estonia, Latvia and Lithuania held talks in Riga. Russia criticized the Baltic states."), "criticizes") ==
          Facts{"country:RUS criticizes country:EST", "country:RUS criticizes country:LTU", "country:RUS criticizes country:LVA"});
}

TEST_CASE("groups: people groups: the three leaders, the two men, the two ministers") {
    CHECK(only(gfacts("Joe Biden, Fumio Kishida and Yoon Suk Yeol met at Camp David. The three leaders condemned North Korea."),
               "criticizes") == Facts{"person:joe-biden criticizes country:PRK", "person:fumio-kishida criticizes country:PRK",
                                      "person:yoon-suk-yeol criticizes country:PRK"});
    CHECK(only(gfacts("Antony Blinken met Wang Yi in Beijing. The two men criticized North Korea."), "criticizes") ==
          Facts{"person:antony-blinken criticizes country:PRK", "person:wang-yi criticizes country:PRK"});
    CHECK(only(gfacts("Antony Blinken met Wang Yi in Beijing. The two ministers criticized North Korea."), "criticizes") ==
          Facts{"person:antony-blinken criticizes country:PRK", "person:wang-yi criticizes country:PRK"});
    // a president is not one of "the two ministers"
    CHECK(only(gfacts("Joe Biden met Wang Yi in Beijing. The two ministers criticized North Korea."), "criticizes").empty());
}

TEST_CASE("groups: both sides, the neighbours, the two countries of two people") {
    CHECK(only(gfacts("Saudi Arabia and Iran restored ties. The two sides criticized Israel."), "criticizes") ==
          Facts{"country:SAU criticizes country:ISR", "country:IRN criticizes country:ISR"});
    CHECK(only(gfacts("India and Pakistan held talks in May. The neighbours criticized China."), "criticizes") ==
          Facts{"country:IND criticizes country:CHN", "country:PAK criticizes country:CHN"});
    CHECK(only(gfacts("Antony Blinken met Wang Yi in Beijing. The two countries criticized North Korea."), "criticizes") ==
          Facts{"country:USA criticizes country:PRK", "country:CHN criticizes country:PRK"});
    // a fronted phrase before "both sides" is no apposition
    CHECK(only(gfacts("China and Japan held talks. From summits to visits, both sides criticized Russia."), "criticizes") ==
          Facts{"country:CHN criticizes country:RUS", "country:JPN criticizes country:RUS"});
    // "X and Y, both allies of Z": a floating quantifier, not a reference
    CHECK(only(gfacts("Japan and Australia, both close allies of the United States, held naval drills."), "allied_with") ==
          Facts{"country:AUS allied_with country:USA", "country:JPN allied_with country:USA"});
}

TEST_CASE("groups: the most recent set wins; two sets of the size, a wrong number or type: nothing") {
    // the nearest sentence with a pair
    CHECK(only(gfacts("Japan and South Korea held talks. China and Russia held drills. The two countries criticized Australia."),
               "criticizes") == Facts{"country:CHN criticizes country:AUS", "country:RUS criticizes country:AUS"});
    // two pairs in that sentence: which one is meant is a guess
    CHECK(only(gfacts("Japan and South Korea criticized China and Russia. The two countries condemned Australia."), "criticizes") ==
          Facts{"country:JPN criticizes country:CHN", "country:JPN criticizes country:RUS", "country:KOR criticizes country:CHN",
                "country:KOR criticizes country:RUS"});
    // the number does not match any set
    CHECK(only(gfacts("Japan and South Korea held talks. The three countries criticized Australia."), "criticizes").empty());
    CHECK(only(gfacts("Japan and South Korea held talks. The four countries criticized Australia."), "criticizes").empty());
    // countries named, people referred to
    CHECK(only(gfacts("Saudi Arabia and Iran restored ties. The two leaders criticized Israel."), "criticizes").empty());
    // far back: the one pair the article coordinated
    CHECK(only(gfacts("Japan and South Korea held talks. Canada criticized Mexico. Brazil praised Chile. Peru met Ecuador. "
                      "The two countries criticized Australia."),
               "criticizes") == Facts{"country:CAN criticizes country:MEX", "country:JPN criticizes country:AUS",
                                      "country:KOR criticizes country:AUS"});
    // far back, and two pairs were coordinated: nothing
    CHECK(only(gfacts("Japan and South Korea held talks. China and Russia held drills. Canada criticized Mexico. Brazil praised "
                      "Chile. Peru met Ecuador. The two countries criticized Australia."),
               "criticizes") == Facts{"country:CAN criticizes country:MEX"});
}

TEST_CASE("groups suite: relation phrases (withdrawal from participation, at odds, ramming)") {
    CHECK(only(gfacts("Russia suspended its participation in the New START treaty."), "withdraws_from") ==
          Facts{"country:RUS withdraws_from treaty:new-start"});
    CHECK(only(gfacts("Ethiopia and Egypt are at odds over the dam."), "disputes_with") ==
          Facts{"country:EGY disputes_with country:ETH"});
    CHECK(only(gfacts("Ethiopia remains at odds with Egypt over the dam."), "disputes_with") ==
          Facts{"country:EGY disputes_with country:ETH"});
    CHECK(only(gfacts("Chinese coast guard vessels rammed Philippine boats on Monday."), "attacks") ==
          Facts{"country:CHN attacks country:PHL"});
    // no country as object: nothing
    CHECK(only(gfacts("Japan rammed home its point."), "attacks").empty());
}

TEST_CASE("groups suite: leaving an organization's programme is leaving the programme") {
    CHECK(only(gfacts("Azerbaijan has suspended its participation in the EU's Eastern Partnership."), "withdraws_from") ==
          Facts{"country:AZE withdraws_from treaty:eastern-partnership"});
}

namespace {

// the facts of `text` published at `url`
Facts url_facts(const std::string& text, const std::string& url) {
    auto a = geokg::testing::plain_article(text, "2023-05-10");
    a.url = url;
    Facts out;
    for (auto& t : geokg::testing::data_extractor().extract(a)) {
        if (!t.is_fact()) continue;
        std::string s = t.subject.id, o = t.object.id;
        if (geokg::info(t.relation).symmetric && o < s) std::swap(s, o);
        out.insert(s + " " + std::string(geokg::to_string(t.relation)) + " " + o);
    }
    return out;
}

}  // namespace

TEST_CASE("groups: 'our two countries' includes the speaker's country") {
    // a government site speaks for its country: the last pair without it is not meant
    const std::string t1 = "Ghana and Togo signed a border accord last year. "
                           "The partnership between our two countries has never been stronger.";
    CHECK(only(url_facts(t1, "https://www.whitehouse.gov/briefings/x/"), "cooperates_with").empty());
    // an unknown speaker (a news site, no transcript turn): nothing
    CHECK(only(url_facts("Peru and Chile opened a new border crossing. Cooperation between our two nations is growing.",
                         "https://news.example.com/a/"),
               "cooperates_with")
              .empty());
    // the pair with the author's country is meant
    CHECK(only(url_facts("The United States and Kenya held talks in Nairobi on Monday. "
                         "The partnership between our two countries has never been stronger.",
                         "https://www.state.gov/x/"),
               "cooperates_with") == Facts{"country:KEN cooperates_with country:USA"});
    // "their two countries" is not first person: the last pair
    CHECK(only(url_facts("Peru and Chile opened a new border crossing. Cooperation between their two countries is growing.",
                         "https://news.example.com/a/"),
               "cooperates_with") == Facts{"country:CHL cooperates_with country:PER"});
    // "our two leaders": no person set is the speaker's country
    CHECK(only(url_facts("Ghana and Togo signed a border accord. Our two leaders met again on Friday.",
                         "https://www.whitehouse.gov/x/"),
               "meets_with")
              .empty());
}

TEST_CASE("groups: relation triggers around group references") {
    // "challenges facing X": X faces them; nobody opposes X
    auto f = gfacts("Canada and Mexico held talks on Monday. They discussed the economic challenges facing the two countries.");
    CHECK(only(f, "opposes").empty());
    CHECK(only(gfacts("Japan and Australia signed a pact. The issues confronting the two countries are many."), "opposes").empty());
    // "meet the needs of": satisfy, not a meeting
    CHECK(only(gfacts("Sweden pledged to meet the needs of Ukraine this winter."), "meets_with").empty());
    CHECK(only(gfacts("Norway and Iceland agreed on closer cooperation on meeting the challenges of the Arctic."), "meets_with")
              .empty());
    // "call on X to": an appeal, not a phone call between them
    auto c = geokg::testing::triple_keys(geokg::testing::data_extractor(),
                                         "Ghana and Senegal held talks in Accra. The two governments call on Mali to hold elections.",
                                         "2023-05-10");
    CHECK(only(c, "meets_with") == Facts{"country:GHA meets_with country:SEN"});
    // a real meeting still counts
    CHECK(only(gfacts("Poland and Lithuania signed a deal. The two countries held a meeting with Ukraine on Friday."), "meets_with")
              .count("country:POL meets_with country:UKR") == 1);
    // aid to a group after a preposition
    CHECK(only(gfacts("Kenya, Uganda and Tanzania were hit by floods. Japan announced new aid to the three countries."), "aids") ==
          Facts{"country:JPN aids country:KEN", "country:JPN aids country:TZA", "country:JPN aids country:UGA"});
}
