"""``python -m space_sdk.cli``: the same as the ``space-sdk`` command."""

from space_sdk.cli import main

main()
