#!/usr/bin/env bash
# make fuzz / make fuzz-smoke: builds the libFuzzer targets in Fuzz/ (fuzzer + address sanitizer,
# scratch path .build-fuzz), seeds a corpus per reader from testdata/, and runs each target for
# FUZZ_SECONDS (default 600), one after the other. Exits 1 when any target found a crash, a
# timeout, a leak or an out-of-memory input; those inputs are kept in FUZZ_CRASHES.
#
# FUZZ_TARGETS="csv json docx xlsx"   which readers to fuzz
# FUZZ_SECONDS=600                    seconds per target
# FUZZ_CRASHES=.build-fuzz/crashes    where failing inputs go (outside git)
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SCRATCH=.build-fuzz
TARGETS=${FUZZ_TARGETS:-csv json docx xlsx}
SECONDS_EACH=${FUZZ_SECONDS:-600}
CRASHES=${FUZZ_CRASHES:-$SCRATCH/crashes}

start=$(date +%s)
# Not `--sanitize=fuzzer --sanitize=address`: SwiftPM passes those as two -sanitize= flags in no
# fixed order and swiftc keeps only the last, so a build got coverage or ASan, never both.
# `--sanitize=fuzzer` still tells SwiftPM that libFuzzer supplies main().
mkdir -p "$SCRATCH"
status=0
"$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" -c release \
  --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address >"$SCRATCH/build.log" 2>&1 || status=$?
grep -Ev "Cannot export local symbol '__asan_extra_spill_area'|unhandled; explicitly declare|PrivacyInfo.xcprivacy" "$SCRATCH/build.log" || true
[ "$status" = 0 ] || { echo "fuzz: the build failed"; exit 1; }
for binary in FuzzCSV FuzzJSON FuzzDOCX FuzzXLSX; do
  sections=$(readelf -S "$SCRATCH/release/$binary" 2>/dev/null || true)
  grep -q __sancov_cntrs <<<"$sections" && grep -q asan_globals <<<"$sections" ||
    { echo "fuzz: $binary is missing or lacks coverage or ASan instrumentation"; exit 1; }
done
echo "fuzz: build took $(( $(date +%s) - start )) s"

# A zip file made from a folder of unpacked parts (the writer goldens), as seed for the OOXML readers.
zip_folder() {
  python3 - "$1" "$2" <<'PY'
import os, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for folder, _, names in sorted(os.walk(source)):
        for name in sorted(names):
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, source))
PY
}

# A stored (uncompressed) copy of every zip in a corpus folder: the zip mutator only unpacks
# stored packages (see Fuzz/Sources/FuzzSupport/ZipMutator.swift).
store_copies() {
  python3 - "$1" <<'PY'
import os, sys, warnings, zipfile
warnings.simplefilter("ignore")  # duplicate part names in the hostile seeds
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    if name.startswith("stored-"):
        continue
    try:
        with zipfile.ZipFile(os.path.join(folder, name)) as source:
            parts = [(info.filename, source.read(info)) for info in source.infolist()]
    except Exception:
        continue  # a hostile or damaged seed stays as it is
    with zipfile.ZipFile(os.path.join(folder, "stored-" + name), "w", zipfile.ZIP_STORED) as target:
        for filename, data in parts:
            target.writestr(zipfile.ZipInfo(filename, (1980, 1, 1, 0, 0, 0)), data)
PY
}

seed() {  # seed TARGET CORPUS: copies the testdata inputs of one reader into its corpus
  local corpus=$2 file
  mkdir -p "$corpus"
  case $1 in
    csv) find testdata/csv testdata/hostile Templates/csv -type f \( -name '*.csv' -o -name '*.tsv' \) -exec cp -f {} "$corpus/" \; ;;
    json) find testdata Templates/kop -type f -name '*.json' -exec cp -f {} "$corpus/" \; ;;
    docx | xlsx)
      find testdata/"$1" testdata/hostile testdata/zip64 -type f \( -name '*.docx' -o -name '*.xlsx' \) -exec cp -f {} "$corpus/" \;
      for folder in testdata/golden/"$1"/*/; do zip_folder "$folder" "$corpus/golden-$(basename "$folder").$1"; done
      # Whole packages as sopkit writes them, when the normal build is there (make test builds it).
      if [ -x .build/debug/sopkit ]; then
        for model in testdata/model/*.json; do
          .build/debug/sopkit convert "$model" -o "$corpus/$(basename "$model" .json).$1" --force --quiet || true
        done
        [ "$1" = xlsx ] && .build/debug/sopkit template -o "$corpus/template.xlsx" --actors "Pemohon,Petugas" --force >/dev/null 2>&1
      fi
      store_copies "$corpus" ;;
  esac
}

mkdir -p "$CRASHES"
# Known third-party leaks only (each explained in the file).
# Swift's own backtracer would catch the crash before libFuzzer and AddressSanitizer report it.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$PWD/tools/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
failed=()
for target in $TARGETS; do
  case $target in
    csv) binary=FuzzCSV max_len=65536 dict=csv ;;
    json) binary=FuzzJSON max_len=65536 dict=json ;;
    docx) binary=FuzzDOCX max_len=200000 dict=ooxml ;;
    xlsx) binary=FuzzXLSX max_len=200000 dict=ooxml ;;
    *) echo "fuzz: unknown target '$target' (csv, json, docx, xlsx)"; exit 64 ;;
  esac
  corpus=$SCRATCH/corpus/$target
  seed "$target" "$corpus"
  log=$SCRATCH/logs/$target.log
  mkdir -p "$(dirname "$log")"
  echo "fuzz: $binary for $SECONDS_EACH s (corpus $corpus, $(ls "$corpus" | wc -l) inputs, log $log)"
  status=0
  "$SCRATCH/release/$binary" "$corpus" -dict="Fuzz/dict/$dict.dict" \
    -max_total_time="$SECONDS_EACH" -max_len="$max_len" -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=30 \
    -artifact_prefix="$CRASHES/$target-" -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$log" | sed 's/^/  /' || true
  if [ "$status" != 0 ]; then
    echo "fuzz: $binary FAILED (exit $status); the input is in $CRASHES:"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*Fatal error:|artifact_prefix|Test unit written)' "$log" | head -8 | sed 's/^/  /'
    failed+=("$target")
  fi
done
echo "fuzz: finished in $(( $(date +%s) - start )) s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failures in: ${failed[*]} (reproduce: $SCRATCH/release/Fuzz<X> <input>)"
  exit 1
fi
