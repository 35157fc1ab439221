"""USDA ERS Purchase to Plate National Average Prices (PP-NAP): dollars per
100 g of an FNDDS food as eaten, for the survey cycles 2011/2012 to 2017/2018.

Traps: the file is Windows-1252, not UTF-8; food_code is an FNDDS code, not an
SR28 NDB number; a price of 'NA' is missing, not zero; in 2011/2012 a food may
have extra rows with a non-zero mod_code (a modified recipe) besides its plain
row (mod_code 0); later cycles give mod_code 'NA' for the one row there is.

`method` says how ERS priced the food: 1 and 2 link the FNDDS food to the
retail products sold as it (or as its expenditure category), 3 to 5 price its
FNDDS recipe from the recipe's ingredients."""

import math
from dataclasses import dataclass

from .csvio import records
from .errors import DataError

CYCLES = ("2011/2012", "2013/2014", "2015/2016", "2017/2018")
PLAIN_MOD_CODES = ("0", "NA")
METHODS = ("1", "2", "3", "4", "5")
LINKED_METHODS = ("1", "2")  # "Links to FNDDS", "Links to altEC"


@dataclass
class Price:
    """One food in one cycle: dollars per 100 g as eaten and the description then."""
    where: str
    usd_per_100g: float
    description: str
    method: str  # one of METHODS


class PpNap:
    """Plain-variant prices by FNDDS code and cycle."""

    def __init__(self, path):
        self.path = path
        self.prices = {}  # code -> {cycle: Price}
        self.descriptions = {}  # code -> {cycle: description}, also for rows without a price
        columns = ("year", "food_code", "mod_code", "food_description", "method", "price_100gm")
        for where, record in records(path, "cp1252", columns):
            self._add(where, record)

    def _add(self, where, record):
        cycle = record["year"]
        if cycle not in CYCLES:
            raise DataError(where, f"year {cycle!r} is not one of {', '.join(CYCLES)}")
        if record["mod_code"] not in PLAIN_MOD_CODES:
            return
        if record["method"] not in METHODS:
            raise DataError(where, f"method {record['method']!r} is not one of {', '.join(METHODS)}")
        code = record["food_code"]
        self.descriptions.setdefault(code, {})[cycle] = record["food_description"]
        text = record["price_100gm"].strip()
        if text == "NA":
            return  # missing, never zero
        try:
            value = float(text)
        except ValueError:
            raise DataError(where, f"price_100gm {text!r} is not a number") from None
        if not math.isfinite(value):
            raise DataError(where, f"price_100gm {text!r} is not a finite number")
        if value <= 0:
            return  # a price of zero or less says nothing about the food's price
        cycles = self.prices.setdefault(code, {})
        if cycle in cycles:
            raise DataError(where, f"food_code {code} has two plain rows in {cycle}")
        cycles[cycle] = Price(where, value, record["food_description"], record["method"])

    def latest_description(self, code, where):
        """The description of `code` in the latest cycle that lists it."""
        if code not in self.descriptions:
            raise DataError(where, f"PP-NAP has no plain row of food_code {code}")
        cycles = self.descriptions[code]
        return cycles[max(cycles)]

    def cycles_of(self, code):
        """{cycle: Price} of `code`, possibly empty."""
        return self.prices.get(code, {})
