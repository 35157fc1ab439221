#pragma once
// Package prices from a CSV file (food,package,price_usd), replacing the shipped ones.

#include <filesystem>
#include <string_view>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan {

/// Parses price CSV with the header "food,package,price_usd": the food by NDB number or
/// name (with `purchases`, also a purchased item's id; a food stands for the item it is
/// bought as), the package by its label (without regard to case) among the packages of
/// the food in the catalogue, or of the item, the price a number from 0 to
/// kMaxPackagePriceUsd. Every problem is reported at "<file_label>:<line>". The prices
/// are keyed by the item's id with `purchases`, else by the food's id.
Result<PackagePrices> parse_package_prices(std::string_view text, std::string_view file_label,
                                           const Catalogue& catalogue,
                                           const Purchases* purchases = nullptr);

Result<PackagePrices> load_package_prices(const std::filesystem::path& path,
                                          const Catalogue& catalogue,
                                          const Purchases* purchases = nullptr);

}  // namespace mealplan
