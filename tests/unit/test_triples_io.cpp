#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "geokg/article.hpp"
#include "geokg/triples_io.hpp"

using namespace geokg;

TEST_CASE("a triple survives a JSON Lines round trip") {
    Triple t;
    t.article = "a\"1";
    t.subject = {"person:wang-yi", "Wang Yi", EntityType::person};
    t.relation = Relation::visits;
    t.object = {"country:JPN", "Japan", EntityType::country};
    t.sentence = 4;
    t.char_start = 10;
    t.char_end = 42;
    t.evidence = "Wang Yi \xe2\x80\x9cvisited\xe2\x80\x9d Japan\n";
    t.date = "2020-11-24";
    t.modality = Modality::planned;
    t.confidence = 0.8125;
    t.attributes["role"] = "Foreign Minister";
    std::string line;
    append_triple_json(t, line);
    CHECK(line.back() == '\n');
    CHECK(line.find('\n') == line.size() - 1);
    auto back = parse_triple_json(line);
    CHECK(back.article == t.article);
    CHECK(back.subject == t.subject);
    CHECK(back.object == t.object);
    CHECK(back.relation == t.relation);
    CHECK(back.evidence == t.evidence);
    CHECK(back.char_start == 10);
    CHECK(back.char_end == 42);
    CHECK(back.date == "2020-11-24");
    CHECK(back.modality == Modality::planned);
    CHECK(back.confidence == doctest::Approx(0.8125));
    CHECK(back.attributes.at("role") == "Foreign Minister");
}

TEST_CASE("an unknown date is written as null") {
    Triple t;
    t.subject = {"country:CHN", "China", EntityType::country};
    t.object = {"country:JPN", "Japan", EntityType::country};
    std::string line;
    append_triple_json(t, line);
    CHECK(line.find("\"date\":null") != std::string::npos);
    CHECK(parse_triple_json(line).date.empty());
}

TEST_CASE("malformed triples name the file and line") {
    auto p = std::filesystem::temp_directory_path() / "geokg_bad_triples.jsonl";
    {
        std::ofstream f(p);
        f << R"({"article":"a","subject":{"id":"country:CHN","name":"China","type":"country"},"relation":"visits","object":{"id":"country:JPN","name":"Japan","type":"country"}})" << "\n\n";
        f << R"({"article":"a","subject":{"id":"country:CHN"},"relation":"likes","object":{"id":"country:JPN"}})" << "\n";
    }
    std::size_t n = 0;
    try {
        read_triples(p.string(), [&](Triple&&) { ++n; });
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == p.string() + ":3: unknown relation \"likes\"");
    }
    CHECK(n == 1);
    CHECK(is_triples_file(p.string()));
    std::filesystem::remove(p);
}
