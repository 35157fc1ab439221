#include "cli/kitchen_data.hpp"

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

}  // namespace mealplan::cli
