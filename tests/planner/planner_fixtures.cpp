#include "planner_fixtures.hpp"

#include <sstream>
#include <stdexcept>

#include "core/csv.hpp"
#include "core/files.hpp"

namespace mealplan::testing {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, separator)) {
        if (!part.empty()) parts.push_back(part);
    }
    return parts;
}

Catalogue load_fixture() {
    const std::string path = std::string(MEALPLAN_TEST_DIR) + "/fixtures/planner/foods.csv";
    auto text = read_file(path);
    if (!text) throw std::runtime_error(to_string(text.problems().front()));
    auto rows = parse_csv(*text, path);
    if (!rows || rows->empty()) throw std::runtime_error("fixtures/planner/foods.csv: bad CSV");
    const std::vector<std::string>& header = rows->front().fields;
    Catalogue catalogue;
    catalogue.source = "USDA SR28 (test fixture)";
    for (std::size_t r = 1; r < rows->size(); ++r) {
        const std::vector<std::string>& f = (*rows)[r].fields;
        Food food;
        food.id = f[0];
        food.name = f[1];
        food.aisle = f[2];
        food.countable = f[3] == "1";
        for (const std::string& diet : split(f[4], ' '))
            food.diets.insert(*from_string<Diet>(diet));
        for (const std::string& allergen : split(f[5], ' ')) {
            food.allergens.insert(*from_string<Allergen>(allergen));
        }
        for (const std::string& portion : split(f[6], ';')) {
            const std::vector<std::string> p = split(portion, '|');
            food.portions.push_back({std::stod(p[0]), p[1], std::stod(p[2])});
        }
        food.serving_grams = food.portions.empty() ? 100.0 : food.portions.front().grams;
        for (std::size_t column = 7; column < header.size(); ++column) {
            const auto nutrient = nutrient_from_key(header[column]);
            if (!nutrient) throw std::runtime_error("unknown nutrient column " + header[column]);
            if (column < f.size() && !f[column].empty())
                food.per_100g[index(*nutrient)] = std::stod(f[column]);
        }
        catalogue.foods.push_back(std::move(food));
    }
    return catalogue;
}

}  // namespace

const Catalogue& fixture_catalogue() {
    static const Catalogue catalogue = load_fixture();
    return catalogue;
}

const FoodRules& fixture_rules() {
    static const FoodRules rules = [] {
        const std::string path = std::string(MEALPLAN_TEST_DIR) + "/fixtures/planner/sides.json";
        auto text = read_file(path);
        if (!text) throw std::runtime_error(to_string(text.problems().front()));
        auto sides = parse_sides(*text, path, fixture_catalogue());
        if (!sides) throw std::runtime_error(to_string(sides.problems().front()));
        FoodRules loaded;
        loaded.sides = std::move(sides).value();
        return loaded;
    }();
    return rules;
}

const std::vector<PlannerDish>& fixture_dishes() {
    using enum MealSlot;
    // Recipes in grams per serving, from the fixture's household portions.
    static const std::vector<PlannerDish> dishes{
        {"oatmeal-almonds-milk",
         "Oatmeal with almonds and milk",
         {{"08121", 234}, {"12061", 14}, {"01079", 122}},
         {Breakfast}},
        {"eggs-toast-spinach",
         "Eggs on toast with spinach",
         {{"01123", 100}, {"18075", 64}, {"11457", 30}},
         {Breakfast, Lunch}},
        {"yogurt-banana-seeds",
         "Yogurt with banana and pumpkin seeds",
         {{"01117", 170}, {"09040", 118}, {"12014", 14}},
         {Breakfast, Snack}},
        {"soymilk-oats",
         "Oatmeal with fortified soy milk",
         {{"08121", 234}, {"16139", 244}, {"09040", 60}},
         {Breakfast}},
        {"peanut-butter-toast",
         "Peanut butter toast with banana",
         {{"18075", 64}, {"16098", 32}, {"09040", 118}},
         {Breakfast, Snack}},
        {"bean-quinoa-bowl",
         "Black bean and quinoa bowl",
         {{"16015", 172}, {"20137", 185}, {"09037", 50}, {"11457", 30}},
         {Lunch, Dinner}},
        {"salmon-rice-broccoli",
         "Salmon, brown rice and broccoli",
         {{"15236", 140}, {"20041", 195}, {"11090", 90}},
         {Lunch, Dinner}},
        {"chicken-pasta",
         "Chicken pasta with broccoli and cheddar",
         {{"05062", 120}, {"20121", 140}, {"11090", 90}, {"01009", 20}},
         {Lunch, Dinner}},
        {"tofu-rice-spinach",
         "Tofu with brown rice and spinach",
         {{"16127", 200}, {"20041", 195}, {"11457", 60}},
         {Lunch, Dinner}},
        {"sardine-toast",
         "Sardines on toast with carrots",
         {{"15088", 92}, {"18075", 64}, {"11124", 61}},
         {Lunch}},
        {"tuna-potato",
         "Tuna with baked potato and carrots",
         {{"15121", 120}, {"11353", 213}, {"11124", 61}},
         {Lunch, Dinner}},
        {"bean-potato-spinach",
         "Black beans with potato and spinach",
         {{"16015", 172}, {"11353", 213}, {"11457", 60}},
         {Lunch, Dinner}},
        {"apple-almonds", "Apple with almonds", {{"09003", 182}, {"12061", 28}}, {Snack}},
        {"carrots-cheese", "Carrot sticks with cheddar", {{"11124", 122}, {"01009", 28}}, {Snack}},
        {"coffee-milk", "Coffee with milk", {{"14209", 237}, {"01079", 122}}, {Breakfast, Snack}},
        {"rice-beans",
         "Black beans and brown rice",
         {{"16015", 172}, {"20041", 195}},
         {Lunch, Dinner}},
        {"pasta-broccoli",
         "Pasta with broccoli",
         {{"20121", 140}, {"11090", 180}},
         {Lunch, Dinner}},
        {"potato-broccoli-cheese",
         "Baked potato with broccoli and cheddar",
         {{"11353", 213}, {"11090", 90}, {"01009", 28}},
         {Lunch, Dinner}},
        {"peanut-noodles",
         "Peanut noodles with carrots",
         {{"20121", 140}, {"16098", 32}, {"11124", 61}},
         {Lunch, Dinner}},
        {"oat-banana-seeds",
         "Oatmeal with banana and pumpkin seeds",
         {{"08121", 234}, {"09040", 118}, {"12014", 14}},
         {Breakfast}},
        {"banana-peanut-butter",
         "Banana with peanut butter",
         {{"09040", 118}, {"16098", 16}},
         {Snack}},
        {"quinoa-bean-salad",
         "Quinoa and black bean salad",
         {{"20137", 185}, {"16015", 86}, {"11124", 61}},
         {Lunch, Dinner}},
        {"orange-seeds", "Orange with pumpkin seeds", {{"09200", 131}, {"12014", 14}}, {Snack}},
    };
    return dishes;
}

Targets reference_targets() {
    Targets targets;
    targets.profile.sex = Sex::Female;
    targets.profile.age_years = 34;
    targets.life_stage = "Females 31-50 y";
    targets.energy_kcal = 2000.0;
    targets.energy_tolerance = 0.1;
    auto set = [&](Nutrient nutrient, std::optional<double> min, std::optional<double> max,
                   std::optional<double> ul = std::nullopt,
                   UpperLimitScope scope = UpperLimitScope::Total) {
        NutrientTarget& target = targets[nutrient];
        target.min = min;
        target.min_kind = min ? "RDA" : "";
        target.max = max;
        target.ul = ul ? ul : max;
        target.ul_scope = scope;
    };
    using N = Nutrient;
    using S = UpperLimitScope;
    // AMDR for 2,000 kcal: protein 10–35 %, fat 20–35 %, carbohydrate 45–65 %.
    set(N::ProteinG, 50.0, 175.0);
    set(N::FatG, 44.0, 78.0);
    set(N::CarbohydrateG, 225.0, 325.0);
    set(N::FiberG, 25.0, std::nullopt);
    set(N::CalciumMg, 1000.0, 2500.0);
    set(N::MagnesiumMg, 320.0, std::nullopt, 350.0, S::Supplements);
    set(N::PotassiumMg, 2600.0, std::nullopt);
    set(N::SodiumMg, 1500.0, 2300.0);
    set(N::IronMg, 18.0, 45.0);
    set(N::ZincMg, 8.0, 40.0);
    set(N::PhosphorusMg, 700.0, 4000.0);
    set(N::CopperMg, 0.9, 10.0);
    set(N::ManganeseMg, 1.8, 11.0);
    set(N::SeleniumUg, 55.0, 400.0);
    set(N::VitaminARaeUg, 700.0, std::nullopt, 3000.0, S::Preformed);
    set(N::VitaminCMg, 75.0, 2000.0);
    set(N::VitaminDUg, 15.0, 100.0);
    set(N::VitaminEMg, 15.0, std::nullopt, 1000.0, S::AddedForms);
    set(N::VitaminKUg, 90.0, std::nullopt);
    set(N::ThiaminMg, 1.1, std::nullopt);
    set(N::RiboflavinMg, 1.1, std::nullopt);
    set(N::NiacinMg, 14.0, std::nullopt, 35.0, S::AddedForms);
    set(N::VitaminB6Mg, 1.3, 100.0);
    set(N::FolateDfeUg, 400.0, std::nullopt, 1000.0, S::AddedForms);
    set(N::VitaminB12Ug, 2.4, std::nullopt);
    set(N::PantothenicAcidMg, 5.0, std::nullopt);
    set(N::CholineMg, 425.0, 3500.0);
    set(N::CaffeineMg, std::nullopt, 400.0);
    set(N::WaterG, 2700.0, std::nullopt);
    return targets;
}

}  // namespace mealplan::testing
