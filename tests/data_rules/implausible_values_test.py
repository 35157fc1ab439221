"""Tests of tools/find-implausible-values, which derives data/implausible-values.json from
SR28: the values it flags and the shipped list it must reproduce."""

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


def read(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def run(tool, *args):
    return subprocess.run([sys.executable, os.path.join(TOOLS, tool), *args], capture_output=True, text=True)


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


if __name__ == "__main__":
    unittest.main()
