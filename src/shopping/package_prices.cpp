#include "shopping/package_prices.hpp"

#include "core/csv.hpp"
#include "core/files.hpp"
#include "core/text.hpp"
#include "shopping/food_reference.hpp"

namespace mealplan {
namespace {

std::string quoted_list(const std::vector<std::string>& labels) {
    std::string text;
    for (const auto& label : labels) text += (text.empty() ? "\"" : ", \"") + label + "\"";
    return text;
}

/// What a price line sets the price of: a purchased item or a catalogue food.
struct PricedThing {
    std::string id;
    std::string name;
    std::vector<std::string> labels;  ///< its package labels
};

Result<PricedThing> priced_thing(const Catalogue& catalogue, const Purchases* purchases,
                                 std::string_view reference) {
    if (purchases != nullptr) {
        const PurchasedItem* item = purchases->find_item(trimmed(reference));
        if (item == nullptr) {
            auto food = find_food(catalogue, reference);
            if (!food) return std::move(food).problems();
            if (const auto link = purchases->foods.find((*food)->id);
                link != purchases->foods.end()) {
                item = &purchases->items[link->second.item];
            }
        }
        if (item != nullptr) {
            PricedThing thing{item->id, item->name, {}};
            for (const auto& package : item->packages) thing.labels.push_back(package.label);
            return thing;
        }
    }
    auto food = find_food(catalogue, reference);
    if (!food) return std::move(food).problems();
    PricedThing thing{(*food)->id, (*food)->name, {}};
    for (const auto& package : (*food)->packages) thing.labels.push_back(package.label);
    return thing;
}

}  // namespace

Result<PackagePrices> parse_package_prices(std::string_view text, std::string_view file_label,
                                           const Catalogue& catalogue, const Purchases* purchases) {
    const std::string label(file_label);
    auto rows = parse_csv(text, label);
    if (!rows) return std::move(rows).problems();
    if (rows->empty())
        return Problem{label + ":1", "empty: expected the header food,package,price_usd"};
    const auto& header = rows->front().fields;
    if (header.size() != 3 || lowercase(trimmed(header[0])) != "food" ||
        lowercase(trimmed(header[1])) != "package" ||
        lowercase(trimmed(header[2])) != "price_usd") {
        return Problem{label + ":" + std::to_string(rows->front().line),
                       "the first line must be the header food,package,price_usd"};
    }
    Problems problems;
    PackagePrices prices;
    for (std::size_t r = 1; r < rows->size(); ++r) {
        const auto& row = (*rows)[r];
        const std::string where = label + ":" + std::to_string(row.line);
        if (row.fields.size() != 3) {
            problems.push_back({where, "expected food,package,price_usd but found " +
                                           std::to_string(row.fields.size()) + " fields"});
            continue;
        }
        const auto price_text = trimmed(row.fields[2]);
        const auto price = parse_number<double>(price_text);
        const bool price_ok = price && *price >= 0.0 && *price <= kMaxPackagePriceUsd;
        if (!price_ok) {
            problems.push_back({where, "price \"" + std::string(price_text).substr(0, 40) +
                                           "\" must be a number of dollars from 0 to " +
                                           std::to_string(static_cast<int>(kMaxPackagePriceUsd))});
        }
        auto thing = priced_thing(catalogue, purchases, row.fields[0]);
        if (!thing) {
            problems.push_back({where, thing.problems().front().what});
            continue;
        }
        const auto wanted = lowercase(trimmed(row.fields[1]));
        const std::string* package = nullptr;
        for (const auto& candidate : thing->labels) {
            if (lowercase(candidate) == wanted) package = &candidate;
        }
        if (package == nullptr) {
            problems.push_back(
                {where,
                 "no package \"" + trimmed(row.fields[1]) + "\" for " + thing->name +
                     (thing->labels.empty() ? ": it has no packages"
                                            : ": its packages are " + quoted_list(thing->labels))});
            continue;
        }
        if (price_ok) prices[thing->id][*package] = *price;
    }
    if (!problems.empty()) return problems;
    return prices;
}

Result<PackagePrices> load_package_prices(const std::filesystem::path& path,
                                          const Catalogue& catalogue, const Purchases* purchases) {
    constexpr std::size_t kMaxPriceFileBytes = std::size_t{16} << 20;
    auto text = read_file(path, kMaxPriceFileBytes);
    if (!text) return std::move(text).problems();
    return parse_package_prices(*text, path.string(), catalogue, purchases);
}

}  // namespace mealplan
