// Core value types shared by every pipeline stage: entities, relations, triples.
// The contract for triples is ../shared/docs/schema.md (mirrored in docs/schema.md).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace geokg {

enum class EntityType : std::uint8_t { country, person, organization, treaty, place };

std::string_view to_string(EntityType t);
std::optional<EntityType> entity_type_from(std::string_view s);
// Canonical-id prefix of a type: "country", "person", "org", "treaty", "place".
std::string_view id_prefix(EntityType t);

struct Entity {
    std::string id;    // canonical id, e.g. "country:CHN", "person:wang-yi"
    std::string name;  // canonical name
    EntityType type = EntityType::country;
    friend bool operator==(const Entity&, const Entity&) = default;
};

enum class Relation : std::uint8_t {
    leader_of, official_of, member_of, claims,
    meets_with, visits, supports, cooperates_with, appeals_to,
    allied_with, trades_with, aids, signs, joins, seeks_to_join,
    criticizes, opposes, threatens, disputes_with,
    withdraws_from, sanctions, deploys_to, attacks,
};
inline constexpr std::size_t relation_count = 23;

enum class RelationClass : std::uint8_t {
    structural, verbal_cooperation, material_cooperation, verbal_conflict, material_conflict,
};

struct RelationInfo {
    Relation relation;
    std::string_view name;
    RelationClass cls;
    double weight;   // default Goldstein-style score of one event
    bool symmetric;
};

const std::array<RelationInfo, relation_count>& relation_table();
const RelationInfo& info(Relation r);
std::optional<Relation> relation_from(std::string_view name);
std::string_view to_string(Relation r);
std::string_view to_string(RelationClass c);
std::optional<RelationClass> relation_class_from(std::string_view s);

enum class Modality : std::uint8_t { asserted, planned, hypothetical };
std::string_view to_string(Modality m);
std::optional<Modality> modality_from(std::string_view s);

struct Triple {
    std::string article;
    Entity subject;
    Relation relation = Relation::meets_with;
    Entity object;
    std::int64_t sentence = 0;
    std::uint64_t char_start = 0;  // byte offsets into the original input text
    std::uint64_t char_end = 0;
    std::string evidence;          // == original[char_start, char_end)
    std::string date;              // YYYY, YYYY-MM or YYYY-MM-DD; empty = null
    bool negated = false;
    Modality modality = Modality::asserted;
    double confidence = 0.5;
    std::map<std::string, std::string> attributes;  // role, status, surface, via, ...

    bool is_fact() const { return !negated && modality == Modality::asserted; }
};

// Lower-case ASCII slug, words joined by '-', diacritics dropped ("Türkiye" -> "turkiye").
std::string slugify(std::string_view text);

}  // namespace geokg
