"""Yield rules: grams of a food as eaten per gram of its item as bought.

Preference, decided per food in the spec: the ERS row for that very form;
else SR28 — the refuse of the form as bought (peel, shell, bone), the ratio of
the solids (100 - water) of the raw and the cooked form for grains, legumes
and vegetables, the ratio of protein for meat and fish (the fat and water
that drip out take no protein with them) — or 1 when the food is eaten as
bought. Each result says which rule and which rows gave it."""

import re
from dataclasses import dataclass

from .errors import DataError
from .spec import keys, ndb, number, text
from .sr28 import PROTEIN
from .units import GRAMS_PER_OUNCE

# Range a yield of each rule may take; outside it the data or the spec is wrong.
COOKING_RANGE = (0.2, 8.0)  # porridges take up to 7 parts of water
BEVERAGE_RANGE = (5.0, 200.0)
TRIM_RANGE = (0.2, 1.0)

RULES = ("ers", "ers_solids", "ers_canned_drained", "sr28_refuse", "sr28_solids", "sr28_refuse_solids",
         "sr28_protein", "sr28_refuse_protein", "sr28_portions", "sr28_can", "sr28_dissolved", "brew_ratio",
         "as_is")


@dataclass
class Yield:
    """A computed yield with the rule that gave it and a sentence saying how."""
    value: float
    rule: str
    basis: str
    allowed: tuple


def allowed_range(rule):
    """The plausible (low, high) of a yield of `rule`; as-is yields are exactly 1."""
    if rule == "as_is":
        return (1.0, 1.0)
    if rule in ("brew_ratio", "sr28_dissolved"):
        return BEVERAGE_RANGE
    if rule in ("sr28_refuse", "sr28_portions", "sr28_can", "ers_canned_drained"):
        return TRIM_RANGE
    return COOKING_RANGE


def _ers_row(spec, where, ers):
    keys(spec, where, ("rule", "table", "product", "form"), ("raw", "note"))
    return ers.row(spec["table"], spec["product"], spec["form"], where)


def _describe(sr28, ndb_no, where):
    return f"SR28 {ndb_no} ({sr28.food(ndb_no, where).description})"


def compute(food_id, spec, where, sr28, ers):
    """The Yield of `food_id` by the rule `spec` (a yield object of the spec)."""
    if not isinstance(spec, dict) or spec.get("rule") not in RULES:
        raise DataError(f"{where}/rule", f"must be one of {', '.join(RULES)}")
    rule = spec["rule"]
    note = spec.get("note")
    eaten = spec.get("of", food_id)
    if eaten is not None:
        ndb(eaten, f"{where}/of")
    elif rule in _NEEDS_EATEN_FORM:
        raise DataError(where, f"rule {rule} of a form needs 'of', the SR28 food the form is")
    value, basis = _RULES[rule](food_id, eaten, spec, where, sr28, ers)
    if note is not None:
        basis = f"{basis}; {text(note, f'{where}/note')}"
    return Yield(value, rule, basis, allowed_range(rule))


def _ers(food_id, eaten, spec, where, sr28, ers):
    row = _ers_row(spec, where, ers)
    return row.yield_factor, f"ERS 2022 {spec['table']}: {row.product} ({row.form}), yield {row.yield_factor:g}"


def _ers_solids(food_id, eaten, spec, where, sr28, ers):
    keys(spec, where, ("rule", "table", "product", "form", "raw"), ("note",))
    row = _ers_row(spec, where, ers)
    raw = ndb(spec["raw"], f"{where}/raw")
    ratio = sr28.solids(raw, where) / sr28.solids(eaten, where)
    return (row.yield_factor * ratio,
            f"ERS 2022 {spec['table']}: {row.product} ({row.form}), yield {row.yield_factor:g}, for the raw form, "
            f"times the solids of {_describe(sr28, raw, where)} over those of {_describe(sr28, eaten, where)} "
            f"({ratio:.4f})")


def _ers_canned_drained(food_id, eaten, spec, where, sr28, ers):
    keys(spec, where, ("rule", "reference"), ("note",))
    reference = keys(spec["reference"], f"{where}/reference", ("table", "product", "form"))
    row = ers.row(reference["table"], reference["product"], reference["form"], f"{where}/reference")
    if row.form != "Canned":
        raise DataError(f"{where}/reference/form", "must name a canned row")
    return (row.yield_factor,
            f"ERS 2022 drained yield of canned foods packed in liquid ({row.yield_factor:g} on its canned bean "
            f"and vegetable rows, here {row.product}); ERS has no row for this food")


def _sr28_refuse(food_id, eaten, spec, where, sr28, ers):
    keys(spec, where, ("rule",), ("of", "note"))
    refuse = sr28.refuse_fraction(eaten, where)
    what = sr28.food(eaten, where).refuse_description
    return 1.0 - refuse, f"{_describe(sr28, eaten, where)}: refuse {refuse * 100:g} %" + (f" ({what})" if what else "")


# What a cooking ratio compares: the part of the food that cooking keeps.
_RETAINED = {
    "solids": ("solids (100 - water)", lambda sr28, ndb_no, where: sr28.solids(ndb_no, where)),
    "protein": ("protein", lambda sr28, ndb_no, where: sr28.nutrient(ndb_no, PROTEIN, where)),
}


def _retained_ratio(component, with_refuse):
    """A rule: grams of `component` per 100 g of the raw form over those of the eaten form,
    times 1 - the refuse of the raw form when `with_refuse`."""
    label, amount = _RETAINED[component]

    def rule(food_id, eaten, spec, where, sr28, ers):
        keys(spec, where, ("rule", "raw"), ("of", "note"))
        raw = ndb(spec["raw"], f"{where}/raw")
        raw_amount, eaten_amount = amount(sr28, raw, where), amount(sr28, eaten, where)
        basis = (f"{label} of {_describe(sr28, raw, where)}, {raw_amount:g} g, over that of "
                 f"{_describe(sr28, eaten, where)}, {eaten_amount:g} g")
        if not with_refuse:
            return raw_amount / eaten_amount, basis
        refuse = sr28.refuse_fraction(raw, where)
        return (1.0 - refuse) * raw_amount / eaten_amount, f"1 - refuse {refuse * 100:g} % of SR28 {raw}, times the {basis}"

    return rule


def _portion(spec, where, sr28):
    keys(spec, where, ("food", "seq"))
    ndb_no = ndb(spec["food"], f"{where}/food")
    amount, measure, grams = sr28.weight(ndb_no, spec["seq"], where)
    return ndb_no, f"{amount:g} {measure}", grams


def _sr28_portions(food_id, eaten, spec, where, sr28, ers):
    keys(spec, where, ("rule", "eaten", "bought"), ("note",))
    eaten_no, eaten_measure, eaten_grams = _portion(spec["eaten"], f"{where}/eaten", sr28)
    bought_no, bought_measure, edible_grams = _portion(spec["bought"], f"{where}/bought", sr28)
    refuse = sr28.refuse_fraction(bought_no, f"{where}/bought")
    bought_grams = edible_grams / (1.0 - refuse)
    return (eaten_grams / bought_grams,
            f"SR28 {eaten_no} '{eaten_measure}' = {eaten_grams:g} g from one SR28 {bought_no} '{bought_measure}' "
            f"of {edible_grams:g} g edible, {bought_grams:.1f} g as bought (refuse {refuse * 100:g} %)")


def _sr28_can(food_id, eaten, spec, where, sr28, ers):
    keys(spec, where, ("rule", "seq", "net_oz"), ("food", "assumed_can", "note"))
    ndb_no = ndb(spec.get("food", food_id), f"{where}/food")
    net_oz = number(spec["net_oz"], f"{where}/net_oz", 0)
    amount, measure, grams = sr28.weight(ndb_no, spec["seq"], where)
    if "assumed_can" in spec:
        size = f"{net_oz:g} oz can assumed: {text(spec['assumed_can'], f'{where}/assumed_can')}"
    elif re.search(rf"\b{re.escape(f'{net_oz:g}')} oz\b", measure):
        size = f"the {net_oz:g} oz can SR28 names"
    else:
        raise DataError(f"{where}/net_oz", f"SR28 {ndb_no} measure {measure!r} does not name a {net_oz:g} oz can")
    return (grams / (net_oz * GRAMS_PER_OUNCE),
            f"SR28 {ndb_no} '{amount:g} {measure}' = {grams:g} g drained from {size} ({net_oz * GRAMS_PER_OUNCE:.1f} g net)")


def _sr28_dissolved(food_id, eaten, spec, where, sr28, ers):
    keys(spec, where, ("rule", "powder"), ("note",))
    powder = ndb(spec["powder"], f"{where}/powder")
    return (sr28.solids(powder, where) / sr28.solids(eaten, where),
            f"a powder that dissolves whole: solids of {_describe(sr28, powder, where)}, {sr28.solids(powder, where):g} g, "
            f"over those of {_describe(sr28, eaten, where)}, {sr28.solids(eaten, where):g} g")


def _brew_ratio(food_id, eaten, spec, where, sr28, ers):
    keys(spec, where, ("rule", "dry_g", "beverage_g", "basis"), ("note",))
    dry = number(spec["dry_g"], f"{where}/dry_g", 0)
    beverage = number(spec["beverage_g"], f"{where}/beverage_g", 0)
    return beverage / dry, f"{beverage:g} g of beverage from {dry:g} g as bought: {text(spec['basis'], f'{where}/basis')}"


def _as_is(food_id, eaten, spec, where, sr28, ers):
    keys(spec, where, ("rule", "why"), ("note",))
    return 1.0, f"yield 1: {text(spec['why'], f'{where}/why')}"


_NEEDS_EATEN_FORM = ("ers_solids", "sr28_refuse", "sr28_solids", "sr28_refuse_solids", "sr28_protein",
                     "sr28_refuse_protein", "sr28_dissolved")

_RULES = {
    "ers": _ers, "ers_solids": _ers_solids, "ers_canned_drained": _ers_canned_drained,
    "sr28_refuse": _sr28_refuse,
    "sr28_solids": _retained_ratio("solids", with_refuse=False),
    "sr28_refuse_solids": _retained_ratio("solids", with_refuse=True),
    "sr28_protein": _retained_ratio("protein", with_refuse=False),
    "sr28_refuse_protein": _retained_ratio("protein", with_refuse=True),
    "sr28_portions": _sr28_portions, "sr28_can": _sr28_can, "sr28_dissolved": _sr28_dissolved,
    "brew_ratio": _brew_ratio, "as_is": _as_is,
}

