#!/usr/bin/env python3
"""Independent check of the styles of sopkit's Word output and reference document, with python-docx.

Usage: check_docx_styles.py FILE.docx [--samples] [--font NAME]
Checks that the document opens, that the SOP styles are defined, and that every paragraph and
table uses a defined style. --samples (the reference document): every SOP paragraph style has a
sample paragraph. --font: the style "SOP Teks" has that font. Prints problems; exit 1 if any.
"""
import argparse
import sys

from checkreport import report

import docx

PARAGRAPH_STYLES = [
    "SOP Teks", "SOP Tengah", "SOP Kop", "SOP Label", "SOP Nama SOP", "SOP Pengesahan", "SOP Judul Daftar",
    "SOP Kepala Tabel", "SOP Kepala Kolom", "SOP Kepala Kolom Sempit", "SOP Simbol", "SOP Label Panah",
]


def paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--samples", action="store_true")
    parser.add_argument("--font")
    arguments = parser.parse_args()
    problems = []
    document = docx.Document(arguments.path)
    names = {style.name for style in document.styles}
    for name in PARAGRAPH_STYLES + ["SOP Penanda", "SOP Tabel"]:
        if name not in names:
            problems.append(f"style '{name}' is not defined")
    used = set()
    for paragraph in paragraphs(document):
        used.add(paragraph.style.name)
    for table in document.tables:
        if table.style is None or table.style.name != "SOP Tabel":
            problems.append(f"a table has style {table.style.name if table.style else None}")
    if arguments.samples:
        for name in PARAGRAPH_STYLES:
            if name not in used:
                problems.append(f"no sample paragraph in '{name}'")
    if arguments.font and "SOP Teks" in names:
        font = document.styles["SOP Teks"].font.name
        if font != arguments.font:
            problems.append(f"'SOP Teks' has font {font}, expected {arguments.font}")
    return report(arguments.path, problems)


if __name__ == "__main__":
    sys.exit(main())
