"""``python main.py`` starts HRD Reader (the same program as ``hrd-reader``)."""

from hrd_reader.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
