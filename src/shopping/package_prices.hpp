#pragma once
// Package prices from a CSV file (food,package,price_usd), replacing the catalogue's.

#include <filesystem>
#include <string_view>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan {

/// Parses price CSV with the header "food,package,price_usd": the food by NDB number or
/// name, the package by its label in the catalogue (without regard to case), the price a
/// number ≥ 0. Every problem is reported at "<file_label>:<line>".
Result<PackagePrices> parse_package_prices(std::string_view text, std::string_view file_label,
                                           const Catalogue& catalogue);

Result<PackagePrices> load_package_prices(const std::filesystem::path& path,
                                          const Catalogue& catalogue);

}  // namespace mealplan
