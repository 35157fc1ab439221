// Fuzzes the Cooklang reader and the conversion of what it accepts into a dish: matching
// ingredients to the shipped catalogue and the SR28 table, weighing them, and writing the
// dish in the dishes format, which must read back.
#include <filesystem>

#include "core/data_paths.hpp"
#include "dishes/cooklang.hpp"
#include "dishes/dishes_json.hpp"
#include "fuzz_support.hpp"
#include "kitchen/recipe_import.hpp"
#include "usda/catalogue_spec.hpp"
#include "usda/kitchen_rules.hpp"
#include "usda/sr28_table.hpp"

namespace {

struct KitchenData {
    std::vector<mealplan::usda::Sr28TableFood> table;
    mealplan::usda::CatalogueSpec spec;
    mealplan::usda::KitchenRules rules;
};

const KitchenData& kitchen_data() {
    static const KitchenData data = [] {
        using namespace mealplan;
        const auto dir = find_data_dir();
        auto table = usda::load_sr28_table(dir / "sr28" / "sr28-foods.tsv.gz");
        auto spec = usda::load_catalogue_spec(dir / "catalogue-spec.json");
        if (!table || !spec) fuzz::broken_promise("the shipped SR28 table or spec does not load");
        auto rules = usda::load_kitchen_rules(dir / "kitchen-rules.json", spec->racc_categories);
        if (!rules) fuzz::broken_promise("the shipped kitchen rules do not load");
        return KitchenData{std::move(table).value(), std::move(spec).value(),
                           std::move(rules).value()};
    }();
    return data;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    const auto recipe = parse_cooklang(fuzz::as_text(data, size), "fuzz.cook");
    if (!recipe.ok()) return 0;
    const auto& kitchen = kitchen_data();
    const auto& catalogue = fuzz::shipped_catalogue();
    const kitchen::FoodSources sources{&kitchen.table, &kitchen.rules, &kitchen.spec, &catalogue};
    const auto dish =
        kitchen::recipe_to_dish(*recipe, "fuzz.cook", catalogue, sources, {{}, {MealSlot::Dinner}});
    if (!dish.ok()) return 0;
    Catalogue with_added = catalogue;
    for (const auto& food : dish->added_foods) with_added.foods.push_back(food);
    const auto written = dishes_to_json({dish->dish}, "fuzz");
    const auto read_back = parse_dishes(written, "written.json", with_added);
    if (!read_back.ok()) {
        fuzz::broken_promise("an imported dish does not read back: " +
                             to_string(read_back.problems().front()));
    }
    (void)kitchen::imported_recipes_text({*dish});
    return 0;
}
