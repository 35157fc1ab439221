#include "cli/kitchen_data.hpp"

#include "core/data_paths.hpp"
#include "core/user_home.hpp"
#include "dishes/dishes_json.hpp"
#include "kitchen/user_kitchen.hpp"

namespace mealplan::cli {

Result<Catalogue> load_kitchen_catalogue(const GlobalOptions& global) {
    auto shipped = load_catalogue(global.catalogue_or_default());
    if (!shipped || !global.catalogue_path.empty()) return shipped;
    return kitchen::layer_catalogue(std::move(shipped).value(), find_user_home());
}

Result<std::vector<Dish>> load_kitchen_dishes(const GlobalOptions& global,
                                              const Catalogue& catalogue) {
    auto shipped = load_dishes(global.dishes_or_default(), catalogue);
    if (!shipped || !global.dishes_path.empty() || !global.catalogue_path.empty()) {
        return shipped;
    }
    return kitchen::layer_dishes(std::move(shipped).value(), find_user_home(), catalogue);
}

Result<KitchenSources> load_kitchen_sources(const GlobalOptions& global) {
    const auto data = find_data_dir();
    auto shipped = load_catalogue(global.catalogue_or_default());
    if (!shipped) return std::move(shipped).problems();
    auto table = usda::load_sr28_table(data / "sr28" / "sr28-foods.tsv.gz");
    if (!table) return std::move(table).problems();
    auto spec = usda::load_catalogue_spec(data / "catalogue-spec.json");
    if (!spec) return std::move(spec).problems();
    auto rules = usda::load_kitchen_rules(data / "kitchen-rules.json", spec->racc_categories);
    if (!rules) return std::move(rules).problems();
    return KitchenSources{std::move(shipped).value(), std::move(table).value(),
                          std::move(spec).value(), std::move(rules).value()};
}

}  // namespace mealplan::cli
