#include "geokg/types.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace geokg {

namespace {
constexpr std::array<RelationInfo, relation_count> kRelations{{
    {Relation::leader_of, "leader_of", RelationClass::structural, 0, false},
    {Relation::official_of, "official_of", RelationClass::structural, 0, false},
    {Relation::member_of, "member_of", RelationClass::structural, 0, false},
    {Relation::claims, "claims", RelationClass::structural, 0, false},
    {Relation::meets_with, "meets_with", RelationClass::verbal_cooperation, 1, true},
    {Relation::visits, "visits", RelationClass::verbal_cooperation, 2, false},
    {Relation::supports, "supports", RelationClass::verbal_cooperation, 3, false},
    {Relation::cooperates_with, "cooperates_with", RelationClass::verbal_cooperation, 4, true},
    {Relation::appeals_to, "appeals_to", RelationClass::verbal_cooperation, 1, false},
    {Relation::allied_with, "allied_with", RelationClass::material_cooperation, 7, true},
    {Relation::trades_with, "trades_with", RelationClass::material_cooperation, 5, true},
    {Relation::aids, "aids", RelationClass::material_cooperation, 7, false},
    {Relation::signs, "signs", RelationClass::material_cooperation, 6, false},
    {Relation::joins, "joins", RelationClass::material_cooperation, 5, false},
    {Relation::seeks_to_join, "seeks_to_join", RelationClass::verbal_cooperation, 3, false},
    {Relation::criticizes, "criticizes", RelationClass::verbal_conflict, -2, false},
    {Relation::opposes, "opposes", RelationClass::verbal_conflict, -4, false},
    {Relation::threatens, "threatens", RelationClass::verbal_conflict, -6, false},
    {Relation::disputes_with, "disputes_with", RelationClass::verbal_conflict, -3, true},
    {Relation::withdraws_from, "withdraws_from", RelationClass::material_conflict, -5, false},
    {Relation::sanctions, "sanctions", RelationClass::material_conflict, -8, false},
    {Relation::deploys_to, "deploys_to", RelationClass::material_conflict, -7, false},
    {Relation::attacks, "attacks", RelationClass::material_conflict, -10, false},
}};
}  // namespace

std::string_view to_string(EntityType t) {
    switch (t) {
        case EntityType::country: return "country";
        case EntityType::person: return "person";
        case EntityType::organization: return "organization";
        case EntityType::treaty: return "treaty";
        case EntityType::place: return "place";
    }
    return "?";
}

std::optional<EntityType> entity_type_from(std::string_view s) {
    if (s == "country") return EntityType::country;
    if (s == "person") return EntityType::person;
    if (s == "organization" || s == "org") return EntityType::organization;
    if (s == "treaty") return EntityType::treaty;
    if (s == "place") return EntityType::place;
    return std::nullopt;
}

std::string_view id_prefix(EntityType t) {
    return t == EntityType::organization ? std::string_view("org") : to_string(t);
}

const std::array<RelationInfo, relation_count>& relation_table() { return kRelations; }
const RelationInfo& info(Relation r) { return kRelations[static_cast<std::size_t>(r)]; }
std::string_view to_string(Relation r) { return info(r).name; }

std::optional<Relation> relation_from(std::string_view name) {
    for (const auto& ri : kRelations)
        if (ri.name == name) return ri.relation;
    return std::nullopt;
}

std::string_view to_string(RelationClass c) {
    switch (c) {
        case RelationClass::structural: return "structural";
        case RelationClass::verbal_cooperation: return "verbal_cooperation";
        case RelationClass::material_cooperation: return "material_cooperation";
        case RelationClass::verbal_conflict: return "verbal_conflict";
        case RelationClass::material_conflict: return "material_conflict";
    }
    return "?";
}

std::optional<RelationClass> relation_class_from(std::string_view s) {
    for (auto c : {RelationClass::structural, RelationClass::verbal_cooperation,
                   RelationClass::material_cooperation, RelationClass::verbal_conflict,
                   RelationClass::material_conflict})
        if (to_string(c) == s) return c;
    return std::nullopt;
}

std::string_view to_string(Modality m) {
    switch (m) {
        case Modality::asserted: return "asserted";
        case Modality::planned: return "planned";
        case Modality::hypothetical: return "hypothetical";
    }
    return "?";
}

std::optional<Modality> modality_from(std::string_view s) {
    if (s == "asserted") return Modality::asserted;
    if (s == "planned") return Modality::planned;
    if (s == "hypothetical") return Modality::hypothetical;
    return std::nullopt;
}

std::string slugify(std::string_view text) {
    // Fast path: pure ASCII needs no ICU.
    bool ascii = true;
    for (unsigned char c : text) ascii = ascii && c < 0x80;
    std::string folded;
    if (ascii) {
        folded.assign(text);
    } else {
        // Transliterate to Latin, strip diacritics (ICU does this right for every script).
        static std::once_flag once;
        static std::unique_ptr<icu::Transliterator> tr;
        static std::mutex mu;
        std::call_once(once, [] {
            UErrorCode st = U_ZERO_ERROR;
            tr.reset(icu::Transliterator::createInstance(
                "Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, st));
            if (U_FAILURE(st)) tr.reset();
        });
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(
            icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
        if (tr) {
            std::lock_guard lock(mu);
            tr->transliterate(u);
        }
        u.toUTF8String(folded);
    }
    std::string out;
    out.reserve(folded.size());
    bool dash = false;
    for (unsigned char c : folded) {
        if (c == '\'' ) continue;  // "Xi's" -> "xis", "O'Brien" -> "obrien"
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && !out.empty()) out.push_back('-');
            out.push_back(static_cast<char>(c));
            dash = false;
        } else if (c >= 'A' && c <= 'Z') {
            if (dash && !out.empty()) out.push_back('-');
            out.push_back(static_cast<char>(c - 'A' + 'a'));
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

}  // namespace geokg
