"""USDA ERS Fruit and Vegetable Prices 2022: retail price per pound (or per
pint for juices) as bought, and the yield of edible or cooked food per unit
bought, one row per product and form."""

import os
from dataclasses import dataclass

from .csvio import positive_number, records
from .errors import DataError

TABLES = {"vegetables": ("ers-vegetable-prices-2022.csv", "Vegetable"),
          "fruit": ("ers-fruit-prices-2022.csv", "Fruit")}
UNITS = ("per pound", "per pint")


@dataclass
class Row:
    """One product and form: price in dollars per `unit`, yield as a fraction."""
    where: str
    product: str
    form: str
    price_usd: float
    unit: str
    yield_factor: float


class Ers:
    """Both ERS tables, rows found by (table, product, form)."""

    def __init__(self, directory):
        self.rows = {}
        for table, (name, product_column) in TABLES.items():
            path = os.path.join(directory, name)
            columns = (product_column, "Form", "RetailPrice", "RetailPriceUnit", "Yield")
            for where, record in records(path, "utf-8", columns):
                self._add(table, where, product_column, record)

    def _add(self, table, where, product_column, record):
        unit = record.get("RetailPriceUnit")
        if unit not in UNITS:
            raise DataError(where, f"RetailPriceUnit {unit!r} is not one of {', '.join(UNITS)}")
        key = (table, record[product_column], record["Form"])
        if key in self.rows:
            raise DataError(where, f"{record[product_column]} ({record['Form']}) appears twice")
        self.rows[key] = Row(where, record[product_column], record["Form"],
                             positive_number(where, record["RetailPrice"], "RetailPrice"), unit,
                             positive_number(where, record["Yield"], "Yield"))

    def row(self, table, product, form, where):
        """The row of `product` in `form`; bad input at `where` when ERS has none."""
        key = (table, product, form)
        if key not in self.rows:
            raise DataError(where, f"ERS {table} has no row {product!r} ({form})")
        return self.rows[key]
