"""The check of a mealplan.purchases/1 document, needing nothing but the
document, the catalogue and the cost anchors. The same rules are written in
data/README.md for the C++ loader. Every problem is reported, not only the first."""

import math

from .errors import DataError
from .jsonio import read
from .spec import AISLES, ITEM_ID, STORAGE
from .units import package_price_usd
from . import yields

MIN_PRICED_SHARE = 0.9
USD_PER_KG_RANGE = (0.05, 500.0)
ANCHORS_SCHEMA = "mealplan.cost-anchors/1"


def _finite(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


class Problems:
    """Collects 'file:/json/pointer: what' lines."""

    def __init__(self, name):
        self.name = name
        self.lines = []

    def add(self, pointer, what):
        self.lines.append(f"{self.name}:{pointer}: {what}")


def check_purchases(document, catalogue_ids, name="purchases.json"):
    """Problems of the purchases document against the catalogue's food ids."""
    problems = Problems(name)
    if not isinstance(document, dict) or document.get("schema") != "mealplan.purchases/1":
        problems.add("/schema", "must be 'mealplan.purchases/1'")
        return problems.lines
    below = document.get("perishable_below_days")
    if not _finite(below) or below <= 0:
        problems.add("/perishable_below_days", "must be a number > 0")
        below = None
    items = document.get("items")
    foods = document.get("foods")
    if not isinstance(items, list) or not items:
        problems.add("/items", "must be a non-empty list")
        items = []
    if not isinstance(foods, list):
        problems.add("/foods", "must be a list")
        foods = []
    item_foods = {}
    priced = 0
    for index, item in enumerate(items):
        where = f"/items/{index}"
        if not isinstance(item, dict):
            problems.add(where, "must be an object")
            continue
        item_id = item.get("id")
        if not isinstance(item_id, str) or not ITEM_ID.match(item_id):
            problems.add(f"{where}/id", "must be a kebab-case string")
        elif item_id in item_foods:
            problems.add(f"{where}/id", f"{item_id!r} appears twice")
        else:
            item_foods[item_id] = item.get("foods")
        if not isinstance(item.get("name"), str) or not item["name"].strip():
            problems.add(f"{where}/name", "must be a non-empty string")
        if item.get("aisle") not in AISLES:
            problems.add(f"{where}/aisle", "must be one of the catalogue aisles")
        for flag in ("staple", "perishable"):
            if not isinstance(item.get(flag), bool):
                problems.add(f"{where}/{flag}", "must be true or false")
        if item.get("stored") not in STORAGE:
            problems.add(f"{where}/stored", f"must be one of {', '.join(STORAGE)}")
        known = []
        for key in ("keeps_days", "keeps_opened_days"):
            days = item.get(key)
            if days is None:
                continue
            if not _finite(days) or days <= 0:
                problems.add(f"{where}/{key}", "must be a number > 0 or null")
            else:
                known.append(days)
        if below is not None and isinstance(item.get("perishable"), bool):
            expected = bool(known) and min(known) < below
            if item["perishable"] != expected:
                problems.add(f"{where}/perishable", f"must be {str(expected).lower()}: perishable means the shorter "
                                                    f"keeping time is under {below:g} days")
        unit = item.get("unit")
        unit_grams = None
        if unit is not None:
            if not isinstance(unit, dict) or not isinstance(unit.get("label"), str) or not _finite(
                    unit.get("grams_as_bought")) or unit["grams_as_bought"] <= 0:
                problems.add(f"{where}/unit", "must be null or {label, grams_as_bought > 0}")
            else:
                unit_grams = unit["grams_as_bought"]
        price = item.get("price")
        usd_per_kg = None
        price_valid = price is None
        if price is None:
            if not isinstance(item.get("unpriced_reason"), str) or not item["unpriced_reason"].strip():
                problems.add(f"{where}/unpriced_reason", "an item without a price must say why")
        elif not isinstance(price, dict):
            problems.add(f"{where}/price", "must be an object or null")
        else:
            value = price.get("usd_per_kg_as_bought")
            low, high = USD_PER_KG_RANGE
            if not _finite(value) or not low <= value <= high:
                problems.add(f"{where}/price/usd_per_kg_as_bought", f"must be a number from {low:g} to {high:g}")
            else:
                usd_per_kg = value
                price_valid = True
                priced += 1
            if price.get("source") not in ("ers", "bls", "ppnap"):
                problems.add(f"{where}/price/source", "must be ers, bls or ppnap")
            if not isinstance(price.get("period"), str) or not isinstance(price.get("row"), str):
                problems.add(f"{where}/price", "must name its period and source row")
            forward = price.get("brought_forward")
            if price.get("source") == "ppnap":
                if not isinstance(forward, dict) or not _finite(forward.get("factor")) or forward["factor"] <= 0:
                    problems.add(f"{where}/price/brought_forward", "a PP-NAP price must say its factor")
            elif forward is not None:
                problems.add(f"{where}/price/brought_forward", "only PP-NAP prices are brought forward")
        packages = item.get("packages")
        if not isinstance(packages, list) or not packages:
            problems.add(f"{where}/packages", "must be a non-empty list")
            packages = []
        for package_index, package in enumerate(packages):
            at = f"{where}/packages/{package_index}"
            if not isinstance(package, dict) or not isinstance(package.get("label"), str):
                problems.add(at, "must be an object with a label")
                continue
            grams = package.get("grams_as_bought")
            if not _finite(grams) or grams <= 0:
                problems.add(f"{at}/grams_as_bought", "must be a number > 0")
                continue
            count = package.get("count")
            if count is not None:
                if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                    problems.add(f"{at}/count", "must be a whole number >= 1")
                elif unit_grams is None:
                    problems.add(f"{at}/count", "a package by count needs the item's unit")
                elif abs(count * unit_grams - grams) > 0.05 * count + 0.05:
                    problems.add(f"{at}/grams_as_bought", f"must be {count} x {unit_grams:g} g")
            stated = package.get("price_usd")
            if not price_valid:
                continue
            if usd_per_kg is None:
                if stated is not None:
                    problems.add(f"{at}/price_usd", "must be null when the item has no price")
            elif not _finite(stated) or abs(stated - package_price_usd(usd_per_kg, grams)) > 0.005 + 1e-9:
                problems.add(f"{at}/price_usd", f"must be {package_price_usd(usd_per_kg, grams):.2f}, the price per "
                                                f"kg times the grams, to the cent")
    seen = set()
    for index, food in enumerate(foods):
        where = f"/foods/{index}"
        if not isinstance(food, dict):
            problems.add(where, "must be an object")
            continue
        food_id = food.get("food_id")
        if food_id in seen:
            problems.add(f"{where}/food_id", f"{food_id} appears twice")
        seen.add(food_id)
        if food_id not in catalogue_ids:
            problems.add(f"{where}/food_id", f"{food_id!r} is not a food of the catalogue")
        item_id = food.get("item")
        if item_id not in item_foods:
            problems.add(f"{where}/item", f"{item_id!r} is not an item")
        elif not isinstance(item_foods[item_id], list) or food_id not in item_foods[item_id]:
            problems.add(f"{where}/item", f"item {item_id!r} does not list food {food_id}")
        rule = food.get("yield_rule")
        value = food.get("yield")
        if rule not in yields.RULES:
            problems.add(f"{where}/yield_rule", f"must be one of {', '.join(yields.RULES)}")
        elif not _finite(value):
            problems.add(f"{where}/yield", "must be a number")
        else:
            low, high = yields.allowed_range(rule)
            if not low <= value <= high:
                problems.add(f"{where}/yield", f"must lie within {low:g}-{high:g} for rule {rule}")
        if not isinstance(food.get("yield_basis"), str) or not food["yield_basis"].strip():
            problems.add(f"{where}/yield_basis", "must say how the yield was found")
    for food_id in sorted(catalogue_ids - seen):
        problems.add("/foods", f"catalogue food {food_id} has no purchased item")
    for item_id, listed in item_foods.items():
        for food_id in listed if isinstance(listed, list) else []:
            if food_id not in seen:
                problems.add("/items", f"item {item_id!r} lists food {food_id}, which /foods lacks")
    if items and priced / len(items) < MIN_PRICED_SHARE:
        problems.add("/items", f"only {priced} of {len(items)} items are priced; at least "
                               f"{MIN_PRICED_SHARE:.0%} must be")
    return problems.lines


def check_anchors(document, name="cost-anchors.json"):
    """Problems of the Thrifty Food Plan cost anchors."""
    problems = Problems(name)
    if not isinstance(document, dict) or document.get("schema") != ANCHORS_SCHEMA:
        problems.add("/schema", f"must be {ANCHORS_SCHEMA!r}")
        return problems.lines
    for key in ("source", "plan", "note"):
        if not isinstance(document.get(key), str) or not document[key].strip():
            problems.add(f"/{key}", "must be a non-empty string")
    anchors = document.get("anchors")
    if not isinstance(anchors, list) or not anchors:
        problems.add("/anchors", "must be a non-empty list")
        return problems.lines
    for index, anchor in enumerate(anchors):
        where = f"/anchors/{index}"
        if not isinstance(anchor, dict):
            problems.add(where, "must be an object")
            continue
        if anchor.get("sex") not in ("female", "male", "both"):
            problems.add(f"{where}/sex", "must be female, male or both")
        start, end = anchor.get("age_from_years"), anchor.get("age_to_years")
        if not (_finite(start) and _finite(end) and 0 <= start < end):
            problems.add(where, "needs age_from_years < age_to_years (from inclusive, to exclusive)")
        cost = anchor.get("weekly_usd_per_person")
        if not _finite(cost) or cost <= 0:
            problems.add(f"{where}/weekly_usd_per_person", "must be a number > 0")
        if not isinstance(anchor.get("month"), str) or len(anchor["month"]) != 7:
            problems.add(f"{where}/month", "must be 'YYYY-MM'")
    return problems.lines


def load_json(path):
    """Parsed JSON of `path`, or (None, problem line)."""
    try:
        return read(path), None
    except DataError as error:
        return None, str(error)
