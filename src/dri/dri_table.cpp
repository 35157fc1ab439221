#include "dri/dri_table.hpp"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "core/files.hpp"
#include "core/json_input.hpp"

namespace mealplan {
namespace {

using Json = nlohmann::ordered_json;

// Guards against a wrong path to a huge file; the shipped table is about 100 kB.
constexpr std::size_t kMaxDriBytes = std::size_t{16} << 20;

constexpr std::array<Nutrient, 3> kAmdrNutrients{Nutrient::ProteinG, Nutrient::FatG,
                                                 Nutrient::CarbohydrateG};

bool is_amdr_nutrient(Nutrient nutrient) {
    for (const auto candidate : kAmdrNutrients) {
        if (candidate == nutrient) return true;
    }
    return false;
}

/// Collects problems with JSON pointers below one file.
class Checker {
  public:
    explicit Checker(std::string_view file_label) : file_label_(file_label) {}

    void add(const std::string& pointer, std::string what) {
        problems_.push_back(
            {file_label_ + ":" + (pointer.empty() ? "/" : pointer), std::move(what)});
    }
    Problems take() { return std::move(problems_); }
    bool empty() const { return problems_.empty(); }

    /// The member `key` of `object`, or nullptr (with a problem) when it is missing.
    const Json* member(const Json& object, const std::string& pointer, const char* key) {
        const auto found = object.find(key);
        if (found == object.end()) {
            add(pointer, std::string("missing member \"") + key + "\"");
            return nullptr;
        }
        return &*found;
    }

    std::optional<std::string> string(const Json& object, const std::string& pointer,
                                      const char* key, bool allow_empty = false) {
        const Json* value = member(object, pointer, key);
        if (value == nullptr) return std::nullopt;
        if (!value->is_string() || (!allow_empty && value->get_ref<const std::string&>().empty())) {
            add(pointer + "/" + key, "must be a non-empty string");
            return std::nullopt;
        }
        return value->get<std::string>();
    }

    /// A number ≥ 0, or null (or absent, read as null). Returns false when invalid.
    bool amount(const Json& object, const std::string& pointer, const char* key,
                std::optional<double>& out) {
        const auto found = object.find(key);
        const Json* value = found == object.end() ? nullptr : &*found;
        if (value == nullptr || value->is_null()) {
            out.reset();
            return true;
        }
        if (!value->is_number() || !std::isfinite(value->get<double>()) ||
            value->get<double>() < 0.0) {
            add(pointer + "/" + key, "must be a number ≥ 0 or null");
            return false;
        }
        out = value->get<double>();
        return true;
    }

    /// An optional text: a string, or null or absent (read as empty).
    bool text_or_null(const Json& object, const std::string& pointer, const char* key,
                      std::string& out) {
        const auto found = object.find(key);
        const Json* value = found == object.end() ? nullptr : &*found;
        if (value == nullptr || value->is_null()) {
            out.clear();
            return true;
        }
        if (!value->is_string()) {
            add(pointer + "/" + key, "must be a string or null");
            return false;
        }
        out = value->get<std::string>();
        return true;
    }

    void no_unknown_members(const Json& object, const std::string& pointer,
                            std::initializer_list<const char*> known) {
        for (const auto& [key, value] : object.items()) {
            bool listed = false;
            for (const char* name : known) listed = listed || key == name;
            if (!listed) add(pointer + "/" + key, "unknown member");
        }
    }

  private:
    std::string file_label_;
    Problems problems_;
};

std::optional<DriValues> parse_values(Checker& check, const Json& json, const std::string& at) {
    if (!json.is_object()) {
        check.add(at, "must be an object");
        return std::nullopt;
    }
    check.no_unknown_members(json, at,
                             {"min", "min_kind", "min_source", "ul", "ul_scope", "ul_source", "max",
                              "max_kind", "max_source"});
    DriValues values;
    bool ok = check.amount(json, at, "min", values.min);
    ok = check.text_or_null(json, at, "min_kind", values.min_kind) && ok;
    ok = check.text_or_null(json, at, "min_source", values.min_source) && ok;
    ok = check.amount(json, at, "ul", values.ul) && ok;
    std::string scope_text;
    const bool scope_read = check.text_or_null(json, at, "ul_scope", scope_text);
    ok = scope_read && ok;
    ok = check.text_or_null(json, at, "ul_source", values.ul_source) && ok;
    ok = check.amount(json, at, "max", values.max) && ok;
    ok = check.text_or_null(json, at, "max_kind", values.max_kind) && ok;
    ok = check.text_or_null(json, at, "max_source", values.max_source) && ok;
    if (!ok) return std::nullopt;

    if (values.min && values.min_kind != "RDA" && values.min_kind != "AI") {
        check.add(at + "/min_kind", "must be \"RDA\" or \"AI\" when min is set");
        ok = false;
    }
    if (!values.min && !values.min_kind.empty()) {
        check.add(at + "/min_kind", "must be null when min is null");
        ok = false;
    }
    if (values.ul) {
        const auto scope = from_string<UpperLimitScope>(scope_text);
        if (!scope) {
            check.add(at + "/ul_scope",
                      "must be \"total\", \"supplements\", \"added_forms\" or \"preformed\"");
            ok = false;
        } else {
            values.ul_scope = *scope;
        }
    } else if (!scope_text.empty()) {
        check.add(at + "/ul_scope", "must be null when ul is null");
        ok = false;
    }
    if (values.max && values.max_kind != "UL" && values.max_kind != "CDRR") {
        check.add(at + "/max_kind", "must be \"UL\" or \"CDRR\" when max is set");
        ok = false;
    }
    if (!values.max && !values.max_kind.empty()) {
        check.add(at + "/max_kind", "must be null when max is null");
        ok = false;
    }
    if (values.max && values.max_kind == "UL" && (!values.ul || *values.ul != *values.max)) {
        check.add(at + "/max", "a max of kind UL must equal ul");
        ok = false;
    }
    if (values.max && values.ul && values.max_kind == "UL" &&
        values.ul_scope == UpperLimitScope::Supplements) {
        check.add(at + "/max", "a UL that counts supplements only cannot limit food");
        ok = false;
    }
    if (values.min && values.max && *values.min > *values.max) {
        check.add(at + "/min", "the minimum is above the maximum");
        ok = false;
    }
    if (!ok) return std::nullopt;
    return values;
}

std::optional<LifeStage> parse_life_stage(Checker& check, const Json& json, const std::string& at) {
    if (!json.is_object()) {
        check.add(at, "must be an object");
        return std::nullopt;
    }
    check.no_unknown_members(json, at,
                             {"id", "label", "sex", "condition", "age_from_years", "age_to_years",
                              "nutrients", "amdr_percent", "amdr_source"});
    LifeStage stage;
    bool ok = true;
    if (auto id = check.string(json, at, "id")) {
        stage.id = *id;
    } else {
        ok = false;
    }
    if (auto label = check.string(json, at, "label")) {
        stage.label = *label;
    } else {
        ok = false;
    }
    if (auto sex = check.string(json, at, "sex")) {
        if (*sex == "both") {
            stage.sex.reset();
        } else if (auto parsed = from_string<Sex>(*sex)) {
            stage.sex = *parsed;
        } else {
            check.add(at + "/sex", "must be \"female\", \"male\" or \"both\"");
            ok = false;
        }
    } else {
        ok = false;
    }
    if (auto condition = check.string(json, at, "condition")) {
        if (auto parsed = from_string<LifeStageCondition>(*condition)) {
            stage.condition = *parsed;
        } else {
            check.add(at + "/condition", "must be \"none\", \"pregnancy\" or \"lactation\"");
            ok = false;
        }
    } else {
        ok = false;
    }
    std::optional<double> from;
    std::optional<double> to;
    const bool from_ok = check.member(json, at, "age_from_years") != nullptr &&
                         check.amount(json, at, "age_from_years", from);
    const bool to_ok = check.member(json, at, "age_to_years") != nullptr &&
                       check.amount(json, at, "age_to_years", to);
    if (from_ok && !from) check.add(at + "/age_from_years", "must be a number");
    if (to_ok && !to) check.add(at + "/age_to_years", "must be a number");
    if (from && to) {
        stage.age_from_years = *from;
        stage.age_to_years = *to;
        if (*from >= *to) {
            check.add(at + "/age_to_years", "must be greater than age_from_years");
            ok = false;
        }
    } else {
        ok = false;
    }
    if (stage.condition != LifeStageCondition::None && stage.sex != Sex::Female) {
        check.add(at + "/sex", "pregnancy and lactation groups must be \"female\"");
        ok = false;
    }

    if (const Json* nutrients = check.member(json, at, "nutrients")) {
        if (!nutrients->is_object()) {
            check.add(at + "/nutrients", "must be an object");
            ok = false;
        } else {
            for (const auto& [key, value] : nutrients->items()) {
                const std::string where = json_input::child(at + "/nutrients", key);
                const auto nutrient = nutrient_from_key(key);
                if (!nutrient) {
                    check.add(where, "unknown nutrient key");
                    ok = false;
                    continue;
                }
                auto values = parse_values(check, value, where);
                if (!values) {
                    ok = false;
                    continue;
                }
                stage.nutrients[index(*nutrient)] = std::move(*values);
            }
        }
    } else {
        ok = false;
    }

    if (const Json* amdr = check.member(json, at, "amdr_percent")) {
        if (!amdr->is_object()) {
            check.add(at + "/amdr_percent", "must be an object");
            ok = false;
        } else {
            for (const auto& [key, value] : amdr->items()) {
                const std::string where = json_input::child(at + "/amdr_percent", key);
                const auto nutrient = nutrient_from_key(key);
                if (!nutrient || !is_amdr_nutrient(*nutrient)) {
                    check.add(where, "AMDRs exist for protein_g, fat_g and carbohydrate_g only");
                    ok = false;
                    continue;
                }
                if (!value.is_array() || value.size() != 2 || !value[0].is_number() ||
                    !value[1].is_number()) {
                    check.add(where, "must be [low, high] in percent of energy");
                    ok = false;
                    continue;
                }
                const PercentRange range{value[0].get<double>(), value[1].get<double>()};
                if (!(range.low_percent >= 0.0 && range.low_percent < range.high_percent &&
                      range.high_percent <= 100.0)) {
                    check.add(where, "must satisfy 0 ≤ low < high ≤ 100");
                    ok = false;
                    continue;
                }
                stage.amdr[index(*nutrient)] = range;
            }
        }
    } else {
        ok = false;
    }
    if (!check.text_or_null(json, at, "amdr_source", stage.amdr_source)) ok = false;

    if (!ok) return std::nullopt;
    return stage;
}

bool same_population(const LifeStage& a, const LifeStage& b) {
    const bool sexes_meet = !a.sex || !b.sex || *a.sex == *b.sex;
    return sexes_meet && a.condition == b.condition;
}

Json amount_json(const std::optional<double>& value) {
    if (!value) return nullptr;
    // Whole numbers are written without a fraction ("320", not "320.0"): the file reads
    // like the printed tables, and the bytes do not depend on how a value was computed.
    const double rounded = std::round(*value);
    if (rounded == *value && std::fabs(rounded) < 1e15) return static_cast<std::int64_t>(rounded);
    return *value;
}

Json text_json(const std::string& text) {
    if (text.empty()) return nullptr;
    return text;
}

}  // namespace

const LifeStage* DriTable::find(Sex sex, double age_years, LifeStageCondition condition) const {
    for (const auto& stage : life_stages) {
        if (stage.condition != condition) continue;
        if (stage.sex && *stage.sex != sex) continue;
        if (age_years >= stage.age_from_years && age_years < stage.age_to_years) return &stage;
    }
    return nullptr;
}

Result<DriTable> parse_dri(std::string_view json_text, std::string_view file_label) {
    Checker check(file_label);
    auto parsed = json_input::parse_ordered(json_text, file_label);
    if (!parsed) return std::move(parsed).problems();
    const Json root = std::move(*parsed);
    if (!root.is_object()) {
        check.add("", "must be a JSON object");
        return check.take();
    }
    check.no_unknown_members(root, "", {"schema", "sources", "life_stages"});

    DriTable table;
    if (auto schema = check.string(root, "", "schema")) {
        if (*schema != kDriSchema) {
            check.add("/schema", "must be \"" + std::string(kDriSchema) + "\"");
        }
    }
    if (const Json* sources = check.member(root, "", "sources")) {
        if (!sources->is_object()) {
            check.add("/sources", "must be an object of citations");
        } else {
            for (const auto& [key, value] : sources->items()) {
                if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
                    check.add(json_input::child("/sources", key), "must be a non-empty citation");
                    continue;
                }
                table.sources.emplace_back(key, value.get<std::string>());
            }
        }
    }
    if (const Json* stages = check.member(root, "", "life_stages")) {
        if (!stages->is_array() || stages->empty()) {
            check.add("/life_stages", "must be a non-empty array");
        } else {
            std::set<std::string> ids;
            for (std::size_t i = 0; i < stages->size(); ++i) {
                const std::string at = "/life_stages/" + std::to_string(i);
                auto stage = parse_life_stage(check, (*stages)[i], at);
                if (!stage) continue;
                if (!ids.insert(stage->id).second) {
                    check.add(at + "/id", "duplicate life-stage id \"" + stage->id + "\"");
                    continue;
                }
                for (const auto& earlier : table.life_stages) {
                    if (same_population(earlier, *stage) &&
                        stage->age_from_years < earlier.age_to_years &&
                        earlier.age_from_years < stage->age_to_years) {
                        check.add(at + "/age_from_years",
                                  "overlaps life stage \"" + earlier.id + "\"");
                    }
                }
                table.life_stages.push_back(std::move(*stage));
            }
        }
    }
    if (!check.empty()) return check.take();
    return table;
}

Result<DriTable> load_dri(const std::filesystem::path& path) {
    auto text = read_file(path, kMaxDriBytes);
    if (!text) return std::move(text).problems();
    return parse_dri(*text, path.string());
}

std::string dri_to_json(const DriTable& table) {
    Json root = Json::object();
    root["schema"] = kDriSchema;
    Json sources = Json::object();
    for (const auto& [id, citation] : table.sources) sources[id] = citation;
    root["sources"] = std::move(sources);
    Json stages = Json::array();
    for (const auto& stage : table.life_stages) {
        Json json = Json::object();
        json["id"] = stage.id;
        json["label"] = stage.label;
        json["sex"] = stage.sex ? std::string(to_string(*stage.sex)) : std::string("both");
        json["condition"] = to_string(stage.condition);
        json["age_from_years"] = amount_json(stage.age_from_years);
        json["age_to_years"] = amount_json(stage.age_to_years);
        Json nutrients = Json::object();
        for (const auto& nutrient_info : all_nutrients()) {
            const auto& values = stage.nutrients[index(nutrient_info.nutrient)];
            if (!values) continue;
            // Absent members mean null: "min": 320 and no "max" says there is no max.
            Json entry = Json::object();
            const auto put = [&entry](const char* key, Json value) {
                if (!value.is_null()) entry[key] = std::move(value);
            };
            put("min", amount_json(values->min));
            put("min_kind", text_json(values->min_kind));
            put("min_source", text_json(values->min_source));
            put("ul", amount_json(values->ul));
            if (values->ul) put("ul_scope", std::string(to_string(values->ul_scope)));
            put("ul_source", text_json(values->ul_source));
            put("max", amount_json(values->max));
            put("max_kind", text_json(values->max_kind));
            put("max_source", text_json(values->max_source));
            nutrients[std::string(nutrient_info.key)] = std::move(entry);
        }
        json["nutrients"] = std::move(nutrients);
        Json amdr = Json::object();
        for (const auto nutrient : kAmdrNutrients) {
            const auto& range = stage.amdr[index(nutrient)];
            if (!range) continue;
            amdr[std::string(info(nutrient).key)] =
                Json::array({amount_json(range->low_percent), amount_json(range->high_percent)});
        }
        json["amdr_percent"] = std::move(amdr);
        json["amdr_source"] = text_json(stage.amdr_source);
        stages.push_back(std::move(json));
    }
    root["life_stages"] = std::move(stages);
    return root.dump(2) + "\n";
}

}  // namespace mealplan
