"""From the spec, the catalogue and the sources to the mealplan.purchases/1 document."""

import json
import os
import statistics

from . import bring_forward, packages, prices, spec as spec_module, yields
from .bls import read_directory
from .ers import Ers
from .errors import DataError
from .jsonio import read
from .ppnap import PpNap
from .sr28 import Sr28
from .units import round_usd_per_kg, round_yield, package_price_usd

SCHEMA = "mealplan.purchases/1"
SOURCES = {
    "sr28": "US Department of Agriculture, Agricultural Research Service, Nutrient Data Laboratory. USDA National "
            "Nutrient Database for Standard Reference, Release 28. Version Current: September 2015.",
    "ers_fruit_vegetable_prices": "USDA Economic Research Service, Fruit and Vegetable Prices, 2022 (average retail "
                                  "prices from Circana/IRI retail scanner data, with yields).",
    "bls_average_price": "US Bureau of Labor Statistics, Consumer Price Index Average Price Data, U.S. city average "
                         "(series APU0000...), monthly to 2022-08.",
    "ers_ppnap": "USDA Economic Research Service, Purchase to Plate National Average Prices (PP-NAP) for the foods "
                 "of FNDDS, 2011/2012 to 2017/2018, dollars per 100 g as eaten.",
    "foodkeeper": "USDA Food Safety and Inspection Service, FoodKeeper data, version 128 (September 2018): storage "
                  "times typed into data/purchases-spec.json with the FoodKeeper product number.",
}


def _load_catalogue(path):
    document = read(path)
    if not isinstance(document, dict) or not isinstance(document.get("foods"), list):
        raise DataError(path, "must be an object with a 'foods' list")
    foods = []
    for index, food in enumerate(document["foods"]):
        if not isinstance(food, dict) or not isinstance(food.get("id"), str) or not isinstance(food.get("name"), str):
            raise DataError(f"{path}:/foods/{index}", "must have a string id and name")
        foods.append((food["id"], food["name"]))
    return foods


def _sr28_numbers(spec, catalogue):
    numbers = {food_id for food_id, _ in catalogue}

    def walk(value):
        if isinstance(value, dict):
            for key, member in value.items():
                if key in ("food", "raw", "of", "id", "powder") and isinstance(member, str) and spec_module.NDB_NO.match(member):
                    numbers.add(member)
                walk(member)
        elif isinstance(value, list):
            for member in value:
                walk(member)

    walk(spec["items"])
    return numbers


def _keeps(keeps, below):
    known = [days for days in (keeps["days"], keeps.get("opened_days")) if days is not None]
    return (bool(known) and min(known) < below), known


def _item(item, where, context, sr28, ers, catalogue_names, below):
    food_yields = {}
    foods_out = []
    for index, food in enumerate(item["foods"]):
        food_where = f"{where}/foods/{index}"
        if food["id"] not in catalogue_names:
            raise DataError(f"{food_where}/id", f"{food['id']} is not a food of the catalogue")
        result = yields.compute(food["id"], food["yield"], f"{food_where}/yield", sr28, ers)
        low, high = result.allowed
        if not low <= result.value <= high:
            raise DataError(f"{food_where}/yield", f"yield {result.value:.4f} lies outside {low:g}-{high:g} for "
                                                   f"rule {result.rule}")
        food_yields[food["id"]] = result.value
        foods_out.append({"food_id": food["id"], "name": catalogue_names[food["id"]], "item": item["id"],
                          "yield": round_yield(result.value), "yield_rule": result.rule, "yield_basis": result.basis})

    def food_yield(ndb_no, at):
        if ndb_no not in food_yields:
            raise DataError(at, f"{ndb_no} is not a food of item {item['id']}")
        return food_yields[ndb_no]

    def form_yield(form_spec, at):
        result = yields.compute(None, form_spec, at, sr28, ers)
        return result.value

    unit = packages.unit_of(item.get("unit"), f"{where}/unit", sr28, food_yield)
    package_list = [packages.package_of(package, f"{where}/packages/{index}", sr28, unit)
                    for index, package in enumerate(item["packages"])]
    try:
        price = prices.price_of(item["price"], f"{where}/price", context, unit, food_yield, form_yield)
        unpriced = None
    except prices.Unpriced as reason:
        price, unpriced = None, str(reason)
    usd_per_kg = round_usd_per_kg(price.usd_per_kg) if price else None
    perishable, _ = _keeps(item["keeps"], below)
    out = {
        "id": item["id"], "name": item["name"], "aisle": item["aisle"], "staple": item.get("staple", False),
        "perishable": perishable, "keeps_days": item["keeps"]["days"],
        "keeps_opened_days": item["keeps"].get("opened_days"), "stored": item["keeps"]["stored"],
        "keeps_basis": item["keeps"]["basis"],
        "unit": None if unit is None else {"label": unit.label, "grams_as_bought": unit.grams_as_bought,
                                           "basis": unit.basis},
        "packages": [_package(package, usd_per_kg) for package in package_list],
        "price": None if price is None else _price(price, usd_per_kg),
    }
    if unpriced is not None:
        out["unpriced_reason"] = unpriced
    out["foods"] = [food["food_id"] for food in foods_out]
    if "note" in item:
        out["note"] = item["note"]
    return out, foods_out, food_yields


def _comparisons(spec, spec_path, items_by_id, yields_by_item, context, sr28, ers):
    """PP-NAP, by the same rule, against the ERS or BLS price of items priced from those."""
    comparisons = []
    for index, comparison in enumerate(spec.get("ppnap_comparisons", [])):
        where = f"{spec_path}:/ppnap_comparisons/{index}"
        spec_module.keys(comparison, where, ("id", "purpose", "pairs"), ("caution_for_row_yields",))
        pairs = []
        for pair_index, pair in enumerate(comparison["pairs"]):
            pair_where = f"{where}/pairs/{pair_index}"
            spec_module.keys(pair, pair_where, ("item", "ppnap"))
            item = items_by_id.get(pair["item"])
            if item is None or item["price"] is None or item["price"]["source"] == "ppnap":
                raise DataError(f"{pair_where}/item", f"{pair['item']!r} must be an item priced by ERS or BLS")
            item_yields = yields_by_item[pair["item"]]

            def food_yield(ndb_no, at, item_yields=item_yields, item_id=pair["item"]):
                if ndb_no not in item_yields:
                    raise DataError(at, f"{ndb_no} is not a food of item {item_id}")
                return item_yields[ndb_no]

            def form_yield(form_spec, at):
                return yields.compute(None, form_spec, at, sr28, ers).value

            try:
                price = prices.price_of({"ppnap": pair["ppnap"]}, pair_where, context, None, food_yield, form_yield)
            except prices.Unpriced as reason:
                raise DataError(pair_where, f"PP-NAP gives no checked price: {reason}") from None
            source_usd_per_kg = item["price"]["usd_per_kg_as_bought"]
            pairs.append({"item": pair["item"], "source": item["price"]["source"],
                          "source_usd_per_kg": source_usd_per_kg,
                          "ppnap_usd_per_kg": round_usd_per_kg(price.usd_per_kg),
                          "ppnap_period": price.period,
                          "ratio": round(price.usd_per_kg / source_usd_per_kg, 3)})
        median = round(statistics.median(pair["ratio"] for pair in pairs), 3)
        comparisons.append({"id": comparison["id"], "purpose": comparison["purpose"], "median_ratio": median,
                            "pairs": pairs})
        if "caution_for_row_yields" in comparison:
            bounds = comparison["caution_for_row_yields"]
            if not isinstance(bounds, list) or len(bounds) != 2:
                raise DataError(f"{where}/caution_for_row_yields", "must be [lowest, highest]")
            low = spec_module.number(bounds[0], f"{where}/caution_for_row_yields/0", 0)
            high = spec_module.number(bounds[1], f"{where}/caution_for_row_yields/1", low)
            _caution(items_by_id.values(), low, high, comparison["id"], median, len(pairs))
    return comparisons


def _caution(items, low, high, comparison_id, median, pairs):
    """Marks PP-NAP prices whose row is a food cooked from the dry item (its yield within low-high),
    which the comparison found too high."""
    for item in items:
        price = item["price"]
        if price is not None and price["source"] == "ppnap" and low <= price["row_yield"] <= high:
            price["caution"] = (f"PP-NAP prices foods cooked from dry at {median:g} x (median of {pairs} pairs, "
                                f"ppnap_comparisons {comparison_id}) the ERS or BLS price of the dry food through "
                                f"the same yield; this price may be as much too high")


def _package(package, usd_per_kg):
    out = {"label": package.label, "grams_as_bought": package.grams_as_bought}
    if package.count is not None:
        out["count"] = package.count
    out["basis"] = package.basis
    out["price_usd"] = None if usd_per_kg is None else package_price_usd(usd_per_kg, package.grams_as_bought)
    return out


def _price(price, usd_per_kg):
    out = {"usd_per_kg_as_bought": usd_per_kg, "source": price.source, "period": price.period}
    if price.factor is not None:
        out["brought_forward"] = {"from": price.factor.base, "to": price.factor.target,
                                  "factor": round(price.factor.value, 4),
                                  "usd_per_kg_before": round_usd_per_kg(price.usd_per_kg / price.factor.value)}
    else:
        out["brought_forward"] = None
    out["row"] = price.row
    if price.proxy is not None:
        out["proxy"] = price.proxy
    if price.checked:
        out["checked"] = price.checked
    if price.row_yield is not None:
        out["row_yield"] = round_yield(price.row_yield)
    return out


def derive(spec_path, foods_path, prices_dir, sr28_dir):
    """The purchases document as a Python object (bad input raises DataError)."""
    spec = spec_module.load(spec_path)
    catalogue = _load_catalogue(foods_path)
    catalogue_names = dict(catalogue)
    sr28 = Sr28(sr28_dir, _sr28_numbers(spec, catalogue))
    ers = Ers(prices_dir)
    bls_dir = os.path.join(prices_dir, "bls-average-price")
    bls_series = read_directory(bls_dir)
    ppnap = PpNap(os.path.join(prices_dir, "ers-pp-nap-2011-2018.csv"))
    factors = bring_forward.compute(bls_series, spec["price_month"], bls_dir)
    context = prices.Context(ers, bls_series, ppnap, factors, spec["price_month"], spec["ppnap_agreement_factor"], sr28,
                             tuple(spec["ppnap_cooked_from_dry_yields"]))
    below = spec["perishable_below_days"]
    items, foods_by_id, yields_by_item = [], {}, {}
    for index, item in enumerate(spec["items"]):
        item_out, foods_out, food_yields = _item(item, f"{spec_path}:/items/{index}", context, sr28, ers,
                                                 catalogue_names, below)
        items.append(item_out)
        yields_by_item[item_out["id"]] = food_yields
        for food in foods_out:
            foods_by_id[food["food_id"]] = food
    missing = [food_id for food_id, _ in catalogue if food_id not in foods_by_id]
    if missing:
        raise DataError(spec_path, f"no item for catalogue food(s) {', '.join(missing)}")
    return {
        "schema": SCHEMA,
        "generated_by": "tools/derive-purchases from data/purchases-spec.json; do not edit by hand",
        "sources": SOURCES,
        "price_year": spec["price_month"][:4],
        "price_month": spec["price_month"],
        "bring_forward": [{"from": factor.base, "to": factor.target, "factor": round(factor.value, 4),
                           "series": len(factor.series),
                           "method": "median over the BLS average-price series with a value in every month of the "
                                     "base period and in the target month of (target month) / (mean of the base "
                                     "period)"}
                          for factor in factors.values()],
        "ppnap_comparisons": _comparisons(spec, spec_path, {item["id"]: item for item in items}, yields_by_item,
                                          context, sr28, ers),
        "perishable_below_days": below,
        "ppnap_agreement_factor": spec["ppnap_agreement_factor"],
        "ppnap_cooked_from_dry_yields": spec["ppnap_cooked_from_dry_yields"],
        "items": items,
        "foods": [foods_by_id[food_id] for food_id, _ in catalogue],
    }


def dumps(document):
    """The bytes written: the same document always gives the same text."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
