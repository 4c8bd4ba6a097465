// Knowledge base loading (RapidJSON) and lookups.
#include "geokg/kb.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "geokg/article.hpp"

namespace geokg {

namespace {

using Value = rapidjson::Value;

struct JsonFile {
    std::string path;
    rapidjson::Document doc;
};

void load_json(JsonFile& f, const std::filesystem::path& p) {
    f.path = p.string();
    std::ifstream in(p, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: cannot open knowledge-base file", f.path));
    std::stringstream ss;
    ss << in.rdbuf();
    std::string content = ss.str();
    f.doc.Parse(content.c_str(), content.size());
    if (f.doc.HasParseError())
        throw InputError(fmt::format("{}: invalid JSON at offset {}: {}", f.path, f.doc.GetErrorOffset(),
                                     rapidjson::GetParseError_En(f.doc.GetParseError())));
    if (!f.doc.IsObject()) throw InputError(fmt::format("{}: top level is not an object", f.path));
}

const Value& entries_of(const JsonFile& f, const char* key = "entries") {
    auto it = f.doc.FindMember(key);
    if (it == f.doc.MemberEnd() || !it->value.IsArray())
        throw InputError(fmt::format("{}: missing \"{}\" array", f.path, key));
    return it->value;
}

std::string str(const Value& v, const char* key) {
    auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsString()) return {};
    return {it->value.GetString(), it->value.GetStringLength()};
}
bool boolean(const Value& v, const char* key, bool dflt) {
    auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsBool()) return dflt;
    return it->value.GetBool();
}
double number(const Value& v, const char* key, double dflt) {
    auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsNumber()) return dflt;
    return it->value.GetDouble();
}
std::vector<std::string> strings(const Value& v, const char* key) {
    std::vector<std::string> out;
    auto it = v.FindMember(key);
    if (it == v.MemberEnd()) return out;
    if (it->value.IsString()) {
        out.emplace_back(it->value.GetString(), it->value.GetStringLength());
    } else if (it->value.IsArray()) {
        for (auto& x : it->value.GetArray())
            if (x.IsString()) out.emplace_back(x.GetString(), x.GetStringLength());
    }
    return out;
}

std::vector<std::string> token_strings(std::string_view s) {
    std::vector<std::string> out;
    for (auto& t : tokenize(s)) out.emplace_back(t.norm);
    return out;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular English verb inflections of `lemma` (single word): lemma, 3sg, past, gerund.
// Generates both doubled and single final consonants for CVC endings; spelling
// variants that never occur in text are harmless.
std::vector<std::string> inflect(const std::string& w) {
    std::vector<std::string> out{w};
    if (w.empty()) return out;
    auto ends = [&](std::string_view suf) {
        return w.size() >= suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
    };
    char last = w.back();
    bool cons_y = last == 'y' && w.size() >= 2 && !is_vowel(w[w.size() - 2]);
    // 3sg
    if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) out.push_back(w + "es");
    else if (cons_y) out.push_back(w.substr(0, w.size() - 1) + "ies");
    else out.push_back(w + "s");
    // past
    if (last == 'e') out.push_back(w + "d");
    else if (cons_y) out.push_back(w.substr(0, w.size() - 1) + "ied");
    else out.push_back(w + "ed");
    // gerund
    if (last == 'e' && !ends("ee") && w.size() > 2) out.push_back(w.substr(0, w.size() - 1) + "ing");
    else out.push_back(w + "ing");
    // CVC doubling
    if (w.size() >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
        is_vowel(w[w.size() - 2]) && !is_vowel(w[w.size() - 3])) {
        out.push_back(w + last + "ed");
        out.push_back(w + last + "ing");
    }
    // British -ise spellings
    std::vector<std::string> extra;
    for (auto& f : out) {
        auto p = f.find("iz");
        if (p != std::string::npos && p + 2 < f.size() + 1) {
            std::string g = f;
            g[p + 1] = 's';
            extra.push_back(g);
        }
    }
    out.insert(out.end(), extra.begin(), extra.end());
    return out;
}

std::optional<Relation> parse_relation(const JsonFile& f, const std::string& name) {
    auto r = relation_from(name);
    if (!r) throw InputError(fmt::format("{}: unknown relation \"{}\"", f.path, name));
    return r;
}

}  // namespace

struct KbLoader {
    KnowledgeBase& kb;
    std::set<std::pair<std::vector<std::string>, std::pair<std::uint32_t, int>>> seen;
    std::unordered_map<std::string, std::uint32_t> phrase_ix;  // joined tokens -> phrase

    std::uint32_t add_entity(KbEntity e, const std::string& file) {
        if (e.id.empty() || e.name.empty())
            throw InputError(fmt::format("{}: an entry lacks \"id\" or \"name\"", file));
        auto [it, fresh] = kb.by_id_.emplace(e.id, (std::uint32_t)kb.entities_.size());
        if (!fresh) return it->second;  // duplicate id: first wins
        kb.entities_.push_back(std::move(e));
        return it->second;
    }

    void add_surface(std::string_view s, std::uint32_t ent, SurfaceKind kind, bool ambiguous) {
        if (s.empty()) return;
        add_surface_once(s, ent, kind, ambiguous);
        std::string folded = fold_diacritics(s);
        if (folded != s) add_surface_once(folded, ent, kind, ambiguous);
    }
    void add_surface_once(std::string_view s, std::uint32_t ent, SurfaceKind kind, bool ambiguous) {
        auto toks = token_strings(s);
        if (toks.empty()) return;
        std::string key;
        for (auto& t : toks) { key += t; key += '\x1f'; }
        auto [it, fresh] = phrase_ix.emplace(key, (std::uint32_t)kb.phrases_.size());
        if (fresh) kb.phrases_.push_back({toks, {}});
        auto& ph = kb.phrases_[it->second];
        for (auto& su : ph.surfaces)
            if (su.entity == ent) {
                // keep the strongest kind (name beats demonym etc.), ambiguous only if always
                if (kind == SurfaceKind::name) su.kind = kind;
                su.ambiguous = su.ambiguous && ambiguous;
                return;
            }
        ph.surfaces.push_back({ent, kind, ambiguous});
    }

    void apply_extras() {
        for (auto& [surface, ids] : ambiguous_names)
            for (auto& id : ids) {
                auto ix = kb.find(id);
                if (!ix) continue;
                auto& e = kb.entities_[*ix];
                SurfaceKind kind = SurfaceKind::name;
                if (e.type == EntityType::country && !surface.empty() && surface.back() != 's' &&
                    (surface.size() > 2 && (surface.substr(surface.size() - 2) == "an" ||
                                            surface.substr(surface.size() - 3) == "ese")))
                    kind = SurfaceKind::demonym;
                add_surface(surface, *ix, kind, true);
            }
        for (auto& b : blocked) {
            auto toks = token_strings(b);
            if (toks.empty()) continue;
            std::string key;
            for (auto& t : toks) { key += t; key += '\x1f'; }
            auto [it, fresh] = phrase_ix.emplace(key, (std::uint32_t)kb.phrases_.size());
            if (fresh) kb.phrases_.push_back({toks, {}});
            else kb.phrases_[it->second].surfaces.clear();
        }
        for (auto& g : generic_bodies) {
            auto t = token_strings(g);
            if (!t.empty()) kb.actors_.bodies.push_back(t);
        }
        std::stable_sort(kb.actors_.bodies.begin(), kb.actors_.bodies.end(),
                         [](auto& a, auto& b) { return a.size() > b.size(); });
    }

    void finish_gazetteer() {
        for (std::uint32_t i = 0; i < kb.phrases_.size(); ++i) {
            auto& first = kb.phrases_[i].tokens[0];
            kb.first_token_[first].push_back(i);
            unsigned char c = first[0];
            if (c >= 'a' && c <= 'z') {
                std::string cap = first;
                cap[0] = char(c - 'a' + 'A');
                kb.first_token_[cap].push_back(i);
            }
        }
        for (auto& [k, v] : kb.first_token_)
            std::stable_sort(v.begin(), v.end(), [&](auto a, auto b) {
                return kb.phrases_[a].tokens.size() > kb.phrases_[b].tokens.size();
            });
    }

    // countries.json top-level extras, applied after every file is loaded
    std::vector<std::string> blocked;
    std::vector<std::pair<std::string, std::vector<std::string>>> ambiguous_names;
    std::vector<std::string> generic_bodies;

    void load_countries(const std::filesystem::path& dir) {
        JsonFile f;
        load_json(f, dir / "countries.json");
        blocked = strings(f.doc, "blocked_phrases");
        generic_bodies = strings(f.doc, "generic_bodies");
        auto an = f.doc.FindMember("ambiguous_names");
        if (an != f.doc.MemberEnd() && an->value.IsObject())
            for (auto& m : an->value.GetObject()) {
                std::vector<std::string> ids;
                if (m.value.IsArray())
                    for (auto& x : m.value.GetArray())
                        if (x.IsString()) ids.emplace_back(x.GetString());
                ambiguous_names.push_back({m.name.GetString(), ids});
            }
        for (auto& e : entries_of(f).GetArray()) {
            if (!e.IsObject()) continue;
            KbEntity k;
            k.id = str(e, "id");
            k.name = str(e, "name");
            k.type = EntityType::country;
            // dependent or claimed territories: who claims them ("part_of", "claimed_by")
            k.country = str(e, "part_of");
            k.members = strings(e, "claimed_by");
            if (!k.country.empty() && std::find(k.members.begin(), k.members.end(), k.country) == k.members.end())
                k.members.push_back(k.country);
            auto ix = add_entity(k, f.path);
            auto amb = strings(e, "ambiguous");
            auto is_amb = [&](const std::string& s) { return std::find(amb.begin(), amb.end(), s) != amb.end(); };
            add_surface(k.name, ix, SurfaceKind::name, is_amb(k.name));
            std::string official = str(e, "official_name");
            add_surface(official, ix, SurfaceKind::name, is_amb(official));
            for (auto& a : strings(e, "aliases")) add_surface(a, ix, SurfaceKind::name, is_amb(a));
            for (auto& a : strings(e, "demonyms")) add_surface(a, ix, SurfaceKind::demonym, is_amb(a));
            for (auto& a : strings(e, "capitals")) add_surface(a, ix, SurfaceKind::capital, is_amb(a));
            for (auto& a : strings(e, "seats")) add_surface(a, ix, SurfaceKind::seat, is_amb(a));
            for (auto& a : strings(e, "bodies")) add_surface(a, ix, SurfaceKind::body, is_amb(a));
        }
    }

    void load_simple(const std::filesystem::path& dir, const char* file, EntityType type) {
        JsonFile f;
        load_json(f, dir / file);
        for (auto& e : entries_of(f).GetArray()) {
            if (!e.IsObject()) continue;
            KbEntity k;
            k.id = str(e, "id");
            k.name = str(e, "name");
            k.type = type;
            k.kind = str(e, "kind");
            k.country = str(e, type == EntityType::place ? "in" : "country");
            k.members = strings(e, type == EntityType::treaty ? "parties"
                                   : type == EntityType::place ? "claimants" : "members");
            if (type == EntityType::treaty && e.HasMember("year") && e["year"].IsInt()) k.year = e["year"].GetInt();
            auto ix = add_entity(k, f.path);
            auto amb = strings(e, "ambiguous");
            auto is_amb = [&](const std::string& s) { return std::find(amb.begin(), amb.end(), s) != amb.end(); };
            add_surface(k.name, ix, SurfaceKind::name, is_amb(k.name));
            for (auto& a : strings(e, "aliases")) add_surface(a, ix, SurfaceKind::name, is_amb(a));
        }
    }

    void load_people(const std::filesystem::path& dir) {
        JsonFile f;
        load_json(f, dir / "people.json");
        for (auto& e : entries_of(f).GetArray()) {
            if (!e.IsObject()) continue;
            KbEntity k;
            k.id = str(e, "id");
            k.name = str(e, "name");
            k.type = EntityType::person;
            k.surname = str(e, "surname");
            k.given_first = boolean(e, "given_first", true);
            auto it = e.FindMember("roles");
            if (it != e.MemberEnd() && it->value.IsArray()) {
                for (auto& r : it->value.GetArray()) {
                    if (!r.IsObject()) continue;
                    KbRole role;
                    role.role = str(r, "role");
                    std::string rel = str(r, "relation");
                    role.relation = rel.empty() ? Relation::official_of : *parse_relation(f, rel);
                    role.of = str(r, "of");
                    role.from = str(r, "from");
                    role.to = str(r, "to");
                    k.roles.push_back(std::move(role));
                }
            }
            auto amb = strings(e, "ambiguous");
            auto ix = add_entity(k, f.path);
            auto& ent = kb.entities_[ix];
            add_surface(ent.name, ix, SurfaceKind::name, false);
            std::vector<std::string> names{ent.name};
            for (auto& a : strings(e, "aliases")) {
                bool a_amb = std::find(amb.begin(), amb.end(), a) != amb.end();
                // a one-word alias is a surname form: handled by coreference, not the gazetteer
                if (token_strings(a).size() >= 2) add_surface(a, ix, SurfaceKind::name, a_amb), names.push_back(a);
            }
            // name order: "Motegi Toshimitsu" = "Toshimitsu Motegi"
            for (auto& nm : std::vector<std::string>(names)) {
                auto toks = token_strings(nm);
                if (toks.size() == 2) add_surface(toks[1] + " " + toks[0], ix, SurfaceKind::name, false);
            }
            if (ent.surname.empty()) {
                auto toks = token_strings(ent.name);
                if (!toks.empty()) ent.surname = ent.given_first ? toks.back() : toks.front();
            }
            if (!ent.surname.empty()) {
                kb.surname_[ent.surname].push_back(ix);
                std::string folded = fold_diacritics(ent.surname);
                if (folded != ent.surname) kb.surname_[folded].push_back(ix);
            }
        }
    }

    void load_offices(const std::filesystem::path& dir) {
        JsonFile f;
        load_json(f, dir / "lexicon" / "offices.json");
        for (auto& e : entries_of(f).GetArray()) {
            if (!e.IsObject()) continue;
            OfficeEntry o;
            o.office = str(e, "office");
            o.role = str(e, "role");
            std::string rel = str(e, "relation");
            o.relation = rel.empty() ? Relation::official_of : *parse_relation(f, rel);
            o.head = boolean(e, "head", false);
            o.titles = strings(e, "titles");
            if (o.office.empty()) throw InputError(fmt::format("{}: an office lacks \"office\"", f.path));
            int ix = (int)kb.offices_.size();
            kb.offices_.push_back(o);
            std::vector<std::string> all = o.titles;
            all.push_back(o.role);
            for (auto& t : all) {
                if (t.empty()) continue;
                auto toks = token_strings(t);
                kb.office_titles_.push_back({toks, ix});
                // Title Case and lower case variants
                auto variant = toks;
                for (auto& w : variant)
                    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && w != "U.S." && w.size() > 1 &&
                        !(w[1] >= 'A' && w[1] <= 'Z'))
                        w[0] = char(w[0] - 'A' + 'a');
                if (variant != toks) kb.office_titles_.push_back({variant, ix});
                auto cap = toks;
                for (auto& w : cap)
                    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z' && w != "of" && w != "and" && w != "for" &&
                        w != "the" && w != "to" && w != "on")
                        w[0] = char(w[0] - 'a' + 'A');
                if (cap != toks) kb.office_titles_.push_back({cap, ix});
            }
        }
        for (std::uint32_t i = 0; i < kb.office_titles_.size(); ++i)
            kb.office_first_[kb.office_titles_[i].first[0]].push_back(i);
        for (auto& [k, v] : kb.office_first_)
            std::stable_sort(v.begin(), v.end(), [&](auto a, auto b) {
                return kb.office_titles_[a].first.size() > kb.office_titles_[b].first.size();
            });
        // office keys of people's roles
        for (auto& ent : kb.entities_)
            for (auto& r : ent.roles) {
                auto toks = token_strings(r.role);
                std::size_t best = 0;
                for (auto& [title, oi] : kb.office_titles_) {
                    // the longest title that is a suffix of the role ("Chinese Premier" -> premier)
                    if (title.size() > toks.size() || title.size() <= best) continue;
                    if (std::equal(title.begin(), title.end(), toks.end() - title.size())) {
                        best = title.size();
                        r.office = kb.offices_[oi].office;
                    }
                }
            }
    }

    void load_relations(const std::filesystem::path& dir) {
        JsonFile f;
        load_json(f, dir / "lexicon" / "relations.json");
        std::unordered_map<std::string, std::vector<std::string>> irregular;
        auto irr = f.doc.FindMember("irregular");
        if (irr != f.doc.MemberEnd() && irr->value.IsObject())
            for (auto& m : irr->value.GetObject()) {
                std::vector<std::string> forms{m.name.GetString()};
                if (m.value.IsArray())
                    for (auto& x : m.value.GetArray())
                        if (x.IsString()) forms.emplace_back(x.GetString());
                irregular[m.name.GetString()] = forms;
            }
        for (auto& e : entries_of(f).GetArray()) {
            if (!e.IsObject()) continue;
            std::string rel = str(e, "relation");
            if (rel.empty()) throw InputError(fmt::format("{}: an entry lacks \"relation\"", f.path));
            Trigger base;
            base.relation = *parse_relation(f, rel);
            std::string pos = str(e, "pos");
            base.pos = pos == "noun" ? Trigger::Pos::noun : pos == "adj" ? Trigger::Pos::adj : Trigger::Pos::verb;
            base.preps = strings(e, "preps");
            if (base.preps.empty() && base.pos == Trigger::Pos::verb) base.preps.push_back("");
            for (auto& pr : base.preps) {
                if (pr.empty()) base.direct = true;
                else base.prep_tokens.push_back(token_strings(pr));
            }
            base.needs = strings(e, "needs");
            base.object_types = str(e, "object_types");
            base.subject_types = str(e, "subject_types");
            base.symmetric_pair = boolean(e, "pair", info(base.relation).symmetric);
            base.intent = boolean(e, "intent", false);
            base.reverse = boolean(e, "reverse", false);
            base.pair_only = boolean(e, "pair_only", false);
            base.prior = number(e, "prior", 0.7);
            for (auto& w : strings(e, "words")) {
                auto toks = token_strings(w);
                if (toks.empty()) continue;
                std::vector<std::string> heads{toks[0]};
                if (base.pos == Trigger::Pos::verb) {
                    auto it = irregular.find(toks[0]);
                    heads = it != irregular.end() ? it->second : inflect(toks[0]);
                }
                for (auto& h : heads) {
                    Trigger t = base;
                    t.words = toks;
                    t.words[0] = h;
                    kb.triggers_.push_back(std::move(t));
                }
            }
        }
        for (std::uint32_t i = 0; i < kb.triggers_.size(); ++i) {
            auto& w = kb.triggers_[i].words[0];
            kb.trigger_first_[w].push_back(i);
            if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') {
                std::string cap = w;
                cap[0] = char(cap[0] - 'a' + 'A');
                kb.trigger_first_[cap].push_back(i);
            }
        }
        for (auto& [k, v] : kb.trigger_first_)
            std::stable_sort(v.begin(), v.end(), [&](auto a, auto b) {
                return kb.triggers_[a].words.size() > kb.triggers_[b].words.size();
            });
    }

    static std::vector<std::vector<std::string>> phrase_list(const JsonFile& f, const char* key) {
        std::vector<std::vector<std::string>> out;
        for (auto& s : strings(f.doc, key)) {
            auto t = token_strings(s);
            if (!t.empty()) out.push_back(t);
        }
        return out;
    }

    void load_cues(const std::filesystem::path& dir) {
        JsonFile f;
        load_json(f, dir / "lexicon" / "cues.json");
        auto& c = kb.cues_;
        c.negation = phrase_list(f, "negation");
        c.planned = phrase_list(f, "planned");
        c.hypothetical = phrase_list(f, "hypothetical");
        c.speech = phrase_list(f, "speech");
        c.clause_break = phrase_list(f, "clause_break");
        c.reporters_media = phrase_list(f, "media");
        c.light_verbs = strings(f.doc, "light_verbs");
        auto index = [&](const std::vector<std::vector<std::string>>& list, std::uint8_t bit) {
            for (auto& ph : list) {
                auto ix = (std::uint32_t)kb.cue_phrases_.size();
                kb.cue_phrases_.push_back({ph, bit});
                kb.cue_first_[ph[0]].push_back(ix);
                if (ph[0][0] >= 'a' && ph[0][0] <= 'z') {
                    std::string cap = ph[0];
                    cap[0] = char(cap[0] - 'a' + 'A');
                    kb.cue_first_[cap].push_back(ix);
                }
            }
        };
        index(c.negation, KnowledgeBase::cue_negation);
        index(c.planned, KnowledgeBase::cue_planned);
        index(c.hypothetical, KnowledgeBase::cue_hypothetical);
        index(c.speech, KnowledgeBase::cue_speech);
        index(c.clause_break, KnowledgeBase::cue_clause);
    }

    void load_actors(const std::filesystem::path& dir) {
        JsonFile f;
        load_json(f, dir / "lexicon" / "actors.json");
        auto& a = kb.actors_;
        a.bodies = phrase_list(f, "bodies");
        a.actor_nouns = strings(f.doc, "actor_nouns");
        a.collective_pairs = strings(f.doc, "collective");
        a.ambiguous_surnames = strings(f.doc, "ambiguous_surnames");
        a.name_stopwords = strings(f.doc, "name_stopwords");
        a.given_names = strings(f.doc, "given_names");
        a.given_name_countries = strings(f.doc, "given_name_countries");
        a.us_state_countries = strings(f.doc, "us_state_countries");
        a.us_state_context = strings(f.doc, "us_state_context");
        for (auto& w : a.actor_nouns) kb.actor_noun_set_[w] = 1;
        auto ga = f.doc.FindMember("group_adjectives");
        if (ga != f.doc.MemberEnd() && ga->value.IsObject())
            for (auto& m : ga->value.GetObject()) {
                if (!m.value.IsArray()) continue;
                std::vector<std::string> ids;
                for (auto& v : m.value.GetArray())
                    if (v.IsString()) ids.emplace_back(v.GetString());
                a.group_adjectives.emplace_back(ascii_lower(m.name.GetString()), std::move(ids));
            }
        auto cf = f.doc.FindMember("combining");
        if (cf != f.doc.MemberEnd() && cf->value.IsObject())
            for (auto& m : cf->value.GetObject())
                if (m.value.IsString()) kb.combining_[m.name.GetString()] = m.value.GetString();
        for (auto& w : a.ambiguous_surnames) kb.ambiguous_surname_set_[w] = 1;
        for (auto& w : a.name_stopwords) kb.stopword_set_[w] = 1;
    }
};

void TokenIndex::build(std::vector<std::string> key_list) {
    keys_ = std::move(key_list);
    const auto& keys = keys_;
    std::size_t cap = 16;
    while (cap < keys.size() * 3) cap <<= 1;
    slots_.assign(cap, {});
    // about 16 filter bits per key: about one absent key in sixteen gets past the filter
    std::size_t bits = 1024;
    while (bits < keys.size() * 16) bits <<= 1;
    filter_.assign(bits / 64, 0);
    filter_mask_ = bits - 1;
    for (std::uint32_t n = 0; n < keys.size(); ++n) {
        auto h = KnowledgeBase::token_hash(keys[n]);
        if (find(keys[n], h)) continue;
        std::uint64_t f = (h >> 32) & filter_mask_;
        filter_[f >> 6] |= std::uint64_t(1) << (f & 63);
        std::size_t i = h & (cap - 1);
        while (slots_[i].index) i = (i + 1) & (cap - 1);
        slots_[i] = {h, n + 1};
    }
}

std::uint32_t TokenIndex::find(std::string_view w) const { return find(w, KnowledgeBase::token_hash(w)); }

std::shared_ptr<const KnowledgeBase> KnowledgeBase::load(const std::filesystem::path& dir) {
    auto kb = std::make_shared<KnowledgeBase>();
    KbLoader l{*kb, {}, {}};
    l.load_countries(dir);
    l.load_people(dir);
    l.load_simple(dir, "organizations.json", EntityType::organization);
    l.load_simple(dir, "treaties.json", EntityType::treaty);
    l.load_simple(dir, "places.json", EntityType::place);
    l.load_offices(dir);
    l.load_relations(dir);
    l.load_cues(dir);
    l.load_actors(dir);
    l.apply_extras();
    l.finish_gazetteer();
    for (auto& [k, v] : kb->first_token_) kb->vocab_[k].phrases = v;
    for (auto& [k, v] : kb->office_first_) kb->vocab_[k].office_titles = v;
    for (auto& [k, v] : kb->trigger_first_) kb->vocab_[k].triggers = v;
    for (auto& [k, v] : kb->cue_first_) kb->vocab_[k].cues = v;
    {
        std::vector<std::string> keys;
        std::vector<std::uint64_t> bigrams;
        for (auto& [k, v] : kb->vocab_) {
            keys.push_back(k);
            TokenEntry te = v;
            te.single_from = (std::uint32_t)te.phrases.size();
            for (std::uint32_t x = 0; x < te.phrases.size(); ++x)
                if (kb->phrases_[te.phrases[x]].tokens.size() == 1) {
                    te.single_from = x;
                    break;
                }
            kb->vocab_entries_.push_back(std::move(te));
            std::uint64_t h1 = token_hash(k);
            for (auto pi : v.phrases) {
                const auto& toks = kb->phrases_[pi].tokens;
                if (toks.size() < 2) continue;
                const std::string& w = toks[1];
                bigrams.push_back(bigram_bit(h1, token_hash(w)));
                if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') {
                    std::string cap = w;
                    cap[0] = char(cap[0] - 'a' + 'A');
                    bigrams.push_back(bigram_bit(h1, token_hash(cap)));
                }
            }
        }
        kb->vocab_index_.build(std::move(keys));
        std::size_t bits = 1024;
        while (bits < bigrams.size() * 16) bits <<= 1;
        kb->bigram_filter_.assign(bits / 64, 0);
        kb->bigram_mask_ = bits - 1;
        for (auto b : bigrams) {
            b &= kb->bigram_mask_;
            kb->bigram_filter_[b >> 6] |= std::uint64_t(1) << (b & 63);
        }
    }
    for (auto& ph : kb->phrases_) {
        kb->phrase_first_.push_back((std::uint32_t)kb->phrase_tok_.size());
        for (std::size_t k = 1; k < ph.tokens.size(); ++k) {
            const std::string& w = ph.tokens[k];
            KnowledgeBase::TokKey key{token_hash(w), token_hash(w)};
            if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') {
                std::string cap = w;
                cap[0] = char(cap[0] - 'a' + 'A');
                key.cap = token_hash(cap);
            }
            kb->phrase_tok_.push_back(key);
        }
    }
    {
        StringMap<KnowledgeBase::WordInfo> info;
        for (auto& [k, v] : kb->stopword_set_) info[k].bits |= KnowledgeBase::word_stopword;
        for (auto& [k, v] : kb->ambiguous_surname_set_) info[k].bits |= KnowledgeBase::word_ambiguous_surname;
        for (auto& [k, v] : kb->actor_noun_set_) info[k].bits |= KnowledgeBase::word_actor_noun;
        for (auto& [k, v] : kb->surname_) {
            kb->surname_lists_.push_back(v);
            info[k].surname = (std::uint32_t)kb->surname_lists_.size();
        }
        std::vector<std::string> keys;
        for (auto& [k, v] : info) {
            keys.push_back(k);
            kb->word_info_.push_back(v);
        }
        kb->word_index_.build(std::move(keys));
    }
    for (std::uint32_t i = 0; i < kb->entities_.size(); ++i)
        for (auto& r : kb->entities_[i].roles)
            if (!r.office.empty()) {
                auto& v = kb->people_by_office_[r.office][r.of];
                if (v.empty() || v.back() != i) v.push_back(i);
            }
    return kb;
}

std::optional<std::uint32_t> KnowledgeBase::find(std::string_view id) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
}

namespace {
bool token_eq(const std::string& pattern, std::string_view text) {
    if (pattern.size() != text.size()) return false;
    if (pattern == text) return true;
    // a lower-case pattern word also matches its capitalized form
    unsigned char p0 = pattern[0];
    if (p0 >= 'a' && p0 <= 'z' && (unsigned char)text[0] == p0 - 'a' + 'A')
        return std::string_view(pattern).substr(1) == text.substr(1);
    return false;
}
}  // namespace

GazetteerMatch KnowledgeBase::match(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                                    std::string_view) const {
    return match(toks, i, end, entry(toks[i].norm));
}

GazetteerMatch KnowledgeBase::match(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                                    const TokenEntry* te) const {
    GazetteerMatch m;
    if (!te) return m;
    for (auto pi : te->phrases) {
        auto& ph = phrases_[pi];
        std::size_t len = ph.tokens.size();
        if (i + len > end) continue;
        bool ok = true;
        for (std::size_t k = 1; k < len && ok; ++k) {
            ok = token_eq(ph.tokens[k], toks[i + k].norm);
            // the tokens of one name are not split by a line break of a list/heading
        }
        if (!ok) continue;
        m.length = (std::uint32_t)len;
        m.surfaces = &ph.surfaces;
        return m;
    }
    return m;
}

GazetteerMatch KnowledgeBase::match(const std::vector<Token>& toks, const std::uint64_t* hashes, std::size_t i,
                                    std::size_t end, const TokenEntry* te) const {
    GazetteerMatch m;
    if (!te) return m;
    std::size_t from = 0;
    if (te->single_from > 0) {
        // no phrase of two or more tokens can match unless (this token, next token) is in the filter
        std::uint64_t b = i + 1 < end ? bigram_bit(hashes[i], hashes[i + 1]) & bigram_mask_ : 0;
        if (i + 1 >= end || !(bigram_filter_[b >> 6] >> (b & 63) & 1)) from = te->single_from;
    }
    for (std::size_t x = from; x < te->phrases.size(); ++x) {
        auto pi = te->phrases[x];
        auto& ph = phrases_[pi];
        std::size_t len = ph.tokens.size();
        if (i + len > end) continue;
        const TokKey* key = phrase_tok_.data() + phrase_first_[pi];
        bool ok = true;
        for (std::size_t k = 1; k < len && ok; ++k) {
            std::uint64_t h = hashes[i + k];
            ok = (h == key[k - 1].exact || h == key[k - 1].cap) && token_eq(ph.tokens[k], toks[i + k].norm);
        }
        if (!ok) continue;
        m.length = (std::uint32_t)len;
        m.surfaces = &ph.surfaces;
        return m;
    }
    return m;
}

std::pair<int, std::uint32_t> KnowledgeBase::match_office(const std::vector<Token>& toks, std::size_t i,
                                                          std::size_t end) const {
    return match_office(toks, i, end, entry(toks[i].norm));
}

std::pair<int, std::uint32_t> KnowledgeBase::match_office(const std::vector<Token>& toks, std::size_t i,
                                                          std::size_t end, const TokenEntry* te) const {
    if (!te) return {-1, 0};
    for (auto ti : te->office_titles) {
        auto& [title, oi] = office_titles_[ti];
        if (i + title.size() > end) continue;
        bool ok = true;
        for (std::size_t k = 1; k < title.size() && ok; ++k) ok = title[k] == toks[i + k].norm;
        if (ok) return {oi, (std::uint32_t)title.size()};
    }
    return {-1, 0};
}

namespace {
// ISO prefix comparison at the shorter precision: a <= b
bool date_le(std::string_view a, std::string_view b) {
    std::size_t n = std::min(a.size(), b.size());
    return a.substr(0, n) <= b.substr(0, n);
}
// `to` is exclusive at day precision (the successor takes office that day),
// inclusive when either date is less precise.
bool role_covers(const KbRole& r, std::string_view d) {
    if (!r.from.empty() && !date_le(r.from, d)) return false;
    if (!r.to.empty()) {
        std::size_t n = std::min(r.to.size(), d.size());
        auto a = d.substr(0, n), b = std::string_view(r.to).substr(0, n);
        if (a > b) return false;
        if (a == b && n >= 10) return false;
    }
    return true;
}
}  // namespace

std::vector<std::uint32_t> KnowledgeBase::holders(std::string_view office, std::string_view of,
                                                  std::string_view date) const {
    std::vector<std::uint32_t> out;
    auto pit = people_by_office_.find(office);
    if (pit == people_by_office_.end()) return out;
    auto oit = pit->second.find(of);
    if (oit == pit->second.end()) return out;
    for (std::uint32_t i : oit->second) {
        auto& e = entities_[i];
        if (e.type != EntityType::person) continue;
        for (auto& r : e.roles) {
            if (r.office != office || r.of != of) continue;
            if (!date.empty() && !role_covers(r, date)) continue;
            out.push_back(i);
            break;
        }
    }
    return out;
}

std::uint8_t KnowledgeBase::cues_at(const std::vector<Token>& toks, std::size_t i, std::size_t end) const {
    return cues_at(toks, i, end, entry(toks[i].norm));
}

std::uint8_t KnowledgeBase::cues_at(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                                    const TokenEntry* te) const {
    if (!te) return 0;
    std::uint8_t bits = 0;
    for (auto ix : te->cues) {
        auto& [ph, bit] = cue_phrases_[ix];
        if (bits & bit) continue;
        if (i + ph.size() > end) continue;
        bool ok = true;
        for (std::size_t k = 1; k < ph.size() && ok; ++k) ok = token_eq(ph[k], toks[i + k].norm);
        if (ok) bits |= bit;
    }
    return bits;
}

const std::vector<std::uint32_t>* KnowledgeBase::by_surname(std::string_view s) const {
    auto* wi = word_info(s);
    return wi && wi->surname ? &surname_lists_[wi->surname - 1] : nullptr;
}

const std::vector<std::uint32_t>* KnowledgeBase::triggers_for(std::string_view w) const {
    auto it = trigger_first_.find(w);
    return it == trigger_first_.end() ? nullptr : &it->second;
}

bool KnowledgeBase::is_actor_noun(std::string_view w) const {
    auto* wi = word_info(w);
    return wi && (wi->bits & word_actor_noun);
}
bool KnowledgeBase::is_ambiguous_surname(std::string_view w) const {
    auto* wi = word_info(w);
    return wi && (wi->bits & word_ambiguous_surname);
}
std::optional<std::string> KnowledgeBase::combining(std::string_view w) const {
    auto it = combining_.find(w);
    if (it == combining_.end()) return std::nullopt;
    return it->second;
}

bool KnowledgeBase::is_name_stopword(std::string_view w) const {
    auto* wi = word_info(w);
    return wi && (wi->bits & word_stopword);
}

}  // namespace geokg
