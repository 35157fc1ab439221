#pragma once
// Which purchased items a household keeps at home (salt, oil, spices), from a staples
// file: one item per line. They are listed apart as "check you have", not bought.

#include <filesystem>
#include <set>
#include <string>
#include <string_view>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "shopping/purchases.hpp"

namespace mealplan {

/// Parses a staples file: one purchased item per line, by its id ("olive-oil") or name
/// (without regard to case), or by a catalogue food it is bought as (NDB number or
/// name); surrounding spaces dropped, blank lines and lines starting with "#" skipped. The
/// line "none" names no item: a file of only "none" means everything is bought. A file
/// with no line at all is refused (an empty file is more often a mistake). Returns the
/// item ids; every line naming nothing known is a problem at "<file_label>:<line>".
Result<std::set<std::string>> parse_staples(std::string_view text, std::string_view file_label,
                                            const Purchases& purchases, const Catalogue& catalogue);

Result<std::set<std::string>> load_staples(const std::filesystem::path& path,
                                           const Purchases& purchases, const Catalogue& catalogue);

}  // namespace mealplan
