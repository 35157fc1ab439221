"""US BLS CPI Average Price Data, U.S. city average: one CSV per series with
columns Series Id, Year, Period (M01-M12), Value. A '-' value is missing."""

import os
from dataclasses import dataclass

from .csvio import positive_number, records
from .errors import DataError


def month_key(year, month):
    """'YYYY-MM' for a year and month number."""
    return f"{year:04d}-{month:02d}"


@dataclass
class Series:
    """Monthly values of one series, keyed 'YYYY-MM'."""
    path: str
    series_id: str
    values: dict

    def latest(self, not_after):
        """(month, value) of the latest month with a value, at most `not_after`."""
        months = [month for month in self.values if month <= not_after]
        if not months:
            raise DataError(self.path, f"no value at or before {not_after}")
        month = max(months)
        return month, self.values[month]


def read_series(path):
    """The series in `path`; every row must belong to the same series."""
    values = {}
    series_id = None
    for where, record in records(path, "utf-8", ("Series Id", "Year", "Period", "Value")):
        if series_id is None:
            series_id = record["Series Id"]
        elif record["Series Id"] != series_id:
            raise DataError(where, f"series {record['Series Id']} in the file of {series_id}")
        period = record["Period"]
        if not (period.startswith("M") and period[1:].isdigit() and 1 <= int(period[1:]) <= 12):
            raise DataError(where, f"Period {period!r} is not a month M01-M12")
        text = record["Value"].strip()
        if text in ("", "-"):
            continue  # missing, never zero
        if not record["Year"].isdigit():
            raise DataError(where, f"Year {record['Year']!r} is not a year")
        values[month_key(int(record["Year"]), int(period[1:]))] = positive_number(where, text, "Value")
    if series_id is None:
        raise DataError(path, "has no rows")
    return Series(path, series_id, values)


def read_directory(directory):
    """Every series of the directory, by file name, in name order."""
    try:
        names = sorted(name for name in os.listdir(directory) if name.endswith(".csv"))
    except OSError as error:
        raise DataError(directory, f"cannot be read ({error.strerror})") from None
    return {name: read_series(os.path.join(directory, name)) for name in names}
