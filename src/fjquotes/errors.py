"""The one exception type that leaves fjquotes' core."""


class CorpusError(Exception):
    """A corpus that cannot be used; its message is one line naming file, record and field."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems
