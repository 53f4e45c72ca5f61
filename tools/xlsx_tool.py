#!/usr/bin/env python3
"""Workbook helpers for the XLSX reader tests, written with openpyxl (an independent writer).

  xlsx_tool.py edit BOOK.xlsx OUT.xlsx SHEET CELL VALUE [SHEET CELL VALUE ...]
      set cells as a person would in another program, and save
  xlsx_tool.py from-csv IN.csv OUT.xlsx SHEET
      lay a CSV (any encoding Python's csv module reads as UTF-8/UTF-16) out in a sheet, every
      cell as text, as staff keep SOPs in a workbook
"""
import csv
import io
import sys

import openpyxl


def edit(args):
    book, out, rest = args[0], args[1], args[2:]
    wb = openpyxl.load_workbook(book)
    for i in range(0, len(rest), 3):
        wb[rest[i]][rest[i + 1]] = rest[i + 2]
    wb.save(out)


def from_csv(args):
    path, out, sheet = args
    raw = open(path, "rb").read()
    text = raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8-sig")
    delimiter = csv.Sniffer().sniff(text.split("\n", 1)[0] + "\n", delimiters=",;\t").delimiter
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        for c, value in enumerate(row, start=1):
            if value != "":
                ws.cell(row=r, column=c, value=value)
    wb.save(out)


if __name__ == "__main__":
    {"edit": edit, "from-csv": from_csv}[sys.argv[1]](sys.argv[2:])
