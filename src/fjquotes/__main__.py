"""Run fjquotes as ``python -m fjquotes``."""

from fjquotes._cli import main

main()
