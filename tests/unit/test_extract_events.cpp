// Sentence-level tests of the event-structure relations (src/extract/events.inc and the signing,
// accession and travel shapes elsewhere): signs, member_of, joins, seeks_to_join and visits in their
// ordinary variants (voice, coordination, apposition, a described agreement, an organization taken
// from the article's topic), and the look-alikes and hedges that assert none of them. Runs on the
// real knowledge base (data/). Every sentence is written for the test; each case asserts the exact
// set of triples of these relations (facts, or all triples with negation/modality flags).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "extract_fixture.hpp"

using namespace geokg;

namespace {

using S = std::set<std::string>;

// The triples of the event-structure relations only.
S events_of(const std::set<std::string>& all) {
    S r;
    for (const auto& k : all)
        for (const char* rel : {" signs ", " member_of ", " joins ", " seeks_to_join ", " withdraws_from ", " visits "})
            if (k.find(rel) != std::string::npos) r.insert(k);
    return r;
}
S efacts(const std::string& text) {
    return events_of(geokg::testing::triple_keys(geokg::testing::data_extractor(), text, "2023-06-15", false));
}
S eall(const std::string& text) {
    return events_of(geokg::testing::triple_keys(geokg::testing::data_extractor(), text, "2023-06-15", true));
}

}  // namespace

TEST_CASE("events: signing an agreement the KB does not name, between the parties named") {
    // coordinated subjects: one treaty entity of the parties and the described agreement
    CHECK(efacts("Kenya and Ethiopia signed a border security agreement on Monday.") ==
          S{"country:ETH signs treaty:ethiopia-kenya-border-security-agreement",
            "country:KEN signs treaty:ethiopia-kenya-border-security-agreement"});
    // a partner after "with" signs too; a memorandum of understanding
    CHECK(efacts("Vietnam has signed a memorandum of understanding with South Korea.") ==
          S{"country:KOR signs treaty:south-korea-vietnam-memorandum-of-understanding",
            "country:VNM signs treaty:south-korea-vietnam-memorandum-of-understanding"});
    // three parties, a bare memorandum signed by all of them
    CHECK(efacts("Norway, Denmark and Iceland signed a memorandum in the spring.") ==
          S{"country:DNK signs treaty:denmark-iceland-norway-memorandum",
            "country:ISL signs treaty:denmark-iceland-norway-memorandum",
            "country:NOR signs treaty:denmark-iceland-norway-memorandum"});
    // a person signs for the country they serve; the partner is a country
    CHECK(efacts("Penny Wong inked a maritime cooperation pact with Indonesia.") ==
          S{"country:IDN signs treaty:australia-indonesia-maritime-cooperation-pact",
            "person:penny-wong signs treaty:australia-indonesia-maritime-cooperation-pact"});
    // reaching a consensus with a partner
    CHECK(efacts("Thailand reached a three-point consensus with Cambodia after the talks.") ==
          S{"country:KHM signs treaty:cambodia-thailand-three-point-consensus",
            "country:THA signs treaty:cambodia-thailand-three-point-consensus"});
    // one party only: which agreement it is cannot be told (an executive act, a domestic memorandum)
    CHECK(efacts("Joe Biden signed a memorandum on Tuesday.").empty());
    CHECK(efacts("Joe Biden signed an executive order on Tuesday.").empty());
    // several texts are no one treaty; companies are no parties
    CHECK(efacts("Israeli firms signed deals with Emirati companies.").empty());
}

TEST_CASE("events: the described agreement is what 'the deal' means next, and its signers by name") {
    CHECK(efacts("Peru has signed a defence agreement with Brazil. The deal was signed by Mauro Vieira and his "
                 "Peruvian host.") ==
          S{"country:BRA signs treaty:brazil-peru-defence-agreement", "country:PER signs treaty:brazil-peru-defence-agreement",
            "person:mauro-vieira signs treaty:brazil-peru-defence-agreement"});
    // signers listed with appositions between them, and "his counterpart X"
    CHECK(efacts("Chile and Argentina signed a water sharing deal. The agreement was signed by Mauro Vieira, the "
                 "Brazilian foreign minister, and Santiago Cafiero, an Argentine diplomat.") ==
          S{"country:ARG signs treaty:argentina-chile-water-sharing-deal", "country:CHL signs treaty:argentina-chile-water-sharing-deal",
            "person:mauro-vieira signs treaty:argentina-chile-water-sharing-deal",
            "person:santiago-cafiero signs treaty:argentina-chile-water-sharing-deal"});
    CHECK(efacts("The New START treaty was signed by Sergei Lavrov and his American counterpart Antony Blinken.") ==
          S{"person:antony-blinken signs treaty:new-start", "person:sergei-lavrov signs treaty:new-start"});
    // more than three sentences later, "the deal" is no longer that one
    CHECK(efacts("Peru signed a trade agreement with Chile. It rained. It rained again. It rained more. It stopped. "
                 "The deal was signed by Mauro Vieira.") ==
          S{"country:CHL signs treaty:chile-peru-trade-agreement", "country:PER signs treaty:chile-peru-trade-agreement"});
}

TEST_CASE("events: named acts with a year, reduced passives and appositions naming the text") {
    CHECK(efacts("The Lisbon Agreement of 1977, signed by Portugal and Spain, settled the dispute.") ==
          S{"country:ESP signs treaty:lisbon-agreement-1977", "country:PRT signs treaty:lisbon-agreement-1977"});
    CHECK(efacts("The Lisbon Agreement of 1977, signed by Mario Soares, the prime minister, and Adolfo Suarez, "
                 "the Spanish leader, settled it.")
              .size() <= 2);
    CHECK(efacts("Benjamin Netanyahu and Donald Trump also signed a short joint text, the Abraham Accords, on Tuesday.") ==
          S{"person:benjamin-netanyahu signs treaty:abraham-accords", "person:donald-trump signs treaty:abraham-accords"});
    // the year alone does not make a capitalized word a treaty's name
    CHECK(efacts("The Agreement of 1977 was signed by Portugal.").empty());
}

TEST_CASE("events: negated and hedged signing and joining") {
    CHECK(eall("Japan did not sign the memorandum with South Korea.") ==
          S{"country:JPN signs treaty:japan-south-korea-memorandum neg",
            "country:KOR signs treaty:japan-south-korea-memorandum neg"});
    CHECK(eall("Japan and South Korea will sign a trade agreement next month.") ==
          S{"country:JPN signs treaty:japan-south-korea-trade-agreement planned",
            "country:KOR signs treaty:japan-south-korea-trade-agreement planned"});
    CHECK(efacts("Serbia refused to join NATO.").empty());
    CHECK(efacts("Antony Blinken plans to visit Beijing.").empty());
    CHECK(eall("Antony Blinken plans to visit Beijing.") == S{"person:antony-blinken visits country:CHN planned"});
    CHECK(efacts("Sergei Lavrov was not invited to visit Japan.").empty());
}

TEST_CASE("events: membership read from a chair, an apposition, 'as a member' and a possessive") {
    CHECK(efacts("Cambodia, which holds the ASEAN chair this year, opened the forum.") == S{"country:KHM member_of org:asean"});
    CHECK(efacts("Malaysia took over the rotating chairmanship of ASEAN in January.") == S{"country:MYS member_of org:asean"});
    // a chair of an organization the KB does not list the country in: no membership guessed
    CHECK(efacts("Japan holds the ASEAN chair, a reporter wrote.").empty());
    CHECK(efacts("Poland and Lithuania, both members of NATO, sent troops.") ==
          S{"country:LTU member_of org:nato", "country:POL member_of org:nato"});
    CHECK(efacts("Japan, India and Australia, members of the Quad, met in Tokyo.") ==
          S{"country:AUS member_of org:quad", "country:IND member_of org:quad", "country:JPN member_of org:quad"});
    CHECK(efacts("Denmark, as a member of the EU, backed the plan.") == S{"country:DNK member_of org:european-union"});
    CHECK(efacts("ASEAN's members Vietnam and Malaysia disagreed.") ==
          S{"country:MYS member_of org:asean", "country:VNM member_of org:asean"});
}

TEST_CASE("events: a leading country and a summit's members, as the KB lists them") {
    CHECK(efacts("Armenia froze its role in the CSTO. Yerevan says the Russian-led bloc failed it.") ==
          S{"country:RUS member_of org:csto"});
    CHECK(efacts("The leaders of Canada, France and Japan met in Hiroshima for the G7 summit.") ==
          S{"country:CAN member_of org:g7", "country:FRA member_of org:g7", "country:JPN member_of org:g7"});
    // a guest of the summit is no member
    CHECK(efacts("The leaders of Canada and India met in Hiroshima for the G7 summit.") == S{"country:CAN member_of org:g7"});
    // attending is not the members' own meeting
    CHECK(efacts("The leaders of Canada and France attended the G7 summit.").empty());
}

TEST_CASE("events: accession and joining, with the organization the article is about") {
    const std::string nato = "NATO foreign ministers met in Oslo. NATO allies discussed Ukraine. ";
    CHECK(efacts(nato + "Finland joined in April.") == S{"country:FIN joins org:nato"});
    CHECK(efacts(nato + "Moldova and Ukraine applied jointly in March.") ==
          S{"country:MDA seeks_to_join org:nato", "country:UKR seeks_to_join org:nato"});
    CHECK(efacts(nato + "The accession protocols for Finland and Sweden were signed in July.") ==
          S{"country:FIN seeks_to_join org:nato", "country:SWE seeks_to_join org:nato"});
    CHECK(efacts(nato + "Finland handed over its instrument of accession on Tuesday.") == S{"country:FIN joins org:nato"});
    // two organizations named as often: which one is meant is a guess
    CHECK(efacts("NATO and the EU met. NATO and the EU talked. Finland joined in April.").empty());
    // "joined" with an object of its own, or a gerund after it, is no accession to the topic
    CHECK(efacts(nato + "Finland joined in condemning the attack.").empty());
    CHECK(efacts("Serbia's EU accession process has stalled.") == S{"country:SRB seeks_to_join org:european-union"});
    CHECK(efacts("The admission of Egypt and Ethiopia as new members of BRICS was agreed.") ==
          S{"country:EGY joins org:brics", "country:ETH joins org:brics"});
    CHECK(efacts("The New Development Bank met. It approved the admission of Egypt and Uruguay as new members of "
                 "the Bank.") == S{"country:EGY joins org:ndb", "country:URY joins org:ndb"});
}

TEST_CASE("events: visits by flight, reception and sending") {
    CHECK(efacts("Lloyd Austin flew from Doha to Riyadh on Sunday.") == S{"person:lloyd-austin visits country:SAU"});
    CHECK(efacts("Recep Tayyip Erdogan received Olaf Scholz in Ankara on Friday.") ==
          S{"person:olaf-scholz visits country:TUR"});
    // a host receiving his own minister at home is no visit
    CHECK(efacts("Recep Tayyip Erdogan received Hakan Fidan in Ankara on Friday.").empty());
    CHECK(efacts("Mali and Burkina Faso sent a joint delegation to Niamey.") ==
          S{"country:BFA visits country:NER", "country:MLI visits country:NER"});
    CHECK(efacts("China sent its foreign minister Wang Yi to a national day reception in Hanoi.") ==
          S{"person:wang-yi visits country:VNM"});
    // sending troops is a deployment, not a visit
    CHECK(efacts("Russia sent troops to Mali.").empty());
}

TEST_CASE("events: a relative clause about the text, and ending or leaving an agreement") {
    CHECK(efacts("Both sides praised the fisheries agreement, which Norway and Iceland signed last year.") ==
          S{"country:ISL signs treaty:iceland-norway-fisheries-agreement",
            "country:NOR signs treaty:iceland-norway-fisheries-agreement"});
    // only the one ending it withdraws; the partner names the agreement
    CHECK(efacts("Niger has ended its military cooperation agreement with France.") ==
          S{"country:NER withdraws_from treaty:france-niger-military-cooperation-agreement"});
    CHECK(efacts("Mali withdrew from a 2015 peace accord with Algeria on Thursday.") ==
          S{"country:MLI withdraws_from treaty:algeria-mali-2015-peace-accord"});
    CHECK(efacts("Belarus suspended its participation in the Eastern Partnership.") ==
          S{"country:BLR withdraws_from treaty:eastern-partnership"});
    // suspending talks on an agreement is no withdrawal from it
    CHECK(efacts("Niger suspended talks on a trade agreement with France.").empty());
    // an aim is no act
    CHECK(efacts("Mexico and Canada committed to sign a trade deal.").empty());
    CHECK(efacts("Leaders noted the recently signed security agreement between Japan and Australia.").empty());
}

TEST_CASE("events: founders of an organization are its members") {
    CHECK(efacts("The SCO, founded in 2001 by China, Russia and Kazakhstan, met in Astana.") ==
          S{"country:CHN member_of org:sco", "country:KAZ member_of org:sco", "country:RUS member_of org:sco"});
    // a company founded by someone is no membership
    CHECK(efacts("Huawei, a firm founded by China and Russia, grew.").empty());
}

TEST_CASE("events: a described agreement the KB knows by its parties and year") {
    CHECK(efacts("South Korea on Tuesday suspended its 2018 military pact with North Korea in full.") ==
          S{"country:KOR withdraws_from treaty:comprehensive-military-agreement"});
    // another year: another agreement, not the KB's
    CHECK(efacts("South Korea suspended a 2021 military pact with North Korea.") ==
          S{"country:KOR withdraws_from treaty:north-korea-south-korea-2021-military-pact"});
}

TEST_CASE("events: a question asserts no signing") {
    CHECK(efacts("Did Kenya and Ethiopia sign a border agreement on Monday?").empty());
    CHECK(efacts("Q Will the U.S. and Mexico reach a deal soon?").empty());
}

TEST_CASE("events: membership stated in the ordinary news variants") {
    // members listed in a parenthesis or between dashes after the organization
    CHECK(efacts("Diplomats met the P5+1 (Britain, China, France, Germany, Russia and the United States) in Geneva.") ==
          S{"country:CHN member_of org:p5-plus-1", "country:DEU member_of org:p5-plus-1", "country:FRA member_of org:p5-plus-1",
            "country:GBR member_of org:p5-plus-1", "country:RUS member_of org:p5-plus-1", "country:USA member_of org:p5-plus-1"});
    CHECK(efacts("Envoys of the Gulf Cooperation Council - Kuwait, Oman and Qatar - gathered in Doha.") ==
          S{"country:KWT member_of org:gcc", "country:OMN member_of org:gcc", "country:QAT member_of org:gcc"});
    // a parenthesis that is no list of members
    CHECK(efacts("Officials of NATO (in Brussels) declined to comment.").empty());
    // partitives: "one of N ORG member states", "among the ORG members", "one of the smaller ORG allies"
    CHECK(efacts("Latvia is one of 27 EU member states that must ratify the text.") ==
          S{"country:LVA member_of org:european-union"});
    CHECK(efacts("Brazil is among the BRICS members that declined to vote.") == S{"country:BRA member_of org:brics"});
    CHECK(efacts("Slovenia is one of the smaller NATO allies.") == S{"country:SVN member_of org:nato"});
    CHECK(efacts("Denmark, one of the founding members of NATO, hosted the drill.") == S{"country:DNK member_of org:nato"});
    // "ORG's N members include A and B"
    CHECK(efacts("ASEAN's 10 members include Laos and Cambodia.") ==
          S{"country:LAO member_of org:asean", "country:KHM member_of org:asean"});
    // "the ORG nations A and B", "ORG countries including A"
    CHECK(efacts("The G7 nations Japan and Canada issued a statement.") ==
          S{"country:JPN member_of org:g7", "country:CAN member_of org:g7"});
    CHECK(efacts("NATO countries including Norway sent ships.") == S{"country:NOR member_of org:nato"});
    // "members of ORG such as / including A and B"
    CHECK(efacts("Several members of the European Union, including Austria and Malta, abstained.") ==
          S{"country:AUT member_of org:european-union", "country:MLT member_of org:european-union"});
    // "the two largest ORG members", "an elected member of ORG"
    CHECK(efacts("Spain and Italy, the two largest EU members in the south, disagreed.") ==
          S{"country:ESP member_of org:european-union", "country:ITA member_of org:european-union"});
    CHECK(efacts("Mozambique, an elected member of the UN Security Council, abstained.") ==
          S{"country:MOZ member_of org:un-security-council"});
    // a seat on a membership organization
    CHECK(efacts("Brazil and Ghana sit on the UN Security Council this year.") ==
          S{"country:BRA member_of org:un-security-council", "country:GHA member_of org:un-security-council"});
    // one of a country's allies, with a copula
    S allied;
    for (const auto& k : geokg::testing::triple_keys(geokg::testing::data_extractor(), "Poland is one of America's closest allies.",
                                                     "2023-06-15", false))
        if (k.find(" allied_with ") != std::string::npos) allied.insert(k);
    CHECK(allied.size() == 1);
}

TEST_CASE("events: membership look-alikes") {
    CHECK(efacts("Members of Congress questioned the NATO commander.").empty());
    CHECK(efacts("Family members of the hostages met the European Union envoy.").empty());
    CHECK(efacts("A member of the Ukrainian delegation said talks with NATO were stalled.").empty());
    // a list that is not an apposition of members
    CHECK(efacts("The talks brought together the United States, the GCC members and Egypt.").empty());
    // a seat on a board is no membership
    CHECK(efacts("He sits on the board of the Asian Infrastructure Investment Bank.").empty());
    // negated and hypothetical memberships are not facts
    CHECK(efacts("Ukraine is not one of the NATO members.").empty());
    CHECK(efacts("Serbia could one day sit on the UN Security Council.").empty());
}
