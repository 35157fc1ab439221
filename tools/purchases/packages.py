"""Packages and whole-item units in grams as bought (never as eaten)."""

from dataclasses import dataclass

from .errors import DataError
from .spec import keys, ndb, number, text
from .units import FLUID_OUNCES_PER_MEASURE, GRAMS_PER_OUNCE, GRAMS_PER_POUND, round_grams


@dataclass
class Unit:
    """One whole item as bought (a banana with its peel, an egg in its shell)."""
    label: str
    exact_grams: float  # packages by count multiply this, then round
    basis: str

    @property
    def grams_as_bought(self):
        return round_grams(self.exact_grams)


@dataclass
class Package:
    """One package a shop sells, its weight as bought and, for whole items, how many."""
    label: str
    grams_as_bought: float
    basis: str
    count: int = None


def fluid_ounce_grams(ndb_no, seq, where, sr28):
    """Grams per fluid ounce of an SR28 food from one of its volume measures."""
    amount, measure, grams = sr28.weight(ndb_no, seq, where)
    unit = next((name for name in FLUID_OUNCES_PER_MEASURE if measure == name or measure.startswith(name + " ")
                 or measure.startswith(name + ",")), None)
    if unit is None:
        raise DataError(where, f"SR28 {ndb_no} measure {measure!r} is not a volume (cup, fl oz, tbsp, tsp, quart)")
    fluid_ounces = amount * FLUID_OUNCES_PER_MEASURE[unit]
    return grams / fluid_ounces, f"SR28 {ndb_no} {amount:g} {measure} = {grams:g} g"


def unit_of(spec, where, sr28, yield_of):
    """The Unit of an item spec, or None. `yield_of(ndb_no)` is the yield of a food of the item."""
    if spec is None:
        return None
    keys(spec, where, ("label",), ("food", "seq", "as_bought", "grams", "basis"))
    label = text(spec["label"], f"{where}/label")
    if "grams" in spec:
        keys(spec, where, ("label", "grams", "basis"))
        return Unit(label, number(spec["grams"], f"{where}/grams", 0), text(spec["basis"], f"{where}/basis"))
    keys(spec, where, ("label", "food", "seq"), ("as_bought",))
    ndb_no = ndb(spec["food"], f"{where}/food")
    amount, measure, grams = sr28.weight(ndb_no, spec["seq"], where)
    if spec.get("as_bought", False):
        return Unit(label, grams, f"SR28 {ndb_no} '{amount:g} {measure}' = {grams:g} g as bought")
    item_yield = yield_of(ndb_no, f"{where}/food")
    return Unit(label, grams / item_yield,
                f"SR28 {ndb_no} '{amount:g} {measure}' = {grams:g} g edible, divided by its yield {item_yield:.4f}")


def package_of(spec, where, sr28, unit):
    """The Package of one package spec; a package by count needs the item's unit."""
    keys(spec, where, ("label",), ("oz", "lb", "grams", "fl_oz", "food", "seq", "count", "basis"))
    label = text(spec["label"], f"{where}/label")
    basis = text(spec["basis"], f"{where}/basis") if "basis" in spec else None
    if "count" in spec:
        keys(spec, where, ("label", "count"), ("basis",))
        count = spec["count"]
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise DataError(f"{where}/count", "must be a whole number >= 1")
        if unit is None:
            raise DataError(f"{where}/count", "a package by count needs the item's unit")
        return Package(label, round_grams(count * unit.exact_grams),
                       basis or f"{count} x {unit.label} of {unit.grams_as_bought:g} g", count)
    if "oz" in spec:
        keys(spec, where, ("label", "oz"), ("basis",))
        ounces = number(spec["oz"], f"{where}/oz", 0)
        return Package(label, round_grams(ounces * GRAMS_PER_OUNCE), basis or f"label weight {ounces:g} oz")
    if "lb" in spec:
        keys(spec, where, ("label", "lb"), ("basis",))
        pounds = number(spec["lb"], f"{where}/lb", 0)
        return Package(label, round_grams(pounds * GRAMS_PER_POUND), basis or f"label weight {pounds:g} lb")
    if "fl_oz" in spec:
        keys(spec, where, ("label", "fl_oz", "food", "seq"), ("basis",))
        fluid_ounces = number(spec["fl_oz"], f"{where}/fl_oz", 0)
        per_fluid_ounce, measure = fluid_ounce_grams(ndb(spec["food"], f"{where}/food"), spec["seq"], where, sr28)
        return Package(label, round_grams(fluid_ounces * per_fluid_ounce),
                       basis or f"label volume {fluid_ounces:g} fl oz at {measure}")
    if "grams" in spec:
        keys(spec, where, ("label", "grams", "basis"))
        return Package(label, round_grams(number(spec["grams"], f"{where}/grams", 0)), basis)
    raise DataError(where, "needs one of oz, lb, grams, fl_oz or count")
