#!/usr/bin/env bash
# Regenerates testdata/csv/libreoffice/: each CSV sample opened by LibreOffice as a spreadsheet
# (every column imported as text, as staff type SOPs), then saved by LibreOffice itself as CSV with
# the filter options people meet: semicolon, tab, UTF-16 ("Unicode") and Windows-1252.
# Needs soffice (libreoffice-calc-nogui). The results are committed; CSVLibreOfficeTests reads them.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"
out=testdata/csv/libreoffice
rm -f "$out"/*.csv

# Every column as text (format 2), so "01" stays "01" and dates stay as written.
text_columns=$(seq -s / 1 60 | sed 's#\([0-9]*\)#\1/2#g')

# <sample> <separator code> <charset code> of each input, as LibreOffice's CSV filter names them
# (separators 44 comma, 59 semicolon, 9 tab; charsets 76 UTF-8, 65535 UTF-16, 1 Windows-1252),
# and whether Windows-1252 can hold its text (the KUA sample's "√" marks cannot).
samples=(
  "kua-nikah-form-semicolon 59 76 no"
  "sumsel-penelitian-form 44 76 yes"
  "sumbawa-anggaran-utf16 9 65535 yes"
  "kankemenag-bulk-table 44 76 yes"
  "madrasah-legalisir-table 59 1 yes"
  "madrasah-legalisir-table.identity 59 1 yes"
)
for entry in "${samples[@]}"; do
  read -r name separator charset latin <<<"$entry"
  mkdir -p "$work/$name"
  soffice -env:UserInstallation="$profile" --headless \
    --infilter="CSV:$separator,34,$charset,1,$text_columns" \
    --convert-to ods --outdir "$work/$name" "testdata/csv/$name.csv" >/dev/null 2>&1
  sheet="$work/$name/$name.ods"
  [ -f "$sheet" ] || { echo "LibreOffice did not open $name.csv" >&2; exit 1; }
  for variant in "semicolon 59 76" "tab 9 76" "utf16 44 65535" "cp1252 44 1"; do
    read -r label sep set <<<"$variant"
    if [ "$label" = cp1252 ] && [ "$latin" = no ]; then continue; fi
    mkdir -p "$work/$name/$label"
    soffice -env:UserInstallation="$profile" --headless \
      --convert-to "csv:Text - txt - csv (StarCalc):$sep,34,$set,1,,0,false,true,false,false" \
      --outdir "$work/$name/$label" "$sheet" >/dev/null 2>&1
    # An identity file keeps ".identity.csv" last, so it sits beside its steps file.
    case "$name" in
      *.identity) cp "$work/$name/$label/$name.csv" "$out/${name%.identity}.$label.identity.csv" ;;
      *) cp "$work/$name/$label/$name.csv" "$out/$name.$label.csv" ;;
    esac
  done
done
ls -1 "$out"
