"""fjquotes: attributed quotations and checkable facts on Finland–Japan cooperation."""

__version__ = "0.1.0"
