#include "dri/dri_import.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/csv.hpp"
#include "core/files.hpp"
#include "core/text.hpp"

namespace mealplan {
namespace {

using N = Nutrient;

// Table files are small (the largest is about 150 kB).
constexpr std::size_t kMaxCsvBytes = std::size_t{8} << 20;

constexpr const char* kIom2011 = "iom_2011";
constexpr const char* kNasem2019 = "nasem_2019";
constexpr const char* kIomAmdr = "iom_2005_amdr";

/// A DRI table file: its rows by column name, and its name for problems.
struct CsvFile {
    std::string label;
    std::vector<CsvNamedRow> rows;
};

Result<CsvFile> read_csv(const std::filesystem::path& path,
                         std::initializer_list<std::string_view> required_columns) {
    auto text = read_file(path, kMaxCsvBytes);
    if (!text) return std::move(text).problems();
    auto rows = parse_csv_with_header(*text, path.string(), required_columns);
    if (!rows) return std::move(rows).problems();
    return CsvFile{path.string(), std::move(rows).value()};
}

/// Rounds away binary noise from unit conversion (0.34 mg, not 0.34000000000000002).
double tidy(double value) {
    return std::round(value * 1e6) / 1e6;
}

/// How the table names a nutrient we track, and what its UL counts (DRI UL footnotes).
struct NutrientMapping {
    std::string_view table_name;
    Nutrient nutrient;
    UpperLimitScope ul_scope;
    std::string_view ul_footnote;  ///< the footnote that sets the scope, for provenance
    /// The form the UL is measured on when it is not the nutrient itself: preformed
    /// vitamin A is SR28 retinol, synthetic folate is folic acid, supplemental vitamin E
    /// is "vitamin E, added". SR28 has no added-niacin field, so niacin has none.
    std::optional<Nutrient> ul_form;
};

constexpr std::array<NutrientMapping, 28> kMappings{{
    {"Total water", N::WaterG, UpperLimitScope::Total, "", {}},
    {"Carbohydrate", N::CarbohydrateG, UpperLimitScope::Total, "", {}},
    {"Total fiber", N::FiberG, UpperLimitScope::Total, "", {}},
    {"Fat", N::FatG, UpperLimitScope::Total, "", {}},
    {"Protein", N::ProteinG, UpperLimitScope::Total, "", {}},
    {"Calcium", N::CalciumMg, UpperLimitScope::Total, "", {}},
    {"Magnesium",
     N::MagnesiumMg,
     UpperLimitScope::Supplements,
     "footnote b: pharmacological agents only, not food and water",
     {}},
    {"Potassium", N::PotassiumMg, UpperLimitScope::Total, "", {}},
    {"Sodium", N::SodiumMg, UpperLimitScope::Total, "", {}},
    {"Iron", N::IronMg, UpperLimitScope::Total, "", {}},
    {"Zinc", N::ZincMg, UpperLimitScope::Total, "", {}},
    {"Phosphorus", N::PhosphorusMg, UpperLimitScope::Total, "", {}},
    {"Copper", N::CopperMg, UpperLimitScope::Total, "", {}},
    {"Manganese", N::ManganeseMg, UpperLimitScope::Total, "", {}},
    {"Selenium", N::SeleniumUg, UpperLimitScope::Total, "", {}},
    {"Vitamin A", N::VitaminARaeUg, UpperLimitScope::Preformed,
     "footnote a: as preformed vitamin A only", N::RetinolUg},
    {"Vitamin C", N::VitaminCMg, UpperLimitScope::Total, "", {}},
    {"Vitamin D", N::VitaminDUg, UpperLimitScope::Total, "", {}},
    {"Vitamin E", N::VitaminEMg, UpperLimitScope::AddedForms,
     "footnotes b, c: supplemental and synthetic alpha-tocopherol only", N::VitaminEAddedMg},
    {"Vitamin K", N::VitaminKUg, UpperLimitScope::Total, "", {}},
    {"Thiamin", N::ThiaminMg, UpperLimitScope::Total, "", {}},
    {"Riboflavin", N::RiboflavinMg, UpperLimitScope::Total, "", {}},
    {"Niacin",
     N::NiacinMg,
     UpperLimitScope::AddedForms,
     "footnote c: synthetic forms from supplements and fortified foods only",
     {}},
    {"Vitamin B6", N::VitaminB6Mg, UpperLimitScope::Total, "", {}},
    {"Folate", N::FolateDfeUg, UpperLimitScope::AddedForms,
     "footnote c: synthetic folic acid from supplements and fortified foods only", N::FolicAcidUg},
    {"Vitamin B12", N::VitaminB12Ug, UpperLimitScope::Total, "", {}},
    {"Pantothenic acid", N::PantothenicAcidMg, UpperLimitScope::Total, "", {}},
    {"Choline", N::CholineMg, UpperLimitScope::Total, "", {}},
}};

const NutrientMapping* mapping_for(std::string_view table_name) {
    for (const auto& mapping : kMappings) {
        if (mapping.table_name == table_name) return &mapping;
    }
    return nullptr;
}

/// Grams per unit of a table's mass units ("mg/d" …); litres of water count as 1000 g.
std::optional<double> grams_per_unit(std::string_view unit) {
    if (unit == "g/d" || unit == "g") return 1.0;
    if (unit == "mg/d" || unit == "mg") return 1e-3;
    if (unit == "µg/d" || unit == "µg" || unit == "μg/d" || unit == "μg") return 1e-6;
    if (unit == "L/d") return 1000.0;
    return std::nullopt;
}

/// The factor from a table unit to the nutrient's own unit, if they are compatible.
std::optional<double> conversion_factor(std::string_view table_unit, Nutrient nutrient) {
    const auto from = grams_per_unit(table_unit);
    const auto to = grams_per_unit(info(nutrient).unit);
    if (!from || !to) return std::nullopt;
    if (table_unit == "L/d" && nutrient != N::WaterG) return std::nullopt;
    return *from / *to;
}

std::string table_title(std::string_view table) {
    if (table == "2_RDAs_and_AIs_Vitamins") return "RDAs and AIs, vitamins";
    if (table == "3_RDAs_and_AIs_Elements") return "RDAs and AIs, elements";
    if (table == "4_RDAs_and_AIs_Macronutrients")
        return "RDAs and AIs, total water and macronutrients";
    if (table == "6_TULs_Vitamins") return "ULs, vitamins";
    if (table == "7_TULs_Elements") return "ULs, elements";
    return std::string(table);
}

/// The 2019 Chronic Disease Risk Reduction intake for sodium (NASEM 2019): intakes above
/// it should be reduced. 2,300 mg/d from age 14; 1,200 / 1,500 / 1,800 mg/d at 1-3 / 4-8 /
/// 9-13 years.
double sodium_cdrr_mg(double age_from_years) {
    if (age_from_years < 4) return 1200.0;
    if (age_from_years < 9) return 1500.0;
    if (age_from_years < 14) return 1800.0;
    return 2300.0;
}

std::string group_key(const CsvNamedRow& row) {
    return row["sex"] + "|" + row["life_stage"] + "|" + row["age_label"];
}

/// Identifier and label from the table's group columns: ("Females", "None", "31-50 yr") →
/// "females_31_50", "Females 31-50 y".
std::pair<std::string, std::string> name_group(const CsvNamedRow& row) {
    const std::string& life_stage = row["life_stage"];
    std::string title = life_stage == "None" ? row["sex"] : life_stage;
    std::string ages = row["age_label"];
    if (ages.size() > 3 && ages.substr(ages.size() - 3) == " yr") ages.resize(ages.size() - 3);
    std::string id = lowercase(title);
    id += "_";
    for (const char c : ages) {
        if (c == '>') {
            id += "over_";
        } else if (c == '-') {
            id += '_';
        } else {
            id += c;
        }
    }
    return {id, title + " " + ages + " y"};
}

class Importer {
  public:
    Problems problems;
    DriTable table;

    void read_2011(const CsvFile& csv) {
        for (const auto& row : csv.rows) {
            const std::string where = csv.label + ":" + std::to_string(row.line);
            const auto age_from = parse_number<double>(row["age_from_y"]);
            const auto age_to = parse_number<double>(row["age_to_y_excl"]);
            if (!age_from || !age_to) {
                problems.push_back({where, "age_from_y and age_to_y_excl must be numbers"});
                continue;
            }
            if (*age_from < 1.0) continue;  // infants: not planned for
            const std::string& kind = row["dri_type"];
            if (kind == "EAR") continue;  // plans aim at the RDA, not the median need
            if (kind != "RDA" && kind != "AI" && kind != "UL") {
                problems.push_back({where, "unknown dri_type \"" + kind + "\""});
                continue;
            }
            const NutrientMapping* mapping = mapping_for(row["nutrient"]);
            if (mapping == nullptr) continue;  // a nutrient the catalogue does not track
            LifeStage* stage = stage_for(row, *age_from, *age_to, where);
            if (stage == nullptr) continue;
            const auto value = converted_value(row, mapping->nutrient, where);
            if (!value) continue;
            auto& values = entry(*stage, mapping->nutrient);
            std::string source = std::string(kIom2011) + ": " + table_title(row["table"]);
            if (!row["footnote"].empty()) source += ", footnote " + row["footnote"];

            if (kind == "UL") {
                add_upper_limit(*stage, *mapping, *value, source, row, where);
                continue;
            }
            if (values.min) {
                problems.push_back(
                    {where, "a second RDA/AI for " + row["nutrient"] + " in " + stage->label});
                continue;
            }
            values.min = *value;
            values.min_kind = kind;
            values.min_source = source;
        }
    }

    void read_2019(const CsvFile& csv) {
        for (const auto& row : csv.rows) {
            const std::string where = csv.label + ":" + std::to_string(row.line);
            const NutrientMapping* mapping = mapping_for(row["nutrient"]);
            if (mapping == nullptr ||
                (mapping->nutrient != N::PotassiumMg && mapping->nutrient != N::SodiumMg)) {
                problems.push_back({where, "expected Potassium or Sodium"});
                continue;
            }
            const auto found = stage_index_.find(group_key(row));
            if (found == stage_index_.end()) {
                if (row["life_stage"] != "Infants") {
                    problems.push_back({where, "no such group in " + std::string(kDri2011File)});
                }
                continue;
            }
            LifeStage& stage = table.life_stages[found->second];
            if (row["dri_type"] != "AI") {
                problems.push_back({where, "expected dri_type AI"});
                continue;
            }
            const auto value = converted_value(row, mapping->nutrient, where);
            const auto old_value = parse_number<double>(row["value_2011_table"]);
            if (!value || !old_value) {
                if (!old_value) problems.push_back({where, "value_2011_table must be a number"});
                continue;
            }
            auto& values = entry(stage, mapping->nutrient);
            // The file restates the 2011 value it replaces: a mismatch means the two files
            // do not describe the same groups.
            if (!values.min || std::fabs(*values.min - *old_value) > 1e-6) {
                problems.push_back(
                    {where, "value_2011_table does not match " + std::string(kDri2011File)});
                continue;
            }
            values.min = *value;
            values.min_kind = "AI";
            values.min_source = std::string(kNasem2019) + ": AI (replaces the 2011 AI)";
            replaced_2019_.insert({found->second, index(mapping->nutrient)});
        }
    }

    void read_amdr(const CsvFile& csv) {
        std::map<N, std::array<std::optional<PercentRange>, 3>> ranges;
        static constexpr std::array<const char*, 3> kColumns{
            "Children, 1–3 y (% kcal)", "Children, 4–18 y (% kcal)", "Adults (% kcal)"};
        for (const auto& row : csv.rows) {
            const std::string where = csv.label + ":" + std::to_string(row.line);
            const std::string& name = row["Macronutrient"];
            std::optional<N> nutrient;
            if (name == "Fat") nutrient = N::FatG;
            if (name == "Carbohydrate") nutrient = N::CarbohydrateG;
            if (name == "Protein") nutrient = N::ProteinG;
            if (!nutrient) continue;  // fatty-acid ranges: not tracked
            for (std::size_t c = 0; c < kColumns.size(); ++c) {
                const auto range = parse_range(row[kColumns[c]]);
                if (!range) {
                    problems.push_back(
                        {where, std::string(kColumns[c]) + ": expected a range such as 20–35"});
                    continue;
                }
                ranges[*nutrient][c] = range;
            }
        }
        for (auto& stage : table.life_stages) {
            const std::size_t column = stage.age_from_years < 4    ? 0
                                       : stage.age_from_years < 19 ? 1
                                                                   : 2;
            for (const auto& [nutrient, by_column] : ranges) {
                stage.amdr[index(nutrient)] = by_column[column];
            }
            stage.amdr_source = std::string(kIomAmdr) + ": " + kColumns[column];
        }
    }

    /// After all files: the sodium CDRR, and checks that every group got the 2019 values.
    void finish() {
        for (std::size_t s = 0; s < table.life_stages.size(); ++s) {
            auto& stage = table.life_stages[s];
            auto& sodium = entry(stage, N::SodiumMg);
            sodium.max = sodium_cdrr_mg(stage.age_from_years);
            sodium.max_kind = "CDRR";
            sodium.max_source = std::string(kNasem2019) +
                                ": Chronic Disease Risk Reduction intake (no UL is set since "
                                "2019; the 2011 UL is not used)";
            for (const N nutrient : {N::PotassiumMg, N::SodiumMg}) {
                if (!replaced_2019_.contains({s, index(nutrient)})) {
                    problems.push_back({kDri2019File, "no 2019 " +
                                                          std::string(info(nutrient).label) +
                                                          " AI for " + stage.label});
                }
            }
        }
        table.sources = {
            {kIom2011,
             "Food and Nutrition Board, Institute of Medicine, National Academies. Dietary "
             "Reference Intakes (DRIs) summary tables: Recommended Dietary Allowances and "
             "Adequate Intakes (vitamins; elements; total water and macronutrients) and "
             "Tolerable Upper Intake Levels (vitamins; elements), as updated for calcium and "
             "vitamin D in 2011. www.nap.edu"},
            {kNasem2019,
             "National Academies of Sciences, Engineering, and Medicine. 2019. Dietary "
             "Reference Intakes for Sodium and Potassium. Washington, DC: The National "
             "Academies Press. Potassium and sodium AIs; sodium Chronic Disease Risk "
             "Reduction intake (CDRR)."},
            {kIomAmdr,
             "Institute of Medicine. Dietary Reference Intakes for Energy, Carbohydrate, Fiber, "
             "Fat, Fatty Acids, Cholesterol, Protein, and Amino Acids (2002/2005): Acceptable "
             "Macronutrient Distribution Ranges, percent of energy."},
        };
    }

  private:
    std::map<std::string, std::size_t> stage_index_;
    std::set<std::pair<std::size_t, std::size_t>> replaced_2019_;

    LifeStage* stage_for(const CsvNamedRow& row, double age_from, double age_to,
                         const std::string& where) {
        const std::string key = group_key(row);
        const auto found = stage_index_.find(key);
        if (found != stage_index_.end()) {
            LifeStage& stage = table.life_stages[found->second];
            if (stage.age_from_years != age_from || stage.age_to_years != age_to) {
                problems.push_back({where, "ages differ from earlier rows of " + stage.label});
                return nullptr;
            }
            return &stage;
        }
        LifeStage stage;
        std::tie(stage.id, stage.label) = name_group(row);
        stage.age_from_years = age_from;
        stage.age_to_years = age_to;
        const std::string& sex = row["sex"];
        if (sex == "Males") {
            stage.sex = Sex::Male;
        } else if (sex == "Females") {
            stage.sex = Sex::Female;
        } else if (sex != "Both") {
            problems.push_back({where, "unknown sex \"" + sex + "\""});
            return nullptr;
        }
        const std::string& life_stage = row["life_stage"];
        if (life_stage == "Pregnancy") {
            stage.condition = LifeStageCondition::Pregnancy;
        } else if (life_stage == "Lactation") {
            stage.condition = LifeStageCondition::Lactation;
        }
        stage_index_[key] = table.life_stages.size();
        table.life_stages.push_back(std::move(stage));
        return &table.life_stages.back();
    }

    static DriValues& entry(LifeStage& stage, N nutrient) {
        auto& values = stage.nutrients[index(nutrient)];
        if (!values) values.emplace();
        return *values;
    }

    std::optional<double> converted_value(const CsvNamedRow& row, N nutrient,
                                          const std::string& where) {
        const auto value = parse_number<double>(row["value"]);
        if (!value || *value < 0.0) {
            problems.push_back({where, "value must be a number ≥ 0, got \"" + row["value"] + "\""});
            return std::nullopt;
        }
        const auto factor = conversion_factor(row["unit"], nutrient);
        if (!factor) {
            problems.push_back({where, "unit \"" + row["unit"] + "\" cannot be converted to " +
                                           std::string(info(nutrient).unit)});
            return std::nullopt;
        }
        const double converted = tidy(*value * *factor);
        // The table's own conversion to the SR28 unit, where it gives one, must agree.
        if (!row["value_in_sr28_unit"].empty() && row["sr28_unit"] == info(nutrient).unit) {
            const auto table_converted = parse_number<double>(row["value_in_sr28_unit"]);
            if (!table_converted || std::fabs(*table_converted - converted) > 1e-6) {
                problems.push_back({where, "value_in_sr28_unit \"" + row["value_in_sr28_unit"] +
                                               "\" disagrees with value and unit"});
                return std::nullopt;
            }
        }
        return converted;
    }

    void add_upper_limit(LifeStage& stage, const NutrientMapping& mapping, double value,
                         std::string source, const CsvNamedRow& row, const std::string& where) {
        if (mapping.nutrient == N::SodiumMg) return;  // replaced by the 2019 CDRR (finish())
        // The table's scope note must agree with the scope the footnotes give.
        const bool table_scoped = !row["scope_note"].empty();
        if (table_scoped != (mapping.ul_scope != UpperLimitScope::Total)) {
            problems.push_back(
                {where, "scope_note disagrees with the UL footnotes for " + row["nutrient"]});
            return;
        }
        auto& values = entry(stage, mapping.nutrient);
        if (values.ul) {
            problems.push_back(
                {where, "a second UL for " + row["nutrient"] + " in " + stage.label});
            return;
        }
        if (!mapping.ul_footnote.empty()) source += ", " + std::string(mapping.ul_footnote);
        values.ul = value;
        values.ul_scope = mapping.ul_scope;
        values.ul_source = source;
        if (mapping.ul_scope == UpperLimitScope::Total) {
            values.max = value;
            values.max_kind = "UL";
            values.max_source = source;
        }
        if (mapping.ul_form) {
            // The limit holds for food too, but counted on the restricted form.
            auto& form = entry(stage, *mapping.ul_form);
            form.ul = value;
            form.ul_scope = mapping.ul_scope;
            form.ul_source = source;
            form.max = value;
            form.max_kind = "UL";
            form.max_source = source;
        }
    }

    std::optional<PercentRange> parse_range(std::string_view text) {
        for (const std::string_view dash : {"–", "-"}) {
            const auto at = text.find(dash);
            if (at == std::string_view::npos) continue;
            const auto low = parse_number<double>(text.substr(0, at));
            const auto high = parse_number<double>(text.substr(at + dash.size()));
            if (low && high && *low < *high) return PercentRange{*low, *high};
        }
        return std::nullopt;
    }
};

}  // namespace

Result<DriTable> import_dri_tables(const std::filesystem::path& dri_dir) {
    auto tables_2011 =
        read_csv(dri_dir / kDri2011File,
                 {"table", "dri_type", "sex", "life_stage", "age_label", "age_from_y",
                  "age_to_y_excl", "nutrient", "unit", "value", "footnote", "scope_note"});
    auto update_2019 =
        read_csv(dri_dir / kDri2019File, {"sex", "life_stage", "age_label", "nutrient", "dri_type",
                                          "unit", "value", "value_2011_table"});
    auto amdr = read_csv(dri_dir / kAmdrFile, {"Macronutrient", "Children, 1–3 y (% kcal)",
                                               "Children, 4–18 y (% kcal)", "Adults (% kcal)"});
    Problems problems;
    for (auto* file : {&tables_2011, &update_2019, &amdr}) {
        if (!*file) {
            const auto& file_problems = file->problems();
            problems.insert(problems.end(), file_problems.begin(), file_problems.end());
        }
    }
    if (!problems.empty()) return problems;

    Importer importer;
    importer.read_2011(*tables_2011);
    importer.read_2019(*update_2019);
    importer.read_amdr(*amdr);
    importer.finish();
    if (importer.table.life_stages.empty()) {
        importer.problems.push_back({kDri2011File, "no life-stage group from age 1 up"});
    }
    if (!importer.problems.empty()) return std::move(importer.problems);
    return std::move(importer.table);
}

}  // namespace mealplan
