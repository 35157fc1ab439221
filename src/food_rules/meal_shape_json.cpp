#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "food_rules/meal_shape.hpp"
#include "food_rules/rules_json.hpp"

namespace mealplan {
namespace {

using namespace rules_json;

constexpr double kMaxDailyGrams = 5000.0;

std::vector<AgeBand> age_bands(const Json& root, Checker& check) {
    std::vector<AgeBand> bands;
    const Json* list = check.member(root, "", "age_bands");
    if (list == nullptr) return bands;
    if (!list->is_array() || list->empty()) {
        check.report("/age_bands", "must be a non-empty list of age bands");
        return bands;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& entry = (*list)[i];
        const std::string pointer = child("/age_bands", i);
        if (!check.expect_object(entry, pointer)) continue;
        check.only_members(entry, pointer,
                           {"id", "age_from_years", "age_to_years", "energy_pattern_kcal"});
        const auto id = check.required_text(entry, pointer, "id");
        const auto ages = age_range(entry, pointer, check);
        std::optional<double> pattern;
        if (const Json* kcal = check.member(entry, pointer, "energy_pattern_kcal")) {
            if (!kcal->is_null()) {
                pattern = check.number(*kcal, child(pointer, "energy_pattern_kcal"), 500, 4000);
                if (!pattern) continue;
            }
        }
        if (!id || !ages) continue;
        if (std::any_of(bands.begin(), bands.end(), [&](const AgeBand& b) { return b.id == *id; }))
            check.report(child(pointer, "id"), "duplicate age band '" + *id + "'");
        bands.push_back({*id, *ages, pattern});
    }
    if (bands.size() != list->size()) return {};
    // The bands cover every age a plan is made for, each age in one band.
    if (bands.front().ages.from_years > 1.0)
        check.report("/age_bands/0/age_from_years", "the first band must start at 1 year or less");
    for (std::size_t i = 0; i + 1 < bands.size(); ++i) {
        if (bands[i].ages.to_years != bands[i + 1].ages.from_years) {
            check.report(child("/age_bands", i + 1),
                         "must start where the band before it ends (no gap, no overlap)");
        }
    }
    if (bands.back().ages.to_years)
        check.report(child(child("/age_bands", bands.size() - 1), "age_to_years"),
                     "the last band must have no upper age (null)");
    return bands;
}

std::optional<ShareRange> share_range(const Json& value, const std::string& pointer,
                                      Checker& check) {
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number()) {
        check.report(pointer, "must be [low, high], shares of the day's energy");
        return std::nullopt;
    }
    const double low = value[0].get<double>();
    const double high = value[1].get<double>();
    if (!(low > 0.0 && low < high && high < 1.0)) {
        check.report(pointer, "must be [low, high] with 0 < low < high < 1");
        return std::nullopt;
    }
    return ShareRange{low, high};
}

void slot_shares(const Json& root, Checker& check, MealShape& shape) {
    const Json* shares = check.member(root, "", "slot_energy_share");
    const std::string pointer = "/slot_energy_share";
    if (shares == nullptr || !check.expect_object(*shares, pointer)) return;
    check.only_members(*shares, pointer, {"bands", "basis", "sources"});
    if (auto basis = check.required_text(*shares, pointer, "basis"))
        shape.slot_share_basis = *basis;
    shape.slot_share_sources = source_list(*shares, pointer, "sources", shape.sources, check, true);
    shape.slot_shares.assign(shape.age_bands.size(), SlotShares{});
    std::vector<int> covered(shape.age_bands.size(), 0);
    const Json* bands = check.member(*shares, pointer, "bands");
    const std::string bands_pointer = child(pointer, "bands");
    if (bands == nullptr || !check.expect_array(*bands, bands_pointer)) return;
    for (std::size_t i = 0; i < bands->size(); ++i) {
        const Json& entry = (*bands)[i];
        const std::string entry_pointer = child(bands_pointer, i);
        if (!check.expect_object(entry, entry_pointer)) continue;
        check.only_members(entry, entry_pointer,
                           {"age_bands", "breakfast", "lunch", "dinner", "snack"});
        SlotShares slots{};
        double lows = 0.0;
        double highs = 0.0;
        bool complete = true;
        for (const MealSlot slot : kMealSlots) {
            const Json* range = check.member(entry, entry_pointer, to_string(slot));
            const auto value =
                range ? share_range(*range, child(entry_pointer, to_string(slot)), check)
                      : std::nullopt;
            if (!value) {
                complete = false;
                continue;
            }
            slots[static_cast<std::size_t>(slot)] = *value;
            lows += value->low;
            highs += value->high;
        }
        if (complete && !(lows <= 1.0 + 1e-9 && highs >= 1.0 - 1e-9)) {
            check.report(entry_pointer,
                         fmt::format("the slot shares cannot add up to the whole day (lows add "
                                     "up to {:.2f}, highs to {:.2f})",
                                     lows, highs));
        }
        const Json* ids = check.member(entry, entry_pointer, "age_bands");
        const std::string ids_pointer = child(entry_pointer, "age_bands");
        if (ids == nullptr || !check.expect_array(*ids, ids_pointer)) continue;
        for (std::size_t j = 0; j < ids->size(); ++j) {
            const auto id = check.text((*ids)[j], child(ids_pointer, j));
            if (!id) continue;
            const auto band = std::find_if(shape.age_bands.begin(), shape.age_bands.end(),
                                           [&](const AgeBand& b) { return b.id == *id; });
            if (band == shape.age_bands.end()) {
                check.report(child(ids_pointer, j), "unknown age band '" + *id + "'");
                continue;
            }
            const auto k = static_cast<std::size_t>(band - shape.age_bands.begin());
            ++covered[k];
            shape.slot_shares[k] = slots;
        }
    }
    for (std::size_t k = 0; k < covered.size(); ++k) {
        if (covered[k] != 1) {
            check.report(bands_pointer, "must give the shares of age band '" +
                                            shape.age_bands[k].id + "' exactly once");
        }
    }
}

void main_protein(const Json& root, Checker& check, const CatalogueView& view, MealShape& shape) {
    const Json* rule = check.member(root, "", "main_protein");
    const std::string pointer = "/main_protein";
    if (rule == nullptr || !check.expect_object(*rule, pointer)) return;
    check.only_members(*rule, pointer,
                       {"rule", "min_protein_g", "min_protein_basis", "protein_foods", "kinds"});
    check.required_text(*rule, pointer, "rule");
    check.required_text(*rule, pointer, "min_protein_basis");
    MainProteinRule& result = shape.main_protein;
    if (auto grams = check.required_number(*rule, pointer, "min_protein_g", 1.0, 50.0))
        result.min_protein_g = *grams;
    if (const Json* foods = check.member(*rule, pointer, "protein_foods")) {
        const std::string foods_pointer = child(pointer, "protein_foods");
        if (check.expect_object(*foods, foods_pointer)) {
            check.only_members(*foods, foods_pointer, {"criteria", "also", "except", "basis"});
            check.required_text(*foods, foods_pointer, "basis");
            result.protein_foods = selector(*foods, foods_pointer, check, view);
        }
    }
    const Json* kinds = check.member(*rule, pointer, "kinds");
    const std::string kinds_pointer = child(pointer, "kinds");
    if (kinds == nullptr) return;
    if (!kinds->is_array() || kinds->empty()) {
        check.report(kinds_pointer, "must be a non-empty list of protein kinds");
        return;
    }
    const auto before = check.problem_count();
    for (std::size_t i = 0; i < kinds->size(); ++i) {
        const Json& entry = (*kinds)[i];
        const std::string entry_pointer = child(kinds_pointer, i);
        if (!check.expect_object(entry, entry_pointer)) continue;
        check.only_members(entry, entry_pointer, {"kind", "criteria", "also", "except"});
        const auto kind = check.required_text(entry, entry_pointer, "kind");
        FoodSelector kind_selector = selector(entry, entry_pointer, check, view);
        if (kind) result.kinds.push_back({*kind, std::move(kind_selector)});
    }
    if (check.problem_count() > before) return;
    for (const FoodId& id : result.protein_foods.foods) {
        const auto kind =
            std::find_if(result.kinds.begin(), result.kinds.end(),
                         [&](const ProteinKind& k) { return k.selector.contains(id); });
        if (kind == result.kinds.end()) {
            check.report(kinds_pointer, "protein food " + id + " " + view.catalogue.find(id)->name +
                                            " matches no kind; add one");
        } else {
            result.kind_of.emplace(id, kind->kind);
        }
    }
}

/// `object[key]`: {band id: {max_g, label}} for every age band.
std::vector<DailyAmount> band_amounts(const Json& object, const std::string& pointer,
                                      std::string_view key, Checker& check,
                                      const std::vector<AgeBand>& bands) {
    std::vector<DailyAmount> amounts;
    const Json* limits = check.member(object, pointer, key);
    const std::string limits_pointer = child(pointer, key);
    if (limits == nullptr || !check.expect_object(*limits, limits_pointer)) return {};
    for (const auto& [id, value] : limits->items()) {
        if (std::none_of(bands.begin(), bands.end(), [&](const AgeBand& b) { return b.id == id; }))
            check.report(child(limits_pointer, id), "unknown age band '" + id + "'");
    }
    for (const AgeBand& band : bands) {
        const Json* entry = check.member(*limits, limits_pointer, band.id);
        const std::string entry_pointer = child(limits_pointer, band.id);
        if (entry == nullptr || !check.expect_object(*entry, entry_pointer)) return {};
        check.only_members(*entry, entry_pointer, {"max_g", "label"});
        DailyAmount amount;
        const Json* grams = check.member(*entry, entry_pointer, "max_g");
        const auto label = check.required_text(*entry, entry_pointer, "label");
        if (grams == nullptr || !label) return {};
        if (!grams->is_null()) {
            amount.max_grams =
                check.number(*grams, child(entry_pointer, "max_g"), 0.0, kMaxDailyGrams);
            if (!amount.max_grams) return {};
        }
        amount.label = *label;
        amounts.push_back(std::move(amount));
    }
    for (std::size_t i = 0; i + 1 < amounts.size(); ++i) {
        const auto& younger = amounts[i].max_grams;
        const auto& older = amounts[i + 1].max_grams;
        if (older && (!younger || *younger > *older + 1e-9)) {
            check.report(limits_pointer, "a child's amount must not exceed an older band's ('" +
                                             bands[i].id + "' above '" + bands[i + 1].id + "')");
        }
    }
    return amounts;
}

void daily_amounts(const Json& root, Checker& check, const CatalogueView& view, MealShape& shape) {
    const Json* groups = check.member(root, "", "daily_amounts");
    const std::string pointer = "/daily_amounts";
    if (groups == nullptr) return;
    if (!groups->is_array() || groups->empty()) {
        check.report(pointer, "must be a non-empty list of food groups");
        return;
    }
    const auto before = check.problem_count();
    std::set<std::string> ids;
    for (std::size_t i = 0; i < groups->size(); ++i) {
        const Json& entry = (*groups)[i];
        const std::string entry_pointer = child(pointer, i);
        if (!check.expect_object(entry, entry_pointer)) continue;
        check.only_members(entry, entry_pointer,
                           {"id", "name", "criteria", "also", "except", "max_per_food",
                            "max_for_group", "overrides", "basis", "sources"});
        DailyAmountGroup group;
        const auto id = check.required_text(entry, entry_pointer, "id");
        const auto name = check.required_text(entry, entry_pointer, "name");
        const auto basis = check.required_text(entry, entry_pointer, "basis");
        group.sources = source_list(entry, entry_pointer, "sources", shape.sources, check, false);
        group.selector = selector(entry, entry_pointer, check, view);
        group.max_per_food =
            band_amounts(entry, entry_pointer, "max_per_food", check, shape.age_bands);
        if (check.member(entry, entry_pointer, "max_for_group", false) != nullptr) {
            group.max_for_group =
                band_amounts(entry, entry_pointer, "max_for_group", check, shape.age_bands);
        }
        if (const Json* overrides = check.member(entry, entry_pointer, "overrides", false)) {
            const std::string overrides_pointer = child(entry_pointer, "overrides");
            if (check.expect_array(*overrides, overrides_pointer)) {
                for (std::size_t j = 0; j < overrides->size(); ++j) {
                    const Json& item = (*overrides)[j];
                    const std::string item_pointer = child(overrides_pointer, j);
                    if (!check.expect_object(item, item_pointer)) continue;
                    check.only_members(item, item_pointer, {"food_id", "max_per_food", "why"});
                    check.required_text(item, item_pointer, "why");
                    const Json* food = check.member(item, item_pointer, "food_id");
                    const auto food_id_value =
                        food ? food_id(*food, child(item_pointer, "food_id"), check, view.catalogue)
                             : std::nullopt;
                    auto amounts =
                        band_amounts(item, item_pointer, "max_per_food", check, shape.age_bands);
                    if (!food_id_value) continue;
                    if (!group.selector.contains(*food_id_value)) {
                        check.report(child(item_pointer, "food_id"),
                                     "food " + *food_id_value + " is not chosen by this group");
                    }
                    group.overrides.emplace(*food_id_value, std::move(amounts));
                }
            }
        }
        if (!id || !name || !basis) continue;
        if (!ids.insert(*id).second)
            check.report(child(entry_pointer, "id"), "duplicate group id '" + *id + "'");
        group.id = *id;
        group.name = *name;
        group.basis = *basis;
        shape.daily_amounts.push_back(std::move(group));
    }
    if (check.problem_count() > before) return;
    // Each food belongs to the first group that chooses it, so groups go from specific to
    // general and the last one catches every food.
    for (const Food& food : view.catalogue.foods) {
        const auto group =
            std::find_if(shape.daily_amounts.begin(), shape.daily_amounts.end(),
                         [&](const DailyAmountGroup& g) { return g.selector.contains(food.id); });
        if (group == shape.daily_amounts.end()) {
            check.report(pointer, "food " + food.id + " " + food.name +
                                      " belongs to no group; the last group should match every "
                                      "food");
            continue;
        }
        group->members.insert(food.id);
    }
    for (std::size_t i = 0; i < shape.daily_amounts.size(); ++i) {
        for (const auto& [food, amounts] : shape.daily_amounts[i].overrides) {
            if (shape.daily_amounts[i].members.count(food) == 0) {
                check.report(child(child(pointer, i), "overrides"),
                             "food " + food + " belongs to an earlier group, not to '" +
                                 shape.daily_amounts[i].id + "'");
            }
        }
    }
}

}  // namespace

std::size_t MealShape::band_for(double age_years) const {
    for (std::size_t i = 0; i < age_bands.size(); ++i) {
        if (age_bands[i].ages.contains(age_years)) return i;
    }
    return age_bands.empty() ? 0 : age_bands.size() - 1;
}

const DailyAmountGroup* MealShape::group_of(const FoodId& food_id) const {
    for (const DailyAmountGroup& group : daily_amounts) {
        if (group.members.count(food_id) > 0) return &group;
    }
    return nullptr;
}

std::optional<double> MealShape::max_grams_per_day(const FoodId& food_id, std::size_t band) const {
    const DailyAmountGroup* group = group_of(food_id);
    if (group == nullptr) return std::nullopt;
    const auto own = group->overrides.find(food_id);
    const auto& amounts = own != group->overrides.end() ? own->second : group->max_per_food;
    if (band >= amounts.size()) return std::nullopt;
    return amounts[band].max_grams;
}

Result<MealShape> parse_meal_shape(std::string_view json_text, std::string_view file_label,
                                   const Catalogue& catalogue) {
    Problems problems;
    const auto root = document(json_text, file_label, kMealShapeSchema, problems);
    if (!root) return problems;
    Checker check(std::string(file_label), problems);
    check.only_members(*root, "",
                       {"schema", "note", "sources", "age_bands", "slot_energy_share",
                        "sides_per_meal_max", "distinct_foods_per_day_max",
                        "distinct_foods_not_counted", "main_protein", "daily_amounts"});
    check.required_text(*root, "", "note");
    const CatalogueView view(catalogue);
    MealShape shape;
    shape.sources = source_table(*root, "", check);
    shape.age_bands = age_bands(*root, check);
    if (!shape.age_bands.empty()) slot_shares(*root, check, shape);
    if (const Json* sides = check.member(*root, "", "sides_per_meal_max")) {
        if (auto value = whole_number(*sides, "/sides_per_meal_max", 0, 4, check))
            shape.sides_per_meal_max = *value;
    }
    if (const Json* foods = check.member(*root, "", "distinct_foods_per_day_max")) {
        if (auto value = whole_number(*foods, "/distinct_foods_per_day_max", 5, 100, check))
            shape.distinct_foods_per_day_max = *value;
    }
    if (const Json* not_counted = check.member(*root, "", "distinct_foods_not_counted")) {
        if (check.expect_object(*not_counted, "/distinct_foods_not_counted")) {
            check.only_members(*not_counted, "/distinct_foods_not_counted",
                               {"criteria", "also", "except"});
            shape.distinct_foods_not_counted =
                selector(*not_counted, "/distinct_foods_not_counted", check, view);
        }
    }
    main_protein(*root, check, view, shape);
    if (!shape.age_bands.empty()) daily_amounts(*root, check, view, shape);
    if (!problems.empty()) return problems;
    return shape;
}

}  // namespace mealplan
