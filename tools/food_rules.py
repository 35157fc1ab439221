"""Reading and writing JSON for the data maintenance tools (tools/find-implausible-values):
problems as `file:/json/pointer: what`, like the C++ loaders; output that is the same bytes
for the same input, replaced atomically; the catalogue by food id.

Python 3 standard library only.
"""

import json


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
