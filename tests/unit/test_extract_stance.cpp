// Sentence-level tests of stance, support, opposition and criticism voiced through nouns
// ("expressed concern about", "raised objections to", "a call from X for Y to"), solidarity,
// and evaluative attribution with no relation verb ("X said Y's move was illegal", "X called
// Y's plan a provocation", "Y's claims are baseless, X said"). Runs on the real knowledge base
// (data/). Every sentence is written for the test; each case asserts the exact set of triples.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "geokg/article.hpp"
#include "geokg/extract.hpp"
#include "extract_fixture.hpp"
#include "geokg/kb.hpp"

using namespace geokg;

namespace {

const Extractor& stance_extractor() {
    return geokg::testing::data_extractor();
}
// facts only (asserted, not negated)
std::set<std::string> sfacts(const std::string& text) {
    return geokg::testing::triple_keys(stance_extractor(), text, "2023-06-15");
}
// every triple, with " neg" / " hypothetical" / " planned" marks
std::set<std::string> sall(const std::string& text) {
    return geokg::testing::triple_keys(stance_extractor(), text, "2023-06-15", true);
}

using S = std::set<std::string>;

}  // namespace

TEST_CASE("stance: nouns of concern, objection, protest and appreciation") {
    CHECK(sfacts("Portugal expressed concern about Angola's election.") == S{"country:PRT criticizes country:AGO"});
    CHECK(sfacts("Norway voiced deep concern over Belarus's crackdown.") ==
          S{"country:NOR criticizes country:BLR"});
    CHECK(sfacts("Chile filed a protest to Bolivia over the border incident.") == S{"country:CHL criticizes country:BOL"});
    CHECK(sfacts("China lodged stern representations with Australia.") == S{"country:CHN criticizes country:AUS"});
    CHECK(sfacts("Slovakia raised objections to Hungary's proposal.") == S{"country:SVK opposes country:HUN"});
    CHECK(sfacts("Ecuador expressed appreciation for Colombia's help.") == S{"country:ECU supports country:COL"});
    CHECK(sfacts("Ghana stands in solidarity with Togo.") == S{"country:GHA supports country:TGO"});
    // the agent of a noun after "from"
    CHECK(sfacts("A call from Finland for Estonia to reopen the border went unanswered.") ==
          S{"country:FIN appeals_to country:EST"});
    // a demonym before a noun of people names the people, not the state
    CHECK(sfacts("Portugal raised concerns about the treatment of Angolan migrants.").empty());
    CHECK(sfacts("Portugal raised concerns about Angolan troops in the region.") ==
          S{"country:PRT criticizes country:AGO"});
    // a worry about a situation is no criticism of the actor inside it
    CHECK(sfacts("Portugal raised concerns about the erosion of Macau's autonomy.").empty());
    // an appeal "for" someone to act; a call for something concerning someone is none
    CHECK(sfacts("Qatar called for Israel to reopen the crossing.") == S{"country:QAT appeals_to country:ISR"});
    CHECK(sfacts("Chile's call for Bolivia to resume talks was welcomed.") == S{"country:CHL appeals_to country:BOL"});
    CHECK(sfacts("Qatar called for the release of Israeli hostages.").empty());
    CHECK(sfacts("Qatar called for calm in Israel.").empty());
    // a concern about no actor relates no one
    CHECK(sfacts("Portugal expressed concern about the weather.").empty());
    // raising a concern with someone is telling them, not criticizing them
    CHECK(sfacts("Norway raised concerns with Sweden about the election.").empty());
    // "issues of concern between X and Y" is no stance of X toward Y
    CHECK(sfacts("There are issues of concern between Chile and Bolivia.").empty());
    // a stance noun about a pact between two others names neither as its target
    CHECK(sfacts("Peru voiced concern over the pact between Chile and Bolivia.").empty());
}

TEST_CASE("stance: negated and hedged stance nouns keep their flags") {
    CHECK(sall("Portugal did not express concern about Angola's election.") ==
          S{"country:PRT criticizes country:AGO neg"});
    CHECK(sall("Slovakia could raise objections to Hungary's proposal.") ==
          S{"country:SVK opposes country:HUN hypothetical"});
}

TEST_CASE("stance: an evaluation after a speech verb relates the speaker to the evaluated actor") {
    CHECK(sfacts("Egypt said Ethiopia's dam was illegal.") == S{"country:EGY criticizes country:ETH"});
    CHECK(sfacts("Armenia said on Monday that the Azerbaijani blockade was a flagrant violation of the ceasefire.") ==
          S{"country:ARM criticizes country:AZE"});
    CHECK(sfacts("Peru said the decision by Chile was a positive step.") == S{"country:PER supports country:CHL"});
    CHECK(sfacts("Kenya said Uganda's offer was welcome.") == S{"country:KEN supports country:UGA"});
    CHECK(sfacts("Estonia said Russia's military buildup poses a direct threat to the region.") ==
          S{"country:EST criticizes country:RUS"});
    // the speaker after the evaluation, with or without a quotation
    CHECK(sfacts("Guatemala's reform is a milestone, Honduras said.") == S{"country:HND supports country:GTM"});
    CHECK(sfacts("\"Azerbaijan's claims are baseless,\" Armenia said.") == S{"country:ARM criticizes country:AZE"});
    // the owner of a noun that an infinitive completes
    CHECK(sfacts("Egypt said Ethiopia's decision to fill the dam this summer was unacceptable.") ==
          S{"country:EGY criticizes country:ETH"});
    // "it is regrettable that Y ...": the actor opening the that-clause; a long quotation before the speaker
    CHECK(sfacts("Serbia said it was unacceptable that Croatia closed the border crossing.") ==
          S{"country:SRB criticizes country:HRV"});
    CHECK(sfacts("\"It is deeply regrettable that Venezuelan troops once again crossed into the disputed region this "
                 "week,\" Guyana's foreign ministry said in a statement.") == S{"country:GUY criticizes country:VEN"});
    // but not "it was a mistake for Y to ..."
    CHECK(sfacts("Serbia said it was a mistake for Croatia to close the border crossing.").empty());
}

TEST_CASE("stance: an evaluation framed by call, describe, brand") {
    CHECK(sfacts("Greece called Turkey's drilling a provocation.") == S{"country:GRC criticizes country:TUR"});
    CHECK(sfacts("Lithuania described Russia's exercises as an act of aggression.") ==
          S{"country:LTU criticizes country:RUS"});
    CHECK(sfacts("Iran described the U.S. sanctions as economic warfare.") == S{"country:IRN criticizes country:USA"});
    // an attributive adjective is not the evaluation: the head noun after it is
    CHECK(sfacts("Greece called Turkey's historic decision a mistake.") == S{"country:GRC criticizes country:TUR"});
    // a complement adjective after a noun phrase that ends in an article and a noun
    CHECK(sfacts("Greece called Turkey's decision to reopen the mosque unacceptable.") ==
          S{"country:GRC criticizes country:TUR"});
}

TEST_CASE("stance: evaluations that relate no one, or are negated or hedged") {
    // negated, hypothetical
    CHECK(sall("Egypt said Ethiopia's dam was not illegal.") == S{"country:EGY criticizes country:ETH neg"});
    CHECK(sall("Egypt said Ethiopia's dam would be illegal.") == S{"country:EGY criticizes country:ETH hypothetical"});
    CHECK(sall("Greece did not call Turkey's drilling a provocation.") == S{"country:GRC criticizes country:TUR neg"});
    // a question asks about a stance, it voices none
    CHECK(sall("Did Greece call Turkey's drilling a provocation?").empty());
    CHECK(sall("Why did Portugal express concern about Angola's election?").empty());
    // the actor inside a prepositional phrase is not what is evaluated
    CHECK(sfacts("Greece said the war in Ukraine was a disgrace.").empty());
    CHECK(sfacts("Korea called the agreement with Japan a milestone.").empty());
    // a deal named after a party evaluates the deal
    CHECK(sfacts("Israel said the Qatar deal was a mistake.").empty());
    // no speech verb, no framing verb: a description, not someone's evaluation
    CHECK(sfacts("After Ethiopia's dam was illegal, Egypt protested.").empty());
    // two actors in the noun phrase: which one is meant is a guess
    CHECK(sfacts("Egypt said the Ethiopia-Sudan pact was illegal.").empty());
    // "called on" is an appeal, not a framing
    CHECK(sfacts("Egypt called on Ethiopia to stop filling the dam.") == S{"country:EGY appeals_to country:ETH"});
}
