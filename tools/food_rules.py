"""Shared reading and matching for the food-knowledge rule files in data/.

Reference implementation of the matching that data/README.md ("Food rules") specifies:
text tokens, food selectors (criteria, `also`, `except`), the word matching of
exclusions and the loading of the catalogue. The C++ loaders mirror it; the checker
(tools/check-food-rules), the outlier finder (tools/find-implausible-values) and the plan
measurements (tools/measure-plans) all go through this module so the three agree.

Python 3 standard library only.
"""

import json
import re
import unicodedata

SLOTS = ("breakfast", "lunch", "dinner", "snack")


class Problems:
    """Collects every problem of a file as `file:/json/pointer: what`, like the C++ loaders."""

    def __init__(self):
        self.items = []

    def add(self, where, what):
        self.items.append(f"{where}: {what}")

    def __bool__(self):
        return bool(self.items)


def load_json(path, problems):
    """The parsed JSON of `path`, or None with a problem recorded (never raises on bad input)."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f, parse_constant=_refuse_constant)
    except FileNotFoundError:
        problems.add(path, "file not found")
    except UnicodeDecodeError as e:
        problems.add(path, f"not UTF-8 text ({e.reason} at byte {e.start})")
    except json.JSONDecodeError as e:
        problems.add(f"{path}:{e.lineno}:{e.colno}", f"invalid JSON: {e.msg}")
    except ValueError as e:
        problems.add(path, str(e))
    return None


def _refuse_constant(name):
    raise ValueError(f"{name} is not a number JSON allows")


def dump_json(value, indent=0, lead=0, width=100):
    """JSON text the way data/ files are written: two-space indent, with any array or
    object that fits on its line (`lead` characters already used) kept on one line."""
    flat = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, (list, dict)) or not value or indent + lead + len(flat) <= width:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, list):
        inner = [pad + dump_json(v, indent + 2, 0, width) for v in value]
        return "[\n" + ",\n".join(inner) + "\n" + " " * indent + "]"
    inner = []
    for k, v in value.items():
        key = json.dumps(k, ensure_ascii=False) + ": "
        inner.append(pad + key + dump_json(v, indent + 2, len(key), width))
    return "{\n" + ",\n".join(inner) + "\n" + " " * indent + "}"


def write_json(path, value):
    """Writes `value` with dump_json, replacing the file atomically."""
    import os
    import tempfile

    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(dump_json(value) + "\n")
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def tokens(text):
    """Lower-case words of `text`: runs of letters and digits, accents folded (é -> e).

    "Sun-dried tomatoes" -> ["sun", "dried", "tomatoes"]; "96% fat free" -> ["96", "fat", "free"].
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z0-9]+", folded)


def has_phrase(words, phrase_words):
    """True when `phrase_words` occurs in `words` as consecutive whole words."""
    n = len(phrase_words)
    if n == 0 or n > len(words):
        return False
    return any(words[i : i + n] == phrase_words for i in range(len(words) - n + 1))


def description_of(food):
    """The SR28 Long_Desc the criteria read; the display name when a food has none."""
    return food.get("usda_description") or food["name"]


# ---------------------------------------------------------------------------------------
# Food selectors: a list of criteria (any may match), plus `also` and `except`.

CRITERION_KEYS = {
    "food_groups",
    "description_words_any",
    "description_words_none",
    "description_starts_any",
    "allergens_any",
}


def check_criterion(criterion, where, problems):
    """Reports members a criterion does not know and values of the wrong type."""
    if not isinstance(criterion, dict):
        problems.add(where, "a criterion must be an object")
        return
    for key, value in criterion.items():
        if key not in CRITERION_KEYS:
            problems.add(f"{where}/{key}", f"unknown criterion member (known: {', '.join(sorted(CRITERION_KEYS))})")
            continue
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            problems.add(f"{where}/{key}", "must be a non-empty list of non-empty strings")


def criterion_matches(criterion, food):
    """True when the food satisfies every member of the criterion (an empty one matches all)."""
    words = tokens(description_of(food))
    if "food_groups" in criterion and food.get("usda_food_group") not in criterion["food_groups"]:
        return False
    if "description_words_any" in criterion and not any(
        has_phrase(words, tokens(p)) for p in criterion["description_words_any"]
    ):
        return False
    if "description_words_none" in criterion and any(
        has_phrase(words, tokens(p)) for p in criterion["description_words_none"]
    ):
        return False
    if "description_starts_any" in criterion and not any(
        words[: len(tokens(p))] == tokens(p) for p in criterion["description_starts_any"]
    ):
        return False
    if "allergens_any" in criterion and not set(food.get("allergens", [])) & set(criterion["allergens_any"]):
        return False
    return True


def selector_matches(selector, food):
    """True when any criterion of the selector matches (an absent list matches nothing)."""
    return any(criterion_matches(c, food) for c in selector.get("criteria", []))


def select_foods(selector, foods):
    """The ids a selector chooses: criteria matches, plus `also`, minus `except`, sorted."""
    chosen = {f["id"] for f in foods if selector_matches(selector, f)}
    chosen |= {a["food_id"] for a in selector.get("also", [])}
    chosen -= {e["food_id"] for e in selector.get("except", [])}
    return sorted(chosen)


def check_selector(selector, where, catalogue, problems, foods_key="foods"):
    """Checks a selector's form and that its `foods` list is what its criteria choose.

    `foods` is derived data written for readers and for the C++ loader; a food added to
    the catalogue later is classified by the same criteria, so the list and the criteria
    must never disagree.
    """
    criteria = selector.get("criteria")
    if criteria is not None:
        if not isinstance(criteria, list):
            problems.add(f"{where}/criteria", "must be a list of criteria")
            criteria = []
        for i, c in enumerate(criteria):
            check_criterion(c, f"{where}/criteria/{i}", problems)
    for key in ("also", "except"):
        entries = selector.get(key, [])
        if not isinstance(entries, list):
            problems.add(f"{where}/{key}", "must be a list")
            continue
        for i, e in enumerate(entries):
            if not isinstance(e, dict) or not isinstance(e.get("food_id"), str):
                problems.add(f"{where}/{key}/{i}", "must be an object with a food_id")
                continue
            if e["food_id"] not in catalogue:
                problems.add(f"{where}/{key}/{i}/food_id", f"unknown food {e['food_id']}")
            if not isinstance(e.get("why"), str) or not e["why"].strip():
                problems.add(f"{where}/{key}/{i}/why", "must say why the food is listed by hand")
    if problems:
        return
    expected = select_foods(selector, catalogue.values())
    listed = selector.get(foods_key)
    if listed != expected:
        missing = sorted(set(expected) - set(listed or []))
        extra = sorted(set(listed or []) - set(expected))
        problems.add(
            f"{where}/{foods_key}",
            f"does not match its criteria (missing {missing}, not chosen {extra}); "
            "run tools/check-food-rules --update",
        )


# ---------------------------------------------------------------------------------------
# The catalogue.


def load_catalogue(path, problems):
    """foods.json as a dict id -> food, in file order; None when it cannot be read."""
    doc = load_json(path, problems)
    if doc is None:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("foods"), list):
        problems.add(f"{path}:/foods", "must be a list of foods")
        return None
    catalogue = {}
    for i, food in enumerate(doc["foods"]):
        if not isinstance(food, dict) or not isinstance(food.get("id"), str):
            problems.add(f"{path}:/foods/{i}", "must be an object with an id")
            continue
        catalogue[food["id"]] = food
    return catalogue


def portion_grams(food, count, measure):
    """Grams of `count` × the food's SR28 household measure named `measure`, or None.

    A portion of SR28 WEIGHT gives the grams of `amount` measures (2 tbsp = 32 g), so one
    measure is grams / amount.
    """
    for p in food.get("portions", []):
        if p.get("measure") == measure and p.get("amount"):
            return count * p["grams"] / p["amount"]
    return None


# ---------------------------------------------------------------------------------------
# Words people type (data/exclusion-words.json).


def stem(word, rules):
    """The word with its plural ending reduced by the first suffix rule that applies."""
    for rule in rules:
        suffix, replace = rule["suffix"], rule["replace"]
        if (
            word.endswith(suffix)
            and len(word) >= rule["min_length"]
            and not any(word.endswith(k) for k in rule.get("unless_ends", []))
        ):
            return word[: len(word) - len(suffix)] + replace
    return word


def stemmed(text, rules):
    return [stem(w, rules) for w in tokens(text)]


def resolve_exclusion(text, catalogue, exclusions):
    """(how, food ids) for one word of --exclude, by the rule of data/README.md.

    how is "id", "aisle", "entry:<id>", "words" or "none". An entry of
    exclusion-words.json replaces word matching for the words it lists; that is how
    "milk" keeps soy, almond, rice and coconut milk.
    """
    text = text.strip()
    if text in catalogue:
        return "id", [text]
    lower = text.lower()
    aisle = sorted(f["id"] for f in catalogue.values() if f.get("aisle", "").lower() == lower)
    if aisle:
        return "aisle", aisle
    rules = exclusions["stemming"]
    typed = stemmed(text, rules)
    for entry in exclusions["entries"]:
        if any(stemmed(w, rules) == typed for w in entry["words"]):
            return "entry:" + entry["id"], list(entry["foods"])
    matched = sorted(
        f["id"]
        for f in catalogue.values()
        if has_phrase(stemmed(f["name"], rules), typed) or has_phrase(stemmed(description_of(f), rules), typed)
    )
    return ("words", matched) if matched else ("none", [])
