"""One error type for bad input, carrying where and what."""


class DataError(Exception):
    """Bad input: `where` names the file and the place in it, `what` the problem."""

    def __init__(self, where, what):
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what
