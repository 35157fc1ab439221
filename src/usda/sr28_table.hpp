#pragma once
// The whole SR28 nutrient table in a compact derived form (data/sr28/sr28-foods.tsv.gz),
// so any of its 8,789 foods can be looked up and added to a catalogue without the
// 36 MB original. One tab-separated line per food:
//   ndb_no  description  food_group_code  food_group  refuse_percent  refuse_description
//   portions  <one column per tracked nutrient key>
// An empty nutrient or refuse cell is unknown (SR28 has no value), never zero. `portions`
// lists SR28 household measures as "amount;measure;grams" joined by "|".

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/food.hpp"
#include "core/problems.hpp"
#include "usda/sr28.hpp"

namespace mealplan::usda {

/// One food of the table.
struct Sr28TableFood {
    FoodId id;
    std::string description;               ///< SR28 Long_Desc
    std::string food_group_code;           ///< SR28 FdGrp_Cd, e.g. "1100"
    std::string food_group;                ///< SR28 FdGrp_Desc
    std::optional<double> refuse_percent;  ///< SR28 Refuse; nullopt = unknown
    std::string refuse_description;        ///< SR28 Ref_desc ("Shell"), may be empty
    std::vector<Portion> portions;
    NutrientValues per_100g{};  ///< nullopt = unknown
};

/// The table as TSV text, foods in NDB order (the same database gives the same bytes).
std::string sr28_table_tsv(const Sr28Database& database);

/// `text` compressed as a gzip member without timestamp or name, so output is stable.
std::string gzip_compress(std::string_view text);

/// Parses table text; problems are "LABEL:line: what", all of them.
Result<std::vector<Sr28TableFood>> parse_sr28_table(std::string_view tsv,
                                                    std::string_view file_label);

/// Reads (gunzipping a ".gz" file) and parses a table file.
Result<std::vector<Sr28TableFood>> load_sr28_table(const std::filesystem::path& path);

/// The table's foods as the database the SR28 files give (weights in table order,
/// group names from the rows), so the importer builds catalogue foods from table rows
/// exactly as from the SR28 files.
Sr28Database database_from_table(const std::vector<const Sr28TableFood*>& foods);

}  // namespace mealplan::usda
