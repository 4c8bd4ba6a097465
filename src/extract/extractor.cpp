// Extract stage: Article -> schema triples.
//
// Per article: tokens -> sentences -> mentions (gazetteer, titles + names,
// coreference, metonymy) -> relation triggers from the lexicon with a shallow
// clause analysis (subject left, object right, passive, coordination, nominal
// forms) -> negation/modality/date/confidence -> triples.
#include "geokg/extract.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cmath>
#include <cstring>
#include <cstdlib>
#include <deque>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "detail.hpp"
#include "geokg/kb.hpp"

namespace geokg {

using namespace extract_detail;

std::filesystem::path default_data_dir() {
    if (const char* env = std::getenv("GEOKG_DATA"); env && *env) return env;
#ifdef GEOKG_DATA_DIR
    {
        std::filesystem::path p = GEOKG_DATA_DIR;
        std::error_code ec;
        if (std::filesystem::exists(p / "countries.json", ec)) return p;
    }
#endif
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) return exe.parent_path().parent_path() / "share" / "geokg" / "data";
    return "data";
}

namespace {

constexpr std::uint32_t npos32 = 0xffffffffu;

// ------------------------------------------------------------------ helpers

bool is_lower_word(const Token& t) { return (t.flags & tok_word) && !(t.flags & tok_upper) && !(t.flags & tok_digit); }
bool is_cap_word(const Token& t) { return (t.flags & tok_word) && (t.flags & tok_upper); }

bool in_list(std::string_view w, std::initializer_list<std::string_view> l) {
    for (auto x : l)
        if (ieq(w, x)) return true;
    return false;
}

// Word classes: the word lists of the predicates below (and of the per-token tests of
// find_mentions) in one table built at start-up, so that a predicate is one lookup
// (ASCII case-insensitive, as ieq) instead of a scan of its list.
enum WordClass : std::uint32_t {
    wc_determiner = 1u << 0,
    wc_preposition = 1u << 1,
    wc_be = 1u << 2,
    wc_function = 1u << 3,        // is_function_word's own list
    wc_status_former = 1u << 4,   // "former", "ex": a past office holder
    wc_status_current = 1u << 5,  // "acting", "new": a current one
    wc_rank = 1u << 6,            // "top", "senior" before a title
    wc_two_both = 1u << 7,
    wc_collective_count = 1u << 8,  // "two", "both", "three", "four" before "countries"
    wc_the = 1u << 9,
    wc_group_det = 1u << 10,  // "the", "both", "all", "our", "their", "these", "those" opening a group reference
};

constexpr std::string_view kDeterminers[] = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "both", "all", "two", "three", "several", "some", "many", "other", "another", "each"};
constexpr std::string_view kPrepositions[] = {
    "in", "at", "from", "with", "to", "against", "about", "on", "under", "over", "into", "by",
    "than", "toward", "towards", "for", "near", "around", "through", "across", "between",
    "among", "of", "like", "including", "within", "without", "via", "during", "after",
    "before", "beyond", "behind", "onto", "upon", "amid", "despite", "per", "given", "unlike",
    "alongside", "versus", "vs."};
constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being", "'s", "get", "got", "gets", "getting"};
constexpr std::string_view kFunctionWords[] = {
    "and", "or", "but", "next", "last", "this", "soon", "later", "again", "early", "earlier", "twice",
    "as", "while", "when", "where", "which", "who", "that", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "should", "must", "did", "does", "do", "also", "and", "then",
    "said", "says", "told", "yesterday", "today", "tomorrow", "recently", "since", "amid", "ahead",
    "late", "until", "so", "too", "once", "first", "together", "jointly", "separately"};

class WordClasses {
public:
    WordClasses() {
        add(kDeterminers, wc_determiner);
        add(kPrepositions, wc_preposition);
        add(kBe, wc_be);
        add(kFunctionWords, wc_function);
        add({"former", "ex", "then", "late"}, wc_status_former);
        add({"acting", "current", "incoming", "new"}, wc_status_current);
        add({"top", "senior", "chief", "veteran", "longtime", "leading", "powerful", "outspoken"}, wc_rank);
        add({"two", "both"}, wc_two_both);
        add({"two", "both", "three", "four"}, wc_collective_count);
        add({"the"}, wc_the);
        add({"the", "both", "all", "our", "their", "these", "those"}, wc_group_det);
    }
    // The classes of w (0: none).
    std::uint32_t operator()(std::string_view w) const {
        if (w.empty() || w.size() > max_len_) return 0;
        for (std::size_t i = slot(w);; i = (i + 1) & kMask) {
            if (!bits_[i]) return 0;
            if (ieq(w, words_[i])) return bits_[i];
        }
    }

private:
    static constexpr std::size_t kSize = 512, kMask = kSize - 1;
    std::uint16_t bits_[kSize] = {};
    std::string_view words_[kSize];  // lower case
    std::size_t max_len_ = 0;
    // from the lower-cased first, middle and last bytes and the length (ieq-equal words agree)
    static std::size_t slot(std::string_view w) {
        std::uint32_t n = (std::uint32_t)w.size();
        std::uint32_t a = (unsigned char)w[0] | 0x20u, b = (unsigned char)w[n / 2] | 0x20u,
                      c = (unsigned char)w[n - 1] | 0x20u;
        std::uint32_t h = a * 0x9E3779B1u ^ b * 0x85EBCA77u ^ c * 0xC2B2AE3Du ^ n * 0x27D4EB2Fu;
        return (h ^ (h >> 15)) & kMask;
    }
    template <class List>
    void add(const List& words, std::uint32_t bit) {
        for (std::string_view w : words) {
            // the lists are lower case (ieq compares with a lower-case word)
            for (std::size_t i = slot(w);; i = (i + 1) & kMask) {
                if (!bits_[i]) {
                    words_[i] = w;
                    bits_[i] = (std::uint16_t)bit;
                    break;
                }
                if (words_[i] == w) {
                    bits_[i] = (std::uint16_t)(bits_[i] | bit);
                    break;
                }
            }
            max_len_ = std::max(max_len_, w.size());
        }
    }
    void add(std::initializer_list<std::string_view> words, std::uint32_t bit) { add<std::initializer_list<std::string_view>>(words, bit); }
};
const WordClasses word_class;

bool is_determiner(std::string_view w) { return word_class(w) & wc_determiner; }
bool is_preposition(std::string_view w) { return word_class(w) & wc_preposition; }
bool is_be(std::string_view w) { return word_class(w) & wc_be; }
bool is_function_word(std::string_view w) { return word_class(w) & (wc_preposition | wc_be | wc_function); }

// A temporal adjunct at toks[i] ("on Tuesday", "in March", "in 2021", "on March 3", "by phone"):
// its length in tokens, 0 if none. Between a verb and its object it hides nothing of the object.
std::size_t time_adjunct_at(const std::vector<Token>& toks, std::size_t i, std::size_t end) {
    static constexpr std::string_view days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    static constexpr std::string_view months[] = {"january", "february", "march", "april", "may", "june", "july",
                                                  "august", "september", "october", "november", "december"};
    if (i + 1 >= end) return 0;
    auto w = toks[i].norm;
    auto n = toks[i + 1].norm;
    if (in_list(w, {"by", "via"}) && in_list(n, {"phone", "telephone", "videoconference", "videolink"})) return 2;
    if (!in_list(w, {"on", "in", "during", "since"})) return 0;
    auto is_year = [&](std::size_t k) {
        auto t = toks[k].norm;
        return t.size() == 4 && (toks[k].flags & tok_digit) && (t[0] == '1' || t[0] == '2');
    };
    auto is_day = [&](std::size_t k) {
        auto t = toks[k].norm;
        return !t.empty() && t.size() <= 4 && t[0] >= '0' && t[0] <= '9';
    };
    bool cap = toks[i + 1].flags & tok_upper;
    for (auto d : days)
        if (cap && ieq(n, d)) return 2;
    if (is_year(i + 1)) return 2;
    std::size_t k = i + 1;
    if (is_day(k) && k + 1 < end) ++k;  // "on 3 March"
    for (auto m : months)
        if ((toks[k].flags & tok_upper) && ieq(toks[k].norm, m)) {
            ++k;
            if (k < end && is_day(k)) ++k;   // "March 3"
            if (k + 1 < end && toks[k].norm == "," && is_year(k + 1)) k += 2;
            else if (k < end && is_year(k)) ++k;
            return k - i;
        }
    return 0;
}

// A phrase of lexicon tokens at toks[i] (first token case-insensitive on its first letter).
bool phrase_at(const std::vector<Token>& toks, std::size_t i, std::size_t end, const std::vector<std::string>& ph) {
    if (i + ph.size() > end) return false;
    for (std::size_t k = 0; k < ph.size(); ++k) {
        auto w = toks[i + k].norm;
        const auto& p = ph[k];
        if (w == p) continue;
        if (w.size() == p.size() && !p.empty() && p[0] >= 'a' && p[0] <= 'z' && w[0] == p[0] - 'a' + 'A' &&
            w.substr(1) == std::string_view(p).substr(1))
            continue;
        return false;
    }
    return true;
}

char type_letter(EntityType t) {
    switch (t) {
        case EntityType::country: return 'c';
        case EntityType::person: return 'p';
        case EntityType::organization: return 'o';
        case EntityType::treaty: return 't';
        case EntityType::place: return 'l';
    }
    return '?';
}

// Default type constraints of the relations (docs/schema.md).
const char* default_subject_types(Relation r) {
    switch (r) {
        case Relation::leader_of:
        case Relation::official_of: return "p";
        case Relation::member_of: return "cp";
        case Relation::claims: return "c";
        case Relation::allied_with:
        case Relation::disputes_with:
        case Relation::trades_with: return "co";
        case Relation::signs:
        case Relation::joins:
        case Relation::seeks_to_join:
        case Relation::withdraws_from: return "cpo";
        case Relation::deploys_to: return "co";
        default: return "cpo";
    }
}
const char* default_object_types(Relation r) {
    switch (r) {
        case Relation::leader_of:
        case Relation::official_of: return "co";
        case Relation::member_of: return "ot";
        case Relation::claims: return "lc";
        case Relation::meets_with: return "cpo";
        case Relation::visits: return "clp";
        case Relation::allied_with:
        case Relation::disputes_with:
        case Relation::trades_with: return "co";
        case Relation::signs: return "t";
        case Relation::joins:
        case Relation::seeks_to_join:
        case Relation::withdraws_from: return "ot";
        case Relation::deploys_to: return "cl";
        case Relation::supports: return "cpot";
        case Relation::opposes:
        case Relation::criticizes: return "cpot";
        default: return "cpo";
    }
}

// ------------------------------------------------------------------ mentions

struct Mention {
    std::uint32_t b = 0, e = 0;    // full token range (title, country modifier, body included)
    std::uint32_t hb = 0, he = 0;  // the actor's own surface
    Entity ent;
    SurfaceKind kind = SurfaceKind::name;
    std::string surface;           // metonymy/demonym surface
    std::string via;               // national body
    double cert = 1.0;
    bool poss = false;             // followed by 's
    bool modifier = false;         // country consumed as a role modifier ("Chinese" in "Chinese FM Wang Yi")
    bool locative = false;         // city used as a location ("talks in Beijing")
    bool media = false;
    bool desc = false;             // a definite description ("the accord") resolved to a named entity
    int group = -1;                // collective mentions ("the two countries") share a group
    // role (persons)
    int office = -1;
    int kb_office = -1;            // the office to look the person up by in the KB when not `office` ("deputy X": X)
    std::string role_title, status;
    int role_of = -1;              // index of the mention giving the country/org of the role
    Entity role_of_ent;            // or the entity directly
    std::uint32_t role_b = 0, role_e = 0;  // evidence range of the role
};

struct Sentence {
    std::uint32_t b, e;  // token range
};

struct PersonRec {
    Entity ent;
    int office = -1;
    std::string of_id;
    std::string title;  // the title written in the article ("Secretary of State")
};

class ArticleRun {
public:
    ArticleRun(const KnowledgeBase& kb, const Article& a, const ExtractOptions& opt)
        : kb_(kb), a_(a), opt_(opt), text_(a.text) {}

    std::vector<Triple> run();
    std::size_t sentence_count() const { return sents_.size(); }

private:
    const KnowledgeBase& kb_;
    const Article& a_;
    const ExtractOptions& opt_;
    std::string_view text_;
    std::vector<Token> toks_;
    std::vector<Sentence> sents_;
    std::vector<Mention> ms_;  // all mentions, in order
    std::unordered_map<std::uint32_t, std::uint32_t> entity_count_;  // KB entity -> unambiguous mentions
    std::unordered_map<std::uint32_t, std::uint32_t> role_evidence_;  // country -> known office holders named
    std::string main_country_;
    std::deque<std::string> caps_names_;  // title-cased family names written in capitals (roles block)
    int gov_words_ = -1;                  // roles block: bit 1 "government"/"regime", bit 2 "successor"/"predecessor" in the text
    // who says "our": the country of the article's author (a government site: its country) and of the
    // speaker of the current transcript turn ("PRESIDENT X:"), empty when unknown
    std::string doc_country_, turn_country_;
    void speaker_turn(const Sentence& s);
    // coreference state
    std::map<std::string, std::vector<PersonRec>, std::less<>> surname_map_;  // surname -> persons seen
    std::vector<PersonRec> persons_seen_;
    std::size_t persons_before_ = 0;  // persons_seen_ before the current sentence
    std::vector<Entity> countries_seen_;
    std::vector<Triple> out_;
    std::set<std::tuple<std::string, int, std::string>> role_done_;
    int next_group_ = 0;
    Entity last_actor_country_;  // subject of the last sentence's relations (for "it", "its")
    std::vector<std::vector<Entity>> groups_;  // coordinated countries seen ("X and Y"), latest last
    // definite-description coreference: the last named treaty / place and the sentence it was in
    std::vector<Entity> last_person_pair_;  // the two people of the last sentence naming exactly two
    std::size_t last_person_pair_si_ = 0;
    std::uint32_t last_treaty_ = npos32, last_place_ = npos32;
    std::size_t last_treaty_si_ = 0, last_place_si_ = 0;
    bool definite_description(std::size_t i, const Sentence& s, Mention& out) const;
    // article-wide coreference (coref block): the distinct KB treaties / bloc-kind / alliance-kind
    // organizations named so far, and where the last treaty mention ended. A description beyond the
    // recency window resolves only to the one candidate of its kind in the article.
    std::vector<std::uint32_t> treaties_named_, blocs_named_, alliances_named_;
    std::uint32_t last_treaty_end_ = 0;
    bool unknown_treaty_named_ = false;  // a treaty the KB does not know was named: a candidate too
    bool unnamed_treaty_between(std::size_t b, std::size_t e) const;
    std::vector<Entity> sentence_pair(const std::vector<Mention>& cur, bool met) const;
    std::string person_country(const Entity& p, const std::vector<Mention>& cur) const;
    bool pair_countries(const std::vector<Mention>& cur, std::vector<Entity>& out, bool opens_clause) const;
    // coreference and appositions (definitions after relations(), before run())
    std::vector<Entity> last_persons_;  // distinct persons acting in the last sentence that named any
    std::size_t last_persons_si_ = 0;
    std::vector<char> cov_;             // scratch: tokens of the sentence inside a mention
    Entity salient_person_;             // the one person a "He"/"She" may refer to (empty: none or ambiguous)
    std::size_t salient_person_si_ = 0;
    std::size_t last_group_si_ = 0;     // sentence of the last coordinated-country group
    std::uint32_t last_bloc_ = npos32, last_alliance_ = npos32;  // last organization named (bloc / alliance kind)
    std::size_t last_bloc_si_ = 0, last_alliance_si_ = 0;
    bool coref_mention(std::size_t& i, const Sentence& s, std::vector<Mention>& out);
    bool pair_met(const std::vector<Entity>& pair) const;
    bool appositive_unknown(std::size_t& i, const Sentence& s, std::vector<Mention>& out);
    std::size_t read_full_name(std::size_t i, std::size_t end) const;
    std::vector<int> possessive_agent(std::size_t from) const;
    std::vector<int> participle_subject(std::size_t tb, std::size_t te) const;
    std::vector<int> opening_phrase_subject(std::size_t pron) const;
    void welcomed_visitor(int guest, std::size_t tb, std::size_t te, std::size_t cs);
    // meetings, presence and threats (definitions before lists.inc)
    std::vector<int> threat_object(std::size_t te) const;
    bool evaluative_call(std::size_t tb, std::size_t te, const std::vector<int>& O) const;
    bool same_side(const Entity& a, const Entity& b) const;
    void presence_mentions(const Sentence& s);
    std::vector<int> threat_speaker(const std::vector<int>& S, std::size_t tb) const;
    std::vector<int> opening_meeting_subject(std::size_t tb, std::size_t np) const;
    std::vector<int> adjunct_meeting_subject(std::size_t tb, std::size_t np) const;
    bool question_clause(const Mention& subject) const;
    void extra_relations(const Sentence& s, std::size_t si, std::vector<Mention>& ms);
    void note_salience(const std::vector<Mention>& ms, std::size_t si);
    void emit_struct(const Entity& person, Relation rel, const Entity& of, std::uint32_t b, std::uint32_t e,
                     const std::string& role, double conf, const char* status = "current");
    const KbRole* dated_role(std::uint32_t person, std::string_view of) const;
    void record_groups(const std::vector<Mention>& ms);
    // groups block: sets of countries / people a later "the two countries", "the three men", "both
    // sides", "all three" can refer to (coordinations and each sentence's co-mentioned set)
    struct GroupCand {
        std::vector<Entity> members;
        std::size_t si = 0;
        bool people = false, coord = false;
    };
    std::vector<GroupCand> group_cands_;
    void collect_group_sets(const std::vector<Mention>& ms, std::size_t upto, std::size_t si,
                            std::vector<GroupCand>& dst) const;
    bool group_reference(std::size_t& i, const Sentence& s, std::vector<Mention>& out);
    bool group_fits(const GroupCand& g, int want, std::size_t n, const std::vector<std::string>* region,
                    const Entity* of, const std::vector<Mention>& cur) const;

    std::string_view tok(std::size_t i) const { return toks_[i].norm; }
    // per-token caches: gazetteer and office matches (article), cue bits (sentence)
    std::vector<const TokenEntry*> ent_;  // lexicon entry of each token
    std::vector<GazetteerMatch> gaz_;
    std::vector<std::pair<int, std::uint32_t>> off_;
    std::vector<std::uint8_t> cueb_;
    GazetteerMatch gaz(std::size_t i, std::size_t end) const {
        if (i >= toks_.size() || i + gaz_[i].length > end) return {};
        return gaz_[i];
    }
    std::pair<int, std::uint32_t> office_at(std::size_t i, std::size_t end) const {
        if (i >= toks_.size() || i + off_[i].second > end) return {-1, 0};
        return off_[i];
    }
    std::uint8_t cue(std::size_t i) const { return cueb_[i - cs_->b]; }
    std::string span_text(std::uint32_t b, std::uint32_t e) const {
        return std::string(text_.substr(toks_[b].begin, toks_[e - 1].end - toks_[b].begin));
    }

    void split_sentences();
    void count_entities();
    void find_mentions(const Sentence& s, std::vector<Mention>& out);
    // "the two leaders", "both countries": one mention per member of a group, over tokens [b, e).
    void push_group(const std::vector<Entity>& members, std::size_t b, std::size_t e, const Sentence& s,
                    std::vector<Mention>& out) {
        int gid = next_group_++;
        for (auto& ent : members) {
            Mention cm;
            cm.ent = ent;
            cm.b = cm.hb = (std::uint32_t)b;
            cm.e = cm.he = (std::uint32_t)e;
            cm.group = gid;
            cm.cert = 0.75;
            cm.surface = span_text(cm.b, cm.e);
            cm.poss = cm.e < s.e && tok(cm.e) == "'s";
            out.push_back(cm);
        }
    }
    Entity entity_of(std::uint32_t ix) const {
        auto& e = kb_.entities()[ix];
        return {e.id, e.name, e.type};
    }
    int resolve_surfaces(const std::vector<Surface>& cands, std::size_t i, std::size_t len, const Sentence& s);
    std::size_t read_name(std::size_t i, std::size_t end) const;
    bool person_from_name(std::size_t i, std::size_t end, Mention& m, std::size_t& len, bool titled, int office = -1);
    // precision guards (see precision.cpp)
    bool not_asserted(const Trigger& tr, std::size_t tb, std::size_t te, const Mention& om) const;
    bool name_part_before(std::size_t i) const;
    int holder_among(const std::vector<Entity>& cands, int office) const;
    bool not_the_country(const std::vector<Surface>& cands, std::size_t i, std::size_t len, const Sentence& s) const;
    void register_person(const Mention& m);
    // a titled person and the owner of the title ("Kenya's foreign minister, X"): the owner becomes a
    // modifier (cert > 0 replaces its certainty), the person points at it, and is remembered
    void push_titled(std::vector<Mention>& out, Mention owner, Mention person, double cert = -1) {
        owner.modifier = true;
        if (cert > 0) owner.cert = cert;
        out.push_back(std::move(owner));
        person.role_of = (int)out.size() - 1;
        out.push_back(person);
        register_person(out.back());
    }
    std::optional<Entity> role_country_from_kb(const Entity& person, int office, Relation* rel) const;
    void emit_role(const Mention& m, const std::vector<Mention>& ms, std::size_t si);
    std::optional<Entity> context_country(const Mention& m, const std::vector<Mention>& ms) const;
    std::vector<std::string> prev_ctx_;  // countries of the last sentence (roles block: context_country)
    std::size_t prev_ctx_si_ = static_cast<std::size_t>(-1);
    bool clause_break_at(std::size_t i, std::size_t end) const;
    // entities block (people and organizations the KB does not know; definitions before find_mentions)
    bool whose_owner(std::size_t k, const Sentence& s, const std::vector<Mention>& out, Mention& mod) const;
    // roles block (definitions after whose_owner)
    bool pronoun_owner(std::size_t k, const Sentence& s, const std::vector<Mention>& out, Mention& mod) const;
    bool title_of_owner(std::size_t p, const Sentence& s, Mention& mod, bool pred = false);
    bool name_of_country(std::size_t q, const Sentence& s, Mention& mod);
    bool kb_role_on_date(const Entity& person, int office) const;
    bool holder_conflict(const Entity& person, int office, const std::string& of) const;
    std::uint32_t deputy_title(std::size_t i, std::size_t end) const;
    void predicate_roles(const Sentence& s, std::vector<Mention>& out);
    bool affiliation_unknown(std::size_t& i, const Sentence& s, std::vector<Mention>& out);
    bool party_after_of(std::size_t q, const Sentence& s, Entity& party, std::size_t& pb, std::size_t& e);
    bool party_member_unknown(std::size_t& i, const Sentence& s, std::vector<Mention>& out);
    std::pair<int, std::uint32_t> portfolio_minister(std::size_t i, std::size_t end) const;
    bool unknown_org(std::size_t& i, const Sentence& s, std::vector<Mention>& out);
    bool lower_elsewhere(std::string_view w) const;
    // roles block: a role phrase ends here (end of sentence, punctuation, "and", a speech verb, "who")
    bool apposition_end(std::size_t p, std::size_t end) const {
        return p >= end || in_list(tok(p), {",", ".", ";", ")", "and", "said", "says", "told", "who"});
    }
    // roles block: a person the KB does not know, named by tokens [i, i+n)
    Mention unknown_person(std::size_t i, std::size_t n) const {
        Mention pm;
        std::string name = span_text((std::uint32_t)i, (std::uint32_t)(i + n));
        pm.ent = {"person:" + slugify(name), name, EntityType::person};
        pm.b = pm.hb = (std::uint32_t)i;
        pm.e = pm.he = (std::uint32_t)(i + n);
        pm.cert = 0.8;
        return pm;
    }
    std::map<std::string, Entity, std::less<>> org_acronyms_;  // "(GCC)" defined after an unknown organization
    std::size_t headline_si_ = static_cast<std::size_t>(-1);  // sentence judged title case (cache)
    bool headline_ = false;

    // per-sentence relation state
    const Sentence* cs_ = nullptr;
    std::vector<Mention>* cm_ = nullptr;
    std::vector<int> cover_;
    std::vector<const Trigger*> trig_with_needs_, trig_plain_;  // relations(): scratch
    std::vector<char> role_mod_;                                 // run(): scratch
    std::size_t cur_si_ = 0;
    // the subject of the last verb trigger of the sentence starting at vp_sb_ ("X condemned A and urged B")
    std::vector<int> vp_subj_;
    std::size_t vp_sb_ = static_cast<std::size_t>(-1), vp_te_ = 0, vp_cs_ = 0;
    std::size_t vp_tb_ = 0;  // its first token: a second entry of the same words there shares its subject
    std::vector<DateExpr> dates_;
    std::map<std::tuple<std::string, int, std::string>, std::size_t> seen_triples_;  // per sentence

    void relations(const Sentence& s, std::size_t si, std::vector<Mention>& ms);
    bool actor(int k) const { return !(*cm_)[k].modifier && !(*cm_)[k].media; }
    // a mention governed by a preposition ("to the U.S.", "in Peru"): not a subject
    bool governed(const Mention& m) const {
        std::size_t p = m.b;
        while (p > cs_->b && in_list(tok(p - 1), {"the", "a", "an", "its", "their", "his", "her", "both"})) --p;
        if (p <= cs_->b) return false;
        auto w = tok(p - 1);
        return is_preposition(w) && !ieq(w, "of") && !ieq(w, "by") && !ieq(w, "under") && !ieq(w, "including") &&
               !ieq(w, "between") && !ieq(w, "among") && !ieq(w, "like");
    }
    std::vector<int> ending_at(std::size_t e) const;
    // "the Prime Minister (of X)": a person mention that ends in a title, not a name
    bool title_only(const Mention& m) const {
        return in_list(tok(m.e - 1), {"Minister", "President", "Secretary", "Chancellor", "Premier", "King", "Queen",
                                      "Advisor", "Adviser", "Leader", "Ambassador", "minister", "president", "leader"});
    }
    std::vector<int> starting_at(std::size_t b) const;
    std::vector<int> extend_left(std::vector<int> grp) const;
    std::vector<int> extend_right(std::vector<int> grp) const;
    bool speech_at(std::size_t i) const { return cue(i) & KnowledgeBase::cue_speech; }
    std::vector<int> find_subject(std::size_t from, std::size_t& clause_start) const;
    std::vector<int> find_object(std::size_t from, const Trigger& tr, bool noun) const;
    std::vector<int> find_owner(std::size_t noun_b, std::size_t& np_start) const;
    std::vector<int> apposition_left(std::size_t np_start) const;
    int pronoun_subject(std::size_t trigger_b, std::size_t clause_start);
    std::vector<int> speaker_subject(std::size_t trigger_b, std::size_t clause_start) const;
    std::vector<int> quote_speaker(std::size_t trigger_b, std::size_t trigger_e, std::size_t& pronoun) const;
    int person_before(std::size_t p, bool country);  // coreference of his/her/its
    bool try_trigger(std::size_t i, std::size_t len, const Trigger& tr);
    // stance: evaluative predicates ("X said Y's move was illegal", "X called Y's plan a provocation")
    bool evaluative_trigger(std::size_t i, std::size_t len, const Trigger& tr);
    int evaluated_np(std::size_t np_e, std::size_t& np_b) const;
    std::vector<int> trailing_speaker(std::size_t te) const;
    bool evaluative_from(std::size_t p, std::size_t i, std::size_t te, const Trigger& tr);
    bool stance_in_question(const Trigger& tr) const;
    std::vector<int> relative_antecedent(std::size_t subj_b) const;
    bool stance_on_people(const Trigger& tr, std::size_t te, const Mention& om) const;
    bool emit(int subj, int obj, const Trigger& tr, std::size_t tb, std::size_t te, std::size_t clause_start,
              double factor);
    // lists.inc: membership, enlargement, treaty and list patterns; treaties the KB does not know
    void list_patterns(const Sentence& s);
    void claims_where(const Sentence& s);
    int org_description(std::size_t p);
    void unknown_treaties(const Sentence& s, std::vector<Mention>& ms);
    bool emit_pattern(int subj, int obj, Relation rel, std::size_t tb, std::size_t te, std::size_t clause_start,
                      double prior);
    std::vector<int> list_from(std::size_t p, char types) const;
    bool membership_org(const Mention& m) const;
    bool party_descriptions(const Sentence& s, std::size_t i);  // parties block (lists.inc)
    bool treaty_party_list(const Sentence& s, std::size_t i);   // parties block (lists.inc)
    bool admission(const Sentence& s, std::size_t i);           // parties block (lists.inc)
    bool pattern_dates_ = false;  // dates_ found for the sentence list_patterns works on
    mutable bool visit_from_ = false;  // find_object skipped the place a traveller left ("flew from A to B")
    // events block (events.inc): signing, membership, accession and visits beyond a trigger and its object
    void event_patterns(const Sentence& s);
    std::vector<int> signer_list(std::size_t p) const;
    int topic_org(std::size_t b, std::size_t e);
    bool kb_member(int k, int o) const;
    Entity last_desc_treaty_;  // the last agreement the KB does not name that the article says was signed
    std::size_t last_desc_treaty_si_ = 0;
};

void ArticleRun::split_sentences() {
    std::uint32_t start = 0;
    auto n = (std::uint32_t)toks_.size();
    auto blank_before = [&](std::uint32_t i) {
        if (!(toks_[i].flags & tok_newline_before) || i == 0) return false;
        auto gap = text_.substr(toks_[i - 1].end, toks_[i].begin - toks_[i - 1].end);
        return std::count(gap.begin(), gap.end(), '\n') >= 2;
    };
    for (std::uint32_t i = 0; i < n; ++i) {
        bool brk = false;
        if (i > start && (toks_[i].flags & tok_newline_before)) {
            if (blank_before(i)) brk = true;
            // list items and headings start a new sentence
            auto w = tok(i);
            if (w == "-" || w == "*" || w == "#" || w == "•" || w == "|") brk = true;
        }
        if (brk) {
            sents_.push_back({start, i});
            start = i;
        }
        auto w = tok(i);
        if ((toks_[i].flags & tok_punct) && (w == "." || w == "!" || w == "?" || w == "...")) {
            std::uint32_t j = i + 1;
            while (j < n && (tok(j) == "\"" || tok(j) == "'" || tok(j) == ")") && !(toks_[j].flags & tok_space_before)) ++j;
            if (j >= n || (toks_[j].flags & tok_space_before)) {
                if (j >= n || is_cap_word(toks_[j]) || (toks_[j].flags & tok_digit) || tok(j) == "\"" ||
                    (toks_[j].flags & tok_newline_before) || tok(j) == "(" || tok(j) == "'") {
                    sents_.push_back({start, j});
                    start = j;
                    i = j - 1;
                }
            }
        }
    }
    if (start < n) sents_.push_back({start, n});
}

void ArticleRun::count_entities() {
    std::map<std::string, int> country_count;
    std::string first_country;
    const std::size_t n = toks_.size();
    gaz_.assign(n, GazetteerMatch{});
    ent_.assign(n, nullptr);
    off_.assign(n, {-1, 0});
    // one hash per token, for the lexicon lookup and for the later tokens of the gazetteer's phrases
    static thread_local std::vector<std::uint64_t> hash;
    hash.resize(n);
    for (std::size_t i = 0; i < n; ++i) hash[i] = KnowledgeBase::token_hash(toks_[i].norm);
    for (std::size_t i = 0; i < n; ++i) ent_[i] = kb_.entry(toks_[i].norm, hash[i]);
    std::size_t skip_to = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const TokenEntry* te = ent_[i];
        if (!te || !(toks_[i].flags & tok_word)) continue;
        auto m = kb_.match(toks_, hash.data(), i, n, te);
        gaz_[i] = m;
        off_[i] = kb_.match_office(toks_, i, n, te);
        if (m.length == 0 || i < skip_to) continue;
        skip_to = i + m.length;
        if (m.surfaces->size() == 1 && !(*m.surfaces)[0].ambiguous) {
            auto ix = (*m.surfaces)[0].entity;
            ++entity_count_[ix];
            auto& e = kb_.entities()[ix];
            if (e.type == EntityType::country) {
                ++country_count[e.id];
                if (first_country.empty()) first_country = e.id;
            }
        }
    }
    // mentions block: a known person named in the article is evidence for the country they lead or
    // serve on the article date ("King Abdullah II" for "Jordan", "Saakashvili" for "Georgia"), so
    // that an ambiguous country name ("Jordan", "Chad", "Georgia") with no unambiguous mention resolves
    // (only in resolve_surfaces, through role_evidence_)
    for (const auto& [ix, c] : entity_count_) {
        const auto& pe = kb_.entities()[ix];
        if (pe.type != EntityType::person) continue;
        for (const auto& r : pe.roles) {
            if (r.relation != Relation::leader_of && r.relation != Relation::official_of) continue;
            if (r.of.size() != 11 || r.of.compare(0, 8, "country:") != 0) continue;
            bool covers = a_.date.empty() || ((r.from.empty() || r.from.substr(0, 4) <= a_.date.substr(0, 4)) &&
                                              (r.to.empty() || r.to.substr(0, 4) >= a_.date.substr(0, 4)));
            if (!covers) continue;
            if (auto cix = kb_.find(r.of)) ++role_evidence_[*cix];
        }
    }
    int best = 0;
    for (auto& [id, c] : country_count)
        if (c > best || (c == best && id == first_country)) best = c, main_country_ = id;
}

// Chooses among a surface's candidates from article context; -1 = leave out.
int ArticleRun::resolve_surfaces(const std::vector<Surface>& cands, std::size_t i, std::size_t len,
                                 const Sentence& s) {
    if (cands.empty()) return -1;
    if (not_the_country(cands, i, len, s)) return -1;
    bool ambiguous = cands.size() > 1 || cands[0].ambiguous;
    if (!ambiguous) return 0;
    // a capitalized word right after or before (not an entity, not sentence-initial) makes it a name part
    std::size_t after = i + len;
    if (after < s.e && is_cap_word(toks_[after]) && !kb_.is_name_stopword(tok(after))) {
        auto m = gaz(after, s.e);
        auto [oi, ol] = office_at(after, s.e);
        if (m.length == 0 && ol == 0) return -1;
    }
    if (i > s.b && is_cap_word(toks_[i - 1]) && !kb_.is_name_stopword(tok(i - 1)) &&
        !(toks_[i - 1].flags & tok_newline_before) && i - 1 != s.b) {
        auto m = gaz(i - 1, s.e);
        auto [oi, ol] = office_at(i - 1, s.e);
        if (m.length == 0 && ol == 0) return -1;
    }
    int best = -1;
    std::uint32_t best_n = 0, others = 0;
    for (std::size_t k = 0; k < cands.size(); ++k) {
        auto it = entity_count_.find(cands[k].entity);
        std::uint32_t n = it == entity_count_.end() ? 0 : it->second;
        if (auto re = role_evidence_.find(cands[k].entity); re != role_evidence_.end()) n += re->second;
        if (n > best_n) {
            others += best_n;
            best_n = n;
            best = (int)k;
        } else {
            others += n;
        }
    }
    if (best < 0 || best_n == 0) return -1;
    if (others == 0) return best;
    if (best_n >= 2 && best_n >= 3 * others) return best;
    return -1;
}

// Length of a capitalized name at i (unknown person): 2..4 capitalized words,
// initials ("R."), hyphenated parts ("Jae-in"). 0 if none.
std::size_t ArticleRun::read_name(std::size_t i, std::size_t end) const {
    std::size_t j = i, words = 0;
    while (j < end) {
        const auto& t = toks_[j];
        if (!is_cap_word(t) || kb_.is_name_stopword(t.norm)) break;
        if (words > 0 && (t.flags & tok_newline_before) && false) break;
        // stop before a KB entity that is not a person (a country after a name is a new phrase)
        if (words > 0) {
            auto m = gaz(j, end);
            if (m.length && !m.surfaces->empty() && kb_.entities()[(*m.surfaces)[0].entity].type != EntityType::person)
                break;
        }
        ++j;
        ++words;
        // hyphenated continuation: "Soo-hyuck", "Jae-in"
        while (j + 1 < end && tok(j) == "-" && !(toks_[j].flags & tok_space_before) &&
               (toks_[j + 1].flags & tok_word) && !(toks_[j + 1].flags & tok_space_before))
            j += 2;
        if (words >= 4) break;
    }
    if (words < 2) return 0;
    return j - i;
}

void ArticleRun::register_person(const Mention& m) {
    if (m.ent.type != EntityType::person) return;
    PersonRec rec{m.ent, m.office, m.role_of >= 0 ? std::string() : m.role_of_ent.id, m.role_title};
    // surname keys: last token, first token (family-name-first names), KB surname
    auto toks = tokenize(m.ent.name);
    std::vector<std::string> keys;
    if (!toks.empty()) {
        keys.emplace_back(toks.back().norm);
        keys.emplace_back(toks.front().norm);
        // hyphenated given names: "Moon Jae - in" -> "Moon"
    }
    if (auto ix = kb_.find(m.ent.id)) keys.push_back(kb_.entities()[*ix].surname);
    for (std::size_t n = keys.size(), x = 0; x < n; ++x)  // "Deby" finds "Déby"
        if (auto f = fold_diacritics(keys[x]); f != keys[x]) keys.push_back(std::move(f));
    for (auto& k : keys) {
        if (k.empty()) continue;
        auto& v = surname_map_[k];
        bool found = false;
        for (auto& r : v)
            if (r.ent.id == m.ent.id) {
                found = true;
                if (m.office >= 0) r.office = m.office;
            }
        if (!found) v.push_back(rec);
    }
    persons_seen_.push_back(rec);
}

// Known person or unknown name at i. `titled`: a title precedes (unknown names allowed).
bool ArticleRun::person_from_name(std::size_t i, std::size_t end, Mention& m, std::size_t& len, bool titled,
                                  int office) {
    if (i >= end || !is_cap_word(toks_[i])) return false;
    if (name_part_before(i)) {  // "Mahamat" + "Idriss Deby", "Hunter" + "Biden": a longer name
        // unless a spelling variant of the given name of the one KB person with this surname
        // ("Yuriy Ushakov" for "Yuri Ushakov")
        auto* v = kb_.by_surname(tok(i));
        bool variant = v && v->size() == 1 && !(i + 1 < end && is_cap_word(toks_[i + 1])) &&
                       kb_.entities()[(*v)[0]].given_first && kb_.entities()[(*v)[0]].name[0] == tok(i - 1)[0] &&
                       kb_.entities()[(*v)[0]].name.rfind(std::string(tok(i - 1)).substr(0, 3), 0) == 0;
        if (!variant) return false;
    }
    if (false) return false;  // "Mahamat" + "Idriss Deby": a longer name
    auto g = gaz(i, end);
    if (g.length && g.surfaces->size() == 1 && kb_.entities()[(*g.surfaces)[0].entity].type == EntityType::person) {
        m.ent = entity_of((*g.surfaces)[0].entity);
        len = g.length;
        m.cert = 1.0;
        return true;
    }
    if (g.length && !g.surfaces->empty()) return false;  // a country/org, not a name
    if (titled) {
        std::size_t n = read_name(i, end);
        if (n < 2) n = read_full_name(i, end);  // roles block: "Abdullatif al-Zayani"
        if (n >= 2) {
            // a known surname inside ("Anthony Blinken" misspelled): prefer the KB person with that surname+given initial
            std::string name = span_text((std::uint32_t)i, (std::uint32_t)(i + n));
            auto last = tok(i + n - 1);
            if (auto* v = kb_.by_surname(last); v && v->size() == 1) {
                auto& e = kb_.entities()[(*v)[0]];
                // same first letter of the given name: a spelling variant of the same person
                // (roles block: and the same first consonants after it, "Antony"/"Anthony", "Sergei"/"Sergey",
                // "Mohammed"/"Muhammad", but not "Rogelio Ramirez" for "Rafael Ramirez")
                auto skel = [](std::string_view g) {
                    std::string k;
                    for (std::size_t x = 1; x < g.size() && g[x] != ' ' && k.size() < 2; ++x) {
                        char c = (char)(g[x] | 0x20);
                        if (c == 'k' || c == 'q') c = 'c';
                        if (c >= 'a' && c <= 'z' && !std::strchr("aeiouyh", c) && (k.empty() || k.back() != c)) k += c;
                    }
                    return k;
                };
                // (a short form may stop early, "Mike"/"Michael", "Ali"/"Alejandro"; "Al Sisi": an article)
                auto ks = skel(e.name), ns = skel(name);
                bool same_given = ks.rfind(ns, 0) == 0 || ns.rfind(ks, 0) == 0 || in_list(tok(i), {"al", "el"});
                if (!e.name.empty() && e.name[0] == name[0] && e.given_first && same_given) {
                    m.ent = entity_of((*v)[0]);
                    len = n;
                    m.cert = 0.85;
                    return true;
                }
            } else if (v && v->size() > 1) {
                std::vector<Entity> cands;
                for (auto ix : *v)
                    if (!kb_.entities()[ix].name.empty() && kb_.entities()[ix].name[0] == name[0])
                        cands.push_back(entity_of(ix));
                if (int k = holder_among(cands, office); k >= 0) {
                    m.ent = cands[k];
                    len = n;
                    m.cert = 0.8;
                    return true;
                }
            }
            m.ent = {"person:" + slugify(name), name, EntityType::person};
            len = n;
            m.cert = 0.85;
            return true;
        }
    }
    // single surname: coreference, then a unique KB surname
    std::string_view w = tok(i);
    if (auto it = surname_map_.find(w); it != surname_map_.end()) {
        if (it->second.size() == 1) {
            m.ent = it->second[0].ent;
            len = 1;
            m.cert = 0.9;
            return true;
        }
        // two people with that surname in this article: the one holding the title's office then, else leave out
        std::vector<Entity> cands;
        for (auto& r : it->second) cands.push_back(r.ent);
        if (int k = holder_among(cands, office); k >= 0) {
            m.ent = cands[k];
            len = 1;
            m.cert = 0.85;
            return true;
        }
        return false;
    }
    if (kb_.is_name_stopword(w)) return false;
    if (i + 1 < end && is_cap_word(toks_[i + 1]) && !kb_.is_name_stopword(tok(i + 1))) return false;
    // "President Bush", "President Kenyatta": of the people with that surname, the one holding the
    // title's office on the article date (a family of office holders, a common surname)
    if (auto* v = kb_.by_surname(w); v && office >= 0) {
        std::vector<Entity> cands;
        for (auto ix : *v) cands.push_back(entity_of(ix));
        if (int k = holder_among(cands, office); k >= 0) {
            m.ent = cands[k];
            len = 1;
            m.cert = 0.8;
            return true;
        }
        // mentions block: nobody holds it on the article date ("Australian Prime Minister Howard" recalled
        // later): the one of them who ever held that office of a country the article names, if only one did
        const auto& okey = kb_.offices()[office].office;
        int ever = -1;
        for (std::size_t k = 0; k < v->size() && ever != -2; ++k)
            for (const auto& r : kb_.entities()[(*v)[k]].roles) {
                if (r.office != okey) continue;
                auto cix = kb_.find(r.of);
                if (!cix || !entity_count_.count(*cix)) continue;
                ever = ever < 0 ? (int)k : (ever == (int)k ? ever : -2);
            }
        if (ever >= 0) {
            m.ent = cands[ever];
            len = 1;
            m.cert = 0.75;
            return true;
        }
    }
    if (kb_.is_ambiguous_surname(w)) return false;
    if (auto* v = kb_.by_surname(w); v && v->size() == 1) {
        m.ent = entity_of((*v)[0]);
        len = 1;
        m.cert = titled ? 0.85 : 0.75;
        return true;
    }
    return false;
}

std::optional<Entity> ArticleRun::role_country_from_kb(const Entity& person, int office, Relation* rel) const {
    auto ix = kb_.find(person.id);
    if (!ix) return std::nullopt;
    auto& e = kb_.entities()[*ix];
    const KbRole* best = nullptr;
    std::string okey = office >= 0 ? kb_.offices()[office].office : std::string();
    for (auto& r : e.roles) {
        if (!okey.empty() && r.office != okey) continue;
        bool covers = a_.date.empty() || ((r.from.empty() || r.from.substr(0, 4) <= a_.date.substr(0, 4)) &&
                                          (r.to.empty() || r.to.substr(0, 4) >= a_.date.substr(0, 4)));
        if (!best || covers) best = &r;
        if (covers) break;
    }
    if (!best) return std::nullopt;
    auto oix = kb_.find(best->of);
    if (!oix) return std::nullopt;
    if (rel) *rel = best->relation;
    return entity_of(*oix);
}

bool ArticleRun::clause_break_at(std::size_t i, std::size_t end) const {
    auto w = tok(i);
    if (w == ";" || w == ":") return true;
    return cue(i) & KnowledgeBase::cue_clause;
}

// "the agreement", "the trade pact", "the islands": the treaty or place of that kind named
// last, within the previous three sentences. Only a bare definite noun phrase (the, at most
// two lower-case modifiers, the head) that does not go on to describe something new
// ("the agreement between X and Y", "the deal on Z", "the Paris accord") is resolved.
bool ArticleRun::definite_description(std::size_t i, const Sentence& s, Mention& out) const {
    std::size_t si = cur_si_;
    std::size_t q = i + 1;
    for (int guard = 0; guard < 3 && q < s.e; ++guard, ++q) {
        const auto& t = toks_[q];
        auto w = t.norm;
        bool treaty_head = in_list(w, {"agreement", "deal", "accord", "pact", "treaty", "convention", "protocol",
                                       "initiative", "declaration"});
        bool place_head = in_list(w, {"islands", "island", "archipelago", "strait"});
        bool memo = ieq(w, "memorandum");
        if ((treaty_head || place_head || memo) && is_lower_word(t)) {
            std::size_t e = q + 1;
            if (e < s.e && (in_list(tok(e), {"of", "between", "among", "with", "on", "to", "for", "that", "which"}) ||
                            is_cap_word(toks_[e]) || tok(e) == "-" || tok(e) == "("))
                return false;
            // events block: an agreement the KB does not name, reported signed in the last three sentences
            // with no named treaty since ("A and B signed a security pact. The deal was signed by ...")
            if ((treaty_head || memo) && !last_desc_treaty_.id.empty() && last_desc_treaty_si_ < si &&
                si - last_desc_treaty_si_ <= 3 && (last_treaty_ == npos32 || last_treaty_si_ < last_desc_treaty_si_) &&
                !ieq(w, "declaration") && !ieq(w, "initiative")) {
                out.ent = last_desc_treaty_;
                out.b = out.hb = (std::uint32_t)i;
                out.e = out.he = (std::uint32_t)e;
                out.kind = SurfaceKind::name;
                out.surface = span_text(out.b, out.e);
                out.cert = 0.7;
                out.desc = true;
                out.poss = e < s.e && tok(e) == "'s";
                return true;
            }
            if (memo) return false;
            std::uint32_t ref = treaty_head ? last_treaty_ : last_place_;
            std::size_t rsi = treaty_head ? last_treaty_si_ : last_place_si_;
            bool decl = ieq(w, "declaration"), init = ieq(w, "initiative");
            auto treaty_fits = [&](std::uint32_t ix) {
                const auto& k = kb_.entities()[ix].kind;
                return decl == (k == "declaration") && init == (k == "initiative");
            };
            bool wide = false;
            if (treaty_head && ref != npos32 && rsi <= si && si - rsi > 3) {
                // coref block: further back, a sentence opening with "The pact ..." (the topic taken up
                // again, not an agreement brought up in passing) is the one treaty the whole article
                // names, when no other agreement ("a trade deal", "a new pact") was brought up since it
                std::size_t first = s.b;
                while (first < s.e && (toks_[first].flags & tok_punct)) ++first;
                if (i != first || treaties_named_.size() != 1 || unknown_treaty_named_ ||
                    unnamed_treaty_between(last_treaty_end_, i))
                    return false;
                wide = true;
            }
            if (ref == npos32 || rsi > si || (si - rsi > 3 && !wide)) return false;
            const auto& ke = kb_.entities()[ref];
            if (treaty_head) {
                if (!treaty_fits(ref)) return false;
            } else {
                bool islands = !ieq(w, "strait");
                if (islands != (ke.kind == "islands")) return false;
                if (!islands && ke.kind != "strait") return false;
            }
            out.ent = entity_of(ref);
            out.b = (std::uint32_t)i;
            out.e = (std::uint32_t)e;
            out.hb = out.b;
            out.he = out.e;
            out.kind = SurfaceKind::name;
            out.surface = span_text(out.b, out.e);
            out.cert = wide ? 0.7 : 0.75;
            out.desc = true;
            out.poss = e < s.e && tok(e) == "'s";
            return true;
        }
        // modifiers: a domain word ("the trade pact", "the nuclear deal", "the landmark accord"); an
        // evaluative or ordering adjective ("a comprehensive deal", "the first accord") may describe another
        if (!is_lower_word(t) ||
            !in_list(w, {"trade", "nuclear", "security", "defence", "defense", "peace", "climate", "landmark",
                         "historic", "bilateral", "trilateral", "maritime", "military", "economic", "arms",
                         "investment", "border", "ceasefire", "disputed", "contested"}))
            return false;
    }
    return false;
}

// coref block: an agreement the KB does not name ("a free trade agreement", "another deal") between
// tokens b and e, which "the deal" after it may mean as well.
bool ArticleRun::unnamed_treaty_between(std::size_t b, std::size_t e) const {
    for (std::size_t p = b; p < e && p < toks_.size(); ++p) {
        if (!in_list(tok(p), {"a", "an", "another", "new", "second", "separate", "other"})) continue;
        for (std::size_t q = p + 1; q < e && q < p + 5; ++q)
            if (is_lower_word(toks_[q]) && in_list(tok(q), {"agreement", "deal", "accord", "pact", "treaty", "convention",
                                                            "protocol", "agreements", "deals", "accords", "pacts", "treaties"}))
                return true;
    }
    return false;
}

// The role the KB gives `person` in country/organization `of` on the article date (nullptr: none
// known, or no article date).
const KbRole* ArticleRun::dated_role(std::uint32_t person, std::string_view of) const {
    if (a_.date.empty()) return nullptr;
    std::string_view d = a_.date;
    for (const auto& r : kb_.entities()[person].roles) {
        if (r.of != of) continue;
        bool after = r.from.empty() || r.from.substr(0, std::min(r.from.size(), d.size())) <= d.substr(0, std::min(r.from.size(), d.size()));
        bool before = r.to.empty() || r.to.substr(0, std::min(r.to.size(), d.size())) >= d.substr(0, std::min(r.to.size(), d.size()));
        if (after && before) return &r;
    }
    return nullptr;
}

// ------------------------------------------------------------------ entities: unknown people's roles
//
// Shapes of a title whose holder the KB may not know.

// "the Democratic Republic of the Congo, whose president, X, ...", "Nigeria, whose foreign minister X":
// the country/organization mention ending right before ", whose" is the owner of the office after
// "whose" (returned as a possessive modifier). Nothing when no office follows.
bool ArticleRun::whose_owner(std::size_t k, const Sentence& s, const std::vector<Mention>& out, Mention& mod) const {
    if (k + 1 >= s.e || k < s.b + 2 || !ieq(tok(k), "whose") || tok(k - 1) != "," || out.empty()) return false;
    const Mention& prev = out.back();
    if (prev.e != k - 1 || prev.modifier || prev.locative || prev.media || prev.group >= 0 || prev.desc) return false;
    if (prev.ent.type != EntityType::country && prev.ent.type != EntityType::organization) return false;
    if (!office_at(k + 1, s.e).second && !portfolio_minister(k + 1, s.e).second) return false;
    mod = prev;
    mod.poss = true;
    mod.cert = std::min(prev.cert, 0.9);
    return true;
}

// ---------------------------------------------------------------- roles block
bool org_head_noun(std::string_view w);
// Titles whose owner is written around them rather than before them: a possessive pronoun ("its
// deputy defence minister X", "his defence minister, X"), an "of" phrase after the title ("the
// Chairperson of the African Union Commission, X") or after the name ("Prime Minister X of Tuvalu").

// "his"/"her"/"its"/"their" before a title: the country of the person or the country/organization
// the pronoun refers to (the last one named in the sentence, else the last acting one), as a
// possessive modifier. Only when a title follows.
bool ArticleRun::pronoun_owner(std::size_t k, const Sentence& s, const std::vector<Mention>& out, Mention& mod) const {
    if (k + 1 >= s.e) return false;
    {  // (runs on every word: plain character tests first)
        // ("their" may be people as well as countries: left out)
        auto w = tok(k);
        char c0 = (char)(w.empty() ? 0 : (w[0] | 0x20));
        bool pron = w.size() == 3 && ((c0 == 'h' && ((w[1] == 'i' && w[2] == 's') || (w[1] == 'e' && w[2] == 'r'))) ||
                                      (c0 == 'i' && w[1] == 't' && w[2] == 's'));
        if (!pron) return false;
    }
    std::size_t q = k + 1;
    for (int g = 0; g < 2 && q < s.e && !office_at(q, s.e).second && is_lower_word(toks_[q]) &&
                    in_list(tok(q), {"top", "chief", "senior", "new", "acting", "longtime", "veteran", "powerful"});
         ++g)
        ++q;
    auto [oi, ol] = office_at(q, s.e);
    if (!ol && q + 1 < s.e && toks_[q + 1].norm.size() == 8 && ieq(tok(q + 1), "minister"))
        std::tie(oi, ol) = portfolio_minister(q, s.e);
    if (!ol) return false;
    // a generic title after a pronoun ("his adviser", "its official", "her spokesman") names nobody's office
    const auto& okey = kb_.offices()[oi].office;
    if (okey == "official" && !deputy_title(q, s.e)) return false;
    if (okey == "legislator" || okey == "director") return false;  // "his representative", "its head"
    Entity owner;
    bool person_pron = ieq(tok(k), "his") || ieq(tok(k), "her");
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (it->modifier || it->locative || it->media || it->group >= 0) continue;
        if (person_pron) {
            if (it->ent.type != EntityType::person) continue;
            auto c = person_country(it->ent, out);
            if (c.empty()) return false;
            if (auto ix = kb_.find(c)) owner = entity_of(*ix);
            break;
        }
        if (it->ent.type == EntityType::person) return false;  // "its" after a person: unclear
        if (it->poss) return false;  // "Ecuador's gangs ... and its leader": the possessed thing's
        // an unknown name between ("Ecuador, Los Choneros and its leader"): that may be "it"
        for (std::size_t x = it->e; x < k; ++x)
            if (is_cap_word(toks_[x]) && x > s.b && std::none_of(out.begin(), out.end(), [&](const Mention& mm) {
                    return mm.b <= x && x < mm.e;
                }))
                return false;
        // "Russia, which sold arms to the Myanmar military, sent its ...": not an object of a preposition
        std::size_t pb = it->b;
        while (pb > s.b && in_list(tok(pb - 1), {"the", "a", "an"})) --pb;
        if (pb > s.b && is_preposition(tok(pb - 1)) && !ieq(tok(pb - 1), "of")) continue;
        if (it->ent.type == EntityType::country || it->ent.type == EntityType::organization) {
            owner = it->ent;
            break;
        }
    }
    if (owner.id.empty() && person_pron && !salient_person_.id.empty() && salient_person_si_ + 1 >= cur_si_) {
        auto c = person_country(salient_person_, out);
        if (auto ix = c.empty() ? std::nullopt : kb_.find(c)) owner = entity_of(*ix);
    }
    if (owner.id.empty() && !person_pron && !out.empty()) return false;  // only people before "its": unclear
    if (owner.id.empty() && !person_pron) owner = last_actor_country_;
    if (owner.id.empty()) return false;
    mod = Mention{};
    mod.ent = owner;
    mod.b = mod.hb = (std::uint32_t)k;
    mod.e = mod.he = (std::uint32_t)(k + 1);
    mod.surface = std::string(tok(k));
    mod.poss = true;
    mod.cert = 0.8;
    return true;
}

// "deputy" + a title ("deputy defence minister", "deputy chairman"): the length of the title after
// "deputy"/"vice" (the office stays the generic deputy's: an official, not the head), else 0.
std::uint32_t ArticleRun::deputy_title(std::size_t i, std::size_t end) const {
    if (i + 1 >= end || !in_list(tok(i), {"deputy", "vice"})) return 0;
    if (auto [oi, ol] = office_at(i + 1, end); ol) return ol;
    if (auto [oi, ol] = portfolio_minister(i + 1, end); ol) return ol;
    return 0;
}

// "of [the] X" after a title: X a country/organization by name or body, or a demonym/possessive
// country with the body it owns ("of the Belarusian air force", "of Russia's Security Council").
// mod.e is the end of the whole phrase; the next token must be a comma or a capitalized name.
bool ArticleRun::title_of_owner(std::size_t p, const Sentence& s, Mention& mod, bool pred) {
    if (p + 1 >= s.e || !ieq(tok(p), "of")) return false;
    std::size_t q = p + 1;
    if (q < s.e && ieq(tok(q), "the")) ++q;
    auto g = gaz(q, s.e);
    if (!g.length || g.surfaces->empty()) return false;
    int c = resolve_surfaces(*g.surfaces, q, g.length, s);
    if (c < 0) return false;
    const auto& su = (*g.surfaces)[c];
    auto ty = kb_.entities()[su.entity].type;
    if (ty != EntityType::country && ty != EntityType::organization) return false;
    if (su.kind != SurfaceKind::name && su.kind != SurfaceKind::body && su.kind != SurfaceKind::demonym) return false;
    std::size_t e = q + g.length;
    bool owns = su.kind == SurfaceKind::demonym;
    if (e < s.e && tok(e) == "'s") ++e, owns = true;
    if (owns) {  // the body it owns: one to three words, no entity
        std::size_t w = 0;
        // not the state's: "the Belarusian opposition", "Syria's rebels", "the Tibetan government-in-exile"
        if (e < s.e && in_list(tok(e), {"opposition", "rebels", "rebel", "exile", "exiles", "diaspora", "insurgents",
                                        "separatists", "dissidents", "protesters", "community"}))
            return false;
        while (e < s.e && w < 3 && (toks_[e].flags & tok_word) && !(toks_[e].flags & tok_digit) &&
               (!gaz(e, s.e).length || (!gaz(e, s.e).surfaces->empty() &&
                                        kb_.entities()[(*gaz(e, s.e).surfaces)[0].entity].type == EntityType::organization)) &&
               !is_function_word(tok(e)) && !is_determiner(tok(e)))
            ++e, ++w;
        if (w == 0) return false;
    }
    // an organization's own body named after it: "the African Union Commission", "the NATO Council"
    if (!owns && ty == EntityType::organization)
        for (int w = 0; w < 2 && e < s.e && is_cap_word(toks_[e]) && org_head_noun(tok(e)); ++w) ++e;
    if (!pred && (e >= s.e || !(tok(e) == "," || is_cap_word(toks_[e])))) return false;
    // a name right after it without a comma: only a person the KB knows ("President of Belarus Alexander
    // Lukashenko"); otherwise the capitalized words go on naming a body ("the United States Postal Service")
    if (!pred && tok(e) != ",") {
        auto g2 = gaz(e, s.e);
        if (!g2.length || g2.surfaces->empty() || kb_.entities()[(*g2.surfaces)[0].entity].type != EntityType::person)
            return false;
    }
    mod = Mention{};
    mod.ent = entity_of(su.entity);
    mod.kind = su.kind;
    mod.b = mod.hb = (std::uint32_t)q;
    mod.he = (std::uint32_t)(q + g.length);
    mod.e = (std::uint32_t)e;
    if (su.kind != SurfaceKind::name) mod.surface = span_text(mod.hb, mod.he);
    mod.cert = 0.9;
    return true;
}

// "of [the] Tuvalu" right after a titled name: the country whose office it is (a country by name,
// ending the noun phrase).
bool ArticleRun::name_of_country(std::size_t q, const Sentence& s, Mention& mod) {
    if (q < s.e && ieq(tok(q), "the")) ++q;
    auto g = gaz(q, s.e);
    if (!g.length || g.surfaces->empty()) return false;
    int c = resolve_surfaces(*g.surfaces, q, g.length, s);
    if (c < 0) return false;
    const auto& su = (*g.surfaces)[c];
    if (kb_.entities()[su.entity].type != EntityType::country || su.kind != SurfaceKind::name) return false;
    std::size_t e = q + g.length;
    if (e < s.e && (tok(e) == "'s" || is_cap_word(toks_[e]) || tok(e) == "-")) return false;
    mod = Mention{};
    mod.ent = entity_of(su.entity);
    mod.b = mod.hb = (std::uint32_t)q;
    mod.e = mod.he = (std::uint32_t)e;
    mod.cert = 0.9;
    return true;
}

// Roles stated by predication about a person already found: a copula or appointment verb and a
// title with its owner ("X has been President of Belarus since 1994", "X, now deputy chairman of
// Russia's Security Council", "X became Japan's prime minister", "X on her appointment as President
// of the NDB"), a heading verb ("X, who heads the IAEA", "X chairs the bloc"), and a successor or
// predecessor of a person whose office the article or the KB gives ("Abe's successor, Yoshihide
// Suga"). No modal, negation or intention word may stand between the name and the title.
void ArticleRun::predicate_roles(const Sentence& s, std::vector<Mention>& out) {
    const std::size_t n0 = out.size();
    auto mention_at = [&](std::size_t b, EntityType t1, EntityType t2) -> int {
        for (std::size_t k = 0; k < out.size(); ++k)
            if (out[k].b == b && !out[k].modifier && !out[k].locative && !out[k].media && out[k].group < 0 &&
                (out[k].ent.type == t1 || out[k].ent.type == t2))
                return (int)k;
        return -1;
    };
    for (std::size_t k = 0; k < n0; ++k) {
        if (out[k].ent.type != EntityType::person || out[k].modifier || out[k].group >= 0 || out[k].desc || out[k].poss)
            continue;
        const bool titled = out[k].office >= 0;  // a second office needs its owner written ("former President X, now ...")
        std::size_t q = out[k].e;
        if (titled && (q >= s.e || tok(q) != ",")) continue;
        // the rest of a KB name read in part ("Sheikh Abdullah bin Zayed" + "Al Nahyan")
        if (q < s.e && is_cap_word(toks_[q]))
            if (auto pix = kb_.find(out[k].ent.id))
                for (int g = 0; g < 3 && q < s.e && (is_cap_word(toks_[q]) || tok(q) == "-" || ieq(tok(q), "al")) &&
                                kb_.entities()[*pix].name.find(tok(q)) != std::string::npos;
                     ++g)
                    ++q;
        if (q >= s.e) continue;
        // "X of the centre-right Y Party": member_of the party
        if (ieq(tok(q), "of") && !titled) {
            Entity party;
            std::size_t pb = 0, pe = 0;
            if (party_after_of(q + 1, s, party, pb, pe) &&
                apposition_end(pe, s.e)) {
                emit_struct(out[k].ent, Relation::member_of, party, out[k].b, (std::uint32_t)pe, "Member", 0.8);
                continue;
            }
        }
        bool past = false, copula = false, as_ = false;
        // ", now" / ", who is" / ", who has been" / ", the Emirati foreign minister"
        std::size_t r = q;
        bool appos = false;
        if (tok(r) == "," && r + 1 < s.e) {
            ++r;
            if (ieq(tok(r), "who") && r + 1 < s.e) ++r;
            else if (!in_list(tok(r), {"now", "currently"})) appos = true;
        }
        auto w = tok(r);
        if (appos) copula = true;
        else if (in_list(w, {"now", "currently"})) copula = true, ++r;
        else if (in_list(w, {"is", "remains", "became", "becomes"})) copula = true, ++r;
        else if (ieq(w, "was") || ieq(w, "had")) copula = past = true, ++r;
        else if (ieq(w, "has")) copula = true, ++r;
        else if (in_list(w, {"heads", "leads", "chairs", "headed", "led", "chaired"})) {
            // "X, who heads the IAEA", "X chairs the bloc": the organization/country right after; a past
            // form only in a relative clause ("X, who led Japan from 2012")
            bool past_form = in_list(w, {"headed", "led", "chaired"});
            if (past_form && !(r > q && ieq(tok(r - 1), "who"))) continue;
            std::size_t o = r + 1;
            int oi = mention_at(o, EntityType::country, EntityType::organization);
            if (oi < 0 && o + 1 < s.e && ieq(tok(o), "the")) oi = mention_at(o + 1, EntityType::country, EntityType::organization);
            // by name only ("leads the Hungarian delegation" is no role), not a possessor
            if (oi < 0 || out[oi].poss || out[oi].kind != SurfaceKind::name || !out[oi].via.empty()) continue;
            // the object ends its noun phrase: "leads Russia's delegation", "leads NATO forces" are no roles
            std::size_t oe = out[oi].e;
            if (oe < s.e && (toks_[oe].flags & tok_word) && !is_function_word(tok(oe)) && !ieq(tok(oe), "and")) continue;
            bool chair = w[0] == 'c' || w[0] == 'C';
            emit_struct(out[k].ent, Relation::leader_of, out[oi].ent, out[k].b, (std::uint32_t)oe, chair ? "Chair" : "Leader",
                        0.8, past_form ? "former" : "current");
            continue;
        } else {
            // "on her appointment as", "was sworn in as", "took office as": a few plain words, then "as"
            bool as_near = false;
            for (std::size_t a = r; a < s.e && a <= r + 4 && !as_near; ++a) as_near = toks_[a].norm.size() == 2 && ieq(tok(a), "as");
            if (!as_near) continue;
            std::size_t a = r, words = 0;
            while (a < s.e && words < 4 && is_lower_word(toks_[a]) && !ieq(tok(a), "as") &&
                   in_list(tok(a), {"on", "upon", "after", "following", "her", "his", "their", "appointment", "election",
                                    "re-election", "confirmation", "swearing", "sworn", "in", "took", "takes", "office",
                                    "elected", "appointed", "named", "installed", "reelected", "re-elected", "serving",
                                    "served", "serves", "has", "been", "was", "is", "capacity"}))
                ++a, ++words;
            if (a >= s.e || !ieq(tok(a), "as")) continue;
            // "recognised X as interim president": a bare "as" after an object is an attribution, not a role
            if (words == 0 && out[k].b > s.b && is_lower_word(toks_[out[k].b - 1])) continue;
            if (words > 0 && in_list(tok(a - 1), {"served", "was"})) past = true;
            as_ = true;
            r = a + 1;
        }
        if (copula) {
            // "who is also", "is still", "was also": an adverb between copula and title
            if (r < s.e && in_list(tok(r), {"also", "still"})) ++r;
            // "has been", "had been", "was elected", "was appointed", "has served as"
            if (r < s.e && ieq(tok(r), "been")) ++r;
            if (r < s.e && in_list(tok(r), {"elected", "appointed", "named", "reelected", "re-elected", "installed", "sworn"})) {
                past = false;
                ++r;
                if (r < s.e && ieq(tok(r), "in")) ++r;
                if (r < s.e && ieq(tok(r), "as")) ++r;
            } else if (r < s.e && in_list(tok(r), {"served", "serving"}) && r + 1 < s.e && ieq(tok(r + 1), "as")) {
                r += 2;
            }
        }
        if (r >= s.e) continue;
        if (in_list(tok(r), {"the", "a", "an"}) && is_lower_word(toks_[r])) ++r;
        // an owner before the title: "became Japan's prime minister", "is the Emirati foreign minister"
        Mention own;
        bool have_own = false;
        if (auto g = gaz(r, s.e); g.length && !g.surfaces->empty()) {
            int c = resolve_surfaces(*g.surfaces, r, g.length, s);
            if (c < 0) continue;
            const auto& su = (*g.surfaces)[c];
            auto ty = kb_.entities()[su.entity].type;
            std::size_t e = r + g.length;
            bool poss = e < s.e && tok(e) == "'s";
            if ((ty != EntityType::country && ty != EntityType::organization) || (!poss && su.kind != SurfaceKind::demonym))
                continue;
            own.ent = entity_of(su.entity);
            own.b = own.hb = (std::uint32_t)r;
            own.e = own.he = (std::uint32_t)e;
            if (su.kind != SurfaceKind::name) own.surface = span_text(own.hb, own.he);
            own.cert = 0.9;
            have_own = true;
            r = e + (poss ? 1 : 0);
        }
        std::string status = past ? "former" : "";
        for (int g = 0; g < 2 && r < s.e && is_lower_word(toks_[r]) && !office_at(r, s.e).second &&
                        in_list(tok(r), {"former", "new", "current", "acting", "interim", "transitional", "first", "top", "senior"});
             ++g) {
            if (ieq(tok(r), "former")) status = "former";
            ++r;
        }
        auto [oi, ol] = office_at(r, s.e);
        if (!ol && have_own) std::tie(oi, ol) = portfolio_minister(r, s.e);
        if (!ol) continue;
        if (ol == 1 && kb_.offices()[oi].office == "official") {
            auto dl = deputy_title(r, s.e);
            if (!dl) continue;  // "is an adviser": too vague
            ol += dl;
        }
        std::size_t te = r + ol;
        if (!have_own) {
            Mention tm;
            if (title_of_owner(te, s, tm, true) || (te + 1 < s.e && ieq(tok(te), "of") && name_of_country(te + 1, s, tm))) {
                own = tm;
                te = own.e;
                own.e = own.he;
                have_own = true;
            }
        }
        // the predicate ends there (",", ".", "since", "in", "from", "and", "until")
        if (te < s.e && !(toks_[te].flags & tok_punct) &&
            !in_list(tok(te), {"since", "in", "from", "until", "and", "when", "after", "before", "between", "for", "at", "on"}))
            continue;
        if (!have_own && (titled || !kb_role_on_date(out[k].ent, oi))) continue;
        // (roles block: a past office, "who served as Germany's foreign minister until 2021", conflicts with
        // today's holder only when the KB never had the person there)
        bool past_there = false;
        if (status == "former" && have_own)
            if (auto pix = kb_.find(out[k].ent.id))
                for (const auto& kr : kb_.entities()[*pix].roles)
                    if (kr.of == own.ent.id && kr.office == kb_.offices()[oi].office) past_there = true;
        if (have_own && !past_there && holder_conflict(out[k].ent, oi, own.ent.id)) continue;
        // a titled person's second office only with "now", "currently" or "who" ("former President X, now ...")
        if (titled && appos) continue;
        // a past copula about someone still in that office on the date: current ("was re-elected")
        if (status == "former" && kb_role_on_date(out[k].ent, oi)) status.clear();
        (void)as_;
        if (titled) {
            const auto& off = kb_.offices()[oi];
            emit_struct(out[k].ent, off.relation, own.ent, out[k].hb, (std::uint32_t)te, off.role, 0.85,
                        status.empty() ? "current" : "former");
            continue;
        }
        out[k].office = oi;
        out[k].status = status;
        out[k].role_title = span_text((std::uint32_t)r, (std::uint32_t)(r + ol));
        out[k].role_b = out[k].b;
        out[k].role_e = (std::uint32_t)te;
        if (have_own) {
            own.modifier = true;
            out.push_back(own);
            out[k].role_of = (int)out.size() - 1;
        }
    }
    // one pass finds whether the sentence has a "government"/"regime" or "successor"/"predecessor" at all
    bool gov_word = false, succ_word = false;
    if (gov_words_ < 0) {  // once per article: are those words in the text at all?
        gov_words_ = (text_.find("government") != std::string_view::npos || text_.find("regime") != std::string_view::npos) |
                     (text_.find("successor") != std::string_view::npos || text_.find("predecessor") != std::string_view::npos ? 2 : 0);
    }
    for (std::size_t p = s.b; gov_words_ > 0 && p + 1 < s.e; ++p) {
        auto w = toks_[p].norm;
        switch (w.size()) {
            case 10: gov_word |= w[0] == 'g' && w == "government"; break;
            case 6: gov_word |= w[0] == 'r' && w == "regime"; break;
            case 9: succ_word |= w[0] == 's' && w == "successor"; break;
            case 11: succ_word |= w[0] == 'p' && w == "predecessor"; break;
            default: break;
        }
    }
    // "the government of X", "X's government": X leads the country the KB says X leads (then or before)
    for (std::size_t p = s.b; gov_word && p + 1 < s.e; ++p) {
        const auto sz = toks_[p].norm.size();
        if ((sz != 10 && sz != 6) || !in_list(tok(p), {"government", "regime"}) || !is_lower_word(toks_[p])) continue;
        int pk = -1;
        std::uint32_t b = (std::uint32_t)p;
        if (ieq(tok(p + 1), "of")) {
            pk = mention_at(p + 2, EntityType::person, EntityType::person);
            if (pk >= 0 && out[pk].office >= 0) pk = -1;  // "the government of President X": the title says it
        } else if (p > s.b && tok(p - 1) == "'s") {
            for (std::size_t k = 0; k < out.size(); ++k)
                if (out[k].ent.type == EntityType::person && out[k].poss && out[k].e == p - 1 && out[k].office < 0 &&
                    !out[k].modifier)
                    pk = (int)k, b = out[k].b;
        }
        if (pk < 0) continue;
        auto pix = kb_.find(out[pk].ent.id);
        if (!pix) continue;
        const KbRole* lr = nullptr;
        bool several = false;
        for (const auto& r : kb_.entities()[*pix].roles) {
            if (r.relation != Relation::leader_of || !r.of.starts_with("country:")) continue;
            if (lr && lr->of != r.of) several = true;
            // the term that covers the article date, else the last one before it
            bool covers = !a_.date.empty() && (r.from.empty() || r.from.substr(0, 4) <= a_.date.substr(0, 4)) &&
                          (r.to.empty() || r.to.substr(0, 4) >= a_.date.substr(0, 4));
            bool before = a_.date.empty() || r.from.empty() || r.from.substr(0, 4) <= a_.date.substr(0, 4);
            if (covers || (before && (!lr || lr->from < r.from))) lr = &r;
            if (covers) break;
        }
        if (!lr || several) continue;
        auto cix = kb_.find(lr->of);
        if (!cix) continue;
        bool covers = !a_.date.empty() && (lr->from.empty() || lr->from.substr(0, 4) <= a_.date.substr(0, 4)) &&
                      (lr->to.empty() || lr->to.substr(0, 4) >= a_.date.substr(0, 4));
        std::uint32_t e = std::max(out[pk].e, (std::uint32_t)(p + 1));
        emit_struct(out[pk].ent, Relation::leader_of, entity_of(*cix), std::min(b, out[pk].b), e, lr->role, 0.8,
                    covers ? "current" : "former");
    }
    // successors and predecessors
    for (std::size_t p = s.b + 1; succ_word && p + 1 < s.e; ++p) {
        const auto sz = toks_[p].norm.size();
        if ((sz != 9 && sz != 11) || !in_list(tok(p), {"successor", "predecessor"})) continue;
        Entity owner;
        std::uint32_t ob = (std::uint32_t)p;
        if (in_list(tok(p - 1), {"his", "her"})) {
            for (std::size_t k = 0; k < out.size(); ++k)
                if (out[k].ent.type == EntityType::person && !out[k].modifier && out[k].e <= p - 1 && out[k].group < 0)
                    owner = out[k].ent, ob = (std::uint32_t)(p - 1);
            if (owner.id.empty() && !salient_person_.id.empty() && salient_person_si_ + 1 >= cur_si_)
                owner = salient_person_, ob = (std::uint32_t)(p - 1);
        } else if (tok(p - 1) == "'s") {
            for (std::size_t k = 0; k < out.size(); ++k)
                if (out[k].ent.type == EntityType::person && out[k].poss && out[k].e == p - 1) owner = out[k].ent, ob = out[k].b;
        }
        if (owner.id.empty()) continue;
        std::size_t q = p + 1;
        if (q < s.e && tok(q) == ",") ++q;
        int si = mention_at(q, EntityType::person, EntityType::person);
        if (si < 0 || out[si].ent.id == owner.id) continue;
        // the owner's office: as titled in this article, else the one head-of-state/government office the KB gives
        std::string office_key, of_id, role;
        for (auto it = persons_seen_.rbegin(); it != persons_seen_.rend(); ++it)
            if (it->ent.id == owner.id && it->office >= 0 && !it->of_id.empty()) {
                office_key = kb_.offices()[it->office].office;
                of_id = it->of_id;
                break;
            }
        auto oix = kb_.find(owner.id);
        if (office_key.empty() && oix) {
            bool several = false;
            for (const auto& r : kb_.entities()[*oix].roles) {
                if (r.relation != Relation::leader_of || !r.of.starts_with("country:") || r.office.empty()) continue;
                if (!office_key.empty() && (r.office != office_key || r.of != of_id)) several = true;
                office_key = r.office, of_id = r.of;
            }
            if (several) continue;
        }
        if (office_key.empty()) continue;
        // the successor: a KB person who held that office there (dated by the KB)
        auto six = kb_.find(out[si].ent.id);
        if (!six) continue;
        const KbRole* sr = nullptr;
        for (const auto& r : kb_.entities()[*six].roles)
            if (r.office == office_key && r.of == of_id) sr = &r;
        if (!sr) continue;
        auto cix = kb_.find(of_id);
        if (!cix) continue;
        bool on_date = !a_.date.empty() && (sr->from.empty() || sr->from.substr(0, 4) <= a_.date.substr(0, 4)) &&
                       (sr->to.empty() || sr->to.substr(0, 4) >= a_.date.substr(0, 4));
        emit_struct(out[si].ent, sr->relation, entity_of(*cix), ob, out[si].e, sr->role, 0.8, on_date ? "current" : "former");
    }
}

// The KB names someone else as the one holder of a single-holder office of `of` on the article date
// ("President of Honduras, Castro" is not Raul Castro): the reading is wrong.
bool ArticleRun::holder_conflict(const Entity& person, int office, const std::string& of) const {
    if (office < 0 || a_.date.empty()) return false;
    const auto& okey = kb_.offices()[office].office;
    if (!in_list(okey, {"president", "prime_minister", "premier", "chancellor", "monarch", "foreign_minister",
                        "defense_minister", "finance_minister", "vice_president", "secretary_general"}))
        return false;
    // holders by the office's own relation ("Head of the Office of the President" is no president)
    const Relation orel = kb_.offices()[office].relation;
    auto same = [&](std::uint32_t h) {
        for (const auto& r : kb_.entities()[h].roles)
            if (r.office == okey && r.of == of && r.relation == orel) return true;
        return false;
    };
    bool any = false;
    for (auto h : kb_.holders(okey, of, a_.date)) {
        if (!same(h)) continue;
        if (kb_.entities()[h].id == person.id) return false;
        any = true;
    }
    if (any) return true;
    // a KB person holding the office's name under another relation then is no holder either
    if (auto pix = kb_.find(person.id))
        for (const auto& r : kb_.entities()[*pix].roles)
            if (r.office == okey && r.of == of && r.relation != orel) return true;
    return false;
}

// The KB gives `person` the office on the article date (year precision, as role_country_from_kb).
bool ArticleRun::kb_role_on_date(const Entity& person, int office) const {
    if (office < 0 || a_.date.size() < 4) return false;
    auto ix = kb_.find(person.id);
    if (!ix) return false;
    const auto& okey = kb_.offices()[office].office;
    const Relation orel = kb_.offices()[office].relation;
    auto y = a_.date.substr(0, 4);
    for (const auto& r : kb_.entities()[*ix].roles)
        if (r.office == okey && r.relation == orel && (r.from.empty() || r.from.substr(0, 4) <= y) && (r.to.empty() || r.to.substr(0, 4) >= y))
            return true;
    return false;
}

// A portfolio before the generic title "minister": "water minister", "Transport Minister",
// "Infrastructure Minister" (the office table lists the common portfolios; any other is a minister).
// One word that is no entity, function word, number or title itself. {office, length} or {-1, 0}.
std::pair<int, std::uint32_t> ArticleRun::portfolio_minister(std::size_t i, std::size_t end) const {
    if (i + 1 >= end) return {-1, 0};
    const Token& t = toks_[i];
    if (!(t.flags & tok_word) || (t.flags & tok_digit) || t.norm.size() < 3 || is_function_word(t.norm) ||
        is_determiner(t.norm))
        return {-1, 0};
    // modifiers of the title, not portfolios: "former minister", "senior minister" (read by the caller)
    if (in_list(t.norm, {"top", "chief", "senior", "deputy", "then", "former", "new", "current", "outgoing", "incoming",
                         "acting", "longtime", "veteran", "special", "leading", "powerful", "late", "prime", "cabinet",
                         "junior", "another", "other", "one", "fellow", "its", "their", "his", "her", "our", "your"}))
        return {-1, 0};
    if (!std::all_of(t.norm.begin(), t.norm.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; }))
        return {-1, 0};
    if (gaz(i, end).length || office_at(i, end).second) return {-1, 0};
    auto [oi, ol] = office_at(i + 1, end);
    if (ol != 1 || kb_.offices()[oi].office != "minister" || !ieq(tok(i + 1), "minister")) return {-1, 0};
    // the portfolio is written like the title: "water minister", "Water Minister" (not "Water minister")
    if (is_cap_word(t) != is_cap_word(toks_[i + 1])) return {-1, 0};
    return {oi, 2};
}

// Organizations the KB does not know: a run of capitalized words ending in an organizational head
// noun ("the Andean Trade Council", "the Lake Tana Basin Authority"; not working groups and committees,
// mostly meeting formats), with an "of"/"for"
// complement ("the Communist Party of Ruritania", "the Council for Arctic Research"), and an
// acronym defined right after it in parentheses ("(ATC)"), which then stands for it in the article.
// Left out: two-word names made only of generic words ("Supreme Court", "National Front": whose?),
// a name right after a country/demonym or a possessive ("Chinese Communist Party" is the KB's or
// ambiguous), title-case lines (headlines, menus), and a sentence-initial word that the article
// also writes in lower case.
bool org_head_noun(std::string_view w) {
    static const std::unordered_set<std::string_view> heads = {
        "council", "union", "organization", "organisation", "forum", "front", "movement", "party", "alliance",
        "commission", "agency", "bank", "fund", "court", "institute", "community", "association", "federation",
        "league", "coalition", "authority"};
    if (w.size() < 4 || w.size() > 12) return false;
    char buf[12];
    for (std::size_t k = 0; k < w.size(); ++k) buf[k] = (char)std::tolower((unsigned char)w[k]);
    return heads.count(std::string_view(buf, w.size())) > 0;
}

bool org_generic_word(std::string_view w) {
    return org_head_noun(w) ||
           in_list(w, {"national", "supreme", "central", "security", "constitutional", "popular", "liberation",
                       "democratic", "communist", "socialist", "labour", "labor", "green", "greens", "people", "people's",
                       "peoples", "conservative", "liberal", "republican", "federal", "state", "development",
                       "international", "world", "general", "high", "special", "joint", "military", "revolutionary",
                       "islamic", "human", "rights", "reserve", "economic", "advisory", "executive", "foreign", "defense",
                       "defence", "trade", "investment", "monetary", "independent", "civil", "coordination",
                       "cooperation", "policy", "research", "crisis", "emergency", "regional", "global", "public",
                       "progressive", "workers", "workers'", "united", "new", "social", "christian", "patriotic",
                       "unity", "freedom", "justice", "reform", "action", "citizens", "civic", "european", "african",
                       "asian", "american", "arab", "energy", "health", "finance", "financial", "intelligence",
                       "election", "electoral", "appeals", "appeal", "district", "criminal", "administrative",
                       "planning", "steering", "standing", "select", "armed", "services", "relations", "affairs",
                       "ethics", "judiciary", "oversight", "intelligence", "homeland", "science", "technology",
                       "task", "working", "contact", "study", "expert", "experts", "advisers", "investment",
                       "sovereign", "wealth", "export", "import", "commercial", "agricultural", "food", "water",
                       "youth", "women", "women's", "labour's", "party's", "communications", "transport", "olympic",
                       "football", "medical", "legal", "business", "industry", "industrial", "chamber", "press",
                       "media", "news", "broadcasting", "election", "team", "white", "house", "senate", "congress",
                       "parliamentary", "parliament", "presidential", "provisional", "transitional", "interim",
                       "resistance", "opposition", "army", "forces", "police", "border", "coast", "guard", "space",
                       "nuclear", "atomic", "climate", "environmental", "environment", "humanitarian", "relief",
                       "refugee", "migration", "children's", "education", "cultural", "heritage", "tourism",
                       "maritime", "ocean", "marine", "fisheries", "forest", "land", "housing", "urban", "rural",
                       "capital", "markets", "market", "monetary", "stability", "peace", "partnership", "strategic",
                       "dialogue", "leadership", "leaders", "ministers", "ministerial", "summit", "secretariat",
                       "headquarters", "office", "department", "ministry", "board", "trust", "investment"});
}

bool ArticleRun::lower_elsewhere(std::string_view w) const {
    if (w.empty()) return false;
    std::string lw(w);
    for (auto& c : lw) c = (char)std::tolower((unsigned char)c);
    for (std::size_t p = text_.find(lw); p != std::string_view::npos; p = text_.find(lw, p + 1)) {
        bool left = p == 0 || !std::isalpha((unsigned char)text_[p - 1]);
        bool right = p + lw.size() >= text_.size() || !std::isalpha((unsigned char)text_[p + lw.size()]);
        if (left && right) return true;
    }
    return false;
}

bool ArticleRun::unknown_org(std::size_t& i, const Sentence& s, std::vector<Mention>& out) {
    const Token& t = toks_[i];
    if (!is_cap_word(t)) return false;
    // an acronym defined earlier in the article
    if (!org_acronyms_.empty()) {
        if (auto it = org_acronyms_.find(t.norm); it != org_acronyms_.end()) {
            Mention m;
            m.ent = it->second;
            m.b = m.hb = (std::uint32_t)i;
            m.e = m.he = (std::uint32_t)(i + 1);
            m.cert = 0.8;
            m.poss = m.e < s.e && tok(m.e) == "'s";
            out.push_back(m);
            i = m.e;
            return true;
        }
    }
    if (i + 1 >= s.e || (t.flags & tok_digit)) return false;
    // not right after a country/demonym modifier or a possessive: "Chinese Communist Party", "Japan's Defense Council"
    if (i > s.b && (tok(i - 1) == "'s" || (!out.empty() && out.back().e == i && out.back().ent.type == EntityType::country)))
        return false;
    if (i > s.b && is_cap_word(toks_[i - 1])) return false;  // inside a longer capitalized run read before
    // the second conjunct of one name: "the Relief and Works Agency", "the Trade and Investment Council"
    if (i > s.b + 1 && ieq(tok(i - 1), "and") && is_cap_word(toks_[i - 2])) return false;
    // the capitalized run: words, hyphenated parts, "of"/"for"/"on" (+ "the") before a capitalized word
    std::size_t j = i, last_head = npos32, words = 0;
    bool distinctive = false, complement = false;
    std::array<std::size_t, 9> word_buf{};  // the run's words (no allocation: this runs on every capitalized word)
    std::size_t nword_at = 0;
    while (j < s.e && words < 9) {
        if (is_cap_word(toks_[j])) {
            if (last_head != npos32 && !complement && office_at(j, s.e).second) break;  // "the X Council President Y"
            if (!complement && org_head_noun(tok(j))) last_head = j;
            word_buf[nword_at++] = j;
            ++words;
            ++j;
            while (j + 1 < s.e && tok(j) == "-" && !(toks_[j].flags & tok_space_before) && (toks_[j + 1].flags & tok_word) &&
                   !(toks_[j + 1].flags & tok_space_before))
                j += 2;
            continue;
        }
        if (last_head != npos32 && last_head + 1 == j && in_list(tok(j), {"of", "for"})) {
            std::size_t q = j + 1;
            if (q < s.e && ieq(tok(q), "the")) ++q;
            if (q < s.e && is_cap_word(toks_[q]) &&
                !in_list(tok(q), {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                  "january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december", "jan.", "feb.", "aug.",
                                  "sept.", "oct.", "nov.", "dec."})) {
                complement = true;
                j = q;
                continue;
            }
        }
        break;
    }
    if (last_head == npos32) return false;
    const auto word_at = std::span<const std::size_t>(word_buf.data(), nword_at);
    // title-case sentences (headlines, menus): no lower-case content word
    if (headline_si_ != cur_si_) {
        headline_si_ = cur_si_;
        std::size_t words = 0, lower = 0;  // no lower-case word of four letters or more: title case
        for (std::size_t q = s.b; q < s.e; ++q)
            if ((toks_[q].flags & tok_word) && !(toks_[q].flags & tok_digit)) {
                ++words;
                if (is_lower_word(toks_[q]) && toks_[q].norm.size() >= 4) ++lower;
            }
        headline_ = words >= 3 && lower == 0;
    }
    if (headline_) return false;
    std::size_t e = complement ? j : last_head + 1;
    if (!complement && j > last_head + 1) return false;  // the run goes on past the head: "the X Council Resolution"
    // a complement going on with "and": "the Institute of Electrical and Electronics Engineers" (not read)
    if (complement && j + 1 < s.e && ieq(tok(j), "and") && is_cap_word(toks_[j + 1])) return false;
    // "her D.C. Court nomination", "its Corporate X Alliance": a possessive determiner before
    if (i > s.b && in_list(tok(i - 1), {"her", "his", "its", "their", "our", "my", "your"})) return false;
    std::size_t b = i;
    // a sentence-initial word the article also writes in lower case is no part of a name
    if (b == s.b && !org_head_noun(tok(b)) && lower_elsewhere(tok(b))) ++b;
    std::size_t nwords = 0;
    for (auto w : word_at)
        if (w >= b && w < e) {
            ++nwords;
            if (!org_generic_word(tok(w))) distinctive = true;
        }
    if (nwords < 2 || !distinctive) return false;
    // a KB country/organization opening the name or joined by a hyphen ("The U.S.-Japan Alliance",
    // "ROK-U.S. Alliance"): the compound is read as its countries, not as a new organization
    for (std::size_t q = b; q < last_head; ++q) {
        bool hyph = (q > b && tok(q - 1) == "-") || (q + 1 < e && tok(q + 1) == "-");
        if ((q == b || hyph) && gaz(q, s.e).length) return false;
    }
    // a KB organization ending the name ("North Atlantic Alliance" holds "Atlantic Alliance"): the KB's
    for (std::size_t q = b + 1; q < e; ++q)
        if (auto g = gaz(q, s.e); g.length && q + g.length == e && !g.surfaces->empty() &&
                                  kb_.entities()[(*g.surfaces)[0].entity].type == EntityType::organization)
            return false;
    if (ieq(tok(b), "the")) return false;  // "The X Group" at a sentence start: "the" or part of the name, unknown
    // parties are named by ideology words in many countries: three words or a complement
    if (ieq(tok(last_head), "party") && nwords < 3 && !complement) return false;
    // no KB entity inside the name's modifier part other than places/countries of a complement
    for (std::size_t q = b; q < (complement ? last_head : e); ++q)
        if (auto g = gaz(q, s.e); g.length && !g.surfaces->empty() &&
                                  kb_.entities()[(*g.surfaces)[0].entity].type == EntityType::person)
            return false;
    std::string name = span_text((std::uint32_t)b, (std::uint32_t)e);
    Mention m;
    m.ent = {"org:" + slugify(name), name, EntityType::organization};
    m.b = m.hb = (std::uint32_t)b;
    m.e = m.he = (std::uint32_t)e;
    m.cert = 0.8;
    // "(ATC)": an acronym of the name's initials
    if (e + 2 < s.e && tok(e) == "(" && tok(e + 2) == ")" && is_cap_word(toks_[e + 1])) {
        auto acr = tok(e + 1);
        std::string initials;
        for (auto w : word_at)
            if (w >= b && w < e) initials += toks_[w].norm[0];
        bool upper = acr.size() >= 2 && acr.size() <= 7 &&
                     std::all_of(acr.begin(), acr.end(), [](unsigned char c) { return std::isupper(c); });
        std::size_t x = 0;
        for (char c : initials)
            if (x < acr.size() && c == acr[x]) ++x;
        if (upper && x == acr.size() && acr[0] == initials[0] && !gaz(e + 1, s.e).length)
            org_acronyms_.emplace(std::string(acr), m.ent);
    }
    m.poss = m.e < s.e && tok(m.e) == "'s";
    out.push_back(m);
    i = m.e;
    return true;
}

// ------------------------------------------------------------------ mention finding

void ArticleRun::find_mentions(const Sentence& s, std::vector<Mention>& out) {
    const auto& offices = kb_.offices();
    Mention mod;  // the country/org modifier at the current token (reset when one is found)
    for (std::size_t i = s.b; i < s.e;) {
        const Token& t = toks_[i];
        if (!(t.flags & tok_word)) { ++i; continue; }
        std::size_t start = i;
        const std::uint32_t wc = word_class(t.norm);
        std::string status;
        if (wc & wc_status_former) {
            status = "former";
        } else if (wc & wc_status_current) {
            status = ieq(t.norm, "incoming") ? "elect" : "current";
        }
        std::size_t k = status.empty() ? i : i + 1;
        if (status.empty() && is_lower_word(t) && (wc & wc_rank)) k = i + 1;
        if (k < s.e && tok(k) == "-") ++k;  // ex-president

        // --- country / org modifier: "Chinese", "Japan's", "U.S."
        bool have_mod = false, pronoun_mod = false;
        std::size_t after_mod = k;
        // entities block: "Y, whose president, X," -- the country/organization named right before
        // ", whose" owns the office that follows (only when an office follows)
        if (whose_owner(k, s, out, mod)) {
            have_mod = true;
            after_mod = k + 1;
        } else if (k < s.e && toks_[k].norm.size() == 3 &&
                   pronoun_owner(k, s, out, mod)) {  // roles block: "its deputy defence minister X"
            have_mod = pronoun_mod = true;
            after_mod = k + 1;
        } else if (k < s.e && (toks_[k].flags & tok_word)) {
            auto g = gaz(k, s.e);
            if (g.length && !g.surfaces->empty()) {
                int c = resolve_surfaces(*g.surfaces, k, g.length, s);
                if (c >= 0) {
                    auto& su = (*g.surfaces)[c];
                    auto& ke = kb_.entities()[su.entity];
                    if (ke.type == EntityType::country || ke.type == EntityType::organization) {
                        mod = Mention{};
                        mod.ent = entity_of(su.entity);
                        mod.kind = su.kind;
                        mod.b = mod.hb = (std::uint32_t)k;
                        mod.e = mod.he = (std::uint32_t)(k + g.length);
                        if (su.kind == SurfaceKind::capital || su.kind == SurfaceKind::seat ||
                            su.kind == SurfaceKind::demonym || su.kind == SurfaceKind::body)
                            mod.surface = span_text(mod.hb, mod.he);
                        if (su.kind == SurfaceKind::body) mod.via = span_text(mod.hb, mod.he);
                        after_mod = k + g.length;
                        if (after_mod < s.e && tok(after_mod) == "'s") {
                            mod.poss = true;
                            ++after_mod;
                        }
                        have_mod = true;
                    }
                }
            }
        }
        // --- office title (after the modifier or at k)
        std::size_t tpos = have_mod ? after_mod : k;
        // skip a few adjectives between modifier and title ("China's top foreign policy official")
        int office = -1, kb_office = -1;
        std::uint32_t olen = 0;
        std::size_t tstart = tpos;
        for (std::size_t skip = 0; skip <= 2 && tstart < s.e; ++skip) {
            auto [oi, ol] = office_at(tstart, s.e);
            if (ol) {
                office = oi;
                olen = ol;
                // roles block: "deputy defence minister", "deputy chairman": the deputy's office, the whole title
                // (the KB files deputies under the office after "deputy")
                if (ol == 1 && kb_.offices()[oi].office == "official")
                    if (auto dl = deputy_title(tstart, s.e)) {
                        olen += dl;
                        kb_office = office_at(tstart + 1, s.e).first;
                    }
                break;
            }
            if (have_mod) {  // entities block: "Ethiopia's water minister", "Finnish Transport Minister"
                std::tie(oi, ol) = portfolio_minister(tstart, s.e);
                if (ol) { office = oi; olen = ol; break; }
            }
            if (!have_mod || !is_lower_word(toks_[tstart]) ||
                !in_list(tok(tstart), {"top", "chief", "senior", "deputy", "then", "former", "new", "current",
                                       "outgoing", "incoming", "acting", "longtime", "veteran", "special",
                                       "leading", "powerful", "late", "transitional", "interim", "ousted",
                                       "presidential"}))
                break;
            if (ieq(tok(tstart), "former") || ieq(tok(tstart), "then") || ieq(tok(tstart), "late") ||
                ieq(tok(tstart), "ousted"))
                status = "former";
            ++tstart;
        }
        // "Argentina's Javier Milei", "France's Macron": a KB person right after a possessive country
        // holds an office there only if the KB says so on the article date (no invented roles)
        if (office < 0 && have_mod && mod.poss && mod.ent.type == EntityType::country && after_mod < s.e) {
            Mention pm;
            std::size_t nlen = 0;
            auto g = gaz(after_mod, s.e);
            bool kb_person = g.length && g.surfaces->size() == 1 &&
                             kb_.entities()[(*g.surfaces)[0].entity].type == EntityType::person;
            if (kb_person && person_from_name(after_mod, s.e, pm, nlen, false)) {
                auto pix = kb_.find(pm.ent.id);
                const KbRole* r = pix ? dated_role(*pix, mod.ent.id) : nullptr;
                int oi = -1;
                if (r && !r->office.empty())
                    for (std::size_t x = 0; x < kb_.offices().size(); ++x)
                        if (kb_.offices()[x].office == r->office) { oi = (int)x; break; }
                if (oi >= 0) {
                    pm.b = (std::uint32_t)start;
                    pm.e = (std::uint32_t)(after_mod + nlen);
                    pm.hb = (std::uint32_t)after_mod;
                    pm.he = pm.e;
                    pm.office = oi;
                    pm.role_title = r->role;
                    pm.role_b = (std::uint32_t)start;
                    pm.role_e = pm.e;
                    pm.cert = std::min(pm.cert, 0.9);
                    pm.poss = pm.e < s.e && tok(pm.e) == "'s";
                    push_titled(out, mod, pm, 0.9);
                    i = pm.e;
                    continue;
                }
            }
        }
        if (office >= 0) {
            std::size_t tend = tstart + olen;
            // President-elect
            if (tend + 1 < s.e && tok(tend) == "-" && ieq(tok(tend + 1), "elect")) {
                status = "elect";
                tend += 2;
            }
            // ambassador to Z
            Mention to_target;
            bool have_to = false;
            // (roles block: "the U.S. special envoy for Sudan" with the sending country written before)
            const bool for_target = have_mod && tend + 1 < s.e && ieq(tok(tend), "for");
            if (tend + 1 < s.e && (ieq(tok(tend), "to") || for_target) && kb_.offices()[office].office == "ambassador") {
                std::size_t q = tend + 1;
                if (q < s.e && ieq(tok(q), "the")) ++q;
                auto g = gaz(q, s.e);
                if (g.length && !g.surfaces->empty()) {
                    int c = resolve_surfaces(*g.surfaces, q, g.length, s);
                    // "envoy for Yemen": a country or organization only ("envoy for Middle East Humanitarian Issues")
                    if (c >= 0 && for_target && kb_.entities()[(*g.surfaces)[c].entity].type != EntityType::country &&
                        kb_.entities()[(*g.surfaces)[c].entity].type != EntityType::organization)
                        c = -1;
                    if (c >= 0) {
                        to_target.ent = entity_of((*g.surfaces)[c].entity);
                        to_target.b = to_target.hb = (std::uint32_t)q;
                        to_target.e = to_target.he = (std::uint32_t)(q + g.length);
                        to_target.cert = 0.9;
                        have_to = true;
                        tend = q + g.length;
                    }
                }
            }
            // roles block: "the Chairperson of the African Union Commission, X", "the commander of the
            // Belarusian air force, X", "President of Belarus X": the owner after the title
            bool owner_after_title = false;
            // (a country's secretary-general or chairman heads a body of it, not the country)
            const bool country_title = !in_list(offices[office].office, {"secretary_general", "chairman", "general_secretary"});
            if (!have_mod && !have_to && title_of_owner(tend, s, mod) &&
                (country_title || mod.ent.type != EntityType::country)) {
                have_mod = owner_after_title = true;
                tend = mod.e;
                mod.e = mod.he;
            }
            std::size_t npos = tend;
            bool comma = false;
            if (npos < s.e && tok(npos) == ",") { comma = true; ++npos; }
            Mention pm;
            std::size_t nlen = 0;
            bool lower_title = is_lower_word(toks_[tstart]);
            // a lower-case title with no country ("official Wang") is too weak for unknown names
            bool titled_ok = have_mod || !lower_title;
            bool found_name = npos < s.e && person_from_name(npos, s.e, pm, nlen, titled_ok, office);
            // a name the KB does not know after an owner read by the roles block: no organization's words
            // ("his Chief Federal Response Coordinator")
            if (found_name && (pronoun_mod || owner_after_title) && !kb_.find(pm.ent.id))
                for (std::size_t x = npos; x < npos + nlen && found_name; ++x)
                    if (org_generic_word(tok(x))) found_name = false;
            // roles block: "The Prime Minister, Boris Johnson": a title set off by a comma with no country
            // names the person only when it is definite and the KB gives them that office on the date
            bool comma_ok = !comma || have_mod ||
                            (found_name && start > s.b && ieq(tok(start - 1), "the") && kb_role_on_date(pm.ent, office));
            if (found_name && comma_ok) {
                // roles block: "Prime Minister X of Tuvalu", "President Erdogan of Turkey"
                std::size_t after_name = npos + nlen;
                Mention of_mod;
                const auto& okey_t = offices[office].office;
                bool generic_title = okey_t == "director" || okey_t == "official" || okey_t == "commander" || !country_title;
                // a KB person read through a title serves the owner written after it only if the KB has them
                // there at some time ("King Philippe of Belgium" is not the French prime minister Philippe)
                auto kb_serves = [&](const std::string& of) {
                    auto pix = kb_.find(pm.ent.id);
                    if (!pix) return true;
                    for (const auto& r : kb_.entities()[*pix].roles)
                        if (r.of == of) return true;
                    return false;
                };
                if (!have_mod && !have_to && !generic_title && after_name + 1 < s.e && ieq(tok(after_name), "of") &&
                    name_of_country(after_name + 1, s, of_mod) && !holder_conflict(pm.ent, office, of_mod.ent.id) &&
                    kb_serves(of_mod.ent.id)) {
                    mod = of_mod;
                    have_mod = true;
                }
                if (owner_after_title && (holder_conflict(pm.ent, office, mod.ent.id) || !kb_serves(mod.ent.id))) {
                    // the owner and the name disagree with the KB: the person without a role
                    pm.b = pm.hb = (std::uint32_t)npos;
                    pm.e = pm.he = (std::uint32_t)(npos + nlen);
                    pm.poss = pm.e < s.e && tok(pm.e) == "'s";
                    register_person(pm);
                    out.push_back(pm);
                    i = pm.e;
                    continue;
                }
                pm.b = (std::uint32_t)start;
                pm.e = (std::uint32_t)(npos + nlen);
                pm.hb = (std::uint32_t)npos;
                pm.he = pm.e;
                pm.office = office;
                pm.kb_office = kb_office;
                pm.role_title = span_text((std::uint32_t)tstart, (std::uint32_t)(tstart + olen));
                pm.status = status;
                pm.role_b = (std::uint32_t)start;
                pm.role_e = pm.e;
                if (have_mod && mod.e > pm.e) pm.role_e = mod.e, pm.e = mod.e;  // "... of Tuvalu" read with the name
                if (have_mod) {
                    mod.modifier = true;
                    mod.cert = 0.95;
                    out.push_back(mod);
                    pm.role_of = (int)out.size() - 1;
                }
                if (have_to) out.push_back(to_target), out.back().modifier = true;
                out.push_back(pm);
                register_person(pm);
                i = pm.e;
                continue;
            }
            // definite description: "the Chinese foreign minister", "the president"
            bool the_before = (start > s.b && in_list(tok(start - 1), {"the"})) || (have_mod && mod.poss);
            if (the_before && offices[office].office != "official" && offices[office].office != "director") {
                // find who: last person with this office in the article (same country if given), else KB holder
                std::string of = have_mod ? mod.ent.id : std::string();
                const PersonRec* hit = nullptr;
                for (auto it = persons_seen_.rbegin(); it != persons_seen_.rend(); ++it)
                    if (it->office == office && (of.empty() || it->of_id.empty() || it->of_id == of)) {
                        hit = &*it;
                        break;
                    }
                // "the Chinese leader": the head of that country named last in the article (by its title
                // here or by the KB's dated role), not a guess among several heads
                if (!hit && !of.empty() && olen == 1 && ieq(tok(tstart), "leader")) {
                    for (auto it = persons_seen_.rbegin(); it != persons_seen_.rend() && !hit; ++it) {
                        if (it->office >= 0 && offices[it->office].head && it->of_id == of) { hit = &*it; break; }
                        auto pix = kb_.find(it->ent.id);
                        const KbRole* r = pix ? dated_role(*pix, of) : nullptr;
                        // coref block: an undated article (an op-ed, an explainer): a leader of that country at any time
                        if (pix && a_.date.empty())
                            for (const auto& kr : kb_.entities()[*pix].roles)
                                if (kr.of == of && kr.relation == Relation::leader_of) r = &kr;
                        if (r && r->relation == Relation::leader_of) hit = &*it;
                    }
                }
                Mention dm;
                if (hit) {
                    dm.ent = hit->ent;
                    dm.cert = 0.75;
                } else {
                    std::string country = of.empty() ? main_country_ : of;
                    if (!country.empty() && !a_.date.empty() && offices[office].head) {
                        auto hs = kb_.holders(offices[office].office, country, a_.date);
                        if (hs.size() == 1) {
                            dm.ent = entity_of(hs[0]);
                            dm.cert = 0.7;
                        }
                    } else if (!country.empty() && !a_.date.empty() && have_mod) {
                        auto hs = kb_.holders(offices[office].office, country, a_.date);
                        if (hs.size() == 1) {
                            dm.ent = entity_of(hs[0]);
                            dm.cert = 0.7;
                        }
                    }
                }
                if (!dm.ent.id.empty()) {
                    dm.b = (std::uint32_t)start;
                    dm.e = (std::uint32_t)(tstart + olen);
                    dm.hb = dm.b;
                    dm.he = dm.e;
                    if (have_mod) {
                        mod.modifier = true;
                        out.push_back(mod);
                    }
                    out.push_back(dm);
                    i = dm.e;
                    continue;
                }
            }
            if (have_mod) {
                // "the top U.S. diplomat", "a Chinese official": a person we cannot name, not the country
                i = tstart + olen;
                continue;
            }
        }

        // --- plain gazetteer mention
        if (have_mod) {
            Mention m = mod;
            m.cert = 1.0;
            if (m.kind == SurfaceKind::demonym) m.cert = 0.8;
            std::size_t j = after_mod;
            // body: "the Japanese Foreign Ministry", "China's coast guard", "Beijing's embassy"
            // (a body whose first word differs in length cannot match)
            const std::size_t jlen = j < s.e ? toks_[j].norm.size() : 0;
            for (auto& body : kb_.actors().bodies) {
                if (body[0].size() != jlen) continue;
                if (phrase_at(toks_, j, s.e, body)) {
                    m.via = span_text((std::uint32_t)j, (std::uint32_t)(j + body.size()));
                    m.e = (std::uint32_t)(j + body.size());
                    m.poss = m.e < s.e && tok(m.e) == "'s";
                    m.cert = std::max(m.cert, 0.9);
                    break;
                }
            }
            // "Biden administration" is handled with persons; "the Japanese side"
            if (m.via.empty() && m.kind == SurfaceKind::demonym && j < s.e && kb_.is_actor_noun(tok(j))) {
                m.e = (std::uint32_t)(j + 1);
                m.cert = 0.9;
            }
            if (m.kind == SurfaceKind::capital || m.kind == SurfaceKind::seat) {
                // a city after a locative preposition is a place, not an actor
                if (start > s.b && in_list(tok(start - 1), {"in", "at", "near", "outside", "from", "around", "across"}))
                    m.locative = true;
                m.cert = 0.9;
            }
            m.b = (std::uint32_t)start;
            auto& ke = kb_.entities()[kb_.find(m.ent.id).value()];
            m.media = ke.kind == "media";
            if (ke.type == EntityType::country) countries_seen_.push_back(m.ent);
            out.push_back(m);
            i = m.e + (m.poss && m.e == m.he ? 1 : 0);
            if (i <= start) i = start + 1;
            continue;
        }
        // other gazetteer entities: people, treaties, places
        auto g = gaz(i, s.e);
        if (g.length) {
            if (g.surfaces->empty()) { i += g.length; continue; }  // blocked phrase
            int c = resolve_surfaces(*g.surfaces, i, g.length, s);
            if (c < 0) { i += g.length; continue; }
            auto& su = (*g.surfaces)[c];
            if (kb_.entities()[su.entity].type == EntityType::person && name_part_before(i)) {
                i += g.length;  // "Mahamat Idriss Deby" is not "Idriss Deby"
                continue;
            }
            Mention m;
            m.ent = entity_of(su.entity);
            m.kind = su.kind;
            m.b = m.hb = (std::uint32_t)i;
            m.e = m.he = (std::uint32_t)(i + g.length);
            m.poss = m.e < s.e && tok(m.e) == "'s";
            if (m.ent.type == EntityType::person) {
                register_person(m);
                // "Name, (the) title of X" apposition
                std::size_t q = m.e;
                if (q + 1 < s.e && tok(q) == ",") {
                    std::size_t r = q + 1;
                    if (r < s.e && in_list(tok(r), {"the", "a", "an"})) ++r;
                    Mention cm;
                    bool have_c = false;
                    auto g2 = gaz(r, s.e);
                    if (g2.length && !g2.surfaces->empty()) {
                        int c2 = resolve_surfaces(*g2.surfaces, r, g2.length, s);
                        if (c2 >= 0 && kb_.entities()[(*g2.surfaces)[c2].entity].type == EntityType::country) {
                            cm.ent = entity_of((*g2.surfaces)[c2].entity);
                            cm.b = cm.hb = (std::uint32_t)r;
                            cm.e = cm.he = (std::uint32_t)(r + g2.length);
                            r += g2.length;
                            if (r < s.e && tok(r) == "'s") ++r;
                            have_c = true;
                        }
                    }
                    // "Name, the Saudi national security adviser": up to two modifiers before the title
                    std::size_t r0 = r;
                    auto [oi, ol] = office_at(r, s.e);
                    std::string astatus;
                    for (int guard = 0; guard < 2 && !ol && r < s.e && is_lower_word(toks_[r]) &&
                                        in_list(tok(r), {"top", "chief", "senior", "deputy", "former", "current",
                                                         "acting", "outgoing", "new", "special", "transitional",
                                                         "interim", "then", "now"});
                         ++guard) {
                        if (in_list(tok(r), {"former", "then"})) astatus = "former";  // roles block
                        ++r;
                        std::tie(oi, ol) = office_at(r, s.e);
                    }
                    if (!ol) r = r0;
                    if (ol == 1 && kb_.offices()[oi].office == "official") ol += deputy_title(r, s.e);
                    // "Name, the ambassador of France", "Name, the secretary of Iran's security council"
                    if (ol && !have_c && r + ol + 1 < s.e && ieq(tok(r + ol), "of")) {
                        std::size_t u = r + ol + 1;
                        if (u < s.e && ieq(tok(u), "the")) ++u;
                        auto g3 = gaz(u, s.e);
                        if (g3.length && !g3.surfaces->empty()) {
                            int c3 = resolve_surfaces(*g3.surfaces, u, g3.length, s);
                            auto ty = c3 >= 0 ? kb_.entities()[(*g3.surfaces)[c3].entity].type : EntityType::place;
                            auto kd = c3 >= 0 ? (*g3.surfaces)[c3].kind : SurfaceKind::name;
                            std::size_t after3 = u + g3.length;
                            bool np_ends = after3 >= s.e || !((toks_[after3].flags & tok_digit) || is_cap_word(toks_[after3]));
                            if (c3 >= 0 && (ty == EntityType::country || ty == EntityType::organization) &&
                                (kd == SurfaceKind::name || (kd == SurfaceKind::body && np_ends))) {
                                cm.ent = entity_of((*g3.surfaces)[c3].entity);
                                cm.b = cm.hb = (std::uint32_t)u;
                                cm.e = cm.he = (std::uint32_t)(u + g3.length);
                                have_c = true;
                            }
                        }
                    }
                    if (ol) {
                        m.office = oi;
                        m.status = astatus;
                        m.role_title = span_text((std::uint32_t)r, (std::uint32_t)(r + ol));
                        m.role_b = m.b;
                        m.role_e = (std::uint32_t)(r + ol);
                        if (have_c) {
                            cm.modifier = true;
                            out.push_back(cm);
                            m.role_of = (int)out.size() - 1;
                        }
                    }
                }
            } else if (m.ent.type == EntityType::organization) {
                auto& ke = kb_.entities()[su.entity];
                m.media = ke.kind == "media";
            }
            out.push_back(m);
            i = m.e;
            continue;
        }
        // --- bare title without modifier followed by a name: "President Donald Trump"
        // (handled above via office >= 0 without modifier)

        // --- entities block: organizations the KB does not know ("the Andean Trade Council", "(ATC)")
        if (is_cap_word(t) && unknown_org(i, s, out)) continue;
        // --- pronouns, "the North", "the bloc", unknown names with an apposition
        if ((is_cap_word(t) || t.norm == "the") && coref_mention(i, s, out)) continue;
        // --- person by surname / administration
        if (is_cap_word(t)) {
            Mention pm;
            std::size_t nlen = 0;
            // mentions block: "the Bush administration", "the Kenyatta government": a surname that several KB
            // people share names the one of them leading a country on the article date
            auto admin_holder = [&]() {
                std::size_t q = i + 1;
                if (q < s.e && tok(q) == "'s") ++q;
                if (q >= s.e || !in_list(tok(q), {"administration", "government"}) || a_.date.empty()) return false;
                if (i > s.b && ((is_cap_word(toks_[i - 1]) && !kb_.is_name_stopword(tok(i - 1))) || tok(i - 1) == "-"))
                    return false;  // "Biden-Harris administration": part of a compound
                auto* v = kb_.by_surname(t.norm);
                if (!v || v->size() < 2) return false;
                std::string_view d = a_.date;
                std::uint32_t found = npos32;
                for (auto ix : *v)
                    for (const auto& r : kb_.entities()[ix].roles) {
                        if (r.relation != Relation::leader_of || !r.of.starts_with("country:")) continue;
                        std::size_t n1 = std::min(r.from.size(), d.size()), n2 = std::min(r.to.size(), d.size());
                        if (!(r.from.empty() || r.from.substr(0, n1) <= d.substr(0, n1))) continue;
                        if (!(r.to.empty() || r.to.substr(0, n2) >= d.substr(0, n2))) continue;
                        // and the country is named in the article ("the Harris administration" in a US story is no
                        // Irish government)
                        auto cix = kb_.find(r.of);
                        if (!cix || !entity_count_.count(*cix)) continue;
                        if (found != npos32 && found != ix) return false;
                        found = ix;
                    }
                if (found == npos32) return false;
                pm.ent = entity_of(found);
                nlen = 1;
                pm.cert = 0.8;
                return true;
            };
            if (person_from_name(i, s.e, pm, nlen, false) || admin_holder()) {
                pm.b = pm.hb = (std::uint32_t)i;
                pm.e = pm.he = (std::uint32_t)(i + nlen);
                // "Biden administration", "Trump government": the country
                std::size_t q = pm.e;
                if (q < s.e && tok(q) == "'s") ++q;
                if (q < s.e && in_list(tok(q), {"administration", "government", "cabinet", "white"})) {
                    if (ieq(tok(q), "white")) { i = pm.e; continue; }
                    Relation rel = Relation::official_of;
                    auto c = role_country_from_kb(pm.ent, -1, &rel);
                    // a leader mentioned with a title in this article
                    if (!c) {
                        for (auto& r : persons_seen_)
                            if (r.ent.id == pm.ent.id && !r.of_id.empty())
                                if (auto ix = kb_.find(r.of_id)) c = entity_of(*ix);
                    }
                    if (c && c->type == EntityType::country) {
                        Mention cm;
                        cm.ent = *c;
                        cm.b = cm.hb = pm.b;
                        cm.e = cm.he = (std::uint32_t)(q + 1);
                        cm.kind = SurfaceKind::body;
                        cm.surface = span_text(cm.b, cm.e);
                        cm.via = std::string(tok(q));
                        cm.cert = 0.85;
                        cm.poss = cm.e < s.e && tok(cm.e) == "'s";
                        out.push_back(cm);
                        i = cm.e;
                        continue;
                    }
                    i = q + 1;
                    continue;
                }
                pm.poss = pm.e < s.e && tok(pm.e) == "'s";
                register_person(pm);
                out.push_back(pm);
                i = pm.e;
                continue;
            }
        }
        // --- groups block: "the two countries", "both leaders", "the three Baltic states", "all three"
        if ((wc & wc_group_det) && group_reference(i, s, out)) continue;
        // --- definite description of a treaty/place named shortly before: "the accord", "the islands"
        if (wc & wc_the) {
            Mention dm;
            if (definite_description(i, s, dm)) {
                out.push_back(dm);
                i = dm.e;
                continue;
            }
        }
        // --- combining forms: "Sino-Japanese"
        if (is_cap_word(t) && i + 1 < s.e && tok(i + 1) == "-" && !(toks_[i + 1].flags & tok_space_before)) {
            if (auto id = kb_.combining(t.norm)) {
                if (auto ix = kb_.find(*id)) {
                    Mention cm;
                    cm.ent = entity_of(*ix);
                    cm.b = cm.hb = (std::uint32_t)i;
                    cm.e = cm.he = (std::uint32_t)(i + 1);
                    cm.kind = SurfaceKind::combining;
                    cm.surface = std::string(t.norm);
                    cm.cert = 0.85;
                    out.push_back(cm);
                    i += 1;
                    continue;
                }
            }
        }
        ++i;
    }
}

// Coordinated countries ("Japan and South Korea", "the U.S., Japan, and South Korea",
// "U.S.-Japan"): what "the two countries" refers to later.
void ArticleRun::record_groups(const std::vector<Mention>& ms) {
    std::vector<Entity> cur;
    std::uint32_t last_e = 0;
    auto flush = [&] {
        if (cur.size() >= 2) groups_.push_back(cur), last_group_si_ = cur_si_;
        cur.clear();
    };
    for (const auto& m : ms) {
        if (m.modifier || m.group >= 0 || m.ent.type != EntityType::country) continue;
        bool joined = false;
        if (!cur.empty() && m.b > last_e) {
            std::size_t gap = m.b - last_e;
            auto w0 = tok(last_e);
            if (gap == 1) joined = ieq(w0, "and") || w0 == "," || w0 == "-" || w0 == "&";
            else if (gap == 2) joined = w0 == "," && ieq(tok(last_e + 1), "and");
        }
        if (!joined) flush();
        if (std::none_of(cur.begin(), cur.end(), [&](auto& x) { return x.id == m.ent.id; })) cur.push_back(m.ent);
        last_e = m.e;
    }
    flush();
    if (groups_.size() > 8) groups_.erase(groups_.begin(), groups_.end() - 8);
}

// ------------------------------------------------------------------ groups block
// A group reference ("the two countries", "both sides", "the three men", "the two Nordic countries",
// "the Baltic states", "the allies", "all three", "the trio") stands for every member of the most
// recent coordination or co-mentioned set of its type and size: in this sentence before it, else in
// the nearest of the three sentences before that has one. Two different sets there: no guess.

// The coordinations ("A and B", "A, B, and C", "A-B") and the co-mentioned set of countries and of
// people among `ms` ending at or before token `upto`.
void ArticleRun::collect_group_sets(const std::vector<Mention>& ms, std::size_t upto, std::size_t si,
                                    std::vector<GroupCand>& dst) const {
    for (int kind = 0; kind < 2; ++kind) {
        EntityType ty = kind ? EntityType::person : EntityType::country;
        // a cheap gate: fewer than two mentions of the type make no set, and without a group
        // reference there is nothing to carry over
        std::size_t cands = 0;
        bool any_group = false;
        for (const auto& m : ms) {
            if (m.group >= 0) any_group = true;
            if (m.e <= upto && m.ent.type == ty && !m.media && !m.locative) ++cands;
        }
        if (cands < 2 && !any_group) continue;
        std::vector<Entity> all, cur;
        std::uint32_t last_e = 0;
        auto flush = [&] {
            if (cur.size() >= 2) dst.push_back({cur, si, kind == 1, true});
            cur.clear();
        };
        for (const auto& m : ms) {
            if (cands < 2) break;
            if (m.e > upto || m.ent.type != ty || m.media || m.locative) continue;
            auto has = [&](const std::vector<Entity>& v) {
                return std::any_of(v.begin(), v.end(), [&](auto& x) { return x.id == m.ent.id; });
            };
            // a role's country ("British Prime Minister X") and a group's members are co-mentioned,
            // but coordinate nothing
            if (m.modifier || m.group >= 0) {
                if (!has(all)) all.push_back(m.ent);
                continue;
            }
            bool joined = false;
            if (!cur.empty() && m.b > last_e) {
                std::size_t p = last_e, q = m.b;
                if (q > p && ieq(tok(q - 1), "the")) --q;  // ", the United States"
                std::size_t gap = q - p;
                if (gap == 1) joined = ieq(tok(p), "and") || tok(p) == "," || tok(p) == "-" || tok(p) == "&";
                else if (gap == 2) joined = tok(p) == "," && ieq(tok(p + 1), "and");
            }
            if (!joined) flush();
            if (!has(cur)) cur.push_back(m.ent);
            if (!has(all)) all.push_back(m.ent);
            last_e = m.e;
        }
        flush();
        if (all.size() >= 2) dst.push_back({all, si, kind == 1, false});
        // a group reference resolved here is what the next one refers to ("the two countries ... both sides")
        for (std::size_t k = 0; k < ms.size(); ++k) {
            const auto& m = ms[k];
            if (m.group < 0 || m.ent.type != ty || m.e > upto || (k > 0 && ms[k - 1].group == m.group)) continue;
            GroupCand g{{}, si, kind == 1, true};
            for (std::size_t j = k; j < ms.size() && ms[j].group == m.group; ++j) g.members.push_back(ms[j].ent);
            if (g.members.size() >= 2) dst.push_back(std::move(g));
        }
    }
}

// Does set `g` fit a reference to `want` (0 countries, 1 people, 2 either) of size `n` (0: any),
// whose members are all of `region` (countries; people: their countries), or people of `of`?
bool ArticleRun::group_fits(const GroupCand& g, int want, std::size_t n, const std::vector<std::string>* region,
                            const Entity* of, const std::vector<Mention>& cur) const {
    if ((want == 0 && g.people) || (want == 1 && !g.people)) return false;
    if (n ? g.members.size() != n : g.members.size() < 2) return false;
    if (!region && !of) return true;
    for (const auto& m : g.members) {
        std::string c = g.people ? person_country(m, cur) : m.id;
        if (c.empty()) return false;
        if (of && c != of->id) return false;
        if (region) {
            bool in = false;
            for (const auto& id : *region) {
                if (id == c) { in = true; break; }
                if (id.rfind("org:", 0) == 0)
                    if (auto ix = kb_.find(id)) {
                        const auto& mem = kb_.entities()[*ix].members;
                        if (std::find(mem.begin(), mem.end(), c) != mem.end()) { in = true; break; }
                    }
            }
            if (!in) return false;
        }
    }
    return true;
}

// A transcript turn opens with its speaker's label in capitals and a colon ("PRESIDENT KIM:",
// "PRIME MINISTER ALBANESE:", "Q:"): the speaker's country, if a person of that surname was named.
void ArticleRun::speaker_turn(const Sentence& s) {
    std::size_t k = s.b;
    for (; k < s.e && k < s.b + 7; ++k) {
        auto w = tok(k);
        if (w == ":") break;
        if (!(toks_[k].flags & tok_word) && w != "." && w != "-") return;
        for (char c : w)
            if (c >= 'a' && c <= 'z') return;
    }
    if (k == s.b || k >= s.e || tok(k) != ":" || k + 1 >= s.e) return;
    turn_country_.clear();
    std::string sur(tok(k - 1));
    for (std::size_t x = 1; x < sur.size(); ++x)
        if (sur[x] >= 'A' && sur[x] <= 'Z' && sur[x - 1] != '-') sur[x] = (char)(sur[x] - 'A' + 'a');
    if (auto it = surname_map_.find(sur); it != surname_map_.end() && it->second.size() == 1)
        turn_country_ = person_country(it->second[0].ent, {});
}

bool ArticleRun::group_reference(std::size_t& i, const Sentence& s, std::vector<Mention>& out) {
    auto number = [](std::string_view w) -> std::size_t {
        static constexpr std::string_view nums[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        for (std::size_t k = 0; k < std::size(nums); ++k)
            if (ieq(w, nums[k])) return k + 2;
        return 0;
    };
    // the head: 0 countries, 1 people, 2 either, -1 none
    auto head = [&](std::size_t k) -> int {
        if (k >= s.e || !(toks_[k].flags & tok_word)) return -1;
        auto w = tok(k);
        if (in_list(w, {"countries", "nations", "states", "powers", "superpowers", "governments", "capitals", "allies",
                        "neighbours", "neighbors", "members", "partners", "economies", "democracies", "republics"}))
            return 0;
        if (in_list(w, {"leaders", "presidents", "ministers", "men", "women", "counterparts", "diplomats", "envoys",
                        "officials", "premiers", "chancellors", "secretaries", "statesmen", "heads"}))
            return 1;
        if (in_list(w, {"sides"})) return 0;
        return -1;
    };
    // a regional adjective starting at k ("Nordic", "Central Asian"): its countries, and its length
    auto region_at = [&](std::size_t k, std::size_t& len) -> const std::vector<std::string>* {
        if (k >= s.e || !is_cap_word(toks_[k])) return nullptr;
        const char c0 = tok(k)[0] >= 'A' && tok(k)[0] <= 'Z' ? (char)(tok(k)[0] - 'A' + 'a') : tok(k)[0];
        for (const auto& [a, ids] : kb_.actors().group_adjectives) {
            if (a.empty() || a[0] != c0) continue;  // the adjectives are lower-cased: a cheap first-letter gate
            auto sp = a.find(' ');
            if (sp == std::string::npos ? ieq(tok(k), a)
                                        : (k + 1 < s.e && ieq(tok(k), std::string_view(a).substr(0, sp)) &&
                                           ieq(tok(k + 1), std::string_view(a).substr(sp + 1)))) {
                len = sp == std::string::npos ? 1 : 2;
                return &ids;
            }
        }
        return nullptr;
    };
    const std::size_t b0 = i;
    std::size_t q = i + 1, n = 0;
    auto det = tok(i);
    bool bare_ok = false;  // "all three", "the three said": no head noun
    if (ieq(det, "both")) n = 2;
    else if (q < s.e && (n = number(tok(q))) != 0) ++q, bare_ok = ieq(det, "the") || ieq(det, "all");
    else if (!ieq(det, "the")) return false;
    else if (std::size_t len = 0; q >= s.e || !(in_list(tok(q), {"allies", "neighbours", "neighbors", "trio", "pair", "duo"}) ||
                                                 region_at(q, len)))
        return false;  // "the" without a number: only these open a group reference
    // "X and Y, both close allies of Z", "are all three members": a floating quantifier, not a reference
    if ((ieq(det, "both") || ieq(det, "all")) && i > s.b &&
        (is_be(tok(i - 1)) ||
         (tok(i - 1) == "," && std::any_of(out.begin(), out.end(), [&](const Mention& m) { return m.e + 1 == i; }))))
        return false;
    // "the trio", "the pair", "the duo"
    if (!n && q < s.e && in_list(tok(q), {"trio", "pair", "duo"}) && is_lower_word(toks_[q])) {
        n = ieq(tok(q), "trio") ? 3 : 2;
        bare_ok = true;
        ++q;
    }
    // modifiers before the head: a regional adjective ("Nordic", "Central Asian"), a country's demonym
    // for people ("the two Chinese leaders"), other words ("foreign", "Gulf Arab")
    const std::vector<std::string>* region = nullptr;
    Entity of;
    std::size_t h = q;
    int want = -1;
    if (!bare_ok || (h < s.e && head(h) >= 0) || (h + 1 < s.e && head(h + 1) >= 0) || (h + 2 < s.e && head(h + 2) >= 0))
        for (; h < s.e && h < q + 3; ++h) {
            if ((want = head(h)) >= 0) break;
            const Token& mt = toks_[h];
            if (!(mt.flags & tok_word) || (mt.flags & tok_digit) || is_function_word(tok(h)) || is_determiner(tok(h)))
                return false;
            if (std::size_t len = 0; auto r = region_at(h, len)) {
                region = r;
                h += len - 1;
                continue;
            }
            if (is_cap_word(mt)) {
                auto g = gaz(h, s.e);
                if (g.length && g.surfaces && !g.surfaces->empty()) {
                    auto& ke = kb_.entities()[(*g.surfaces)[0].entity];
                    if (ke.type != EntityType::country || !of.id.empty()) return false;
                    of = entity_of((*g.surfaces)[0].entity);
                    h += g.length - 1;
                }
            }
        }
    std::size_t e;  // end of the reference
    if (want >= 0) {
        e = h + 1;
        // "the two U.S. allies": allies of the country, not its people
        if (!of.id.empty() && want != 1) return false;
        // no number: only "the allies", "the neighbours", and a regional group ("the Baltic states")
        if (!n && !region && !in_list(tok(h), {"allies", "neighbours", "neighbors"})) return false;
    } else {
        if (!bare_ok || h != q || region || !of.id.empty()) return false;
        // "the three said", "all three agreed", "all three.": the numeral is the noun phrase
        bool ok = q >= s.e || (toks_[q].flags & tok_punct);
        if (!ok && is_lower_word(toks_[q])) {
            auto w = tok(q);
            ok = in_list(w, {"said", "say", "says", "have", "has", "had", "are", "were", "will", "would", "also",
                             "agreed", "signed", "met", "called", "pledged", "vowed", "issued", "urged", "condemned",
                             "reaffirmed", "expressed", "welcomed", "discussed", "held", "jointly", "later"}) ||
                 (w.size() > 4 && w.substr(w.size() - 2) == "ed");
        }
        if (!ok) return false;
        want = 2;
        e = q;
    }
    // an explicit list of the same kind right after names the members itself: "the two leaders, A and B",
    // "the six powers (A, ...)" (not "the ministers of the two countries, A and B")
    if (e + 1 < s.e && (tok(e) == "," || tok(e) == "(" || tok(e) == ":" || tok(e) == "-") && is_cap_word(toks_[e + 1])) {
        auto g = gaz(e + 1, s.e);
        bool country = g.length && g.surfaces && !g.surfaces->empty() &&
                       kb_.entities()[(*g.surfaces)[0].entity].type == EntityType::country;
        if (want != 1 ? country : !country) return false;
    }
    // "the two ministers", "the two presidents": members named with another title are not meant (a
    // secretary of state or of foreign affairs is a minister)
    std::string_view title_part = ieq(tok(e - 1), "ministers") ? "inister" : ieq(tok(e - 1), "presidents") ? "resident" : "";
    std::string_view title_alt = ieq(tok(e - 1), "ministers") ? "ecretary" : "";
    // "the allies", "the neighbours", and a bare numeral ("the two agreed"): only a coordination
    bool coord_only = (!n && !region) || (want == 2 && e == q);
    bool opens = b0 == s.b || (toks_[b0 - 1].flags & tok_punct) ||
                 in_list(tok(b0 - 1), {"and", "as", "while", "when", "where", "after", "before", "because", "since", "but",
                                       "that", "said", "says"});
    // "our two countries": the speaker's own country is one of them (the author's, the speaker's of a
    // transcript turn); a set without it is not meant, and an unknown speaker resolves nothing
    std::string_view need[2];
    if (ieq(det, "our")) {
        if (want == 1 || (doc_country_.empty() && turn_country_.empty())) return false;
        need[0] = doc_country_, need[1] = turn_country_;
    }
    auto has_need = [&](const std::vector<Entity>& v) {
        for (auto c : need)
            if (!c.empty() && std::none_of(v.begin(), v.end(), [&](const Entity& x) { return x.id == c; })) return false;
        return true;
    };
    std::vector<GroupCand> pool;
    collect_group_sets(out, b0, cur_si_, pool);
    const std::vector<Entity>* hit = nullptr;
    std::size_t window = coord_only ? 2 : 3;
    for (std::size_t d = 0; d <= window && d <= cur_si_ && !hit; ++d) {
        std::vector<const std::vector<Entity>*> sets;
        auto consider = [&](const GroupCand& g) {
            if (d == 0 && !g.coord && !opens) return;  // "ties between X and Y ... the two": same clause
            if (coord_only && !g.coord) return;
            // two countries named in one sentence are everywhere: for a pair, only a coordination
            if (!g.people && !g.coord && g.members.size() < 3) return;
            if (!title_part.empty() && g.people)
                for (const auto& m : g.members) {
                    // the title written in the article, else the KB's role on the article date
                    std::string_view title;
                    for (const auto& r : persons_seen_)
                        if (r.ent.id == m.id && !r.title.empty()) title = r.title;
                    const KbRole* kr = nullptr;
                    if (title.empty())
                        if (auto ix = kb_.find(m.id)) {
                            auto c = person_country(m, out);
                            if (!c.empty() && (kr = dated_role(*ix, c)) != nullptr) title = kr->role;
                        }
                    if (!title.empty() && title.find(title_part) == std::string_view::npos &&
                        (title_alt.empty() || title.find(title_alt) == std::string_view::npos))
                        return;
                }
            if (!group_fits(g, want, n, region, of.id.empty() ? nullptr : &of, out)) return;
            if (!has_need(g.members)) return;
            std::vector<std::string> ids;
            for (auto& m : g.members) ids.push_back(m.id);
            std::sort(ids.begin(), ids.end());
            for (auto* o : sets) {
                std::vector<std::string> oi;
                for (auto& m : *o) oi.push_back(m.id);
                std::sort(oi.begin(), oi.end());
                if (oi == ids) return;
            }
            sets.push_back(&g.members);
        };
        if (d == 0) for (const auto& g : pool) consider(g);
        else
            for (const auto& g : group_cands_)
                if (g.si == cur_si_ - d) consider(g);
        if (sets.size() > 1) return false;  // two sets of that size: which one is meant is a guess
        if (sets.size() == 1) hit = sets[0];
    }
    std::vector<Entity> found;
    if (!hit && n && want != 1 && of.id.empty() && !coord_only) {
        // further back: the one coordination of that many countries the article has named
        for (const auto& g : group_cands_) {
            if (g.people || !g.coord || g.members.size() != n || g.si + window >= cur_si_) continue;
            if (region && !group_fits(g, 0, n, region, nullptr, out)) continue;
            if (!has_need(g.members)) continue;
            if (!hit) { hit = &g.members; continue; }
            std::vector<std::string> a, b;
            for (auto& m : *hit) a.push_back(m.id);
            for (auto& m : g.members) b.push_back(m.id);
            std::sort(a.begin(), a.end()), std::sort(b.begin(), b.end());
            if (a != b) return false;
        }
    }
    if (!hit && n == 2 && want != 0 && !region && of.id.empty() && title_part.empty() && last_person_pair_.size() == 2 &&
        cur_si_ > last_person_pair_si_ && cur_si_ - last_person_pair_si_ <= 8 && pair_met(last_person_pair_))
        hit = &last_person_pair_;  // two people who met, a few sentences back
    if (!hit && n == 2 && want != 1 && !region && !ieq(tok(e - 1), "allies") && pair_countries(out, found, opens))
        hit = &found;  // "Australian PM A met Chinese President B ..., as the two countries ..."
    if (!hit || !has_need(*hit)) return false;
    auto members = *hit;
    push_group(members, b0, e, s, out);
    i = e;
    return true;
}

// ------------------------------------------------------------------ relations

// roles block: the country of a national title written without one ("Foreign Minister X said") for a
// person the KB does not know: the one country the sentence and the one before it name, leaving out
// the countries written as other people's title modifiers ("U.S. Secretary of State Y": those are
// marked because they are foreign) and places of events ("in Brussels"). Nothing when two remain,
// when the title is not a government office, or when the KB gives that office there to someone else.
std::optional<Entity> ArticleRun::context_country(const Mention& m, const std::vector<Mention>& ms) const {
    if (m.office < 0 || m.role_of >= 0 || !m.status.empty() || kb_.find(m.ent.id)) return std::nullopt;
    const auto& okey = kb_.offices()[m.office].office;
    // ministers only: heads of state and government are the KB's (an unknown "President X" is often
    // historical or foreign)
    if (!in_list(okey, {"vice_premier", "foreign_minister", "defense_minister", "finance_minister", "trade_minister",
                        "interior_minister", "unification_minister", "minister"}))
        return std::nullopt;
    // the title written as such, capitalized, right before the name, and a minister's ("Secretary" titles
    // are those of the English-language press's own governments, whose country goes unsaid)
    if (m.role_b >= m.hb || !is_cap_word(toks_[m.role_b]) || tok(m.hb - 1) == ",") return std::nullopt;
    if (m.role_title.find("inister") == std::string::npos) return std::nullopt;
    // a capitalized word before the title is a modifier we could not read ("Soviet Premier X"): unknown
    // (a portfolio is no modifier: "Transport Minister X")
    if (m.role_b > cs_->b && is_cap_word(toks_[m.role_b - 1]) && !ieq(tok(m.role_b - 1), "the") &&
        !portfolio_minister(m.role_b - 1, cs_->e).second)
        return std::nullopt;
    std::string found;
    auto consider = [&](const std::string& id) {
        if (found.empty()) found = id;
        else if (found != id) found = "-";
    };
    std::vector<char> role_mod(ms.size(), 0);
    for (const auto& x : ms)
        if (x.ent.type == EntityType::person && x.role_of >= 0) role_mod[x.role_of] = 1;
    for (std::size_t k = 0; k < ms.size(); ++k) {
        const auto& x = ms[k];
        if (x.ent.type != EntityType::country || x.locative || role_mod[k] || x.group >= 0) continue;
        consider(x.ent.id);
    }
    if (prev_ctx_si_ + 1 == cur_si_)
        for (const auto& id : prev_ctx_) consider(id);
    if (found.empty() || found == "-") return std::nullopt;
    if (!a_.date.empty() && okey != "minister") {  // (the generic "minister" has many holders at once)
        auto hs = kb_.holders(okey, found, a_.date);
        if (!hs.empty()) return std::nullopt;  // the KB's holder is someone else
    }
    auto ix = kb_.find(found);
    if (!ix) return std::nullopt;
    return entity_of(*ix);
}

void ArticleRun::emit_role(const Mention& m, const std::vector<Mention>& ms, std::size_t si) {
    if (m.office < 0) return;
    const auto& off = kb_.offices()[m.office];
    Relation rel = off.relation;
    std::optional<Entity> of;
    if (m.role_of >= 0) of = ms[m.role_of].ent;
    if (!of) {
        Relation r2 = rel;
        of = role_country_from_kb(m.ent, m.office, &r2);
        if (of) rel = r2;
        // "Deputy Defense Secretary X": the KB files the deputy under the office after "deputy"
        if (!of && m.kb_office >= 0) of = role_country_from_kb(m.ent, m.kb_office, &r2);
    }
    if (!of) of = context_country(m, ms);  // roles block
    if (!of) return;
    if (of->type != EntityType::country && of->type != EntityType::organization) return;
    auto key = std::make_tuple(m.ent.id, (int)rel, of->id);
    if (role_done_.count(key)) return;
    role_done_.insert(key);
    Triple t;
    t.article = a_.id;
    t.subject = m.ent;
    t.relation = rel;
    t.object = *of;
    t.sentence = (std::int64_t)si;
    std::uint32_t b = m.role_b, e = m.role_e;
    if (m.role_of >= 0) b = std::min(b, ms[m.role_of].b), e = std::max(e, ms[m.role_of].e);
    t.char_start = a_.offsets[toks_[b].begin];
    t.char_end = a_.offsets[toks_[e - 1].end - 1] + 1;
    t.evidence = a_.original.substr(t.char_start, t.char_end - t.char_start);
    t.date = a_.date;
    t.confidence = std::min(0.95, 0.9 * m.cert * (m.role_of >= 0 ? 1.0 : 0.95));
    t.attributes["role"] = off.role;
    if (!m.role_title.empty() && m.role_title != off.role) t.attributes["title"] = m.role_title;
    t.attributes["status"] = m.status.empty() ? "current" : m.status;
    out_.push_back(std::move(t));
}


std::vector<int> ArticleRun::ending_at(std::size_t e) const {
    std::vector<int> r;
    for (int k = 0; k < (int)cm_->size(); ++k)
        if ((*cm_)[k].e == e && actor(k)) r.push_back(k);
    return r;
}
std::vector<int> ArticleRun::starting_at(std::size_t b) const {
    std::vector<int> r;
    for (int k = 0; k < (int)cm_->size(); ++k)
        if ((*cm_)[k].b == b && actor(k)) r.push_back(k);
    return r;
}

// "X and Y", "X, Y, and Z", "X & Y" to the left of the group's first mention.
std::vector<int> ArticleRun::extend_left(std::vector<int> grp) const {
    const auto& ms = *cm_;
    std::size_t b = ms[grp[0]].b;
    for (int guard = 0; guard < 8 && b > cs_->b; ++guard) {
        std::size_t p = b - 1;
        // "France and the United Kingdom": the article before a conjunct (extend_right skips it too)
        if (tok(p) == "the" && p > cs_->b) --p;
        if (!(ieq(tok(p), "and") || tok(p) == "&" || tok(p) == ",")) break;
        bool comma_only = tok(p) == ",";
        // "..., and the two leaders agreed": a new clause, not one more member of the group
        if (ms[grp[0]].group >= 0 && p > cs_->b && tok(p - 1) == ",") break;
        if (p > cs_->b && tok(p - 1) == "," && ieq(tok(p), "and")) --p;
        if (p <= cs_->b) break;
        auto prev = ending_at(p);
        if (prev.empty()) break;
        // "President X of A and Prime Minister Y of B met": people coordinated, each with "of" a country
        if (prev.size() == 1 && ms[grp[0]].ent.type == EntityType::person && ms[prev[0]].b > cs_->b + 1 &&
            ieq(tok(ms[prev[0]].b - 1), "of")) {
            auto per = ending_at(ms[prev[0]].b - 1);
            if (per.size() == 1 && ms[per[0]].ent.type == EntityType::person && !title_only(ms[per[0]])) prev = per;
        }
        // a comma alone coordinates only inside a list that ends with "and"
        if (comma_only && grp.size() < 2) break;
        if (ms[prev[0]].locative || (comma_only && governed(ms[prev[0]]))) break;
        grp.insert(grp.begin(), prev.begin(), prev.end());
        b = ms[prev[0]].b;
    }
    return grp;
}

std::vector<int> ArticleRun::extend_right(std::vector<int> grp) const {
    const auto& ms = *cm_;
    std::size_t e = ms[grp.back()].e;
    for (int guard = 0; guard < 8; ++guard) {
        std::size_t q = e;
        if (q < cs_->e && tok(q) == "'s") ++q;
        if (q >= cs_->e) break;
        if (!(ieq(tok(q), "and") || tok(q) == "&" || tok(q) == ",")) break;
        std::size_t r = q + 1;
        if (tok(q) == "," && r < cs_->e && ieq(tok(r), "and")) ++r;
        auto next = starting_at(r);  // "the Philippines" may be a name of its own
        if (next.empty() && r + 1 < cs_->e && ieq(tok(r), "the")) next = starting_at(r + 1);
        if (next.empty()) break;
        // "rockets at Israel, and the Houthis fired ...": a conjunct followed by its own verb starts a clause
        // (after a comma only: "the alliance between A and B has" keeps B)
        if (std::size_t ne = ms[next.back()].e; tok(q) == "," && ne < cs_->e && is_lower_word(toks_[ne])) {
            auto w = tok(ne);
            if (in_list(w, {"has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says", "also", "began",
                            "struck", "sent", "took", "made", "went", "fought", "came"}) ||
                (w.size() > 4 && w.substr(w.size() - 2) == "ed" && !(ne + 1 < cs_->e && ieq(tok(ne + 1), "by"))))
                break;
        }
        grp.insert(grp.end(), next.begin(), next.end());
        e = ms[next.back()].e;
    }
    return grp;
}

// Nearest actor mention(s) left of `from` in the same clause.
std::vector<int> ArticleRun::find_subject(std::size_t from, std::size_t& clause_start) const {
    const auto& ms = *cm_;
    const auto& s = *cs_;
    clause_start = s.b;
    if (auto pa = possessive_agent(from); !pa.empty()) {
        clause_start = ms[pa[0]].b;
        return pa;
    }
    std::size_t lim = from > s.b + 30 ? from - 30 : s.b;
    std::vector<int> along;  // "France, along with Germany, condemned": co-subjects inside the commas
    // an apposition between commas right before the verb: "Japan and Korea, two U.S. allies, met"
    {
        std::size_t p = from;
        while (p > s.b && is_lower_word(toks_[p - 1]) &&
               in_list(tok(p - 1), {"has", "have", "had", "will", "would", "also", "then", "later", "both", "all",
                                    "did", "does", "do", "is", "are", "was", "were", "jointly", "quickly", "recently"}))
            --p;
        if (p > s.b + 2 && (tok(p - 1) == "," || (tok(p - 1) == "-" && (toks_[p - 1].flags & tok_space_before)))) {
            auto closer = tok(p - 1);
            // a longer insertion is skipped only when it opens as a relative clause or a noun phrase
            // ("X, who took power in 2021 after ..., travelled", "X, the first president to ..., held")
            for (std::size_t q = p - 2; q > s.b && q + 26 > p; --q) {
                if (tok(q) == closer && q + 12 <= p &&
                    !(closer == "," && in_list(tok(q + 1), {"who", "whose", "which", "the", "a", "an"})))
                    break;
                // "we, the leaders of X, met": the apposition names the pronoun's referent, the subject
                if (tok(q) == closer && q > s.b && in_list(tok(q - 1), {"we", "We", "they", "They"})) break;
                if (tok(q) == closer) {
                    if (q < from) from = q;
                    if (closer == "," && q + 3 < p && (ieq(tok(q + 1), "along") || ieq(tok(q + 1), "together")) &&
                        ieq(tok(q + 2), "with")) {
                        auto st = starting_at(q + 3);
                        if (!st.empty() && ms[st[0]].e < p) {
                            st = extend_right(st);
                            if (ms[st.back()].e + 1 == p) along = st;
                        }
                    }
                    break;
                }
                if (tok(q) == ";" || speech_at(q)) break;
            }
        }
    }
    for (std::size_t p = from; p > lim;) {
        --p;
        int k = cover_[p - s.b];
        if (k >= 0) {
            auto ends = ending_at(ms[k].e);
            if (ends.empty() || p + 1 != ms[k].e) {
                p = ms[k].b;
                continue;
            }
            const auto& m = ms[ends[0]];
            // "open to China joining", "fears of Russia invading": the actor right before a gerund is its subject
            if (!m.locative && !m.poss && governed(m) && m.e == from && from < s.e && tok(from).size() > 4 &&
                tok(from).substr(tok(from).size() - 3) == "ing") {
                clause_start = m.b;
                return ends;
            }
            // "After Pompeo accused ...", "since Japan joined ...": a conjunction, not a preposition, before a clause
            if (!m.locative && !m.poss && governed(m) && m.e == from && m.b > s.b &&
                in_list(tok(m.b - 1), {"after", "before", "since", "until", "as", "once"})) {
                clause_start = m.b;
                return extend_left(ends);
            }
            // a possessive modifies a noun between it and the trigger ("China's navy sailed" has the body attached)
            if (m.locative || governed(m) || (m.poss && m.e + 1 < from)) {
                p = m.b;
                continue;
            }
            // "Prime Minister Y of B met": the person, not the country that qualifies them
            if (ends.size() == 1 && m.b > s.b + 1 && ieq(tok(m.b - 1), "of")) {
                auto per = ending_at(m.b - 1);
                if (per.size() == 1 && ms[per[0]].ent.type == EntityType::person && !title_only(ms[per[0]])) ends = per;
            }
            auto grp = extend_left(ends);
            clause_start = ms[grp[0]].b;
            grp.insert(grp.end(), along.begin(), along.end());
            // "under whom", "X, who": stop there anyway
            return grp;
        }
        // "..., we deeply regret": a first-person subject right before the verb is the subject
        if (p + 3 >= from && in_list(tok(p), {"we", "We", "I"})) {
            clause_start = p;
            return {};
        }
        if (clause_break_at(p, s.e)) {
            if (in_list(tok(p), {"who", "which"}) && p > s.b + 1 && tok(p - 1) == ",") {
                std::size_t q = p - 2;
                int k2 = cover_[q - s.b];
                if (k2 >= 0 && ms[k2].e == q + 1 && actor(k2)) {
                    clause_start = p;
                    return {k2};
                }
            }
            clause_start = p + 1;
            return {};
        }
        if (ieq(tok(p), "that") && p > s.b) {
            clause_start = p + 1;
            return {};
        }
        if (speech_at(p)) {
            clause_start = p + 1;
            return {};
        }
    }
    if (lim > s.b) clause_start = lim;
    return {};
}

// The object after the trigger: directly (when allowed) or after one of its prepositions.
std::vector<int> ArticleRun::find_object(std::size_t from, const Trigger& tr, bool noun) const {
    const auto& ms = *cm_;
    const auto& s = *cs_;
    std::size_t lim = std::min<std::size_t>(s.e, from + 12);
    bool after_prep = false;
    bool origin = false;  // events block: "flew from A to B": the place left is no object
    visit_from_ = false;
    std::size_t words_before = 0;
    for (std::size_t p = from; p < lim; ++p) {
        int k = cover_[p - s.b];
        if (k >= 0) {
            if (ms[k].b != p) { p = ms[k].e - 1; continue; }
            auto starts = starting_at(p);
            if (starts.empty()) { p = ms[k].e - 1; continue; }
            if (origin) {
                origin = false;
                p = ms[starts[0]].e - 1;
                continue;
            }
            if (!(tr.direct || after_prep)) {
                if (!noun) return {};
                p = ms[starts[0]].e - 1;  // "deployment of THAAD in the ROK"
                continue;
            }
            if (tr.direct && !after_prep && noun && words_before > 1) return {};
            if (after_prep && words_before > 2) return {};
            if (!after_prep && words_before > 5) return {};
            // "his Russian counterpart Vladimir Putin": the named counterpart
            if (std::size_t ce = ms[starts[0]].e; ce + 1 < s.e && ieq(tok(ce), "counterpart")) {
                std::size_t q = ce + 1;
                if (tok(q) == "," && q + 1 < s.e) ++q;
                auto named = starting_at(q);
                if (!named.empty() && ms[named[0]].ent.type == EntityType::person) return {named[0]};
            }
            // "withdrew from the EU's Eastern Partnership": the possessed treaty/organization is left
            if (tr.relation == Relation::withdraws_from && ms[starts[0]].poss && ms[starts[0]].e + 1 < s.e) {
                auto owned = starting_at(ms[starts[0]].e + 1);
                if (!owned.empty() && (ms[owned[0]].ent.type == EntityType::treaty ||
                                       ms[owned[0]].ent.type == EntityType::organization))
                    return extend_right(owned);
            }
            return extend_right(starts);
        }
        auto w = tok(p);
        if (w == "." || w == ";" || w == ":" || w == "(" || w == ")" || w == "?" || w == "!") return {};
        if (w == ",") {
            if (p + 1 < lim && (ieq(tok(p + 1), "including") || ieq(tok(p + 1), "such") || ieq(tok(p + 1), "like"))) continue;
            return {};
        }
        // "met on Tuesday with X", "spoke by phone on Monday with X": a time adjunct is skipped
        if (std::size_t ta = words_before <= 1 ? time_adjunct_at(toks_, p, s.e) : 0; ta > 0) {
            p += ta - 1;
            continue;
        }
        bool allowed = false;
        for (auto& pr : tr.prep_tokens)
            if (phrase_at(toks_, p, s.e, pr)) { allowed = true; p += pr.size() - 1; break; }
        if (allowed) {
            after_prep = true;
            words_before = 0;
            continue;
        }
        if (tr.relation == Relation::visits && !after_prep && !noun && ieq(w, "from") && p + 1 < lim &&
            cover_[p + 1 - s.b] >= 0 && !origin && from > s.b &&
            in_list(tok(from - 1), {"flew", "flown", "fly", "flies", "flying", "travelled", "traveled", "travel",
                                    "travels", "traveling", "travelling"})) {
            origin = true;
            visit_from_ = true;
            continue;
        }
        // an infinitive starts a new verb phrase: "is to build a front of U.S. allies"
        if (ieq(w, "to") && p + 1 < lim && is_lower_word(toks_[p + 1]) && !is_determiner(tok(p + 1))) return {};
        if (is_preposition(w)) {
            if (ieq(w, "of") && (noun || tr.direct) && !after_prep) continue;  // "deployment of THAAD"
            if (after_prep && in_list(w, {"of"})) continue;      // "to the capital of X"
            if (after_prep && in_list(w, {"like", "including"}) &&
                (tr.relation == Relation::claims || tr.relation == Relation::deploys_to))
                continue;  // "claims in areas like X"
            return {};
        }
        if (clause_break_at(p, s.e)) return {};
        if (speech_at(p)) return {};
        // "welcomed the decision and urged X": a second relation verb takes its own object
        if (ieq(w, "and") && p + 1 < lim && is_lower_word(toks_[p + 1]) && tok(p + 1).size() > 4 &&
            tok(p + 1).substr(tok(p + 1).size() - 2) == "ed" && ent_[p + 1] && !ent_[p + 1]->triggers.empty())
            return {};
        // "approved the suspension of X" is no approval of X
        if (!after_prep && w.size() >= 6 && in_list(w, {"suspension", "termination", "cancellation", "withdrawal", "abrogation",
                                       "scrapping", "dissolution", "expiry", "expiration", "collapse"}))
            return {};
        if ((toks_[p].flags & tok_word) && !is_determiner(w)) ++words_before;
        // a verb-like word between a noun trigger and a direct object ends the phrase
        if (after_prep && words_before > 4) return {};
    }
    return {};
}

// The owner of a noun trigger: "Japan's alliance", "Chinese sanctions", "U.S. allies",
// "the U.S.-Japan alliance", "two key American allies". np_start = start of the noun phrase.
std::vector<int> ArticleRun::find_owner(std::size_t nb, std::size_t& np_start) const {
    const auto& ms = *cm_;
    const auto& s = *cs_;
    np_start = nb;
    std::size_t p = nb;
    // adjectives/numbers between: "two key military allies", "long-simmering territorial disputes"
    for (int guard = 0; guard < 4 && p > s.b; ++guard) {
        auto w = tok(p - 1);
        const auto& t = toks_[p - 1];
        if (cover_[p - 1 - s.b] >= 0) break;
        if (w == "-" && p - 1 > s.b && cover_[p - 2 - s.b] < 0) { --p; continue; }
        if (in_list(w, {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december"}) && is_cap_word(t)) { --p; continue; }  // "Biden's June trip"
        if (w == "," && p < nb && p - 1 > s.b && is_lower_word(toks_[p]) && is_lower_word(toks_[p - 2]) &&
            !is_function_word(tok(p - 2)) && !is_determiner(tok(p - 2)) && !is_function_word(tok(p))) { --p; continue; }
        if ((is_lower_word(t) || (t.flags & tok_digit)) && !is_preposition(w) && !clause_break_at(p - 1, s.e) &&
            !is_be(w) && !in_list(w, {"and", "or", "the", "a", "an", "its", "their", "his", "her", "our", "has", "have", "had", "will", "would", "to", "not"}) &&
            !(ieq(w, "as") && ieq(tok(p), "new")) &&  // events block: "A as new members of X" is a joining
            !speech_at(p - 1)) {
            --p;
            continue;
        }
        break;
    }
    if (p <= s.b) return {};
    std::size_t q = p;
    bool poss = false;
    if (tok(q - 1) == "'s") { poss = true; --q; }
    if (q <= s.b) return {};
    int k = cover_[q - 1 - s.b];
    if (k < 0 || ms[k].e != q) return {};
    auto ends = ending_at(q);
    if (ends.empty()) return {};
    const auto& m = ms[ends[0]];
    if (!poss && m.ent.type == EntityType::person && !m.poss) return {};  // "Biden allies" is a person's
    if (m.locative) return {};
    std::vector<int> grp = ends;
    // hyphen chain: "U.S.-Japan-South Korea", "China-Japan"
    std::size_t b = m.b;
    while (b > s.b + 1 && tok(b - 1) == "-" && !(toks_[b - 1].flags & tok_space_before)) {
        auto prev = ending_at(b - 1);
        if (prev.empty()) break;
        grp.insert(grp.begin(), prev.begin(), prev.end());
        b = ms[prev[0]].b;
    }
    if (grp.size() == 1 && poss) grp = extend_left(grp);  // "China and Japan's"
    np_start = ms[grp[0]].b;
    if (np_start > s.b && in_list(tok(np_start - 1), {"the", "a", "an"})) --np_start;
    return grp;
}

// Mentions in apposition before a noun phrase: "Japan and South Korea -- two key American allies",
// "Hong Kong ... are all China's internal affairs".
std::vector<int> ArticleRun::apposition_left(std::size_t np) const {
    const auto& s = *cs_;
    std::size_t p = np;
    // determiners/numbers/adjectives before the noun phrase: "two key", "another key", "all"
    for (int guard = 0; guard < 4 && p > s.b; ++guard) {
        auto w = tok(p - 1);
        if (is_lower_word(toks_[p - 1]) && !is_be(w) && !is_preposition(w) && !clause_break_at(p - 1, s.e) &&
            !in_list(w, {"and", "or", "not", "remain", "remains", "remained", "become", "becomes", "became"}))
            --p;
        else
            break;
    }
    if (p <= s.b) return {};
    auto w = tok(p - 1);
    bool link = w == "," || w == "-" || w == "(" || is_be(w) || in_list(w, {"remain", "remains", "remained", "as", "become", "became"});
    if (!link) return {};
    // events block: "the admission of A as new members of X" is a joining (events.inc), not a standing membership
    if (ieq(w, "as"))
        for (std::size_t q = p; q < np; ++q)
            if (ieq(tok(q), "new")) return {};
    --p;
    // "have long been", "are also", "were historically"
    for (int guard = 0; guard < 3 && p > s.b && (is_be(tok(p - 1)) || in_list(tok(p - 1), {"also", "all", "long", "still", "both", "historically", "have", "has", "had"})); ++guard) --p;
    if (p <= s.b) return {};
    auto ends = ending_at(p);
    if (ends.empty()) return {};
    return extend_left(ends);
}

int ArticleRun::pronoun_subject(std::size_t tb, std::size_t clause_start) {
    // "he"/"she" right before the trigger (auxiliaries between): the last person mentioned
    std::size_t p = tb;
    for (int guard = 0; guard < 4 && p > cs_->b; ++guard) {
        auto w = tok(p - 1);
        if (ieq(w, "it") || ieq(w, "they")) {
            auto sp = speaker_subject(p - 1, clause_start);
            if (!sp.empty() && (*cm_)[sp[0]].ent.type != EntityType::person) return sp[0];
            return person_before(p - 1, true);
        }
        if (ieq(w, "he") || ieq(w, "she")) {
            // the last person mention before, in this sentence or the previous ones
            for (int k = (int)cm_->size() - 1; k >= 0; --k)
                if ((*cm_)[k].e <= p - 1 && (*cm_)[k].ent.type == EntityType::person && actor(k)) return k;
            if (!salient_person_.id.empty() && cur_si_ > salient_person_si_ && cur_si_ - salient_person_si_ <= 2) {
                Mention m;
                m.ent = salient_person_;
                m.b = m.hb = (std::uint32_t)(p - 1);
                m.e = m.he = (std::uint32_t)p;
                m.cert = 0.6;
                cm_->push_back(m);
                return (int)cm_->size() - 1;
            }
            return -1;
        }
        if (is_lower_word(toks_[p - 1]) && in_list(w, {"has", "have", "had", "will", "would", "also", "then", "later", "did", "does", "was", "is", "had", "recently", "previously", "has", "already", "just"})) {
            --p;
            continue;
        }
        break;
    }
    return -1;
}

// '"We strongly condemn X," Y said': a trigger inside a quotation whose subject is "we" or "I"
// takes the speaker named after the closing quote ("Y said", "said Y"). "I" is a person only.
std::vector<int> ArticleRun::quote_speaker(std::size_t tb, std::size_t te, std::size_t& pronoun) const {
    const auto& s = *cs_;
    std::size_t p = tb;
    for (int guard = 0; guard < 5 && p > s.b; ++guard) {
        auto w = tok(p - 1);
        if (!is_lower_word(toks_[p - 1]) ||
            !in_list(w, {"will", "would", "'ll", "also", "strongly", "firmly", "fully", "continue", "to", "must", "have",
                         "always", "once", "again", "do", "can", "resolutely", "categorically", "therefore", "further"}))
            break;
        --p;
    }
    if (p <= s.b) return {};
    bool person_only = tok(p - 1) == "I";
    if (!person_only && !ieq(tok(p - 1), "we")) return {};
    pronoun = p - 1;
    // inside a quotation: an odd number of quote marks before the pronoun
    std::size_t quotes = 0;
    for (std::size_t q = s.b; q + 1 < p; ++q)
        if (tok(q) == "\"") ++quotes;
    if (quotes % 2 == 0) return {};
    std::size_t q = te;
    while (q < s.e && tok(q) != "\"") ++q;
    if (q + 1 >= s.e) return {};
    std::size_t r = q + 1;
    if (tok(r) == ",") ++r;
    if (r >= s.e) return {};
    auto fits = [&](const std::vector<int>& g) {
        if (g.empty() || !actor(g[0])) return false;
        return !person_only || (*cm_)[g[0]].ent.type == EntityType::person;
    };
    auto reporting = [&](std::size_t k) {
        return k < s.e && in_list(tok(k), {"said", "says", "told", "added", "stressed", "declared", "insisted", "wrote", "stated"});
    };
    // "said Y", "said the Y"
    if (reporting(r)) {
        auto g = starting_at(r + 1);
        if (g.empty() && r + 2 < s.e && ieq(tok(r + 1), "the")) g = starting_at(r + 2);
        return fits(g) ? g : std::vector<int>{};
    }
    // "Y said": the speaker's mention (a title before it is part of the mention or skipped)
    for (std::size_t k = r; k < s.e && k < r + 8; ++k) {
        if (reporting(k)) {
            auto g = ending_at(k);
            if (!fits(g) || (*cm_)[g[0]].b < r) return {};
            return g;
        }
        if (tok(k) == "," || tok(k) == "." || tok(k) == "\"") return {};
    }
    return {};
}

std::vector<int> ArticleRun::speaker_subject(std::size_t tb, std::size_t) const {
    const auto& s = *cs_;
    for (std::size_t p = tb; p > s.b;) {
        --p;
        int k = cover_[p - s.b];
        if (k >= 0 && actor(k)) return {};  // an actor inside the reported clause: not the speaker's
        if (toks_[p].norm == ";") return {};
        if (speech_at(p)) {
            std::size_t q = p;
            while (q > s.b && in_list(tok(q - 1), {"has", "have", "had", "also", "repeatedly", "previously", "once", "often"})) --q;
            if (q <= s.b) return {};
            auto ends = ending_at(q);
            if (ends.empty()) return {};
            if ((*cm_)[ends[0]].locative || governed((*cm_)[ends[0]])) return {};
            return ends;
        }
    }
    return {};
}

// The last person (or country/organization) mentioned before token p: his/her/its.
int ArticleRun::person_before(std::size_t p, bool country) {
    for (int k = (int)cm_->size() - 1; k >= 0; --k) {
        const auto& m = (*cm_)[k];
        if (m.e > p || !actor(k)) continue;
        if (country ? (m.ent.type == EntityType::country || m.ent.type == EntityType::organization)
                    : m.ent.type == EntityType::person)
            return k;
    }
    if (country) {
        if (last_actor_country_.id.empty()) return -1;
        Mention m;
        m.ent = last_actor_country_;
        m.b = m.hb = (std::uint32_t)p;
        m.e = m.he = (std::uint32_t)(p + 1);
        m.cert = 0.6;
        m.surface = std::string(tok(p));
        cm_->push_back(m);
        return (int)cm_->size() - 1;
    }
    if (persons_before_ == 0) return -1;
    Mention m;
    m.ent = persons_seen_[persons_before_ - 1].ent;
    m.b = m.hb = (std::uint32_t)p;
    m.e = m.he = (std::uint32_t)(p + 1);
    m.cert = 0.6;
    cm_->push_back(m);
    return (int)cm_->size() - 1;
}

// Precision guards: a relation word in an aim, a generic resolution or a stopped relation
// asserts nothing (precision.cpp).
bool ArticleRun::not_asserted(const Trigger& tr, std::size_t tb, std::size_t te, const Mention& om) const {
    const auto& s = *cs_;
    if (tr.relation != Relation::seeks_to_join && !tr.intent && in_purpose_clause(toks_, s.b, tb)) return true;
    if (tr.relation == Relation::disputes_with && tr.pos == Trigger::Pos::noun &&
        generic_dispute(toks_, s.b, s.e, tb, te))
        return true;
    // "opposed to China joining", "fears of Russia invading": an event named as the object of a
    // stance is not asserted ("open to X joining" is left as it is: tests/unit/test_extract_x2.cpp
    // asserts it as a fact)
    if (tr.pos == Trigger::Pos::verb && tb > s.b + 2 && tok(tb).size() > 4 &&
        tok(tb).substr(tok(tb).size() - 3) == "ing") {
        int k = cover_[tb - 1 - s.b];
        if (k >= 0 && (*cm_)[k].e == tb) {
            std::size_t mb = (*cm_)[k].b;
            if (mb > s.b && ieq(tok(mb - 1), "the")) --mb;
            if (mb >= s.b + 2 && in_list(tok(mb - 1), {"to", "of", "for", "against", "about"}) &&
                in_list(tok(mb - 2), {"opposed", "averse", "resistant", "prospect",
                                      "prospects", "possibility", "idea", "fear", "fears", "risk", "threat",
                                      "chance", "chances", "likelihood", "objection", "objections", "support",
                                      "backing", "hopes", "talk", "speculation", "scenario", "warned", "worried",
                                      "concerned", "concerns"}))
                return true;
        }
    }
    // stopping a cooperative relation ("paused aid") is not it; stopping words in conflict
    // triggers ("cut ties") are their own meaning
    if (info(tr.relation).weight <= 0) return false;
    if (tr.pos == Trigger::Pos::noun) {
        if (stopped_noun(toks_, s.b, tb)) return true;
    } else if (tr.pos == Trigger::Pos::verb) {
        if (om.b >= te && stopped_object(toks_, te, om.b)) return true;
        if (stopped_gerund(toks_, s.b, tb)) return true;
        // a verb trigger read as a noun ("paused $40 million in aid to X", "suspended all trade with Y")
        if (tb > s.b && ((toks_[tb - 1].flags & tok_digit) ||
                         in_list(tok(tb - 1), {"in", "all", "of", "off", "its", "their", "the", "a", "an", "his", "her",
                                               "million", "billion", "any", "further", "bilateral", "military",
                                               "economic", "humanitarian", "foreign", "development"})) &&
            stopped_noun(toks_, s.b, tb))
            return true;
    }
    return false;
}

// The capitalized word right before token i continues a personal name ("Mahamat" before
// "Idriss Deby", "Hunter" before "Biden"): not a title, honorific, entity or function word.
bool ArticleRun::name_part_before(std::size_t i) const {
    if (i == 0 || (toks_[i].flags & tok_newline_before)) return false;
    const Token& p = toks_[i - 1];
    if (!is_cap_word(p) || (p.flags & tok_digit) || kb_.is_name_stopword(p.norm)) return false;
    auto w = p.norm;
    // a plural title: "Presidents Putin and Biden"
    if (w.size() > 3 && w.back() == 's' && (kb_.is_name_stopword(w.substr(0, w.size() - 1)) ||
                                            off_[i - 1].second))
        return false;
    if (w.back() == '.' || w.size() < 2) return false;  // "Gen.", "Lt.", initials
    bool all_caps = true;
    for (char c : w) all_caps &= !(c >= 'a' && c <= 'z');
    if (all_caps) return false;  // "US", "NATO"
    if (gaz_[i - 1].length || off_[i - 1].second) return false;
    // the end of a title ("Secretary of Commerce Gina Raimondo", "Chief of Staff X", "President-Elect X")
    for (std::size_t q = i > 6 ? i - 6 : 0; q < i; ++q)
        if ((off_[q].second && q + off_[q].second >= i) || (gaz_[q].length && q + gaz_[q].length >= i)) return false;
    if (i >= 2 && toks_[i - 2].norm == "-") return false;
    return !in_list(w, {"king", "queen", "prince", "princess", "crown", "sheikh", "sheikha", "emir", "sultan",
                        "marshal", "senator", "sen", "rep", "gov", "governor", "judge", "justice", "mayor",
                        "speaker", "pope", "chancellor", "commander", "colonel", "captain", "major", "lord",
                        "lady", "dame", "saint", "st", "comrade", "brother", "sister", "father", "imam",
                        "ayatollah", "rabbi", "bishop", "cardinal", "archbishop", "professor", "prof", "doctor",
                        "excellency", "majesty", "highness", "dear", "thanks", "thank", "like", "unlike", "did",
                        "does", "has", "had", "will", "would", "can", "could", "should", "ex", "late", "young",
                        "elder", "mrs", "mr", "ms", "dr", "madame", "monsieur", "premier", "nor", "even", "honorable",
                        "honourable", "hon", "amir", "emira", "taoiseach", "shah", "raja", "rajah", "maharaja", "presidents",
                        "leaders", "ministers", "senators", "generals", "welcome", "congratulations", "please"});
}

// A country name that is a person's first name ("Chad Thompson", "India Walton") or a US
// state ("Atlanta, Georgia", "Georgia Gov.", "Sen. X of Georgia"): not the country.
bool ArticleRun::not_the_country(const std::vector<Surface>& cands, std::size_t i, std::size_t len,
                                 const Sentence& s) const {
    if (len != 1 || kb_.entities()[cands[0].entity].type != EntityType::country) return false;
    const auto& al = kb_.actors();
    auto listed = [&](const std::vector<std::string>& l, std::string_view w) {
        return std::any_of(l.begin(), l.end(), [&](const std::string& x) { return x == w; });
    };
    auto w = tok(i);
    auto plain_cap = [&](std::size_t q) {  // a capitalized word that is no entity, title or function word
        if (q >= s.e || !is_cap_word(toks_[q]) || kb_.is_name_stopword(tok(q)) || gaz_[q].length || off_[q].second)
            return false;
        auto v = tok(q);
        return std::any_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    if (listed(al.given_name_countries, w) && plain_cap(i + 1) && !(i + 2 < s.e && is_cap_word(toks_[i + 2])))
        return true;
    if (!listed(al.us_state_countries, w)) return false;
    if (i + 1 < s.e) {
        std::string two = std::string(tok(i + 1));
        if (i + 2 < s.e) two += " " + std::string(tok(i + 2));
        if (listed(al.us_state_context, tok(i + 1)) || listed(al.us_state_context, two)) return true;
    }
    // "Atlanta, Georgia" (not an opening adverbial: "In Batumi, Georgia said")
    if (i > s.b + 2 && tok(i - 1) == "," && plain_cap(i - 2) && !(i == s.b + 3 && is_preposition(tok(s.b))))
        return true;
    if (i > s.b && ieq(tok(i - 1), "of"))
        for (std::size_t q = i - 1; q > s.b && q + 7 > i; --q)
            if (listed(al.us_state_context, tok(q - 1)) && is_cap_word(toks_[q - 1])) return true;  // "Sen. X of Georgia"
    return false;
}

// Among same-surname candidates, the one holding `office` (a title of the sentence) on the
// article date; -1 if none or several.
int ArticleRun::holder_among(const std::vector<Entity>& cands, int office) const {
    if (office < 0 || a_.date.empty()) return -1;
    const auto& okey = kb_.offices()[office].office;
    int found = -1;
    for (std::size_t k = 0; k < cands.size(); ++k) {
        auto ix = kb_.find(cands[k].id);
        if (!ix) continue;
        for (const auto& r : kb_.entities()[*ix].roles) {
            if (r.office != okey) continue;
            std::string_view d = a_.date;
            std::size_t n1 = std::min(r.from.size(), d.size()), n2 = std::min(r.to.size(), d.size());
            bool after = r.from.empty() || r.from.substr(0, n1) <= d.substr(0, n1);
            bool before = r.to.empty() || r.to.substr(0, n2) >= d.substr(0, n2);
            if (after && before) {
                if (found >= 0 && found != (int)k) return -1;
                found = (int)k;
            }
        }
    }
    return found;
}

bool ArticleRun::emit(int si_, int oi_, const Trigger& tr, std::size_t tb, std::size_t te, std::size_t clause_start,
                      double factor) {
    auto& ms = *cm_;
    const Mention& sm = ms[si_];
    const Mention& om = ms[oi_];
    if (sm.ent.id == om.ent.id) return false;
    const char* st = tr.subject_types.empty() ? default_subject_types(tr.relation) : tr.subject_types.c_str();
    const char* ot = tr.object_types.empty() ? default_object_types(tr.relation) : tr.object_types.c_str();
    if (!std::strchr(st, type_letter(sm.ent.type))) return false;
    if (!std::strchr(ot, type_letter(om.ent.type))) return false;
    if (sm.ent.type == EntityType::place || sm.ent.type == EntityType::treaty) return false;
    // entities block: an organization read from its name alone (unknown_org) is an object only: what
    // such bodies do is mostly domestic work worded like diplomacy ("the council shall consult ...")
    auto unknown_org_ent = [&](const Entity& e) { return e.type == EntityType::organization && !kb_.find(e.id); };
    if (unknown_org_ent(sm.ent) || (unknown_org_ent(om.ent) && info(tr.relation).symmetric)) return false;
    // ... of membership and stance relations, right after the relation word ("joined the X Coalition",
    // "support for the X Fund"; not "joined leaders of the X", "member companies of its X")
    if (unknown_org_ent(om.ent)) {
        auto r = tr.relation;
        bool kind = r == Relation::joins || r == Relation::member_of || r == Relation::seeks_to_join ||
                    r == Relation::withdraws_from || r == Relation::supports || r == Relation::criticizes ||
                    r == Relation::opposes;
        if (!kind || om.b < te || om.b - te > 3) return false;
        if (sm.kind == SurfaceKind::capital || sm.kind == SurfaceKind::seat) return false;  // "Washington, to be a Member of"
        for (std::size_t q = te; q < om.b; ++q)
            if (!is_function_word(tok(q)) && !is_determiner(tok(q)) && tok(q) != "[") return false;
    }
    // a person and their own country/organization ("Biden cooperates with the United States"): never
    // an interaction; the KB roles or this article's titles tell whose it is
    if (tr.relation != Relation::leader_of && tr.relation != Relation::official_of &&
        tr.relation != Relation::member_of && (sm.ent.type == EntityType::person) != (om.ent.type == EntityType::person)) {
        const Entity& pe = sm.ent.type == EntityType::person ? sm.ent : om.ent;
        const Entity& ce = sm.ent.type == EntityType::person ? om.ent : sm.ent;
        if (ce.type == EntityType::country || ce.type == EntityType::organization) {
            if (auto pix = kb_.find(pe.id))
                for (const auto& r : kb_.entities()[*pix].roles)
                    if (r.of == ce.id) return false;
            for (const auto& r : persons_seen_)
                if (r.ent.id == pe.id && r.of_id == ce.id) return false;
        }
    }
    // "joining Canada, the EU and others in ...": joining partners in an act, not joining the organization
    if ((tr.relation == Relation::joins || tr.relation == Relation::seeks_to_join) && om.b > te) {
        std::size_t p = om.b;
        if (p > cs_->b && ieq(tok(p - 1), "the")) --p;
        if (p > cs_->b + 1 && (tok(p - 1) == "," || ieq(tok(p - 1), "and")))
            for (const auto& m : *cm_)
                if (m.e == p - 1 && m.ent.type == EntityType::country) return false;
    }
    // "part of the NATO mission", "a member of the EU delegation": the organization modifies another noun
    if (tr.relation == Relation::member_of && om.b >= te && om.e < cs_->e && om.e == om.he && !om.poss &&
        is_lower_word(toks_[om.e]) && !is_function_word(tok(om.e)))
        return false;
    // "X is part of China": the country's name ending the phrase, not "part of the American story"
    if (tr.relation == Relation::claims && tr.reverse &&
        (sm.kind == SurfaceKind::demonym || om.kind == SurfaceKind::demonym || sm.poss ||
         (sm.e < cs_->e && (toks_[sm.e].flags & tok_word))))
        return false;
    // ... and a country that claims it or holds it by the KB ("Crimea is part of Russia", "Taiwan is part
    // of China"), not a rhetorical "part of America"
    if (tr.relation == Relation::claims && tr.reverse) {
        auto oix = kb_.find(om.ent.id);
        if (!oix) return false;
        const auto& ke = kb_.entities()[*oix];
        bool claimant = std::find(ke.members.begin(), ke.members.end(), sm.ent.id) != ke.members.end();
        if (!claimant && !(ke.members.empty() && ke.type == EntityType::place && ke.country == sm.ent.id)) return false;
    }
    // a city as object only where a location makes sense
    if (om.locative && tr.relation != Relation::visits && tr.relation != Relation::deploys_to) return false;
    // "visits U.S. allies": the country is an adjective of the real object
    if ((tr.relation == Relation::visits || tr.relation == Relation::joins || tr.relation == Relation::signs ||
         tr.relation == Relation::withdraws_from) && !om.desc && om.b >= te && om.e < cs_->e && om.e == om.he && !om.poss &&
        is_lower_word(toks_[om.e]) && !is_function_word(tok(om.e))) {
        std::size_t p = om.b;
        while (p > cs_->b && in_list(tok(p - 1), {"the", "a", "an"})) --p;
        if (!(p > cs_->b && is_preposition(tok(p - 1)))) return false;  // a direct object used as an adjective
    }

    const auto& s = *cs_;
    if (not_asserted(tr, tb, te, om)) return false;
    if (stance_on_people(tr, te, om)) return false;  // stance block
    // "Biden and Harris discussed ...": colleagues named together do not meet each other
    if (tr.pair_only && tr.relation == Relation::meets_with && same_side(sm.ent, om.ent)) return false;
    // forces sent within the country's own undisputed territory ("service members to Florida") are no deployment abroad
    if (tr.relation == Relation::deploys_to && om.ent.type == EntityType::place)
        if (auto pix = kb_.find(om.ent.id))
            if (kb_.entities()[*pix].members.empty() && kb_.entities()[*pix].country == sm.ent.id) return false;
    // "X hosted Y in Beijing", "Y was received in Tokyo by X": the guest visits the host's city (a capital
    // or a country named after the host verb; the city stands for its country)
    if (tr.relation == Relation::meets_with && tr.pos == Trigger::Pos::verb && om.ent.type == EntityType::person &&
        sm.ent.type == EntityType::person &&
        in_list(tok(tb), {"hosted", "hosts", "hosting", "host", "received", "receives", "receiving", "welcomed",
                          "welcomes", "welcoming"})) {
        std::size_t q = om.b >= te ? om.e : te;  // after the guest (active) or after the verb (passive)
        if (q + 1 < s.e && in_list(tok(q), {"in", "to"})) {
            ++q;
            for (int k = 0; k < (int)cm_->size(); ++k) {
                const auto& m = (*cm_)[k];
                if (m.b != q || !(m.kind == SurfaceKind::capital || m.ent.type == EntityType::country)) continue;
                if (m.ent.type != EntityType::country) break;
                bool home = false;  // a guest at home is no visitor
                if (auto gix = kb_.find(om.ent.id)) home = kb_.entities()[*gix].country == m.ent.id;
                if (!home) {
                    static const Trigger guest = [] {
                        Trigger h;
                        h.relation = Relation::visits;
                        h.prior = 0.7;
                        h.direct = true;
                        return h;
                    }();
                    emit(oi_, k, guest, tb, te, clause_start, factor);
                }
                break;
            }
        }
    }
    // "welcomed X to Tokyo", "greeted the president at the palace": hosting a visitor, not support
    if (tr.relation == Relation::supports && tr.pos == Trigger::Pos::verb && om.b >= te &&
        (ieq(tok(tb), "welcome") || ieq(tok(tb), "welcomed") || ieq(tok(tb), "welcomes") || ieq(tok(tb), "welcoming")) &&
        om.e + 1 < s.e && in_list(tok(om.e), {"to", "at", "in"})) {
        std::size_t q = om.e + 1;
        if (q < s.e && ieq(tok(q), "the")) ++q;
        bool place = false;
        for (auto& m : *cm_)
            if (m.b == q && (m.ent.type == EntityType::place || m.ent.type == EntityType::country ||
                             m.kind == SurfaceKind::capital || m.kind == SurfaceKind::seat))
                place = true;
        if (place || (q < s.e && is_cap_word(toks_[q]))) {
            static const Trigger hosting = [] {
                Trigger h;
                h.relation = Relation::meets_with;
                h.prior = 0.7;
                h.direct = true;
                return h;
            }();
            if (om.ent.type != EntityType::person) return false;
            return emit(si_, oi_, hosting, tb, te, clause_start, factor);
        }
    }
    std::size_t b = std::min<std::size_t>({sm.b, tb, om.b});
    std::size_t e = std::max<std::size_t>({sm.e, te, om.e});
    Triple t;
    t.article = a_.id;
    t.subject = sm.ent;
    t.relation = tr.relation;
    t.object = om.ent;
    t.sentence = (std::int64_t)cur_si_;
    t.char_start = a_.offsets[toks_[b].begin];
    t.char_end = a_.offsets[toks_[e - 1].end - 1] + 1;
    t.evidence = a_.original.substr(t.char_start, t.char_end - t.char_start);

    // negation and modality: cues between the clause start (or the subject) and the trigger
    std::size_t scope_b = std::max<std::size_t>(clause_start, sm.e <= tb ? sm.e : clause_start);
    if (sm.e > tb) scope_b = clause_start;  // passive / reversed: the clause
    if (scope_b > tb) scope_b = tb;
    for (std::size_t p = scope_b; p < tb; ++p) {
        if (cue(p) & KnowledgeBase::cue_negation) t.negated = true;
    }
    // "there are no U.S. troops in Gaza": a denied presence
    if (tr.relation == Relation::deploys_to && sm.b > s.b && ieq(tok(sm.b - 1), "no")) t.negated = true;
    Modality mod = Modality::asserted;
    for (std::size_t p = scope_b; p < tb; ++p) {
        if (cue(p) & KnowledgeBase::cue_hypothetical) { mod = Modality::hypothetical; break; }
        if (!tr.intent && (cue(p) & KnowledgeBase::cue_planned)) mod = Modality::planned;
    }
    // a hedge just before the clause: "the possibility of the U.S. joining"
    if (mod != Modality::hypothetical) {
        std::size_t hb = std::min(scope_b, std::min<std::size_t>(sm.b, om.b));
        for (std::size_t p = hb > s.b + 4 ? hb - 4 : s.b; p < hb; ++p)
            if ((cue(p) & KnowledgeBase::cue_hypothetical) &&
                (!in_list(tok(p), {"would", "could", "might", "may", "should", "if"}) ||
                 (p + 1 < hb && in_list(tok(p + 1), {"welcome", "support", "accept", "consider"})))) {  // "would welcome X joining"
                mod = Modality::hypothetical;
                break;
            }
    }
    // conditional clauses anywhere before the trigger in the sentence
    if (mod != Modality::hypothetical && tb > s.b) {
        // a sentence that opens with a condition: "If ...", "Should he ...", "Were China to ..."
        std::size_t p = s.b;
        if (p < tb && (tok(p) == "\"" || tok(p) == "'")) ++p;
        auto w = tok(p);
        if (p < tb && in_list(w, {"if", "unless", "should", "were", "had", "whether"}) && is_cap_word(toks_[p])) {
            bool speech = false;
            for (std::size_t q = p + 1; q < tb && !speech; ++q) speech = speech_at(q) || tok(q) == ";";
            if (!speech) mod = Modality::hypothetical;
        }
    }
    // "Did the President call Xi?", "Would he send troops?": a yes/no question asserts no meeting or deployment
    // (a verb only: "Is there news on his call with X?" presupposes the call)
    if (mod == Modality::asserted && tr.pos == Trigger::Pos::verb && question_clause(sm) &&
        (tr.relation == Relation::meets_with || tr.relation == Relation::cooperates_with ||
         tr.relation == Relation::deploys_to || tr.relation == Relation::threatens || tr.relation == Relation::visits ||
         tr.relation == Relation::sanctions || tr.relation == Relation::aids))
        mod = Modality::hypothetical;
    // "X will side with Y only if ...": a condition after the trigger
    if (mod == Modality::asserted)
        for (std::size_t p = te; p + 1 < s.e; ++p) {
            if (tok(p) == ";" ) break;
            if ((ieq(tok(p), "only") || ieq(tok(p), "even")) && ieq(tok(p + 1), "if")) { mod = Modality::hypothetical; break; }
        }
    // "invited/asked X to visit Y", "invited A, B and C to become full members of X": the invited act has not
    // happened (the subject may be any member of the invited list)
    if (mod == Modality::asserted && tb > s.b && sm.e <= tb && sm.b > s.b) {
        std::size_t p = tb;
        if (tr.pos == Trigger::Pos::noun) {
            while (p > sm.e && in_list(tok(p - 1), {"full", "permanent", "new", "a", "an", "the", "fully-fledged", "formal"})) --p;
            if (p > sm.e && in_list(tok(p - 1), {"become", "be"})) --p;
        }
        auto list_tok = [&](std::size_t q) {
            return cover_[q - s.b] >= 0 || tok(q) == "," || ieq(tok(q), "and") || ieq(tok(q), "the");
        };
        if (p > sm.e && ieq(tok(p - 1), "to")) {
            bool list_between = true;
            for (std::size_t q = sm.e; q + 1 < p && list_between; ++q) list_between = list_tok(q);
            std::size_t v = sm.b;
            while (v > s.b && v + 40 > sm.b && list_tok(v - 1)) --v;
            if (list_between && v > s.b &&
                in_list(tok(v - 1), {"invited", "invite", "invites", "inviting", "asked", "urged", "encouraged",
                                     "pressed", "pressured", "called", "begged", "challenged"}))
                mod = Modality::planned;
        }
    }
    t.modality = mod;

    // date: the nearest date expression in the sentence, else the article's
    t.date = a_.date;
    {
        long best = 1 << 30;
        for (auto& d : dates_) {
            long dist = d.b >= te ? (long)d.b - (long)te : (long)tb - (long)d.e;
            if (dist < 0) dist = 0;
            if (dist < best) best = dist, t.date = d.iso;
        }
    }
    // confidence
    double dist = (double)(e - b);
    double dfac = dist <= 8 ? 1.0 : std::max(0.55, 1.0 - 0.015 * (dist - 8));
    double c = tr.prior * std::min(sm.cert, om.cert) * dfac * factor;
    if (!sm.via.empty() || sm.kind == SurfaceKind::capital || sm.kind == SurfaceKind::seat) c *= 0.95;
    if (sm.group >= 0 || om.group >= 0) c *= 0.9;
    // a hedged or denied event is less likely to be a fact the graph should carry
    if (t.modality == Modality::planned) c *= 0.8;
    if (t.modality == Modality::hypothetical) c *= 0.6;
    if (t.negated) c *= 0.7;
    t.confidence = std::clamp(c, 0.05, 0.99);
    auto put_surface = [&](const Mention& m, const char* sk, const char* vk) {
        if (!m.via.empty()) t.attributes[vk] = m.via;
        if (!m.surface.empty()) t.attributes[sk] = m.surface;
        else if (m.kind != SurfaceKind::name || m.ent.type == EntityType::country) {
            std::string surf = span_text(m.hb, m.he);
            if (surf != m.ent.name) t.attributes[sk] = surf;
        }
    };
    put_surface(sm, "surface", "via");
    put_surface(om, "object_surface", "object_via");
    t.attributes["trigger"] = span_text((std::uint32_t)tb, (std::uint32_t)te);

    if (t.negated && !opt_.emit_negated) return true;
    if (t.modality != Modality::asserted && !opt_.emit_hypothetical) return true;
    // one triple per (subject, relation, object) and sentence: the most confident
    std::string a = t.subject.id, o = t.object.id;
    if (info(t.relation).symmetric && o < a) std::swap(a, o);
    auto key = std::make_tuple(a + "|" + std::to_string(cur_si_), (int)t.relation, o);
    auto it = seen_triples_.find(key);
    if (it != seen_triples_.end()) {
        auto& prev = out_[it->second];
        // a fact beats a hedged copy; else the more confident one
        if ((prev.is_fact() && !t.is_fact()) || (prev.is_fact() == t.is_fact() && prev.confidence >= t.confidence))
            return true;
        prev = std::move(t);
        return true;
    }
    seen_triples_[key] = out_.size();
    out_.push_back(std::move(t));
    return true;
}

bool ArticleRun::try_trigger(std::size_t i, std::size_t len, const Trigger& tr) {
    const auto& s = *cs_;
    static const bool debug = std::getenv("GEOKG_DEBUG_EXTRACT") != nullptr;
    if (debug) {
        std::string ms_str;
        for (auto& m : *cm_) ms_str += fmt::format(" [{}..{} {}{}{}]", m.b, m.e, m.ent.id, m.modifier ? " mod" : "", m.poss ? " poss" : "");
        fmt::print(stderr, "trigger '{}' at {} rel={} pos={} mentions:{}\n", span_text((std::uint32_t)i, (std::uint32_t)(i + len)), i,
                   to_string(tr.relation), (int)tr.pos, ms_str);
    }
    if (tr.pos == Trigger::Pos::adj) return evaluative_trigger(i, len, tr);  // stance block below
    if (stance_in_question(tr)) return false;
    std::size_t te = i + len;
    // "the visit of", "his call": a verb form after a determiner is a noun
    if (tr.pos == Trigger::Pos::verb && i > s.b && is_lower_word(toks_[i - 1]) &&
        in_list(tok(i - 1), {"the", "a", "an", "his", "her", "its", "their", "this", "our", "your", "my", "any"}))
        return false;
    // "the recent rocket attacks", "the new sanctions": an -s form after a determiner and modifiers is a plural noun
    if (tr.pos == Trigger::Pos::verb && tok(i).size() > 3 && tok(i).back() == 's' && is_lower_word(toks_[i])) {
        std::size_t p = i;
        for (int guard = 0; guard < 2 && p > s.b && cover_[p - 1 - s.b] < 0 && is_lower_word(toks_[p - 1]) &&
                            !is_function_word(tok(p - 1)) && !is_determiner(tok(p - 1));
             ++guard)
            --p;
        if (p < i && p > s.b && in_list(tok(p - 1), {"the", "a", "an", "his", "her", "its", "their", "this", "these"}))
            return false;
    }
    // a participle inside a compound adjective ("nuclear-armed", "state-backed") is no verb
    if (tr.pos == Trigger::Pos::verb && i > s.b + 1 && tok(i - 1) == "-" &&
        !(toks_[i - 1].flags & tok_space_before) && !(toks_[i].flags & tok_space_before) && is_lower_word(toks_[i - 2]))
        return false;
    {
        auto w = tok(i);
        // "meet the needs of X", "in meeting the challenges": meet in the sense of satisfy, no meeting
        if (tr.relation == Relation::meets_with && w.size() >= 4 && (w.starts_with("meet") || w.starts_with("Meet"))) {
            std::size_t p = te;
            while (p < s.e && p < te + 3 && is_lower_word(toks_[p]) &&
                   (is_determiner(tok(p)) || in_list(tok(p), {"our", "their", "its", "his", "her", "these", "this", "those",
                                                              "shared", "common", "global", "new", "growing", "urgent",
                                                              "basic", "many", "key", "humanitarian", "evolving"})))
                ++p;
            if (p < s.e && in_list(tok(p), {"needs", "need", "challenge", "challenges", "goal", "goals", "target", "targets",
                                            "demand", "demands", "obligations", "obligation", "commitments", "commitment",
                                            "requirements", "requirement", "standards", "standard", "criteria",
                                            "expectations", "threat", "threats", "deadline", "deadlines", "benchmarks",
                                            "moment", "test", "crisis", "crises", "shortfall", "costs", "conditions"}))
                return false;
            // "cooperation on meeting ...", "in meeting ...": a gerund after a preposition not followed by
            // with/between is an activity, not a meeting held
            if (te - i == 1 && ieq(w, "meeting") && i > s.b + 1 && in_list(tok(i - 1), {"on", "in", "for", "toward", "towards"}) &&
                tok(i - 2) != "-" &&
                !(te < s.e && in_list(tok(te), {"with", "between", "among", "of"})))
                return false;
        }
        // "the two governments call on X to ...": an appeal, not a phone call
        if (tr.relation == Relation::meets_with && tr.pos == Trigger::Pos::noun && te - i == 1 &&
            in_list(w, {"call", "calls"}) && te < s.e && in_list(tok(te), {"on", "upon", "for"}))
            return false;
        // "the challenges facing X", "threats confronting X": what X faces; the trigger noun is no act
        // of anyone against X ("issues confronting X" likewise)
        if (te < s.e && tr.pos == Trigger::Pos::noun && in_list(tok(te), {"facing", "confronting"}) &&
            tr.relation != Relation::meets_with)
            return false;
        if (in_list(w, {"facing", "confronting"}) && i > s.b && is_lower_word(toks_[i - 1]) &&
            !is_function_word(tok(i - 1)) && tok(i - 1).size() > 3 && tok(i - 1).back() == 's')
            return false;
    }
    if (!tr.needs.empty()) {
        bool ok = false;
        std::size_t from = i > s.b + 6 ? i - 6 : s.b;
        for (std::size_t p = from; p < i && !ok; ++p)
            for (auto& n : tr.needs)
                if (ieq(tok(p), n)) { ok = true; break; }
        if (!ok) return false;
    }
    auto& ms = *cm_;
    bool any = false;
    auto emit_all = [&](const std::vector<int>& S, const std::vector<int>& O, std::size_t cs, double f) {
        for (int a : S)
            for (int o : O) {
                if (tr.reverse) any |= emit(o, a, tr, i, te, cs, f);
                else any |= emit(a, o, tr, i, te, cs, f);
            }
    };
    auto emit_pairs = [&](const std::vector<int>& G, std::size_t cs, double f) {
        for (std::size_t x = 0; x < G.size(); ++x)
            for (std::size_t y = x + 1; y < G.size(); ++y) any |= emit(G[x], G[y], tr, i, te, cs, f);
    };
    std::size_t cs = s.b;
    if (tr.pos == Trigger::Pos::verb) {
        // "issues to discuss with X", "A and B to discuss": an aim, not a meeting held
        if (tr.relation == Relation::meets_with && i > s.b && ieq(tok(i - 1), "to") &&
            tok(i).starts_with("discuss"))
            return false;
        auto S = find_subject(i, cs);
        // "X condemned A and urged B": a past-tense verb after "and" shares the subject of the verb
        // trigger before it, unless a subject of its own stands after that verb
        {
            std::size_t pa = i;
            while (pa > s.b && is_lower_word(toks_[pa - 1]) &&
                   in_list(tok(pa - 1), {"also", "then", "later", "jointly", "strongly", "firmly", "repeatedly"}))
                --pa;
            auto w = tok(i);
            bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed";
            if (!past)
                past = in_list(w, {"met", "held", "sent", "struck", "spoke", "took", "went", "flew", "fought", "sought",
                                   "withdrew", "left", "stood", "drew", "hit", "shot", "quit", "threw", "sold"});
            if (past && is_lower_word(toks_[i]) && pa > s.b && ieq(tok(pa - 1), "and") && vp_sb_ == s.b &&
                vp_te_ < pa && (S.empty() || ms[S[0]].b >= vp_te_ || !vp_subj_.empty())) {
                // (an actor found before that verb, other than its subject, sits in a phrase its
                // subject search skipped: "X, whose father Y ..., travelled to A and met B")
                S = vp_subj_;
                cs = vp_cs_;
            } else if (vp_sb_ == s.b && vp_tb_ == i && vp_te_ == te) {
                S = vp_subj_;
                cs = vp_cs_;
            }
        }
        // passive: "was criticized by X"
        bool passive = false;
        if (i > s.b && (is_be(tok(i - 1)) || (i > s.b + 1 && is_be(tok(i - 2)) && is_lower_word(toks_[i - 1]))) &&
            (tok(i).size() > 2 && (tok(i).substr(tok(i).size() - 2) == "ed" || tok(i).back() == 'n' || tok(i).back() == 't'))) {
            // the by-phrase may follow a short adjunct ("was signed in 1987 by ...")
            for (std::size_t p = te; p < std::min<std::size_t>(s.e, te + 7); ++p) {
                if (clause_break_at(p, s.e) || tok(p) == "," || speech_at(p)) break;
                if (ieq(tok(p), "by")) {
                    auto agent = starting_at(p + 1);
                    if (p + 2 < s.e && agent.empty() && ieq(tok(p + 1), "the")) agent = starting_at(p + 2);
                    // "by the defence chiefs of A and B", "by the leaders of A": the represented actors
                    if (agent.empty()) {
                        std::size_t q = p + 1;
                        if (q < s.e && ieq(tok(q), "the")) ++q;
                        std::size_t nouns = 0;
                        while (q < s.e && nouns < 3 && is_lower_word(toks_[q]) && !is_function_word(tok(q)) &&
                               !is_determiner(tok(q)))
                            ++q, ++nouns;
                        if (nouns > 0 && q + 1 < s.e && ieq(tok(q), "of")) {
                            ++q;
                            agent = starting_at(q);  // "of the two Koreas": the group starts at "the"
                            if (agent.empty() && q + 1 < s.e && ieq(tok(q), "the")) agent = starting_at(q + 1);
                        }
                    }
                    if (!agent.empty()) {
                        // events block: signers with appositions between them ("by A, the X of Y, and B")
                        agent = tr.relation == Relation::signs ? signer_list(ms[agent[0]].b)
                                                               : extend_right(agent);
                        passive = true;
                        if (!S.empty()) emit_all(agent, S, cs, 0.95);
                        // "Sweden's bid was blocked by Turkey", "Kenya's new law was criticised by
                        // Uganda": a stance toward an act is a stance toward its owner
                        else if (tr.relation == Relation::criticizes || tr.relation == Relation::supports ||
                                 tr.relation == Relation::opposes) {
                            std::size_t q = is_be(tok(i - 1)) ? i - 1 : i - 2, n = 0;
                            while (q > s.b && n < 3 && is_lower_word(toks_[q - 1]) && !is_function_word(tok(q - 1)) &&
                                   !is_determiner(tok(q - 1)))
                                --q, ++n;
                            if (n > 0 && q > s.b + 1 && tok(q - 1) == "'s") {
                                auto own = ending_at(q - 1);
                                if (!own.empty() && !ms[own[0]].locative) emit_all(agent, own, cs, 0.85);
                            }
                        }
                    }
                    break;
                }
            }
        }
        if (passive) return any;
        // "X joined A and B in condemning Y": the one who joins acts too
        if (!S.empty() && i > s.b + 1 && ieq(tok(i - 1), "in") && ms[S.back()].e + 1 == i) {
            std::size_t gb = ms[S[0]].b;
            if (gb > s.b && ieq(tok(gb - 1), "the")) --gb;
            // (a finite "joined"/"joins" only: "would join A in ...", "ready to join A in ..." did nothing yet)
            if (gb > s.b + 1 && in_list(tok(gb - 1), {"joins", "joined"}) &&
                !in_list(tok(gb - 2), {"to", "would", "will", "could", "may", "might", "should", "must", "not", "never"})) {
                std::size_t cs2 = s.b;
                auto J = find_subject(gb - 1, cs2);
                for (int k : J)
                    if (std::find(S.begin(), S.end(), k) == S.end()) S.push_back(k);
            }
        }
        if (S.empty()) S = participle_subject(i, te);
        if (S.empty()) {
            int k = pronoun_subject(i, cs);
            if (k >= 0) S = {k};
        }
        std::size_t speaker_fallback = 0;
        bool quoted = false;
        if (S.empty()) {
            std::size_t pron = 0;
            S = quote_speaker(i, te, pron);
            quoted = !S.empty();
            if (quoted) cs = pron;  // negation and modality are read from the pronoun on
        }
        if (S.empty()) {
            // reported speech without an actor in the inner clause: the speaker
            // ("Biden has said the best way is to confront China")
            S = speaker_subject(i, cs);
            speaker_fallback = 1;
        }
        // (a verb of a relative clause, "one that flew over X", is no conjunct of the main verb)
        if (!quoted && (!speaker_fallback || S.empty()) &&
            !(S.empty() && cs > s.b && in_list(tok(cs - 1), {"that", "which", "who"}))) {
            vp_subj_ = S;  // empty: the verb's subject is no actor ("The minister met A and travelled to B")
            vp_sb_ = s.b;
            vp_te_ = te;
            vp_tb_ = i;
            vp_cs_ = cs;
        }
        if (S.empty()) return false;
        if (tr.pair_only) {
            if (S.size() >= 2) emit_pairs(S, cs, 0.9);
            return any;
        }
        // "asked whether X would join", "asked why X ...": a question, not an appeal to X
        if (tr.relation == Relation::appeals_to && te < s.e &&
            in_list(tok(te), {"whether", "if", "why", "how", "what", "when", "where", "who", "about"}))
            return false;
        auto O = find_object(te, tr, false);
        // "flew from A to B": a person's journey (not "the railcars travelled from A to B")
        if (visit_from_ && (S.empty() || ms[S[0]].ent.type != EntityType::person)) O.clear();
        if (O.empty() && tr.relation == Relation::threatens) {
            // "Iran said Israel would face a crushing response": the speaker threatens the clause subject
            if (tr.reverse) {
                O = threat_speaker(S, i);
                if (!O.empty()) emit_all(S, O, i, 0.85);
                return any;
            }
            O = threat_object(te);
        }
        if (!O.empty() && tr.relation == Relation::meets_with && evaluative_call(i, te, O)) return false;
        // "spoke to X": the person named right after "to" ("spoke to the pain that X ..." is no talk;
        // a bare title "spoke to the Prime Minister" is too vague for this loose verb)
        if (!O.empty() && tr.relation == Relation::meets_with && te < s.e && ieq(tok(te), "to") &&
            (ms[O[0]].b > te + 2 || title_only(ms[O[0]])))
            return false;
        // "X welcomed Prime Minister Y to Canberra": the one welcomed visits the place
        if (O.size() == 1 && !speaker_fallback && (tok(i).starts_with("welcom") || tok(i).starts_with("Welcom")))
            welcomed_visitor(O[0], i, te, cs);
        if (!O.empty()) {
            if (speaker_fallback) {
                emit_all(S, O, cs, 0.7);
                return any;
            }
            emit_all(S, O, cs, quoted ? 0.9 : 1.0);
            // "X welcomed the deal, as did Y and Z": the subjects of the ellipsis do the same
            for (std::size_t p = ms[O.back()].e; p + 3 < s.e && p < ms[O.back()].e + 8; ++p) {
                if (tok(p) == ";" || tok(p) == ":" || speech_at(p)) break;
                if (tok(p) != "," || !ieq(tok(p + 1), "as") ||
                    !in_list(tok(p + 2), {"did", "do", "does", "has", "have", "had"}))
                    continue;
                std::size_t q = p + 3;
                if (q + 1 < s.e && ieq(tok(q), "the")) ++q;
                auto E = starting_at(q);
                if (!E.empty()) emit_all(extend_right(E), O, p + 1, 0.85);
                break;
            }
            return any;
        }
        // "condemned the launch of missiles by X", "welcomed the decision by Y": the agent of the act
        if ((tr.relation == Relation::criticizes || tr.relation == Relation::supports ||
             tr.relation == Relation::opposes) &&
            !speaker_fallback && te < s.e && in_list(tok(te), {"the", "a", "an", "this", "its", "their"})) {
            for (std::size_t p = te + 1; p + 1 < s.e && p < te + 9; ++p) {
                auto w = tok(p);
                if ((toks_[p].flags & tok_punct) || clause_break_at(p, s.e) || speech_at(p) || cover_[p - s.b] >= 0 ||
                    in_list(w, {"that", "which", "who", "and", "or", "to", "as", "against", "on", "in", "at", "with"}))
                    break;
                if (!ieq(w, "by")) continue;
                std::size_t q = p + 1;
                if (q + 1 < s.e && ieq(tok(q), "the")) ++q;
                auto ag = starting_at(q);
                if (!ag.empty() && actor(ag[0]) && !ms[ag[0]].poss && !ms[ag[0]].locative) {
                    ag = extend_right(ag);
                    // "X and Y support the increase of investment by X and Y": their own act
                    for (int a : ag)
                        for (int k : S)
                            if (ms[a].ent.id == ms[k].ent.id) return any;
                    std::size_t ae = ms[ag.back()].e;
                    if (ae >= s.e || !is_cap_word(toks_[ae])) {  // ("by the NASA Administrator": a modifier)
                        emit_all(S, ag, cs, 0.85);
                        return any;
                    }
                }
                break;
            }
        }
        // "a move Y criticised", "a decision Y welcomed": an object relative clause is about its antecedent
        if ((tr.relation == Relation::criticizes || tr.relation == Relation::supports ||
             tr.relation == Relation::opposes) &&
            !speaker_fallback && !quoted && ms[S.back()].e <= i && ms[S.back()].e + 4 >= i &&
            [&] {  // only words between: "a comment X's foreign ministry condemned"
                for (std::size_t p = ms[S.back()].e; p < i; ++p)
                    if ((toks_[p].flags & tok_punct) && tok(p) != "'s") return false;
                return true;
            }() &&
            (te >= s.e || in_list(tok(te), {".", ",", ";", "\"", "in", "on", "at", "last", "this", "earlier", "as",
                                            "after", "because", "for", "when"}))) {
            auto A = relative_antecedent(ms[S[0]].b);
            if (!A.empty()) {
                emit_all(S, A, cs, 0.8);
                return any;
            }
        }
        if (tr.symmetric_pair && S.size() >= 2) {
            emit_pairs(S, cs, 0.9);
            return any;
        }
        // stranded preposition in a relative clause: "the TPP that Trump backed out of"
        std::size_t sb = ms[S[0]].b;
        if (sb > s.b + 1 && in_list(tok(sb - 1), {"that", "which"})) {
            std::size_t q = sb - 1;
            // "the accord, which both countries signed in 2020": a non-restrictive clause that ends with the verb
            if (q > s.b && tok(q - 1) == "," &&
                (te >= s.e || in_list(tok(te), {".", ",", ";", "in", "on", "at", "last", "this", "earlier"})))
                --q;
            if (q > s.b && tok(q - 1) == ")") {
                // "(TPP) that": the mention inside or before the parentheses
                --q;
            }
            if (tr.direct && q > s.b && tok(q - 1) == ",") --q;  // "the Agreement, which both countries signed"
            auto ante = ending_at(q);
            if (!ante.empty()) emit_all(S, ante, cs, 0.85);
        }
        return any;
    }
    // nouns
    // "any attack on X would ...", "any sanctions against Y": no event took place
    // ("has not given any aid to X" stays, negated)
    for (std::size_t p = i, n = 0; p > s.b && n < 3; --p, ++n) {
        if (ieq(tok(p - 1), "any")) {
            bool neg = false;
            for (std::size_t q = p - 1; q > s.b && q + 6 > p && !neg; --q)
                neg = in_list(tok(q - 1), {"not", "n't", "never", "without"});
            if (!neg) return false;
            break;
        }
        if (!is_lower_word(toks_[p - 1]) || is_function_word(tok(p - 1))) break;
    }
    std::size_t np = i;
    auto owner = find_owner(i, np);
    // "between X and Y", "among X, Y and Z"
    std::vector<int> between;
    // (also when the trigger itself ends with the preposition: "meeting between")
    bool prep_in_trigger = len > 1 && in_list(tok(te - 1), {"between", "among"});
    if (te < s.e && (prep_in_trigger || in_list(tok(te), {"between", "among"}))) {
        std::size_t q = prep_in_trigger ? te : te + 1;
        if (q < s.e && in_list(tok(q), {"the", "both"})) ++q;
        auto st = starting_at(q);
        if (!st.empty()) between = extend_right(st);
    }
    if (between.size() >= 2) {
        if (tr.symmetric_pair) emit_pairs(between, s.b, 0.95);
        // ("issues of concern between X and Y" is no stance of X toward Y)
        else if (tr.relation != Relation::criticizes && tr.relation != Relation::supports &&
                 tr.relation != Relation::appeals_to)
            emit_all({between[0]}, std::vector<int>(between.begin() + 1, between.end()), s.b, 0.8);
        return any;
    }
    // "the visit of X to Y", "a visit by X to Y", "a call from X for Y to": the agent after "of" / "by" / "from"
    if (owner.empty() && te + 1 < s.e &&
        (ieq(tok(te), "of") || ieq(tok(te), "by") ||
         (ieq(tok(te), "from") && !tr.reverse &&  // (stance only: "imports from X and Y" are no trade of X with Y)
          (tr.relation == Relation::supports || tr.relation == Relation::opposes ||
           tr.relation == Relation::criticizes || tr.relation == Relation::appeals_to)))) {
        auto ag = starting_at(te + 1);
        if (!ag.empty() && ((*cm_)[ag[0]].ent.type == EntityType::person ||
                            (*cm_)[ag[0]].ent.type == EntityType::country)) {
            std::size_t after = (*cm_)[ag.back()].e;
            auto O = find_object(after, tr, true);
            if (!O.empty()) {
                emit_all(ag, O, s.b, 0.9);
                return any;
            }
        }
    }
    auto O = find_object(te, tr, true);
    // "the invasion of X by Y", "sanctions on X by Y": the agent after the object
    if (owner.empty() && !O.empty()) {
        std::size_t after = (*cm_)[O.back()].e;
        if (after + 1 < s.e && ieq(tok(after), "by")) {
            std::size_t q = after + 1;
            if (q + 1 < s.e && ieq(tok(q), "the")) ++q;
            auto ag = starting_at(q);
            if (!ag.empty() && actor(ag[0]) && !(*cm_)[ag[0]].poss) {
                ag = extend_right(ag);
                // "by the NASA Administrator": the mention only modifies the agent's head noun
                std::size_t ae = (*cm_)[ag.back()].e;
                bool head = ae < s.e && is_cap_word(toks_[ae]);
                if (!head) {
                    emit_all(ag, O, s.b, 0.9);
                    return any;
                }
            }
        }
    }
    // possessive pronoun: "his visit to Japan", "its alliance with the U.S."
    if (owner.empty() && np > s.b) {
        std::size_t p = np;
        while (p > s.b && (is_lower_word(toks_[p - 1]) || (toks_[p - 1].flags & tok_digit) || tok(p - 1) == "-") &&
               !in_list(tok(p - 1), {"his", "her", "its", "their"}) && p + 3 > np)
            --p;
        if (p > s.b && in_list(tok(p - 1), {"his", "her", "its", "their"})) {
            bool person = in_list(tok(p - 1), {"his", "her"});
            // the clause subject when there is one, else the last one mentioned
            std::size_t cs2 = s.b;
            auto S = find_subject(p - 1, cs2);
            bool fits = !S.empty() && (((*cm_)[S[0]].ent.type == EntityType::person) == person ||
                                       (ieq(tok(p - 1), "their") && (S.size() > 1 || (*cm_)[S[0]].group >= 0)));
            // "During his visit to India, Macron ...": a sentence-initial phrase takes the subject after its comma
            if (!fits && S.empty()) {
                auto C = opening_phrase_subject(p - 1);
                if (!C.empty() && (((*cm_)[C[0]].ent.type == EntityType::person) == person || ieq(tok(p - 1), "their")))
                    S = C, fits = true;
            }
            if (!fits) {
                int k = person_before(p - 1, !person);
                if (k >= 0) S = {k}, fits = true;
            }
            if (fits && !O.empty()) {
                emit_all(S, O, cs2, 0.85);
                return any;
            }
        }
    }
    if (!owner.empty()) {
        // "Russia and China held joint drills near Japan", "Brazil and India offered support to X": the
        // owner found across a light verb is a clause subject, with its co-subjects
        if (owner.size() == 1 && (!O.empty() || tr.symmetric_pair) && !(*cm_)[owner[0]].poss) {
            bool across = false;
            for (std::size_t p = (*cm_)[owner[0]].e; p < i && !across; ++p)
                for (auto& lv : kb_.cues().light_verbs) across |= ieq(tok(p), lv);
            if (across) owner = extend_left(owner);
        }
        if (O.empty() && owner.size() >= 2 && tr.symmetric_pair) {
            emit_pairs(owner, s.b, 0.95);
            return any;
        }
        if (O.empty()) {
            auto A = apposition_left(np);
            if (!A.empty()) {
                emit_all(owner, A, s.b, 0.9);
                return any;
            }
            return false;
        }
        emit_all(owner, O, s.b, 1.0);
        return any;
    }
    // no owner: the clause subject, when a light verb, a copula or a possessive pronoun links it to the noun
    auto S = find_subject(np, cs);
    if (S.empty()) {
        int k = pronoun_subject(np, cs);
        if (k >= 0) S = {k};
    }
    if (S.empty() && tr.relation == Relation::meets_with) {
        // "In a phone call with X, Y said ...", "During the talks, X and Y agreed ...": the participants
        auto P = opening_meeting_subject(i, np);
        if (P.empty()) P = adjunct_meeting_subject(i, np);
        if (P.size() == 1 && O.empty()) {
            // "During the talks, Blinken pressed Wang ...": the person the subject addresses
            std::size_t q = (*cm_)[P[0]].e;
            if (q < s.e && ieq(tok(q), "also")) ++q;
            if (q + 1 < s.e && is_lower_word(toks_[q]) && (!is_function_word(tok(q)) || ieq(tok(q), "told")) &&
                cover_[q - s.b] < 0) {
                auto A = starting_at(q + 1);
                if (A.size() == 1 && (*cm_)[A[0]].ent.type == EntityType::person && !(*cm_)[A[0]].poss) O = A;
            }
        }
        if (!P.empty() && !O.empty()) emit_all(P, O, (*cm_)[P[0]].b, 0.85);
        else if (P.size() == 2) emit_pairs(P, (*cm_)[P[0]].b, 0.85);
        return any;
    }
    if (S.empty()) return false;
    bool linked = false;
    std::size_t send = ms[S.back()].e;
    for (std::size_t p = send; p < i; ++p) {
        auto w = tok(p);
        // "They discussed the attacks on X", "noted the visit to Y": a topic, not an event of the subject
        if (tr.relation != Relation::cooperates_with &&
            in_list(w, {"discussed", "discuss", "discusses", "discussing", "noted", "reviewed", "previewed", "addressed"}))
            return false;
        if (w == "'s" && p > s.b && cover_[p - 1 - s.b] >= 0) continue;  // "Russia's": a possessive, no copula
        if (in_list(w, {"his", "her", "its", "their"}) || is_be(w) ||
            in_list(w, {"remain", "remains", "remained", "become", "becomes", "became"}))
            linked = true;
        for (auto& lv : kb_.cues().light_verbs)
            if (ieq(w, lv)) { linked = true; break; }
    }
    // "China and Japan ... dispute": coordinated subjects of a symmetric noun
    if (O.empty() && tr.symmetric_pair && S.size() >= 2 && (linked || i - send <= 6)) {
        emit_pairs(S, cs, 0.85);
        return any;
    }
    if (!linked || O.empty()) return false;
    emit_all(S, O, cs, 0.9);
    return any;
}

// ------------------------------------------------------------------ stance: evaluative predicates
//
// An evaluative word (relations.json, pos "adj": "unacceptable", "a provocation", "a milestone")
// relates whoever voices it to the one entity of the noun phrase it evaluates, with no relation
// verb: "X said (that) Y's move was illegal", "X called the Y plan a mistake", "X described Y's
// sanctions as economic warfare", "Y's decision is a violation, X said". The noun phrase holds one
// actor, as its owner ("Y's move", "the move by Y"), a modifier ("the Y sanctions") or alone ("Y");
// anything else ("the sanctions on Y", "the war in Y", "it") evaluates no entity of ours.

// Verbs that frame an object with an evaluation: "called Y's move a provocation" ...
bool frames_complement(std::string_view w) {
    return in_list(w, {"call", "calls", "called", "calling", "term", "terms", "termed", "dub", "dubs", "dubbed",
                       "deem", "deems", "deemed", "brand", "brands", "branded", "label", "labels", "labelled",
                       "labeled", "declare", "declares", "declared", "consider", "considers", "considered"});
}
// ... and "described Y's sanctions as economic warfare".
bool frames_as(std::string_view w) {
    return in_list(w, {"describe", "describes", "described", "describing", "characterize", "characterizes",
                       "characterized", "characterise", "characterises", "characterised", "portray", "portrays",
                       "portrayed", "depict", "depicts", "depicted", "brand", "brands", "branded", "label", "labels",
                       "labelled", "labeled", "regard", "regards", "regarded", "see", "sees", "saw", "view", "views",
                       "viewed", "perceive", "perceives", "perceived"}) ||
           frames_complement(w);
}
bool copula_word(std::string_view w) {
    return in_list(w, {"is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained",
                       "constitute", "constitutes", "constituted", "represent", "represents", "represented", "pose",
                       "poses", "posed", "posing"});
}
// Light head nouns an evaluation may be phrased with ("a dangerous development", "a hostile step")
// and that an object relative clause may hang on ("a move Y criticised").
bool evaluative_light_head(std::string_view w) {
    return in_list(w, {"development", "move", "moves", "step", "steps", "act", "action", "actions", "decision",
                       "precedent", "behaviour", "behavior", "position", "policy", "measure", "measures", "gesture",
                       "signal", "conduct", "comment", "comments", "remark", "remarks", "statement", "decisions"});
}
bool degree_word(std::string_view w) {  // between the copula and the evaluation: "was totally unacceptable"
    return in_list(w, {"not", "n't", "never", "also", "very", "so", "too", "most", "quite", "utterly", "truly",
                       "simply", "both", "still", "again", "nothing", "less", "more"}) ||
           (w.size() > 4 && w.substr(w.size() - 2) == "ly");
}

// The noun phrase ending at np_e: its one actor mention (and its start), or -1.
int ArticleRun::evaluated_np(std::size_t np_e, std::size_t& np_b) const {
    const auto& s = *cs_;
    const auto& ms = *cm_;
    int ment = -1;
    std::size_t q = np_e, lower_right = 0, lower_left = 0;
    bool by = false, head_treaty = false;
    while (q > s.b) {
        std::size_t t = q - 1;
        int k = cover_[t - s.b];
        if (k >= 0) {
            if (ment >= 0 || lower_left > 0) return -1;  // two actors, or "the Y" after a head noun
            auto ends = ending_at(ms[k].e);
            if (ends.size() != 1 || ms[k].e != q || ms[ends[0]].group >= 0) return -1;
            ment = ends[0];
            q = ms[ment].b;
            continue;
        }
        auto w = tok(t);
        if (w == "'s" && t > s.b && cover_[t - 1 - s.b] >= 0 && ment < 0 && !by) {
            q = t;
            continue;
        }
        if (ieq(w, "by") && ment >= 0 && lower_right == 0 && !by) {  // "the decision by Y"
            by = true;
            q = t;
            continue;
        }
        if (is_lower_word(toks_[t]) && !is_function_word(w) && !is_determiner(w) && !speech_at(t)) {
            if (ment >= 0 && !by) break;  // "... announced Y's plan": a word before the owner ends the phrase
            std::size_t& n = ment < 0 ? lower_right : lower_left;
            if (++n > 3) return -1;
            if (ment < 0 && n == 1)
                head_treaty = in_list(w, {"deal", "agreement", "accord", "pact", "treaty"});
            q = t;
            continue;
        }
        if (in_list(w, {"the", "this", "these", "those"})) q = t;
        break;
    }
    if (ment >= 0 && !by && q > s.b && (ieq(tok(q - 1), "to") || is_preposition(tok(q - 1)))) {
        ment = -1;  // "... to Z was": Z ends a longer phrase
        head_treaty = false;
    }
    if (ment < 0 && q + 1 < np_e) {
        // "Y's decision to sell arms to Z": the owner of a noun that an infinitive completes
        std::size_t lim = np_e > s.b + 14 ? np_e - 14 : s.b;
        for (std::size_t t = np_e - 1; t > lim + 2; --t) {
            auto w = tok(t);
            if (w == "," || w == ";" || w == "\"" || speech_at(t) || ieq(w, "that") || clause_break_at(t, s.e)) break;
            if (!ieq(w, "to") || !is_lower_word(toks_[t - 1]) || is_function_word(tok(t - 1))) continue;
            std::size_t o = tok(t - 2) == "'s" ? t - 2 : (t > lim + 3 && tok(t - 3) == "'s" && is_lower_word(toks_[t - 2])) ? t - 3 : 0;
            if (o == 0 || cover_[o - 1 - s.b] < 0) continue;
            auto ends = ending_at(o);
            if (ends.size() != 1 || ms[ends[0]].group >= 0) continue;
            ment = ends[0];
            q = ms[ment].b;
            if (q > s.b && ieq(tok(q - 1), "the")) --q;
        }
    }
    if (ment < 0 || (by && lower_left == 0)) return -1;
    const auto& m = ms[ment];
    if (m.locative || !actor(ment)) return -1;
    // "the Iran deal": a deal named after a party evaluates the deal, not the party
    if (head_treaty && !m.poss && !by) return -1;
    np_b = q;
    return ment;
}

// "..., the minister said", "...," said X": the speaker after the evaluation.
std::vector<int> ArticleRun::trailing_speaker(std::size_t te) const {
    const auto& s = *cs_;
    auto reporting = [&](std::size_t k) {
        return k < s.e && in_list(tok(k), {"said", "says", "told", "added", "stated", "declared", "insisted", "stressed", "wrote"});
    };
    // a quotation that opens the sentence: the speaker after its closing quote
    bool quoted = tok(s.b) == "\"" && te < s.e;
    for (std::size_t p = te; p < s.e && (quoted || p < te + 14); ++p) {
        auto w = tok(p);
        if (quoted) {
            if (w != "\"") continue;
            if (tok(p - 1) != "," || p + 1 >= s.e) return {};
            --p;
            quoted = false;
            w = tok(p);
        }
        if (w == ";" || w == ":" || w == "(" || speech_at(p) || cover_[p - s.b] >= 0) return {};
        if (w != ",") continue;
        std::size_t r = p + 1;
        if (r < s.e && tok(r) == "\"") ++r;
        if (reporting(r)) {
            auto g = starting_at(r + 1);
            if (g.empty() && r + 2 < s.e && ieq(tok(r + 1), "the")) g = starting_at(r + 2);
            return g;
        }
        if (r < s.e && ieq(tok(r), "the")) ++r;
        auto g = starting_at(r);
        if (g.empty()) return {};
        std::size_t k = (*cm_)[g.back()].e;
        if (k < s.e && in_list(tok(k), {"has", "had"})) ++k;
        return reporting(k) ? g : std::vector<int>{};
    }
    return {};
}

// "Did Japan condemn the launch?", "does the President view X as a partner?": a stance asked
// about is not voiced.
bool ArticleRun::stance_in_question(const Trigger& tr) const {
    if (tr.relation != Relation::supports && tr.relation != Relation::opposes &&
        tr.relation != Relation::criticizes && tr.relation != Relation::appeals_to)
        return false;
    const auto& s = *cs_;
    std::size_t last = s.e;
    while (last > s.b && (tok(last - 1) == "\"" || tok(last - 1) == "'" || tok(last - 1) == ")")) --last;
    return last > s.b && tok(last - 1) == "?";
}

// "concerns about the treatment of Haitian migrants", "condemned the killing of Palestinian civilians":
// a demonym before a noun of people names the people, not the state, as the target of criticism or
// opposition (support "for the Ukrainian people" is support for the country, and stays). A worry
// about a situation ("concerns about the erosion of Hong Kong's autonomy", "concern about the
// protection of civilians") is no criticism of the actor inside it.
bool ArticleRun::stance_on_people(const Trigger& tr, std::size_t te, const Mention& om) const {
    // "called for Y to ...": an appeal "for" someone only when the infinitive follows ("called for the
    // release of Y" asks nothing of Y)
    if (tr.relation == Relation::appeals_to && tr.words.size() >= 2 && tr.words.back() == "for") {
        std::size_t p = te;
        if (p < om.b && ieq(tok(p), "the")) ++p;
        return !(p == om.b && om.e + 1 < cs_->e && ieq(tok(om.e), "to") && is_lower_word(toks_[om.e + 1]));
    }
    if (tr.relation != Relation::opposes && tr.relation != Relation::criticizes) return false;
    if (tr.pos == Trigger::Pos::noun && om.b > te &&
        in_list(tr.words[0], {"concern", "concerns", "regret", "alarm", "dissatisfaction", "displeasure", "indignation"}))
        for (std::size_t p = te; p < om.b; ++p)
            if (ieq(tok(p), "of")) return true;
    if (om.kind != SurfaceKind::demonym || om.he >= cs_->e) return false;
    return in_list(tok(om.he), {"migrants", "migrant", "people", "civilians", "citizens", "nationals", "workers",
                                "refugees", "children", "women", "men", "families", "hostages", "prisoners",
                                "detainees", "journalists", "students", "communities", "community", "population",
                                "residents", "asylum", "immigrants", "farmers", "fishermen", "victims", "diaspora",
                                "descent", "origin"});
}

// The actor an object relative clause is about, from the start of its subject: "X joined the ICC, a
// step Y called hostile" (the clause subject X), "Z's decision to join the ICC, a move Y criticised"
// (the owner of the antecedent noun), "X and Z held drills, which Y described as a provocation".
std::vector<int> ArticleRun::relative_antecedent(std::size_t sb) const {
    const auto& s = *cs_;
    std::size_t p = sb;
    if (p > s.b && ieq(tok(p - 1), "the")) --p;
    if (p > s.b && ieq(tok(p - 1), "that")) --p;
    std::size_t c = 0;
    if (p > s.b + 1 && ieq(tok(p - 1), "which")) {
        c = p - 2;
    } else if (p > s.b + 2 && is_lower_word(toks_[p - 1]) && evaluative_light_head(tok(p - 1))) {
        std::size_t q = p - 1;
        for (int n = 0; n < 2 && q > s.b && is_lower_word(toks_[q - 1]) && !is_function_word(tok(q - 1)) &&
                        !is_determiner(tok(q - 1));
             ++n)
            --q;
        if (q > s.b + 1 && in_list(tok(q - 1), {"a", "an", "the"})) c = q - 2;
    }
    if (c <= s.b || tok(c) != ",") return {};
    // the owner of the antecedent's head noun ("Z's decision to ...", "the move by Z")
    std::size_t nb = 0;
    int o = evaluated_np(c, nb);
    if (o >= 0 && ((*cm_)[o].poss || ((*cm_)[o].e != c && in_list(tok(nb), {"the", "a", "an"})) ||
                   ((*cm_)[o].b > s.b && ieq(tok((*cm_)[o].b - 1), "by"))))
        return {o};
    // the subject that opens the sentence ("Z joined ..., a move Y criticised"), or its last
    // coordinated clause ("X paused aid, and Z said ..., a comment Y condemned")
    std::size_t f = s.b;
    for (std::size_t p = c; p > s.b + 1; --p)
        if ((tok(p - 2) == "," || tok(p - 2) == ";") && in_list(tok(p - 1), {"and", "but", "while", "whereas"})) {
            f = p;
            break;
        }
    while (f < c && (toks_[f].flags & tok_punct)) ++f;
    auto st = starting_at(f);
    if (st.empty() && f + 1 < c && ieq(tok(f), "the")) st = starting_at(f + 1);
    if (st.empty()) return {};
    st = extend_right(st);
    const auto& last = (*cm_)[st.back()];
    if (last.e >= c || last.poss || last.locative || !is_lower_word(toks_[last.e]) || is_preposition(tok(last.e)) ||
        is_determiner(tok(last.e)) || ieq(tok(last.e), "and") || ieq(tok(last.e), "or"))
        return {};
    return st;
}

bool ArticleRun::evaluative_trigger(std::size_t i, std::size_t len, const Trigger& tr) {
    const auto& s = *cs_;
    if (stance_in_question(tr)) return false;
    std::size_t te = i + len;
    // an evaluative adjective before a light head noun evaluates as the phrase does: "a dangerous
    // development", "a hostile step", "unacceptable behaviour"
    // (an indefinite or predicative phrase only: "Y's historic decision" names the act evaluated)
    if (te < s.e && is_lower_word(toks_[te]) && evaluative_light_head(tok(te)) &&
        !(te + 1 < s.e && is_lower_word(toks_[te + 1]) && !is_function_word(tok(te + 1)) && !is_determiner(tok(te + 1)))) {
        std::size_t q = i;
        while (q > s.b + 1 && cover_[q - 1 - s.b] < 0 &&
               (ieq(tok(q - 1), "and") || tok(q - 1) == "," || tok(q - 1) == "\"" ||
                (is_lower_word(toks_[q - 1]) && !is_function_word(tok(q - 1)) && !is_determiner(tok(q - 1)) &&
                 !copula_word(tok(q - 1)) && !frames_as(tok(q - 1)))))
            --q;
        if (q > s.b && (in_list(tok(q - 1), {"a", "an"}) || copula_word(tok(q - 1)) || ieq(tok(q - 1), "as") ||
                        frames_as(tok(q - 1))))
            ++te;
    }
    // an attributive use ("Y's historic decision", "a dangerous provocation") is not the evaluation
    // itself: the head noun after it is (when it is evaluative, it is a trigger of its own)
    if (te < s.e && is_lower_word(toks_[te]) && !is_function_word(tok(te)) && !is_determiner(tok(te))) return false;
    // the evaluative phrase: "an act of aggression", "a serious violation", "totally unacceptable"
    // (with an article, "a serious violation"; else degree words, "totally unacceptable"; an adjective
    // after a noun phrase, "called Y's decision to allow the rally unacceptable", may look like either)
    std::size_t p0 = i;
    if (p0 >= s.b + 2 && ieq(tok(p0 - 1), "of") && in_list(tok(p0 - 2), {"act", "acts", "form", "kind", "case"})) p0 -= 2;
    std::size_t pa = 0, pd = p0;
    {
        std::size_t q = p0;
        int n = 0;
        auto modifier = [&](std::size_t t) {
            return is_lower_word(toks_[t]) && !in_list(tok(t), {"a", "an", "the"}) && !is_function_word(tok(t)) &&
                   !is_determiner(tok(t)) && cover_[t - s.b] < 0;
        };
        while (q > s.b && n < 4) {
            // coordinated modifiers: "a serious and dangerous development"
            bool coord = q > s.b + 1 && (ieq(tok(q - 1), "and") || tok(q - 1) == ",") && modifier(q - 2);
            if (!coord && !modifier(q - 1)) break;
            --q, ++n;
        }
        while (q > s.b + 1 && (tok(q - 1) == "\"" || tok(q - 1) == "'")) --q;  // a "key partner"
        if (q > s.b && in_list(tok(q - 1), {"a", "an", "the"})) pa = q - 1;
        while (pd > s.b && is_lower_word(toks_[pd - 1]) && degree_word(tok(pd - 1))) --pd;
    }
    if (pa > s.b + 1 && evaluative_from(pa, i, te, tr)) return true;
    return pd > s.b + 1 && pd != pa && evaluative_from(pd, i, te, tr);
}

// The evaluative phrase [p, te) with its head at i: who voices it about whom.
bool ArticleRun::evaluative_from(std::size_t p, std::size_t i, std::size_t te, const Trigger& tr) {
    const auto& s = *cs_;
    std::vector<int> S;
    std::size_t cs = s.b, np_b = 0;
    int obj = -1;
    double factor = 0.9;
    std::size_t q = p;
    // a quoted evaluation: called Y's move "a provocation", described it as "economic warfare"
    while (q > s.b + 2 && (tok(q - 1) == "\"" || tok(q - 1) == "'")) --q;
    if (ieq(tok(q - 1), "as") || !copula_word(tok(q - 1))) {
        // "called Y's move a provocation", "described Y's sanctions as economic warfare"
        bool as = ieq(tok(q - 1), "as");
        if (as) --q;
        auto frames = [&](std::size_t v) {
            return is_lower_word(toks_[v]) && (as ? frames_as(tok(v)) : frames_complement(tok(v)));
        };
        obj = evaluated_np(q, np_b);
        if ((obj < 0 || np_b <= s.b || !frames(np_b - 1)) && q > s.b + 1 && frames(q - 1)) {
            // an object relative: "a step Y called hostile", "which Y described as a provocation" evaluate
            // the antecedent's actor
            auto F = find_subject(q - 1, cs);
            if (F.empty() || (*cm_)[F.back()].e != q - 1) return false;
            auto O = relative_antecedent((*cm_)[F[0]].b);
            bool any = false;
            for (int k : F)
                for (int o : O)
                    if (actor(k) && actor(o)) any |= emit(k, o, tr, i, te, cs, 0.8);
            return any;
        }
        if (obj < 0 || np_b <= s.b) return false;
        std::size_t v = np_b - 1;
        if (!frames(v)) return false;
        S = find_subject(v, cs);
        if (S.empty())
            if (int k = pronoun_subject(v, cs); k >= 0) S = {k};
    } else {
        // "X said Y's move was illegal", "Y's move is illegal, X said"
        --q;
        while (q > s.b && is_lower_word(toks_[q - 1]) &&
               in_list(tok(q - 1), {"would", "could", "will", "may", "might", "should", "must", "has", "have", "had",
                                    "not", "n't", "also", "still", "clearly", "always"}))
            --q;
        if (te + 1 < s.e && ieq(tok(te), "that") && q > s.b && ieq(tok(q - 1), "it")) {
            // "it is regrettable that Y's ships entered ...": the actor opening the that-clause
            np_b = q - 1;
            for (std::size_t r = te + 1; r < s.e && r < te + 4 && obj < 0; ++r) {
                if (cover_[r - s.b] >= 0) {
                    auto st = starting_at(r);
                    if (st.empty() || (*cm_)[st[0]].locative || (*cm_)[st[0]].group >= 0) return false;
                    obj = st[0];
                } else if (!ieq(tok(r), "the") && !(is_lower_word(toks_[r]) && !is_function_word(tok(r)))) {
                    return false;
                }
            }
        } else {
            obj = evaluated_np(q, np_b);
        }
        if (obj < 0) return false;
        std::size_t first = s.b;
        while (first < s.e && (tok(first) == "\"" || tok(first) == "'")) ++first;
        if (np_b <= first) {
            S = trailing_speaker(te);
            cs = np_b;
            factor = 0.85;
        } else {
            std::size_t sp = np_b - 1;
            while (sp > s.b && (tok(sp) == "\"" || tok(sp) == ":")) --sp;
            if (ieq(tok(sp), "that")) {
                // "said on Tuesday that", "told reporters that": a few words, no actor, no clause
                std::size_t lim = sp > s.b + 7 ? sp - 7 : s.b;
                while (sp > lim && !speech_at(sp)) {
                    --sp;
                    auto w = tok(sp);
                    if (cover_[sp - s.b] >= 0 || w == "," || is_be(w) || in_list(w, {"it", "not", "n't", "that", "if", "whether"}))
                        return false;
                }
            }
            if (!speech_at(sp)) return false;
            // "according to Y's move": not a speech verb that opens a clause
            if (ieq(tok(sp), "according")) return false;
            S = find_subject(sp, cs);
            if (S.empty())
                if (int k = pronoun_subject(sp, cs); k >= 0) S = {k};
        }
    }
    bool any = false;
    for (int k : S)
        if (actor(k)) any |= emit(k, obj, tr, i, te, cs, factor);
    return any;
}

// ------------------------------------------------------------------ meetings, presence and threats

// "threatened to cut gas supplies to Moldova", "threatens to strike X": the first actor inside the
// threatened act is the one threatened (not when the act is leaving: "threatened to quit NATO").
std::vector<int> ArticleRun::threat_object(std::size_t te) const {
    const auto& s = *cs_;
    if (te + 2 >= s.e || !ieq(tok(te), "to") || !is_lower_word(toks_[te + 1]) || is_determiner(tok(te + 1))) return {};
    if (in_list(tok(te + 1), {"leave", "quit", "withdraw", "exit", "pull", "walk", "resign", "step", "abandon", "scrap",
                              "join", "help", "support", "defend", "protect", "ask", "seek", "go", "take"}))
        return {};
    const auto& ms = *cm_;
    for (std::size_t p = te + 2; p < s.e && p < te + 12; ++p) {
        int k = cover_[p - s.b];
        if (k >= 0) {
            auto st = starting_at(p);
            if (st.empty() || ms[st[0]].b != p) { p = ms[k].e - 1; continue; }
            if (ms[st[0]].locative || ms[st[0]].poss) return {};
            return extend_right(st);
        }
        auto w = tok(p);
        if (w == "," || w == "." || w == ";" || w == ":" || w == "(" || w == "\"" || clause_break_at(p, s.e) || speech_at(p) ||
            in_list(w, {"if", "unless", "that", "and", "or", "over", "because", "for"}))
            return {};
    }
    return {};
}

// The subject's clause is a question that does not presuppose its event: the sentence ends with "?"
// (before any closing quote or bracket) and opens with an auxiliary ("Did he call X?", after a
// transcript's "Q"), or a modal stands inverted before the subject ("At what point would Biden call
// X?"), or a "did"/"has" does so in a question without a wh-word. "When did he last meet X?" presupposes
// the meeting and is left as it is.
bool ArticleRun::question_clause(const Mention& subject) const {
    const auto& s = *cs_;
    std::size_t q = s.e;
    while (q > s.b && in_list(tok(q - 1), {"\"", "'", ")", "]"})) --q;
    if (q <= s.b || tok(q - 1) != "?") return false;
    std::size_t f = s.b;
    while (f < q && ((toks_[f].flags & tok_punct) || tok(f) == "Q")) ++f;
    if (f >= q) return false;
    auto modal = [](std::string_view w) {
        return in_list(w, {"will", "would", "can", "could", "should", "shall", "may", "might"});
    };
    auto aux = [](std::string_view w) {
        return in_list(w, {"did", "does", "do", "has", "have", "had", "is", "are", "was", "were"});
    };
    if (is_cap_word(toks_[f]) && (modal(tok(f)) || aux(tok(f)))) return true;
    std::size_t p = subject.b;
    while (p > s.b && in_list(tok(p - 1), {"the", "ever", "also"})) --p;
    if (p <= s.b) return false;
    if (modal(tok(p - 1))) return true;
    if (!aux(tok(p - 1))) return false;
    for (std::size_t k = s.b; k < p; ++k)
        if (in_list(tok(k), {"what", "why", "when", "how", "where", "which", "who", "whom"})) return false;
    return true;
}

// "called Xi Jinping a dictator", "is called Lee", "called out X": naming or evaluating, not a call.
bool ArticleRun::evaluative_call(std::size_t tb, std::size_t te, const std::vector<int>& O) const {
    const auto& s = *cs_;
    auto w = tok(tb);
    if (!(w.starts_with("call") || w.starts_with("Call")) || te != tb + 1) return false;
    const auto& ms = *cm_;
    if (tb > s.b && (is_be(tok(tb - 1)) || ieq(tok(tb - 1), "so"))) return true;  // "is called Lee"
    std::size_t ob = ms[O.front()].b;
    if (ob != te) return true;  // "called out X", "called back X"
    for (int o : O)
        if (ms[o].poss) return true;
    std::size_t q = ms[O.back()].e;
    if (q >= s.e) return false;
    auto n = tok(q);
    if (in_list(n, {"a", "an", "the", "his", "her", "their", "its", "\"", "'", "one", "very", "too", "so", "more", "most", "less"}))
        return true;
    // "calling Trump to task", "called Putin personally a war criminal"
    if (q + 1 < s.e && ((ieq(n, "to") && ieq(tok(q + 1), "task")) ||
                        (is_lower_word(toks_[q]) && in_list(tok(q + 1), {"a", "an", "the", "\""}))))
        return true;
    // a predicate adjective or noun: "called Putin weak", "called Xi Jinping dictator"
    if (is_lower_word(toks_[q]) && !is_function_word(n) && !is_preposition(n) &&
        !in_list(n, {"late", "yesterday", "today", "tonight", "again", "twice", "separately", "personally", "directly",
                     "shortly", "briefly", "overnight", "following"}))
        return true;
    return false;
}

// Two people holding office for the same country or organization (the KB's roles or this article's titles).
bool ArticleRun::same_side(const Entity& a, const Entity& b) const {
    if (a.type != EntityType::person || b.type != EntityType::person) return false;
    auto sides = [&](const Entity& p) {
        std::vector<std::string> r;
        if (auto ix = kb_.find(p.id))
            for (const auto& role : kb_.entities()[*ix].roles) r.push_back(role.of);
        for (const auto& rec : persons_seen_)
            if (rec.ent.id == p.id && !rec.of_id.empty()) r.push_back(rec.of_id);
        return r;
    };
    auto sa = sides(a), sb = sides(b);
    for (const auto& x : sa)
        if (std::find(sb.begin(), sb.end(), x) != sb.end()) return true;
    return false;
}

// "China said Japan would pay a heavy price": the speaker of the reported clause whose subject S is
// threatened (the one who would pay); none when the report itself is hedged or denied.
std::vector<int> ArticleRun::threat_speaker(const std::vector<int>& S, std::size_t tb) const {
    const auto& s = *cs_;
    if (S.empty() || (*cm_)[S[0]].b >= tb) return {};
    std::size_t sb = (*cm_)[S[0]].b;
    auto sp = speaker_subject(sb, s.b);
    if (sp.empty()) return {};
    for (std::size_t p = (*cm_)[sp[0]].e; p < sb; ++p)
        if (cue(p) & (KnowledgeBase::cue_negation | KnowledgeBase::cue_hypothetical)) return {};
    return sp;
}

// "American troops in Syria", "Turkey's forces in Iraq", "Chinese vessels near the Senkakus": a country's
// military (a body or actor noun inside its mention) present in a country or place.
void ArticleRun::presence_mentions(const Sentence& s) {
    static const Trigger presence = [] {
        Trigger h;
        h.relation = Relation::deploys_to;
        h.prior = 0.75;
        h.subject_types = "c";
        h.object_types = "cl";
        return h;
    }();
    auto& ms = *cm_;
    for (int k = 0; k < (int)ms.size(); ++k) {
        const Mention& m = ms[k];
        if (m.ent.type != EntityType::country || m.locative || m.e <= m.he || m.e >= s.e) continue;
        if (!in_list(tok(m.e - 1), {"troops", "forces", "soldiers", "military", "navy", "army", "vessels", "warships",
                                    "marines", "submarines", "jets", "bombers", "warplanes"}))
            continue;
        std::size_t q = m.e;
        for (int guard = 0; guard < 3 && q < s.e && is_lower_word(toks_[q]) &&
                            in_list(tok(q), {"are", "were", "remain", "remains", "remained", "stay", "stays", "still",
                                             "stationed", "based", "deployed", "present"});
             ++guard)
            ++q;
        if (q + 1 >= s.e || !in_list(tok(q), {"in", "inside", "into", "near", "around", "off"})) continue;
        std::size_t r = q + 1;
        if (r + 1 < s.e && ieq(tok(r), "the")) ++r;
        for (int o : starting_at(r)) {
            if (ms[o].ent.type != EntityType::country && ms[o].ent.type != EntityType::place) continue;
            // negation and modality are read from the sentence start: "Would he send American troops into Gaza?"
            emit(k, o, presence, m.b, m.e, s.b, 0.9);
            break;
        }
    }
}

// A meeting noun in a sentence-initial phrase ("In a phone call with X, Y ...", "During the talks,
// A and B ...", "At their meeting in Paris, A ..."): the actors right after the phrase's comma.
std::vector<int> ArticleRun::opening_meeting_subject(std::size_t tb, std::size_t np) const {
    const auto& s = *cs_;
    std::size_t first = s.b;
    while (first < s.e && (toks_[first].flags & tok_punct)) ++first;
    if (np <= first || np > first + 3) return {};
    if (in_list(tok(tb), {"summit", "summits", "dialogue", "consultation", "consultations", "exchanges", "press", "encounter"}))
        return {};
    auto S = opening_phrase_subject(np - 1 > first ? np - 1 : np);
    if (S.empty() || S.size() > 2) return {};
    for (int k : S)
        if ((*cm_)[k].ent.type != EntityType::person && (*cm_)[k].ent.type != EntityType::country) return {};
    return S;
}

// "A and B announced the deal after a meeting in Jakarta", "X agreed to ... following talks with Y": a
// meeting noun in a time adjunct; its participants are the clause subject (the nearest actor before the
// adjunct, followed by its verb, with no other actor between).
std::vector<int> ArticleRun::adjunct_meeting_subject(std::size_t tb, std::size_t np) const {
    const auto& s = *cs_;
    const auto& ms = *cm_;
    if (in_list(tok(tb), {"summit", "summits", "dialogue", "consultation", "consultations", "exchanges", "press", "encounter"}))
        return {};
    std::size_t p = np;
    for (int guard = 0; guard < 3 && p > s.b && is_lower_word(toks_[p - 1]) &&
                        (is_determiner(tok(p - 1)) || !is_function_word(tok(p - 1))) &&
                        !in_list(tok(p - 1), {"after", "following", "during", "in", "at"});
         ++guard)
        --p;
    if (p <= s.b + 2 || !in_list(tok(p - 1), {"after", "following", "during", "in", "at"})) return {};
    if (ieq(tok(p - 1), "in") || ieq(tok(p - 1), "at")) {
        // "in talks with", "at a meeting with": only with a named partner after the noun
        std::size_t q = tb;
        while (q < s.e && q < tb + 4 && !ieq(tok(q), "with")) ++q;
        if (q >= s.e || !ieq(tok(q), "with")) return {};
    }
    for (std::size_t q = p - 1; q > s.b;) {
        --q;
        int k = cover_[q - s.b];
        if (k < 0) {
            // a reporting verb ends the search unless it is the subject's own ("A and B announced the deal")
            bool own_verb = q > s.b && cover_[q - 1 - s.b] >= 0;
            if (tok(q) == ";" || tok(q) == ":" || (speech_at(q) && !own_verb) ||
                in_list(tok(q), {"that", "which", "who", "when", "where"}))
                return {};
            continue;
        }
        auto ends = ending_at(ms[k].e);
        if (ends.empty() || ms[ends[0]].e != q + 1) return {};
        const auto& m = ms[ends[0]];
        if (m.locative || m.poss || governed(m) || m.e >= s.e || !is_lower_word(toks_[m.e]) ||
            is_function_word(tok(m.e)) || is_preposition(tok(m.e)))
            return {};
        auto grp = extend_left(ends);
        if (grp.size() > 2) return {};
        for (int g : grp)
            if (ms[g].ent.type != EntityType::person && ms[g].ent.type != EntityType::country &&
                ms[g].ent.type != EntityType::organization)
                return {};
        return grp;
    }
    return {};
}

#include "lists.inc"
#include "events.inc"

void ArticleRun::relations(const Sentence& s, std::size_t si, std::vector<Mention>& ms) {
    cs_ = &s;
    cm_ = &ms;
    cur_si_ = si;
    cueb_.assign(s.e - s.b, 0);
    for (std::size_t i = s.b; i < s.e; ++i)
        if (ent_[i]) cueb_[i - s.b] = kb_.cues_at(toks_, i, s.e, ent_[i]);
    cover_.assign(s.e - s.b, -1);
    for (int k = 0; k < (int)ms.size(); ++k)
        for (auto i = ms[k].b; i < ms[k].e; ++i)
            if (cover_[i - s.b] < 0 || !ms[k].modifier) cover_[i - s.b] = k;
    // the last covering actor wins; modifiers stay visible only where no actor covers
    dates_.clear();
    bool dates_done = false;
    auto& with_needs = trig_with_needs_;  // scratch, reused across sentences
    auto& plain = trig_plain_;
    for (std::size_t i = s.b; i < s.e; ++i) {
        if (cover_[i - s.b] >= 0 || !ent_[i] || ent_[i]->triggers.empty()) continue;
        const auto* cands = &ent_[i]->triggers;
        // the longest matching triggers; those whose context cue ("closer ties") is present
        // take precedence over plain ones; all of the chosen set are tried
        with_needs.clear();
        plain.clear();
        std::size_t best_len = 0;
        for (auto ti : *cands) {
            const auto& tr = kb_.triggers()[ti];
            if (tr.words.size() < best_len) break;
            bool ok = true;
            for (std::size_t k = 1; k < tr.words.size() && ok; ++k) {
                if (i + k >= s.e) { ok = false; break; }
                ok = cover_[i + k - s.b] < 0 && (ieq(tok(i + k), tr.words[k]) || tok(i + k) == tr.words[k]);
            }
            if (!ok) continue;
            if (!tr.needs.empty()) {
                bool found = false;
                std::size_t from = i > s.b + 6 ? i - 6 : s.b;
                for (std::size_t p = from; p < i && !found; ++p)
                    for (auto& n : tr.needs)
                        if (ieq(tok(p), n)) { found = true; break; }
                if (!found) continue;
                with_needs.push_back(&tr);
            } else {
                plain.push_back(&tr);
            }
            best_len = tr.words.size();
        }
        if (best_len == 0) continue;
        if (!dates_done) {
            dates_ = find_dates(toks_, s.b, s.e, a_.date, false);
            dates_done = true;
        }
        bool any = false;
        for (auto* tr : with_needs.empty() ? plain : with_needs) any |= try_trigger(i, tr->words.size(), *tr);
        if (any) i += best_len - 1;
    }
    list_patterns(s);
    event_patterns(s);
    presence_mentions(s);
}

// ------------------------------------------------------------------ coreference and appositions
//
// Mentions that stand for an entity named before (a sentence-initial "He"/"She"/"They", "the two",
// "the North"/"the South", "the bloc", "the alliance"), unknown people introduced with an apposition
// ("Name, the Saudi national security adviser"), and relations read off compounds and participle
// phrases ("Iran-backed X", "ECOWAS, chaired by President X"). Nothing is resolved when two
// candidates fit: an unresolvable reference yields no mention.

// A full name the KB may not know: capitalized words, name particles between them ("al", "bin",
// "van", "de"), hyphenated parts ("al-Aiban"). Length in tokens; 0 below two words.
std::size_t ArticleRun::read_full_name(std::size_t i, std::size_t end) const {
    std::size_t j = i, words = 0;
    while (j < end && words < 5) {
        const auto& t = toks_[j];
        if (j > i && (t.flags & tok_newline_before)) break;
        bool particle = words > 0 && is_lower_word(t) &&
                        in_list(t.norm, {"al", "bin", "ibn", "van", "von", "de", "da", "der", "del", "la", "le", "el", "abu", "dos", "du"});
        if (particle) {
            bool next_ok = j + 1 < end && (is_cap_word(toks_[j + 1]) || (tok(j + 1) == "-" && !(toks_[j + 1].flags & tok_space_before)));
            if (!next_ok) break;
        } else {
            if (!is_cap_word(t) || kb_.is_name_stopword(t.norm)) break;
            if (words > 0) {
                auto m = gaz(j, end);
                if (m.length && !m.surfaces->empty() && kb_.entities()[(*m.surfaces)[0].entity].type != EntityType::person)
                    break;
            }
        }
        ++j;
        bool hyph = false;
        while (j + 1 < end && tok(j) == "-" && !(toks_[j].flags & tok_space_before) && (toks_[j + 1].flags & tok_word) &&
               !(toks_[j + 1].flags & tok_space_before))
            j += 2, hyph = true;
        if (!particle || hyph) ++words;
    }
    if (words < 2 || !is_cap_word(toks_[j - 1])) return 0;
    return j - i;
}

// "Name, the Saudi national security adviser", "Name, the ambassador of France to Niger",
// "Name, chairperson of the AU Commission": a person the KB does not know, with the role the
// apposition gives. Only when the apposition names the country or organization.
bool ArticleRun::appositive_unknown(std::size_t& i, const Sentence& s, std::vector<Mention>& out) {
    if (!is_cap_word(toks_[i]) || gaz(i, s.e).length) return false;
    if (i > s.b && is_cap_word(toks_[i - 1]) && !(i == s.b + 1 && in_list(tok(i - 1), {"dr.", "mr.", "ms.", "mrs.", "prof."})))
        return false;
    // "Name of the ... Party" (a cheap look first: a name of two or three words, then "of")
    if (i + 4 < s.e && is_cap_word(toks_[i + 1]) &&
        (ieq(tok(i + 2), "of") || (is_cap_word(toks_[i + 2]) && ieq(tok(i + 3), "of"))) &&
        party_member_unknown(i, s, out))
        return true;
    {  // cheap test first: a comma within the next few name-like tokens
        std::size_t j = i + 1;
        while (j < s.e && j < i + 10 && ((toks_[j].flags & tok_word) || tok(j) == "-") && !(toks_[j].flags & tok_digit)) ++j;
        if (j >= s.e || j == i + 1 || tok(j) != ",") return false;
    }
    if (affiliation_unknown(i, s, out)) return true;  // roles block
    std::size_t n = read_full_name(i, s.e);
    if (n < 2 || i + n + 2 >= s.e || tok(i + n) != ",") return false;
    // a real name: no all-capital words ("DONALD J. TRUMP"), no apostrophes ("I'm"), no salutation or
    // signature word before it, and not the surname and given-name initial of someone the KB knows (that
    // is a known person written another way, "Joseph R. Biden", not a new one)
    for (std::size_t p = i; p < i + n; ++p) {
        auto w = tok(p);
        if (w.find('\'') != std::string_view::npos) return false;
        if (w.size() > 2 && std::all_of(w.begin(), w.end(), [](char c) { return !(c >= 'a' && c <= 'z'); })) return false;
    }
    if (in_list(tok(i), {"signed", "honorable", "dear", "hon.", "by", "from", "to", "attn", "cc"})) return false;
    if (auto* v = kb_.by_surname(tok(i + n - 1)))
        for (auto ix : *v)
            if (!kb_.entities()[ix].name.empty() && kb_.entities()[ix].name[0] == tok(i)[0]) return false;
    std::size_t r = i + n + 1;
    if (in_list(tok(r), {"the", "a", "an"}) && is_lower_word(toks_[r])) ++r;
    Mention cm;
    bool have_c = false;
    std::string status;
    if (auto g = gaz(r, s.e); g.length && !g.surfaces->empty()) {
        int c = resolve_surfaces(*g.surfaces, r, g.length, s);
        if (c < 0) return false;
        const auto& su = (*g.surfaces)[c];
        auto ty = kb_.entities()[su.entity].type;
        if (ty != EntityType::country && ty != EntityType::organization) return false;
        cm.ent = entity_of(su.entity);
        cm.b = cm.hb = (std::uint32_t)r;
        cm.e = cm.he = (std::uint32_t)(r + g.length);
        r += g.length;
        if (r < s.e && tok(r) == "'s") ++r;
        have_c = true;
    }
    for (int guard = 0; guard < 2 && r < s.e && !office_at(r, s.e).second && is_lower_word(toks_[r]) &&
                        in_list(tok(r), {"top", "chief", "senior", "deputy", "former", "current", "acting", "outgoing",
                                         "new", "special"});
         ++guard) {
        if (ieq(tok(r), "former")) status = "former";
        ++r;
    }
    auto [oi, ol] = office_at(r, s.e);
    if (!ol) return false;
    std::size_t te = r + ol;
    std::size_t end = te;
    if (!have_c && te + 1 < s.e && ieq(tok(te), "of")) {
        std::size_t u = te + 1;
        if (u < s.e && ieq(tok(u), "the")) ++u;
        if (auto g = gaz(u, s.e); g.length && !g.surfaces->empty()) {
            int c = resolve_surfaces(*g.surfaces, u, g.length, s);
            if (c >= 0) {
                const auto& su = (*g.surfaces)[c];
                auto ty = kb_.entities()[su.entity].type;
                if ((ty == EntityType::country || ty == EntityType::organization) &&
                    (su.kind == SurfaceKind::name || su.kind == SurfaceKind::body)) {
                    cm.ent = entity_of(su.entity);
                    cm.b = cm.hb = (std::uint32_t)u;
                    cm.e = cm.he = (std::uint32_t)(u + g.length);
                    have_c = true;
                    end = u + g.length;
                }
            }
        }
    }
    if (!have_c && te + 2 < s.e && in_list(tok(te), {"to", "for"}) &&
        in_list(kb_.offices()[oi].office, {"official", "spokesperson"})) {
        std::size_t u = te + 1;
        if (ieq(tok(u), "the")) ++u;
        if (auto g = gaz(u, s.e); g.length && !g.surfaces->empty()) {
            int c = resolve_surfaces(*g.surfaces, u, g.length, s);
            std::size_t h = u + g.length;
            if (h < s.e && tok(h) == "'s") ++h;
            if (c >= 0 && h < s.e && kb_.entities()[(*g.surfaces)[c].entity].type == EntityType::country) {
                // the head of that country's state or government, or its government: "to the Iranian president"
                auto [hi, hl] = office_at(h, s.e);
                std::size_t he = 0;
                if (hl && kb_.offices()[hi].head) he = h + hl;
                else if (in_list(tok(h), {"government", "presidency", "cabinet"})) he = h + 1;
                if (he) {
                    cm.ent = entity_of((*g.surfaces)[c].entity);
                    cm.b = cm.hb = (std::uint32_t)u;
                    cm.e = cm.he = (std::uint32_t)(u + g.length);
                    have_c = true;
                    end = he;
                }
            }
        }
    }
    if (!have_c) return false;
    // the apposition ends here ("..., said", "... to Niger,", end of sentence)
    std::size_t after = end;
    // "ambassador to Niger", "ambassador in Kyiv", "envoy for Sudan", "representative to the UN"
    if (after + 1 < s.e && in_list(tok(after), {"to", "in", "for"}) &&
        (kb_.offices()[oi].office == "ambassador" || (ieq(tok(after), "to") && ieq(tok(r), "representative")))) {
        std::size_t u = after + 1;
        if (u + 1 < s.e && ieq(tok(u), "the")) ++u;
        if (auto gl = gaz(u, s.e).length) after = u + gl;
    }
    if (!apposition_end(after, s.e)) return false;
    Mention pm = unknown_person(i, n);
    pm.office = oi;
    pm.status = status;
    pm.role_title = span_text((std::uint32_t)r, (std::uint32_t)te);
    pm.role_b = pm.b;
    pm.role_e = (std::uint32_t)end;
    push_titled(out, cm, pm);
    i = after;
    return true;
}

// roles block: "of the [centre-right] National Coalition Party" at q (after "of"): the party, a KB
// organization of kind party or a capitalized name of two to five words ending in "Party"; its end in e.
bool ArticleRun::party_after_of(std::size_t q, const Sentence& s, Entity& party, std::size_t& pb, std::size_t& e) {
    if (q >= s.e || !ieq(tok(q), "the")) return false;
    ++q;
    for (int w = 0; w < 4 && q < s.e && (is_lower_word(toks_[q]) || tok(q) == "-") && !is_function_word(tok(q)); ++w) ++q;
    if (q >= s.e || !is_cap_word(toks_[q])) return false;
    pb = q;
    if (auto g = gaz(q, s.e); g.length && !g.surfaces->empty()) {
        int c = resolve_surfaces(*g.surfaces, q, g.length, s);
        if (c < 0) return false;
        const auto& ke = kb_.entities()[(*g.surfaces)[c].entity];
        if (ke.type != EntityType::organization || ke.kind != "party") return false;
        party = entity_of((*g.surfaces)[c].entity);
        e = q + g.length;
        return true;
    }
    std::size_t j = q;
    while (j < s.e && j < q + 5 && is_cap_word(toks_[j]) && !gaz(j, s.e).length) ++j;
    if (j - q < 2 || !ieq(tok(j - 1), "party")) return false;
    std::string name = span_text((std::uint32_t)q, (std::uint32_t)j);
    party = {"org:" + slugify(name), name, EntityType::organization};
    e = j;
    return true;
}

// roles block: "Name of the centre-right National Coalition Party": a person the KB may not know,
// member_of the party named right after.
bool ArticleRun::party_member_unknown(std::size_t& i, const Sentence& s, std::vector<Mention>& out) {
    std::size_t n = read_full_name(i, s.e);
    if (n < 2 || i + n + 3 >= s.e || !ieq(tok(i + n), "of")) return false;
    if (i > s.b && (in_list(tok(i - 1), {"of", "for", "on", "the", "a", "an"}) || is_cap_word(toks_[i - 1]))) return false;
    for (std::size_t p = i; p < i + n; ++p)
        if (org_generic_word(tok(p)) || office_at(p, s.e).second || gaz(p, s.e).length) return false;
    Entity party;
    std::size_t pb = 0, e = 0;
    if (!party_after_of(i + n + 1, s, party, pb, e)) return false;
    if (!apposition_end(e, s.e)) return false;
    Mention pm = unknown_person(i, n);
    Mention om;
    om.ent = party;
    om.b = om.hb = (std::uint32_t)pb;
    om.e = om.he = (std::uint32_t)e;
    om.cert = 0.8;
    om.modifier = true;
    out.push_back(om);
    out.push_back(pm);
    register_person(pm);
    emit_struct(pm.ent, Relation::member_of, party, (std::uint32_t)i, (std::uint32_t)e, "Member", 0.8);
    i = e;
    return true;
}

// roles block: "Name, a senior fellow at the Y Forum", "Name, deputy Asia director of Human Rights
// Watch", "Name, a lecturer in law at the University of Z": a person the KB does not know who works
// for an organization named right there (a KB organization or a capitalized name with an
// organizational head noun), official_of it (leader_of for a head's title: "president of").
bool ArticleRun::affiliation_unknown(std::size_t& i, const Sentence& s, std::vector<Mention>& out) {
    std::size_t n = read_full_name(i, s.e);
    if (n < 2 || i + n + 3 >= s.e || tok(i + n) != ",") return false;
    // a name, not the end of an organization's ("the National Bureau of Economic Research, a ...")
    if (i > s.b && in_list(tok(i - 1), {"of", "for", "on", "the", "a", "an"})) return false;
    for (std::size_t p = i; p < i + n; ++p) {
        auto w = tok(p);
        if (org_generic_word(w) || office_at(p, s.e).second) return false;
        if (w.find('\'') != std::string_view::npos) return false;
        if (w.size() > 2 && std::all_of(w.begin(), w.end(), [](char c) { return !(c >= 'a' && c <= 'z'); })) return false;
    }
    if (auto* v = kb_.by_surname(tok(i + n - 1)))
        for (auto ix : *v)
            if (!kb_.entities()[ix].name.empty() && kb_.entities()[ix].name[0] == tok(i)[0]) return false;
    std::size_t r = i + n + 1;
    if (in_list(tok(r), {"a", "an", "the"}) && is_lower_word(toks_[r])) ++r;
    // up to three modifiers, then the head: an office title or a research/teaching post
    int office = -1;
    std::size_t he = 0, hb = 0;
    for (std::size_t x = r; x < r + 4 && x < s.e; ++x) {
        if (!(toks_[x].flags & tok_word) || (toks_[x].flags & tok_digit) || is_function_word(tok(x)) || is_determiner(tok(x)))
            break;
        if (auto g = gaz(x, s.e); g.length && !g.surfaces->empty() &&
                                  kb_.entities()[(*g.surfaces)[0].entity].type != EntityType::place)
            break;  // a country/organization/person among the modifiers: another construction
        if (auto [oi, ol] = office_at(x, s.e); ol && is_lower_word(toks_[x])) {
            if (x + ol < s.e && (toks_[x + ol].flags & tok_word) && !is_function_word(tok(x + ol))) continue;
            office = oi, hb = x, he = x + ol;
            break;
        }
        if (is_lower_word(toks_[x]) &&
            in_list(tok(x), {"fellow", "researcher", "analyst", "associate", "lecturer", "professor", "scholar",
                             "economist", "expert", "specialist", "founder", "co-founder", "editor"})) {
            if (x + 1 < s.e && (toks_[x + 1].flags & tok_word) && !is_function_word(tok(x + 1))) continue;
            hb = x, he = x + 1;
            break;
        }
    }
    if (!he) return false;
    std::size_t q = he;
    // "a lecturer in international law at ..."
    if (q + 1 < s.e && ieq(tok(q), "in")) {
        std::size_t x = q + 1, w = 0;
        while (x < s.e && w < 3 && is_lower_word(toks_[x]) && !is_function_word(tok(x))) ++x, ++w;
        if (w > 0) q = x;
    }
    if (q + 1 >= s.e || !in_list(tok(q), {"at", "of", "with", "for"})) return false;
    ++q;
    if (q < s.e && ieq(tok(q), "the")) ++q;
    // "the Amman-based X"
    if (q + 3 < s.e && is_cap_word(toks_[q]) && tok(q + 1) == "-" && ieq(tok(q + 2), "based")) q += 3;
    if (q >= s.e || !is_cap_word(toks_[q])) return false;
    Mention om;
    bool kb_org = false;
    if (auto g = gaz(q, s.e); g.length && !g.surfaces->empty()) {
        int c = resolve_surfaces(*g.surfaces, q, g.length, s);
        if (c >= 0) {
            const auto& su = (*g.surfaces)[c];
            if (kb_.entities()[su.entity].type == EntityType::organization && su.kind == SurfaceKind::name) {
                if (kb_.entities()[su.entity].kind == "media") return false;
                om.ent = entity_of(su.entity);
                om.b = om.hb = (std::uint32_t)q;
                om.e = om.he = (std::uint32_t)(q + g.length);
                kb_org = true;
            }
        }
    }
    if (!kb_org) {
        // a capitalized name ending in an organizational head noun, with an "of"/"for" complement
        // ("the Beirut Strategy Institute", "the University of the West Indies")
        auto head = [&](std::string_view w) {
            return org_head_noun(w) || in_list(w, {"institute", "university", "centre", "center", "foundation", "watch",
                                                   "school", "college", "society", "network", "group", "initiative"});
        };
        std::size_t j = q, words = 0, last_head = 0;
        bool complement = false;
        while (j < s.e && words < 7) {
            if (is_cap_word(toks_[j]) && !is_function_word(tok(j))) {
                if (head(tok(j))) last_head = j + 1;
                ++j, ++words;
                continue;
            }
            if (!complement && last_head == j && j + 1 < s.e && in_list(tok(j), {"of", "for", "on"})) {
                std::size_t x = j + 1;
                if (x < s.e && ieq(tok(x), "the")) ++x;
                if (x < s.e && is_cap_word(toks_[x])) {
                    complement = true;
                    j = x;
                    continue;
                }
            }
            break;
        }
        std::size_t e = complement ? j : last_head;
        if (!last_head || e - q < 2 || (!complement && j != last_head)) return false;
        std::string oname = span_text((std::uint32_t)q, (std::uint32_t)e);
        om.ent = {"org:" + slugify(oname), oname, EntityType::organization};
        om.b = om.hb = (std::uint32_t)q;
        om.e = om.he = (std::uint32_t)e;
    }
    // the organization ends the apposition
    if (!apposition_end(om.e, s.e) && !ieq(tok(om.e), "in")) return false;
    Mention pm = unknown_person(i, n);
    // the office gives the relation; a research or teaching post is an official's
    pm.office = office;
    if (office < 0 || kb_.offices()[office].office == "official")
        for (std::size_t x = 0; x < kb_.offices().size(); ++x)
            if (kb_.offices()[x].office == "official") pm.office = (int)x;
    if (pm.office < 0) return false;
    pm.role_title = span_text((std::uint32_t)hb, (std::uint32_t)he);
    pm.role_b = pm.b;
    pm.role_e = om.e;
    push_titled(out, om, pm, 0.8);
    i = om.e;
    return true;
}

// A meeting or call between the two was reported (among the last triples of the article).
bool ArticleRun::pair_met(const std::vector<Entity>& pair) const {
    if (pair.size() != 2) return false;
    for (auto it = out_.rbegin(); it != out_.rend() && it - out_.rbegin() < 60; ++it)
        if (it->relation == Relation::meets_with && it->is_fact() &&
            ((it->subject.id == pair[0].id && it->object.id == pair[1].id) ||
             (it->subject.id == pair[1].id && it->object.id == pair[0].id)))
            return true;
    return false;
}

// The two distinct people named so far in the current sentence (empty unless exactly two); with
// `met`, only when a meeting word ("met", "held talks", "hosted") stands between their mentions.
std::vector<Entity> ArticleRun::sentence_pair(const std::vector<Mention>& cur, bool met) const {
    std::vector<Entity> ps;
    std::uint32_t first_e = 0, second_b = 0;
    for (const auto& m : cur) {
        if (m.ent.type != EntityType::person || m.modifier || m.media || m.group >= 0) continue;
        if (std::any_of(ps.begin(), ps.end(), [&](auto& x) { return x.id == m.ent.id; })) continue;
        if (ps.size() == 2) return {};
        if (ps.empty()) first_e = m.e;
        else second_b = m.b;
        ps.push_back(m.ent);
    }
    if (ps.size() != 2) return {};
    if (!met) return ps;
    for (std::size_t p = first_e; p < second_b; ++p)
        if (is_lower_word(toks_[p]) && in_list(tok(p), {"met", "meets", "meeting", "talks", "hosted", "hosts", "received",
                                                        "receives", "welcomed", "spoke", "called", "phoned"}))
            return ps;
    return {};
}

// The country person `p` acts for: the role written with the name in this sentence, a role triple
// of the article, else the KB's role on the article date. Empty: none known.
std::string ArticleRun::person_country(const Entity& p, const std::vector<Mention>& cur) const {
    for (const auto& m : cur)
        if (m.ent.id == p.id && m.role_of >= 0 && cur[m.role_of].ent.type == EntityType::country)
            return cur[m.role_of].ent.id;
    for (auto it = out_.rbegin(); it != out_.rend(); ++it)
        if (it->subject.id == p.id && it->object.type == EntityType::country && it->is_fact() &&
            (it->relation == Relation::leader_of || it->relation == Relation::official_of))
            return it->object.id;
    Relation rel = Relation::official_of;
    auto c = role_country_from_kb(p, -1, &rel);
    if (c && c->type == EntityType::country && (rel == Relation::leader_of || rel == Relation::official_of)) return c->id;
    return {};
}

// "the two countries" after two people of two different countries: the pair named in this
// sentence, else the pair of the last sentences that met.
bool ArticleRun::pair_countries(const std::vector<Mention>& cur, std::vector<Entity>& out, bool opens_clause) const {
    // "The two leaders reaffirmed the partnership between our two countries": the pair already acts
    // in this sentence; their countries would be an object of their own verb
    for (const auto& m : cur)
        if (m.group >= 0 && m.ent.type == EntityType::person) return false;
    auto pair = sentence_pair(cur, false);
    if (!pair.empty() && !opens_clause) return false;
    if (pair.empty()) {
        bool near = last_person_pair_.size() == 2 && cur_si_ > last_person_pair_si_ && cur_si_ - last_person_pair_si_ <= 2;
        if (!near || !pair_met(last_person_pair_)) return false;
        pair = last_person_pair_;
    }
    auto a = person_country(pair[0], cur), b = person_country(pair[1], cur);
    if (a.empty() || b.empty() || a == b) return false;
    auto ia = kb_.find(a), ib = kb_.find(b);
    if (!ia || !ib) return false;
    out = {entity_of(*ia), entity_of(*ib)};
    return true;
}

bool ArticleRun::coref_mention(std::size_t& i, const Sentence& s, std::vector<Mention>& out) {
    const Token& t = toks_[i];
    std::size_t first = s.b;
    while (first < s.e && (toks_[first].flags & tok_punct)) ++first;
    bool initial = i == first;
    auto make = [&](const Entity& ent, std::size_t b, std::size_t e, double cert) {
        Mention m;
        m.ent = ent;
        m.b = m.hb = (std::uint32_t)b;
        m.e = m.he = (std::uint32_t)e;
        m.cert = cert;
        m.desc = true;
        m.surface = span_text(m.b, m.e);
        m.poss = e < s.e && tok(e) == "'s";
        out.push_back(m);
        i = e;
        return true;
    };
    // "He"/"She" opening a sentence: the one person acting in the last sentences that named any
    if (initial && is_cap_word(t) && (t.norm == "He" || t.norm == "She")) {
        if (!salient_person_.id.empty() && cur_si_ > salient_person_si_ && cur_si_ - salient_person_si_ <= 2)
            return make(salient_person_, i, i + 1, 0.75);
        return false;
    }
    // "They agreed", "The two agreed": the two parties of a meeting or call just reported
    bool they = initial && t.norm == "They";
    bool the_two = initial && ieq(t.norm, "the") && i + 2 < s.e && ieq(tok(i + 1), "two") && is_lower_word(toks_[i + 2]) &&
                   (tok(i + 2).size() > 3 && tok(i + 2).substr(tok(i + 2).size() - 2) == "ed");
    if (they || the_two) {
        std::size_t e = they ? i + 1 : i + 2;
        auto met = [&](const std::vector<Entity>& pair) { return pair_met(pair); };
        bool pair_ok = last_person_pair_.size() == 2 && cur_si_ > last_person_pair_si_ &&
                       cur_si_ - last_person_pair_si_ <= 2 && met(last_person_pair_);
        const std::vector<Entity>* grp = !groups_.empty() && groups_.back().size() == 2 && cur_si_ > last_group_si_ &&
                                                 cur_si_ - last_group_si_ <= 2 && met(groups_.back())
                                             ? &groups_.back()
                                             : nullptr;
        if (pair_ok && grp) return false;  // two pairs: which one is meant is a guess
        const std::vector<Entity>* who = pair_ok ? &last_person_pair_ : grp;
        if (!who) return false;
        push_group(*who, i, e, s, out);
        i = e;
        return true;
    }
    // coref block: "A met B ..., and the two agreed": the two people who met earlier in this sentence
    if (!initial && ieq(t.norm, "the") && i > s.b + 3 && ieq(tok(i - 1), "and") && tok(i - 2) == "," && i + 2 < s.e &&
        ieq(tok(i + 1), "two") && is_lower_word(toks_[i + 2]) && tok(i + 2).size() > 3 &&
        tok(i + 2).substr(tok(i + 2).size() - 2) == "ed") {
        auto pair = sentence_pair(out, true);
        if (pair.size() != 2) return false;
        push_group(pair, i, i + 2, s, out);
        i += 2;
        return true;
    }
    if (!ieq(t.norm, "the")) return appositive_unknown(i, s, out);
    if (i + 1 >= s.e) return false;
    std::size_t e = i + 2;
    bool np_ends = e >= s.e || !(is_cap_word(toks_[e]) || tok(e) == "-" ||
                                 in_list(tok(e), {"of", "between", "among", "with", "on", "for", "that", "which"}));
    // "the North", "the South" in an article about both Koreas
    if ((tok(i + 1) == "North" || tok(i + 1) == "South") && np_ends) {
        static const std::string_view ids[2] = {"country:PRK", "country:KOR"};
        auto a = kb_.find(ids[0]), b = kb_.find(ids[1]);
        if (!a || !b || !entity_count_.count(*a) || !entity_count_.count(*b)) return false;
        return make(entity_of(tok(i + 1) == "North" ? *a : *b), i, e, 0.8);
    }
    // "the two Koreas"
    if (ieq(tok(i + 1), "two") && i + 2 < s.e && tok(i + 2) == "Koreas") {
        auto a = kb_.find("country:PRK"), b = kb_.find("country:KOR");
        if (!a || !b) return false;
        push_group({entity_of(*a), entity_of(*b)}, i, i + 3, s, out);
        i += 3;
        return true;
    }
    // "the Secretary" in a readout: the one person named with a Secretary title in the article
    if (tok(i + 1) == "Secretary" && np_ends) {
        const PersonRec* hit = nullptr;
        for (const auto& r : persons_seen_) {
            if (r.office < 0 || r.title.find("Secretary") == std::string::npos) continue;
            if (hit && hit->ent.id != r.ent.id) return false;  // two secretaries: no guess
            hit = &r;
        }
        if (!hit) return false;
        return make(hit->ent, i, e, 0.75);
    }
    // "the bloc", "the alliance": the organization of that kind named last, within three sentences
    if (is_lower_word(toks_[i + 1]) && in_list(tok(i + 1), {"bloc", "grouping", "alliance"}) && np_ends) {
        bool alliance = ieq(tok(i + 1), "alliance");
        std::uint32_t ref = alliance ? last_alliance_ : last_bloc_;
        std::size_t rsi = alliance ? last_alliance_si_ : last_bloc_si_;
        if (ref != npos32 && rsi <= cur_si_ && cur_si_ - rsi <= 3) return make(entity_of(ref), i, e, 0.75);
        // further back: the one organization of that kind the whole article names
        // (not when the article also speaks of another one: "the U.S.-ROK alliance", "our alliance")
        const auto& named = alliance ? alliances_named_ : blocs_named_;
        if (named.size() != 1) return false;
        for (std::size_t q = 1; q < i; ++q)
            if (ieq(tok(q), tok(i + 1)) && !ieq(tok(q - 1), "the") &&
                !(gaz_[q - 1].length == 1 && gaz_[q - 1].surfaces && gaz_[q - 1].surfaces->size() == 1 &&
                  (*gaz_[q - 1].surfaces)[0].entity == named[0]))
                return false;
        return make(entity_of(named[0]), i, e, 0.7);
    }
    return appositive_unknown(i, s, out);
}

// "Vietnam's decision to upgrade ties with ...": the owner of a decision noun is the subject of
// the infinitive that follows it.
std::vector<int> ArticleRun::possessive_agent(std::size_t from) const {
    const auto& s = *cs_;
    if (from < s.b + 4 || !ieq(tok(from - 1), "to")) return {};
    std::size_t p = from - 2;
    if (!in_list(tok(p), {"decision", "move", "commitment", "pledge", "determination", "agreement", "efforts",
                          "effort", "willingness", "readiness", "bid", "application", "attempt", "attempts", "push",
                          "quest", "drive", "ambition", "ambitions", "request", "plan", "plans"}))
        return {};
    if (p > s.b && is_lower_word(toks_[p - 1]) && !is_function_word(tok(p - 1)) && !is_determiner(tok(p - 1))) --p;
    if (p < s.b + 2 || tok(p - 1) != "'s") return {};
    auto ends = ending_at(p - 1);
    if (ends.empty() || (*cm_)[ends[0]].locative) return {};
    return ends;
}

// "During his visit to India, Macron praised ...", "In their talks with X, A and B ...": a possessive
// pronoun in a sentence-initial prepositional phrase refers to the subject after the phrase's comma.
std::vector<int> ArticleRun::opening_phrase_subject(std::size_t pron) const {
    const auto& s = *cs_;
    std::size_t first = s.b;
    while (first < s.e && (toks_[first].flags & tok_punct)) ++first;
    if (first >= pron || pron > first + 3) return {};
    if (!in_list(toks_[first].norm, {"during", "in", "on", "at", "after", "following", "throughout"}))
        return {};
    for (std::size_t p = pron + 1; p < s.e && p < pron + 16; ++p) {
        if (tok(p) == ";" || tok(p) == ":" || speech_at(p)) return {};
        if (tok(p) != ",") continue;
        auto st = starting_at(p + 1);
        if (st.empty() && p + 2 < s.e && ieq(tok(p + 1), "the")) st = starting_at(p + 2);
        if (st.empty() || !actor(st[0]) || governed((*cm_)[st[0]]) || (*cm_)[st[0]].poss) return {};
        return extend_right(st);
    }
    return {};
}

// "welcomed Prime Minister Y to Canberra / to the White House": Y, a person, visits the country or
// place named right after "to" (the visits relation's noun trigger carries the type constraints).
void ArticleRun::welcomed_visitor(int guest, std::size_t tb, std::size_t te, std::size_t cs) {
    const auto& s = *cs_;
    const auto& g = (*cm_)[guest];
    if (g.ent.type != EntityType::person || g.poss) return;
    std::size_t q = g.e;
    if (q + 1 >= s.e || !ieq(tok(q), "to")) return;
    ++q;
    if (q + 1 < s.e && ieq(tok(q), "the")) ++q;
    auto dest = starting_at(q);
    if (dest.empty()) return;
    const auto& d = (*cm_)[dest[0]];
    if (d.ent.type != EntityType::country && d.ent.type != EntityType::place) return;
    for (const auto& t : kb_.triggers())
        if (t.relation == Relation::visits && t.pos == Trigger::Pos::noun) {
            emit(guest, dest[0], t, tb, te, cs, 0.85);
            return;
        }
}

// "Accusing Beijing of coercion, Manila summoned ...": a sentence-initial participle phrase takes
// the subject of the main clause after its comma.
std::vector<int> ArticleRun::participle_subject(std::size_t tb, std::size_t te) const {
    const auto& s = *cs_;
    std::size_t first = s.b;
    while (first < s.e && (toks_[first].flags & tok_punct)) ++first;
    auto w = tok(tb);
    if (tb != first || w.size() < 6 || w.substr(w.size() - 3) != "ing") return {};
    for (std::size_t p = te; p < s.e && p < te + 16; ++p) {
        if (tok(p) == ";" || tok(p) == ":" || speech_at(p)) return {};
        if (tok(p) != ",") continue;
        auto st = starting_at(p + 1);
        if (st.empty() && p + 2 < s.e && ieq(tok(p + 1), "the")) st = starting_at(p + 2);
        if (st.empty() || governed((*cm_)[st[0]])) return {};
        return extend_right(st);
    }
    return {};
}

void ArticleRun::emit_struct(const Entity& person, Relation rel, const Entity& of, std::uint32_t b, std::uint32_t e,
                             const std::string& role, double conf, const char* status) {
    auto key = std::make_tuple(person.id, (int)rel, of.id);
    if (role_done_.count(key)) return;
    role_done_.insert(key);
    Triple t;
    t.article = a_.id;
    t.subject = person;
    t.relation = rel;
    t.object = of;
    t.sentence = (std::int64_t)cur_si_;
    t.char_start = a_.offsets[toks_[b].begin];
    t.char_end = a_.offsets[toks_[e - 1].end - 1] + 1;
    t.evidence = a_.original.substr(t.char_start, t.char_end - t.char_start);
    t.date = a_.date;
    t.confidence = conf;
    t.attributes["role"] = role;
    t.attributes["status"] = status;
    out_.push_back(std::move(t));
}

void ArticleRun::extra_relations(const Sentence& s, std::size_t, std::vector<Mention>& ms) {
    for (int k = 0; k < (int)ms.size(); ++k) {
        const Mention& m = ms[k];
        if (m.ent.type != EntityType::country && m.ent.type != EntityType::organization) continue;
        if (m.locative || m.media) continue;
        std::size_t q = m.e;
        // "Iran-backed Houthis", "Russian-aligned militia": the first backs the second
        if (q + 2 < s.e && tok(q) == "-" && !(toks_[q].flags & tok_space_before) &&
            in_list(tok(q + 1), {"backed", "aligned", "supported", "sponsored"})) {
            for (int o = 0; o < (int)ms.size(); ++o)
                if (ms[o].b == q + 2 && !ms[o].modifier && ms[o].ent.type != EntityType::place &&
                    ms[o].ent.type != EntityType::treaty) {
                    static const Trigger backing = [] {
                        Trigger h;
                        h.relation = Relation::supports;
                        h.prior = 0.75;
                        return h;
                    }();
                    emit(k, o, backing, q + 1, q + 2, s.b, 0.9);
                    break;
                }
            continue;
        }
        // "ECOWAS, currently chaired by Nigerian President X", "Niger's military rulers, led by General X"
        if (m.modifier) continue;
        if (q < s.e && tok(q) == "'s") ++q;
        std::size_t words = 0;
        while (q < s.e && words < 3 && is_lower_word(toks_[q]) && tok(q) != "," ) ++q, ++words;
        if (q + 3 >= s.e || tok(q) != "," || governed(m)) continue;
        {
            bool fw = false;
            for (std::size_t p = q - words; p < q && !fw; ++p) fw = is_function_word(tok(p));
            if (fw) continue;
        }
        if (m.ent.type == EntityType::country
                ? (words == 0 || !in_list(tok(q - 1), {"government", "junta", "regime", "rulers", "leadership"}))
                : words != 0)
            continue;
        ++q;
        if (in_list(tok(q), {"currently", "now"})) ++q;
        if (!in_list(tok(q), {"led", "headed", "chaired"}) || !ieq(tok(q + 1), "by")) continue;
        bool chair = ieq(tok(q), "chaired");
        // "Democrats, led by President X": a party's figurehead is not its chair
        if (!chair && m.ent.type == EntityType::organization) {
            auto ix = kb_.find(m.ent.id);
            if (ix && kb_.entities()[*ix].kind == "party") continue;
        }
        q += 2;
        for (const auto& pm : ms)
            if (pm.ent.type == EntityType::person && pm.b == q && !pm.modifier) {
                if (pm.status == "former" || pm.status == "elect") break;
                emit_struct(pm.ent, Relation::leader_of, m.ent, m.b, pm.e, chair ? "Chair" : "Leader", 0.8);
                break;
            }
    }
}

// What "He", "the bloc", "the alliance" may refer to in the next sentences.
void ArticleRun::note_salience(const std::vector<Mention>& ms, std::size_t si) {
    std::vector<Entity> ps;
    std::uint32_t bloc = npos32, alliance = npos32;
    bool bloc_ambiguous = false, alliance_ambiguous = false;
    for (int k = 0; k < (int)ms.size(); ++k) {
        const auto& m = ms[k];
        if (m.ent.type == EntityType::person && !m.modifier && m.group < 0) {
            if (std::none_of(ps.begin(), ps.end(), [&](auto& x) { return x.id == m.ent.id; })) ps.push_back(m.ent);
        } else if (m.ent.type == EntityType::organization && !m.locative) {
            auto ix = kb_.find(m.ent.id);
            if (!ix) continue;
            const auto& kind = kb_.entities()[*ix].kind;
            if (kind == "intergovernmental" || kind == "forum" || kind == "alliance") {
                if (std::find(blocs_named_.begin(), blocs_named_.end(), *ix) == blocs_named_.end()) blocs_named_.push_back(*ix);
                if (kind == "alliance" && std::find(alliances_named_.begin(), alliances_named_.end(), *ix) == alliances_named_.end())
                    alliances_named_.push_back(*ix);
                if (bloc != npos32 && bloc != *ix) bloc_ambiguous = true;
                bloc = *ix;
            }
            if (kind == "alliance") {
                if (alliance != npos32 && alliance != *ix) alliance_ambiguous = true;
                alliance = *ix;
            }
        }
    }
    if (!ps.empty()) last_persons_ = ps, last_persons_si_ = si;
    // "He"/"She" next: the person this sentence is about when it names exactly one, as its first actor
    // (not after "by"), and no capitalized name the KB does not know (another person, maybe)
    bool unknown_name = false;
    const auto& s = sents_[si];
    cov_.assign(s.e - s.b, 0);
    for (const auto& m : ms)
        for (auto p = std::max(m.b, s.b); p < m.e && p < s.e; ++p) cov_[p - s.b] = 1;
    auto covered = [&](std::size_t p) { return cov_[p - s.b] != 0; };
    for (std::size_t p = s.b; p + 1 < s.e && !unknown_name; ++p)
        unknown_name = is_cap_word(toks_[p]) && is_cap_word(toks_[p + 1]) && !kb_.is_name_stopword(tok(p)) &&
                       !kb_.is_name_stopword(tok(p + 1)) && !covered(p) && !covered(p + 1) &&
                       !(p > s.b && (is_determiner(tok(p - 1)) || is_preposition(tok(p - 1))));
    // "Ms. Lewis", "Brown's": a surname the KB does not resolve here
    for (std::size_t p = s.b; p + 1 < s.e && !unknown_name; ++p)
        unknown_name = is_cap_word(toks_[p]) &&
                       ((tok(p).size() <= 4 && tok(p).back() == '.' && in_list(tok(p), {"mr.", "ms.", "mrs.", "dr."}) &&
                         is_cap_word(toks_[p + 1]) && !covered(p + 1)) ||
                        (p > s.b && tok(p + 1) == "'s" && !covered(p) && !kb_.is_name_stopword(tok(p))));
    bool named = std::any_of(ms.begin(), ms.end(), [](const Mention& m) {
        return m.ent.type == EntityType::person && !m.desc && m.group < 0 && !m.modifier;
    });
    if (named || unknown_name) {
        salient_person_ = {};
        salient_person_si_ = si;
        if (ps.size() == 1 && !unknown_name) {
            // the subject: the first actor, at the start of the sentence or of a clause after a comma
            std::size_t first = s.b;
            while (first < s.e && (toks_[first].flags & tok_punct)) ++first;
            for (const auto& m : ms) {
                if (m.modifier || m.media) continue;
                bool subject_pos = m.b <= first + 1 || (m.b > s.b && tok(m.b - 1) == ",");
                if (m.ent.type == EntityType::person && m.group < 0 && !m.desc && subject_pos) salient_person_ = m.ent;
                break;
            }
        }
    }
    if (bloc != npos32) last_bloc_ = bloc_ambiguous ? npos32 : bloc, last_bloc_si_ = si;
    if (alliance != npos32) last_alliance_ = alliance_ambiguous ? npos32 : alliance, last_alliance_si_ = si;
}

std::vector<Triple> ArticleRun::run() {
    toks_ = tokenize(text_);
    // roles block: a family name written in capitals before the given name ("KISHIDA Fumio", the
    // Japanese and Korean official style) is read as the capitalized name ("Kishida Fumio")
    for (std::size_t i = 0; i + 1 < toks_.size(); ++i) {
        auto w = toks_[i].norm, nx = toks_[i + 1].norm;
        // a cheap gate first: the word must be all capitals (its first two letters tested here)
        if (w.size() < 3 || !(w[0] >= 'A' && w[0] <= 'Z') || !(w[1] >= 'A' && w[1] <= 'Z')) continue;
        if (!(toks_[i].flags & tok_word) || nx.size() < 2 || !(toks_[i + 1].flags & tok_upper) ||
            !(nx[1] >= 'a' && nx[1] <= 'z') || (i > 0 && toks_[i - 1].norm.size() > 1 &&
                                                std::all_of(toks_[i - 1].norm.begin(), toks_[i - 1].norm.end(),
                                                            [](char c) { return c >= 'A' && c <= 'Z'; })))
            continue;
        if (!std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
        if (kb_.entry(w)) continue;  // an acronym the KB knows ("NATO Secretary")
        std::string t(w);
        for (std::size_t k = 1; k < t.size(); ++k) t[k] = (char)(t[k] - 'A' + 'a');
        caps_names_.push_back(std::move(t));
        toks_[i].norm = caps_names_.back();
    }
    split_sentences();
    count_entities();
    {
        // a government site writes for its country: "our two countries" includes it
        std::string_view u = a_.url;
        if (auto p = u.find("://"); p != std::string_view::npos) u.remove_prefix(p + 3);
        u = u.substr(0, u.find('/'));
        auto ends = [&](std::string_view x) { return u.size() >= x.size() && u.substr(u.size() - x.size()) == x; };
        if (ends(".gov") || ends(".mil")) doc_country_ = "country:USA";
        else if (ends(".gov.uk")) doc_country_ = "country:GBR";
        else if (ends(".gc.ca")) doc_country_ = "country:CAN";
        else if (ends(".gov.au")) doc_country_ = "country:AUS";
        else if (ends(".gov.in")) doc_country_ = "country:IND";
    }
    std::vector<Mention> ms;
    for (std::size_t si = 0; si < sents_.size(); ++si) {
        const auto& s = sents_[si];
        ms.clear();
        persons_before_ = persons_seen_.size();
        cur_si_ = si;
        speaker_turn(s);
        find_mentions(s, ms);
        predicate_roles(s, ms);  // roles block
        unknown_treaties(s, ms);
        // "U.S.-led", "Barbados-flagged", "China-based": a compound modifier, not an actor
        for (auto& m : ms)
            if (m.e + 1 < s.e && tok(m.e) == "-" && !(toks_[m.e].flags & tok_space_before) &&
                !(toks_[m.e + 1].flags & tok_space_before) && is_lower_word(toks_[m.e + 1]))
                m.modifier = true;
        for (const auto& m : ms) {
            if (m.ent.type != EntityType::treaty && m.ent.type != EntityType::place) continue;
            auto ix = kb_.find(m.ent.id);
            if (!ix && m.ent.type == EntityType::treaty) unknown_treaty_named_ = true;
            if (!ix) continue;
            if (m.ent.type == EntityType::treaty) {
                last_treaty_ = *ix, last_treaty_si_ = si, last_treaty_end_ = m.e;
                if (std::find(treaties_named_.begin(), treaties_named_.end(), *ix) == treaties_named_.end())
                    treaties_named_.push_back(*ix);
            }
            else last_place_ = *ix, last_place_si_ = si;
        }
        if (ms.empty()) continue;
        cs_ = &s;
        cm_ = &ms;
        cur_si_ = si;
        for (auto& m : ms)
            if (m.office >= 0) emit_role(m, ms, si);
        int actors = 0;
        for (int k = 0; k < (int)ms.size(); ++k) actors += actor(k) ? 1 : 0;
        if (actors >= 1) {
            seen_triples_.clear();
            relations(s, si, ms);
            extra_relations(s, si, ms);
        }
        // the first country/organization acting in this sentence: "it"/"its" in the next ones
        for (int k = 0; k < (int)ms.size(); ++k) {
            const auto& m = ms[k];
            if (!actor(k) || m.locative || governed(m) || m.group >= 0) continue;
            if (m.ent.type == EntityType::country || m.ent.type == EntityType::organization) {
                last_actor_country_ = m.ent;
                break;
            }
            if (m.ent.type == EntityType::person) break;
        }
        record_groups(ms);
        collect_group_sets(ms, s.e, si, group_cands_);
        if (group_cands_.size() > 256) group_cands_.erase(group_cands_.begin(), group_cands_.begin() + 128);
        {  // roles block: this sentence's countries for context_country in the next one
            auto& role_mod = role_mod_;  // scratch, reused across sentences
            role_mod.assign(ms.size(), 0);
            for (const auto& x : ms)
                if (x.ent.type == EntityType::person && x.role_of >= 0) role_mod[x.role_of] = 1;
            prev_ctx_.clear();
            for (std::size_t k = 0; k < ms.size(); ++k)
                if (ms[k].ent.type == EntityType::country && !ms[k].locative && !role_mod[k] && ms[k].group < 0 &&
                    std::find(prev_ctx_.begin(), prev_ctx_.end(), ms[k].ent.id) == prev_ctx_.end())
                    prev_ctx_.push_back(ms[k].ent.id);
            prev_ctx_si_ = si;
        }
        // the two people named in this sentence: what "both leaders" refers to next
        {
            std::vector<Entity> ps;
            for (int k = 0; k < (int)ms.size(); ++k) {
                const auto& m = ms[k];
                if (!actor(k) || m.ent.type != EntityType::person || m.group >= 0) continue;
                if (std::none_of(ps.begin(), ps.end(), [&](auto& x) { return x.id == m.ent.id; })) ps.push_back(m.ent);
            }
            if (ps.size() == 2) last_person_pair_ = ps, last_person_pair_si_ = si;
            else if (ps.size() > 2) last_person_pair_.clear();
        }
        note_salience(ms, si);
    }
    return std::move(out_);
}

}  // namespace

struct Extractor::Impl {
    std::shared_ptr<const KnowledgeBase> kb;
    ExtractOptions options;
};

Extractor::Extractor(const std::filesystem::path& data_dir, ExtractOptions options)
    : impl_(std::make_unique<Impl>()) {
    impl_->kb = KnowledgeBase::load(data_dir);
    impl_->options = options;
}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

const KnowledgeBase& Extractor::knowledge_base() const { return *impl_->kb; }

std::vector<Triple> Extractor::extract(const Article& article, ExtractStats* stats) const {
    if (stats) *stats = {};
    if (article.text.empty()) return {};
    if (article.offsets.size() != article.text.size() + 1)
        throw std::invalid_argument(fmt::format("article {}: offsets do not match the cleaned text", article.id));
    ArticleRun run(*impl_->kb, article, impl_->options);
    auto triples = run.run();
    if (stats) stats->sentences = run.sentence_count();
    return triples;
}

}  // namespace geokg
