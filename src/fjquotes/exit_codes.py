"""The process exit statuses, grep's convention."""

from enum import IntEnum


class ExitCode(IntEnum):
    """What the exit status of a fjquotes command means."""

    FOUND = 0
    NOT_FOUND = 1
    ERROR = 2
    INTERRUPTED = 130
