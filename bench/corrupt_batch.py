#!/usr/bin/env python3
"""The batch of issue 8's done-when: a folder of N generated SOP files (JSON, converted to the
official workbook) of which 1 % are damaged in the ways files arrive damaged (cut short, emptied,
overwritten with random bytes, a PDF or a web page under the SOP's name). Makes the folder, then, after sopkit has converted it with --report,
checks the report: every damaged file failed with a reason, every other file converted.

  python3 bench/corrupt_batch.py make SOURCE_FOLDER TARGET_FOLDER
  python3 bench/corrupt_batch.py check TARGET_FOLDER REPORT.json
"""
import json
import os
import random
import shutil
import sys

DAMAGES = ["cut", "empty", "random", "pdf", "html"]


def make(source, target):
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    names = sorted(n for n in os.listdir(source) if n.endswith(".json"))
    chooser = random.Random(35)  # fixed: the same files are damaged on every run
    damaged = set(chooser.sample(names, max(1, len(names) // 100)))
    for index, name in enumerate(names):
        data = open(os.path.join(source, name), "rb").read()
        if name in damaged:
            kind = DAMAGES[index % len(DAMAGES)]
            data = {
                "cut": data[: len(data) // 2],
                "empty": b"",
                "random": bytes(chooser.getrandbits(8) for _ in range(4096)),
                "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
                "html": b"<!DOCTYPE html><html><body>Halaman tidak ditemukan</body></html>",
            }[kind]
            name = name[:-5] + "-rusak-" + kind + ".json"
        open(os.path.join(target, name), "wb").write(data)
    print(f"{len(names)} files, {len(damaged)} damaged", file=sys.stderr)


def check(target, report_path):
    report = json.load(open(report_path))
    files = {os.path.basename(f["input"]): f for f in report["files"]}
    names = sorted(os.listdir(target))
    damaged = [n for n in names if "-rusak-" in n]
    problems = []
    if sorted(files) != names:
        problems.append(f"the report lists {len(files)} files, the folder has {len(names)}")
    for name in names:
        entry = files.get(name)
        if entry is None:
            continue
        if name in damaged:
            if entry["status"] != "failed" or not entry["reason"]:
                problems.append(f"{name}: {entry['status']} without a reason")
        elif entry["status"] not in ("converted", "converted-with-warnings"):
            problems.append(f"{name}: {entry['status']} ({entry['reason']})")
    reasons = {}
    for name in damaged:
        reason = files.get(name, {}).get("reason")
        reasons[reason] = reasons.get(reason, 0) + 1
    summary = report["summary"]
    print(f"{summary['files']} files: converted {summary['converted']}, with warnings "
          f"{summary['converted-with-warnings']}, failed {summary['failed']} "
          f"(" + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items(), key=str)) + f"); "
          f"every damaged file named with its reason: {'yes' if not problems else 'NO'}")
    for problem in problems[:10]:
        print("  " + problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    {"make": make, "check": check}[sys.argv[1]](*sys.argv[2:])
