#!/usr/bin/env bash
# Opens HRD Reader, setting up whatever is missing first (see scripts/bootstrap.sh).
# Any arguments are passed to the reader: ./start.sh --presentation, ./start.sh --help
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh run
exec .venv/bin/python main.py "$@"
