"""``python -m hrd_reader`` starts the reader."""

from hrd_reader.app import main

raise SystemExit(main())
