"""``python -m generator.diff OLD NEW``: see ``generator.diff``."""

from generator.diff import main

raise SystemExit(main())
