"""Reading JSON strictly: JSON has no NaN or Infinity, which Python's reader would accept."""

import json

from .errors import DataError


def reject_constant(name):
    """parse_constant hook: NaN, Infinity and -Infinity are refused."""
    raise ValueError(f"{name} is not a JSON number")


def read(path):
    """The parsed JSON of `path`; DataError naming the file when it cannot be read or parsed."""
    try:
        with open(path, encoding="utf-8") as stream:
            return json.load(stream, parse_constant=reject_constant)
    except OSError as error:
        raise DataError(path, f"cannot be read ({error.strerror})") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise DataError(path, f"is not JSON ({error})") from None
