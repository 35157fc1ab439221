"""Factors that bring an older price to the price month of the data, computed
from the BLS average-price series themselves: for every series with a value in
each month of the base period and in the target month, the ratio of the target
month to the mean of the base period; the factor is the median of the ratios."""

import statistics
from dataclasses import dataclass

from .bls import month_key
from .errors import DataError

BASE_PERIODS = {
    "2011/2012": (2011, 2012),
    "2013/2014": (2013, 2014),
    "2015/2016": (2015, 2016),
    "2017/2018": (2017, 2018),
}


@dataclass
class Factor:
    """Multiply a price of `base` by `value` to express it in `target` prices."""
    base: str
    target: str
    value: float
    series: list  # [(file name, ratio)]


def _base_months(first_year, last_year):
    return [month_key(year, month) for year in range(first_year, last_year + 1) for month in range(1, 13)]


def compute(series_by_file, target_month, where):
    """{base period: Factor} for every PP-NAP cycle; `where` names the BLS directory in errors."""
    factors = {}
    for base, (first_year, last_year) in BASE_PERIODS.items():
        months = _base_months(first_year, last_year)
        ratios = []
        for name, series in series_by_file.items():
            if target_month not in series.values or any(month not in series.values for month in months):
                continue
            base_mean = statistics.fmean(series.values[month] for month in months)
            ratios.append((name, series.values[target_month] / base_mean))
        if len(ratios) < 5:
            raise DataError(where, f"only {len(ratios)} series cover {base} and {target_month}")
        factors[base] = Factor(base, target_month, statistics.median(ratio for _, ratio in ratios), ratios)
    return factors
