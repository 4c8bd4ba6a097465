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
    CHECK(ifacts("Moldova joined the tribunal, a step the Kremlin called \"deeply unfriendly\".") ==
          S{"country:RUS criticizes country:MDA"});
    CHECK(ifacts("Poland closed its border with Belarus, a move Lithuania welcomed.") ==
          S{"country:POL sanctions country:BLR", "country:LTU supports country:POL"});
    CHECK(ifacts("Egypt and Sudan held joint drills, which Ethiopia described as a provocation.") ==
          S{"country:EGY cooperates_with country:SDN", "country:ETH criticizes country:EGY",
            "country:ETH criticizes country:SDN"});
    // the owner of the antecedent noun
    CHECK(ifacts("Ukraine's decision to ban the church, a move Hungary criticised, came in August.") ==
          S{"country:HUN criticizes country:UKR"});
    // the subject of the clause the comment is about
    CHECK(ifacts("Donald Trump said Mexico would pay for the wall, a remark Mexico's foreign ministry condemned.") ==
          S{"country:MEX criticizes person:donald-trump"});
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
    CHECK(iall("Ministers invited Indonesia, Nigeria and the United Arab Emirates to become permanent members "
               "of BRICS.") == S{"country:IDN member_of org:brics planned", "country:NGA member_of org:brics planned",
                                 "country:ARE member_of org:brics planned"});
    CHECK(ifacts("The leaders decided to invite Argentina, Egypt and Ethiopia to become full members of BRICS.").empty());
    CHECK(iall("Egypt became a member of BRICS in 2024.") == S{"country:EGY joins org:brics"});
}

// Variant round (stc): each stance relation in its ordinary lexical and syntactic variants, with
// look-alikes that state no stance.
TEST_CASE("interact: support variants") {
    CHECK(ifacts("Kenya backed Uganda's bid to host the summit.") == S{"country:KEN supports country:UGA"});
    CHECK(ifacts("Germany welcomed Poland's decision to raise defence spending.") ==
          S{"country:DEU supports country:POL"});
    CHECK(ifacts("Norway commended Colombia for its commitment to the peace process.") ==
          S{"country:NOR supports country:COL"});
    CHECK(ifacts("Turkey threw its weight behind Azerbaijan during the conflict.") ==
          S{"country:TUR supports country:AZE"});
    CHECK(ifacts("Olaf Scholz thanked Poland for hosting refugees.") == S{"person:olaf-scholz supports country:POL"});
    CHECK(ifacts("Sweden praised Finland and Estonia for their swift response.") ==
          S{"country:SWE supports country:FIN", "country:SWE supports country:EST"});
    CHECK(ifacts("Uganda was praised by Kenya for its role in the talks.") == S{"country:KEN supports country:UGA"});
    // support received: the actor after "from"/"of" is the supporter
    CHECK(ifacts("Ukraine has won support from Lithuania for its membership bid.") ==
          S{"country:LTU supports country:UKR"});
    CHECK(ifacts("Rwanda's plan drew praise from Tanzania.") == S{"country:TZA supports country:RWA"});
    CHECK(ifacts("Israel received strong backing from the United States.") == S{"country:USA supports country:ISR"});
    CHECK(ifacts("Egypt offered its full backing to Kuwait.") == S{"country:EGY supports country:KWT"});
    // the owner of a passive subject: "X's bid was endorsed by Y"
    CHECK(ifacts("Kenya's proposal was welcomed by Uganda.") == S{"country:UGA supports country:KEN"});
    // negatives and look-alikes
    CHECK(iall("Kenya did not back Uganda's bid.") == S{"country:KEN supports country:UGA neg"});
    CHECK(ifacts("Would Brazil endorse Argentina's candidacy?").empty());
    CHECK(ifacts("Canada welcomed delegates from Mexico to Ottawa.").empty());
    CHECK(ifacts("Norway hailed a taxi after landing in Colombia.").empty());
    CHECK(ifacts("Israel received a shipment from the United States.").empty());
    CHECK(ifacts("Brazil drew support for the plan at home.").empty());
}

TEST_CASE("interact: criticism variants") {
    CHECK(ifacts("Sweden rebuked Turkey for blocking its bid.") == S{"country:SWE criticizes country:TUR"});
    CHECK(ifacts("Canada decried India's interference in its affairs.") == S{"country:CAN criticizes country:IND"});
    CHECK(ifacts("Azerbaijan accused Armenia of violating the ceasefire.") ==
          S{"country:AZE criticizes country:ARM"});
    CHECK(ifacts("Ukraine condemned Russia and Belarus for the strikes.") ==
          S{"country:UKR criticizes country:RUS", "country:UKR criticizes country:BLR"});
    CHECK(ifacts("Nigeria was condemned by Ghana for closing the border.") == S{"country:GHA criticizes country:NGA"});
    CHECK(ifacts("Kenya's new law was criticised by Uganda.") == S{"country:UGA criticizes country:KEN"});
    // stance nouns of disapproval
    CHECK(ifacts("Britain voiced dismay at Slovakia's new law.") == S{"country:GBR criticizes country:SVK"});
    CHECK(ifacts("Chile expressed disappointment over Peru's decision.") == S{"country:CHL criticizes country:PER"});
    // criticism received: "came under fire from X"
    CHECK(ifacts("Israel came under fire from Kuwait over the raids.") == S{"country:KWT criticizes country:ISR"});
    CHECK(ifacts("Syria condemned the attack by Israel on Damascus airport.") ==
          S{"country:ISR attacks country:SYR", "country:SYR criticizes country:ISR"});
    // negatives and look-alikes
    CHECK(iall("Sweden refrained from criticising Turkey.") == S{"country:SWE criticizes country:TUR neg"});
    CHECK(ifacts("Will Germany denounce Russia?").empty());
    CHECK(ifacts("Iran condemned the attack in Kabul.").empty());
    CHECK(ifacts("France expressed concern for the victims in Mali.").empty());
    CHECK(ifacts("The fire spread from Chile to Argentina.").empty());
}

TEST_CASE("interact: appeal variants") {
    CHECK(ifacts("Germany called upon Russia to withdraw its troops.") == S{"country:DEU appeals_to country:RUS"});
    CHECK(ifacts("Ukraine demanded that Russia return the children.") == S{"country:UKR appeals_to country:RUS"});
    CHECK(ifacts("Sudan pleaded with Egypt to keep the border open.") == S{"country:SDN appeals_to country:EGY"});
    CHECK(ifacts("Colombia exhorted Venezuela to hold free elections.") == S{"country:COL appeals_to country:VEN"});
    CHECK(ifacts("Canada and Australia urged China to free the activists.") ==
          S{"country:CAN appeals_to country:CHN", "country:AUS appeals_to country:CHN"});
    CHECK(ifacts("Iraq was urged by Iran to expel the foreign forces.") == S{"country:IRN appeals_to country:IRQ"});
    // appeal nouns followed by their addressee
    CHECK(ifacts("Qatar renewed its call on Israel to open the crossings.") == S{"country:QAT appeals_to country:ISR"});
    CHECK(ifacts("Kuwait repeated its demand that Israel halt the settlements.") ==
          S{"country:KWT appeals_to country:ISR"});
    CHECK(ifacts("Malaysia made an appeal to Myanmar to free prisoners.") == S{"country:MYS appeals_to country:MMR"});
    // negatives and look-alikes
    CHECK(iall("Japan did not urge China to release him.") == S{"country:JPN appeals_to country:CHN neg"});
    CHECK(ifacts("India asked about Nepal's plans.").empty());
    CHECK(ifacts("Ukraine demanded compensation.").empty());
    CHECK(ifacts("Kenya asked whether Ethiopia would attend.").empty());
    CHECK(ifacts("Egypt was asked about Israel by reporters.").empty());
    CHECK(ifacts("Sweden made an appeal to voters before the vote in Finland.").empty());
}

TEST_CASE("interact: opposition variants") {
    CHECK(ifacts("Hungary rejected Ukraine's request for weapons.") == S{"country:HUN opposes country:UKR"});
    CHECK(ifacts("China blocked India's bid to join the group.") == S{"country:CHN opposes country:IND"});
    CHECK(ifacts("Greece voted against Turkey's proposal.") == S{"country:GRC opposes country:TUR"});
    CHECK(ifacts("Egypt objected to Ethiopia's plan to fill the dam.") == S{"country:EGY opposes country:ETH"});
    CHECK(ifacts("Bahrain severed ties with Qatar.") == S{"country:BHR opposes country:QAT"});
    CHECK(ifacts("Poland and Hungary rejected Ukraine's terms.") ==
          S{"country:POL opposes country:UKR", "country:HUN opposes country:UKR"});
    // refusing to recognise: the phrase is the trigger, not a negation of one
    CHECK(iall("Venezuela refused to recognize Guyana's sovereignty over the region.") ==
          S{"country:VEN opposes country:GUY"});
    // the owner of a passive subject
    CHECK(ifacts("Sweden's bid was blocked by Turkey.") == S{"country:TUR opposes country:SWE"});
    // negatives and look-alikes
    CHECK(iall("Turkey did not oppose Sweden's bid.") == S{"country:TUR opposes country:SWE neg"});
    CHECK(ifacts("Hungary may reject Ukraine's request.").empty());
    CHECK(ifacts("Egypt had no objection to Ethiopia's plan.").empty());
    CHECK(ifacts("Serbia's bid was rejected.").empty());
    CHECK(ifacts("Colombia opposed the motion in Bogota.").empty());
    CHECK(iall("Venezuela will not recognize the result.").empty());
}
