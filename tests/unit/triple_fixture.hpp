// A schema triple for graph and view tests: evidence "ev-<article>".
#pragma once

#include <string>

#include "geokg/types.hpp"

namespace geokg::testing {

inline Triple make_triple(std::string article, Entity s, Relation r, Entity o, std::string date, double conf = 0.5) {
    Triple t;
    t.article = std::move(article);
    t.subject = std::move(s);
    t.relation = r;
    t.object = std::move(o);
    t.date = std::move(date);
    t.confidence = conf;
    t.evidence = "ev-" + t.article;
    return t;
}

}  // namespace geokg::testing
