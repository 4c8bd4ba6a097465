// Sentence-level tests of the use-of-force and pressure relations in their ordinary language variants:
// deploys_to (sent/rushed/massed/stationed), sanctions (reimposed, froze the assets of, restrictive
// measures; lifted/eased/considered/threatened sanctions are no facts), threatens (ultimatum), attacks
// (struck targets in), aids (lent, aid package) and military cooperates_with. Runs on the real knowledge
// base (data/). Every sentence is written for the test; every case asserts the exact set of asserted
// facts of its relation, negative cases included.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "extract_fixture.hpp"

namespace {

using Facts = std::set<std::string>;

Facts rel_facts(const std::string& text, const std::string& rel) {
    Facts r;
    for (auto& k : geokg::testing::triple_keys(geokg::testing::data_extractor(), text, "2024-03-03"))
        if (k.find(" " + rel + " ") != std::string::npos) r.insert(k);
    return r;
}

}  // namespace

TEST_CASE("force: deploys_to variants") {
    CHECK(rel_facts("Russia deployed thousands of troops to Belarus ahead of the drills.", "deploys_to") == Facts{"country:RUS deploys_to country:BLR"});
    CHECK(rel_facts("The United States sent an armored brigade to Poland last week.", "deploys_to") == Facts{"country:USA deploys_to country:POL"});
    CHECK(rel_facts("China has dispatched warships to Cambodia, satellite images show.", "deploys_to") == Facts{"country:CHN deploys_to country:KHM"});
    CHECK(rel_facts("Britain keeps about 900 soldiers stationed in Estonia, the ministry said.", "deploys_to") == Facts{"country:GBR deploys_to country:EST"});
    CHECK(rel_facts("The United States has roughly 54,000 troops based in Japan.", "deploys_to") == Facts{"country:USA deploys_to country:JPN"});
    CHECK(rel_facts("Russia massed troops on the border with Ukraine throughout the winter.", "deploys_to") == Facts{"country:RUS deploys_to country:UKR"});
    CHECK(rel_facts("France maintains a naval presence in Romania under the new plan.", "deploys_to") == Facts{"country:FRA deploys_to country:ROU"});
    CHECK(rel_facts("China stepped up patrols in the South China Sea on Tuesday.", "deploys_to") == Facts{"country:CHN deploys_to place:south-china-sea"});
    CHECK(rel_facts("A Canadian frigate sailed through the Taiwan Strait on Sunday.", "deploys_to") == Facts{"country:CAN deploys_to place:taiwan-strait"});
    CHECK(rel_facts("Chinese coast guard vessels entered the waters around Japan's southern islands, Tokyo said.", "deploys_to") == Facts{"country:CHN deploys_to country:JPN"});
    CHECK(rel_facts("Britain reinforced its garrison in Cyprus after the attacks.", "deploys_to") == Facts{"country:GBR deploys_to country:CYP"});
    CHECK(rel_facts("Germany is deploying a combat brigade to Lithuania.", "deploys_to") == Facts{"country:DEU deploys_to country:LTU"});
    CHECK(rel_facts("Turkish troops in Syria came under fire on Monday.", "deploys_to") == Facts{"country:TUR deploys_to country:SYR"});
    CHECK(rel_facts("India has stationed a small military contingent in the Maldives since 2013.", "deploys_to") == Facts{"country:IND deploys_to country:MDV"});
    CHECK(rel_facts("Iran dispatched military advisers to Yemen, according to the report.", "deploys_to") == Facts{"country:IRN deploys_to country:YEM"});
    CHECK(rel_facts("The United States rushed fighter jets to the Middle East on Friday.", "deploys_to") == Facts{"country:USA deploys_to place:middle-east"});
    CHECK(rel_facts("Australia sent two warships to the Philippines for the exercise.", "deploys_to") == Facts{"country:AUS deploys_to country:PHL"});
    CHECK(rel_facts("Russia, which has kept forces in Syria since 2015, flew additional bombers to the country.", "deploys_to") == Facts{"country:RUS deploys_to country:SYR"});
    CHECK(rel_facts("Thousands of American soldiers deployed to Germany will stay, the Pentagon said.", "deploys_to") == Facts{"country:USA deploys_to country:DEU"});
    CHECK(rel_facts("China has garrisoned marines in Djibouti since 2017.", "deploys_to") == Facts{"country:CHN deploys_to country:DJI"});
    CHECK(rel_facts("Russian mercenaries were deployed to Mali in 2021.", "deploys_to") == Facts{"country:RUS deploys_to country:MLI"});
    CHECK(rel_facts("North Korea sent thousands of soldiers to Russia, Seoul said.", "deploys_to") == Facts{"country:PRK deploys_to country:RUS"});
    CHECK(rel_facts("The United States sent a destroyer into the Black Sea on Thursday.", "deploys_to") == Facts{"country:USA deploys_to place:black-sea"});
    CHECK(rel_facts("Japan will station fighter jets in Australia for the first time.", "deploys_to") == Facts{});
    CHECK(rel_facts("The United States might send more troops to Taiwan if tensions rise.", "deploys_to") == Facts{});
    CHECK(rel_facts("Germany is considering whether to deploy a brigade to Lithuania.", "deploys_to") == Facts{});
    CHECK(rel_facts("France deployed police officers across Paris for the final.", "deploys_to") == Facts{});
    CHECK(rel_facts("China sent a delegation to Japan for trade talks.", "deploys_to") == Facts{});
    CHECK(rel_facts("India did not deploy troops to the Maldives.", "deploys_to") == Facts{});
    CHECK(rel_facts("The United States sent a letter to Japan about the tariffs.", "deploys_to") == Facts{});
}

TEST_CASE("force: sanctions variants") {
    CHECK(rel_facts("The United States imposed sanctions on Iran on Tuesday.", "sanctions") == Facts{"country:USA sanctions country:IRN"});
    CHECK(rel_facts("The European Union slapped new sanctions on Russia over the attack.", "sanctions") == Facts{"org:european-union sanctions country:RUS"});
    CHECK(rel_facts("Britain froze the assets of Belarus's central bank.", "sanctions") == Facts{"country:GBR sanctions country:BLR"});
    CHECK(rel_facts("China banned imports from Australia in 2020.", "sanctions") == Facts{"country:CHN sanctions country:AUS"});
    CHECK(rel_facts("The United States tightened export controls on China.", "sanctions") == Facts{"country:USA sanctions country:CHN"});
    CHECK(rel_facts("The United States levied tariffs on Canada last month.", "sanctions") == Facts{"country:USA sanctions country:CAN"});
    CHECK(rel_facts("The United States blacklisted dozens of Russian banks.", "sanctions") == Facts{"country:USA sanctions country:RUS"});
    CHECK(rel_facts("Japan imposed fresh sanctions against North Korea after the missile launch.", "sanctions") == Facts{"country:JPN sanctions country:PRK"});
    CHECK(rel_facts("Russia expelled forty German diplomats.", "sanctions") == Facts{"country:RUS sanctions country:DEU"});
    CHECK(rel_facts("The United States suspended aid to Niger after the coup.", "sanctions") == Facts{"country:USA sanctions country:NER"});
    CHECK(rel_facts("The United States embargo on Cuba remains in force.", "sanctions") == Facts{"country:USA sanctions country:CUB"});
    CHECK(rel_facts("China blocked imports from Lithuania after the office opened.", "sanctions") == Facts{"country:CHN sanctions country:LTU"});
    CHECK(rel_facts("Australia imposed targeted financial sanctions on Myanmar.", "sanctions") == Facts{"country:AUS sanctions country:MMR"});
    CHECK(rel_facts("Britain will impose sanctions on Iran, the foreign secretary said.", "sanctions") == Facts{});
    CHECK(rel_facts("The United States and Britain banned imports of Russian oil.", "sanctions") == Facts{"country:GBR sanctions country:RUS", "country:USA sanctions country:RUS"});
    CHECK(rel_facts("India suspended trade with Pakistan.", "sanctions") == Facts{"country:IND sanctions country:PAK"});
    CHECK(rel_facts("The European Union closed its airspace to Belarus.", "sanctions") == Facts{"org:european-union sanctions country:BLR"});
    CHECK(rel_facts("The United States could impose sanctions on Iran if talks fail.", "sanctions") == Facts{});
    CHECK(rel_facts("The European Union did not impose sanctions on Hungary.", "sanctions") == Facts{});
    CHECK(rel_facts("Will the United States sanction Russia again?", "sanctions") == Facts{});
    CHECK(rel_facts("France restricted access to its archives for German researchers.", "sanctions") == Facts{});
    CHECK(rel_facts("China lifted the ban on imports from Japan.", "sanctions") == Facts{});
    CHECK(rel_facts("The United States eased sanctions on Iran.", "sanctions") == Facts{});
    CHECK(rel_facts("The United States threatened sanctions against Turkey.", "sanctions") == Facts{});
}

TEST_CASE("force: threatens variants") {
    CHECK(rel_facts("Russia warned Finland of consequences if it joined NATO.", "threatens") == Facts{"country:RUS threatens country:FIN"});
    CHECK(rel_facts("China threatened Taiwan with military action.", "threatens") == Facts{"country:CHN threatens country:TWN"});
    CHECK(rel_facts("Iran vowed to retaliate against Israel for the strike.", "threatens") == Facts{"country:IRN threatens country:ISR"});
    CHECK(rel_facts("The United States issued an ultimatum to Iran.", "threatens") == Facts{"country:USA threatens country:IRN"});
    CHECK(rel_facts("North Korea threatened to attack South Korea.", "threatens") == Facts{"country:PRK threatens country:KOR"});
    CHECK(rel_facts("China warned the Philippines that it would respond if provoked.", "threatens") == Facts{"country:CHN threatens country:PHL"});
    CHECK(rel_facts("Russia has threatened Ukraine with the use of force.", "threatens") == Facts{"country:RUS threatens country:UKR"});
    CHECK(rel_facts("Turkey warned Greece of a military response over the islands.", "threatens") == Facts{"country:TUR threatens country:GRC"});
    CHECK(rel_facts("North Korea threatened the United States with nuclear war.", "threatens") == Facts{"country:PRK threatens country:USA"});
    CHECK(rel_facts("Moscow warned London of retaliation.", "threatens") == Facts{"country:RUS threatens country:GBR"});
    CHECK(rel_facts("China warned Japan against interfering in Taiwan.", "threatens") == Facts{"country:CHN threatens country:JPN"});
    CHECK(rel_facts("Russia issued threats against Moldova.", "threatens") == Facts{"country:RUS threatens country:MDA"});
    CHECK(rel_facts("Azerbaijan threatened Armenia with force.", "threatens") == Facts{"country:AZE threatens country:ARM"});
    CHECK(rel_facts("Russia did not threaten Finland.", "threatens") == Facts{});
    CHECK(rel_facts("Climate change threatens Mexico and the United States.", "threatens") == Facts{});
    CHECK(rel_facts("Britain warned of rising prices.", "threatens") == Facts{});
    CHECK(rel_facts("Iran might threaten Israel if talks collapse.", "threatens") == Facts{});
}

TEST_CASE("force: attacks variants") {
    CHECK(rel_facts("Russia struck Ukraine's power grid overnight.", "attacks") == Facts{"country:RUS attacks country:UKR"});
    CHECK(rel_facts("Russia shelled Ukrainian towns along the front.", "attacks") == Facts{"country:RUS attacks country:UKR"});
    CHECK(rel_facts("Israel bombed Iranian air defences on Saturday.", "attacks") == Facts{"country:ISR attacks country:IRN"});
    CHECK(rel_facts("Russia invaded Ukraine in February 2022.", "attacks") == Facts{"country:RUS attacks country:UKR"});
    CHECK(rel_facts("The United States launched strikes on Yemen.", "attacks") == Facts{"country:USA attacks country:YEM"});
    CHECK(rel_facts("Iran fired missiles at Israel on Tuesday.", "attacks") == Facts{"country:IRN attacks country:ISR"});
    CHECK(rel_facts("Turkey shot down a Russian jet in 2015.", "attacks") == Facts{"country:TUR attacks country:RUS"});
    CHECK(rel_facts("Iran seized a British tanker in the Gulf.", "attacks") == Facts{"country:IRN attacks country:GBR"});
    CHECK(rel_facts("The Russian invasion of Ukraine began in 2022.", "attacks") == Facts{"country:RUS attacks country:UKR"});
    CHECK(rel_facts("Pakistan carried out airstrikes on Afghanistan.", "attacks") == Facts{"country:PAK attacks country:AFG"});
    CHECK(rel_facts("Israeli jets struck targets in Syria.", "attacks") == Facts{"country:ISR attacks country:SYR"});
    CHECK(rel_facts("Azerbaijan attacked Armenia in September.", "attacks") == Facts{"country:AZE attacks country:ARM"});
    CHECK(rel_facts("Russia denied attacking Ukraine's grid.", "attacks") == Facts{});
    CHECK(rel_facts("Workers in Britain and France went on strike.", "attacks") == Facts{});
    CHECK(rel_facts("The United States could strike China if it invades.", "attacks") == Facts{});
    CHECK(rel_facts("China criticized India over the border.", "attacks") == Facts{});
    CHECK(rel_facts("Russian forces launched a fresh offensive against Ukraine.", "attacks") == Facts{"country:RUS attacks country:UKR"});
}

TEST_CASE("force: aids variants") {
    CHECK(rel_facts("The United States provided military aid to Ukraine.", "aids") == Facts{"country:USA aids country:UKR"});
    CHECK(rel_facts("Germany delivered air defence systems to Ukraine.", "aids") == Facts{"country:DEU aids country:UKR"});
    CHECK(rel_facts("Japan pledged $100 million in aid to the Philippines.", "aids") == Facts{"country:JPN aids country:PHL"});
    CHECK(rel_facts("China extended loans to Sri Lanka.", "aids") == Facts{"country:CHN aids country:LKA"});
    CHECK(rel_facts("The United States sent weapons to Israel.", "aids") == Facts{"country:USA aids country:ISR"});
    CHECK(rel_facts("Britain donated tanks to Ukraine.", "aids") == Facts{"country:GBR aids country:UKR"});
    CHECK(rel_facts("The United Arab Emirates has armed Sudan's army, the report said.", "aids") == Facts{"country:ARE aids country:SDN"});
    CHECK(rel_facts("India sent humanitarian aid to Nepal after the quake.", "aids") == Facts{"country:IND aids country:NPL"});
    CHECK(rel_facts("Ukraine received $60 billion in aid from the United States.", "aids") == Facts{"country:USA aids country:UKR"});
    CHECK(rel_facts("Germany refused to send missiles to Ukraine.", "aids") == Facts{});
    CHECK(rel_facts("China might extend loans to Sri Lanka.", "aids") == Facts{});
    CHECK(rel_facts("The United States suspended weapons shipments to Israel.", "aids") == Facts{});
    CHECK(rel_facts("Britain has not sent fighter jets to Ukraine.", "aids") == Facts{});
}

TEST_CASE("force: cooperates_with variants") {
    CHECK(rel_facts("China and Russia held joint naval drills in the Sea of Japan.", "cooperates_with") == Facts{"country:CHN cooperates_with country:RUS"});
    CHECK(rel_facts("The United States conducted joint exercises with the Philippines.", "cooperates_with") == Facts{"country:PHL cooperates_with country:USA"});
    CHECK(rel_facts("Japan and Australia agreed to expand defence ties.", "cooperates_with") == Facts{"country:AUS cooperates_with country:JPN"});
    CHECK(rel_facts("India and France agreed to deepen defence cooperation.", "cooperates_with") == Facts{"country:FRA cooperates_with country:IND"});
    CHECK(rel_facts("The United States shares intelligence with Britain.", "cooperates_with") == Facts{"country:GBR cooperates_with country:USA"});
    CHECK(rel_facts("Japan and South Korea agreed to co-operate on missile defence.", "cooperates_with") == Facts{"country:JPN cooperates_with country:KOR"});
    CHECK(rel_facts("Russia and North Korea pledged to boost military cooperation.", "cooperates_with") == Facts{"country:PRK cooperates_with country:RUS"});
    CHECK(rel_facts("The United States and India signed a defence cooperation agreement.", "cooperates_with") == Facts{"country:IND cooperates_with country:USA"});
    CHECK(rel_facts("China and Pakistan staged joint air drills.", "cooperates_with") == Facts{"country:CHN cooperates_with country:PAK"});
    CHECK(rel_facts("Russia and Iran have stepped up military cooperation.", "cooperates_with") == Facts{"country:IRN cooperates_with country:RUS"});
    CHECK(rel_facts("Australia hosted joint military exercises with the United States.", "cooperates_with") == Facts{"country:AUS cooperates_with country:USA"});
    CHECK(rel_facts("China and Brazil agreed to expand economic cooperation.", "cooperates_with") == Facts{"country:BRA cooperates_with country:CHN"});
    CHECK(rel_facts("Turkey and Azerbaijan held joint military exercises near the border.", "cooperates_with") == Facts{"country:AZE cooperates_with country:TUR"});
    CHECK(rel_facts("India and Japan launched a joint naval exercise.", "cooperates_with") == Facts{"country:IND cooperates_with country:JPN"});
    CHECK(rel_facts("China and Russia denied holding joint drills.", "cooperates_with") == Facts{});
    CHECK(rel_facts("The United States might cooperate with India on chips.", "cooperates_with") == Facts{});
    CHECK(rel_facts("Japan and South Korea failed to agree on cooperation.", "cooperates_with") == Facts{});
    CHECK(rel_facts("Russia and Ukraine clashed in the Black Sea.", "cooperates_with") == Facts{});
    CHECK(rel_facts("France criticized Germany's lack of cooperation.", "cooperates_with") == Facts{});
}
