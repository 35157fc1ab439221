#pragma once
// How a food is served, where it matters for food safety (data/README.md, "Food safety by
// life stage"): raw or cooked for the raw-food rules, the cut or form for the choking
// rules. Dish ingredients and side foods may say it (`as_served`); without it a food is
// served as its SR28 description says.

#include "core/enum_names.hpp"

namespace mealplan {

enum class Preparation {
    Raw,
    Cooked,
    Whole,
    Chunks,
    Sliced,
    Quartered,
    Grated,
    Mashed,
    Ground,
    ChoppedFine,
    ThinlySpread,
    Spoonful,
};

/// The words of `as_served` in dishes.json, sides.json and safety-rules.json.
template <>
inline constexpr auto kEnumNames<Preparation> = make_enum_names<Preparation>({
    {Preparation::Raw, "raw"},
    {Preparation::Cooked, "cooked"},
    {Preparation::Whole, "whole"},
    {Preparation::Chunks, "chunks"},
    {Preparation::Sliced, "sliced"},
    {Preparation::Quartered, "quartered"},
    {Preparation::Grated, "grated"},
    {Preparation::Mashed, "mashed"},
    {Preparation::Ground, "ground"},
    {Preparation::ChoppedFine, "chopped fine"},
    {Preparation::ThinlySpread, "thinly spread"},
    {Preparation::Spoonful, "spoonful"},
});

}  // namespace mealplan
