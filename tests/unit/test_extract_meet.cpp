// Sentence-level tests of meetings (calls, talks, hosting), cooperation, military presence and
// threats: the shapes news prose uses for them, and the look-alikes that are none of them
// ("called for", "called X a Y", "troops withdrew from", "threatened to quit"). Runs on the real
// knowledge base (data/). Every sentence is written for the test; each case asserts the exact set
// of fact triples, or of all triples with their negation/modality flags.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "extract_fixture.hpp"

using namespace geokg;

namespace {

std::set<std::string> meet_keys(const std::string& text, bool all) {
    return geokg::testing::triple_keys(geokg::testing::data_extractor(), text, "2023-06-15", all);
}
std::set<std::string> mfacts(const std::string& text) { return meet_keys(text, false); }
std::set<std::string> mall(const std::string& text) { return meet_keys(text, true); }

using S = std::set<std::string>;

}  // namespace

TEST_CASE("meet: phone calls in their verb and noun forms") {
    CHECK(mfacts("Emmanuel Macron called Olaf Scholz on Monday to discuss energy prices.") ==
          S{"person:emmanuel-macron meets_with person:olaf-scholz"});
    CHECK(mfacts("Olaf Scholz received a phone call from Volodymyr Zelenskyy.") ==
          S{"person:olaf-scholz meets_with person:volodymyr-zelenskyy"});
    CHECK(mfacts("Rishi Sunak got a call from Joe Biden late on Friday.") ==
          S{"person:joe-biden meets_with person:rishi-sunak"});
    CHECK(mfacts("In a phone call with Narendra Modi, Joe Biden raised the grain corridor.") ==
          S{"person:joe-biden meets_with person:narendra-modi"});
    CHECK(mfacts("During the call, Joe Biden and Xi Jinping covered fentanyl and Taiwan.") ==
          S{"person:joe-biden meets_with person:xi-jinping"});
    CHECK(mfacts("Antony Blinken discussed the ceasefire with Sameh Shoukry.") ==
          S{"person:antony-blinken meets_with person:sameh-shoukry"});
    CHECK(mfacts("Joe Biden and Xi Jinping discussed fentanyl.") == S{"person:joe-biden meets_with person:xi-jinping"});
    CHECK(mfacts("During the talks, Antony Blinken told Wang Yi that the balloon was unacceptable.") ==
          S{"person:antony-blinken meets_with person:wang-yi"});
    CHECK(mfacts("Negotiations between Armenia and Azerbaijan stalled in May.") ==
          S{"country:ARM meets_with country:AZE"});
    // an agenda is no meeting held; colleagues of one government discussing together do not meet
    CHECK(mfacts("Joe Biden has many issues to discuss with Fumio Kishida.").empty());
    CHECK(mfacts("Joe Biden and Kamala Harris discussed the budget.").empty());
}

TEST_CASE("meet: a meeting in a time adjunct names the clause subject's partners") {
    CHECK(mfacts("Pedro Sanchez and Olaf Scholz presented the plan after a meeting in Madrid.") ==
          S{"person:olaf-scholz meets_with person:pedro-sanchez"});
    CHECK(mfacts("Recep Tayyip Erdogan dropped his veto following talks with Ulf Kristersson.") ==
          S{"person:recep-tayyip-erdogan meets_with person:ulf-kristersson"});
    // the nearest actor is an object, not the subject: whose talks these were is open
    CHECK(mfacts("China criticized Japan after talks with the United States collapsed.") ==
          S{"country:CHN criticizes country:JPN"});
    // a summit attended is no bilateral meeting
    CHECK(mfacts("Kenya and Ghana issued a statement after the summit.").empty());
}

TEST_CASE("meet: hosting, sitting down and bilaterals") {
    CHECK(mfacts("Joe Biden shook hands with Xi Jinping.") == S{"person:joe-biden meets_with person:xi-jinping"});
    CHECK(mfacts("Fumio Kishida sat down with Yoon Suk Yeol in Hiroshima.") ==
          S{"person:fumio-kishida meets_with person:yoon-suk-yeol"});
    CHECK(mfacts("Joe Biden played host to Anthony Albanese.") ==
          S{"person:anthony-albanese meets_with person:joe-biden"});
    CHECK(mfacts("Giorgia Meloni held a bilateral with Rishi Sunak.") ==
          S{"person:giorgia-meloni meets_with person:rishi-sunak"});
}

TEST_CASE("meet: what is no call and no meeting") {
    // a call for something, an evaluation, a naming
    CHECK(mfacts("Emmanuel Macron called for a truce in Sudan.").empty());
    CHECK(mfacts("Joe Biden called Vladimir Putin a war criminal.").empty());
    CHECK(mfacts("Donald Trump called Justin Trudeau weak.").empty());
    CHECK(mfacts("Joe Biden called out Xi Jinping over the balloon.").empty());
    CHECK(mfacts("Joe Biden called Vladimir Putin personally a butcher.").empty());
    // a question asserts nothing
    CHECK(mall("Did Joe Biden call Xi Jinping on Monday?") ==
          S{"person:joe-biden meets_with person:xi-jinping hypothetical"});
    CHECK(mall("At what point would Joe Biden call Xi Jinping?") ==
          S{"person:joe-biden meets_with person:xi-jinping hypothetical"});
    // a wh-question about a past call presupposes it
    CHECK(mfacts("Why did Joe Biden call Xi Jinping on Monday?") == S{"person:joe-biden meets_with person:xi-jinping"});
    // negated and planned meetings are written with their flags, not as facts
    CHECK(mall("Joe Biden did not meet Xi Jinping in Bali.") == S{"person:joe-biden meets_with person:xi-jinping neg"});
    CHECK(mall("Joe Biden will call Xi Jinping next week.") ==
          S{"person:joe-biden meets_with person:xi-jinping planned"});
    // a city where talks are held is no participant
    CHECK(mfacts("Antony Blinken and Wang Yi held talks in Beijing.") ==
          S{"person:antony-blinken meets_with person:wang-yi"});
    // a call with an unnamed group names nobody
    CHECK(mfacts("In a call with reporters, Joe Biden defended the deal.").empty());
}

TEST_CASE("meet: cooperation in joint patrols and drills") {
    CHECK(mfacts("Russia and China flew joint air patrols over the Sea of Japan.") ==
          S{"country:CHN cooperates_with country:RUS"});
    CHECK(mfacts("Russia and China held joint drills near Japan.") == S{"country:CHN cooperates_with country:RUS"});
    CHECK(mall("Canada and Germany will work together on hydrogen.") ==
          S{"country:CAN cooperates_with country:DEU planned"});
}

TEST_CASE("meet: presence and deployment") {
    CHECK(mfacts("Russia keeps about 1,500 soldiers in Moldova.") == S{"country:RUS deploys_to country:MDA"});
    CHECK(mfacts("The United States sent an aircraft carrier to the Mediterranean.") ==
          S{"country:USA deploys_to place:mediterranean-sea"});
    CHECK(mfacts("Britain maintains a garrison in Cyprus.") == S{"country:GBR deploys_to country:CYP"});
    // a military inside the country's mention, present somewhere
    CHECK(mfacts("Turkish troops in Iraq shelled the hills.") == S{"country:TUR deploys_to country:IRQ"});
    CHECK(mfacts("Russian forces remain in Moldova.") == S{"country:RUS deploys_to country:MDA"});
    // leaving is no presence, a hedge is no fact
    CHECK(mfacts("France withdrew its soldiers from Mali.").empty());
    CHECK(mfacts("American troops withdrew from Syria.").empty());
    CHECK(mfacts("American troops would remain in Syria.").empty());
    CHECK(mfacts("Would Biden send American troops into Syria?").empty());
    CHECK(mall("There are no American soldiers in Syria.") == S{"country:USA deploys_to country:SYR neg"});
}

TEST_CASE("meet: threats") {
    CHECK(mfacts("Russia threatened to cut gas supplies to Moldova.") == S{"country:RUS threatens country:MDA"});
    // the threatened act itself has not happened
    CHECK(mall("North Korea threatened to attack South Korea.") ==
          S{"country:PRK threatens country:KOR", "country:PRK attacks country:KOR hypothetical"});
    CHECK(mfacts("Iran vowed revenge against Israel.") == S{"country:IRN threatens country:ISR"});
    CHECK(mfacts("Taiwan faces growing threats from China.") == S{"country:CHN threatens country:TWN"});
    // the speaker threatens the one who "would pay a heavy price"; not when the report is hedged
    CHECK(mfacts("Russia said Poland would pay a heavy price.") == S{"country:RUS threatens country:POL"});
    CHECK(mfacts("Russia might say Poland would face consequences.").empty());
    CHECK(mfacts("China refused to rule out the use of force against Taiwan.") == S{"country:CHN threatens country:TWN"});
    // threatening to leave an organization threatens nobody
    CHECK(mfacts("Hungary threatened to quit the European Union.").empty());
    CHECK(mall("China did not threaten Japan.") == S{"country:CHN threatens country:JPN neg"});
}

TEST_CASE("meet: variants of meeting, hosting and audiences") {
    CHECK(mfacts("Narendra Modi sat down with Fumio Kishida for ninety minutes.") ==
          S{"person:fumio-kishida meets_with person:narendra-modi"});
    CHECK(mfacts("Pope Francis granted an audience to Emmanuel Macron.") ==
          S{"person:emmanuel-macron meets_with person:pope-francis"});
    CHECK(mfacts("Emmanuel Macron had an audience with Pope Francis at the Vatican.") ==
          S{"person:emmanuel-macron meets_with person:pope-francis"});
    CHECK(mfacts("Joe Biden huddled with Fumio Kishida on the summit's margins.") ==
          S{"person:fumio-kishida meets_with person:joe-biden"});
    CHECK(mfacts("Joe Biden telephoned Olaf Scholz after the vote.") ==
          S{"person:joe-biden meets_with person:olaf-scholz"});
    CHECK(mfacts("It was the first face-to-face meeting between Joe Biden and Xi Jinping.") ==
          S{"person:joe-biden meets_with person:xi-jinping"});
    CHECK(mfacts("Wang Yi met with Antony Blinken and Jake Sullivan in Vienna.") ==
          S{"person:antony-blinken meets_with person:wang-yi", "person:jake-sullivan meets_with person:wang-yi"});
    CHECK(mfacts("Olaf Scholz's talks with Emmanuel Macron centred on energy.") ==
          S{"person:emmanuel-macron meets_with person:olaf-scholz"});
    // look-alikes: needs met, events hosted, reactions received, unnamed meetings, refusals
    CHECK(mfacts("Joe Biden hosted the summit on democracy.").empty());
    CHECK(mfacts("Qatar hosted the World Cup in 2022.").empty());
    CHECK(mfacts("The meeting in Geneva was postponed.").empty());
    CHECK(mfacts("Joe Biden refused to meet Xi Jinping.").empty());
    CHECK(mfacts("Emmanuel Macron, speaking in Paris, said France would act.").empty());
    CHECK(mall("Joe Biden did not meet Xi Jinping during the summit.") ==
          S{"person:joe-biden meets_with person:xi-jinping neg"});
}

TEST_CASE("meet: a guest hosted or received in a capital visits its country") {
    CHECK(mfacts("Xi Jinping hosted Emmanuel Macron in Beijing.") ==
          S{"person:emmanuel-macron meets_with person:xi-jinping", "person:emmanuel-macron visits country:CHN"});
    CHECK(mfacts("Olaf Scholz was received in Beijing by Xi Jinping.") ==
          S{"person:olaf-scholz meets_with person:xi-jinping", "person:olaf-scholz visits country:CHN"});
    CHECK(mfacts("Olaf Scholz welcomed Narendra Modi to Berlin on Sunday.") ==
          S{"person:narendra-modi meets_with person:olaf-scholz", "person:narendra-modi visits country:DEU"});
    // a provincial city is not asserted as the country visited; nor is a guest at home a visitor
    CHECK(mfacts("Xi Jinping received Emmanuel Macron in Guangzhou.") ==
          S{"person:emmanuel-macron meets_with person:xi-jinping"});
    CHECK(mfacts("Joe Biden hosted Antony Blinken in Washington.") ==
          S{"person:antony-blinken meets_with person:joe-biden"});
}

TEST_CASE("meet: variants of visits") {
    CHECK(mfacts("Joe Biden made a stop in Ireland on his way home.") == S{"person:joe-biden visits country:IRL"});
    CHECK(mfacts("Fumio Kishida stopped over in Poland on his way to Kyiv.") ==
          S{"person:fumio-kishida visits country:POL"});
    CHECK(mfacts("Fumio Kishida toured Ukraine on Tuesday.") == S{"person:fumio-kishida visits country:UKR"});
    CHECK(mfacts("A visit by Narendra Modi to Egypt followed.") == S{"person:narendra-modi visits country:EGY"});
    CHECK(mfacts("Olaf Scholz is on a three-day visit to Japan.") == S{"person:olaf-scholz visits country:JPN"});
    CHECK(mfacts("Rishi Sunak headed to Kyiv for talks.") == S{"person:rishi-sunak visits country:UKR"});
    CHECK(mfacts("Antony Blinken travelled to Beijing, where he met Wang Yi.") ==
          S{"person:antony-blinken meets_with person:wang-yi", "person:antony-blinken visits country:CHN"});
    CHECK(mfacts("Tourists visited Paris in record numbers.").empty());
    CHECK(mfacts("Joe Biden cancelled his trip to Australia.").empty());
    CHECK(mfacts("The delegation arrived in Beijing on Monday.").empty());
    CHECK(mfacts("Narendra Modi ruled out a visit to Pakistan.").empty());
    CHECK(mfacts("Joe Biden will visit India next year.").empty());
}

TEST_CASE("meet: variants of cooperation") {
    CHECK(mfacts("Brazil and Argentina joined forces to fight the fires.") == S{"country:ARG cooperates_with country:BRA"});
    CHECK(mfacts("Japan joined forces with Australia on the cable.") == S{"country:AUS cooperates_with country:JPN"});
    CHECK(mfacts("Australia teamed up with Japan to build the cable.") == S{"country:AUS cooperates_with country:JPN"});
    CHECK(mfacts("Saudi Arabia and Iran restored ties in March.") == S{"country:IRN cooperates_with country:SAU"});
    CHECK(mfacts("Japan, which has long cooperated with India, sent a team.") ==
          S{"country:IND cooperates_with country:JPN"});
    CHECK(mfacts("A strategic partnership between India and Japan took shape in 2014.") ==
          S{"country:IND cooperates_with country:JPN"});
    CHECK(mfacts("Japan refused to cooperate with China.").empty());
    CHECK(mfacts("Ties between China and Japan worsened.").empty());
    CHECK(mfacts("Russia suspended cooperation with the United States.").empty());
    CHECK(mfacts("China conducted military drills around Taiwan.").empty());
}

TEST_CASE("meet: variants of signing") {
    CHECK(mfacts("India and Japan put their names to the Paris Agreement.") ==
          S{"country:IND signs treaty:paris-agreement", "country:JPN signs treaty:paris-agreement"});
    CHECK(mfacts("Joe Biden initialled the Paris Agreement.") == S{"person:joe-biden signs treaty:paris-agreement"});
    CHECK(mfacts("France signed off on the Paris Agreement.") == S{"country:FRA signs treaty:paris-agreement"});
    CHECK(mfacts("Russia inked the New START treaty in 2010.") == S{"country:RUS signs treaty:new-start"});
    CHECK(mfacts("The signing of the Abraham Accords by Israel and the United Arab Emirates took place in 2020.") ==
          S{"country:ARE signs treaty:abraham-accords", "country:ISR signs treaty:abraham-accords"});
    CHECK(mfacts("The Paris Agreement was ratified by India in 2016.") == S{"country:IND signs treaty:paris-agreement"});
    CHECK(mfacts("India's ratification of the Paris Agreement came in October.") ==
          S{"country:IND signs treaty:paris-agreement"});
    CHECK(mfacts("Russia refused to sign the Arms Trade Treaty.").empty());
    CHECK(mfacts("India has not ratified the Arms Trade Treaty.").empty());
    CHECK(mfacts("China may sign the Arms Trade Treaty.").empty());
    CHECK(mfacts("India planned to ratify the Paris Agreement.").empty());
    CHECK(mfacts("The United States signed a statement on the Paris Agreement.").empty());
}
