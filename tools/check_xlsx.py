#!/usr/bin/env python3
"""Independent check of sopkit's XLSX output with openpyxl.

Usage: check_xlsx.py FILE.xlsx EXPECTED.json
EXPECTED.json: {"sheets": [...], "steps": [[nomor, kegiatan], ...] (first Prosedur sheet),
                "actors": [...], "paper": 14}
Prints one line per problem and exits 1 when there is any.
"""
import json
import sys
from checkreport import report
import zipfile

import openpyxl


def main() -> int:
    path, expected_path = sys.argv[1], sys.argv[2]
    expected = json.load(open(expected_path, encoding="utf-8"))
    problems = []
    book = openpyxl.load_workbook(path)
    if book.sheetnames != expected["sheets"]:
        problems.append(f"sheets {book.sheetnames} != {expected['sheets']}")
    sheet = book[expected["sheets"][1]]
    if sheet.page_setup.orientation != "landscape":
        problems.append(f"orientation {sheet.page_setup.orientation}")
    if str(sheet.page_setup.paperSize) != str(expected["paper"]):
        problems.append(f"paper {sheet.page_setup.paperSize} != {expected['paper']}")
    if (sheet.print_title_rows or "").replace("$", "") not in ("1:2", "1:3"):
        problems.append(f"header rows are not repeated: {sheet.print_title_rows!r}")
    merged = {str(r) for r in sheet.merged_cells.ranges}
    if "A1:A2" not in merged or "B1:B2" not in merged:
        problems.append(f"No and Kegiatan headers are not merged over two rows: {sorted(merged)[:6]}")
    actors = [sheet.cell(row=2, column=3 + i).value for i in range(len(expected["actors"]))]
    if actors != expected["actors"]:
        problems.append(f"actor headers {actors} != {expected['actors']}")
    steps = []
    for row in sheet.iter_rows(min_row=3, values_only=True):
        if isinstance(row[0], (int, float)) and row[1]:
            steps.append([int(row[0]), row[1]])
    if steps != expected["steps"]:
        problems.append(f"steps differ: {steps[:3]} ... != {expected['steps'][:3]} ...")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if not any(n.startswith("xl/drawings/drawing") for n in names):
            problems.append("no drawing part: the flowchart is missing")
        bad = archive.testzip()
        if bad:
            problems.append(f"corrupt member {bad}")
    return report(path, problems)


if __name__ == "__main__":
    sys.exit(main())
