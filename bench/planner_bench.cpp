// Benchmarks of planning (docs/ARCHITECTURE.md, "Performance"): `mealplan week` end to end from the
// shipped data (load, plan, render) and the plan solve alone, for the reference adult. Build with
// the `bench` preset (MEALPLAN_BUILD_BENCHMARKS); compare_week_lp.sh compares the exported week
// model against glpsol and cbc.

#include <benchmark/benchmark.h>

#include "catalogue/catalogue.hpp"
#include "cli/fix_words.hpp"
#include "dishes/dishes_json.hpp"
#include "dri/dri_table.hpp"
#include "food_rules/food_rules.hpp"
#include "planner/planner.hpp"
#include "report/report.hpp"

namespace mealplan {
namespace {

const std::string kData = MEALPLAN_DATA_DIR;

void report_plan(benchmark::State& state, const PlanResult& result) {
    state.counters["objective"] = result.objective;
    state.counters["gap"] = result.gap;
    state.counters["shortfalls"] = static_cast<double>(result.shortfalls.size());
    state.counters["rows"] = result.model_rows;
    state.counters["columns"] = result.model_columns;
    state.counters["integers"] = result.model_integers;
}

void BM_WeekEndToEnd(benchmark::State& state) {
    PlanResult last;
    for (auto _ : state) {
        auto catalogue = load_catalogue(kData + "/foods.json");
        auto dishes = load_dishes(kData + "/dishes.json", *catalogue);
        auto table = load_dri(kData + "/dri.json");
        auto targets = targets_for(*table, Profile{});
        auto rules = load_food_rules(kData, *catalogue);
        PlanRequest request;
        auto outcome = plan_meals(request, *catalogue, planner_dishes(*dishes), *rules, *targets);
        benchmark::DoNotOptimize(
            render_plan(outcome->result, *catalogue, ReportFormat::Text, cli::fix_words));
        last = outcome->result;
    }
    report_plan(state, last);
}
BENCHMARK(BM_WeekEndToEnd)->Unit(benchmark::kMillisecond)->Iterations(5);

/// The plan solve alone for `request` (data loaded once, outside the timing).
void solve_only(benchmark::State& state, const PlanRequest& request) {
    auto catalogue = load_catalogue(kData + "/foods.json");
    auto dishes = load_dishes(kData + "/dishes.json", *catalogue);
    auto table = load_dri(kData + "/dri.json");
    auto targets = targets_for(*table, Profile{});
    const auto planner_input = planner_dishes(*dishes);
    auto rules = load_food_rules(kData, *catalogue);
    PlanResult last;
    for (auto _ : state) {
        auto outcome = plan_meals(request, *catalogue, planner_input, *rules, *targets);
        last = outcome->result;
    }
    report_plan(state, last);
}

void BM_WeekSolve(benchmark::State& state) {
    // The defaults: a week's search works to fixed budgets (the time limit is a safety net).
    solve_only(state, PlanRequest{});
}
BENCHMARK(BM_WeekSolve)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_DaySolve(benchmark::State& state) {
    PlanRequest request;
    request.days = 1;
    solve_only(state, request);
}
BENCHMARK(BM_DaySolve)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace mealplan

BENCHMARK_MAIN();
