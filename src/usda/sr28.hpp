#pragma once
// Reader for the USDA National Nutrient Database for Standard Reference, Release 28 (SR28),
// in its official ASCII form: FOOD_DES, FD_GROUP, NUT_DATA, NUTR_DEF and WEIGHT.
// The files are Latin-1 text with `^`-separated fields, `~`-wrapped text fields and CRLF
// line ends (sr28_doc.txt, "Explanation of File Formats"). Only the nutrients mealplan
// tracks are kept; a nutrient without a NUT_DATA row stays unknown (never zero).

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/food.hpp"
#include "core/problems.hpp"
#include "nutrients/nutrient.hpp"

namespace mealplan::usda {

/// One household measure of WEIGHT.txt: `amount` × `measure` weighs `grams`.
struct Sr28Weight {
    int sequence = 0;  ///< SR28 Seq: USDA's own order of the measures of a food
    double amount = 1.0;
    std::string measure;  ///< UTF-8
    double grams = 0.0;
};

/// One food of FOOD_DES.txt with its tracked nutrients and household measures.
struct Sr28Food {
    FoodId id;                     ///< NDB_No, 5 digits
    std::string group_code;        ///< FdGrp_Cd, e.g. "1100"
    std::string long_description;  ///< Long_Desc, UTF-8
    std::string common_name;       ///< ComName, UTF-8 (often empty)
    /// Refuse: percent of the food as bought that is not eaten (shell, peel, bone);
    /// nullopt where SR28 gives none (unknown, not 0).
    std::optional<double> refuse_percent;
    std::string refuse_description;   ///< Ref_desc, UTF-8: what the refuse is ("Shell")
    NutrientValues per_100g{};        ///< nullopt where NUT_DATA has no row
    std::vector<Sr28Weight> weights;  ///< in Seq order
};

/// The parts of SR28 mealplan uses.
struct Sr28Database {
    std::map<std::string, std::string> group_names;  ///< FdGrp_Cd → FdGrp_Desc
    std::vector<Sr28Food> foods;                     ///< ascending NDB_No

    /// The food with this NDB number, or nullptr.
    const Sr28Food* find(std::string_view id) const;
    /// The description of a food group code, or "" when unknown.
    std::string group_name(const std::string& code) const;
};

/// The raw bytes of the five files, for parsing from memory (tests, fixtures).
struct Sr28Files {
    std::string food_des;
    std::string fd_group;
    std::string nut_data;
    std::string nutr_def;
    std::string weight;
};

/// Parses and validates the five files. Every problem is reported as
/// "FILE:line: what" (e.g. "NUT_DATA.txt:17: Nutr_Val 'x' is not a number"), FILE being
/// `directory` / the file's name (just the name when `directory` is empty); the result
/// holds either the whole database or all problems found.
Result<Sr28Database> parse_sr28(const Sr28Files& files,
                                const std::filesystem::path& directory = {});

/// Reads FOOD_DES.txt, FD_GROUP.txt, NUT_DATA.txt, NUTR_DEF.txt and WEIGHT.txt from
/// `directory` and parses them. Problems name the files as "DIR/NAME.txt:line".
Result<Sr28Database> read_sr28(const std::filesystem::path& directory);

/// Latin-1 (ISO 8859-1) bytes to UTF-8: every byte is its own code point.
std::string latin1_to_utf8(std::string_view latin1);

}  // namespace mealplan::usda
