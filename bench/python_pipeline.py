#!/usr/bin/env python3
"""What a user would write instead: a straightforward Python pipeline over the same SOPs.

  python_pipeline.py xlsx JSON_DIR OUT_DIR    canonical JSON → workbook with openpyxl (identity + steps)
  python_pipeline.py docx JSON_DIR OUT_DIR    canonical JSON → Word document with python-docx
  python_pipeline.py read DOCX_DIR            read every table cell of each document with python-docx
No flowchart drawing, no validation: the comparison flatters Python.
"""
import json
import os
import sys

import docx
import openpyxl


def sops(folder):
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            yield name, json.load(f)["sops"][0]


def to_xlsx(folder, out):
    for name, sop in sops(folder):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Identitas"
        for row, key in enumerate(["nomor_sop", "nama_sop", "satker"], start=1):
            ws.cell(row=row, column=1, value=key)
            ws.cell(row=row, column=2, value=sop.get(key))
        steps = wb.create_sheet("Prosedur")
        chart = sop["flowcharts"][0]
        actors = chart["actors"]
        steps.append(["No", "Kegiatan"] + actors + ["Kelengkapan", "Waktu", "Output", "Keterangan"])
        for step in chart["steps"]:
            marks = ["x" if a == step["actor"] else "" for a in actors]
            waktu = (step.get("waktu") or {}).get("raw")
            steps.append([step["nomor"], step["kegiatan"]] + marks + [step.get("kelengkapan"), waktu, step.get("output"), step.get("keterangan")])
        wb.save(os.path.join(out, name.replace(".json", ".xlsx")))


def to_docx(folder, out):
    for name, sop in sops(folder):
        d = docx.Document()
        d.add_paragraph(sop["nama_sop"])
        chart = sop["flowcharts"][0]
        actors = chart["actors"]
        table = d.add_table(rows=1, cols=len(actors) + 6)
        for i, title in enumerate(["No", "Kegiatan"] + actors + ["Kelengkapan", "Waktu", "Output", "Keterangan"]):
            table.rows[0].cells[i].text = title
        for step in chart["steps"]:
            cells = table.add_row().cells
            cells[0].text = str(step["nomor"])
            cells[1].text = step["kegiatan"]
            if step["actor"] in actors:
                cells[2 + actors.index(step["actor"])].text = "x"
            cells[-4].text = step.get("kelengkapan") or ""
            cells[-3].text = (step.get("waktu") or {}).get("raw") or ""
            cells[-2].text = step.get("output") or ""
            cells[-1].text = step.get("keterangan") or ""
        d.save(os.path.join(out, name.replace(".json", ".docx")))


def read(folder):
    count = 0
    for name in sorted(os.listdir(folder)):
        d = docx.Document(os.path.join(folder, name))
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    count += len(cell.text)
    print(count, file=sys.stderr)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "read":
        read(sys.argv[2])
    else:
        os.makedirs(sys.argv[3], exist_ok=True)
        {"xlsx": to_xlsx, "docx": to_docx}[mode](sys.argv[2], sys.argv[3])
