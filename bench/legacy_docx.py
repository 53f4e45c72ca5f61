#!/usr/bin/env python3
"""Makes a large legacy Word SOP for timing the DOCX reader's slow path (no sopkit data part):
the LibreOffice-made fixture's flowchart rows, shapes and arrows included, repeated until
word/document.xml passes the size asked for.

  python3 bench/legacy_docx.py testdata/docx/penelitian-libreoffice.docx OUT.docx 1000000
"""
import re
import sys
import zipfile

source, target, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
with zipfile.ZipFile(source) as z:
    parts = {name: z.read(name) for name in z.namelist()}
xml = parts["word/document.xml"].decode("utf-8")
tables = [m.start() for m in re.finditer(r"<w:tbl>", xml)]
start = tables[-1]
end = xml.index("</w:tbl>", start)
rows = re.findall(r"<w:tr>.*?</w:tr>", xml[start:end], flags=re.S)
header, steps = rows[:2], rows[2:]
copies = []
number = 0
while sum(len(r) for r in copies) + len(xml) < size:
    for row in steps:
        number += 1
        copies.append(re.sub(r"<w:t>\d+</w:t>", "<w:t>%d</w:t>" % number, row, count=1))
body = xml[start:end]
first_step = body.index(steps[0])
last_step = body.rindex(steps[-1]) + len(steps[-1])
xml = xml[:start] + body[:first_step] + "".join(copies) + body[last_step:] + xml[end:]
parts["word/document.xml"] = xml.encode("utf-8")
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
print(f"{target}: {number} steps, word/document.xml {len(parts['word/document.xml'])} bytes")
