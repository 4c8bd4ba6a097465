// Sentence-level tests of the extractor on a small fixture knowledge base
// (tests/data/kb) and the real lexicons (data/lexicon). Every sentence here is
// written for the test; each case asserts the exact set of fact triples.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "geokg/article.hpp"
#include "geokg/extract.hpp"
#include "extract_fixture.hpp"
#include "kb_fixture.hpp"
#include "geokg/kb.hpp"

using namespace geokg;
namespace fs = std::filesystem;

namespace doctest {
template <>
struct StringMaker<std::set<std::string>> {
    static String convert(const std::set<std::string>& s) {
        std::string r = "{";
        for (auto& x : s) r += "\"" + x + "\", ";
        r += "}";
        return String(r.c_str());
    }
};
}  // namespace doctest

namespace {

fs::path fixture_dir() { return geokg::testing::fixture_kb_dir(); }

const Extractor& extractor() {
    static Extractor ex(fixture_dir());
    return ex;
}

Article make_article(const std::string& text, const std::string& date) {
    return geokg::testing::plain_article(text, date);
}

std::vector<Triple> run(const std::string& text, const std::string& date = "2021-06-15") {
    auto a = make_article(text, date);
    auto ts = extractor().extract(a);
    for (auto& t : ts) {
        // provenance holds for every triple
        REQUIRE(t.char_end <= a.original.size());
        CHECK(a.original.substr(t.char_start, t.char_end - t.char_start) == t.evidence);
    }
    return ts;
}

std::string key(const Triple& t) {
    std::string s = t.subject.id, o = t.object.id;
    if (info(t.relation).symmetric && o < s) std::swap(s, o);
    return s + " " + std::string(to_string(t.relation)) + " " + o;
}

// Asserted, non-negated triples as "subject relation object" (symmetric ones ordered).
std::set<std::string> facts(const std::string& text, const std::string& date = "2021-06-15") {
    std::set<std::string> out;
    for (auto& t : run(text, date))
        if (t.is_fact()) out.insert(key(t));
    return out;
}

const Triple* find(const std::vector<Triple>& ts, const std::string& k) {
    for (auto& t : ts)
        if (key(t) == k) return &t;
    return nullptr;
}

using S = std::set<std::string>;

}  // namespace

TEST_CASE("extract: the knowledge base loads and a missing file is named") {
    CHECK(extractor().knowledge_base().entities().size() > 10);
    auto bad = fs::temp_directory_path() / "geokg_test_kb_missing";
    fs::remove_all(bad);
    fs::create_directories(bad);
    try {
        Extractor ex(bad);
        FAIL("no error for a missing knowledge base");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("countries.json") != std::string::npos);
    }
}

TEST_CASE("extract: tokenizer keeps abbreviations and splits possessives and hyphens") {
    std::string text = "U.S.-Japan talks, China’s navy and Moon Jae-in on Nov. 24.";
    auto toks = tokenize(text);
    std::vector<std::string> w;
    for (auto& t : toks) w.emplace_back(t.norm);
    CHECK(w == std::vector<std::string>{"U.S.", "-", "Japan", "talks", ",", "China", "'s", "navy", "and", "Moon",
                                         "Jae", "-", "in", "on", "Nov.", "24", "."});
}

TEST_CASE("extract: roles from titles, with country modifiers and dated knowledge") {
    CHECK(facts("Chinese Foreign Minister Wang Yi arrived on Monday.") == S{"person:wang-yi official_of country:CHN"});
    CHECK(facts("Japan's Prime Minister Kenji Harada spoke on Monday.") ==
          S{"person:kenji-harada leader_of country:JPN"});
    // no country in the text: the office held on the article's date
    CHECK(facts("President Joe Biden arrived late.") == S{"person:joe-biden leader_of country:USA"});
    auto ts = run("U.S. President-elect Joe Biden named his team.", "2020-11-25");
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].attributes.at("status") == "elect");
    ts = run("Former Vice President Joe Biden campaigned.", "2020-10-01");
    REQUIRE(ts.size() == 1);
    CHECK(key(ts[0]) == "person:joe-biden official_of country:USA");
    CHECK(ts[0].attributes.at("status") == "former");
}

TEST_CASE("extract: unknown people are found from title patterns") {
    CHECK(facts("Malaysian Prime Minister Anwar Ibrahim met Chinese President Xi Jinping in Beijing.") ==
          S{"person:anwar-ibrahim leader_of country:MYS", "person:xi-jinping leader_of country:CHN",
            "person:anwar-ibrahim meets_with person:xi-jinping"});
    CHECK(facts("South Korean ambassador to the U.S. Park Min-soo defended the decision.") ==
          S{"person:park-min-soo official_of country:KOR"});
}

TEST_CASE("extract: visits, verbal and nominal") {
    CHECK(facts("Foreign Minister Wang Yi visited Japan on Tuesday.") ==
          S{"person:wang-yi official_of country:CHN", "person:wang-yi visits country:JPN"});
    CHECK(facts("Wang Yi's visit to Japan ended with a dinner.") == S{"person:wang-yi visits country:JPN"});
    CHECK(facts("Wang Yi started his two-day visit to Japan.") == S{"person:wang-yi visits country:JPN"});
    // a country used as an adjective is not the place visited
    CHECK(facts("China visits U.S. allies.") == S{});
}

TEST_CASE("extract: meets_with, symmetric, coordination of objects") {
    CHECK(facts("Putin held talks with Xi Jinping and Moon Jae-in.") ==
          S{"person:vladimir-putin meets_with person:xi-jinping", "person:moon-jae-in meets_with person:vladimir-putin"});
    CHECK(facts("Talks between China and Japan resumed.") == S{"country:CHN meets_with country:JPN"});
}

TEST_CASE("extract: coordinated subjects") {
    CHECK(facts("Japan and South Korea condemned North Korea.") ==
          S{"country:JPN criticizes country:PRK", "country:KOR criticizes country:PRK"});
    CHECK(facts("The U.S., Japan, and Australia criticized China.") ==
          S{"country:USA criticizes country:CHN", "country:JPN criticizes country:CHN",
            "country:AUS criticizes country:CHN"});
}

TEST_CASE("extract: passive voice swaps the ends") {
    CHECK(facts("Russia was condemned by Ukraine.") == S{"country:UKR criticizes country:RUS"});
    CHECK(facts("North Korea was sanctioned by the United States.") == S{"country:USA sanctions country:PRK"});
}

TEST_CASE("extract: negation") {
    auto ts = run("Japan did not join the CPTPP.");
    auto* t = find(ts, "country:JPN joins treaty:cptpp");
    REQUIRE(t);
    CHECK(t->negated);
    CHECK(facts("China refused to condemn Russia.") == S{});
    CHECK(facts("Britain never signed the Paris Agreement.") == S{});
}

TEST_CASE("extract: modality") {
    auto ts = run("Xi Jinping will visit Russia next month.");
    auto* t = find(ts, "person:xi-jinping visits country:RUS");
    REQUIRE(t);
    CHECK(t->modality == Modality::planned);
    ts = run("Japan is expected to sanction Russia.");
    t = find(ts, "country:JPN sanctions country:RUS");
    REQUIRE(t);
    CHECK(t->modality == Modality::planned);
    ts = run("China could attack Taiwan.");
    t = find(ts, "country:CHN attacks country:TWN");
    REQUIRE(t);
    CHECK(t->modality == Modality::hypothetical);
    ts = run("If Russia invades Ukraine, NATO will respond.");
    t = find(ts, "country:RUS attacks country:UKR");
    REQUIRE(t);
    CHECK(t->modality == Modality::hypothetical);
    // seeking to join is itself an intention: not made "planned" by "will"
    CHECK(facts("Britain will consider joining the CPTPP.") == S{"country:GBR seeks_to_join treaty:cptpp"});
}

TEST_CASE("extract: every interaction relation from the lexicon") {
    CHECK(facts("Japan praised Australia.") == S{"country:JPN supports country:AUS"});
    CHECK(facts("Japan agreed to cooperate with the Philippines.") == S{"country:JPN cooperates_with country:PHL"});
    CHECK(facts("China urged Japan to show restraint.") == S{"country:CHN appeals_to country:JPN"});
    CHECK(facts("Japan's alliance with the United States is strong.") == S{"country:JPN allied_with country:USA"});
    CHECK(facts("China is Australia's top trading partner.") == S{"country:AUS trades_with country:CHN"});
    CHECK(facts("Japan provided aid to the Philippines.") == S{"country:JPN aids country:PHL"});
    CHECK(facts("Australia signed the Paris Agreement.") == S{"country:AUS signs treaty:paris-agreement"});
    CHECK(facts("Britain joined the CPTPP.") == S{"country:GBR joins treaty:cptpp"});
    CHECK(facts("Britain has applied to join the CPTPP.") == S{"country:GBR seeks_to_join treaty:cptpp"});
    CHECK(facts("Russia opposes NATO.") == S{"country:RUS opposes org:nato"});
    CHECK(facts("North Korea threatened South Korea.") == S{"country:PRK threatens country:KOR"});
    CHECK(facts("China and Japan are locked in a territorial dispute.") == S{"country:CHN disputes_with country:JPN"});
    CHECK(facts("Russia withdrew from the INF Treaty.") == S{"country:RUS withdraws_from treaty:inf-treaty"});
    CHECK(facts("The United States imposed sanctions on Russia.") == S{"country:USA sanctions country:RUS"});
    CHECK(facts("China deployed warships to the South China Sea.") ==
          S{"country:CHN deploys_to place:south-china-sea"});
    CHECK(facts("Russia attacked Ukraine.") == S{"country:RUS attacks country:UKR"});
    CHECK(facts("China claims the Senkaku Islands.") == S{"country:CHN claims place:senkaku-islands"});
    CHECK(facts("Japan is a member of the Quad.") == S{"country:JPN member_of org:quad"});
}

TEST_CASE("extract: nominal forms") {
    CHECK(facts("The U.S.-Japan alliance was reaffirmed.") == S{"country:JPN allied_with country:USA"});
    CHECK(facts("The China-Japan dispute flared again.") == S{"country:CHN disputes_with country:JPN"});
    CHECK(facts("Chinese sanctions on Australia hurt exporters.") == S{"country:CHN sanctions country:AUS"});
    CHECK(facts("Japan and the Philippines, two American allies, met.") ==
          S{"country:JPN allied_with country:USA", "country:PHL allied_with country:USA",
            "country:JPN meets_with country:PHL"});
    CHECK(facts("Sino-Russian ties grew closer.") == S{});  // no strengthening cue before "ties"
    CHECK(facts("They sought closer ties between Japan and South Korea.") ==
          S{"country:JPN cooperates_with country:KOR"});
}

TEST_CASE("extract: metonymy keeps the surface and the body") {
    auto ts = run("Beijing criticized Tokyo.");
    auto* t = find(ts, "country:CHN criticizes country:JPN");
    REQUIRE(t);
    CHECK(t->attributes.at("surface") == "Beijing");
    ts = run("The Japanese Foreign Ministry criticized Russia.");
    t = find(ts, "country:JPN criticizes country:RUS");
    REQUIRE(t);
    CHECK(t->attributes.at("via") == "Foreign Ministry");
    ts = run("The White House criticized Russia.");
    t = find(ts, "country:USA criticizes country:RUS");
    REQUIRE(t);
    CHECK(t->attributes.at("surface") == "White House");
    // a capital as a location is not an actor
    CHECK(facts("Japan and Australia held talks in Beijing.") == S{"country:AUS meets_with country:JPN"});
}

TEST_CASE("extract: coreference within an article") {
    // surname after a full name
    CHECK(facts("Joe Biden arrived. Biden criticized Russia.") == S{"person:joe-biden criticizes country:RUS"});
    // name order: the reversed form is the same person
    CHECK(facts("Motegi Toshimitsu criticized North Korea.", "2020-10-01") ==
          S{"person:toshimitsu-motegi criticizes country:PRK"});
    // Li Keqiang and Li Qiang are two people; "Li" alone after both is left out
    CHECK(facts("Li Keqiang met Li Qiang. Li praised Japan.") == S{"person:li-keqiang meets_with person:li-qiang"});
    CHECK(facts("Li Qiang arrived. Li praised Japan.", "2024-01-10") == S{"person:li-qiang supports country:JPN"});
    // the dated holder of a title
    CHECK(facts("The Chinese premier criticized Japan.", "2021-05-01") == S{"person:li-keqiang criticizes country:JPN"});
    CHECK(facts("The Chinese premier criticized Japan.", "2024-05-01") == S{"person:li-qiang criticizes country:JPN"});
    // "the two countries" after a coordination
    CHECK(facts("Japan and South Korea met. The two countries signed the Paris Agreement.") ==
          S{"country:JPN meets_with country:KOR", "country:JPN signs treaty:paris-agreement",
            "country:KOR signs treaty:paris-agreement"});
    // possessive pronoun
    CHECK(facts("Wang Yi arrived on Monday. During his visit to Japan, officials talked.") ==
          S{"person:wang-yi visits country:JPN"});
}

TEST_CASE("extract: ambiguity is resolved from context or left out") {
    // "Korea" with only South Korea in the article
    CHECK(facts("South Korea met Japan. Later Korea criticized China.") ==
          S{"country:JPN meets_with country:KOR", "country:KOR criticizes country:CHN"});
    CHECK(facts("Korea criticized China.") == S{});
    // Georgia the US state: no country context
    CHECK(facts("Georgia criticized Russia.") == S{});
    // with context: the country
    CHECK(facts("Tbilisi is tense. Georgia criticized Russia.") == S{"country:GEO criticizes country:RUS"});
    // Jordan as a person's name
    CHECK(facts("Jordan Peterson criticized China.") == S{});
    // "China" inside "South China Sea"
    CHECK(facts("Japan patrolled the South China Sea.") == S{"country:JPN deploys_to place:south-china-sea"});
    // lower-case words are never countries
    CHECK(facts("Japan sent turkey and chad to the festival.") == S{});
}

TEST_CASE("extract: clause boundaries and reported speech") {
    // no triple across "but" between clauses that do not share actors
    CHECK(facts("Japan met Australia, but China criticized Russia.") ==
          S{"country:AUS meets_with country:JPN", "country:CHN criticizes country:RUS"});
    // reported speech: the inner clause's subject
    CHECK(facts("Biden said China threatened Taiwan.") == S{"country:CHN threatens country:TWN"});
    // a media outlet that only reports is no actor
    CHECK(facts("Reuters reported that Japan criticized Russia.") == S{"country:JPN criticizes country:RUS"});
    // relative clause: the antecedent is the subject
    CHECK(facts("Donald Trump, who launched a trade war with China, arrived.", "2019-05-01") ==
          S{"person:donald-trump sanctions country:CHN"});
}

TEST_CASE("extract: dates per triple") {
    auto ts = run("Xi Jinping visited Russia on Tuesday, Nov. 24.", "2020-11-25");
    auto* t = find(ts, "person:xi-jinping visits country:RUS");
    REQUIRE(t);
    CHECK(t->date == "2020-11-24");
    ts = run("Russia attacked Ukraine last month.", "2022-03-10");
    t = find(ts, "country:RUS attacks country:UKR");
    REQUIRE(t);
    CHECK(t->date == "2022-02");
    ts = run("Russia attacked Ukraine in 2014.", "2022-03-10");
    t = find(ts, "country:RUS attacks country:UKR");
    REQUIRE(t);
    CHECK(t->date == "2014");
    ts = run("Russia attacked Ukraine on Tuesday.", "2022-03-10");  // 2022-03-10 is a Thursday
    t = find(ts, "country:RUS attacks country:UKR");
    REQUIRE(t);
    CHECK(t->date == "2022-03-08");
    ts = run("Russia attacked Ukraine.", "");
    REQUIRE(!ts.empty());
    CHECK(ts[0].date.empty());
}

TEST_CASE("extract: one extractor is safe to share between threads") {
    std::vector<std::thread> pool;
    std::vector<std::size_t> counts(4);
    for (int k = 0; k < 4; ++k)
        pool.emplace_back([k, &counts] {
            for (int r = 0; r < 50; ++r) {
                auto a = make_article("Japan and South Korea condemned North Korea. Beijing criticized Tokyo.", "2021-01-01");
                counts[k] += extractor().extract(a).size();
            }
        });
    for (auto& t : pool) t.join();
    CHECK(counts[0] == counts[1]);
    CHECK(counts[2] == counts[3]);
}
