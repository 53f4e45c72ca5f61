"""Writes a layout (layout.py) as an Excel workbook, the way different programs make one.

- openpyxl: cells, merges, borders; openpyxl cannot draw, so the drawing part (symbols,
  connectors bound with stCxn/endCxn, Ya/Tidak text boxes, pictures, the logo) is added to the
  package afterwards, as Excel itself would have written it.
- XlsxWriter: cells and merges; pictures and the logo with insert_image; the shapes are appended
  to XlsxWriter's drawing part (XlsxWriter only draws text boxes).
- LibreOffice: the openpyxl workbook opened and saved again by LibreOffice Calc (soffice).
"""
import io
import os
import re
import shutil
import subprocess
import zipfile
from xml.sax.saxutils import escape

EMU_PER_PT = 12700

PRESETS = {
    "flowchart": {"terminator": "flowChartTerminator", "process": "flowChartProcess",
                  "decision": "flowChartDecision", "offpage": "flowChartOffpageConnector"},
    "basic": {"terminator": "roundRect", "process": "rect", "decision": "diamond", "offpage": "homePlate"},
}
SHAPE_NAMES = {"flowChartTerminator": "Flowchart: Terminator", "flowChartProcess": "Flowchart: Process",
               "flowChartDecision": "Flowchart: Decision", "flowChartOffpageConnector": "Flowchart: Off-page Connector",
               "roundRect": "Rectangle: Rounded Corners", "rect": "Rectangle", "diamond": "Diamond",
               "homePlate": "Pentagon"}

NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def emu(pt):
    return int(round(pt * EMU_PER_PT))


def cell_pos(grid, x, y):
    """Sheet coordinates (points) to (col, colOff, row, rowOff) in EMU."""
    col = 0
    while col < len(grid.widths) - 1 and x >= grid.left(col + 1):
        col += 1
    row = 0
    while row < len(grid.heights) - 1 and y >= grid.top(row + 1):
        row += 1
    return col, max(emu(x - grid.left(col)), 0), row, max(emu(y - grid.top(row)), 0)


def anchor(grid, x1, y1, x2, y2, body, edit_as=None):
    c1, co1, r1, ro1 = cell_pos(grid, x1, y1)
    c2, co2, r2, ro2 = cell_pos(grid, x2, y2)
    attr = f' editAs="{edit_as}"' if edit_as else ""
    return (f"<xdr:twoCellAnchor{attr}><xdr:from><xdr:col>{c1}</xdr:col><xdr:colOff>{co1}</xdr:colOff>"
            f"<xdr:row>{r1}</xdr:row><xdr:rowOff>{ro1}</xdr:rowOff></xdr:from><xdr:to><xdr:col>{c2}</xdr:col>"
            f"<xdr:colOff>{co2}</xdr:colOff><xdr:row>{r2}</xdr:row><xdr:rowOff>{ro2}</xdr:rowOff></xdr:to>"
            f"{body}<xdr:clientData/></xdr:twoCellAnchor>")


def line_xml(width=9525, arrow=False):
    tail = '<a:tailEnd type="triangle" w="med" len="med"/>' if arrow else ""
    return f'<a:ln w="{width}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>{tail}</a:ln>'


def shape_sp(shape, presets, sid):
    x, y, w, h = shape.x, shape.y, shape.w, shape.h
    if shape.kind == "label":
        name = shape.name or f"TextBox {sid}"
        body = (f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{sid}" name="{escape(name)}"/>'
                f'<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
                f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                f'<a:noFill/><a:ln><a:noFill/></a:ln></xdr:spPr><xdr:txBody><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t"/>'
                f'<a:lstStyle/><a:p><a:r><a:rPr lang="id-ID" sz="800"/><a:t>{escape(shape.text)}</a:t></a:r></a:p></xdr:txBody></xdr:sp>')
        return body
    prst = PRESETS[presets][shape.symbol]
    adj = '<a:gd name="adj" fmla="val 50000"/>' if prst == "roundRect" else ""
    name = f"{SHAPE_NAMES.get(prst, prst)} {sid}"
    if shape.text:
        text = (f'<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="id-ID" sz="800"/><a:t>{escape(shape.text)}</a:t></a:r></a:p>')
    else:
        text = '<a:p><a:pPr algn="ctr"/><a:endParaRPr lang="id-ID" sz="800"/></a:p>'
    return (f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{sid}" name="{escape(name)}"/><xdr:cNvSpPr/></xdr:nvSpPr>'
            f'<xdr:spPr><a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
            f'<a:prstGeom prst="{prst}"><a:avLst>{adj}</a:avLst></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            f'{line_xml(12700)}</xdr:spPr><xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="ctr"/>'
            f'<a:lstStyle/>{text}</xdr:txBody></xdr:sp>')


def connector_geometry(edge):
    """The preset, xfrm attributes, offset, extent and adjust value of a connector drawn along
    the edge's points, as Excel stores an elbow connector (rotated and flipped when needed)."""
    pts = edge.points
    (px, py), (qx, qy) = pts[0], pts[-1]
    if edge.route == "straight":
        attrs = ' flipV="1"' if qy < py else ""
        return "straightConnector1", attrs, (px, min(py, qy)), (0.0, abs(qy - py)), None
    if edge.route == "vhv":
        # down, across, down: a bentConnector3 turned by 90 degrees
        dx, dy = qx - px, qy - py
        cx, cy = (px + qx) / 2, (py + qy) / 2
        w, h = abs(dy), abs(dx)
        attrs = ' rot="16200000" flipH="1"' if dx > 0 else ' rot="5400000"'
        mid = pts[1][1]
        adj = int(round((mid - py) / dy * 100000)) if dy else 50000
        return "bentConnector3", attrs, (cx - w / 2, cy - h / 2), (w, h), adj
    # side lane: across, up or down, back across
    lane = pts[1][0]
    w, h = abs(qx - px), abs(qy - py)
    flip_h, flip_v = qx < px, qy < py
    attrs = (' flipH="1"' if flip_h else "") + (' flipV="1"' if flip_v else "")
    x1 = (lane - px) * (-1 if flip_h else 1)
    adj = int(round(x1 / w * 100000)) if w else 100000
    return "bentConnector3", attrs, (min(px, qx), min(py, qy)), (w, h), adj


def connector_sp(edge, sid, src_id, dst_id):
    prst, attrs, (ox, oy), (w, h), adj = connector_geometry(edge)
    av = f'<a:gd name="adj1" fmla="val {adj}"/>' if adj is not None else ""
    kind = "Straight Arrow Connector" if prst == "straightConnector1" else "Connector: Elbow"
    return (f'<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="{sid}" name="{kind} {sid}"/><xdr:cNvCxnSpPr>'
            f'<a:stCxn id="{src_id}" idx="{edge.src_site}"/><a:endCxn id="{dst_id}" idx="{edge.dst_site}"/></xdr:cNvCxnSpPr></xdr:nvCxnSpPr>'
            f'<xdr:spPr><a:xfrm{attrs}><a:off x="{emu(ox)}" y="{emu(oy)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
            f'<a:prstGeom prst="{prst}"><a:avLst>{av}</a:avLst></a:prstGeom>{line_xml(9525, arrow=True)}</xdr:spPr></xdr:cxnSp>')


def picture_pic(shape, sid, rid, descr=""):
    return (f'<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="{sid}" name="{escape(shape.name or f"Picture {sid}")}" descr="{escape(descr)}"/>'
            f'<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill>'
            f'<a:blip xmlns:r="{NS_R}" r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
            f'<xdr:spPr><a:xfrm><a:off x="{emu(shape.x)}" y="{emu(shape.y)}"/><a:ext cx="{emu(shape.w)}" cy="{emu(shape.h)}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>')


def drawing_anchors(grid, presets, first_id, include_pictures):
    """Anchors for every drawing object of a sheet's grid; pictures get r:embed ids 'rIdPicN'."""
    out, media = [], []
    sid = {}
    n = first_id
    for s in grid.shapes:
        sid[s.id] = n
        n += 1
    for s in grid.shapes:
        if s.kind in ("picture", "logo"):
            if not include_pictures:
                continue
            rid = f"rIdV{len(media) + 1}"
            media.append((rid, s.png))
            descr = "" if s.kind == "picture" else "Logo"
            out.append(anchor(grid, s.x, s.y, s.x + s.w, s.y + s.h, picture_pic(s, sid[s.id], rid, descr), "oneCell"))
        else:
            out.append(anchor(grid, s.x, s.y, s.x + s.w, s.y + s.h, shape_sp(s, presets, sid[s.id])))
    for e in grid.edges:
        xs = [p[0] for p in e.points]
        ys = [p[1] for p in e.points]
        out.append(anchor(grid, min(xs), min(ys), max(xs), max(ys), connector_sp(e, n, sid[e.src.id], sid[e.dst.id])))
        n += 1
    return out, media


# --- package patching ---------------------------------------------------------------------------

CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml"
REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"
REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
AFTER_DRAWING = ("<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls",
                 "<webPublishItems", "<tableParts", "<extLst")


def rels_path(part):
    d, f = os.path.split(part)
    return f"{d}/_rels/{f}.rels"


def resolve(base_part, target):
    if target.startswith("/"):
        return target[1:]
    parts = os.path.dirname(base_part).split("/")
    for seg in target.split("/"):
        if seg == "..":
            parts.pop()
        elif seg != ".":
            parts.append(seg)
    return "/".join(p for p in parts if p)


def add_drawings(path, per_sheet):
    """per_sheet: {sheet name: (anchors xml list, [(rid, png bytes)])}. Appends the anchors to
    the sheet's drawing part, creating the part when the sheet has none."""
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
        order = z.namelist()
    wb = files["xl/workbook.xml"].decode("utf-8")
    wb_rels = files["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rid_target = dict(re.findall(r'<Relationship[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', wb_rels))
    rid_target.update({a: b for b, a in re.findall(r'<Relationship[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', wb_rels)})
    sheets = {}
    for m in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)/>", wb):
        attrs = m.group(1)
        name = re.search(r'\bname="([^"]*)"', attrs).group(1)
        rid = re.search(r'\br:id="([^"]*)"', attrs) or re.search(r'\b\w+:id="([^"]*)"', attrs)
        sheets[unescape_attr(name)] = resolve("xl/workbook.xml", rid_target[rid.group(1)])
    ct = files["[Content_Types].xml"].decode("utf-8")
    media_count = sum(1 for n in files if n.startswith("xl/media/"))
    for name, (anchors, media) in per_sheet.items():
        if not anchors:
            continue
        sheet = sheets[name]
        sheet_xml = files[sheet].decode("utf-8")
        srels_name = rels_path(sheet)
        srels = files.get(srels_name, b"").decode("utf-8") or (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
        m = re.search(r"<drawing\s+r:id=\"([^\"]+)\"", sheet_xml)
        if m:
            target = re.search(r'<Relationship[^>]*Id="%s"[^>]*/>' % re.escape(m.group(1)), srels).group(0)
            drawing = resolve(sheet, re.search(r'Target="([^"]+)"', target).group(1))
            dxml = files[drawing].decode("utf-8")
        else:
            k = 1
            while f"xl/drawings/drawing{k}.xml" in files:
                k += 1
            drawing = f"xl/drawings/drawing{k}.xml"
            dxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    f'<xdr:wsDr xmlns:xdr="{NS_XDR}" xmlns:a="{NS_A}"></xdr:wsDr>')
            rid = "rIdDrw1"
            srels = srels.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{REL_DRAWING}" '
                                  f'Target="../drawings/drawing{k}.xml"/></Relationships>')
            files[srels_name] = srels.encode("utf-8")
            if srels_name not in order:
                order.append(srels_name)
            pos = len(sheet_xml) - len("</worksheet>")
            for tag in AFTER_DRAWING:
                i = sheet_xml.find(tag)
                if i != -1:
                    pos = min(pos, i)
            sheet_xml = sheet_xml[:pos] + f'<drawing r:id="{rid}"/>' + sheet_xml[pos:]
            if 'xmlns:r="' not in sheet_xml[:500]:
                sheet_xml = sheet_xml.replace("<worksheet ", f'<worksheet xmlns:r="{NS_R}" ', 1)
            files[sheet] = sheet_xml.encode("utf-8")
            ct = ct.replace("</Types>", f'<Override PartName="/{drawing}" ContentType="{CT_DRAWING}"/></Types>')
            order.append(drawing)
        # prefixes: XlsxWriter and Excel use xdr: and a:
        if "xmlns:xdr=" not in dxml:
            raise RuntimeError(f"unexpected drawing part in {path}")
        if "xmlns:a=" not in dxml:
            dxml = dxml.replace("<xdr:wsDr ", f'<xdr:wsDr xmlns:a="{NS_A}" ', 1)
        dxml = dxml.replace("</xdr:wsDr>", "".join(anchors) + "</xdr:wsDr>")
        files[drawing] = dxml.encode("utf-8")
        if media:
            drels_name = rels_path(drawing)
            drels = files.get(drels_name, b"").decode("utf-8") or (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
            add = ""
            for rid, data in media:
                media_count += 1
                part = f"xl/media/image{media_count}.png"
                while part in files:
                    media_count += 1
                    part = f"xl/media/image{media_count}.png"
                files[part] = data
                order.append(part)
                add += f'<Relationship Id="{rid}" Type="{REL_IMAGE}" Target="../media/image{media_count}.png"/>'
            files[drels_name] = drels.replace("</Relationships>", add + "</Relationships>").encode("utf-8")
            if drels_name not in order:
                order.append(drels_name)
            if 'Extension="png"' not in ct:
                ct = re.sub(r"(<Types[^>]*>)", r'\1<Default Extension="png" ContentType="image/png"/>', ct, count=1)
    files["[Content_Types].xml"] = ct.encode("utf-8")
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            z.writestr(n, files[n])
    os.replace(tmp, path)


def unescape_attr(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


# --- openpyxl -----------------------------------------------------------------------------------

def write_openpyxl(book, path, presets):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    per_sheet = {}
    for sheet in book["sheets"]:
        g = sheet["grid"]
        ws = wb.create_sheet(sheet["name"])
        for c, w in enumerate(g.widths):
            ws.column_dimensions[get_column_letter(c + 1)].width = round(w / 0.75) / 7
        for r, h in enumerate(g.heights):
            ws.row_dimensions[r + 1].height = h
        covered = {}
        for (r1, c1, r2, c2) in g.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    covered[(r, c)] = (r1, c1)
        for (r, c), cell in g.cells.items():
            x = ws.cell(row=r + 1, column=c + 1)
            if cell.number is not None:
                x.value = cell.number
            else:
                x.value = cell.text if cell.text else None
            x.font = Font(name="Arial", size=cell.size, bold=cell.bold, italic=cell.italic)
            x.alignment = Alignment(horizontal=cell.align if cell.align != "left" else "left",
                                    vertical={"top": "top", "center": "center", "bottom": "bottom"}[cell.valign],
                                    wrap_text=True)
            if cell.fill:
                x.fill = PatternFill("solid", fgColor=cell.fill)
        for r in g.borders:
            for c in range(g.ncols):
                ws.cell(row=r + 1, column=c + 1).border = border
        for (r1, c1, r2, c2) in g.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = 14
        ws.page_margins.left = ws.page_margins.right = 0.4
        if g.print_titles:
            ws.print_title_rows = f"{g.print_titles[0] + 1}:{g.print_titles[1] + 1}"
        ws.sheet_view.zoomScale = 85
        anchors, media = drawing_anchors(g, presets, 1000, include_pictures=True)
        per_sheet[sheet["name"]] = (anchors, media)
    wb.save(path)
    if any(a for a, _ in per_sheet.values()):
        add_drawings(path, per_sheet)


# --- XlsxWriter ---------------------------------------------------------------------------------

def write_xlsxwriter(book, path, presets):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    formats = {}

    def fmt(cell, bordered):
        key = (cell.bold, cell.italic, cell.align, cell.valign, cell.size, cell.fill, bordered)
        if key not in formats:
            props = {"font_name": "Arial", "font_size": cell.size, "bold": cell.bold, "italic": cell.italic,
                     "align": cell.align, "valign": {"top": "top", "center": "vcenter", "bottom": "bottom"}[cell.valign],
                     "text_wrap": True}
            if cell.fill:
                props["bg_color"] = "#" + cell.fill
            if bordered:
                props["border"] = 1
            formats[key] = wb.add_format(props)
        return formats[key]

    blank_border = wb.add_format({"border": 1})
    per_sheet = {}
    for sheet in book["sheets"]:
        g = sheet["grid"]
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(g.widths):
            ws.set_column_pixels(c, c, round(w / 0.75))
        for r, h in enumerate(g.heights):
            ws.set_row(r, h)
        merged_start = {(m[0], m[1]): m for m in g.merges}
        covered = set()
        for (r1, c1, r2, c2) in g.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        for r in g.borders:
            for c in range(g.ncols):
                if (r, c) not in g.cells and (r, c) not in covered and (r, c) not in merged_start:
                    ws.write_blank(r, c, None, blank_border)
        for (r, c), cell in g.cells.items():
            f = fmt(cell, r in g.borders)
            value = cell.number if cell.number is not None else cell.text
            if (r, c) in merged_start:
                r1, c1, r2, c2 = merged_start[(r, c)]
                ws.merge_range(r1, c1, r2, c2, value if value != "" else None, f)
            elif value == "" or value is None:
                ws.write_blank(r, c, None, f)
            else:
                ws.write(r, c, value, f)
        ws.set_landscape()
        ws.set_paper(14)
        ws.fit_to_pages(1, 0)
        ws.set_margins(left=0.4, right=0.4)
        if g.print_titles:
            ws.repeat_rows(*g.print_titles)
        # pictures and the logo with XlsxWriter's own insert_image
        for s in g.shapes:
            if s.kind in ("picture", "logo"):
                col = 0
                while col < len(g.widths) - 1 and s.x >= g.left(col + 1):
                    col += 1
                row = 0
                while row < len(g.heights) - 1 and s.y >= g.top(row + 1):
                    row += 1
                px_w = round(s.w / 0.75)
                native = png_size(s.png)
                ws.insert_image(row, col, f"{s.name or 'gambar'}.png", {
                    "image_data": io.BytesIO(s.png), "x_offset": round((s.x - g.left(col)) / 0.75),
                    "y_offset": round((s.y - g.top(row)) / 0.75), "x_scale": px_w / native[0],
                    "y_scale": round(s.h / 0.75) / native[1], "object_position": 1})
        anchors, _ = drawing_anchors(g, presets, 1000, include_pictures=False)
        per_sheet[sheet["name"]] = (anchors, [])
    wb.close()
    if any(a for a, _ in per_sheet.values()):
        add_drawings(path, per_sheet)


def png_size(data):
    import struct
    return struct.unpack(">II", data[16:24])


# --- LibreOffice --------------------------------------------------------------------------------

def resave_with_libreoffice(jobs, workdir):
    """jobs: [(source xlsx, destination xlsx)]. One soffice run converts them all."""
    if not jobs:
        return
    src_dir = os.path.join(workdir, "lo-in")
    out_dir = os.path.join(workdir, "lo-out")
    profile = os.path.join(workdir, "lo-profile")
    os.makedirs(src_dir, exist_ok=True)
    os.makedirs(out_dir, exist_ok=True)
    names = []
    for i, (src, _) in enumerate(jobs):
        name = f"w{i:05d}.xlsx"
        shutil.copy(src, os.path.join(src_dir, name))
        names.append(name)
    for start in range(0, len(names), 60):
        chunk = names[start:start + 60]
        subprocess.run(["soffice", f"-env:UserInstallation=file://{os.path.abspath(profile)}", "--headless",
                        "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out_dir]
                       + [os.path.join(src_dir, n) for n in chunk],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800, check=False)
    for name, (_, dest) in zip(names, jobs):
        produced = os.path.join(out_dir, name)
        if not os.path.exists(produced):
            raise RuntimeError(f"LibreOffice did not convert {dest}")
        shutil.move(produced, dest)
