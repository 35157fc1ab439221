#include "cli/request_options.hpp"

#include "core/enum_names.hpp"

namespace mealplan::cli {
namespace {

// One entry per field, in the enum's order (checked where the tables are used).
constexpr auto kProfileOptions = make_enum_names<ProfileField>({
    {ProfileField::Sex, "--sex"},
    {ProfileField::Age, "--age"},
    {ProfileField::Pregnant, "--pregnant"},
    {ProfileField::Lactating, "--lactating"},
    {ProfileField::EnergyKcal, "--kcal"},
    {ProfileField::WeightKg, "--weight-kg"},
    {ProfileField::HeightCm, "--height-cm"},
    {ProfileField::Activity, "--activity"},
});
static_assert(kProfileOptions.lists_every_value_in_order());

constexpr auto kPlanOptions = make_enum_names<PlanField>({
    {PlanField::Days, "--days"},
    {PlanField::Coverage, "--coverage"},
    {PlanField::MaxRepeats, "--max-repeats"},
    {PlanField::TimeLimit, "--time-limit"},
    {PlanField::Gap, "--gap"},
    {PlanField::Exclude, "--exclude"},
    {PlanField::AllowSupplements, "--allow-supplements"},
    {PlanField::From, "--from"},
    {PlanField::Swap, "--swap"},
    {PlanField::Keep, "--keep"},
});
static_assert(kPlanOptions.lists_every_value_in_order());

constexpr auto kShoppingOptions = make_enum_names<ShoppingField>({
    {ShoppingField::People, "--people"},
});
static_assert(kShoppingOptions.lists_every_value_in_order());

}  // namespace

std::string_view option_for(ProfileField field) {
    return kProfileOptions.name(field);
}

std::string_view option_for(PlanField field) {
    return kPlanOptions.name(field);
}

std::string_view option_for(ShoppingField field) {
    return kShoppingOptions.name(field);
}

}  // namespace mealplan::cli
