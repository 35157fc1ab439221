#pragma once
// Building data/dri.json from the published DRI tables in CSV form:
//   dri_long_2011_IOM.csv              RDAs, AIs and ULs of the IOM summary tables (2011)
//   dri_2019_potassium_sodium_AI.csv   the 2019 potassium and sodium AIs, which replace 2011's
//   amdr_ranges.csv                    Acceptable Macronutrient Distribution Ranges
// The same files always give the same table (and so the same dri.json bytes).

#include <filesystem>

#include "core/problems.hpp"
#include "dri/dri_table.hpp"

namespace mealplan {

/// File names the importer reads from its directory.
inline constexpr const char* kDri2011File = "dri_long_2011_IOM.csv";
inline constexpr const char* kDri2019File = "dri_2019_potassium_sodium_AI.csv";
inline constexpr const char* kAmdrFile = "amdr_ranges.csv";

/// Reads the three CSV files in `dri_dir` and builds the table for every life-stage group
/// from age 1 up that they contain (infant groups are left out), for every nutrient of
/// nutrients/nutrient.hpp the tables cover. Problems name the file and line.
Result<DriTable> import_dri_tables(const std::filesystem::path& dri_dir);

}  // namespace mealplan
