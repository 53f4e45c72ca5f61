#!/usr/bin/env python3
"""Independent check of sopkit's Word output with python-docx.

Usage: check_docx.py FILE.docx STEPS  (STEPS: the number of steps of the SOP's first flowchart)
Checks that the document opens, is landscape, has the identity table and flowchart tables whose
step rows hold the numbers 1..STEPS, and that the header rows repeat. Prints problems; exit 1 if any.
"""
import sys

from checkreport import report

import docx
from docx.enum.section import WD_ORIENT


def main() -> int:
    path, steps = sys.argv[1], int(sys.argv[2])
    problems = []
    document = docx.Document(path)
    section = document.sections[0]
    if section.orientation != WD_ORIENT.LANDSCAPE:
        problems.append("not landscape")
    tables = document.tables
    if len(tables) < 2:
        problems.append(f"{len(tables)} tables; expected the identity table and a flowchart table")
    else:
        if "NOMOR SOP" not in tables[0].rows[0].cells[1].text:
            problems.append("the identity table does not start with NOMOR SOP")
        numbers = []
        for table in tables[1:]:
            header = table.rows[0]._tr
            if header.trPr is None or not header.trPr.xpath("./w:tblHeader"):
                problems.append("a flowchart table has no repeated header row")
            for row in table.rows[2:]:
                text = row.cells[0].text.strip()
                if text.isdigit():
                    numbers.append(int(text))
        if numbers != list(range(1, steps + 1)):
            problems.append(f"step numbers {numbers}")
    return report(path, problems)


if __name__ == "__main__":
    sys.exit(main())
