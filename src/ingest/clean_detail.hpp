// Ingest internals: page-furniture classification of cleaned blocks.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/ingest_detail.hpp"

namespace geokg::ingest_detail {

// What a block of a page is, when it is page furniture.
enum class Kind : std::uint8_t {
    none,         // not furniture
    ad,           // "ADVERTISEMENT", "Ad Banner", "MyDosti AD"
    share,        // "Share on Facebook", "Tweet", "Share this page"
    nav,          // menus, breadcrumbs, "Table of Contents", "Speevr logo", bare links
    promo,        // newsletter and subscribe prompts, "follow our podcast", cookie notices
    teaser,       // one teaser: "Read more: ...", "Related: ..."
    teaser_head,  // the head of a teaser list: "Related stories", "You may also like"
    refs_head,    // "References", "Sources", "Further reading"
    credit,       // image credits and captions, "(Reporting by ...)", "Courtesy/Source: ..."
    copyright,    // "(c) 2021 ... All rights reserved."
    end,          // "Comments", "Tags: ...", "Load more", "About the author"
};

// The shape of a block, as far as the classifier needs it.
struct BlockShape {
    std::uint32_t words = 0;
    char terminal = 0;  // '.', '?', '!' when the block ends a sentence (closing quotes skipped), else 0
    bool has_date = false;
};

// Lower case ASCII, whitespace runs -> one space, curly apostrophes -> '\''.
void normalize_block(std::string_view raw, std::string& out);

// Kind::none unless the block is page furniture. `ending` is the end of the
// block's text; `raw` the whole text and `norm` its normalized text (for a
// block of more than 25 words its normalized beginning only), both empty for
// a block of more than 40 words, which only its ending can make furniture.
Kind furniture_kind(std::string_view norm, std::string_view raw, std::string_view ending, const BlockShape& shape);

}  // namespace geokg::ingest_detail
