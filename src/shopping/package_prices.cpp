#include "shopping/package_prices.hpp"

#include "core/csv.hpp"
#include "core/files.hpp"
#include "core/text.hpp"
#include "shopping/food_reference.hpp"

namespace mealplan {
namespace {

std::string labels_of(const Food& food) {
    std::string text;
    for (const auto& package : food.packages) {
        text += (text.empty() ? "\"" : ", \"") + package.label + "\"";
    }
    return text;
}

}  // namespace

Result<PackagePrices> parse_package_prices(std::string_view text, std::string_view file_label,
                                           const Catalogue& catalogue) {
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
        if (!price || *price < 0.0) {
            problems.push_back({where, "price \"" + price_text + "\" must be a number ≥ 0"});
        }
        auto food = find_food(catalogue, row.fields[0]);
        if (!food) {
            problems.push_back({where, food.problems().front().what});
            continue;
        }
        const auto wanted = lowercase(trimmed(row.fields[1]));
        const Package* package = nullptr;
        for (const auto& candidate : (*food)->packages) {
            if (lowercase(candidate.label) == wanted) package = &candidate;
        }
        if (package == nullptr) {
            problems.push_back({where, "the catalogue has no package \"" + trimmed(row.fields[1]) +
                                           "\" for " + (*food)->name +
                                           ((*food)->packages.empty()
                                                ? ": it has no packages"
                                                : ": its packages are " + labels_of(**food))});
            continue;
        }
        if (price && *price >= 0.0) prices[(*food)->id][package->label] = *price;
    }
    if (!problems.empty()) return problems;
    return prices;
}

Result<PackagePrices> load_package_prices(const std::filesystem::path& path,
                                          const Catalogue& catalogue) {
    constexpr std::size_t kMaxPriceFileBytes = std::size_t{16} << 20;
    auto text = read_file(path, kMaxPriceFileBytes);
    if (!text) return std::move(text).problems();
    return parse_package_prices(*text, path.string(), catalogue);
}

}  // namespace mealplan
