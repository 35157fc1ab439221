"""Prices in dollars per kilogram as bought, each with its source row or
series and its price period.

ERS and BLS prices are of the price year (ERS: 2022 average; BLS: the latest
month of the series, which must fall in that year). PP-NAP prices are per
100 g as eaten of an FNDDS food: they are converted to the item as bought
through the yield of the catalogue food (or the form) they describe, and
brought forward from their survey cycle by the factor bring_forward computes.
No single PP-NAP row is taken on faith: every listed row in every cycle is
converted the same way, the median of them all is the reference, and the
price is the latest-cycle value (the plain variant first) that lies within
the agreement factor of that median and has another value (another cycle or
row) within the same factor of itself. A row marked check_only (a related
product) counts in the median and as corroboration but never gives the price.

PP-NAP prices a cooked food at what is sold as that food, per 100 g eaten. For
a food cooked from a dry item (its row yield within cooked_from_dry) a row
that links the food straight to retail products (PP-NAP methods 1 and 2) or
says it includes canned food prices canned beans, ready-to-eat rice and fresh
pasta, which cost several times the dry food cooked at home: such a value is
listed in `checked` but never used. Only the rows that price the food's recipe
from its ingredients, the dry food among them, are candidates."""

import statistics
from dataclasses import dataclass, field

from .errors import DataError
from .packages import fluid_ounce_grams
from .spec import keys, ndb, number, text
from .units import GRAMS_PER_POUND
from .ppnap import CYCLES, LINKED_METHODS

ERS_CITATION = "USDA ERS, Fruit and Vegetable Prices 2022"
BLS_CITATION = "US BLS, CPI Average Price Data, U.S. city average"
PPNAP_CITATION = "USDA ERS, Purchase to Plate National Average Prices"


@dataclass
class Price:
    """A price per kg as bought with where it comes from."""
    usd_per_kg: float
    source: str
    period: str
    row: str
    factor: object = None  # bring_forward.Factor of a PP-NAP price
    proxy: str = None
    checked: list = field(default_factory=list)
    row_yield: float = None  # PP-NAP: yield of the food the used row describes


class Unpriced(Exception):
    """The item gets no price; the message says why."""


@dataclass
class Context:
    """Sources and derived values a price may need."""
    ers: object
    bls_series: dict
    ppnap: object
    factors: dict
    price_month: str
    agreement: float
    sr28: object
    cooked_from_dry: tuple  # (lowest, highest) row yield of a food cooked from a dry item


def price_of(spec, where, context, unit, food_yield, form_yield):
    """The Price of an item's price spec; Unpriced when the spec or the data give none.

    `food_yield(ndb_no, where)` is the yield of a food of the item; `form_yield(spec, where)`
    computes the yield of a form named only in a PP-NAP row."""
    if not isinstance(spec, dict):
        raise DataError(where, "must be an object")
    proxy = text(spec["proxy"], f"{where}/proxy") if "proxy" in spec else None
    if "none" in spec:
        keys(spec, where, ("none",))
        raise Unpriced(text(spec["none"], f"{where}/none"))
    if "ers" in spec:
        price = _ers(spec, where, context)
    elif "bls" in spec:
        price = _bls(spec, where, context, unit)
    elif "ppnap" in spec:
        price = _ppnap(spec, where, context, food_yield, form_yield)
    else:
        raise DataError(where, "needs one of ers, bls, ppnap or none")
    price.proxy = proxy
    return price


def _ers(spec, where, context):
    keys(spec, where, ("ers", "product", "form"), ("pint", "proxy"))
    row = context.ers.row(spec["ers"], spec["product"], spec["form"], where)
    if row.unit == "per pound":
        if "pint" in spec:
            raise DataError(f"{where}/pint", "the ERS row is priced per pound")
        kg = GRAMS_PER_POUND / 1000.0
        how = "per pound"
    else:
        pint = keys(spec.get("pint"), f"{where}/pint", ("food", "seq"))
        per_fluid_ounce, measure = fluid_ounce_grams(ndb(pint["food"], f"{where}/pint/food"), pint["seq"],
                                                     f"{where}/pint", context.sr28)
        kg = 16.0 * per_fluid_ounce / 1000.0
        how = f"per pint (16 fl oz = {kg * 1000:.1f} g at {measure})"
    return Price(row.price_usd / kg, "ers", "2022",
                 f"{ERS_CITATION}, {spec['ers']}: {row.product} ({row.form}), ${row.price_usd:g} {how} as bought")


def _bls(spec, where, context, unit):
    keys(spec, where, ("bls", "series", "title", "per"), ("proxy",))
    name = spec["bls"]
    if name not in context.bls_series:
        raise DataError(f"{where}/bls", f"no BLS file {name!r}")
    series = context.bls_series[name]
    if series.series_id != spec["series"]:
        raise DataError(f"{where}/series", f"{name} holds series {series.series_id}, not {spec['series']}")
    month, value = series.latest(context.price_month)
    if month[:4] != context.price_month[:4]:
        raise DataError(f"{where}/bls", f"series {series.series_id} ends {month}, before the price year "
                                        f"{context.price_month[:4]}; price the item from another source")
    per = spec["per"]
    if per == "lb":
        kg = GRAMS_PER_POUND / 1000.0
        how = "per lb"
    elif isinstance(per, dict) and "count" in per:
        keys(per, f"{where}/per", ("label", "count"))
        if unit is None:
            raise DataError(f"{where}/per", "a price per count needs the item's unit")
        kg = number(per["count"], f"{where}/per/count", 0) * unit.exact_grams / 1000.0
        how = f"per {per['label']} ({per['count']} x {unit.label} of {unit.grams_as_bought:g} g as bought)"
    elif isinstance(per, dict) and "fl_oz" in per:
        keys(per, f"{where}/per", ("label", "fl_oz", "food", "seq"))
        per_fluid_ounce, measure = fluid_ounce_grams(ndb(per["food"], f"{where}/per/food"), per["seq"],
                                                     f"{where}/per", context.sr28)
        kg = number(per["fl_oz"], f"{where}/per/fl_oz", 0) * per_fluid_ounce / 1000.0
        how = f"per {per['label']} ({per['fl_oz']:g} fl oz = {kg * 1000:.1f} g at {measure})"
    else:
        raise DataError(f"{where}/per", "must be 'lb', {label, count} or {label, fl_oz, food, seq}")
    return Price(value / kg, "bls", month,
                 f"{BLS_CITATION}, {series.series_id} {text(spec['title'], f'{where}/title')}: ${value:g} {how}, {month}")


def _ppnap(spec, where, context, food_yield, form_yield):
    keys(spec, where, ("ppnap",), ("proxy",))
    rows = spec["ppnap"]
    if not isinstance(rows, list) or not rows:
        raise DataError(f"{where}/ppnap", "must be a non-empty list")
    candidates = []  # (cycle, row index, code, usd per 100 g eaten, usd per kg as bought today, what)
    not_used = []  # sold-as-cooked values of foods cooked from dry, for `checked`
    for index, row in enumerate(rows):
        row_where = f"{where}/ppnap/{index}"
        keys(row, row_where, ("code", "desc"), ("food", "form", "yield", "check_only"))
        check_only = row.get("check_only", False)
        if not isinstance(check_only, bool):
            raise DataError(f"{row_where}/check_only", "must be true or false")
        code = row["code"]
        described = context.ppnap.latest_description(code, row_where)
        if not described.lower().startswith(text(row["desc"], f"{row_where}/desc").lower()):
            raise DataError(f"{row_where}/desc", f"food_code {code} is {described!r} in PP-NAP")
        if "food" in row:
            keys(row, row_where, ("code", "desc", "food"), ("check_only",))
            what = f"SR28 {row['food']}"
            row_yield = food_yield(ndb(row["food"], f"{row_where}/food"), f"{row_where}/food")
        else:
            keys(row, row_where, ("code", "desc", "form", "yield"), ("check_only",))
            what = text(row["form"], f"{row_where}/form")
            row_yield = form_yield(row["yield"], f"{row_where}/yield")
        cooked_from_dry = context.cooked_from_dry[0] <= row_yield <= context.cooked_from_dry[1]
        for cycle, price in context.ppnap.cycles_of(code).items():
            today = price.usd_per_100g * 10.0 * row_yield * context.factors[cycle].value
            if cooked_from_dry and (price.method in LINKED_METHODS or "canned" in price.description.lower()):
                how = "linked to the products sold as the cooked food" if price.method in LINKED_METHODS \
                    else "includes canned food"
                not_used.append(f"{code} {cycle}: ${price.usd_per_100g:g} per 100 g of {what} as eaten, yield "
                                f"{row_yield:.4f}, ${today:.2f}/kg as bought in {context.price_month} prices: not used, "
                                f"{how} (PP-NAP method {price.method}), not the dry food cooked at home")
                continue
            candidates.append((cycle, index, code, price.usd_per_100g, today, what, row_yield, check_only))
    if len(candidates) < 2:
        raise Unpriced("PP-NAP has " + ("one value" if candidates else "no value") +
                       " for the listed food codes that may price the item" +
                       (f" ({len(not_used)} more price the food as sold cooked or canned)" if not_used else "") +
                       ", which cannot be checked against another")
    reference = statistics.median(candidate[4] for candidate in candidates)
    low, high = reference / context.agreement, reference * context.agreement
    order = sorted(candidates, key=lambda c: (-CYCLES.index(c[0]), c[1]))
    checked = []
    chosen = None
    for position, (cycle, index, code, per_100g, today, what, row_yield, check_only) in enumerate(order):
        agrees = low <= today <= high
        corroborated = any(other != position and today / context.agreement <= order[other][4] <= today *
                           context.agreement for other in range(len(order)))
        usable = agrees and corroborated and not check_only
        if usable and chosen is None:
            verdict = "used"
        elif agrees and not corroborated:
            verdict = f"rejected, no other value within {context.agreement:g} x of it"
        elif agrees:
            verdict = "agrees" + (" (check only)" if check_only else "")
        else:
            verdict = f"rejected, {today / reference:.2f} x the median"
        checked.append(f"{code} {cycle}: ${per_100g:g} per 100 g of {what} as eaten, yield {row_yield:.4f}, "
                       f"${today:.2f}/kg as bought in {context.price_month} prices: {verdict}")
        if usable and chosen is None:
            chosen = (cycle, code, per_100g, today, what, row_yield)
    checked += not_used
    if chosen is None:
        raise Unpriced(f"the {len(candidates)} PP-NAP values disagree: none that may give the price lies within "
                       f"{context.agreement:g} x of their median ${reference:.2f}/kg and of another value")
    cycle, code, per_100g, today, what, row_yield = chosen
    factor = context.factors[cycle]
    description = context.ppnap.cycles_of(code)[cycle].description
    return Price(today, "ppnap", cycle,
                 f"{PPNAP_CITATION} {cycle}, FNDDS {code} {description!r}: ${per_100g:g} per 100 g of {what} as "
                 f"eaten; median of the {len(candidates)} values ${reference:.2f}/kg",
                 factor=factor, checked=checked, row_yield=row_yield)
