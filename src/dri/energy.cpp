#include "dri/energy.hpp"

namespace mealplan {

ReferenceBody reference_body(Sex sex, double age_years) {
    if (age_years < 4) return {86.0, 12.0};
    if (age_years < 9) return {115.0, 20.0};
    const bool male = sex == Sex::Male;
    if (age_years < 14) return male ? ReferenceBody{144.0, 36.0} : ReferenceBody{144.0, 37.0};
    if (age_years < 19) return male ? ReferenceBody{174.0, 61.0} : ReferenceBody{163.0, 54.0};
    return male ? ReferenceBody{177.0, 70.0} : ReferenceBody{163.0, 57.0};
}

double activity_coefficient(Sex sex, double age_years, ActivityLevel activity) {
    // Sedentary, low active, active, very active.
    static constexpr double kBoys[] = {1.00, 1.13, 1.26, 1.42};
    static constexpr double kGirls[] = {1.00, 1.16, 1.31, 1.56};
    static constexpr double kMen[] = {1.00, 1.11, 1.25, 1.48};
    static constexpr double kWomen[] = {1.00, 1.12, 1.27, 1.45};
    const auto level = static_cast<std::size_t>(activity);
    if (age_years < 3) return 1.0;
    if (age_years < 19) return sex == Sex::Male ? kBoys[level] : kGirls[level];
    return sex == Sex::Male ? kMen[level] : kWomen[level];
}

double estimated_energy_requirement_kcal(Sex sex, double age_years, double weight_kg,
                                         double height_cm, ActivityLevel activity) {
    const double height_m = height_cm / 100.0;
    const double pa = activity_coefficient(sex, age_years, activity);
    if (age_years < 3) return 89.0 * weight_kg - 100.0 + 20.0;
    if (age_years < 19) {
        const double growth_kcal = age_years < 9 ? 20.0 : 25.0;
        if (sex == Sex::Male) {
            return 88.5 - 61.9 * age_years + pa * (26.7 * weight_kg + 903.0 * height_m) +
                   growth_kcal;
        }
        return 135.3 - 30.8 * age_years + pa * (10.0 * weight_kg + 934.0 * height_m) + growth_kcal;
    }
    if (sex == Sex::Male) {
        return 662.0 - 9.53 * age_years + pa * (15.91 * weight_kg + 539.6 * height_m);
    }
    return 354.0 - 6.91 * age_years + pa * (9.36 * weight_kg + 726.0 * height_m);
}

double condition_extra_kcal(LifeStageCondition condition) {
    switch (condition) {
        case LifeStageCondition::None:
            return 0.0;
        case LifeStageCondition::Pregnancy:
            return 340.0;
        case LifeStageCondition::Lactation:
            return 330.0;
    }
    return 0.0;
}

}  // namespace mealplan
