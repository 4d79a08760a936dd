"""``python -m hrd_reader`` starts the reader."""

from hrd_reader.cli import main

raise SystemExit(main())
