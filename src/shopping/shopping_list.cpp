#include "shopping/shopping_list.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>
#include <tuple>

#include "core/text.hpp"

namespace mealplan {
namespace {

// A need this small is the rounding noise of converting a pantry amount to grams, not a
// reason to buy a package.
constexpr double kNegligibleGrams = 0.05;

// More packages or items than this is no purchase a shop could serve (a tiny package
// against an absurd plan); such a need is bought by weight instead, which keeps the
// count inside an int.
constexpr double kMaxUnits = 1e9;

/// Whole units needed to hold `needed` at `unit` each; tolerant of floating-point noise
/// so that exactly two packages' worth is two packages, not three.
int whole_units(double needed, double unit) {
    const double units = std::ceil(needed / unit - 1e-9);
    return static_cast<int>(std::max(1.0, units));
}

/// The measure a person reads for one item: "medium (3\" dia)" → "medium".
std::string item_measure(const Portion& portion) {
    std::string measure = portion.measure;
    if (const auto cut = measure.find_first_of("(,"); cut != std::string::npos) {
        measure.erase(cut);
    }
    while (!measure.empty() && measure.back() == ' ') measure.pop_back();
    if (portion.amount == 1.0 || measure.empty()) return measure.empty() ? "item" : measure;
    // Shortest decimal: 0.5 → "0.5", 3 → "3".
    char amount[32];
    std::snprintf(amount, sizeof amount, "%g", portion.amount);
    return std::string(amount) + " " + measure;
}

/// The English plural of a unit's label ("lemon" → "lemons", "peach" → "peaches",
/// "potato" → "potatoes"): the labels are single nouns of the purchase data.
std::string plural_noun(const std::string& noun) {
    const auto ends_with = [&noun](std::string_view end) {
        return noun.size() >= end.size() &&
               noun.compare(noun.size() - end.size(), end.size(), end) == 0;
    };
    if (ends_with("s") || ends_with("x") || ends_with("ch") || ends_with("sh") || ends_with("to")) {
        return noun + "es";
    }
    return noun + "s";
}

struct Candidate {
    const Package* package;
    int count;
    double leftover_g;
    std::optional<double> cost_usd;
};

std::optional<double> price_of(const Package& package,
                               const std::map<std::string, double>& prices) {
    if (const auto found = prices.find(package.label); found != prices.end()) {
        return found->second;
    }
    return package.price_usd;
}

/// Foods by NDB number; the first of a duplicated id wins, as in the catalogue's order.
std::map<FoodId, const Food*> index_by_id(const Catalogue& catalogue) {
    std::map<FoodId, const Food*> index;
    for (const auto& food : catalogue.foods) index.emplace(food.id, &food);
    return index;
}

/// Adds `item` to the list: covered by the pantry, or bought, with its cost counted.
void add_line(ShoppingList& list, ShoppingItem item) {
    if (item.needed_g < kNegligibleGrams) {
        item.needed_g = 0.0;
        list.covered.push_back(std::move(item));
        return;
    }
    item.leftover_g = item.buy.grams - item.needed_g;
    if (item.buy.cost_usd) {
        list.total_cost_usd += *item.buy.cost_usd;
        ++list.prices_known;
    }
    if (item.eaten_cost_usd) list.eaten_cost_usd += *item.eaten_cost_usd;
    list.items.push_back(std::move(item));
}

/// The price per gram of what was bought, else of the cheapest priced package.
std::optional<double> usd_per_gram(const Purchase& buy,
                                   const std::vector<std::optional<double>>& package_usd_per_g) {
    if (buy.cost_usd && buy.grams > 0.0) return *buy.cost_usd / buy.grams;
    std::optional<double> cheapest;
    for (const auto& price : package_usd_per_g) {
        if (price && (!cheapest || *price < *cheapest)) cheapest = price;
    }
    return cheapest;
}

/// One line per catalogue food, bought in the food's own packages.
void list_catalogue_foods(ShoppingList& list, const std::map<FoodId, double>& plan_grams,
                          const std::map<FoodId, const Food*>& foods,
                          const ShoppingOptions& options) {
    static const std::map<std::string, double> kNoPrices;
    for (const auto& [food_id, grams] : plan_grams) {
        const Food& food = *foods.at(food_id);
        ShoppingItem item;
        item.food_id = food_id;
        item.foods = {food_id};
        item.name = food.name;
        item.aisle = food.aisle;
        item.eaten_g = grams * options.people;
        item.plan_g = item.eaten_g;
        if (const auto pantry = options.pantry_grams.find(food_id);
            pantry != options.pantry_grams.end()) {
            item.pantry_g = pantry->second;
        }
        item.needed_g = std::max(0.0, item.plan_g - item.pantry_g);
        const auto found = options.package_prices_usd.find(food_id);
        const auto& prices = found == options.package_prices_usd.end() ? kNoPrices : found->second;
        std::vector<std::optional<double>> per_gram;
        for (const auto& package : food.packages) {
            const auto price = price_of(package, prices);
            if (price && package.grams > 0.0) per_gram.push_back(*price / package.grams);
        }
        if (item.needed_g >= kNegligibleGrams)
            item.buy = choose_purchase(food, item.needed_g, prices);
        if (const auto price = usd_per_gram(item.buy, per_gram)) {
            item.eaten_cost_usd = *price * item.plan_g;
            item.price_source = prices.empty() ? "catalogue" : "prices file";
        }
        add_line(list, std::move(item));
    }
}

/// One line per purchased item: every form the plan eats folded in through its yield.
void list_purchased_items(ShoppingList& list, const std::map<FoodId, double>& plan_grams,
                          const Purchases& purchases, const ShoppingOptions& options) {
    list.price_year = purchases.price_year;
    struct Need {
        std::vector<FoodId> foods;
        double eaten_g = 0.0;
        double plan_g = 0.0;
        double pantry_g = 0.0;
    };
    std::map<std::size_t, Need> needs;
    for (const auto& [food_id, grams] : plan_grams) {
        const FoodPurchase& link = purchases.foods.at(food_id);
        Need& need = needs[link.item];
        need.foods.push_back(food_id);
        need.eaten_g += grams * options.people;
        need.plan_g += grams * options.people / link.yield;
    }
    // The pantry names foods as a person keeps them (cooked rice, raw eggs): each counts
    // towards its item through its own yield.
    for (const auto& [food_id, grams] : options.pantry_grams) {
        const auto link = purchases.foods.find(food_id);
        if (link == purchases.foods.end()) continue;
        if (const auto need = needs.find(link->second.item); need != needs.end()) {
            need->second.pantry_g += grams / link->second.yield;
        }
    }
    static const std::map<std::string, double> kNoPrices;
    for (const auto& [index, need] : needs) {
        const PurchasedItem& purchased = purchases.items[index];
        ShoppingItem item;
        item.food_id = need.foods.front();
        item.item_id = purchased.id;
        item.foods = need.foods;
        item.name = purchased.name;
        item.aisle = purchased.aisle;
        item.perishable = purchased.perishable;
        item.eaten_g = need.eaten_g;
        item.plan_g = need.plan_g;
        item.pantry_g = need.pantry_g;
        item.needed_g = std::max(0.0, item.plan_g - item.pantry_g);
        const bool staple =
            options.staples ? options.staples->count(purchased.id) != 0 : purchased.staple;
        if (staple) {
            list.staples.push_back(std::move(item));
            continue;
        }
        const auto found = options.package_prices_usd.find(purchased.id);
        const auto& prices = found == options.package_prices_usd.end() ? kNoPrices : found->second;
        std::vector<std::optional<double>> per_gram;
        for (const auto& package : purchased.packages) {
            std::optional<double> price = package.price_usd;
            if (const auto set = prices.find(package.label); set != prices.end())
                price = set->second;
            if (price) per_gram.push_back(*price / package.grams_as_bought);
        }
        if (item.needed_g >= kNegligibleGrams) {
            item.buy = choose_item_purchase(purchased, item.needed_g, prices);
        }
        if (const auto price = usd_per_gram(item.buy, per_gram)) {
            item.eaten_cost_usd = *price * item.plan_g;
            item.price_source = !prices.empty()   ? "prices file"
                                : purchased.price ? purchased.price->source
                                                  : "";
        }
        add_line(list, std::move(item));
    }
}

}  // namespace

std::vector<FieldProblem<ShoppingField>> validate_options(const ShoppingOptions& options) {
    if (options.people >= 1 && options.people <= kMaxPeople) return {};
    return {{ShoppingField::People, "must be a whole number of people from 1 to " +
                                        std::to_string(kMaxPeople) + ", got " +
                                        std::to_string(options.people)}};
}

std::vector<std::string> default_aisle_order() {
    const auto& aisles = aisles_in_store_order();
    return {aisles.begin(), aisles.end()};
}

Problems check_plan_foods(const Plan& plan, const Catalogue& catalogue,
                          std::string_view plan_label) {
    Problems problems;
    const auto foods = index_by_id(catalogue);
    for (std::size_t d = 0; d < plan.days.size(); ++d) {
        const auto& meals = plan.days[d].meals;
        for (std::size_t m = 0; m < meals.size(); ++m) {
            const auto& items = meals[m].items;
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (foods.count(items[i].food_id) != 0) continue;
                problems.push_back({std::string(plan_label) + ":/days/" + std::to_string(d) +
                                        "/meals/" + std::to_string(m) + "/items/" +
                                        std::to_string(i) + "/food_id",
                                    "food \"" + items[i].food_id + "\"" +
                                        (items[i].name.empty() ? "" : " (" + items[i].name + ")") +
                                        " is not in the catalogue"});
            }
        }
    }
    return problems;
}

Purchase choose_purchase(const Food& food, double needed_g,
                         const std::map<std::string, double>& prices) {
    Purchase purchase;
    std::vector<Candidate> candidates;
    for (const auto& package : food.packages) {
        if (!(package.grams > 0.0) || !std::isfinite(package.grams) ||
            needed_g / package.grams > kMaxUnits) {
            continue;
        }
        const int count = whole_units(needed_g, package.grams);
        const auto price = price_of(package, prices);
        candidates.push_back({&package, count, count * package.grams - needed_g,
                              price ? std::optional<double>(count * *price) : std::nullopt});
    }
    if (!candidates.empty()) {
        const bool all_priced = std::all_of(candidates.begin(), candidates.end(),
                                            [](const Candidate& c) { return c.cost_usd; });
        const auto better = [all_priced](const Candidate& a, const Candidate& b) {
            if (all_priced) {
                return std::tie(*a.cost_usd, a.leftover_g, a.count) <
                       std::tie(*b.cost_usd, b.leftover_g, b.count);
            }
            return std::tie(a.leftover_g, a.count) < std::tie(b.leftover_g, b.count);
        };
        const auto best = *std::min_element(candidates.begin(), candidates.end(), better);
        purchase.kind = BuyKind::Packages;
        purchase.count = best.count;
        purchase.package = best.package->label;
        purchase.grams = best.count * best.package->grams;
        purchase.cost_usd = best.cost_usd;
        return purchase;
    }
    if (food.countable && !food.portions.empty() && food.portions.front().grams > 0.0 &&
        needed_g / food.portions.front().grams <= kMaxUnits) {
        const auto& item = food.portions.front();
        purchase.kind = BuyKind::Items;
        purchase.count = whole_units(needed_g, item.grams);
        purchase.package = item_measure(item);
        purchase.grams = purchase.count * item.grams;
        return purchase;
    }
    purchase.kind = BuyKind::Weight;
    purchase.grams = std::ceil(needed_g - 1e-9);
    return purchase;
}

Purchase choose_item_purchase(const PurchasedItem& item, double needed_g,
                              const std::map<std::string, double>& prices) {
    struct Option {
        const PurchasePackage* package;
        int count;
        double leftover_g;
        std::optional<double> cost_usd;
    };
    std::vector<Option> options;
    for (const auto& package : item.packages) {
        if (needed_g / package.grams_as_bought > kMaxUnits) continue;
        const int count = whole_units(needed_g, package.grams_as_bought);
        std::optional<double> price = package.price_usd;
        if (const auto found = prices.find(package.label); found != prices.end()) {
            price = found->second;
        }
        options.push_back({&package, count, count * package.grams_as_bought - needed_g,
                           price ? std::optional<double>(count * *price) : std::nullopt});
    }
    Purchase purchase;
    if (options.empty()) {
        purchase.kind = BuyKind::Weight;
        purchase.grams = std::ceil(needed_g - 1e-9);
        return purchase;
    }
    const bool all_priced = std::all_of(options.begin(), options.end(),
                                        [](const Option& option) { return option.cost_usd; });
    const auto better = [all_priced](const Option& a, const Option& b) {
        if (all_priced) {
            return std::tie(*a.cost_usd, a.leftover_g, a.count) <
                   std::tie(*b.cost_usd, b.leftover_g, b.count);
        }
        return std::tie(a.leftover_g, a.count) < std::tie(b.leftover_g, b.count);
    };
    const auto best = *std::min_element(options.begin(), options.end(), better);
    const bool single_units = best.package->count == 1 && item.unit_label.has_value();
    purchase.kind = single_units ? BuyKind::Items : BuyKind::Packages;
    purchase.count = best.count;
    purchase.package = !single_units     ? best.package->label
                       : best.count == 1 ? *item.unit_label
                                         : plural_noun(*item.unit_label);
    purchase.grams = best.count * best.package->grams_as_bought;
    purchase.cost_usd = best.cost_usd;
    return purchase;
}

ShoppingList build_shopping_list(const Plan& plan, const Catalogue& catalogue,
                                 const ShoppingOptions& options) {
    ShoppingList list;
    list.people = options.people;
    list.days = static_cast<int>(plan.days.size());
    list.thrifty = options.thrifty;
    list.thrifty_note = options.thrifty_note;

    // Plan totals per food (the order is only for the unknown foods; the list itself is
    // sorted below).
    const auto foods = index_by_id(catalogue);
    std::map<FoodId, double> plan_grams;
    for (const auto& day : plan.days) {
        for (const auto& meal : day.meals) {
            for (const auto& item : meal.items) {
                const bool known =
                    foods.count(item.food_id) != 0 &&
                    (options.purchases == nullptr || options.purchases->foods.count(item.food_id));
                if (!known) {
                    if (std::find(list.unknown_foods.begin(), list.unknown_foods.end(),
                                  item.food_id) == list.unknown_foods.end()) {
                        list.unknown_foods.push_back(item.food_id);
                    }
                    continue;
                }
                plan_grams[item.food_id] += item.grams;
            }
        }
    }

    if (options.purchases != nullptr) {
        list_purchased_items(list, plan_grams, *options.purchases, options);
    } else {
        list_catalogue_foods(list, plan_grams, foods, options);
    }

    // Store order: the position of the aisle in the order, unknown aisles after it by
    // name; within an aisle by name.
    const auto order = options.aisle_order.empty() ? default_aisle_order() : options.aisle_order;
    std::map<std::string, std::size_t> rank;
    for (std::size_t i = 0; i < order.size(); ++i) rank.emplace(lowercase(order[i]), i);
    const auto sort_key = [&rank](const ShoppingItem& item) {
        const auto aisle = lowercase(item.aisle);
        const auto found = rank.find(aisle);
        const std::size_t position =
            found == rank.end() ? std::numeric_limits<std::size_t>::max() : found->second;
        return std::make_tuple(position, aisle, lowercase(item.name), item.food_id);
    };
    const auto by_store_order = [&sort_key](const ShoppingItem& a, const ShoppingItem& b) {
        return sort_key(a) < sort_key(b);
    };
    std::sort(list.items.begin(), list.items.end(), by_store_order);
    std::sort(list.covered.begin(), list.covered.end(), by_store_order);
    std::sort(list.staples.begin(), list.staples.end(), by_store_order);
    return list;
}

}  // namespace mealplan
