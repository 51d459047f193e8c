"""Run fjquotes as ``python -m fjquotes``."""

from fjquotes._entry import main

main()
