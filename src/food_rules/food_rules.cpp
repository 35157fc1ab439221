#include "food_rules/food_rules.hpp"

#include "core/files.hpp"

namespace mealplan {
namespace {

// The rule files are tens of kilobytes; anything far larger is the wrong file.
constexpr std::size_t kMaxRuleFileBytes = std::size_t{16} << 20;

/// Reads `directory / name` with `parse`, adding its problems to `problems`.
template <class T, class Parse>
std::optional<T> read(const std::filesystem::path& directory, std::string_view name,
                      const Catalogue& catalogue, Parse parse, Problems& problems) {
    const std::filesystem::path path = directory / name;
    auto text = read_file(path, kMaxRuleFileBytes);
    if (!text) {
        problems.insert(problems.end(), text.problems().begin(), text.problems().end());
        return std::nullopt;
    }
    auto parsed = parse(*text, path.string(), catalogue);
    if (!parsed) {
        problems.insert(problems.end(), parsed.problems().begin(), parsed.problems().end());
        return std::nullopt;
    }
    return std::move(parsed).value();
}

}  // namespace

Result<FoodRules> load_food_rules(const std::filesystem::path& directory,
                                  const Catalogue& catalogue) {
    Problems problems;
    auto sides = read<SideList>(directory, kSidesFile, catalogue, parse_sides, problems);
    auto shape = read<MealShape>(directory, kMealShapeFile, catalogue, parse_meal_shape, problems);
    auto safety =
        read<SafetyRules>(directory, kSafetyRulesFile, catalogue, parse_safety_rules, problems);
    auto words = read<ExclusionWords>(directory, kExclusionWordsFile, catalogue,
                                      parse_exclusion_words, problems);
    if (!problems.empty()) return problems;
    return FoodRules{std::move(*sides), std::move(*shape), std::move(*safety), std::move(*words)};
}

}  // namespace mealplan
