#pragma once
// The two forms of the listings that have no page layout of their own (`mealplan targets`,
// `mealplan foods`): aligned text for people, JSON for programs.

#include "core/enum_names.hpp"

namespace mealplan {

enum class ListingFormat { Text, Json };

template <>
inline constexpr auto kEnumNames<ListingFormat> =
    make_enum_names<ListingFormat>({{ListingFormat::Text, "text"}, {ListingFormat::Json, "json"}});

}  // namespace mealplan
