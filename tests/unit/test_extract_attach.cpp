// Sentence-level tests of relation attachment: the "reduce relations" phrases (suspending or
// cutting off trade and aid, closing borders: sanctions; breaking off relations: opposes),
// "stand firmly with", opening negotiations, and subjects across a long relative clause or
// noun-phrase apposition ("X, who took power in ..., travelled to Y and met Z"), with the guards:
// negation, readiness (planned), yes/no questions, "we, the leaders of X,". Runs on the real
// knowledge base (data/). Every sentence is written for the test; every case asserts the exact
// set of asserted facts.
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

const Extractor& attach_ex() {
    return geokg::testing::data_extractor();
}

Facts facts(const std::string& text) { return geokg::testing::triple_keys(attach_ex(), text, "2021-03-04"); }
Facts all(const std::string& text) { return geokg::testing::triple_keys(attach_ex(), text, "2021-03-04", true); }

}  // namespace

TEST_CASE("attach: suspending or cutting off trade and aid, closing a border is a sanction") {
    CHECK(facts("Ghana suspended all trade with Togo on Tuesday.") == Facts{"country:GHA sanctions country:TGO"});
    CHECK(facts("Kenya cut off aid to Somalia after the vote.") == Facts{"country:KEN sanctions country:SOM"});
    CHECK(facts("Chile closed its border with Bolivia in March.") == Facts{"country:CHL sanctions country:BOL"});
    CHECK(facts("Benin retaliated by halting trade with Niger.") == Facts{"country:BEN sanctions country:NER"});
    // negated: no fact, a negated triple
    CHECK(facts("Ghana did not suspend trade with Togo.").empty());
    CHECK(all("Ghana did not suspend trade with Togo.") == Facts{"country:GHA sanctions country:TGO neg"});
    // a yes/no question asserts nothing
    CHECK(facts("Did Japan cut off aid to Myanmar?").empty());
    // trade that goes on stays trade
    CHECK(facts("Ghana expanded trade with Togo last year.") == Facts{"country:GHA trades_with country:TGO"});
}

TEST_CASE("attach: breaking off relations opposes; standing firmly with supports; opening talks is a meeting") {
    CHECK(facts("Peru broke off diplomatic relations with Ecuador.") == Facts{"country:PER opposes country:ECU"});
    CHECK(facts("Canada stands firmly with Ukraine.") == Facts{"country:CAN supports country:UKR"});
    CHECK(facts("Norway opened negotiations with Iceland on fishing rights.") ==
          Facts{"country:ISL meets_with country:NOR"});
    // readiness to negotiate is no negotiation yet
    CHECK(facts("Norway expressed its readiness to open negotiations with Iceland.").empty());
    CHECK(all("Norway expressed its readiness to open negotiations with Iceland.") ==
          Facts{"country:ISL meets_with country:NOR planned"});
}

TEST_CASE("attach: the subject across a long relative clause or apposition, and the verb after 'and'") {
    CHECK(facts("Olaf Scholz, who took office in 2021 after a long campaign in which Angela Merkel stood aside, "
                "travelled to Paris and met Emmanuel Macron.") ==
          Facts{"person:olaf-scholz visits country:FRA", "person:emmanuel-macron meets_with person:olaf-scholz"});
    CHECK(facts("Fumio Kishida, the first Japanese leader to attend the forum in person in more than a decade, "
                "met Yoon Suk Yeol on Friday.") ==
          Facts{"person:fumio-kishida meets_with person:yoon-suk-yeol"});
    // (Angela Merkel, inside the relative clause, meets nobody: the conjunct "and met" shares the
    // subject of "travelled")
    // "we, the leaders of X,": the apposition names the subject
    CHECK(facts("We, the leaders of the Group of Seven, met Volodymyr Zelenskyy in Hiroshima.") ==
          Facts{"org:g7 meets_with person:volodymyr-zelenskyy"});
}

TEST_CASE("attach: people coordinated each with 'of' a country; a first-person subject") {
    CHECK(facts("President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany met on Friday.") ==
          Facts{"person:emmanuel-macron leader_of country:FRA", "person:olaf-scholz leader_of country:DEU",
                "person:emmanuel-macron meets_with person:olaf-scholz"});
    // one person: the person, not the country, is the subject
    CHECK(facts("Prime Minister Fumio Kishida of Japan met Yoon Suk Yeol on Friday.") ==
          Facts{"person:fumio-kishida leader_of country:JPN", "person:fumio-kishida meets_with person:yoon-suk-yeol"});
    // "we" is the subject, not the actor named before the comma
    CHECK(facts("Thanks to the mediation of Qatar, we urged Sudan to accept the ceasefire.").empty());
    CHECK(facts("Antonio Guterres said he deeply regrets Russia's decision.") ==
          Facts{"person:antonio-guterres criticizes country:RUS"});
}
