"""Reading the source CSV files: the header must hold the columns a reader
uses, and every problem names the file and the line."""

import csv
import math

from .errors import DataError


def positive_number(where, text, column):
    """The finite number > 0 that `text` in `column` must be."""
    try:
        value = float(text)
    except ValueError:
        raise DataError(where, f"{column} {text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise DataError(where, f"{column} {text!r} must be a positive number")
    return value


def records(path, encoding, columns):
    """(where, record) for every data row of `path`, `where` being 'path:line'."""
    try:
        with open(path, encoding=encoding, newline="") as stream:
            reader = csv.DictReader(stream)
            missing = [column for column in columns if column not in (reader.fieldnames or [])]
            if missing:
                raise DataError(f"{path}:1", f"lacks the column(s) {', '.join(missing)}")
            for record in reader:
                if None in record or any(record[column] is None for column in columns):
                    raise DataError(f"{path}:{reader.line_num}", "has a different number of fields than the header")
                yield f"{path}:{reader.line_num}", record
    except OSError as error:
        raise DataError(path, f"cannot be read ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise DataError(path, f"is not {encoding} text ({error.reason})") from None
    except csv.Error as error:
        raise DataError(path, f"is not CSV ({error})") from None
