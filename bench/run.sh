#!/usr/bin/env bash
# make bench: throughput and peak memory of sopkit's pipelines on generated SOPs, against the floor
# (bare libxlsxwriter; bare unzip + libxml2) and a straightforward Python pipeline (openpyxl,
# python-docx). Writes bench/RESULTS.md. Sizes: BENCH_SIZES (default "100 1000"; add 10000 for
# the full run, about 40 minutes on 2 cores). At the largest size, a batch with 1 % damaged JSON
# SOPs is converted to XLSX with a report, and the report checked (bench/corrupt_batch.py).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${BENCH_SIZES:-"100 1000"}
DATA=.bench-data
PY=${SOPKIT_PYTHON:-.venv/bin/python}
mkdir -p "$DATA"
swift build -c release --product sopkit >/dev/null
swift build -c release --product sopkit-bench >/dev/null
SOPKIT=.build/release/sopkit
gcc -O2 -o "$DATA/xlsx_floor" bench/floor/xlsx_floor.c $(pkg-config --cflags --libs xlsxwriter)
gcc -O2 -o "$DATA/docx_floor" bench/floor/docx_floor.c $(pkg-config --cflags --libs libxml-2.0)

rows=()
declare -A rates
measure() { # name size jobs command...
  local name=$1 size=$2 jobs=$3; shift 3
  local out timing="$DATA/time.txt"
  /usr/bin/time -f "%e %M" -o "$timing" "$@" >/dev/null 2>&1 || true
  out=$(tail -1 "$timing")
  local seconds=${out% *} kb=${out#* }
  local rate
  rate=$(awk -v n="$size" -v s="$seconds" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
  rows+=("| $name | $size | $jobs | $seconds | $rate | $((kb / 1024)) |")
  echo "$name n=$size jobs=$jobs: ${seconds}s, $rate docs/s, $((kb / 1024)) MB" >&2
  rates["$name|$size|$jobs"]=$(awk -v n="$size" -v s="$seconds" 'BEGIN { printf "%.3f", (s > 0 ? n / s : 0) }')
}

for n in $SIZES; do
  if [ ! -f "$DATA/$n/list.txt" ]; then rm -rf "$DATA/$n"; .build/release/sopkit-bench generate "$n" "$DATA/$n"; fi
  "$PY" - "$DATA/$n" <<'PYEOF'
import json, os, sys
folder = sys.argv[1]
with open(os.path.join(folder, "shape.txt"), "w") as out:
    for name in sorted(os.listdir(os.path.join(folder, "json"))):
        sop = json.load(open(os.path.join(folder, "json", name)))["sops"][0]["flowcharts"][0]
        out.write(f"{len(sop['steps'])} {len(sop['actors'])}\n")
PYEOF
  for jobs in 1 2; do
    o="$DATA/out-$n-$jobs"
    rm -rf "$o"; measure "csv→json" "$n" "$jobs" $SOPKIT convert "$DATA/$n/csv" -o "$o/a" -t json -q --jobs "$jobs"
    rm -rf "$o"; measure "json→xlsx" "$n" "$jobs" $SOPKIT convert "$DATA/$n/json" -o "$o/b" -t xlsx -q --jobs "$jobs"
    rm -rf "$o"; measure "json→docx" "$n" "$jobs" $SOPKIT convert "$DATA/$n/json" -o "$o/c" -t docx -q --jobs "$jobs"
    rm -rf "$o"; measure "json→pdf" "$n" "$jobs" $SOPKIT convert "$DATA/$n/json" -o "$o/p" -t pdf -q --jobs "$jobs"
    rm -rf "$o"; measure "docx→json" "$n" "$jobs" $SOPKIT convert "$DATA/$n/docx" -o "$o/d" -t json -q --jobs "$jobs"
    rm -rf "$o"; measure "csv→xlsx+docx" "$n" "$jobs" $SOPKIT convert "$DATA/$n/csv" -o "$o/e" -t xlsx,docx -q --jobs "$jobs"
    rm -rf "$o"
  done
  # LibreOffice printing the same SOPs' Word files to PDF, what an office does without sopkit's
  # PDF: one soffice run over LO_SAMPLE of them (default 20), with a private profile, measured
  # after one warm-up run that creates the profile.
  if command -v soffice >/dev/null && [ "$n" = "${SIZES%% *}" ]; then
    sample=${LO_SAMPLE:-20}
    mapfile -t lo_inputs < <(ls "$DATA/$n/docx"/*.docx | head -n "$sample")
    rm -rf "$DATA/lo-$n"; mkdir -p "$DATA/lo-$n"
    soffice -env:UserInstallation=file://$(pwd)/$DATA/lo-profile --headless --convert-to pdf --outdir "$DATA/lo-$n" "${lo_inputs[0]}" >/dev/null 2>&1 || true
    measure "LibreOffice: print docx → pdf" "${#lo_inputs[@]}" 1 soffice -env:UserInstallation=file://$(pwd)/$DATA/lo-profile --headless --convert-to pdf --outdir "$DATA/lo-$n" "${lo_inputs[@]}"
    rates["LibreOffice: print docx → pdf|$n|1"]=${rates["LibreOffice: print docx → pdf|${#lo_inputs[@]}|1"]}
    rm -rf "$DATA/lo-$n" "$DATA/lo-profile"
  elif ! command -v soffice >/dev/null; then
    echo "bench: LibreOffice is not installed (make deps-render); the json→pdf comparison is skipped" >&2
  fi
  mkdir -p "$DATA/floor-$n"; rm -f "$DATA/floor-$n"/*
  measure "floor: libxlsxwriter" "$n" 1 "$DATA/xlsx_floor" "$DATA/$n/shape.txt" "$DATA/floor-$n"
  measure "floor: unzip+libxml2" "$n" 1 bash -c "$DATA/docx_floor $DATA/$n/docx/*.docx"
  if [ "$n" -le 1000 ]; then
    rm -rf "$DATA/py-$n"
    measure "python: openpyxl json→xlsx" "$n" 1 "$PY" bench/python_pipeline.py xlsx "$DATA/$n/json" "$DATA/py-$n/x"
    measure "python: python-docx json→docx" "$n" 1 "$PY" bench/python_pipeline.py docx "$DATA/$n/json" "$DATA/py-$n/d"
    measure "python: python-docx read docx" "$n" 1 "$PY" bench/python_pipeline.py read "$DATA/$n/docx"
    if [ "$n" -gt 100 ]; then
      :  # pandoc starts one process per file (about 0.3 s each): measured at 100 SOPs only
    elif command -v pandoc >/dev/null; then
      # What users would pick to get text out of Word files: pandoc, one process per file (as a
      # shell loop over a folder runs it), to its JSON AST. It keeps no shapes, so no actors.
      measure "pandoc: read docx → json" "$n" 1 bash -c "for f in $DATA/$n/docx/*.docx; do pandoc -f docx -t json \"\$f\" -o /dev/null; done"
    else
      echo "bench: pandoc is not installed (apt-get install pandoc); its comparison is skipped" >&2
    fi
    rm -rf "$DATA/py-$n"
  fi
  rm -rf "$DATA/floor-$n"
  # Issue 8's done-when, at the largest size: 1 % of the Word files damaged, two jobs, a report.
  if [ "$n" = "${SIZES##* }" ]; then
    "$PY" bench/corrupt_batch.py make "$DATA/$n/json" "$DATA/mixed-$n"
    rm -rf "$DATA/out-mixed"
    measure "json→xlsx, 1 % damaged" "$n" 2 $SOPKIT convert "$DATA/mixed-$n" -o "$DATA/out-mixed" -t xlsx --jobs 2 --report "$DATA/report-$n.json"
    damaged_batch=$("$PY" bench/corrupt_batch.py check "$DATA/mixed-$n" "$DATA/report-$n.json" 2>&1) || damaged_batch="$damaged_batch (CHECK FAILED)"
    echo "$damaged_batch" >&2
    rm -rf "$DATA/out-mixed" "$DATA/mixed-$n"
  fi
done

# One large legacy Word SOP (LibreOffice-made, shapes and arrows, no sopkit data part), read inside
# one process: the issue's "1 MB DOCX well under 100 ms" (document.xml of 1 MB, about 400 steps).
"$PY" bench/legacy_docx.py testdata/docx/penelitian-libreoffice.docx "$DATA/legacy-1mb.docx" 1000000 >&2
legacy_timing=$(.build/release/sopkit-bench read-time "$DATA/legacy-1mb.docx" 30)
echo "$legacy_timing" >&2

{
  echo "# Benchmark results"
  echo
  echo "Regenerated by \`make bench\` (BENCH_SIZES=\"$SIZES\") on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);"
  echo "$(swift --version 2>/dev/null | head -1); release build; inputs from \`sopkit-bench generate\`"
  echo "(5–40 steps, 3–12 Pelaksana, decisions and loops, long Indonesian texts; DOCX inputs without"
  echo "sopkit's data part, so they go through the table reader). Times are wall clock for the whole"
  echo "batch command (\`sopkit convert FOLDER -o OUT -t …\`), peak RSS from /usr/bin/time."
  echo
  echo "| pipeline | SOPs | jobs | seconds | docs/s | peak RSS MB |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Ratios (docs/s of sopkit with 1 job over the other's docs/s; above 1 means sopkit is faster):"
  echo
  echo "| SOPs | json→xlsx / libxlsxwriter floor | json→xlsx / openpyxl | json→docx / python-docx | docx→json / unzip+libxml2 floor | docx→json / python-docx | docx→json / pandoc | json→pdf / LibreOffice printing docx | json→pdf / json→xlsx |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for n in $SIZES; do
    ratio() { awk -v a="${rates[$1|$n|1]:-0}" -v b="${rates[$2|$n|1]:-0}" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else printf "-" }'; }
    echo "| $n | $(ratio "json→xlsx" "floor: libxlsxwriter") | $(ratio "json→xlsx" "python: openpyxl json→xlsx") | $(ratio "json→docx" "python: python-docx json→docx") | $(ratio "docx→json" "floor: unzip+libxml2") | $(ratio "docx→json" "python: python-docx read docx") | $(ratio "docx→json" "pandoc: read docx → json") | $(ratio "json→pdf" "LibreOffice: print docx → pdf") | $(ratio "json→pdf" "json→xlsx") |"
  done
  echo
  echo "Reading one large legacy Word SOP (bench/legacy_docx.py: the LibreOffice-made fixture's"
  echo "flowchart rows with their shapes and arrows repeated until word/document.xml is 1 MB), inside"
  echo "one process, without start-up: $legacy_timing"
  echo
  echo "A batch with damaged files (bench/corrupt_batch.py: 1 % of the largest size's JSON SOPs cut"
  echo "short, emptied, overwritten with random bytes, or replaced by a PDF or a web page; two jobs,"
  echo "\`--report\`, the report then checked file by file): ${damaged_batch:-not run}"
  echo
  echo "The floors do less than sopkit: the libxlsxwriter floor writes the same number of cells with"
  echo "fixed text and no flowchart, the unzip+libxml2 floor only parses document.xml. The Python"
  echo "pipeline writes a plain table without the official layout, drawing or validation."
  echo "See the end of this file (written by hand) for where the time goes."
} > bench/RESULTS.md.new
if [ -f bench/NOTES.md ]; then cat bench/NOTES.md >> bench/RESULTS.md.new; fi
mv bench/RESULTS.md.new bench/RESULTS.md
echo "bench/RESULTS.md written" >&2
