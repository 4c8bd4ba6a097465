// Ingest: inputs -> articles (plain text, Markdown with front matter, JSON Lines),
// cleaning (page furniture, Markdown syntax), the offset map, head dates.
#include <doctest/doctest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "geokg/article.hpp"
#include "geokg/kb.hpp"
#include "ingest/clean_detail.hpp"

using namespace geokg;
namespace fs = std::filesystem;

namespace {

// text[i] == original[offsets[i]] for every i, offsets.size() == text.size() + 1,
// offsets never decrease, and every paragraph break is a real newline.
void check_offsets(const Article& a) {
    INFO("article " << a.source);
    REQUIRE(a.offsets.size() == a.text.size() + 1);
    std::size_t bad = a.text.size();
    for (std::size_t i = 0; i < a.text.size() && bad == a.text.size(); ++i) {
        if (a.offsets[i] >= a.original.size() || a.text[i] != a.original[a.offsets[i]] ||
            (i > 0 && a.offsets[i] < a.offsets[i - 1]))
            bad = i;
    }
    INFO("first bad byte of text: " << bad);
    CHECK(bad == a.text.size());
    if (!a.text.empty()) CHECK(a.offsets.back() == a.offsets[a.text.size() - 1] + 1);
}

Article clean_one(std::string_view name, std::string content, InputFormat format) {
    auto v = parse_articles(name, std::move(content), format);
    REQUIRE(v.size() == 1);
    clean_article(v[0]);
    check_offsets(v[0]);
    return std::move(v[0]);
}

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no InputError)";
}

struct TempDir {
    fs::path path;
    TempDir() {
        static int counter = 0;
        path = fs::temp_directory_path() /
               ("geokg-ingest-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string write(const std::string& rel, const std::string& content) const {
        fs::path p = path / rel;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
};

// A scraped news page of our own, with the furniture such pages carry.
const char* kScrapedPage =
    "Monday, March 4, 2024 | Today's Paper | Subscribe\n"
    "Menu\n"
    "Home > World > Asia\n"
    "Advertisement\n"
    "\n"
    "Island nations sign maritime pact as fishing disputes grow\n"
    "\n"
    "By Jane Example | February 28, 2024, 7:30 AM\n"
    "\n"
    "Share on Facebook\n"
    "Tweet\n"
    "Email\n"
    "\n"
    "PORT LOUIS \xE2\x80\x94 The leaders of three island nations signed a maritime security pact on Wednesday, "
    "pledging joint patrols in waters where illegal fishing has surged.\n"
    "\n"
    "ADVERTISEMENT\n"
    "\n"
    "The agreement, reached after two days of talks, commits the navies of the three countries to share radar "
    "data. Officials said the pact was not aimed at any other country.\n"
    "\n"
    "Read more: Fishing fleets move south as stocks decline\n"
    "\n"
    "A naval officer watches a patrol boat near the harbour on March 1, 2023. \xE2\x80\x93 JOHN EXAMPLE/AFP/Getty Images\n"
    "\n"
    "Analysts said the deal reflected growing concern about foreign fishing fleets. \"This is a signal,\" said "
    "one researcher at a regional institute.\n"
    "\n"
    "Related stories\n"
    "Coast guards stage joint drill\n"
    "Fisheries talks stall again\n"
    "\n"
    "Sign up for our daily newsletter\n"
    "Top image via Example Photo Agency/Getty Images\n"
    "\n"
    "References\n"
    "1. Example Institute (2023). Regional fisheries report. Retrieved from https://example.org/report\n"
    "2. Example Journal (2022). Maritime security trends.\n"
    "\n"
    "\xC2\xA9 2024 Example Media Group. All rights reserved.\n";

}  // namespace

TEST_CASE("scraped page: furniture dropped, headline, byline and body kept, byline date") {
    Article a = clean_one("pages/pact-2024.txt", kScrapedPage, InputFormat::text);
    CHECK(a.id == "pact-2024");
    CHECK(a.text ==
          "Island nations sign maritime pact as fishing disputes grow\n\n"
          "By Jane Example | February 28, 2024, 7:30 AM\n\n"
          "PORT LOUIS \xE2\x80\x94 The leaders of three island nations signed a maritime security pact on Wednesday, "
          "pledging joint patrols in waters where illegal fishing has surged.\n\n"
          "The agreement, reached after two days of talks, commits the navies of the three countries to share radar "
          "data. Officials said the pact was not aimed at any other country.\n\n"
          // a photo caption keeps its sentences; only the trailing image credit is dropped
          "A naval officer watches a patrol boat near the harbour on March 1, 2023.\n\n"
          "Analysts said the deal reflected growing concern about foreign fishing fleets. \"This is a signal,\" said "
          "one researcher at a regional institute.");
    CHECK(a.date == "2024-02-28");  // the byline's, not the site's "today" (March 4) nor the caption's
    CHECK(a.date_source == DateSource::dateline);
    CHECK(a.title == "Island nations sign maritime pact as fishing disputes grow");
}

TEST_CASE("scraped page: a site's 'today' date glued to furniture at the top is not the article's date") {
    std::string page =
        "Sunday, February 25, 2024\n"
        "NewsSite AD\n"
        "Home Politics World Allies Meet In Capital To Discuss Trade\n"
        "\n"
        "Allies meet in capital to discuss trade\n"
        "\n"
        "The foreign ministers of four allied countries met on Friday to discuss trade and supply chains, "
        "officials said after the talks.\n"
        "\n"
        "In August 2021, the same ministers had agreed to hold regular meetings on economic security.\n";
    Article a = clean_one("today.txt", page, InputFormat::text);
    CHECK(a.date.empty());
    CHECK(a.date_source == DateSource::none);
    CHECK(a.text.rfind("Allies meet in capital to discuss trade\n\nThe foreign ministers", 0) == 0);

    // The same date after the headline is the article's dateline.
    std::string dated =
        "Allies meet in capital to discuss trade\n"
        "\n"
        "NOVEMBER 2, 2020\n"
        "\n"
        "The foreign ministers of four allied countries met on Friday to discuss trade and supply chains, "
        "officials said after the talks.\n";
    Article b = clean_one("dated.txt", dated, InputFormat::text);
    CHECK(b.date == "2020-11-02");
    CHECK(b.date_source == DateSource::dateline);
}

TEST_CASE("head dates: datelines and bylines") {
    auto date_of = [](std::string text, InputFormat f = InputFormat::text) {
        return clean_one("d.txt", std::move(text), f).date;
    };
    const std::string body = "The two governments signed an agreement on energy cooperation after months of talks.\n";
    CHECK(date_of("Energy pact signed between neighbours\n\nKayla Wong | November 25, 2020, 09:15 PM\n\n" + body) ==
          "2020-11-25");
    CHECK(date_of("Energy pact signed between neighbours\n\nPublished 3 March 2021\n\n" + body) == "2021-03-03");
    CHECK(date_of("Energy pact signed between neighbours\n\n2021-03-04\n\n" + body) == "2021-03-04");
    CHECK(date_of("Energy pact signed between neighbours\n\nTOKYO, May 24, 2022 \xE2\x80\x94 " + body) ==
          "2022-05-24");
    // a date inside running text is an event's date, not the article's
    CHECK(date_of("Energy pact signed between neighbours\n\nIn August 2021, the two governments began talks on "
                  "energy cooperation that ended this week.\n") == "");
    CHECK(date_of("Leaders meet on March 3, 2021 to discuss energy\n\n" + body) == "");
}

TEST_CASE("head dates: a dateline without a year takes the year of the article's URL") {
    std::string rec =
        "{\"id\":\"w1\",\"url\":\"https://news.example.org/2020/11/03/story\",\"text\":\"WASHINGTON, Nov. 3 "
        "(Reuters) - The two governments signed an agreement on energy cooperation after months of talks.\"}\n"
        "{\"id\":\"w2\",\"url\":\"https://news.example.org/2021/03/01/other\",\"text\":\"The two governments "
        "signed an agreement on energy cooperation after months of talks.\"}\n"
        "{\"id\":\"w3\",\"text\":\"WASHINGTON, Nov. 3 (Reuters) - The two governments signed an agreement.\"}\n";
    auto v = parse_articles("wire.jsonl", rec, InputFormat::jsonl);
    REQUIRE(v.size() == 3);
    for (auto& a : v) {
        clean_article(a);
        check_offsets(a);
    }
    CHECK(v[0].date == "2020-11-03");
    CHECK(v[0].date_source == DateSource::dateline);
    CHECK(v[1].date == "2021-03-01");
    CHECK(v[1].date_source == DateSource::url);
    CHECK(v[2].date.empty());
}

TEST_CASE("scraped page: teaser lists, promos and credits at the end are cut") {
    std::string page =
        "Ministers agree to extend the grain corridor\n"
        "\n"
        "The ministers of the two countries agreed on Tuesday to extend the grain corridor by another year.\n"
        "\n"
        "Officials said the first ships would sail next week under the new arrangement.\n"
        "\n"
        "Totally unrelated but follow and listen to our podcast here\n"
        "\n"
        "You may also like\n"
        "\n"
        "Port strike ends after three weeks\n"
        "\n"
        "Image Credits: Example Wire\n"
        "January 3, 2025 at 5:00:00 PM\n"
        "\n"
        "[WORLD] The port strike that halted exports for three weeks ended on Monday after unions...\n"
        "\n"
        "Load More\n";
    Article a = clean_one("grain.txt", page, InputFormat::text);
    CHECK(a.text ==
          "Ministers agree to extend the grain corridor\n\n"
          "The ministers of the two countries agreed on Tuesday to extend the grain corridor by another year.\n\n"
          "Officials said the first ships would sail next week under the new arrangement.");
    CHECK(a.date.empty());  // the teaser's timestamp is not the article's date
}

TEST_CASE("furniture: single blocks") {
    using namespace geokg::ingest_detail;
    auto kind = [](std::string_view block, char terminal = 0) {
        std::string norm;
        normalize_block(block, norm);
        BlockShape shape;
        shape.words = 1 + static_cast<std::uint32_t>(std::count(block.begin(), block.end(), ' '));
        shape.terminal = terminal;
        return furniture_kind(norm, block, block, shape);
    };
    CHECK(kind("ADVERTISEMENT") == Kind::ad);
    CHECK(kind("Ad Banner") == Kind::ad);
    CHECK(kind("NewsSite AD") == Kind::ad);
    CHECK(kind("Share on Facebook") == Kind::share);
    CHECK(kind("Tweet") == Kind::share);
    CHECK(kind("Home > World > Asia") == Kind::nav);
    CHECK(kind("World | Politics | Business | Video") == Kind::nav);
    CHECK(kind("Table of Contents") == Kind::nav);
    CHECK(kind("Example logo") == Kind::nav);
    CHECK(kind("Related Stories") == Kind::teaser_head);
    CHECK(kind("You may also like") == Kind::teaser_head);
    CHECK(kind("Read more: Fishing fleets move south") == Kind::teaser);
    CHECK(kind("References:") == Kind::refs_head);
    CHECK(kind("Sign up for our daily newsletter") == Kind::promo);
    CHECK(kind("Totally unrelated but follow and listen to our podcast here") == Kind::promo);
    CHECK(kind("We use cookies to improve your experience.", '.') == Kind::promo);
    CHECK(kind("Top image via Example Agency/Getty Images") == Kind::credit);
    CHECK(kind("Photo: Reuters") == Kind::credit);
    CHECK(kind("Courtesy/Source: Example Weekly") == Kind::credit);
    CHECK(kind("Example Media Group 2025. All Rights Reserved.", '.') == Kind::copyright);
    CHECK(kind("(c) 2021 Example Desk.", '.') == Kind::copyright);
    CHECK(kind("Tags: trade, China, tariffs") == Kind::end);
    CHECK(kind("Comments") == Kind::end);
    // running text that merely starts like furniture
    CHECK(kind("Most recently, the two sides met in Geneva.", '.') == Kind::none);
    CHECK(kind("You are hereby authorized to publish this memorandum.", '.') == Kind::none);
    CHECK(kind("(c) The Secretary shall report within 90 days.", '.') == Kind::none);
    CHECK(kind("Advertising through social media has not been monitored for compliance with the law.", '.') ==
          Kind::none);
    CHECK(kind("Just to follow up on the TikTok question. The President raised it.", '.') == Kind::none);
    CHECK(kind("Home to people from every place on Earth. Home to all of us", 0) == Kind::none);
    CHECK(kind("The minister told AFP.", '.') == Kind::none);
    CHECK(kind("Island nations sign maritime pact") == Kind::none);
}

TEST_CASE("plain text: bullets, hard-wrapped paragraphs, CRLF") {
    Article a = clean_one("bullets.txt",
                          "Summit ends with three pledges\n\n"
                          "  \xE2\x80\xA2 The leaders pledged to cut tariffs on farm goods by half.\n"
                          "  - They agreed to meet again next year in Lima.\n",
                          InputFormat::text);
    CHECK(a.text ==
          "Summit ends with three pledges\n\n"
          "The leaders pledged to cut tariffs on farm goods by half.\n\n"
          "They agreed to meet again next year in Lima.");

    Article w = clean_one("wrapped.txt",
                          "The foreign ministers met in Geneva on Monday and\r\n"
                          "agreed to resume talks on the disputed border,\r\n"
                          "officials of both countries said.\r\n"
                          "\r\n"
                          "The next round is expected in the spring, when the\r\n"
                          "two delegations will meet in Vienna.\r\n",
                          InputFormat::text);
    CHECK(w.text ==
          "The foreign ministers met in Geneva on Monday and\n"
          "agreed to resume talks on the disputed border,\n"
          "officials of both countries said.\n\n"
          "The next round is expected in the spring, when the\n"
          "two delegations will meet in Vienna.");
    auto s = split_sentences(w.text);
    CHECK(s.size() == 2);
}

TEST_CASE("markdown: front matter parsed with YAML, syntax removed, offsets into the file") {
    std::string md =
        "---\n"
        "title: \"Leaders meet: a \\\"summit\\\" in\\u00a0Maryland\"\n"
        "date: 2023-08-18\n"
        "source_url: https://example.org/news/summit\n"
        "tags: [summit, allies]\n"
        "author:\n"
        "  name: Example News\n"
        "---\n"
        "\n"
        "# Leaders meet at the summit\n"
        "\n"
        "*Camp David, Md.* \xE2\x80\x94 President **Alpha** met [Prime Minister Beta](https://example.org/beta) "
        "on Friday.\n"
        "\n"
        "![A photo of the leaders](https://example.org/img.jpg)\n"
        "\n"
        "<figure>\n"
        "<img src=\"https://example.org/x.jpg\"\n"
        "  alt=\"two leaders\" />\n"
        "</figure>\n"
        "\n"
        "-   The first item, with a [link\n"
        "    that wraps](https://example.org/z).\n"
        "-   The second item.\n"
        "\n"
        "| Country | Leader |\n"
        "|---------|--------|\n"
        "| Japan   | Kishida |\n"
        "\n"
        "The statement said the two \\*agreed\\* to meet <s>agian</s> \\[again\\].<!-- note -->\n"
        "\n"
        "\\###\n";
    Article a = clean_one("summit.md", md, InputFormat::markdown);
    CHECK(a.id == "summit");
    CHECK(a.format == InputFormat::markdown);
    CHECK(a.title == "Leaders meet: a \"summit\" in\xC2\xA0Maryland");
    CHECK(a.date == "2023-08-18");
    CHECK(a.date_source == DateSource::metadata);
    CHECK(a.url == "https://example.org/news/summit");
    CHECK(a.text ==
          "Leaders meet at the summit\n\n"
          "Camp David, Md. \xE2\x80\x94 President Alpha met Prime Minister Beta on Friday.\n\n"
          "The first item, with a link\nthat wraps.\n\n"
          "The second item.\n\n"
          "Country Leader\n\n"
          "Japan Kishida\n\n"
          "The statement said the two *agreed* to meet [again].");
    // offsets index the whole file, front matter included
    auto pos = a.text.find("Alpha");
    CHECK(a.original.substr(a.offsets[pos], 5) == "Alpha");
    CHECK(a.offsets[pos] == md.find("Alpha"));
}

TEST_CASE("markdown: headings, setext headings, quotes, code, footnotes, reference links") {
    std::string md =
        "Readout of the call\n"
        "===================\n"
        "The two leaders discussed [trade][1] and security.[^1]\n"
        "\n"
        "> The talks were *constructive*, the ministry said.\n"
        "\n"
        "```\n"
        "code(); // not prose\n"
        "```\n"
        "\n"
        "## Next steps ##\n"
        "1. Officials will meet in June.\n"
        "\n"
        "[1]: https://example.org/trade\n"
        "[^1]: A footnote.\n";
    Article a = clean_one("call.md", md, InputFormat::markdown);
    CHECK(a.text ==
          "Readout of the call\n\n"
          "The two leaders discussed trade and security.\n\n"
          "The talks were constructive, the ministry said.\n\n"
          "Next steps\n\n"
          "Officials will meet in June.");
    CHECK(a.title == "Readout of the call");
}

TEST_CASE("markdown: no front matter, and a malformed one names file and line") {
    Article a = clean_one("plain.md", "Just a paragraph of text about the talks, which ended.\n", InputFormat::markdown);
    CHECK(a.text == "Just a paragraph of text about the talks, which ended.");
    CHECK(error_of([] { parse_articles("notes.md", "---\ntitle: ok\ndate: [2021\n---\nBody.\n", InputFormat::markdown); })
              .rfind("notes.md:4: bad front matter:", 0) == 0);
}

TEST_CASE("JSON Lines: records, decoded text, metadata, empty lines") {
    std::string jl =
        "{\"id\": \"a1\", \"title\": \"Talks\", \"date\": \"March 3, 2021\", \"url\": \"https://x.org/a1\", "
        "\"text\": \"Tokyo said \\\"yes\\\" \\u2014 today.\\n\\nThe talks ended.\"}\n"
        "\n"
        "   \n"
        "{\"id\": 42, \"text\": \"No metadata here, only a sentence.\", \"title\": null}\r\n";
    auto v = parse_articles("wire.jsonl", jl, InputFormat::jsonl);
    REQUIRE(v.size() == 2);
    CHECK(v[0].id == "a1");
    CHECK(v[0].source == "wire.jsonl:1");
    CHECK(v[0].format == InputFormat::jsonl);
    CHECK(v[0].original == "Tokyo said \"yes\" \xE2\x80\x94 today.\n\nThe talks ended.");
    CHECK(v[0].title == "Talks");
    CHECK(v[0].date == "2021-03-03");
    CHECK(v[0].date_source == DateSource::metadata);
    CHECK(v[0].url == "https://x.org/a1");
    CHECK(v[1].id == "42");
    CHECK(v[1].source == "wire.jsonl:4");
    CHECK(v[1].title.empty());
    for (auto& a : v) {
        clean_article(a);
        check_offsets(a);
    }
    CHECK(v[0].text == "Tokyo said \"yes\" \xE2\x80\x94 today.\n\nThe talks ended.");
}

TEST_CASE("JSON Lines: errors name the file and the line") {
    auto err = [](const std::string& content) {
        return error_of([&] { parse_articles("in.jsonl", content, InputFormat::jsonl); });
    };
    CHECK(err("{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\": \"b\", \"text\": }\n").rfind("in.jsonl:2: bad JSON: ", 0) == 0);
    CHECK(err("{\"text\":\"ok\"}\n") == "in.jsonl:1: missing \"id\"");
    CHECK(err("\n{\"id\":\"a\"}\n") == "in.jsonl:2: missing \"text\"");
    CHECK(err("{\"id\":\"a\",\"text\":5}\n") == "in.jsonl:1: \"text\" must be a string, not a number");
    CHECK(err("{\"id\":[1],\"text\":\"x\"}\n") == "in.jsonl:1: \"id\" must be a string, not an array");
    CHECK(err("{\"id\":\"a\",\"text\":\"x\",\"date\":2021}\n") == "in.jsonl:1: \"date\" must be a string, not a number");
    CHECK(err("[1, 2]\n") == "in.jsonl:1: a record must be a JSON object, not an array");
    CHECK(err("{\"id\":\"a\",\"text\":\"x\"} {}\n").rfind("in.jsonl:1: bad JSON: ", 0) == 0);
}

TEST_CASE("expand_inputs: files, folders (recursive, sorted, hidden skipped), stdin, errors") {
    TempDir d;
    std::string a = d.write("corpus/b.txt", "b");
    d.write("corpus/a.md", "a");
    d.write("corpus/sub/c.jsonl", "{}");
    d.write("corpus/sub/d", "no extension");
    d.write("corpus/sub/e.ndjson", "{}");
    d.write("corpus/f.markdown", "f");
    d.write("corpus/g.text", "g");
    d.write("corpus/skip.json", "{}");
    d.write("corpus/skip.png", "png");
    d.write("corpus/.hidden.txt", "h");
    d.write("corpus/.git/x.txt", "x");
    d.write("corpus/README.md", "readme");
    d.write("corpus/LICENSE", "license");
    std::string explicit_json = d.write("other/named.json", "{}");
    std::string dir = (d.path / "corpus").string();
    auto files = expand_inputs({dir, explicit_json, "-", a});
    std::vector<std::string> want{dir + "/a.md",        dir + "/b.txt",        dir + "/f.markdown",
                                  dir + "/g.text",      dir + "/sub/c.jsonl",  dir + "/sub/d",
                                  dir + "/sub/e.ndjson", explicit_json,        "-"};
    CHECK(files == want);  // b.txt named again is not repeated
    std::string missing = (d.path / "nope.txt").string();
    CHECK(error_of([&] { expand_inputs({missing}); }) == missing + ": no such file or folder");
}

TEST_CASE("detect_format and read_articles") {
    CHECK(detect_format("x.md", "") == InputFormat::markdown);
    CHECK(detect_format("x.MARKDOWN", "") == InputFormat::markdown);
    CHECK(detect_format("x.jsonl", "") == InputFormat::jsonl);
    CHECK(detect_format("x.ndjson", "") == InputFormat::jsonl);
    CHECK(detect_format("x.txt", "{\"id\":1}") == InputFormat::text);
    CHECK(detect_format("noext", "# Title") == InputFormat::text);
    CHECK(detect_format("-", "  {\"id\":\"a\",\"text\":\"x\"}\n") == InputFormat::jsonl);
    CHECK(detect_format("-", "---\ntitle: x\n---\nBody\n") == InputFormat::markdown);
    CHECK(detect_format("-", "Plain words.\n") == InputFormat::text);
    auto in = parse_articles("-", "Plain words from standard input.\n", InputFormat::text);
    REQUIRE(in.size() == 1);
    CHECK(in[0].id == "stdin");
    CHECK(in[0].source == "-");

    TempDir d;
    std::string md = d.write("2021-03-01-readout.md", "---\ndate: '2021-03-01'\ntitle: Readout\n---\nThe call took place.\n");
    std::string jl = d.write("wire.jsonl", "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n");
    std::vector<Article> got;
    read_articles(md, [&](Article&& a) { got.push_back(std::move(a)); });
    read_articles(jl, [&](Article&& a) { got.push_back(std::move(a)); });
    REQUIRE(got.size() == 3);
    CHECK(got[0].id == "2021-03-01-readout");
    CHECK(got[0].source == md);
    CHECK(got[0].format == InputFormat::markdown);
    CHECK(got[0].date == "2021-03-01");
    CHECK(got[0].title == "Readout");
    CHECK(got[1].id == "x");
    CHECK(got[2].source == jl + ":2");
    CHECK(error_of([&] { read_articles(d.path.string(), [](Article&&) {}); }) ==
          d.path.string() + ": is a folder, not a file");
    std::string missing = (d.path / "gone.txt").string();
    CHECK(error_of([&] { read_articles(missing, [](Article&&) {}); }) == missing + ": no such file or folder");
}

TEST_CASE("offset map holds on the repository's example articles") {
    fs::path examples = fs::path(GEOKG_DATA_DIR).parent_path() / "examples";
    if (!fs::is_directory(examples)) {
        MESSAGE("no examples/ folder: skipped");
        return;
    }
    std::size_t n = 0;
    for (const auto& f : expand_inputs({examples.string()})) {
        read_articles(f, [&](Article&& a) {
            clean_article(a);
            check_offsets(a);
            CHECK(!a.text.empty());
            ++n;
        });
    }
    CHECK(n > 0);
}

// The White House briefing-room archive (Markdown with front matter): the
// unpacked corpus beside the repository, $GEOKG_WH, or a few months of it
// unpacked from ../shared/corpus/whitehouse.tar.xz.
TEST_CASE("offset map and metadata dates on a sample of the White House corpus") {
    fs::path root = fs::path(GEOKG_DATA_DIR).parent_path();
    std::vector<std::string> files;
    TempDir tmp;
    fs::path wh;
    if (const char* env = std::getenv("GEOKG_WH")) wh = env;
    if (wh.empty() && fs::is_directory(root.parent_path() / "wh")) wh = root.parent_path() / "wh";
    if (!wh.empty() && fs::is_directory(wh)) {
        auto all = expand_inputs({wh.string()});
        for (std::size_t i = 0; i < all.size(); i += 40) files.push_back(all[i]);
    } else {
        fs::path tarball = root.parent_path() / "shared" / "corpus" / "whitehouse.tar.xz";
        if (!fs::exists(tarball)) {
            MESSAGE("no White House corpus (../wh, $GEOKG_WH, ../shared/corpus/whitehouse.tar.xz): skipped");
            return;
        }
        std::string cmd = "tar -xJf '" + tarball.string() + "' -C '" + tmp.path.string() +
                          "' --wildcards './*/2021-03/*' './*/2025-04/*' 2>/dev/null";
        if (std::system(cmd.c_str()) != 0) {
            MESSAGE("could not unpack the White House corpus: skipped");
            return;
        }
        files = expand_inputs({tmp.path.string()});
    }
    REQUIRE(files.size() > 100);
    std::size_t articles = 0, with_date = 0;
    for (const auto& f : files) {
        read_articles(f, [&](Article&& a) {
            clean_article(a);
            check_offsets(a);
            ++articles;
            // file names start with the publication date, like the front matter's
            std::string name = fs::path(f).filename().string();
            if (!a.date.empty()) {
                ++with_date;
                CHECK(a.date_source == DateSource::metadata);
                CHECK(name.rfind(a.date, 0) == 0);
            }
            INFO(f);
            CHECK(a.text.find("](http") == std::string::npos);
            CHECK(a.text.find("<img") == std::string::npos);
            CHECK(a.text.find("<figure") == std::string::npos);
            CHECK(a.text.find("\\#") == std::string::npos);
            CHECK(a.text.find(" ** ") == std::string::npos);
            CHECK(a.text.rfind("---", 0) != 0);
        });
    }
    CHECK(articles == files.size());
    CHECK(with_date == articles);
}

TEST_CASE("[.bench] ingest throughput over a corpus folder (GEOKG_BENCH_CORPUS)" * doctest::skip()) {
    const char* dir = std::getenv("GEOKG_BENCH_CORPUS");
    if (!dir) return;
    auto t0 = std::chrono::steady_clock::now();
    std::size_t bytes = 0, n = 0, meta = 0, dateline = 0, url = 0, sentences = 0;
    for (const auto& f : expand_inputs({dir})) {
        read_articles(f, [&](Article&& a) {
            clean_article(a);
            sentences += split_sentences(a.text).size();
            bytes += a.original.size();
            ++n;
            meta += a.date_source == DateSource::metadata;
            dateline += a.date_source == DateSource::dateline;
            url += a.date_source == DateSource::url;
        });
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE(n << " articles, " << bytes / 1e6 << " MB in " << s << " s: " << bytes / 1e6 / s << " MB/s; dates: "
              << meta << " metadata, " << dateline << " dateline, " << url << " url, "
              << n - meta - dateline - url << " none; " << sentences << " sentences");
}

// fold_diacritics (the knowledge base's name matching) uses ICU's normalizers
// directly; it must fold exactly as ICU's "NFD; [:Nonspacing Mark:] Remove;
// NFC" transliterator does.
TEST_CASE("fold_diacritics: the same as ICU's NFD, nonspacing marks removed, NFC") {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> tr(
        icu::Transliterator::createInstance("NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
    REQUIRE(U_SUCCESS(status));
    auto reference = [&](const std::string& s) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), (int32_t)s.size()));
        tr->transliterate(u);
        std::string out;
        u.toUTF8String(out);
        return out;
    };
    auto utf8 = [](UChar32 c) {
        std::string s;
        icu::UnicodeString(c).toUTF8String(s);
        return s;
    };
    CHECK(fold_diacritics("Côte d'Ivoire") == "Cote d'Ivoire");
    CHECK(fold_diacritics("São Tomé and Príncipe") == "Sao Tome and Principe");
    CHECK(fold_diacritics("Recep Tayyip Erdoğan") == "Recep Tayyip Erdogan");
    CHECK(fold_diacritics("plain ASCII") == "plain ASCII");
    // Latin, Greek, Cyrillic, combining marks, Vietnamese, Hangul, a few CJK
    std::size_t mismatches = 0;
    for (UChar32 c = 0x80; c < 0x2000; ++c) {
        for (const std::string& s : {utf8(c), "A" + utf8(c) + "b", utf8(c) + utf8(0x301) + utf8(0x327)})
            if (fold_diacritics(s) != reference(s)) ++mismatches;
    }
    for (UChar32 c : {0x1E00, 0x1EA0, 0x1EF9, 0x3042, 0x4E2D, 0xAC00, 0xD55C, 0xFB01, 0x1F600})
        if (fold_diacritics("x" + utf8(c) + utf8(0x308)) != reference("x" + utf8(c) + utf8(0x308))) ++mismatches;
    CHECK(mismatches == 0);
}
