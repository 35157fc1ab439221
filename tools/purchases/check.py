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
PURCHASES_SCHEMA = "mealplan.purchases/1"
ANCHORS_SCHEMA = "mealplan.cost-anchors/1"


def _finite(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _text(value):
    return isinstance(value, str) and bool(value.strip())


class Problems:
    """Collects 'file:/json/pointer: what' lines."""

    def __init__(self, name):
        self.name = name
        self.lines = []

    def add(self, pointer, what):
        self.lines.append(f"{self.name}:{pointer}: {what}")

    def objects(self, values, pointer):
        """(pointer of the member, member) for each member of the list that is an object."""
        for index, value in enumerate(values):
            where = f"{pointer}/{index}"
            if isinstance(value, dict):
                yield where, value
            else:
                self.add(where, "must be an object")


def _list(problems, document, key, non_empty):
    value = document.get(key)
    if isinstance(value, list) and (value or not non_empty):
        return value
    problems.add(f"/{key}", "must be a non-empty list" if non_empty else "must be a list")
    return []


def _check_keeps(problems, where, item, below):
    if item.get("stored") not in STORAGE:
        problems.add(f"{where}/stored", f"must be one of {', '.join(STORAGE)}")
    known = []
    for key in ("keeps_days", "keeps_opened_days"):
        days = item.get(key)
        if days is None:
            continue
        if _finite(days) and days > 0:
            known.append(days)
        else:
            problems.add(f"{where}/{key}", "must be a number > 0 or null")
    if below is not None and isinstance(item.get("perishable"), bool):
        expected = bool(known) and min(known) < below
        if item["perishable"] != expected:
            problems.add(f"{where}/perishable", f"must be {str(expected).lower()}: perishable means the shorter "
                                                f"keeping time is under {below:g} days")


def _check_unit(problems, where, unit):
    """The unit's grams as bought, or None."""
    if unit is None:
        return None
    if isinstance(unit, dict) and _text(unit.get("label")) and _finite(unit.get("grams_as_bought")) and \
            unit["grams_as_bought"] > 0:
        return unit["grams_as_bought"]
    problems.add(f"{where}/unit", "must be null or {label, grams_as_bought > 0}")
    return None


def _check_price(problems, where, item):
    """(valid, price per kg or None): an invalid price is reported once, not again per package."""
    price = item.get("price")
    if price is None:
        if not _text(item.get("unpriced_reason")):
            problems.add(f"{where}/unpriced_reason", "an item without a price must say why")
        return True, None
    if not isinstance(price, dict):
        problems.add(f"{where}/price", "must be an object or null")
        return False, None
    if price.get("source") not in ("ers", "bls", "ppnap"):
        problems.add(f"{where}/price/source", "must be ers, bls or ppnap")
    if not _text(price.get("period")) or not _text(price.get("row")):
        problems.add(f"{where}/price", "must name its period and source row")
    forward = price.get("brought_forward")
    if price.get("source") == "ppnap":
        if not isinstance(forward, dict) or not _finite(forward.get("factor")) or forward["factor"] <= 0:
            problems.add(f"{where}/price/brought_forward", "a PP-NAP price must say its factor")
    elif forward is not None:
        problems.add(f"{where}/price/brought_forward", "only PP-NAP prices are brought forward")
    value = price.get("usd_per_kg_as_bought")
    low, high = USD_PER_KG_RANGE
    if not _finite(value) or not low <= value <= high:
        problems.add(f"{where}/price/usd_per_kg_as_bought", f"must be a number from {low:g} to {high:g}")
        return False, None
    return True, value


def _check_package(problems, at, package, unit_grams, price_valid, usd_per_kg):
    if not _text(package.get("label")):
        problems.add(f"{at}/label", "must be a non-empty string")
    grams = package.get("grams_as_bought")
    if not _finite(grams) or grams <= 0:
        problems.add(f"{at}/grams_as_bought", "must be a number > 0")
        return
    count = package.get("count")
    if count is not None:
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            problems.add(f"{at}/count", "must be a whole number >= 1")
        elif unit_grams is None:
            problems.add(f"{at}/count", "a package by count needs the item's unit")
        elif abs(count * unit_grams - grams) > 0.05 * count + 0.05:
            problems.add(f"{at}/grams_as_bought", f"must be {count} x {unit_grams:g} g")
    if not price_valid:
        return
    stated = package.get("price_usd")
    if usd_per_kg is None:
        if stated is not None:
            problems.add(f"{at}/price_usd", "must be null when the item has no price")
    elif not _finite(stated) or abs(stated - package_price_usd(usd_per_kg, grams)) > 0.005 + 1e-9:
        problems.add(f"{at}/price_usd", f"must be {package_price_usd(usd_per_kg, grams):.2f}, the price per kg "
                                        f"times the grams, to the cent")


def _check_item(problems, where, item, below):
    """True when the item has a valid price."""
    if not isinstance(item.get("id"), str) or not ITEM_ID.match(item["id"]):
        problems.add(f"{where}/id", "must be a kebab-case string")
    if not _text(item.get("name")):
        problems.add(f"{where}/name", "must be a non-empty string")
    if item.get("aisle") not in AISLES:
        problems.add(f"{where}/aisle", "must be one of the catalogue aisles")
    for flag in ("staple", "perishable"):
        if not isinstance(item.get(flag), bool):
            problems.add(f"{where}/{flag}", "must be true or false")
    _check_keeps(problems, where, item, below)
    unit_grams = _check_unit(problems, where, item.get("unit"))
    price_valid, usd_per_kg = _check_price(problems, where, item)
    packages = item.get("packages")
    if not isinstance(packages, list) or not packages:
        problems.add(f"{where}/packages", "must be a non-empty list")
        packages = []
    for at, package in problems.objects(packages, f"{where}/packages"):
        _check_package(problems, at, package, unit_grams, price_valid, usd_per_kg)
    return usd_per_kg is not None


def _check_food(problems, where, food, catalogue_ids, item_foods):
    food_id = food.get("food_id")
    if food_id not in catalogue_ids:
        problems.add(f"{where}/food_id", f"{food_id!r} is not a food of the catalogue")
    item_id = food.get("item")
    if item_id not in item_foods:
        problems.add(f"{where}/item", f"{item_id!r} is not an item")
    elif not isinstance(item_foods[item_id], list) or food_id not in item_foods[item_id]:
        problems.add(f"{where}/item", f"item {item_id!r} does not list food {food_id}")
    rule, value = food.get("yield_rule"), food.get("yield")
    if rule not in yields.RULES:
        problems.add(f"{where}/yield_rule", f"must be one of {', '.join(yields.RULES)}")
    elif not _finite(value):
        problems.add(f"{where}/yield", "must be a number")
    else:
        low, high = yields.allowed_range(rule)
        if not low <= value <= high:
            problems.add(f"{where}/yield", f"must lie within {low:g}-{high:g} for rule {rule}")
    if not _text(food.get("yield_basis")):
        problems.add(f"{where}/yield_basis", "must say how the yield was found")


def check_purchases(document, catalogue_ids, name="purchases.json"):
    """Problems of the purchases document against the catalogue's food ids."""
    problems = Problems(name)
    if not isinstance(document, dict) or document.get("schema") != PURCHASES_SCHEMA:
        problems.add("/schema", f"must be {PURCHASES_SCHEMA!r}")
        return problems.lines
    below = document.get("perishable_below_days")
    if not _finite(below) or below <= 0:
        problems.add("/perishable_below_days", "must be a number > 0")
        below = None
    items = _list(problems, document, "items", non_empty=True)
    item_foods, priced = {}, 0
    for where, item in problems.objects(items, "/items"):
        priced += _check_item(problems, where, item, below)
        if item.get("id") in item_foods:
            problems.add(f"{where}/id", f"{item['id']!r} appears twice")
        elif isinstance(item.get("id"), str):
            item_foods[item["id"]] = item.get("foods")
    seen = set()
    for where, food in problems.objects(_list(problems, document, "foods", non_empty=False), "/foods"):
        if food.get("food_id") in seen:
            problems.add(f"{where}/food_id", f"{food.get('food_id')} appears twice")
        seen.add(food.get("food_id"))
        _check_food(problems, where, food, catalogue_ids, item_foods)
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
        if not _text(document.get(key)):
            problems.add(f"/{key}", "must be a non-empty string")
    for where, anchor in problems.objects(_list(problems, document, "anchors", non_empty=True), "/anchors"):
        if anchor.get("sex") not in ("female", "male", "both"):
            problems.add(f"{where}/sex", "must be female, male or both")
        start, end = anchor.get("age_from_years"), anchor.get("age_to_years")
        if not (_finite(start) and _finite(end) and 0 <= start < end):
            problems.add(where, "needs age_from_years < age_to_years (from inclusive, to exclusive)")
        cost = anchor.get("weekly_usd_per_person")
        if not _finite(cost) or cost <= 0:
            problems.add(f"{where}/weekly_usd_per_person", "must be a number > 0")
        month = anchor.get("month")
        if not isinstance(month, str) or len(month) != 7 or month[4] != "-" or not (month[:4] + month[5:]).isdigit():
            problems.add(f"{where}/month", "must be 'YYYY-MM'")
    return problems.lines


def load_json(path):
    """Parsed JSON of `path`, or (None, problem line)."""
    try:
        return read(path), None
    except DataError as error:
        return None, str(error)
