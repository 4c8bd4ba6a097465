// Sentence-level tests of stance and interaction constructions: quoted evaluations ("called Y's
// move "a grave mistake""), evaluative adjectives with a light head ("a hostile step"), object
// relative clauses ("a step the Kremlin called hostile", "a move Y criticised"), ellipsis ("as did
// Y"), "X joined A in condemning Y", the agent of an evaluated act ("condemned the launch by Y"),
// support, meetings, cooperation and sanctions phrasings, and the look-alikes that are none of them.
// Runs on the real knowledge base (data/). Every sentence is written for the test; each case asserts
// the exact set of fact triples, or of all triples with their negation/modality flags.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "extract_fixture.hpp"

using namespace geokg;

namespace {

std::set<std::string> ikeys(const std::string& text, bool all) {
    return geokg::testing::triple_keys(geokg::testing::data_extractor(), text, "2023-06-15", all);
}
std::set<std::string> ifacts(const std::string& text) { return ikeys(text, false); }
std::set<std::string> iall(const std::string& text) { return ikeys(text, true); }

using S = std::set<std::string>;

}  // namespace

TEST_CASE("interact: quoted and phrasal evaluations and their polarity") {
    CHECK(ifacts("Senegal called Gambia's border closure \"a grave mistake\".") ==
          S{"country:SEN criticizes country:GMB"});
    CHECK(ifacts("Kenya described Uganda's proposal as \"a victory for the region\".") ==
          S{"country:KEN supports country:UGA"});
    // coordinated modifiers before a light head noun
    CHECK(ifacts("Norway called Sweden's plan \"a serious and dangerous development\".") ==
          S{"country:NOR criticizes country:SWE"});
    CHECK(ifacts("Chile called Bolivia's decision a hostile step.") == S{"country:CHL criticizes country:BOL"});
    CHECK(ifacts("Ecuador said Colombia's plan was a historic step.") == S{"country:ECU supports country:COL"});
    CHECK(ifacts("Japan called India \"a key partner\".") == S{"country:JPN supports country:IND"});
    // no actor in the evaluated phrase, or the evaluation is asked, negated or hedged
    CHECK(ifacts("Ecuador said the plan was a historic step.").empty());
    CHECK(iall("Did Peru call Chile's plan \"a threat\"?").empty());
    CHECK(iall("Peru did not call Chile's plan \"a threat\".") == S{"country:PER criticizes country:CHL neg"});
    CHECK(iall("Peru may call Chile's plan \"a threat\".") == S{"country:PER criticizes country:CHL hypothetical"});
}

TEST_CASE("interact: object relative clauses evaluate their antecedent's actor") {
    CHECK(ifacts("Armenia joined the court, a step the Kremlin called \"extremely hostile\".") ==
          S{"country:RUS criticizes country:ARM"});
    CHECK(ifacts("Poland closed its border with Belarus, a move Lithuania welcomed.") ==
          S{"country:POL sanctions country:BLR", "country:LTU supports country:POL"});
    CHECK(ifacts("Egypt and Sudan held joint drills, which Ethiopia described as a provocation.") ==
          S{"country:EGY cooperates_with country:SDN", "country:ETH criticizes country:EGY",
            "country:ETH criticizes country:SDN"});
    // the owner of the antecedent noun
    CHECK(ifacts("Ukraine's decision to ban the church, a move Hungary criticised, came in August.") ==
          S{"country:HUN criticizes country:UKR"});
    // the subject of the clause the comment is about
    CHECK(ifacts("Donald Trump said Egypt could attack the dam, a comment Ethiopia's foreign ministry condemned.") ==
          S{"country:ETH criticizes person:donald-trump"});
    CHECK(iall("Armenia joined the court, a step Russia did not criticise.") ==
          S{"country:RUS criticizes country:ARM neg"});
}

TEST_CASE("interact: ellipsis, joining others, and the agent of an evaluated act") {
    CHECK(ifacts("Kenya condemned Uganda, as did Rwanda.") ==
          S{"country:KEN criticizes country:UGA", "country:RWA criticizes country:UGA"});
    CHECK(ifacts("Japan joined Australia and New Zealand in condemning China.") ==
          S{"country:AUS criticizes country:CHN", "country:NZL criticizes country:CHN",
            "country:JPN criticizes country:CHN"});
    CHECK(ifacts("Australia joined the talks in Geneva.").empty());
    // joining that has not happened adds no actor
    CHECK(iall("Japan would join Canada in imposing sanctions on Russia.") == S{"country:CAN sanctions country:RUS"});
    // the agent of the act is the subject itself: no stance toward it
    CHECK(ifacts("Chile and Peru support the opening of new mines by Chile and Peru.").empty());
    CHECK(ifacts("Japan condemned the launch of two missiles by North Korea.") ==
          S{"country:JPN criticizes country:PRK"});
    CHECK(ifacts("Japan welcomed the decision by India to lift the ban.") == S{"country:JPN supports country:IND"});
    CHECK(ifacts("Japan condemned the attack by gunmen in Kabul.").empty());
}

TEST_CASE("interact: appeals, support and cooperation phrasings") {
    CHECK(ifacts("Chile asked Peru to reopen the border.") == S{"country:CHL appeals_to country:PER"});
    // a question asked about someone is no appeal to them
    CHECK(ifacts("Chile asked whether Peru would join the pact.").empty());
    // every co-subject of a light verb before a stance noun
    CHECK(ifacts("Brazil, Chile and Peru extended full support to Uruguay.") ==
          S{"country:BRA supports country:URY", "country:CHL supports country:URY", "country:PER supports country:URY"});
    CHECK(ifacts("Brazil and Chile offered support to Uruguay.") ==
          S{"country:BRA supports country:URY", "country:CHL supports country:URY"});
    CHECK(ifacts("Chile restored its ambassador to Peru.") == S{"country:CHL cooperates_with country:PER"});
    CHECK(iall("Chile will restore diplomatic relations with Peru.") ==
          S{"country:CHL cooperates_with country:PER planned"});
    CHECK(ifacts("France shared intelligence with Belgium.") == S{"country:BEL cooperates_with country:FRA"});
    CHECK(iall("France will share nuclear technology with Australia.") ==
          S{"country:AUS cooperates_with country:FRA planned"});
    CHECK(ifacts("France shared the stage with Belgium.").empty());
}

TEST_CASE("interact: meetings, sanctions, and hypothetical acts") {
    CHECK(ifacts("Justin Trudeau has spoken to Joe Biden several times.") ==
          S{"person:joe-biden meets_with person:justin-trudeau"});
    CHECK(ifacts("Justin Trudeau dined with Emmanuel Macron at the Elysee.") ==
          S{"person:emmanuel-macron meets_with person:justin-trudeau"});
    CHECK(ifacts("Justin Trudeau spoke to reporters in Ottawa.").empty());
    CHECK(iall("Justin Trudeau looks forward to talking to Joe Biden.") ==
          S{"person:joe-biden meets_with person:justin-trudeau planned"});
    // a bare title after "spoke to" is too vague
    CHECK(ifacts("Justin Trudeau spoke to the Prime Minister on Monday.").empty());
    // an organization suspends its members: passive with "from"
    CHECK(ifacts("Mali and Guinea were suspended from the African Union after their coups.") ==
          S{"org:african-union sanctions country:MLI", "org:african-union sanctions country:GIN"});
    CHECK(ifacts("Canada imposed travel bans on Vladimir Putin and Sergei Lavrov.") ==
          S{"country:CAN sanctions person:vladimir-putin", "country:CAN sanctions person:sergei-lavrov"});
    CHECK(ifacts("Canada and Norway imposed asset freezes on Alexander Lukashenko.") ==
          S{"country:CAN sanctions person:alexander-lukashenko", "country:NOR sanctions person:alexander-lukashenko"});
    // "any attack", "any sanctions": no event took place
    CHECK(iall("Russia warned that any attack on Belarus would be met with a response.").empty());
    CHECK(iall("Russia said any sanctions on Belarus would fail.").empty());
    CHECK(iall("The United States has not given any aid to Pakistan.") == S{"country:USA aids country:PAK neg"});
}

TEST_CASE("interact: a coordinated subject whose second member opens with \"the\"") {
    // "X and the Y": the article before a conjunct does not cut the coordination
    CHECK(ifacts("France and the United Kingdom condemned Russia on Monday.") ==
          S{"country:FRA criticizes country:RUS", "country:GBR criticizes country:RUS"});
    CHECK(ifacts("Israel and the UAE criticized Iran.") ==
          S{"country:ISR criticizes country:IRN", "country:ARE criticizes country:IRN"});
    // a determiner that starts the sentence is no conjunct
    CHECK(ifacts("The United States condemned Russia.") == S{"country:USA criticizes country:RUS"});
}

TEST_CASE("interact: an invited list does not become members or visitors yet") {
    CHECK(iall("The leaders decided to invite Argentina, Egypt and the United Arab Emirates to become full members "
               "of BRICS.") == S{"country:ARG member_of org:brics planned", "country:EGY member_of org:brics planned",
                                 "country:ARE member_of org:brics planned"});
    CHECK(ifacts("The leaders decided to invite Argentina, Egypt and Ethiopia to become full members of BRICS.").empty());
    CHECK(iall("Egypt became a member of BRICS in 2024.") == S{"country:EGY joins org:brics"});
}
