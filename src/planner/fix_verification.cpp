#include "planner/fix_verification.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include "planner/food_filter.hpp"
#include "planner/planner.hpp"
#include "planner/supplements.hpp"

namespace mealplan {
namespace {

/// A screening plan: at most two days of the request (as the diagnosis's relaxations),
/// with a budget enough to find whether every target can be met, not to polish the plan.
/// A week costs several seconds to plan, a two-day screen a fraction of that; the full
/// request verifies the joint fix.
constexpr int kScreenDays = 2;
constexpr double kScreenSeconds = 2.0;
constexpr double kScreenGap = 0.05;
/// At most this many changes make up the joint fix.
constexpr int kJointSteps = 4;
/// When the joint fix found on screens falls short on the full request: full plans tried
/// for each further change, the best screened first.
constexpr std::size_t kFullPlansPerStep = 2;

/// Diets from narrowest to broadest: each allows every food of the ones before it.
constexpr Diet kDietOrder[] = {Diet::Vegan, Diet::Vegetarian, Diet::Pescatarian, Diet::Omnivore};

/// The shortfalls of one plan made with a change, and how much is missing in all.
struct Trial {
    bool planned = false;         ///< a plan was made (with or without shortfalls)
    std::set<Nutrient> short_of;  ///< nutrients it misses
    double missing_share = 0.0;   ///< Σ missing / target over them
    bool meets_every_target() const { return planned && short_of.empty(); }
    /// Fewer shortfalls first, then less missing.
    bool better_than(const Trial& other) const {
        if (planned != other.planned) return planned;
        if (short_of.size() != other.short_of.size())
            return short_of.size() < other.short_of.size();
        return missing_share < other.missing_share - 1e-9;
    }
};

std::vector<FoodId> foods_matched(const Catalogue& catalogue, const std::string& text) {
    const auto matched = resolve_exclusions(catalogue, {text});
    if (!matched) return {};
    return {matched->begin(), matched->end()};
}

/// Changes of the same kind replace each other (one diet, one repeat cap); others add up.
std::vector<Fix> with_change(std::vector<Fix> changes, const Fix& change) {
    const bool replaces = std::holds_alternative<ChangeDiet>(change) ||
                          std::holds_alternative<RaiseRepeatCap>(change);
    if (replaces) {
        std::erase_if(changes, [&](const Fix& fix) { return fix.index() == change.index(); });
    }
    if (std::find(changes.begin(), changes.end(), change) == changes.end())
        changes.push_back(change);
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Fix& a, const Fix& b) { return a.index() < b.index(); });
    return changes;
}

/// Plans a request with changes applied, counting what it costs, and compares the
/// result with the shortfalls of the plan being fixed.
class FixChecker {
  public:
    FixChecker(const PlanRequest& request, const Catalogue& catalogue,
               const std::vector<PlannerDish>& dishes, const FoodRules& rules,
               const Targets& targets, const PlanResult& result)
        : request_(request),
          catalogue_(catalogue),
          dishes_(dishes),
          rules_(rules),
          targets_(targets) {
        for (const Shortfall& shortfall : result.shortfalls) {
            original_.insert(shortfall.nutrient);
            original_trial_.short_of.insert(shortfall.nutrient);
            original_trial_.missing_share +=
                shortfall.target > 0.0 ? shortfall.missing / shortfall.target : 0.0;
        }
        original_trial_.planned = true;
    }

    const Trial& original() const { return original_trial_; }
    PlanRequest changed_request(const std::vector<Fix>& changes) const {
        return apply_fixes(request_, changes, catalogue_);
    }
    FixCheckCost cost() const { return cost_; }

    /// A plan of the request with `changes`: at the reduced budget, or the request's own.
    Trial plan_with(const std::vector<Fix>& changes, bool full_budget) {
        PlanRequest changed = changed_request(changes);
        changed.diagnose = false;
        changed.progress = nullptr;
        if (!full_budget) {
            changed.days = std::min(changed.days, kScreenDays);
            changed.time_limit_seconds = std::min(changed.time_limit_seconds, kScreenSeconds);
            changed.relative_gap = std::max(changed.relative_gap, kScreenGap);
            // Whether every target can be met is settled by the plan of least shortfall;
            // polishing it took nine tenths of a screen's time.
            changed.polish = false;
        }
        const auto started = std::chrono::steady_clock::now();
        const auto outcome = plan_meals(changed, catalogue_, dishes_, rules_, targets_);
        cost_.plans += 1;
        cost_.seconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        Trial trial;
        if (!outcome || outcome->result.status == PlanStatus::NoPlan ||
            outcome->result.status == PlanStatus::TimeLimit) {
            return trial;
        }
        trial.planned = true;
        for (const Shortfall& shortfall : outcome->result.shortfalls) {
            trial.short_of.insert(shortfall.nutrient);
            trial.missing_share +=
                shortfall.target > 0.0 ? shortfall.missing / shortfall.target : 0.0;
        }
        return trial;
    }

    /// `changes` as a fix, with what `trial` closes and opens.
    CheckedFix describe(const std::vector<Fix>& changes, const Trial& trial, bool verified) const {
        CheckedFix fix;
        fix.changes = changes;
        for (Nutrient nutrient : original_) {
            if (trial.planned && trial.short_of.count(nutrient) == 0)
                fix.closes.push_back(nutrient);
        }
        for (Nutrient nutrient : trial.short_of) {
            if (original_.count(nutrient) == 0) fix.opens.push_back(nutrient);
        }
        fix.verified = verified && trial.meets_every_target();
        return fix;
    }

  private:
    const PlanRequest& request_;
    const Catalogue& catalogue_;
    const std::vector<PlannerDish>& dishes_;
    const FoodRules& rules_;
    const Targets& targets_;
    std::set<Nutrient> original_;
    Trial original_trial_;
    FixCheckCost cost_;
};

/// The changes worth trying for a joint fix of `short_of` from `changed` (the request
/// with the changes so far): every fix the diagnosis proposed, and each single step that
/// loosens a rule of the request.
std::vector<Fix> joint_candidates(const PlanRequest& changed, const std::vector<Fix>& proposed,
                                  const std::set<Nutrient>& short_of) {
    std::vector<Fix> candidates = proposed;
    const auto add = [&](Fix fix) {
        if (std::find(candidates.begin(), candidates.end(), fix) == candidates.end())
            candidates.push_back(std::move(fix));
    };
    AllowFoods every_food;
    for (const Fix& fix : proposed) {
        if (const auto* foods = std::get_if<AllowFoods>(&fix)) {
            for (std::size_t i = 0; i < foods->food_ids.size(); ++i) {
                if (std::find(every_food.food_ids.begin(), every_food.food_ids.end(),
                              foods->food_ids[i]) != every_food.food_ids.end())
                    continue;
                every_food.food_ids.push_back(foods->food_ids[i]);
                every_food.names.push_back(foods->names[i]);
            }
        }
    }
    if (every_food.food_ids.size() > 1) add(every_food);
    for (Allergen allergen : changed.avoid) add(StopAvoiding{allergen});
    if (changed.days > 1 && changed.coverage == CoverageMode::Daily) add(UseWeeklyCoverage{});
    if (changed.days > 1 && changed.max_repeats < (changed.days + 1) / 2)
        add(RaiseRepeatCap{changed.max_repeats + 1});
    const bool supplements_help =
        std::any_of(short_of.begin(), short_of.end(), some_supplement_supplies);
    if (!changed.allow_supplements && supplements_help) add(AllowSupplements{});
    const auto diet = std::find(std::begin(kDietOrder), std::end(kDietOrder), changed.diet);
    if (diet != std::end(kDietOrder) && diet + 1 != std::end(kDietOrder))
        add(ChangeDiet{*(diet + 1)});
    std::erase_if(candidates, [&](const Fix& fix) {
        if (const auto* diet_change = std::get_if<ChangeDiet>(&fix)) {
            const auto to =
                std::find(std::begin(kDietOrder), std::end(kDietOrder), diet_change->diet);
            return to <= diet;
        }
        if (const auto* cap = std::get_if<RaiseRepeatCap>(&fix))
            return cap->max_repeats <= changed.max_repeats;
        if (std::holds_alternative<AllowSupplements>(fix)) return changed.allow_supplements;
        if (std::holds_alternative<UseWeeklyCoverage>(fix))
            return changed.coverage == CoverageMode::Weekly;
        return false;
    });
    return candidates;
}

/// Each proposed fix planned with once at the reduced budget, in the order proposed.
struct Screened {
    std::vector<Fix> fixes;
    std::vector<Trial> trials;
    const Trial* find(const Fix& fix) const {
        const auto at = std::find(fixes.begin(), fixes.end(), fix);
        return at == fixes.end() ? nullptr : &trials[static_cast<std::size_t>(at - fixes.begin())];
    }
};

Screened screen_proposals(FixChecker& checker, const PlanResult& result) {
    Screened screened;
    for (const Diagnosis& diagnosis : result.diagnosis) {
        for (const CheckedFix& fix : diagnosis.fixes) {
            for (const Fix& change : fix.changes) {
                if (screened.find(change) != nullptr) continue;
                screened.fixes.push_back(change);
                screened.trials.push_back(checker.plan_with({change}, false));
            }
        }
    }
    return screened;
}

/// Keeps each diagnosis's fixes whose screening plan closes its shortfall, with what
/// that plan closes and opens; not yet verified (only the joint fix is planned in full).
void check_single_fixes(const FixChecker& checker, const Screened& screened, PlanResult& result) {
    for (Diagnosis& diagnosis : result.diagnosis) {
        std::vector<CheckedFix> kept;
        for (const CheckedFix& proposal : diagnosis.fixes) {
            const Trial* screen = screened.find(proposal.changes.front());
            if (screen == nullptr || !screen->planned ||
                screen->short_of.count(diagnosis.nutrient) > 0)
                continue;
            kept.push_back(checker.describe(proposal.changes, *screen, false));
        }
        diagnosis.fixes = std::move(kept);
    }
}

/// The joint fix, when it is a single change, verifies that change where it is offered.
void share_verification(const CheckedFix& joint, PlanResult& result) {
    if (joint.changes.size() != 1) return;
    for (Diagnosis& diagnosis : result.diagnosis) {
        for (CheckedFix& fix : diagnosis.fixes) {
            if (fix.changes == joint.changes) fix = joint;
        }
    }
}

/// The joint fix so far and the plan made with it.
struct JointSearch {
    std::vector<Fix> changes;
    Trial trial;
};

/// Greedy: from `search`, add the change whose plan leaves the fewest shortfalls, until
/// none is left, no change helps, or kJointSteps changes are made. Every candidate is
/// screened; with `full_budget` the best screened candidates are then planned on the full
/// request, best first, at most kFullPlansPerStep of them, and the first that improves on
/// the plan so far is taken (a full plan of a week costs several screens: the screens
/// choose, the full plans decide; the last plan taken verifies the result).
void extend_joint_fix(FixChecker& checker, const Screened& screened, bool full_budget,
                      JointSearch& search) {
    while (static_cast<int>(search.changes.size()) < kJointSteps &&
           !search.trial.meets_every_target()) {
        const PlanRequest changed = checker.changed_request(search.changes);
        std::vector<JointSearch> options;
        for (const Fix& candidate :
             joint_candidates(changed, screened.fixes, search.trial.short_of)) {
            std::vector<Fix> trying = with_change(search.changes, candidate);
            if (trying == search.changes) continue;
            const Trial* known = search.changes.empty() ? screened.find(candidate) : nullptr;
            Trial screen = known != nullptr ? *known : checker.plan_with(trying, false);
            options.push_back(JointSearch{std::move(trying), std::move(screen)});
        }
        std::stable_sort(options.begin(), options.end(),
                         [](const JointSearch& a, const JointSearch& b) {
                             return a.trial.better_than(b.trial);
                         });
        std::optional<JointSearch> best;
        if (!full_budget) {
            if (!options.empty() && options.front().trial.better_than(search.trial))
                best = std::move(options.front());
        } else {
            for (std::size_t i = 0; i < options.size() && i < kFullPlansPerStep; ++i) {
                Trial trial = checker.plan_with(options[i].changes, true);
                if (!trial.better_than(search.trial)) continue;
                best = JointSearch{std::move(options[i].changes), std::move(trial)};
                break;
            }
        }
        if (!best) break;
        search = std::move(*best);
    }
}

/// The joint fix: found on screens, planned on the full request; when that plan still
/// falls short, the search goes on with full plans from there.
std::optional<CheckedFix> find_joint_fix(FixChecker& checker, const Screened& screened) {
    JointSearch search{{}, checker.original()};
    extend_joint_fix(checker, screened, false, search);
    if (search.changes.empty()) return std::nullopt;
    search.trial = checker.plan_with(search.changes, true);
    extend_joint_fix(checker, screened, true, search);
    CheckedFix joint = checker.describe(search.changes, search.trial, true);
    if (joint.closes.empty()) return std::nullopt;
    return joint;
}

}  // namespace

PlanRequest apply_fixes(PlanRequest request, const std::vector<Fix>& changes,
                        const Catalogue& catalogue) {
    for (const Fix& change : changes) {
        if (const auto* foods = std::get_if<AllowFoods>(&change)) {
            const std::set<FoodId> allowed(foods->food_ids.begin(), foods->food_ids.end());
            std::vector<std::string> exclude;
            for (const std::string& text : request.exclude) {
                const std::vector<FoodId> matched = foods_matched(catalogue, text);
                const bool touched =
                    std::any_of(matched.begin(), matched.end(),
                                [&](const FoodId& id) { return allowed.count(id); });
                if (!touched) {
                    exclude.push_back(text);
                    continue;
                }
                for (const FoodId& id : matched) {
                    const bool listed =
                        std::find(exclude.begin(), exclude.end(), id) != exclude.end();
                    if (allowed.count(id) == 0 && !listed) exclude.push_back(id);
                }
            }
            request.exclude = std::move(exclude);
        } else if (const auto* allergen = std::get_if<StopAvoiding>(&change)) {
            std::erase(request.avoid, allergen->allergen);
        } else if (std::holds_alternative<UseWeeklyCoverage>(change)) {
            request.coverage = CoverageMode::Weekly;
        } else if (const auto* cap = std::get_if<RaiseRepeatCap>(&change)) {
            request.max_repeats = std::max(request.max_repeats, cap->max_repeats);
        } else if (std::holds_alternative<AllowSupplements>(change)) {
            request.allow_supplements = true;
        } else if (const auto* diet = std::get_if<ChangeDiet>(&change)) {
            request.diet = diet->diet;
        }
    }
    return request;
}

FixCheckCost check_fixes(const PlanRequest& request, const Catalogue& catalogue,
                         const std::vector<PlannerDish>& dishes, const FoodRules& rules,
                         const Targets& targets, PlanResult& result) {
    FixChecker checker(request, catalogue, dishes, rules, targets, result);
    const Screened screened = screen_proposals(checker, result);
    check_single_fixes(checker, screened, result);
    result.fix = find_joint_fix(checker, screened);
    if (result.fix) share_verification(*result.fix, result);
    return checker.cost();
}

}  // namespace mealplan
