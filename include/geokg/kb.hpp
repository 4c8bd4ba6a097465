// Knowledge base: countries, people with dated roles, organizations, treaties,
// places (data/*.json, formats in data/README.md) and the extractor's lexicons
// (data/lexicon/*.json), loaded at run time with RapidJSON.
//
// The KB also owns the tokenizer, so that surface forms and article text are cut
// into tokens the same way, and a token gazetteer (longest match first).
#pragma once

#include <cstdint>
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
};

// Everything the lexicons start with one token form: one hash lookup per token.
struct TokenEntry {
    std::vector<std::uint32_t> phrases, office_titles, triggers, cues;
};

class KnowledgeBase {
public:
    // The lexicon entry of a token form (nullptr: the token starts nothing).
    const TokenEntry* entry(std::string_view w) const {
        if (slots_.empty()) return nullptr;
        std::uint64_t h = token_hash(w);
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const auto& sl = slots_[i];
            if (sl.index == 0) return nullptr;
            if (sl.hash == h && vocab_keys_[sl.index - 1] == w) return &vocab_entries_[sl.index - 1];
        }
    }
    static std::uint64_t token_hash(std::string_view w) {
        std::uint64_t h = 1469598103934665603ull;  // FNV-1a
        for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
        return h ^ (h >> 29);
    }
    GazetteerMatch match(const std::vector<Token>& tokens, std::size_t i, std::size_t end, const TokenEntry* e) const;
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
    // flat open-addressing index over vocab_ (built once at load)
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t index = 0;  // 1-based into vocab_keys_/vocab_entries_, 0 = empty
    };
    std::vector<Slot> slots_;
    std::vector<std::string> vocab_keys_;
    std::vector<TokenEntry> vocab_entries_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> people_by_office_;
    StringMap<std::vector<std::uint32_t>> cue_first_;
};

}  // namespace geokg
