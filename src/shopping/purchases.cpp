// Reading data/purchases.json. The format and its checks are described in data/README.md.

#include "shopping/purchases.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/files.hpp"
#include "core/json_input.hpp"

namespace mealplan {
namespace {

using json_input::Checker;
using json_input::child;
using json_input::Json;

constexpr std::string_view kSchema = "mealplan.purchases/1";
constexpr std::size_t kMaxPurchasesBytes = std::size_t{16} << 20;
// No package a shop sells weighs more than this; beyond it is a unit mistake.
constexpr double kMaxPackageGrams = 100000.0;
constexpr double kMaxDays = 100000.0;
// The plausible price range of a food as bought, dollars per kg (salt to saffron-free spices).
constexpr double kMinUsdPerKg = 0.05;
constexpr double kMaxUsdPerKg = 500.0;
// A package price may differ from price per kg × weight by its rounding to the cent.
constexpr double kCentTolerance = 0.005 + 1e-9;
// Published grams are rounded to 0.1 g: a count of units may differ by that much per unit.
constexpr double kGramTolerance = 0.05;
// At least this share of the items must be priced for the costs to mean anything.
constexpr double kMinPricedShare = 0.9;

struct YieldRange {
    std::string_view rule;
    double lowest;
    double highest;
};
// The yield rules and their plausible ranges (data/README.md, "Yields and their rules").
constexpr YieldRange kYieldRules[] = {
    {"as_is", 1.0, 1.0},
    {"ers", 0.2, 8.0},
    {"ers_solids", 0.2, 8.0},
    {"ers_canned_drained", 0.2, 1.0},
    {"sr28_refuse", 0.2, 1.0},
    {"sr28_solids", 0.2, 8.0},
    {"sr28_protein", 0.2, 8.0},
    {"sr28_refuse_solids", 0.2, 8.0},
    {"sr28_refuse_protein", 0.2, 8.0},
    {"sr28_portions", 0.2, 1.0},
    {"sr28_can", 0.2, 1.0},
    {"sr28_dissolved", 5.0, 200.0},
    {"brew_ratio", 5.0, 200.0},
};

bool is_kebab_case(const std::string& id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool letter_or_digit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!letter_or_digit && !(c == '-' && id[i - 1] != '-')) return false;
    }
    return true;
}

/// A keeping time: null, or a number of days > 0.
std::optional<double> read_days(Checker& check, const Json& item, const std::string& at,
                                std::string_view key, bool& ok) {
    const Json* value = check.member(item, at, key);
    if (value == nullptr) {
        ok = false;
        return std::nullopt;
    }
    if (value->is_null()) return std::nullopt;
    auto days = check.number(*value, child(at, key), 0.0, kMaxDays, true);
    if (!days) ok = false;
    return days;
}

std::optional<ItemPrice> read_price(Checker& check, const Json& value, const std::string& at) {
    if (!check.expect_object(value, at)) return std::nullopt;
    ItemPrice price;
    const auto per_kg =
        check.required_number(value, at, "usd_per_kg_as_bought", kMinUsdPerKg, kMaxUsdPerKg);
    const auto source = check.required_text(value, at, "source");
    const auto period = check.required_text(value, at, "period");
    const auto row = check.required_text(value, at, "row");
    if (source && *source != "ers" && *source != "bls" && *source != "ppnap") {
        check.report(child(at, "source"),
                     "must be \"ers\", \"bls\" or \"ppnap\", got \"" + *source + "\"");
    }
    bool forward_ok = true;
    if (const Json* forward = check.member(value, at, "brought_forward")) {
        const std::string forward_at = child(at, "brought_forward");
        const bool ppnap = source && *source == "ppnap";
        if (forward->is_null()) {
            if (ppnap) {
                check.report(forward_at,
                             "a PP-NAP price must say the factor it was brought "
                             "forward by");
                forward_ok = false;
            }
        } else if (!ppnap) {
            check.report(forward_at, "only a PP-NAP price is brought forward; must be null");
            forward_ok = false;
        } else if (check.expect_object(*forward, forward_at)) {
            price.brought_forward_factor =
                check.required_number(*forward, forward_at, "factor", 0.0, 100.0, true);
            forward_ok = price.brought_forward_factor.has_value();
        } else {
            forward_ok = false;
        }
    } else {
        forward_ok = false;
    }
    if (!per_kg || !source || !period || !row || !forward_ok) return std::nullopt;
    price.usd_per_kg_as_bought = *per_kg;
    price.source = *source;
    price.period = *period;
    price.row = *row;
    return price;
}

std::optional<PurchasePackage> read_package(Checker& check, const Json& value,
                                            const std::string& at, const PurchasedItem& item) {
    if (!check.expect_object(value, at)) return std::nullopt;
    check.only_members(value, at, {"label", "grams_as_bought", "count", "basis", "price_usd"});
    PurchasePackage package;
    const auto label = check.required_text(value, at, "label");
    const auto grams =
        check.required_number(value, at, "grams_as_bought", 0.0, kMaxPackageGrams, true);
    bool ok = label && grams;
    if (const Json* count = check.member(value, at, "count", false)) {
        const std::string count_at = child(at, "count");
        const auto number = check.number(*count, count_at, 1.0, 100000.0);
        if (!number || *number != std::floor(*number)) {
            if (number) check.report(count_at, "must be a whole number ≥ 1");
            ok = false;
        } else if (!item.unit_grams) {
            check.report(count_at, "a count needs the item's unit");
            ok = false;
        } else {
            package.count = static_cast<int>(*number);
            if (grams && std::abs(*package.count * *item.unit_grams - *grams) >
                             kGramTolerance * *package.count + kGramTolerance) {
                check.report(count_at, "count × unit grams (" +
                                           std::to_string(*package.count * *item.unit_grams) +
                                           ") differs from grams_as_bought");
                ok = false;
            }
        }
    }
    if (const Json* price = check.member(value, at, "price_usd")) {
        const std::string price_at = child(at, "price_usd");
        if (price->is_null()) {
            if (item.price) {
                check.report(price_at, "must be the package's price: the item is priced");
                ok = false;
            }
        } else if (!item.price) {
            check.report(price_at, "must be null: the item is unpriced");
            ok = false;
        } else if (const auto usd = check.number(*price, price_at, 0.0, 100000.0)) {
            package.price_usd = *usd;
            if (grams) {
                const double expected =
                    std::round(item.price->usd_per_kg_as_bought * *grams / 1000.0 * 100.0) / 100.0;
                if (std::abs(expected - *usd) > kCentTolerance) {
                    check.report(price_at,
                                 "differs from usd_per_kg_as_bought × grams_as_bought "
                                 "(" +
                                     std::to_string(expected) + ")");
                    ok = false;
                }
            }
        } else {
            ok = false;
        }
    } else {
        ok = false;
    }
    if (!ok) return std::nullopt;
    package.label = *label;
    package.grams_as_bought = *grams;
    return package;
}

std::optional<PurchasedItem> read_item(Checker& check, const Json& value, const std::string& at,
                                       double perishable_below_days) {
    if (!check.expect_object(value, at)) return std::nullopt;
    check.only_members(
        value, at,
        {"id", "name", "aisle", "staple", "perishable", "keeps_days", "keeps_opened_days", "stored",
         "keeps_basis", "unit", "packages", "price", "unpriced_reason", "foods", "note"});
    PurchasedItem item;
    bool ok = true;
    if (auto id = check.required_text(value, at, "id")) {
        if (!is_kebab_case(*id)) {
            check.report(child(at, "id"), "must be kebab-case, got \"" + *id + "\"");
            ok = false;
        }
        item.id = *id;
    } else {
        ok = false;
    }
    if (auto name = check.required_text(value, at, "name")) {
        item.name = *name;
    } else {
        ok = false;
    }
    if (auto aisle = check.required_text(value, at, "aisle")) {
        if (!is_known_aisle(*aisle)) {
            check.report(child(at, "aisle"), "\"" + *aisle + "\" is not a catalogue aisle");
            ok = false;
        }
        item.aisle = *aisle;
    } else {
        ok = false;
    }
    const auto flag = [&](std::string_view key, bool& out) {
        const Json* member = check.member(value, at, key);
        const auto read = member ? check.boolean(*member, child(at, key)) : std::nullopt;
        if (read) {
            out = *read;
        } else {
            ok = false;
        }
    };
    flag("staple", item.staple);
    flag("perishable", item.perishable);
    bool days_ok = true;
    const auto keeps = read_days(check, value, at, "keeps_days", days_ok);
    const auto keeps_opened = read_days(check, value, at, "keeps_opened_days", days_ok);
    ok = ok && days_ok;
    if (days_ok && ok) {
        std::optional<double> shortest = keeps;
        if (keeps_opened && (!shortest || *keeps_opened < *shortest)) shortest = keeps_opened;
        const bool perishable = shortest && *shortest < perishable_below_days;
        if (perishable != item.perishable) {
            check.report(child(at, "perishable"),
                         std::string("must be ") + (perishable ? "true" : "false") +
                             ": the shorter keeping time is " +
                             (shortest ? std::to_string(*shortest) + " days" : "not known") +
                             " against perishable_below_days");
            ok = false;
        }
    }
    if (auto stored = check.required_text(value, at, "stored")) {
        if (*stored != "pantry" && *stored != "refrigerator" && *stored != "freezer") {
            check.report(
                child(at, "stored"),
                "must be \"pantry\", \"refrigerator\" or \"freezer\", got \"" + *stored + "\"");
            ok = false;
        }
    } else {
        ok = false;
    }
    if (const Json* unit = check.member(value, at, "unit")) {
        const std::string unit_at = child(at, "unit");
        if (!unit->is_null()) {
            if (check.expect_object(*unit, unit_at)) {
                item.unit_label = check.required_text(*unit, unit_at, "label");
                item.unit_grams = check.required_number(*unit, unit_at, "grams_as_bought", 0.0,
                                                        kMaxPackageGrams, true);
                ok = ok && item.unit_label && item.unit_grams;
            } else {
                ok = false;
            }
        }
    } else {
        ok = false;
    }
    if (const Json* price = check.member(value, at, "price")) {
        if (price->is_null()) {
            if (check.member(value, at, "unpriced_reason", false) == nullptr) {
                check.report(child(at, "price"), "null without an unpriced_reason");
                ok = false;
            }
        } else if (auto read = read_price(check, *price, child(at, "price"))) {
            item.price = std::move(*read);
        } else {
            ok = false;
        }
    } else {
        ok = false;
    }
    if (const Json* packages = check.member(value, at, "packages")) {
        const std::string packages_at = child(at, "packages");
        if (check.expect_array(*packages, packages_at)) {
            if (packages->empty()) {
                check.report(packages_at, "must not be empty");
                ok = false;
            }
            for (std::size_t i = 0; i < packages->size(); ++i) {
                if (auto package =
                        read_package(check, (*packages)[i], child(packages_at, i), item)) {
                    item.packages.push_back(std::move(*package));
                } else {
                    ok = false;
                }
            }
        } else {
            ok = false;
        }
    } else {
        ok = false;
    }
    if (const Json* foods = check.member(value, at, "foods")) {
        const std::string foods_at = child(at, "foods");
        if (check.expect_array(*foods, foods_at)) {
            for (std::size_t i = 0; i < foods->size(); ++i) {
                if (auto food = check.text((*foods)[i], child(foods_at, i))) {
                    item.foods.push_back(*food);
                } else {
                    ok = false;
                }
            }
        } else {
            ok = false;
        }
    } else {
        ok = false;
    }
    if (!ok) return std::nullopt;
    return item;
}

/// Reads the top-level `foods` list and checks it links every catalogue food once to an
/// item that lists it.
void read_food_links(Checker& check, const Json& foods, const Catalogue& catalogue,
                     Purchases& purchases) {
    if (!check.expect_array(foods, "/foods")) return;
    std::map<std::string, std::size_t> item_index;
    for (std::size_t i = 0; i < purchases.items.size(); ++i) {
        item_index.emplace(purchases.items[i].id, i);
    }
    std::set<FoodId> catalogue_ids;
    for (const auto& food : catalogue.foods) catalogue_ids.insert(food.id);
    for (std::size_t i = 0; i < foods.size(); ++i) {
        const std::string at = child("/foods", i);
        const Json& value = foods[i];
        if (!check.expect_object(value, at)) continue;
        check.only_members(value, at,
                           {"food_id", "name", "item", "yield", "yield_rule", "yield_basis"});
        const auto id = check.required_text(value, at, "food_id");
        const auto item = check.required_text(value, at, "item");
        const auto rule = check.required_text(value, at, "yield_rule");
        check.required_text(value, at, "yield_basis");
        if (!id || !item || !rule) continue;
        if (catalogue_ids.count(*id) == 0) {
            check.report(child(at, "food_id"), "food \"" + *id + "\" is not in the catalogue");
            continue;
        }
        const auto found_item = item_index.find(*item);
        if (found_item == item_index.end()) {
            check.report(child(at, "item"), "no item \"" + *item + "\" in /items");
            continue;
        }
        const auto& listed = purchases.items[found_item->second].foods;
        if (std::find(listed.begin(), listed.end(), *id) == listed.end()) {
            check.report(child(at, "item"),
                         "item \"" + *item + "\" does not list food \"" + *id + "\" in its foods");
        }
        const YieldRange* range = nullptr;
        for (const auto& candidate : kYieldRules) {
            if (candidate.rule == *rule) range = &candidate;
        }
        if (range == nullptr) {
            check.report(child(at, "yield_rule"), "unknown yield rule \"" + *rule + "\"");
            continue;
        }
        const auto yield = check.required_number(value, at, "yield", range->lowest, range->highest);
        if (!yield) continue;
        if (!purchases.foods.emplace(*id, FoodPurchase{found_item->second, *yield}).second) {
            check.report(child(at, "food_id"), "food \"" + *id + "\" is listed twice");
        }
    }
    for (const auto& food : catalogue.foods) {
        if (purchases.foods.count(food.id) == 0) {
            check.report("/foods", "catalogue food " + food.id + " (" + food.name +
                                       ") has no purchased item");
        }
    }
    for (std::size_t i = 0; i < purchases.items.size(); ++i) {
        const auto& item = purchases.items[i];
        for (std::size_t f = 0; f < item.foods.size(); ++f) {
            const auto link = purchases.foods.find(item.foods[f]);
            if (link == purchases.foods.end() || link->second.item != i) {
                check.report(child(child(child("/items", i), "foods"), f),
                             "food \"" + item.foods[f] + "\" is not linked to this item in /foods");
            }
        }
    }
}

/// The derivation's record (bring_forward, ppnap_comparisons): the program reads no value
/// from it, but a file whose record is broken is not the file the tool wrote.
void check_derivation_record(Checker& check, const Json& root) {
    if (const Json* forward = check.member(root, "", "bring_forward");
        forward != nullptr && check.expect_array(*forward, "/bring_forward")) {
        for (std::size_t i = 0; i < forward->size(); ++i) {
            const std::string at = child("/bring_forward", i);
            if (!check.expect_object((*forward)[i], at)) continue;
            check.required_number((*forward)[i], at, "factor", 0.0, 100.0, true);
        }
    }
    if (const Json* comparisons = check.member(root, "", "ppnap_comparisons");
        comparisons != nullptr && check.expect_array(*comparisons, "/ppnap_comparisons")) {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < comparisons->size(); ++i) {
            const std::string at = child("/ppnap_comparisons", i);
            if (!check.expect_object((*comparisons)[i], at)) continue;
            if (const auto id = check.required_text((*comparisons)[i], at, "id");
                id && !ids.insert(*id).second) {
                check.report(child(at, "id"), "repeats comparison id \"" + *id + "\"");
            }
        }
    }
}

}  // namespace

const PurchasedItem* Purchases::find_item(std::string_view id) const {
    for (const auto& item : items) {
        if (item.id == id) return &item;
    }
    return nullptr;
}

Result<Purchases> parse_purchases(std::string_view text, std::string_view file_label,
                                  const Catalogue& catalogue) {
    auto parsed = json_input::parse(text, file_label);
    if (!parsed) return std::move(parsed).problems();
    const Json& root = parsed.value();

    Problems problems;
    Checker check(std::string(file_label), problems);
    Purchases purchases;
    if (!check.expect_object(root, "")) return problems;
    check.only_members(
        root, "",
        {"schema", "generated_by", "sources", "price_year", "price_month", "bring_forward",
         "ppnap_comparisons", "perishable_below_days", "ppnap_agreement_factor",
         "ppnap_cooked_from_dry_yields", "items", "foods"});
    if (const Json* schema = check.member(root, "", "schema")) {
        if (!schema->is_string() || schema->get<std::string>() != kSchema) {
            check.report("/schema", "must be \"" + std::string(kSchema) + "\"");
            return problems;
        }
    }
    if (auto year = check.required_text(root, "", "price_year")) purchases.price_year = *year;
    if (auto month = check.required_text(root, "", "price_month")) purchases.price_month = *month;
    check_derivation_record(check, root);
    const auto perishable_below =
        check.required_number(root, "", "perishable_below_days", 0.0, kMaxDays, true);
    const Json* items = check.member(root, "", "items");
    if (!perishable_below || items == nullptr || !check.expect_array(*items, "/items")) {
        return problems;
    }
    std::map<std::string, std::size_t> first_position;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string at = child("/items", i);
        auto item = read_item(check, (*items)[i], at, *perishable_below);
        if (!item) continue;
        const auto [it, inserted] = first_position.emplace(item->id, i);
        if (!inserted) {
            check.report(child(at, "id"), "repeats id \"" + item->id + "\" (first at /items/" +
                                              std::to_string(it->second) + ")");
            continue;
        }
        purchases.items.push_back(std::move(*item));
    }
    if (!problems.empty()) return problems;
    if (const Json* foods = check.member(root, "", "foods")) {
        read_food_links(check, *foods, catalogue, purchases);
    }
    std::size_t priced = 0;
    for (const auto& item : purchases.items) priced += item.price ? 1 : 0;
    if (!purchases.items.empty() &&
        static_cast<double>(priced) <
            kMinPricedShare * static_cast<double>(purchases.items.size())) {
        check.report("/items", "only " + std::to_string(priced) + " of " +
                                   std::to_string(purchases.items.size()) +
                                   " items are priced; at least 90 % must be");
    }
    if (!problems.empty()) return problems;
    return purchases;
}

Result<Purchases> load_purchases(const std::filesystem::path& path, const Catalogue& catalogue) {
    auto text = read_file(path, kMaxPurchasesBytes);
    if (!text) return std::move(text).problems();
    return parse_purchases(text.value(), path.string(), catalogue);
}

void buy_unknown_foods_as_themselves(Purchases& purchases, const Catalogue& catalogue) {
    for (const Food& food : catalogue.foods) {
        if (purchases.foods.count(food.id) != 0) continue;
        PurchasedItem item;
        item.id = "own-" + food.id;
        item.name = food.name;
        item.aisle = food.aisle;
        item.foods = {food.id};
        for (const Package& package : food.packages) {
            if (package.grams > 0.0) {
                item.packages.push_back({package.label, package.grams, std::nullopt, std::nullopt});
            }
        }
        if (item.packages.empty()) item.packages.push_back({"100 g loose", 100.0, {}, {}});
        purchases.foods.emplace(food.id, FoodPurchase{purchases.items.size(), 1.0});
        purchases.items.push_back(std::move(item));
    }
}

}  // namespace mealplan
