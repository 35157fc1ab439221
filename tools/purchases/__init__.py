"""Derivation of data/purchases.json: what each catalogue food is bought as,
its yield, its price with source and year, and the check of the result."""
