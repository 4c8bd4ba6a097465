// Knowledge base: countries, people with dated roles, organizations, treaties,
// places (data/*.json, formats in data/README.md) and the extractor's lexicons
// (data/lexicon/*.json), loaded at run time with RapidJSON.
//
// The KB also owns the tokenizer, so that surface forms and article text are cut
// into tokens the same way, and a token gazetteer (longest match first).
#pragma once

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geokg/types.hpp"

namespace geokg {

// Hash for heterogeneous (string_view) lookup in unordered maps.
struct StringHash {
    using is_transparent = void;
    // not noexcept on purpose: libstdc++ then caches hash codes in the nodes, so a
    // lookup does not rehash every key of a bucket
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// ---------------------------------------------------------------- tokens

enum TokenFlags : std::uint8_t {
    tok_word = 1,        // letters/digits (possibly with internal dots/apostrophes)
    tok_upper = 2,       // first character is an upper-case letter
    tok_space_before = 4,  // white space (or start of text) before the token
    tok_newline_before = 8,  // a line break before the token
    tok_digit = 16,      // starts with a digit
    tok_punct = 32,      // a punctuation token
};

struct Token {
    std::uint32_t begin = 0, end = 0;  // byte range in the tokenized text
    std::uint8_t flags = 0;
    // Normalized form: curly quotes/apostrophes -> ASCII, dashes -> "-",
    // "’s" -> "'s". Points into the tokenizer's static table or the text.
    std::string_view norm;
};

// Cuts text into word and punctuation tokens. Possessive "'s"/"’s" becomes its
// own token; hyphens become "-" tokens (so "U.S.-Japan" is U.S. - Japan);
// "U.S.", "Nov." and other known abbreviations keep their dot.
std::vector<Token> tokenize(std::string_view text);
// True if `word` (without the dot) is a known abbreviation that takes a dot.
bool is_abbreviation(std::string_view word);

// Lower-case ASCII copy (bytes >= 0x80 kept).
std::string ascii_lower(std::string_view s);
// Drops Latin diacritics (ICU transliteration); returns the input when unchanged.
std::string fold_diacritics(std::string_view s);

// ---------------------------------------------------------------- entities

enum class SurfaceKind : std::uint8_t {
    name,      // canonical or official name, alias
    demonym,   // "Chinese", "South Korean"
    capital,   // "Beijing": country by metonymy
    seat,      // "White House", "Kremlin": country by metonymy
    body,      // "State Department": country, attributes.via
    combining, // "Sino" in "Sino-Japanese" (lexicon)
};

struct KbRole {
    std::string role;      // as in the data ("President")
    std::string office;    // canonical office key from lexicon/offices.json ("president"), may be empty
    Relation relation = Relation::official_of;
    std::string of;        // entity id
    std::string from, to;  // ISO dates; empty = open
};

struct KbEntity {
    std::string id, name;
    EntityType type = EntityType::country;
    std::string kind;      // org/treaty/place kind
    std::string country;   // org's country / place's "in"
    std::vector<std::string> members;  // org members, treaty parties, place claimants
    int year = 0;                       // treaty: year of signature or launch (0: not given)
    // people
    std::string surname;
    bool given_first = true;
    std::vector<KbRole> roles;
};

struct Surface {
    std::uint32_t entity = 0;  // index into entities()
    SurfaceKind kind = SurfaceKind::name;
    bool ambiguous = false;    // listed in the entry's "ambiguous": needs context
};

struct GazetteerMatch {
    std::uint32_t length = 0;          // tokens
    const std::vector<Surface>* surfaces = nullptr;  // candidates (several when ambiguous)
};

// ---------------------------------------------------------------- lexicons

struct OfficeEntry {
    std::string office;   // canonical key ("foreign_minister")
    std::string role;     // canonical role name ("Foreign Minister")
    Relation relation = Relation::official_of;
    bool head = false;    // head of state/government (for "the president" coreference)
    std::vector<std::string> titles;  // surface titles
};

// A relation trigger (lexicon/relations.json).
struct Trigger {
    std::vector<std::string> words;  // token sequence (first word inflected for verbs)
    Relation relation = Relation::meets_with;
    enum class Pos : std::uint8_t { verb, noun, adj } pos = Pos::verb;
    std::vector<std::string> preps;  // prepositions introducing the object ("" = direct)
    std::vector<std::vector<std::string>> prep_tokens;  // the non-empty preps, tokenized
    bool direct = false;             // preps contains "" (a direct object)
    std::vector<std::string> needs;  // one of these lemmas/words must occur shortly before
    std::string object_types;        // allowed object types (letters: c p o t l = country person org treaty place), empty = any
    std::string subject_types;
    bool symmetric_pair = false;     // "X and Y <trigger>" / "between X and Y" give pairs
    bool intent = false;             // expresses intention itself: "will" does not make it planned
    bool reverse = false;
    bool pair_only = false;          // no object: only coordinated subjects relate ("Japan and Korea allied")            // the object acts on the subject ("drew ire from X": X -> subject)
    double prior = 0.7;
};

struct CueSet {
    std::vector<std::vector<std::string>> negation, planned, hypothetical,
        speech, clause_break, reporters_media;
    std::vector<std::string> light_verbs;
};

struct ActorLexicon {
    std::vector<std::vector<std::string>> bodies;      // "Foreign Ministry", "Coast Guard" (via)
    std::vector<std::string> actor_nouns;              // nouns after a demonym that make it an actor: "vessels", "troops"
    std::vector<std::string> collective_pairs;         // "two countries", "both sides" heads
    std::vector<std::string> ambiguous_surnames;       // surnames that are also common words
    std::vector<std::string> name_stopwords;           // capitalized words that never start a name
    std::vector<std::string> given_names;              // not used as surnames alone
    std::vector<std::string> given_name_countries;     // country names that are also first names ("Chad")
    std::vector<std::string> us_state_countries;       // country names that are also US states ("Georgia")
    std::vector<std::string> us_state_context;         // words next to a US state's name ("Gov.", "Republican")
    // regional adjectives restricting a group reference ("the two Nordic countries"): adjective (one or
    // two words, lower case) -> country or organization ids (an organization stands for its members)
    std::vector<std::pair<std::string, std::vector<std::string>>> group_adjectives;
};

// Everything the lexicons start with one token form: one hash lookup per token.
struct TokenEntry {
    std::vector<std::uint32_t> phrases, office_titles, triggers, cues;
    std::uint32_t single_from = 0;  // phrases[single_from..] are the one-token phrases (longest first)
};

// A flat open-addressing index of strings (built once, read-only after), looked up with
// KnowledgeBase::token_hash. A bit filter over the hashes, small enough to stay in cache,
// answers most absent keys without touching the slots.
class TokenIndex {
public:
    // keys[i] gets id i + 1; duplicate keys: the first wins.
    void build(std::vector<std::string> keys);
    // 1-based id of `w` (hash h = token_hash(w)), 0 if absent.
    std::uint32_t find(std::string_view w, std::uint64_t h) const {
        if (slots_.empty()) return 0;
        std::uint64_t f = (h >> 32) & filter_mask_;
        if (!(filter_[f >> 6] >> (f & 63) & 1)) return 0;
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const auto& sl = slots_[i];
            if (sl.index == 0) return 0;
            if (sl.hash == h && keys_[sl.index - 1] == w) return sl.index;
        }
    }
    std::uint32_t find(std::string_view w) const;

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t index = 0;  // 1-based into keys_, 0 = empty
    };
    std::vector<Slot> slots_;
    std::vector<std::uint64_t> filter_;
    std::uint64_t filter_mask_ = 0;
    std::vector<std::string> keys_;
};

class KnowledgeBase {
public:
    // The lexicon entry of a token form (nullptr: the token starts nothing).
    const TokenEntry* entry(std::string_view w) const { return entry(w, token_hash(w)); }
    // The same with the token's token_hash(w) already computed.
    const TokenEntry* entry(std::string_view w, std::uint64_t h) const {
        std::uint32_t ix = vocab_index_.find(w, h);
        return ix ? &vocab_entries_[ix - 1] : nullptr;
    }
    // Hash of a token form, eight bytes at a time (the lexicon indexes and the phrase keys).
    static std::uint64_t token_hash(std::string_view w) {
        const char* p = w.data();
        std::size_t n = w.size();
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
        auto load8 = [](const char* q) {
            std::uint64_t v;
            std::memcpy(&v, q, 8);
            return v;
        };
        auto mix = [](std::uint64_t x, std::uint64_t v) {
            x = (x ^ v) * 0xD6E8FEB86659FD93ull;
            return x ^ (x >> 32);
        };
        if (n > 8) {
            for (; n > 8; p += 8, n -= 8) h = mix(h, load8(p));
            h = mix(h, load8(p + n - 8));  // the last 1..8 bytes (overlapping)
        } else if (n >= 4) {
            std::uint32_t a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            h = mix(h, a | (std::uint64_t(b) << 32));
        } else if (n > 0) {
            h = mix(h, (unsigned char)p[0] | (std::uint64_t((unsigned char)p[n / 2]) << 8) |
                           (std::uint64_t((unsigned char)p[n - 1]) << 16));
        }
        h *= 0x9E3779B97F4A7C15ull;
        return h ^ (h >> 29);
    }
    GazetteerMatch match(const std::vector<Token>& tokens, std::size_t i, std::size_t end, const TokenEntry* e) const;
    // The same with hashes[k] = token_hash(tokens[k].norm) for every token: the phrases' later
    // tokens are compared by hash first.
    GazetteerMatch match(const std::vector<Token>& tokens, const std::uint64_t* hashes, std::size_t i,
                         std::size_t end, const TokenEntry* e) const;
    std::pair<int, std::uint32_t> match_office(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                                               const TokenEntry* e) const;
    std::uint8_t cues_at(const std::vector<Token>& toks, std::size_t i, std::size_t end, const TokenEntry* e) const;

    // Loads data_dir/{countries,people,organizations,treaties,places}.json and
    // data_dir/lexicon/{offices,relations,cues,actors}.json. Throws InputError
    // naming the file for a missing or malformed file.
    static std::shared_ptr<const KnowledgeBase> load(const std::filesystem::path& data_dir);

    const std::vector<KbEntity>& entities() const { return entities_; }
    std::optional<std::uint32_t> find(std::string_view id) const;

    // Longest gazetteer match starting at tokens[i] (within [i, end)); length 0 if none.
    GazetteerMatch match(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                         std::string_view text) const;

    // Offices.
    const std::vector<OfficeEntry>& offices() const { return offices_; }
    // Longest office title at tokens[i]; returns (office index, length) or length 0.
    std::pair<int, std::uint32_t> match_office(const std::vector<Token>& tokens, std::size_t i,
                                               std::size_t end) const;
    // People who held `office` of `of` on `date` (ISO prefix; empty = any time).
    std::vector<std::uint32_t> holders(std::string_view office, std::string_view of,
                                       std::string_view date) const;
    // People whose surname (or single given/last token) is `surname`.
    const std::vector<std::uint32_t>* by_surname(std::string_view surname) const;

    const std::vector<Trigger>& triggers() const { return triggers_; }
    // Indices of triggers whose first word is `word` (exact token form).
    const std::vector<std::uint32_t>* triggers_for(std::string_view word) const;
    const CueSet& cues() const { return cues_; }
    enum CueBits : std::uint8_t { cue_negation = 1, cue_planned = 2, cue_hypothetical = 4, cue_speech = 8, cue_clause = 16 };
    // The CueBits of the cue phrases that start at toks[i] (one hash lookup).
    std::uint8_t cues_at(const std::vector<Token>& toks, std::size_t i, std::size_t end) const;
    const ActorLexicon& actors() const { return actors_; }
    bool is_actor_noun(std::string_view w) const;
    bool is_ambiguous_surname(std::string_view w) const;
    bool is_name_stopword(std::string_view w) const;
    // "Sino" -> "country:CHN" (lexicon/actors.json "combining")
    std::optional<std::string> combining(std::string_view w) const;

private:
    friend struct KbLoader;
    std::vector<KbEntity> entities_;
    StringMap<std::uint32_t> by_id_;
    struct Phrase {
        std::vector<std::string> tokens;
        std::vector<Surface> surfaces;
    };
    std::vector<Phrase> phrases_;
    StringMap<std::vector<std::uint32_t>> first_token_;  // -> phrases, longest first
    std::vector<OfficeEntry> offices_;
    std::vector<std::pair<std::vector<std::string>, int>> office_titles_;
    StringMap<std::vector<std::uint32_t>> office_first_;
    StringMap<std::vector<std::uint32_t>> surname_;
    std::vector<Trigger> triggers_;
    StringMap<std::vector<std::uint32_t>> trigger_first_;
    CueSet cues_;
    ActorLexicon actors_;
    StringMap<int> actor_noun_set_, ambiguous_surname_set_, stopword_set_;
    StringMap<std::string> combining_;
    std::vector<std::pair<std::vector<std::string>, std::uint8_t>> cue_phrases_;
    StringMap<TokenEntry> vocab_;
    // flat index over vocab_ (built once at load)
    TokenIndex vocab_index_;
    std::vector<TokenEntry> vocab_entries_;
    // the later tokens of each phrase by hash (phrase_tok_[phrase_first_[p] + k - 1] for token k >= 1):
    // the exact form and its capitalized form (token_eq)
    struct TokKey {
        std::uint64_t exact, cap;
    };
    std::vector<std::uint32_t> phrase_first_;
    std::vector<TokKey> phrase_tok_;
    // a bit filter over (first token, second token) of the phrases of two or more tokens: most
    // tokens that start phrases ("the", "United") are not followed by any second token of them
    std::vector<std::uint64_t> bigram_filter_;
    std::uint64_t bigram_mask_ = 0;
    static std::uint64_t bigram_bit(std::uint64_t h1, std::uint64_t h2) {
        std::uint64_t x = h1 ^ (h2 * 0x9E3779B97F4A7C15ull);
        x ^= x >> 32;
        x *= 0xD6E8FEB86659FD93ull;
        return x ^ (x >> 32);
    }
    // name stopwords, ambiguous surnames, actor nouns and surnames in one flat index
    enum WordBits : std::uint8_t { word_stopword = 1, word_ambiguous_surname = 2, word_actor_noun = 4 };
    struct WordInfo {
        std::uint8_t bits = 0;
        std::uint32_t surname = 0;  // 1-based into surname_lists_, 0 = none
    };
    TokenIndex word_index_;
    std::vector<WordInfo> word_info_;
    std::vector<std::vector<std::uint32_t>> surname_lists_;
    const WordInfo* word_info(std::string_view w) const {
        std::uint32_t ix = word_index_.find(w, token_hash(w));
        return ix ? &word_info_[ix - 1] : nullptr;
    }
    StringMap<StringMap<std::vector<std::uint32_t>>> people_by_office_;  // office -> of -> people (index order)
    StringMap<std::vector<std::uint32_t>> cue_first_;
};

}  // namespace geokg
