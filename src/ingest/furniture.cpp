// Page furniture: which blocks of a scraped page are navigation, ads, share
// buttons, teasers, credits, reference lists, promos or footers. General
// heuristics over one block of text: a small list of phrases that web pages use
// for their furniture, the shape of the block (length, final punctuation,
// separators) and a few suffixes of image credits. Nothing here knows a site.
#include <algorithm>
#include <array>
#include <vector>

#include "ingest/clean_detail.hpp"

namespace geokg::ingest_detail {
namespace {

using SV = std::string_view;

// The whole block is the phrase (lower case, trailing ':' '.' and arrows stripped).
struct Phrase {
    SV text;
    Kind kind;
};

constexpr Phrase kExact[] = {
    // ads
    {"ad", Kind::ad}, {"ads", Kind::ad}, {"advert", Kind::ad}, {"advertisement", Kind::ad},
    {"advertisements", Kind::ad}, {"advertising", Kind::ad}, {"sponsored", Kind::ad},
    {"sponsored content", Kind::ad}, {"paid content", Kind::ad}, {"promoted", Kind::ad},
    {"ad banner", Kind::ad}, {"story continues below advertisement", Kind::ad},
    {"article continues below advertisement", Kind::ad}, {"continue reading below", Kind::ad},
    {"article continues below", Kind::ad}, {"scroll to continue with content", Kind::ad},
    {"advertisement - scroll to continue", Kind::ad}, {"ad feedback", Kind::ad},
    // share buttons
    {"share", Kind::share}, {"shares", Kind::share}, {"share this", Kind::share},
    {"share this article", Kind::share}, {"share this page", Kind::share}, {"share this story", Kind::share},
    {"share this post", Kind::share}, {"share article", Kind::share}, {"share story", Kind::share},
    {"share page", Kind::share}, {"tweet", Kind::share}, {"email", Kind::share}, {"e-mail", Kind::share},
    {"print", Kind::share}, {"copy link", Kind::share}, {"copy url", Kind::share}, {"link copied", Kind::share},
    {"whatsapp", Kind::share}, {"facebook", Kind::share}, {"twitter", Kind::share}, {"linkedin", Kind::share},
    {"reddit", Kind::share}, {"pinterest", Kind::share}, {"telegram", Kind::share}, {"flipboard", Kind::share},
    {"messenger", Kind::share}, {"bookmark", Kind::share}, {"gift this article", Kind::share},
    {"gift article", Kind::share}, {"save article", Kind::share}, {"comment on this story", Kind::share},
    // navigation and page controls
    {"menu", Kind::nav}, {"main menu", Kind::nav}, {"navigation", Kind::nav}, {"skip to content", Kind::nav},
    {"skip to main content", Kind::nav}, {"skip navigation", Kind::nav}, {"search", Kind::nav},
    {"home", Kind::nav}, {"log in", Kind::nav}, {"login", Kind::nav}, {"sign in", Kind::nav},
    {"register", Kind::nav}, {"back to top", Kind::nav}, {"close", Kind::nav}, {"next", Kind::nav},
    {"previous", Kind::nav}, {"prev", Kind::nav}, {"next article", Kind::nav}, {"previous article", Kind::nav},
    {"next story", Kind::nav}, {"previous story", Kind::nav}, {"next post", Kind::nav},
    {"previous post", Kind::nav}, {"table of contents", Kind::nav}, {"contents", Kind::nav},
    {"toggle navigation", Kind::nav}, {"open menu", Kind::nav}, {"close menu", Kind::nav},
    {"you are here", Kind::nav}, {"show more", Kind::nav}, {"see more", Kind::nav}, {"view more", Kind::nav},
    {"expand", Kind::nav}, {"collapse", Kind::nav}, {"listen", Kind::nav}, {"listen to this article", Kind::nav},
    {"play", Kind::nav}, {"font size", Kind::nav}, {"text size", Kind::nav}, {"view gallery", Kind::nav},
    {"open in app", Kind::nav}, {"accept", Kind::nav}, {"accept all", Kind::nav}, {"reject all", Kind::nav},
    {"cookie settings", Kind::nav}, {"manage cookies", Kind::nav}, {"got it", Kind::nav},
    {"dismiss", Kind::nav}, {"logo", Kind::nav}, {"sections", Kind::nav}, {"all sections", Kind::nav},
    {"today's paper", Kind::nav}, {"todays paper", Kind::nav}, {"e-paper", Kind::nav}, {"epaper", Kind::nav},
    {"print edition", Kind::nav}, {"digital edition", Kind::nav}, {"weather", Kind::nav},
    {"my account", Kind::nav}, {"account", Kind::nav}, {"edition", Kind::nav},
    // promos
    {"subscribe", Kind::promo}, {"subscribe now", Kind::promo}, {"newsletter", Kind::promo},
    {"newsletters", Kind::promo}, {"sign up", Kind::promo}, {"sign up now", Kind::promo},
    {"join now", Kind::promo}, {"donate", Kind::promo}, {"support us", Kind::promo},
    {"get the app", Kind::promo}, {"download the app", Kind::promo}, {"follow us", Kind::promo},
    // teaser lists
    {"related", Kind::teaser_head}, {"related stories", Kind::teaser_head},
    {"related articles", Kind::teaser_head}, {"related posts", Kind::teaser_head},
    {"related content", Kind::teaser_head}, {"related news", Kind::teaser_head},
    {"related coverage", Kind::teaser_head}, {"related links", Kind::teaser_head},
    {"related topics", Kind::teaser_head}, {"related reading", Kind::teaser_head},
    {"more stories", Kind::teaser_head}, {"more news", Kind::teaser_head}, {"more from", Kind::teaser_head},
    {"more on this", Kind::teaser_head}, {"more on this story", Kind::teaser_head},
    {"more on this topic", Kind::teaser_head}, {"most read", Kind::teaser_head},
    {"most popular", Kind::teaser_head}, {"most viewed", Kind::teaser_head}, {"most shared", Kind::teaser_head},
    {"popular", Kind::teaser_head}, {"popular now", Kind::teaser_head}, {"popular posts", Kind::teaser_head},
    {"popular stories", Kind::teaser_head}, {"trending", Kind::teaser_head},
    {"trending now", Kind::teaser_head}, {"trending stories", Kind::teaser_head},
    {"recommended", Kind::teaser_head}, {"recommended for you", Kind::teaser_head},
    {"recommended stories", Kind::teaser_head}, {"recommended articles", Kind::teaser_head},
    {"recommended reading", Kind::teaser_head}, {"you may also like", Kind::teaser_head},
    {"you might also like", Kind::teaser_head}, {"you may like", Kind::teaser_head},
    {"you might like", Kind::teaser_head}, {"you may be interested in", Kind::teaser_head},
    {"you might be interested in", Kind::teaser_head}, {"also read", Kind::teaser_head},
    {"also see", Kind::teaser_head}, {"see also", Kind::teaser_head}, {"read also", Kind::teaser_head},
    {"read more", Kind::teaser_head}, {"read next", Kind::teaser_head}, {"up next", Kind::teaser_head},
    {"what to read next", Kind::teaser_head}, {"top stories", Kind::teaser_head},
    {"latest", Kind::teaser_head}, {"latest news", Kind::teaser_head}, {"latest stories", Kind::teaser_head},
    {"latest articles", Kind::teaser_head}, {"latest posts", Kind::teaser_head},
    {"recent posts", Kind::teaser_head}, {"recent stories", Kind::teaser_head},
    {"editor's picks", Kind::teaser_head}, {"editors' picks", Kind::teaser_head},
    {"don't miss", Kind::teaser_head}, {"in case you missed it", Kind::teaser_head},
    {"more to explore", Kind::teaser_head}, {"keep reading", Kind::teaser_head},
    {"more like this", Kind::teaser_head}, {"most recent", Kind::teaser_head},
    {"from the web", Kind::teaser_head}, {"around the web", Kind::teaser_head},
    {"sponsored stories", Kind::teaser_head}, {"promoted stories", Kind::teaser_head},
    {"more in this section", Kind::teaser_head}, {"other stories", Kind::teaser_head},
    // reference lists
    {"references", Kind::refs_head}, {"reference", Kind::refs_head}, {"sources", Kind::refs_head},
    {"bibliography", Kind::refs_head}, {"notes", Kind::refs_head}, {"footnotes", Kind::refs_head},
    {"endnotes", Kind::refs_head}, {"external links", Kind::refs_head}, {"citations", Kind::refs_head},
    {"works cited", Kind::refs_head}, {"further reading", Kind::refs_head},
    {"sources and references", Kind::refs_head}, {"reference list", Kind::refs_head},
    {"sources cited", Kind::refs_head},
    // end of page
    {"comments", Kind::end}, {"comment", Kind::end}, {"leave a comment", Kind::end},
    {"leave a reply", Kind::end}, {"post a comment", Kind::end}, {"add a comment", Kind::end},
    {"join the conversation", Kind::end}, {"load more", Kind::end}, {"load more stories", Kind::end},
    {"show comments", Kind::end}, {"view comments", Kind::end}, {"tags", Kind::end}, {"topics", Kind::end},
    {"filed under", Kind::end}, {"categories", Kind::end}, {"category", Kind::end},
    {"about the author", Kind::end}, {"about us", Kind::end}, {"contact us", Kind::end},
    {"privacy policy", Kind::end}, {"terms of use", Kind::end}, {"terms of service", Kind::end},
    {"terms and conditions", Kind::end}, {"cookie policy", Kind::end}, {"sitemap", Kind::end},
    {"all rights reserved", Kind::copyright},
};

// The block starts with the phrase (short blocks only).
constexpr Phrase kPrefix[] = {
    {"advertisement", Kind::ad}, {"advertising", Kind::ad}, {"ad banner", Kind::ad},
    {"sponsored by", Kind::ad}, {"sponsored content", Kind::ad}, {"paid post", Kind::ad},
    {"share on ", Kind::share}, {"share to ", Kind::share}, {"share via ", Kind::share},
    {"share with ", Kind::share}, {"share this", Kind::share}, {"share article", Kind::share},
    {"share:", Kind::share}, {"tweet this", Kind::share}, {"email this", Kind::share},
    {"print this", Kind::share}, {"click to share", Kind::share}, {"click to email", Kind::share},
    {"click to print", Kind::share},
    {"home >", Kind::nav}, {"home /", Kind::nav}, {"home \xc2\xbb", Kind::nav}, {"home \xe2\x80\xba", Kind::nav},
    {"home |", Kind::nav}, {"skip to ", Kind::nav}, {"you are here", Kind::nav}, {"jump to ", Kind::nav},
    {"subscribe to ", Kind::promo}, {"subscribe for ", Kind::promo}, {"subscribe now", Kind::promo},
    {"subscribe:", Kind::promo}, {"sign up for", Kind::promo}, {"sign up to", Kind::promo},
    {"sign up:", Kind::promo}, {"get our ", Kind::promo}, {"join our ", Kind::promo}, {"follow us", Kind::promo},
    {"follow @", Kind::promo}, {"like us on", Kind::promo}, {"download our", Kind::promo},
    {"download the ", Kind::promo}, {"get the app", Kind::promo}, {"support our", Kind::promo},
    {"support independent", Kind::promo}, {"donate", Kind::promo}, {"newsletter", Kind::promo},
    {"become a member", Kind::promo}, {"become a subscriber", Kind::promo},
    {"already a subscriber", Kind::promo}, {"already have an account", Kind::promo},
    {"create a free account", Kind::promo}, {"to continue reading", Kind::promo},
    {"log in to ", Kind::promo}, {"sign in to ", Kind::promo},
    {"unlock this article", Kind::promo}, {"we use cookies", Kind::promo},
    {"this site uses cookies", Kind::promo}, {"this website uses cookies", Kind::promo},
    {"by using this site", Kind::promo}, {"by using this website", Kind::promo},
    {"by continuing to use", Kind::promo}, {"cookie policy", Kind::promo}, {"cookie settings", Kind::promo},
    {"cookie preferences", Kind::promo}, {"manage cookies", Kind::promo}, {"accept cookies", Kind::promo},
    {"accept all cookies", Kind::promo},
    {"read more:", Kind::teaser}, {"read more \xc2\xbb", Kind::teaser}, {"read more \xe2\x80\xba", Kind::teaser},
    {"read more >", Kind::teaser}, {"read also:", Kind::teaser}, {"also read:", Kind::teaser},
    {"see also:", Kind::teaser}, {"related:", Kind::teaser}, {"related stories", Kind::teaser_head},
    {"related articles", Kind::teaser_head}, {"related coverage:", Kind::teaser},
    {"recommended:", Kind::teaser}, {"more:", Kind::teaser}, {"read next:", Kind::teaser},
    {"watch:", Kind::teaser}, {"listen:", Kind::teaser}, {"video:", Kind::teaser},
    {"you may also like", Kind::teaser_head}, {"you might also like", Kind::teaser_head},
    {"click here", Kind::teaser}, {"tap here", Kind::teaser}, {"most popular", Kind::teaser_head},
    {"most read", Kind::teaser_head}, {"most recent", Kind::teaser_head}, {"popular posts", Kind::teaser_head},
    {"more from ", Kind::teaser_head}, {"more stories from", Kind::teaser_head},
    {"top image", Kind::credit}, {"featured image", Kind::credit}, {"header image", Kind::credit},
    {"cover image", Kind::credit}, {"lead image", Kind::credit}, {"main image", Kind::credit},
    {"hero image", Kind::credit}, {"image:", Kind::credit}, {"images:", Kind::credit},
    {"image credit", Kind::credit}, {"image via", Kind::credit}, {"image source", Kind::credit},
    {"image courtesy", Kind::credit}, {"image by ", Kind::credit}, {"photo:", Kind::credit},
    {"photos:", Kind::credit}, {"photo by ", Kind::credit}, {"photos by ", Kind::credit},
    {"photo credit", Kind::credit}, {"photograph:", Kind::credit}, {"photograph by", Kind::credit},
    {"photography:", Kind::credit}, {"picture:", Kind::credit}, {"pictures:", Kind::credit},
    {"pictured:", Kind::credit}, {"illustration:", Kind::credit}, {"illustration by", Kind::credit},
    {"credit:", Kind::credit}, {"credits:", Kind::credit}, {"source:", Kind::credit},
    {"sources:", Kind::credit}, {"courtesy", Kind::credit}, {"file photo", Kind::credit},
    {"file image", Kind::credit}, {"(photo", Kind::credit}, {"(image", Kind::credit},
    {"(file photo", Kind::credit}, {"(reporting by", Kind::credit}, {"reporting by", Kind::credit},
    {"editing by", Kind::credit}, {"additional reporting by", Kind::credit}, {"writing by", Kind::credit},
    {"graphic:", Kind::credit}, {"video credit", Kind::credit}, {"caption:", Kind::credit},
    {"this article was originally published", Kind::credit}, {"this story was originally published", Kind::credit},
    {"this article first appeared", Kind::credit}, {"a version of this article", Kind::credit},
    {"copyright", Kind::copyright}, {"\xc2\xa9", Kind::copyright},
    {"all rights reserved", Kind::copyright}, {"this material may not be published", Kind::copyright},
    {"tags:", Kind::end}, {"topics:", Kind::end}, {"filed under", Kind::end}, {"categories:", Kind::end},
    {"category:", Kind::end}, {"posted in ", Kind::end}, {"comments (", Kind::end}, {"comments:", Kind::end},
    {"view comments", Kind::end}, {"show comments", Kind::end}, {"leave a comment", Kind::end},
    {"load more", Kind::end}, {"about the author", Kind::end}, {"follow the topics", Kind::end},
    {"more about:", Kind::end}, {"explore more on these topics", Kind::end},
};

// Endings of image credits and captions ("... – NAME/AFP/Getty Images").
constexpr SV kCreditSuffix[] = {
    "getty images", "/getty", "/afp", "afp photo", "/reuters", "reuters photo", "/ap", "ap photo",
    "/epa", "epa-efe", "/xinhua", "/bloomberg", "shutterstock", "/istock", "istockphoto", "via reuters",
    "/unsplash", "via unsplash", "wikimedia commons", "/flickr", "pool photo", "/pool", "nurphoto",
    "/sipa", "sopa images", "/kyodo", "/yonhap", "/anadolu", "/zuma", "/alamy", "alamy stock photo",
};

// Promos: a verb of following/subscribing and something to follow.
constexpr SV kPromoVerbs[] = {"follow", "subscribe", "sign up", "listen to", "download", "join us",
                              "join our", "like us", "check out our", "get our"};
constexpr SV kPromoObjects[] = {"podcast", "newsletter", "telegram", "whatsapp", "youtube", "instagram",
                                "facebook", "twitter", "tiktok", "our app", "the app", "our channel",
                                "linkedin", "google news", "on x", "mailing list"};

bool starts_with(SV s, SV p) { return s.size() >= p.size() && s.compare(0, p.size(), p) == 0; }
bool ends_with(SV s, SV p) { return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0; }

// Word-bounded search (the phrase is not part of a longer word).
bool contains_word(SV s, SV p) {
    std::size_t pos = 0;
    while ((pos = s.find(p, pos)) != SV::npos) {
        bool left = pos == 0 || !is_alnum(static_cast<unsigned char>(s[pos - 1]));
        std::size_t e = pos + p.size();
        bool right = e >= s.size() || !is_alnum(static_cast<unsigned char>(s[e]));
        if (left && right) return true;
        ++pos;
    }
    return false;
}

// Separators of navigation bars and breadcrumbs between short items:
// " | ", " > ", " / ", " » ", " › ", " • ", " · ".
int nav_separators(SV s) {
    int n = 0;
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {
        if (s[i] != ' ') continue;
        unsigned char c = static_cast<unsigned char>(s[i + 1]);
        std::size_t len = 0;
        if (c == '|' || c == '>' || c == '/') {
            len = 1;
        } else if (c == 0xC2 && (static_cast<unsigned char>(s[i + 2]) == 0xBB || static_cast<unsigned char>(s[i + 2]) == 0xB7)) {
            len = 2;
        } else if (c == 0xE2 && i + 3 < s.size() &&
                   ((static_cast<unsigned char>(s[i + 2]) == 0x80 &&
                     (static_cast<unsigned char>(s[i + 3]) == 0xBA || static_cast<unsigned char>(s[i + 3]) == 0xA2)))) {
            len = 3;
        }
        if (len && i + 1 + len < s.size() && s[i + 1 + len] == ' ') ++n;
    }
    return n;
}

// One pass over the words: does one of kPromoVerbs start at a word start?
bool has_promo_verb(SV s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i > 0 && s[i - 1] != ' ') continue;
        char c = s[i];
        if (c != 'f' && c != 's' && c != 'l' && c != 'd' && c != 'j' && c != 'c' && c != 'g') continue;
        for (SV v : kPromoVerbs) {
            if (v[0] != c || s.size() - i < v.size() || s.compare(i, v.size(), v) != 0) continue;
            std::size_t e = i + v.size();
            if (e >= s.size() || (!is_alnum(static_cast<unsigned char>(s[e])) && s[e] != '-')) return true;
        }
    }
    return false;
}

// '.', '?' and '!'.
struct TerminatorTable {
    bool v[256] = {};
    constexpr TerminatorTable() { v[static_cast<unsigned char>('.')] = v[static_cast<unsigned char>('?')] = v[static_cast<unsigned char>('!')] = true; }
};
constexpr TerminatorTable kTerminator;

// The phrase tables indexed by their first byte.
struct PhraseIndex {
    std::array<std::vector<const Phrase*>, 256> exact, prefix;
    PhraseIndex() {
        for (const auto& p : kExact) exact[static_cast<unsigned char>(p.text[0])].push_back(&p);
        for (const auto& p : kPrefix) prefix[static_cast<unsigned char>(p.text[0])].push_back(&p);
    }
};
const PhraseIndex& phrase_index() {
    static const PhraseIndex index;
    return index;
}

}  // namespace

void normalize_block(std::string_view raw, std::string& out) {
    out.resize(raw.size());
    std::size_t n = 0;
    bool space = true;  // drop leading spaces
    for (std::size_t i = 0; i < raw.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(raw[i]);
        if (is_space(c)) {
            if (!space) out[n++] = ' ';
            space = true;
            continue;
        }
        if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xA0) {  // no-break space
            if (!space) out[n++] = ' ';
            space = true;
            ++i;
            continue;
        }
        if (c == 0xE2 && i + 2 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(raw[i + 2]) == 0x98 || static_cast<unsigned char>(raw[i + 2]) == 0x99)) {
            out[n++] = '\'';  // curly apostrophes
            space = false;
            i += 2;
            continue;
        }
        out[n++] = static_cast<char>(to_lower(c));
        space = false;
    }
    while (n > 0 && out[n - 1] == ' ') --n;
    out.resize(n);
}

Kind furniture_kind(std::string_view norm, std::string_view raw, std::string_view ending, const BlockShape& shape) {
    // Image credits and captions: their ending, whatever their length.
    {
        SV t = ending;
        while (!t.empty() && (t.back() == ')' || t.back() == ']' || t.back() == '.' || is_space(static_cast<unsigned char>(t.back()))))
            t.remove_suffix(1);
        if (!t.empty() && is_alpha(static_cast<unsigned char>(t.back()))) {
            auto ends_ci = [&](SV suf) {
                if (t.size() < suf.size()) return false;
                SV e = t.substr(t.size() - suf.size());
                for (std::size_t i = 0; i < suf.size(); ++i)
                    if (to_lower(static_cast<unsigned char>(e[i])) != static_cast<unsigned char>(suf[i])) return false;
                return true;
            };
            char last = static_cast<char>(to_lower(static_cast<unsigned char>(t.back())));
            for (SV suf : kCreditSuffix) {
                if (suf.back() != last || !ends_ci(suf)) continue;
                // "... told AFP." ends a sentence; a credit has no final period
                if (shape.terminal == '.' && !ends_ci("getty images")) break;
                return Kind::credit;
            }
        }
    }
    if (shape.words > 40 || raw.empty()) return Kind::none;

    // Exact phrases, with trailing punctuation and arrows stripped.
    SV t = norm;
    while (!t.empty()) {
        unsigned char c = static_cast<unsigned char>(t.back());
        if (c == ':' || c == '.' || c == ' ' || c == '>' || c == '|' || c == '-' || c == '!' || c == '*') {
            t.remove_suffix(1);
        } else if (ends_with(t, "\xc2\xbb") || ends_with(t, "\xe2\x80\xba") || ends_with(t, "\xe2\x86\x92")) {
            t.remove_suffix(ends_with(t, "\xc2\xbb") ? 2 : 3);
        } else {
            break;
        }
    }
    const PhraseIndex& index = phrase_index();
    if (shape.words <= 8 && !t.empty()) {
        for (const Phrase* p : index.exact[static_cast<unsigned char>(t[0])])
            if (t == p->text) return p->kind;
    }
    if (shape.words <= 30 && !norm.empty()) {
        for (const Phrase* p : index.prefix[static_cast<unsigned char>(norm[0])]) {
            if (!starts_with(norm, p->text)) continue;
            // whole words only: "most recent" is not "most recently", "you are here" not "you are hereby"
            if (is_alnum(static_cast<unsigned char>(p->text.back())) && norm.size() > p->text.size() &&
                is_alnum(static_cast<unsigned char>(norm[p->text.size()])))
                continue;
            // "Advertising, particularly through ... has not been monitored." is a sentence about ads
            if (p->kind == Kind::ad && shape.words > 10) continue;
            return p->kind;
        }
    }
    // "(c) 2021 World Desk": not "(c) The Secretary shall ..." (a subsection)
    if (starts_with(norm, "(c) ") && norm.size() >= 8 && is_digit(static_cast<unsigned char>(norm[4])) &&
        is_digit(static_cast<unsigned char>(norm[7])))
        return Kind::copyright;
    // Several sentences in one block are running text, not a button or a prompt.
    bool sentences = false;
    for (std::size_t i = 1; i + 1 < raw.size() && !sentences; ++i) {
        if (!kTerminator.v[static_cast<unsigned char>(raw[i])]) continue;
        sentences = is_alpha(static_cast<unsigned char>(raw[i - 1])) &&
                    (is_space(static_cast<unsigned char>(raw[i + 1])) ||
                     (static_cast<unsigned char>(raw[i + 1]) == 0xC2 && i + 2 < raw.size() &&
                      static_cast<unsigned char>(raw[i + 2]) == 0xA0));
    }
    // "©", "All rights reserved"
    for (std::size_t at = raw.find('\xa9'); at != SV::npos; at = raw.find('\xa9', at + 1))
        if (at > 0 && raw[at - 1] == '\xc2') return Kind::copyright;
    for (std::size_t at = raw.find("ights "); at != SV::npos; at = raw.find("ights ", at + 1)) {
        if (at >= 5 && raw.size() >= at + 14) {
            std::string phrase;
            normalize_block(raw.substr(at - 5, 19), phrase);
            if (phrase == "all rights reserved") return Kind::copyright;
        }
    }
    if (shape.words <= 25 && !sentences && shape.terminal != '?') {
        bool verb = has_promo_verb(norm), object = false;
        if (verb)
            for (SV o : kPromoObjects)
                if (contains_word(norm, o)) {
                    object = true;
                    break;
                }
        if (verb && object) return Kind::promo;
    }
    // "Speevr logo", "MyDosti AD": a short name followed by what it is.
    if (shape.words <= 5 && shape.terminal == 0) {
        if (ends_with(norm, " logo") || ends_with(norm, " ad") || ends_with(norm, " ads") ||
            ends_with(norm, " advertisement"))
            return norm.back() == 'o' ? Kind::nav : Kind::ad;
    }
    // Breadcrumbs ("Home Airline US Asia ...", "Home > World > Asia") and
    // navigation bars ("World | Politics | Business | Video").
    if (shape.terminal == 0 && !shape.has_date && !sentences) {
        if (starts_with(norm, "home ") && shape.words >= 3 && shape.words <= 20) return Kind::nav;
        int seps = nav_separators(raw);
        if (seps >= 2 && shape.words <= 6u * static_cast<unsigned>(seps + 1)) return Kind::nav;
    }
    // A bare link.
    if (shape.words == 1 && (starts_with(norm, "http://") || starts_with(norm, "https://") || starts_with(norm, "www.")))
        return Kind::nav;
    return Kind::none;
}

}  // namespace geokg::ingest_detail
