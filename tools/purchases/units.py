"""US customary units in grams, and rounding kept in one place so that the
derivation and the check agree to the last digit."""

GRAMS_PER_OUNCE = 28.349523125
GRAMS_PER_POUND = 453.59237

# Fluid ounces in one of each SR28 household volume measure (WEIGHT.Msre_Desc).
FLUID_OUNCES_PER_MEASURE = {
    "fl oz": 1.0,
    "cup": 8.0,
    "tbsp": 0.5,
    "tablespoon": 0.5,
    "tsp": 1.0 / 6.0,
    "teaspoon": 1.0 / 6.0,
    "quart": 32.0,
}


def round_grams(grams):
    """Grams are published to 0.1 g."""
    return round(grams, 1)


def round_yield(value):
    """Yields (g as eaten per g as bought) are published to 4 decimals."""
    return round(value, 4)


def round_usd_per_kg(value):
    """Prices per kilogram as bought are published to 4 decimals."""
    return round(value, 4)


def package_price_usd(usd_per_kg, grams_as_bought):
    """The price of one package: the rounded price per kg times its grams, to the cent."""
    return round(usd_per_kg * grams_as_bought / 1000.0, 2)
