#!/usr/bin/env bash
# Runs every check HRD Reader has, setting up whatever is missing first (see
# scripts/bootstrap.sh): lint, format, types, the CI workflows against GitHub's schema (which
# ships with check-jsonschema: no network), then the whole pytest suite (offscreen, plus the
# tests marked `xvfb` on a real Xvfb display and the frozen-build tests). Extra arguments go
# to pytest: ./test.sh -k links
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh test
export PATH="$PWD/.venv/bin:$PATH"
ruff check .
ruff format --check .
mypy hrd_reader
check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
QT_QPA_PLATFORM=offscreen python -m pytest "$@"
