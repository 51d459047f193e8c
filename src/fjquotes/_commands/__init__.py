"""The commands, a module for each family; a run imports only the one it runs (see _cli)."""
