"""The parts of the USDA SR28 ASCII release the derivation needs: description,
refuse, water and protein per 100 g, and household weights.

Fields are separated by '^', text is wrapped in '~', lines end in CRLF and the
encoding is Latin-1. A missing NUT_DATA row or an empty Refuse field means the
value is unknown, never zero."""

import os
from dataclasses import dataclass, field

from .errors import DataError

WATER = "255"
PROTEIN = "203"


def _fields(line):
    return [field.strip("~") for field in line.rstrip("\r\n").split("^")]


def _read(directory, name, wanted_ids, handle_row):
    path = os.path.join(directory, name)
    try:
        with open(path, encoding="latin-1", newline="") as stream:
            for number, line in enumerate(stream, start=1):
                fields = _fields(line)
                if fields[0] in wanted_ids:
                    handle_row(f"{path}:{number}", fields)
    except OSError as error:
        raise DataError(path, f"cannot be read ({error.strerror})") from None


def _number(where, text, what):
    try:
        return float(text)
    except ValueError:
        raise DataError(where, f"{what} {text!r} is not a number") from None


@dataclass
class Food:
    """One SR28 food: refuse_pct is None when SR28 has none; a nutrient SR28 lacks is absent."""
    ndb_no: str
    description: str
    refuse_pct: float
    refuse_description: str
    nutrients: dict = field(default_factory=dict)
    weights: dict = field(default_factory=dict)  # seq -> (amount, measure, grams)


class Sr28:
    """The foods of SR28 that the derivation asked for, by NDB number."""

    def __init__(self, directory, ndb_numbers):
        self.directory = directory
        self.foods = {}
        wanted = set(ndb_numbers)
        _read(directory, "FOOD_DES.txt", wanted, self._add_food)
        _read(directory, "NUT_DATA.txt", wanted, self._add_nutrient)
        _read(directory, "WEIGHT.txt", wanted, self._add_weight)

    def _add_food(self, where, fields):
        refuse = fields[8]
        refuse_pct = _number(where, refuse, "Refuse") if refuse else None
        self.foods[fields[0]] = Food(fields[0], fields[2], refuse_pct, fields[7])

    def _add_nutrient(self, where, fields):
        if fields[1] in (WATER, PROTEIN) and fields[0] in self.foods:
            self.foods[fields[0]].nutrients[fields[1]] = _number(where, fields[2], "Nutr_Val")

    def _add_weight(self, where, fields):
        if fields[0] in self.foods:
            amount = _number(where, fields[2], "Amount")
            grams = _number(where, fields[4], "Gm_Wgt")
            self.foods[fields[0]].weights[fields[1]] = (amount, fields[3], grams)

    def food(self, ndb_no, where):
        """The food `ndb_no`; bad input at `where` when SR28 has no such food."""
        if ndb_no not in self.foods:
            raise DataError(where, f"SR28 has no food {ndb_no}")
        return self.foods[ndb_no]

    def refuse_fraction(self, ndb_no, where):
        """Refuse as a fraction of the food as bought (FOOD_DES.Refuse / 100)."""
        food = self.food(ndb_no, where)
        if food.refuse_pct is None:
            raise DataError(where, f"SR28 gives food {ndb_no} no refuse value (unknown, not zero)")
        return food.refuse_pct / 100.0

    def nutrient(self, ndb_no, nutrient_no, where):
        """Grams of nutrient `nutrient_no` per 100 g of the food."""
        food = self.food(ndb_no, where)
        if nutrient_no not in food.nutrients:
            raise DataError(where, f"SR28 has no value of nutrient {nutrient_no} for food {ndb_no}")
        return food.nutrients[nutrient_no]

    def solids(self, ndb_no, where):
        """Grams of dry matter per 100 g: 100 minus water."""
        return 100.0 - self.nutrient(ndb_no, WATER, where)

    def weight(self, ndb_no, seq, where):
        """The household measure `seq` of the food as (amount, measure, grams)."""
        food = self.food(ndb_no, where)
        key = str(seq)
        if key not in food.weights:
            raise DataError(where, f"SR28 food {ndb_no} has no household measure {seq}")
        return food.weights[key]
