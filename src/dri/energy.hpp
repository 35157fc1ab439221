#pragma once
// Estimated Energy Requirements (EER) from the Institute of Medicine equations, and the
// DRI reference body sizes used when a person's own are not given. Source: Institute of
// Medicine, Dietary Reference Intakes for Energy, Carbohydrate, Fiber, Fat, Fatty Acids,
// Cholesterol, Protein, and Amino Acids (2002/2005), chapter 5 (EER equations for
// normal-weight people, physical activity coefficients, pregnancy and lactation) and
// Table 1-1 (reference heights and weights, from the CDC/NCHS 2000 growth charts).

#include "dri/dri_table.hpp"
#include "dri/targets.hpp"

namespace mealplan {

/// A DRI reference height and weight.
struct ReferenceBody {
    double height_cm = 0.0;
    double weight_kg = 0.0;
};

/// The DRI reference body for a sex and age (1 year and up). The reference for ages
/// 19-30 applies to every adult age, as in the DRI reports.
ReferenceBody reference_body(Sex sex, double age_years);

/// The physical activity coefficient (PA) of the EER equation for this sex and age
/// (children 3-18 and adults have different coefficients; under 3 the equation has none).
double activity_coefficient(Sex sex, double age_years, ActivityLevel activity);

/// The EER in kcal/day of a person who is neither pregnant nor lactating, from age 1:
/// under 3 years 89 × weight − 100 + 20 (activity not used); 3-18 years the boys' or
/// girls' equation plus 20 (3-8) or 25 (9-18) kcal for growth; 19 and up the men's or
/// women's equation. Weight in kg, height in cm.
double estimated_energy_requirement_kcal(Sex sex, double age_years, double weight_kg,
                                         double height_cm, ActivityLevel activity);

/// What pregnancy or lactation adds to the EER, in kcal/day. The trimester and the months
/// since birth are not asked, so the increments are those of the second trimester (+340;
/// the first adds 0 and the third +452) and of the first six months of lactation (+330;
/// +400 after that).
double condition_extra_kcal(LifeStageCondition condition);

}  // namespace mealplan
