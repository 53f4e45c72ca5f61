#!/usr/bin/python3
"""Builds Word documents in LibreOffice Writer through UNO, from layouts that generate.py wrote as
JSON: the way a clerk makes an SOP in Writer and saves it for Word. It reuses the Writer class of
tools/make_docx_fixtures_lo.py (page setup, tables, merges, shapes anchored in cells, page header).

Run with Debian's python3 and python3-uno (generate.py does this):

  /usr/bin/python3 tools/variants/lo_docx.py jobs.json
"""
import json
import os
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import uno  # noqa: E402
from com.sun.star.awt import Size  # noqa: E402

import make_docx_fixtures_lo as lo  # noqa: E402

PARAGRAPH_BREAK, LINE_BREAK = 0, 1
AS_CHARACTER = uno.Enum("com.sun.star.text.TextContentAnchorType", "AS_CHARACTER")
BOLD, NORMAL = 150.0, 100.0
ADJUST = {"left": 0, "right": 1, "center": 3}
VERT = {"top": 1, "center": 2, "bottom": 3}
GEOMETRY = {
    "flowchart": {"terminator": "flowchart-terminator", "process": "flowchart-process",
                  "decision": "flowchart-decision", "offpage": "flowchart-off-page-connector"},
    "basic": {"terminator": "round-rectangle", "process": "rectangle", "decision": "diamond", "offpage": "pentagon-right"},
}


def hmm(pt):
    """Points to LibreOffice's 1/100 mm."""
    return int(round(pt * 2540 / 72))


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def write_paragraphs(text_obj, cursor, paras, cell):
    for k, para in enumerate(paras):
        if k:
            text_obj.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        cursor.ParaAdjust = ADJUST[cell.get("align", "left")]
        cursor.CharWeight = BOLD if cell.get("bold") else NORMAL
        cursor.CharHeight = cell.get("size", 9)
        cursor.CharPosture = uno.Enum("com.sun.star.awt.FontSlant", "ITALIC" if cell.get("italic") else "NONE")
        cursor.CharUnderline = 1 if k in cell.get("underline", []) else 0
        for j, line in enumerate(para.split("\n")):
            if j:
                text_obj.insertControlCharacter(cursor, LINE_BREAK, False)
            if line:
                text_obj.insertString(cursor, line, False)


class Builder:
    def __init__(self, desktop, context):
        self.desktop = desktop
        self.provider = context.ServiceManager.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", context)

    def picture(self, text_obj, cursor, path, w, h, anchored=None):
        graphic = self.provider.queryGraphic((lo.prop("URL", uno.systemPathToFileUrl(path)),))
        obj = self.w.doc.createInstance("com.sun.star.text.TextGraphicObject")
        obj.Graphic = graphic
        if anchored is None:
            obj.AnchorType = AS_CHARACTER
        else:
            obj.AnchorType = lo.PARAGRAPH
            obj.Surround = lo.IN_FRONT
        text_obj.insertTextContent(cursor, obj, False)
        obj.Size = Size(hmm(w), hmm(h))
        if anchored is not None:
            obj.HoriOrient = 0
            obj.VertOrient = 0
            obj.HoriOrientPosition, obj.VertOrientPosition = anchored
        return obj

    def grid(self, g, page_break, presets):
        w = self.w
        widths = [hmm(x) for x in g["widths"]]
        table = w.table(len(g["heights"]), len(widths), widths=widths, page_break=page_break)
        for r, h in enumerate(g["heights"]):
            row = table.Rows.getByIndex(r)
            row.IsAutoHeight = False
            row.Height = hmm(h)
            try:
                row.IsSplitAllowed = False
            except Exception:
                pass
        if g["header_rows"]:
            table.RepeatHeadline = True
            table.HeaderRowCount = g["header_rows"]
        left = [sum(g["widths"][:c]) for c in range(len(widths) + 1)]
        top = [sum(g["heights"][:r]) for r in range(len(g["heights"]) + 1)]

        def cell_at(r, c):
            return table.getCellByName(f"{column_name(c)}{r + 1}")

        logos = {(s["row"], s["col"]): s for s in g["shapes"] if s["kind"] == "logo"}
        for r, c, cell in g["cells"]:
            x = cell_at(r, c)
            x.setString("")
            cursor = x.createTextCursor()
            paras = list(cell["paras"])
            if (r, c) in logos:
                while paras and paras[0] == "":
                    paras.pop(0)
                s = logos[(r, c)]
                cursor.ParaAdjust = ADJUST["center"]
                self.picture(x, cursor, s["png_path"], s["w"], s["h"])
                x.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            write_paragraphs(x, cursor, paras or [""], cell)
            x.VertOrient = VERT[cell.get("valign", "top")]
            if cell.get("fill"):
                x.BackColor = int(cell["fill"], 16)

        # merge bottom-up and right to left: a horizontal merge renames the cells after it in its row;
        # vertical merges and other rows keep their names, so the step rows' cells are found after
        for r1, c1, r2, c2 in sorted(g["merges"], key=lambda m: (-m[0], -m[1])):
            lo.Writer.merge(table, f"{column_name(c1)}{r1 + 1}", f"{column_name(c2)}{r2 + 1}")
        return table, left, top, cell_at

    def drawings(self, g, table, left, top, cell_at, presets):
        """Shapes are placed after every table is merged: a merge moves the document's first shape."""
        w = self.w

        def place(r, c, service, x, y, wd, ht, **options):
            dx = hmm(x - left[c]) - lo.CELL_MARGIN
            dy = hmm(y - top[r])
            shape = w.shape(cell_at(r, c), service, dx, dy, hmm(wd), hmm(ht), **options)
            self.placed.append((shape, dx, dy))
            return shape

        for s in g["shapes"]:
            if s["kind"] in ("symbol", "offpage"):
                place(s["row"], s["col"], "com.sun.star.drawing.CustomShape", s["x"], s["y"], s["w"], s["h"],
                      geometry=GEOMETRY[presets][s["symbol"]], text=s["text"] or None)
            elif s["kind"] == "label":
                place(s["row"], s["col"], "com.sun.star.drawing.RectangleShape", s["x"], s["y"], s["w"], s["h"],
                      text=s["text"], frameless=True)
            elif s["kind"] == "picture":
                x = cell_at(s["row"], s["col"])
                self.picture(x, x.createTextCursor(), s["png_path"], s["w"], s["h"],
                             anchored=(hmm(s["x"] - left[s["col"]]) - lo.CELL_MARGIN, hmm(s["y"] - top[s["row"]])))
        for e in g["edges"]:
            pts = e["points"]
            for k in range(len(pts) - 1):
                (x1, y1), (x2, y2) = pts[k], pts[k + 1]
                forward = (x2, y2) >= (x1, y1)
                arrow = k == len(pts) - 2
                place(e["row"], e["col"], "com.sun.star.drawing.LineShape", min(x1, x2), min(y1, y2),
                      abs(x2 - x1), abs(y2 - y1), line_end=arrow and forward, line_start=arrow and not forward)

    def document(self, job):
        self.w = w = lo.Writer(self.desktop)
        try:
            if job.get("header_lines"):
                w.header(job["header_lines"])
            page_break = False
            first = True
            placed = []
            for block in job["blocks"]:
                if block["type"] == "para":
                    cursor = w.cursor
                    cursor.ParaAdjust = ADJUST[block.get("align", "left")]
                    cursor.CharWeight = BOLD if block.get("bold") else NORMAL
                    cursor.CharHeight = block.get("size", 9)
                    w.paragraph(block["text"], page_break=page_break)
                    cursor.CharWeight = NORMAL
                    cursor.ParaAdjust = ADJUST["left"]
                    page_break = False
                elif block["type"] == "pagebreak":
                    page_break = True
                else:
                    placed.append((block["grid"],) + self.grid(block["grid"], page_break and not first, job["presets"]))
                    page_break = False
                first = False
            self.placed = []
            for g, table, left, top, cell_at in placed:
                self.drawings(g, table, left, top, cell_at, job["presets"])
            # Writer moves shapes placed earlier when it lays out the pages again (inserting into
            # a later table can reset them to the cell's corner): set every position once more,
            # and refuse the document if they still do not hold.
            for _ in range(3):
                moved = [(s, x, y) for s, x, y in self.placed
                         if abs(s.HoriOrientPosition - x) > 2 or abs(s.VertOrientPosition - y) > 2]
                if not moved:
                    break
                for s, x, y in moved:
                    s.HoriOrient = 0
                    s.VertOrient = 0
                    s.HoriOrientPosition, s.VertOrientPosition = x, y
            if moved:
                raise RuntimeError(f"{len(moved)} of {len(self.placed)} shapes did not keep their position")
            w.save(job["out"], "MS Word 2007 XML")
        finally:
            w.close()


def start_office(profile):
    """LibreOffice with its component context kept (for pictures)."""
    return lo.start_office_with_context(profile, name="sopkitvariants")


def main(jobs_path):
    with open(jobs_path, encoding="utf-8") as f:
        jobs = json.load(f)
    failed = []
    with tempfile.TemporaryDirectory() as profile:
        process, context, desktop = start_office(profile)
        try:
            builder = Builder(desktop, context)
            for job in jobs:
                try:
                    builder.document(job)
                except Exception as error:  # a failed document is left out of the corpus
                    failed.append({"out": job["out"], "error": str(error)})
        finally:
            try:
                desktop.terminate()
            except Exception:
                pass
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
    json.dump(failed, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
