#include "cli/fix_words.hpp"

#include "cli/request_options.hpp"

namespace mealplan::cli {
namespace {

struct Words {
    Nutrient nutrient;

    std::string operator()(const AllowFoods& fix) const {
        if (fix.food_ids.size() == 1)
            return "allow " + fix.names.front() + " (" + fix.food_ids.front() + ")";
        return "allow the excluded foods richest in " + std::string(info(nutrient).label) + " (" +
               fix.names.front() + ", …)";
    }
    std::string operator()(const StopAvoiding& fix) const {
        return "stop avoiding " + std::string(to_string(fix.allergen));
    }
    std::string operator()(const UseWeeklyCoverage&) const {
        return std::string(option_for(PlanField::Coverage)) + " " +
               std::string(to_string(CoverageMode::Weekly));
    }
    std::string operator()(const RaiseRepeatCap& fix) const {
        return std::string(option_for(PlanField::MaxRepeats)) + " " +
               std::to_string(fix.max_repeats);
    }
    std::string operator()(const AllowSupplements&) const {
        return std::string(option_for(PlanField::AllowSupplements));
    }
    std::string operator()(const ChangeDiet& fix) const {
        return "a " + std::string(to_string(fix.diet)) + " diet";
    }
};

}  // namespace

std::string fix_words(const Fix& fix, Nutrient nutrient) {
    return std::visit(Words{nutrient}, fix);
}

}  // namespace mealplan::cli
