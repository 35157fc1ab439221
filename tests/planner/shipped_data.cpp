#include "shipped_data.hpp"

#include <stdexcept>
#include <string>

#include "dri/dri_table.hpp"

namespace mealplan::testing {

const Shipped& shipped() {
    static const Shipped data = [] {
        const std::string dir = MEALPLAN_DATA_DIR;
        Shipped loaded;
        auto catalogue = load_catalogue(dir + "/foods.json");
        if (!catalogue) throw std::runtime_error(to_string(catalogue.problems().front()));
        loaded.catalogue = std::move(catalogue).value();
        auto dishes = load_dishes(dir + "/dishes.json", loaded.catalogue);
        if (!dishes) throw std::runtime_error(to_string(dishes.problems().front()));
        loaded.dishes = planner_dishes(*dishes);
        auto rules = load_food_rules(dir, loaded.catalogue);
        if (!rules) throw std::runtime_error(to_string(rules.problems().front()));
        loaded.rules = std::move(rules).value();
        return loaded;
    }();
    return data;
}

Targets shipped_targets(const Profile& profile) {
    static const DriTable table = [] {
        auto loaded = load_dri(std::string(MEALPLAN_DATA_DIR) + "/dri.json");
        if (!loaded) throw std::runtime_error(to_string(loaded.problems().front()));
        return std::move(loaded).value();
    }();
    auto targets = targets_for(table, profile);
    if (!targets) throw std::runtime_error(targets.problems().front().what);
    return std::move(targets).value();
}

Profile person(double age, bool pregnant, Sex sex) {
    Profile profile;
    profile.sex = sex;
    profile.age_years = age;
    profile.pregnant = pregnant;
    return profile;
}

}  // namespace mealplan::testing
