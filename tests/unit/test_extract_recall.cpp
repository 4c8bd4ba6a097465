// Sentence-level tests of the extractor's recall mechanisms: common relation verbs and nouns,
// quotations attributed after the closing quote, time adjuncts before the object, shared
// subjects of coordinated verbs, agents after "by", pronouns in an opening phrase. Runs on the
// real knowledge base (data/). Every sentence is written for the test; each case asserts the
// exact set of fact triples (asserted, not negated).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "geokg/article.hpp"
#include "geokg/extract.hpp"
#include "extract_fixture.hpp"
#include "geokg/kb.hpp"

using namespace geokg;

namespace {

std::set<std::string> rfacts(const std::string& text, const std::string& date = "2023-06-15") {
    return geokg::testing::triple_keys(geokg::testing::data_extractor(), text, date);
}

using S = std::set<std::string>;

}  // namespace

TEST_CASE("recall: common relation verbs and their inflections") {
    CHECK(rfacts("Canada blasted Venezuela over the election.") == S{"country:CAN criticizes country:VEN"});
    CHECK(rfacts("Norway chided Brazil for the delay.") == S{"country:NOR criticizes country:BRA"});
    CHECK(rfacts("Russia bombarded Ukraine overnight.") == S{"country:RUS attacks country:UKR"});
    CHECK(rfacts("Russia pounded Ukraine with drones.") == S{"country:RUS attacks country:UKR"});
    CHECK(rfacts("Chile threw its support behind Bolivia.") == S{"country:CHL supports country:BOL"});
    CHECK(rfacts("Kenya rebuffed Somalia.") == S{"country:KEN opposes country:SOM"});
    CHECK(rfacts("Emmanuel Macron phoned Olaf Scholz.") == S{"person:emmanuel-macron meets_with person:olaf-scholz"});
    CHECK(rfacts("Narendra Modi landed in Egypt.") == S{"person:narendra-modi visits country:EGY"});
    CHECK(rfacts("Norway supplied weapons to Ukraine.") == S{"country:NOR aids country:UKR"});
    // a supply as a noun gives nothing
    CHECK(rfacts("Russia counts on a steady supply of Iranian drones.").empty());
    CHECK(rfacts("Denmark sent tanks to Ukraine.") == S{"country:DNK aids country:UKR"});
    // traded accusations is a dispute, not trade
    CHECK(rfacts("Armenia and Azerbaijan traded accusations over the shelling.") ==
          S{"country:ARM disputes_with country:AZE"});
    CHECK(rfacts("Armenia traded barbs with Azerbaijan.") == S{"country:ARM disputes_with country:AZE"});
}

TEST_CASE("recall: relation nouns of exercises, agreements and roles") {
    CHECK(rfacts("Japan held joint naval drills with India.") == S{"country:IND cooperates_with country:JPN"});
    // (the agreement itself, with its two parties, is a treaty entity both sign: test_extract_events.cpp)
    CHECK(rfacts("Kenya signed a deal with Ethiopia.") ==
          S{"country:ETH cooperates_with country:KEN", "country:ETH signs treaty:ethiopia-kenya-deal",
            "country:KEN signs treaty:ethiopia-kenya-deal"});
    CHECK(rfacts("Egypt reached an agreement with Sudan.") ==
          S{"country:EGY cooperates_with country:SDN", "country:EGY signs treaty:egypt-sudan-agreement",
            "country:SDN signs treaty:egypt-sudan-agreement"});
    CHECK(rfacts("Poland has long been a staunch supporter of Ukraine.") == S{"country:POL supports country:UKR"});
    CHECK(rfacts("Hungary is a vocal critic of Sweden.") == S{"country:HUN criticizes country:SWE"});
    CHECK(rfacts("Iran is an adversary of Israel.") == S{"country:IRN opposes country:ISR"});
    // exercises near a place are no cooperation with it
    CHECK(rfacts("China held military exercises near Taiwan.").empty());
}

TEST_CASE("recall: time adjuncts between the verb and its object") {
    CHECK(rfacts("Joe Biden met on Tuesday with Fumio Kishida.") ==
          S{"person:fumio-kishida meets_with person:joe-biden"});
    CHECK(rfacts("Antony Blinken spoke by phone on Monday with Wang Yi.") ==
          S{"person:antony-blinken meets_with person:wang-yi"});
    CHECK(rfacts("Japan deployed troops in March to Djibouti.") == S{"country:JPN deploys_to country:DJI"});
    // other prepositional phrases still end the search
    CHECK(rfacts("Joe Biden met on the issue with Fumio Kishida.").empty());
}

TEST_CASE("recall: a quotation's we or I is the speaker named after it") {
    CHECK(rfacts("\"We strongly support Ukraine,\" Olaf Scholz said.") ==
          S{"person:olaf-scholz supports country:UKR"});
    CHECK(rfacts("\"I strongly condemn Russia,\" said Olaf Scholz.") == S{"person:olaf-scholz criticizes country:RUS"});
    // negation inside the quotation
    CHECK(rfacts("\"We will never condemn Hungary,\" Olaf Scholz said.").empty());
    // "I" is a person: a country speaker does not take it
    CHECK(rfacts("\"I condemn Russia,\" Germany said.").empty());
    // a we outside any quotation is the writer's, not an actor's
    CHECK(rfacts("We condemn Russia, Olaf Scholz said.").empty());
}

TEST_CASE("recall: coordinated verbs share their subject") {
    CHECK(rfacts("France criticized Iran and praised Israel.") ==
          S{"country:FRA criticizes country:IRN", "country:FRA supports country:ISR"});
    CHECK(rfacts("Japan and Australia condemned the launches, including one that flew over Japan, and urged North Korea "
                 "to stop.") == S{"country:AUS appeals_to country:PRK", "country:JPN appeals_to country:PRK"});
    // the first verb's object is not the second verb's subject
    CHECK(rfacts("The minister met Antony Blinken and then travelled to India.").empty());
    // the object search of the first verb ends at the second relation verb
    CHECK(rfacts("Chile welcomed the decision and urged Peru to act.") == S{"country:CHL appeals_to country:PER"});
}

TEST_CASE("recall: agents after by and pronouns of an opening phrase") {
    CHECK(rfacts("The invasion of Ukraine by Russia shocked Europe.") == S{"country:RUS attacks country:UKR"});
    CHECK(rfacts("During his visit to India, Emmanuel Macron praised Narendra Modi.") ==
          S{"person:emmanuel-macron visits country:IND", "person:emmanuel-macron supports person:narendra-modi"});
    // an opening phrase without a comma-separated subject after it resolves nothing new
    CHECK(rfacts("During his visit to India the talks stalled.").empty());
}

TEST_CASE("recall: co-subjects inside commas and aid received from a giver") {
    CHECK(rfacts("France, along with Germany, condemned Russia.") ==
          S{"country:DEU criticizes country:RUS", "country:FRA criticizes country:RUS"});
    CHECK(rfacts("France, together with Germany and Italy, backed Ukraine.") ==
          S{"country:DEU supports country:UKR", "country:FRA supports country:UKR", "country:ITA supports country:UKR"});
    // an apposition that is no co-subject adds nobody
    CHECK(rfacts("France, a founding member, condemned Russia.") == S{"country:FRA criticizes country:RUS"});
    CHECK(rfacts("Ukraine has received weapons from Germany.") == S{"country:DEU aids country:UKR"});
    // asking is no receiving
    CHECK(rfacts("Ukraine asked for weapons from Germany.").empty());
}

TEST_CASE("recall: a counterpart named after the demonym is the object") {
    CHECK(rfacts("Xi Jinping met his Russian counterpart Vladimir Putin.") ==
          S{"person:vladimir-putin meets_with person:xi-jinping"});
    CHECK(rfacts("Xi Jinping hosted his Russian counterpart, Vladimir Putin, in Beijing.") ==
          S{"person:vladimir-putin meets_with person:xi-jinping"});
}

TEST_CASE("recall: the guest welcomed to a country or its seat visits it") {
    CHECK(rfacts("Joe Biden welcomed Olaf Scholz to the White House.") ==
          S{"person:joe-biden meets_with person:olaf-scholz", "person:olaf-scholz visits country:USA"});
    // welcomed to an organization is no visit
    CHECK(rfacts("Joe Biden welcomed Finland to NATO.").count("country:FIN visits org:nato") == 0);
    // welcomed to an event: no place, no visit
    for (auto& f : rfacts("Joe Biden welcomed Olaf Scholz to the summit.")) CHECK(f.find(" visits ") == std::string::npos);
}
