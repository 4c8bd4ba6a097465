// Confidence ordering on the seed articles: precision among the most confident
// half of the triples must exceed precision among the rest. Reads the seed
// corpus and gold from ../shared (GEOKG_SHARED overrides); skipped with a
// message when they are not there.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "geokg/article.hpp"
#include "geokg/extract.hpp"

using namespace geokg;
namespace fs = std::filesystem;

namespace {

fs::path shared_dir() {
    if (const char* e = std::getenv("GEOKG_SHARED"); e && *e) return e;
    return fs::path(GEOKG_DATA_DIR).parent_path().parent_path() / "shared";
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("extract seeds: confidence orders triples (precision of the top half > the rest)") {
    fs::path shared = shared_dir();
    fs::path corpus = shared / "corpus" / "seeds", gold_dir = shared / "gold" / "seeds";
    if (!fs::exists(corpus) || !fs::exists(gold_dir)) {
        MESSAGE("skipped: no seed corpus/gold under " << shared.string());
        return;
    }
    Extractor ex(default_data_dir());
    struct Scored {
        double confidence;
        bool correct;
    };
    std::vector<Scored> all;
    for (auto& f : fs::directory_iterator(corpus)) {
        auto id = f.path().stem().string();
        auto gp = gold_dir / (id + ".json");
        if (!fs::exists(gp)) continue;
        rapidjson::Document g;
        std::string gtext = slurp(gp);
        g.Parse(gtext.c_str());
        REQUIRE(!g.HasParseError());
        std::set<std::string> gold;  // "s r o" with alternatives and both orders of symmetric ones
        for (auto& t : g["triples"].GetArray()) {
            std::vector<std::string> rels{t["r"].GetString()};
            if (t.HasMember("alt"))
                for (auto& a : t["alt"].GetArray()) rels.emplace_back(a.GetString());
            for (auto& r : rels) {
                gold.insert(std::string(t["s"].GetString()) + " " + r + " " + t["o"].GetString());
                auto rel = relation_from(r);
                if (rel && info(*rel).symmetric)
                    gold.insert(std::string(t["o"].GetString()) + " " + r + " " + t["s"].GetString());
            }
        }
        std::vector<Article> arts;
        read_articles(f.path().string(), [&](Article&& a) { arts.push_back(std::move(a)); });
        for (auto& a : arts) {
            clean_article(a);
            for (auto& t : ex.extract(a)) {
                // a hedged or negated triple is not a fact: correct only if it is asserted and in the gold
                bool in_gold = gold.count(t.subject.id + " " + std::string(to_string(t.relation)) + " " + t.object.id) > 0;
                all.push_back({t.confidence, in_gold && t.is_fact()});
            }
        }
    }
    REQUIRE(all.size() >= 20);
    std::stable_sort(all.begin(), all.end(), [](auto& a, auto& b) { return a.confidence > b.confidence; });
    std::size_t half = all.size() / 2;
    double top = 0, rest = 0;
    for (std::size_t i = 0; i < all.size(); ++i) (i < half ? top : rest) += all[i].correct ? 1 : 0;
    double p_top = top / half, p_rest = rest / (all.size() - half);
    MESSAGE("seed triples: " << all.size() << ", precision top half " << p_top << ", rest " << p_rest);
    CHECK(p_top > p_rest);
}
