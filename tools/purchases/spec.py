"""Reading data/purchases-spec.json: its shape is checked here, its meaning
(rows that exist, values in range) where each part is derived."""

import re

from .errors import DataError
from .jsonio import read

SCHEMA = "mealplan.purchases-spec/1"
AISLES = ("produce", "grains and bakery", "legumes", "nuts and seeds", "meat and poultry",
          "fish and seafood", "dairy and eggs", "frozen", "canned", "oils and condiments",
          "spices and herbs", "beverages")
STORAGE = ("pantry", "refrigerator", "freezer")
ITEM_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
NDB_NO = re.compile(r"^[0-9]{5}$")


def keys(value, where, required, optional=()):
    """`value` must be an object with every `required` key and no key outside both lists."""
    if not isinstance(value, dict):
        raise DataError(where, "must be an object")
    for key in required:
        if key not in value:
            raise DataError(where, f"lacks {key!r}")
    for key in value:
        if key not in required and key not in optional:
            raise DataError(f"{where}/{key}", "is not a known member")
    return value


def text(value, where):
    """A non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise DataError(where, "must be a non-empty string")
    return value


def number(value, where, minimum=None, exclusive=True):
    """A finite number, above `minimum` when given."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value in (
            float("inf"), float("-inf")):
        raise DataError(where, "must be a finite number")
    if minimum is not None and (value <= minimum if exclusive else value < minimum):
        raise DataError(where, f"must be {'>' if exclusive else '>='} {minimum}")
    return float(value)


def ndb(value, where):
    """A 5-digit SR28 NDB number as a string."""
    if not isinstance(value, str) or not NDB_NO.match(value):
        raise DataError(where, "must be a 5-digit SR28 NDB number in a string")
    return value


def load(path):
    """The spec as parsed JSON, with its top level checked."""
    spec = read(path)
    keys(spec, path, ("schema", "note", "perishable_below_days", "ppnap_agreement_factor",
                      "ppnap_cooked_from_dry_yields", "price_month", "items"), ("ppnap_comparisons",))
    if spec["schema"] != SCHEMA:
        raise DataError(f"{path}:/schema", f"must be {SCHEMA!r}")
    number(spec["perishable_below_days"], f"{path}:/perishable_below_days", 0)
    number(spec["ppnap_agreement_factor"], f"{path}:/ppnap_agreement_factor", 1)
    bounds = spec["ppnap_cooked_from_dry_yields"]
    if not isinstance(bounds, list) or len(bounds) != 2:
        raise DataError(f"{path}:/ppnap_cooked_from_dry_yields", "must be [lowest, highest]")
    low = number(bounds[0], f"{path}:/ppnap_cooked_from_dry_yields/0", 0)
    number(bounds[1], f"{path}:/ppnap_cooked_from_dry_yields/1", low)
    if not re.match(r"^[0-9]{4}-[0-9]{2}$", str(spec["price_month"])):
        raise DataError(f"{path}:/price_month", "must be 'YYYY-MM'")
    if not isinstance(spec["items"], list) or not spec["items"]:
        raise DataError(f"{path}:/items", "must be a non-empty list")
    seen = set()
    for index, item in enumerate(spec["items"]):
        where = f"{path}:/items/{index}"
        keys(item, where, ("id", "name", "aisle", "packages", "keeps", "price", "foods"),
             ("unit", "staple", "note"))
        if not isinstance(item["id"], str) or not ITEM_ID.match(item["id"]):
            raise DataError(f"{where}/id", "must be kebab-case")
        if item["id"] in seen:
            raise DataError(f"{where}/id", f"{item['id']!r} appears twice")
        seen.add(item["id"])
        text(item["name"], f"{where}/name")
        if item["aisle"] not in AISLES:
            raise DataError(f"{where}/aisle", f"must be one of {', '.join(AISLES)}")
        if not isinstance(item.get("staple", False), bool):
            raise DataError(f"{where}/staple", "must be true or false")
        if not isinstance(item["packages"], list) or not item["packages"]:
            raise DataError(f"{where}/packages", "must be a non-empty list")
        if not isinstance(item["foods"], list) or not item["foods"]:
            raise DataError(f"{where}/foods", "must be a non-empty list")
        for food_index, food in enumerate(item["foods"]):
            keys(food, f"{where}/foods/{food_index}", ("id", "yield"))
            ndb(food["id"], f"{where}/foods/{food_index}/id")
        keeps = keys(item["keeps"], f"{where}/keeps", ("days", "stored", "basis"), ("opened_days",))
        for key in ("days", "opened_days"):
            if keeps.get(key) is not None:
                number(keeps[key], f"{where}/keeps/{key}", 0)
        if keeps["stored"] not in STORAGE:
            raise DataError(f"{where}/keeps/stored", f"must be one of {', '.join(STORAGE)}")
        text(keeps["basis"], f"{where}/keeps/basis")
    return spec
