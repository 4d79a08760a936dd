#!/usr/bin/env bash
# Refreshes the interface translations: pyside6-lupdate collects every string marked for
# translation in hrd_reader/ into resources/translations/hrd_reader_LANG.ts (translations
# already made are kept; strings no longer in the code are dropped), then
# pyside6-lrelease compiles each .ts into the .qm the reader loads. Both tools ship in the
# PySide6-Essentials wheel, so ./test.sh's .venv has them.
#
#   scripts/update-translations.sh            # all shipped languages
#   scripts/update-translations.sh fr         # one language (also: a new one, e.g. de)
#
# Then translate the new entries (Qt Linguist: .venv/bin/pyside6-linguist FILE.ts, or any
# editor), run this script again to compile, and commit the .ts and .qm files together.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${PYSIDE6_BIN:-.venv/bin}"
# The tests point OUT at a copy to check that the shipped files are complete and current.
OUT="${TRANSLATIONS_DIR:-resources/translations}"
LANGUAGES=("$@")
[ ${#LANGUAGES[@]} -gt 0 ] || LANGUAGES=(fr es ar)
for lang in "${LANGUAGES[@]}"; do
    ts="$OUT/hrd_reader_${lang}.ts"
    # `N_` (hrd_reader/gui/i18n.py) marks registry texts (actions, menus, settings warnings)
    # without translating them yet, and the core's own `N_` (hrd_reader/core/problems.py)
    # marks the pack problems' templates; plain `tr("…")` calls land in the one, empty context.
    "$BIN/pyside6-lupdate" -silent -tr-function-alias QT_TR_NOOP+=N_ -locations none \
        -no-obsolete -source-language en -target-language "$lang" $(find hrd_reader -name "*.py" | sort) -ts "$ts"
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "$OUT/hrd_reader_${lang}.qm"
done
