"""Tests of the food-rule files and their tools: what a person typing --exclude, a
curator editing data/ or a dietitian reading a plan would notice."""

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE = os.environ.get("MEALPLAN_SOURCE_DIR") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TOOLS = os.path.join(SOURCE, "tools")
DATA = os.path.join(SOURCE, "data")
FIXTURES = os.path.join(SOURCE, "tests", "fixtures")
sys.path.insert(0, TOOLS)
import food_rules as fr  # noqa: E402

RULE_FILES = ("foods.json", "sides.json", "meal-shape.json", "safety-rules.json", "exclusion-words.json",
              "implausible-values.json")


def read(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def run(tool, *args):
    return subprocess.run([sys.executable, os.path.join(TOOLS, tool), *args], capture_output=True, text=True)


class ExclusionWordsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.catalogue = {f["id"]: f for f in read("foods.json")["foods"]}
        cls.exclusions = read("exclusion-words.json")

    def resolve(self, text):
        return set(fr.resolve_exclusion(text, self.catalogue, self.exclusions)[1])

    def test_tomato_singular_plural_and_case_exclude_every_tomato_food(self):
        for word in ("tomato", "tomatoes", "Tomatoes", " TOMATO "):
            foods = self.resolve(word)
            self.assertTrue({"11529", "11531", "11693", "11546", "11549", "11955"} <= foods, word)
            self.assertIn("11935", foods, "ketchup is made of tomatoes")
        self.assertEqual(self.resolve("tomato"), self.resolve("tomatoes"))

    def test_nuts_exclude_every_tree_nut_and_peanut_food(self):
        expected = {i for i, f in self.catalogue.items() if {"tree_nuts", "peanuts"} & set(f["allergens"])}
        self.assertEqual(self.resolve("nuts"), expected)
        self.assertTrue({"12061", "12155", "12142", "16390", "16098"} <= expected)
        self.assertNotIn("12014", expected, "pumpkin seeds are not nuts")

    def test_milk_keeps_soy_almond_rice_and_coconut_milk(self):
        milk = self.resolve("milk")
        self.assertTrue({"01077", "01079", "01082", "01085"} <= milk)
        self.assertFalse({"16139", "16222", "14016", "14091", "14639", "12118"} & milk)
        self.assertFalse({"01009", "01117"} & milk, "cheese and yogurt are 'dairy', not 'milk'")
        self.assertTrue({"01009", "01117", "01077"} <= self.resolve("dairy"))

    def test_plain_words_match_plurals_of_names(self):
        self.assertIn("09236", self.resolve("peaches"))
        self.assertIn("09316", self.resolve("strawberry"))
        self.assertIn("11215", self.resolve("garlic"))
        self.assertIn("16139", self.resolve("soy milk"))

    def test_ids_aisles_and_unknown_words(self):
        self.assertEqual(self.resolve("11531"), {"11531"})
        self.assertIn("11531", self.resolve("canned"))
        self.assertEqual(fr.resolve_exclusion("durian", self.catalogue, self.exclusions), ("none", []))

    def test_stemming_keeps_words_ending_in_us_and_ss(self):
        rules = self.exclusions["stemming"]
        self.assertEqual([fr.stem(w, rules) for w in ("hummus", "couscous", "swiss", "berries", "peaches", "nuts")],
                         ["hummus", "couscous", "swiss", "berry", "peach", "nut"])


class CheckerTest(unittest.TestCase):
    """Copies data/ to a scratch directory, breaks one thing, and runs the checker."""

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        for name in RULE_FILES:
            shutil.copy(os.path.join(DATA, name), self.dir)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def edit(self, name, change):
        path = os.path.join(self.dir, name)
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        change(doc)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f)

    def check(self, *args):
        return run("check-food-rules", "--data", self.dir, *args)

    def assert_reports(self, *fragments):
        result = self.check()
        self.assertEqual(result.returncode, 2, result.stderr)
        for fragment in fragments:
            self.assertIn(fragment, result.stderr)

    def test_shipped_files_pass(self):
        result = self.check()
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_side_grams_must_be_its_household_measure(self):
        def change(doc):
            doc["sides"][0]["foods"][0]["grams"] = 250
        self.edit("sides.json", change)
        self.assert_reports("sides.json:/sides/0/foods/0/grams: must be 182.0")

    def test_side_measure_must_be_one_sr28_gives(self):
        def change(doc):
            doc["sides"][0]["foods"][0]["measure"] = "bushel"
        self.edit("sides.json", change)
        self.assert_reports("sides.json:/sides/0/foods/0/measure: 'bushel' is not an SR28 household measure of 09003")

    def test_every_problem_is_reported_not_just_the_first(self):
        def change(doc):
            doc["sides"][1]["foods"][0]["food_id"] = "99999"
            doc["sides"][2]["slots"] = ["brunch"]
            doc["sides"][3]["max_per_meal"] = 0
        self.edit("sides.json", change)
        self.assert_reports("sides.json:/sides/1/foods/0/food_id: unknown food '99999'",
                            "sides.json:/sides/2/slots: must list distinct slots",
                            "sides.json:/sides/3/max_per_meal: must be a whole number from 1 to 4")

    def test_a_safety_rule_must_name_its_source_and_know_its_members(self):
        def change(doc):
            doc["rules"][0]["sources"] = []
            doc["rules"][1]["severity"] = "high"
        self.edit("safety-rules.json", change)
        self.assert_reports("safety-rules.json:/rules/0/sources: a safety rule must name its source",
                            "safety-rules.json:/rules/1/severity: unknown member")

    def test_a_hand_edited_food_list_must_agree_with_its_criteria(self):
        def change(doc):
            doc["rules"][0]["foods"].remove("15236")
        self.edit("safety-rules.json", change)
        self.assert_reports("safety-rules.json:/rules/0/foods: does not match its criteria (missing ['15236']")

    def test_a_food_added_later_is_classified_by_the_same_criteria(self):
        def add_swordfish(doc):
            food = copy.deepcopy(next(f for f in doc["foods"] if f["id"] == "15037"))
            food.update(id="15110", name="Swordfish, cooked", usda_description="Fish, swordfish, cooked, dry heat")
            doc["foods"].append(food)
        self.edit("foods.json", add_swordfish)
        rule = [r["id"] for r in read("safety-rules.json")["rules"]].index("no-high-mercury-fish")
        group = [g["id"] for g in read("meal-shape.json")["daily_amounts"]].index("fish-shellfish")
        self.assert_reports(f"safety-rules.json:/rules/{rule}/foods: does not match its criteria (missing ['15110']",
                            f"meal-shape.json:/daily_amounts/{group}/foods: must be", "/categories: must be")
        updated = self.check("--update")
        self.assertEqual(updated.returncode, 0, updated.stderr)
        with open(os.path.join(self.dir, "safety-rules.json"), encoding="utf-8") as f:
            rules = {r["id"]: r for r in json.load(f)["rules"]}
        self.assertEqual(rules["no-high-mercury-fish"]["foods"], ["15110"])
        self.assertIn("15110", rules["fish-within-advice"]["categories"]["avoid"])

    def test_a_childs_amount_may_not_exceed_an_adults(self):
        def change(doc):
            doc["daily_amounts"][3]["max_per_food"]["1-3"]["max_g"] = 500
        self.edit("meal-shape.json", change)
        self.assert_reports("meal-shape.json:/daily_amounts/3/max_per_food: a child's amount must not exceed an older band's")

    def test_slot_shares_must_be_able_to_fill_the_day(self):
        def change(doc):
            for slot in ("breakfast", "lunch", "dinner", "snack"):
                doc["slot_energy_share"]["bands"][0][slot] = [0.05, 0.10]
        self.edit("meal-shape.json", change)
        self.assert_reports("meal-shape.json:/slot_energy_share/bands/0: the slot shares cannot add up to the whole day")

    def test_two_exclusion_entries_cannot_claim_one_word(self):
        def change(doc):
            doc["entries"][1]["words"].append("nut")
        self.edit("exclusion-words.json", change)
        self.assert_reports("exclusion-words.json:/entries/1/words/2: 'nut' already names entry 'nuts'")

    def test_broken_json_names_the_file_and_line(self):
        with open(os.path.join(self.dir, "sides.json"), "w", encoding="utf-8") as f:
            f.write('{"schema": "mealplan.sides/1",\n "sides": [\n')
        self.assert_reports("sides.json:3:1: invalid JSON")


class ImplausibleValuesTest(unittest.TestCase):
    SR28 = os.path.join(FIXTURES, "sr28-outliers")

    def find(self, *args):
        return run("find-implausible-values", "--sr28", self.SR28, "--catalogue", os.path.join(DATA, "foods.json"), *args)

    def test_canned_tomato_thiamin_is_flagged_with_its_siblings_median(self):
        result = self.find()
        self.assertEqual(result.returncode, 0, result.stderr)
        doc = json.loads(result.stdout)
        self.assertEqual(doc["sr28_flagged_count"], 2, "11531 and 11885 share the analysis")
        flagged = doc["flagged"]
        self.assertEqual([(f["food_id"], f["nutrient"]) for f in flagged], [("11531", "thiamin_mg")])
        self.assertAlmostEqual(flagged[0]["planning_value"], 0.0334, places=4)
        self.assertLess(flagged[0]["planning_value"], 0.11, "other red tomatoes have 0.03–0.11 mg")

    def test_a_well_measured_rich_source_is_not_flagged(self):
        listing = self.find("--all").stdout
        self.assertNotIn("13325", listing)
        self.assertNotIn("vitamin_b12", listing)

    def test_the_shipped_list_matches_the_rule_on_these_foods(self):
        shipped = read("implausible-values.json")
        found = json.loads(self.find().stdout)
        self.assertEqual(shipped["rule"], found["rule"])
        self.assertEqual(shipped["flagged"], found["flagged"])

    def test_bad_sr28_input_names_the_file_and_line(self):
        scratch = tempfile.mkdtemp()
        try:
            shutil.copy(os.path.join(self.SR28, "FOOD_DES.txt"), scratch)
            with open(os.path.join(self.SR28, "NUT_DATA.txt"), "rb") as f:
                lines = f.read().split(b"\r\n")
            lines[2] = lines[2].replace(b"^0.", b"^zero", 1)
            with open(os.path.join(scratch, "NUT_DATA.txt"), "wb") as f:
                f.write(b"\r\n".join(lines))
            result = run("find-implausible-values", "--sr28", scratch, "--catalogue", os.path.join(DATA, "foods.json"))
            self.assertEqual(result.returncode, 2)
            self.assertIn("NUT_DATA.txt:3:", result.stderr)
        finally:
            shutil.rmtree(scratch)


class MeasurePlansTest(unittest.TestCase):
    def plan(self, profile, meals):
        doc = {"schema": "mealplan.plan/1", "status": "optimal", "profile": profile,
               "targets": {"energy_kcal": {"min": 1800, "max": 2200}},
               "days": [{"day": 1, "meals": meals, "totals": {"energy_kcal": 2000, "caffeine_mg": 0}}]}
        path = os.path.join(self.dir, f"plan{len(os.listdir(self.dir))}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        return path

    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.dir)

    def measure(self, *paths):
        result = run("measure-plans", "--json", *paths)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def test_lemon_juice_by_the_cup_is_no_side_and_raw_salmon_breaks_pregnancy_rules(self):
        pregnant = {"sex": "female", "age_years": 25, "pregnant": True, "lactating": False, "energy_kcal": 2000}
        meals = [
            {"slot": "breakfast", "dish_id": "x", "dish": "Toast", "servings": 1, "items": [
                {"food_id": "18075", "name": "Whole wheat bread", "grams": 64, "portion": "2 slice", "side": False},
                {"food_id": "09152", "name": "Lemon juice", "grams": 244, "portion": "1 cup", "side": True},
                {"food_id": "01082", "name": "Milk, 1 %", "grams": 244, "portion": "1 cup", "side": True}]},
            {"slot": "dinner", "dish_id": "salmon-poke-bowl", "dish": "Salmon poke bowl", "servings": 1, "items": [
                {"food_id": "15236", "name": "Atlantic salmon, farmed, raw", "grams": 100, "portion": "", "side": False},
                {"food_id": "01123", "name": "Egg, raw", "grams": 50, "portion": "1 large", "side": False}]}]
        counts = self.measure(self.plan(pregnant, meals))
        self.assertEqual(counts["counts"]["side items"], 2)
        self.assertEqual(counts["counts"]["side items: listed"], 1)
        self.assertEqual(counts["counts"]["side items: none"], 1)
        self.assertEqual(counts["counts"]["foods over their daily amount (food-days)"], 1, "244 g of lemon juice")
        safety = counts["safety"]
        self.assertEqual(safety.get("no-raw-animal-foods / No raw or undercooked fish, shellfish, meat, poultry or eggs / dish"), 1,
                         "the raw salmon, not the egg a dish cooks")

    def test_the_same_plan_breaks_no_rule_for_an_adult_man(self):
        man = {"sex": "male", "age_years": 40, "pregnant": False, "lactating": False, "energy_kcal": 2000}
        meals = [{"slot": "dinner", "dish_id": "salmon-poke-bowl", "dish": "Salmon poke bowl", "servings": 1, "items": [
            {"food_id": "15236", "name": "Atlantic salmon, farmed, raw", "grams": 100, "portion": "", "side": False}]}]
        self.assertEqual(self.measure(self.plan(man, meals))["safety"], {})


if __name__ == "__main__":
    unittest.main()
