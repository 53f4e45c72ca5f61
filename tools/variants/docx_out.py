"""Writes a layout (layout.py) as a Word document, two ways:

- python-docx: tables through python-docx's API (merges with cell.merge, widths per cell);
  symbols, arrows and labels are wps shapes anchored in the actor cell, each arrow drawn as
  separate line segments (the way people draw arrows in Word), pictures inline in the cell.
- raw WordprocessingML written by hand with zipfile, like docx.js and other generators do:
  w:tblGrid, w:gridSpan and w:vMerge, one elbow connector shape per arrow (rotated and flipped as
  Word stores it), anchored pictures.
"""
import io
import zipfile
from xml.sax.saxutils import escape

EMU_PER_PT = 12700
CELL_MARGIN = 5.4        # Word's default left/right cell margin, 108 twips
NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}
WPS_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
PIC_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture"
PRESETS = {
    "flowchart": {"terminator": "flowChartTerminator", "process": "flowChartProcess",
                  "decision": "flowChartDecision", "offpage": "flowChartOffpageConnector"},
    "basic": {"terminator": "roundRect", "process": "rect", "decision": "diamond", "offpage": "homePlate"},
}


def emu(pt):
    return int(round(pt * EMU_PER_PT))


def tw(pt):
    return int(round(pt * 20))


def xmlns(*prefixes):
    return " ".join(f'xmlns:{p}="{NS[p]}"' for p in prefixes)


class Ids:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


def anchor_xml(doc_id, name, x, y, w, h, graphic, z, declare=False, descr=""):
    """A floating object in a table cell, positioned from the cell (layoutInCell)."""
    ns = " " + xmlns("w", "wp", "a", "wps", "pic", "r") if declare else ""
    return (f'<w:drawing{ns}><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{z}" '
            f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{emu(x)}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{emu(y)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu(w)}" cy="{emu(h)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{doc_id}" name="{escape(name)}" descr="{escape(descr)}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="{graphic[0]}">{graphic[1]}</a:graphicData></a:graphic></wp:anchor></w:drawing>')


def inline_xml(doc_id, name, w, h, rid, declare=False):
    ns = " " + xmlns("w", "wp", "a", "pic", "r") if declare else ""
    return (f'<w:drawing{ns}><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{emu(w)}" cy="{emu(h)}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{doc_id}" name="{escape(name)}"/>'
            f'<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            f'<a:graphic><a:graphicData uri="{PIC_URI}">{pic_xml(doc_id, name, w, h, rid)}</a:graphicData></a:graphic></wp:inline></w:drawing>')


def pic_xml(doc_id, name, w, h, rid):
    return (f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{doc_id}" name="{escape(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>')


def ln(arrow=False, width=9525):
    tail = '<a:tailEnd type="triangle"/>' if arrow else ""
    return f'<a:ln w="{width}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>{tail}</a:ln>'


def txbx(text, size=14):
    return (f'<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="{size}"/></w:rPr><w:t>{escape(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>')


def wsp_symbol(prst, w, h, text=""):
    adj = '<a:gd name="adj" fmla="val 50000"/>' if prst == "roundRect" else ""
    body = txbx(text) if text else ""
    return (WPS_URI, f'<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
            f'<a:prstGeom prst="{prst}"><a:avLst>{adj}</a:avLst></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>{ln(width=12700)}</wps:spPr>'
            f'{body}<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>')


def wsp_label(text, w, h):
    return (WPS_URI, f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            f'{txbx(text)}<wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>')


def wsp_line(prst, w, h, attrs="", arrow=False, adj=None):
    av = f'<a:gd name="adj1" fmla="val {adj}"/>' if adj is not None else ""
    return (WPS_URI, f'<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm{attrs}><a:off x="0" y="0"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
            f'<a:prstGeom prst="{prst}"><a:avLst>{av}</a:avLst></a:prstGeom><a:noFill/>{ln(arrow)}</wps:spPr><wps:bodyPr/></wps:wsp>')


def cell_offset(grid, row, col, x, y):
    return x - grid.left(col) - CELL_MARGIN, y - grid.top(row)


def grid_drawings(grid, presets, ids, segments, pictures_inline, rel_for_png, declare):
    """{(row, col): [run xml]} for the shapes, labels, arrows and pictures of a grid."""
    runs = {}
    z = [251659264]

    def put(row, col, xml):
        runs.setdefault((row, col), []).append(xml)

    def place(row, col, name, x, y, w, h, graphic, descr=""):
        z[0] += 1024
        ox, oy = cell_offset(grid, row, col, x, y)
        put(row, col, anchor_xml(ids(), name, ox, oy, w, h, graphic, z[0], declare, descr))

    for s in grid.shapes:
        if s.kind == "symbol" or s.kind == "offpage":
            prst = PRESETS[presets][s.symbol]
            place(s.row, s.col, f"{prst} {s.id}", s.x, s.y, s.w, s.h, wsp_symbol(prst, s.w, s.h, s.text))
        elif s.kind == "label":
            place(s.row, s.col, f"Text Box {s.id}", s.x, s.y, s.w, s.h, wsp_label(s.text, s.w, s.h))
        elif s.kind in ("picture", "logo"):
            rid = rel_for_png(s.png)
            if pictures_inline or s.kind == "logo":
                continue   # written as inline pictures in the cell's paragraph by the caller
            i = ids()
            place(s.row, s.col, s.name or f"Picture {i}", s.x, s.y, s.w, s.h,
                  (PIC_URI, pic_xml(i, s.name or f"Picture {i}", s.w, s.h, rid)))
    for e in grid.edges:
        if segments:
            pts = e.points
            for k in range(len(pts) - 1):
                (x1, y1), (x2, y2) = pts[k], pts[k + 1]
                attrs = (' flipH="1"' if x2 < x1 else "") + (' flipV="1"' if y2 < y1 else "")
                w, h = abs(x2 - x1), abs(y2 - y1)
                place(e.row, e.col, f"Straight Arrow Connector {e.id}.{k}", min(x1, x2), min(y1, y2), w, h,
                      wsp_line("straightConnector1", w, h, attrs, arrow=k == len(pts) - 2))
        else:
            from xlsx_out import connector_geometry
            prst, attrs, (ox, oy), (w, h), adj = connector_geometry(e)
            name = "Straight Arrow Connector" if prst == "straightConnector1" else "Elbow Connector"
            place(e.row, e.col, f"{name} {e.id}", ox, oy, w, h, wsp_line(prst, w, h, attrs, True, adj))
    return runs


# --- python-docx --------------------------------------------------------------------------------

def write_python_docx(doc_layout, path, presets):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(330), Mm(215)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(15))
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    align = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
    valign = {"top": WD_ALIGN_VERTICAL.TOP, "center": WD_ALIGN_VERTICAL.CENTER, "bottom": WD_ALIGN_VERTICAL.BOTTOM}
    ids = Ids()
    ids.n = 100

    def fill_paragraph(p, text, cell):
        p.alignment = align[cell.align]
        lines = text.split("\n")
        for k, line in enumerate(lines):
            run = p.add_run(line)
            run.bold = cell.bold
            run.italic = cell.italic
            run.font.size = Pt(cell.size)
            if k < len(lines) - 1:
                run.add_break()

    if doc_layout.get("header_lines"):
        hdr = sec.header
        p = hdr.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if doc_layout.get("header_logo"):
            p.add_run().add_picture(io.BytesIO(doc_layout["header_logo"]), width=Pt(40))
        for k, line in enumerate(doc_layout["header_lines"]):
            q = hdr.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = q.add_run(line)
            r.bold = k < len(doc_layout["header_lines"]) - 1
            r.font.size = Pt(11 if k == 0 else 10)

    first_block = True
    for block in doc_layout["blocks"]:
        kind = block["type"]
        if kind == "para":
            p = d.paragraphs[0] if first_block and len(d.paragraphs) == 1 and not d.paragraphs[0].text else d.add_paragraph()
            p.alignment = align[block.get("align", "left")]
            if block["text"]:
                r = p.add_run(block["text"])
                r.bold = block.get("bold", False)
                r.font.size = Pt(block.get("size", 9))
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            g = block["grid"]
            t = d.add_table(rows=len(g.heights), cols=g.ncols)
            t.style = "Table Grid"
            t.autofit = False
            tbl_pr = t._tbl.tblPr
            tbl_pr.append(parse_xml(f'<w:tblLayout {xmlns("w")} w:type="fixed"/>'))
            for k, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(tw(g.widths[k])))
            for r, h in enumerate(g.heights):
                row = t.rows[r]
                row.height = Pt(h)
                row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY if g.exact[r] else WD_ROW_HEIGHT_RULE.AT_LEAST
                if r < g.header_rows:
                    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {xmlns("w")}/>'))
                for c in range(g.ncols):
                    row.cells[c].width = Pt(g.widths[c])
            for (r1, c1, r2, c2) in g.merges:
                t.cell(r1, c1).merge(t.cell(r2, c2))
            drawings = grid_drawings(g, presets, ids, segments=True, pictures_inline=True,
                                     rel_for_png=lambda png: None, declare=True)
            pictures = {}
            for s in g.shapes:
                if s.kind in ("picture", "logo"):
                    pictures.setdefault((s.row, s.col), []).append(s)
            for (r, c), cell in g.cells.items():
                x = t.cell(r, c)
                x.vertical_alignment = valign[cell.valign]
                if cell.fill:
                    x._tc.get_or_add_tcPr().append(parse_xml(
                        f'<w:shd {xmlns("w")} w:val="clear" w:color="auto" w:fill="{cell.fill}"/>'))
                paras = cell.paras or [""]
                start = 0
                if (r, c) in pictures and any(s.kind == "logo" for s in pictures[(r, c)]):
                    # the logo goes on top of the kop lines: replace the blank lines kept for it
                    while start < len(paras) and paras[start] == "":
                        start += 1
                for k, text in enumerate(paras[start:]):
                    p = x.paragraphs[0] if k == 0 else x.add_paragraph()
                    fill_paragraph(p, text, cell)
                    if k in cell.underline_paras or (k + start) in cell.underline_paras:
                        for run in p.runs:
                            run.underline = True
            for (r, c), items in pictures.items():
                x = t.cell(r, c)
                for s in items:
                    if s.kind == "logo":
                        p = x.paragraphs[0].insert_paragraph_before()
                    else:
                        p = x.paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    p.add_run().add_picture(io.BytesIO(s.png), width=Pt(s.w), height=Pt(s.h))
            for (r, c), xmls in drawings.items():
                p = t.cell(r, c).paragraphs[0]
                run = p.add_run()
                for xml in xmls:
                    run._r.append(parse_xml(xml))
        first_block = False
    d.core_properties.author = "Operator"
    d.save(path)


# --- raw WordprocessingML -------------------------------------------------------------------------

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style></w:styles>"""


def run_xml(text, bold=False, italic=False, size=9, underline=False):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + ('<w:u w:val="single"/>' if underline else "") + \
            f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    parts = []
    for k, line in enumerate(text.split("\n")):
        if k:
            parts.append("<w:br/>")
        parts.append(f'<w:t xml:space="preserve">{escape(line)}</w:t>')
    return f"<w:r><w:rPr>{props}</w:rPr>{''.join(parts)}</w:r>"


def para_xml(text, align="left", bold=False, size=9, extra_runs="", italic=False, underline=False, page_break=False):
    jc = {"left": "left", "center": "center", "right": "right"}[align]
    body = run_xml(text, bold, italic, size, underline) if text else ""
    brk = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
    return f'<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr>{extra_runs}{body}{brk}</w:p>'


def write_raw_docx(doc_layout, path, presets):
    media = []
    doc_rels = []

    def rel_for_png(png, store=doc_rels):
        for rid, data in media_ids:
            if data is png:
                return rid
        rid = f"rId{100 + len(media_ids)}"
        name = f"image{len(media) + 1}.png"
        media.append((name, png))
        store.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/{name}"/>')
        media_ids.append((rid, png))
        return rid
    media_ids = []
    ids = Ids()
    body = []
    for block in doc_layout["blocks"]:
        kind = block["type"]
        if kind == "para":
            body.append(para_xml(block["text"], block.get("align", "left"), block.get("bold", False), block.get("size", 9)))
        elif kind == "pagebreak":
            body.append(para_xml("", page_break=True))
        else:
            g = block["grid"]
            drawings = grid_drawings(g, presets, ids, segments=False, pictures_inline=False,
                                     rel_for_png=rel_for_png, declare=False)
            logos = {}
            for s in g.shapes:
                if s.kind == "logo":
                    logos[(s.row, s.col)] = s
            covered = {}
            starts = {}
            for (r1, c1, r2, c2) in g.merges:
                starts[(r1, c1)] = (r2, c2)
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        if (r, c) != (r1, c1):
                            covered[(r, c)] = (r1, c1, r2, c2)
            total = sum(tw(w) for w in g.widths)
            rows = []
            for r, h in enumerate(g.heights):
                tr_pr = f'<w:trHeight w:val="{tw(h)}" w:hRule="{"exact" if g.exact[r] else "atLeast"}"/>'
                if r < g.header_rows:
                    tr_pr += "<w:tblHeader/>"
                cells = []
                c = 0
                while c < g.ncols:
                    if (r, c) in covered:
                        r1, c1, r2, c2 = covered[(r, c)]
                        if c == c1 and r > r1:
                            span = c2 - c1 + 1
                            width = sum(tw(w) for w in g.widths[c1:c2 + 1])
                            gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{gs}<w:vMerge/></w:tcPr><w:p/></w:tc>')
                            c = c2 + 1
                            continue
                        c += 1
                        continue
                    cell = g.cells.get((r, c))
                    r2, c2 = starts.get((r, c), (r, c))
                    span = c2 - c + 1
                    width = sum(tw(w) for w in g.widths[c:c2 + 1])
                    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
                    if span > 1:
                        pr += f'<w:gridSpan w:val="{span}"/>'
                    if r2 > r:
                        pr += '<w:vMerge w:val="restart"/>'
                    if cell is not None and cell.fill:
                        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill}"/>'
                    if cell is not None:
                        pr += f'<w:vAlign w:val="{cell.valign}"/>'
                    paras = list(cell.paras) if cell is not None else [""]
                    lead = "".join(drawings.get((r, c), []))
                    if (r, c) in logos:
                        s = logos[(r, c)]
                        while paras and paras[0] == "":
                            paras.pop(0)
                        rid = rel_for_png(s.png)
                        logo_p = para_xml("", "center", extra_runs=f"<w:r>{inline_xml(ids(), 'Logo', s.w, s.h, rid)}</w:r>")
                    else:
                        logo_p = ""
                    ps = []
                    for k, text in enumerate(paras or [""]):
                        runs = ""
                        if k == 0 and lead:
                            runs = f"<w:r>{lead}</w:r>"
                        ps.append(para_xml(text, cell.align if cell else "left", cell.bold if cell else False,
                                           cell.size if cell else 9, runs, cell.italic if cell else False,
                                           underline=cell is not None and k in cell.underline_paras))
                    cells.append(f'<w:tc><w:tcPr>{pr}</w:tcPr>{logo_p}{"".join(ps)}</w:tc>')
                    c = c2 + 1
                rows.append(f"<w:tr><w:trPr>{tr_pr}</w:trPr>{''.join(cells)}</w:tr>")
            borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                              for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
            grid_cols = "".join(f'<w:gridCol w:w="{tw(w)}"/>' for w in g.widths)
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
                        f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid_cols}</w:tblGrid>{"".join(rows)}</w:tbl>')
    header_ref = ""
    parts = {}
    if doc_layout.get("header_lines"):
        hdr_rels = []
        hp = []
        if doc_layout.get("header_logo"):
            name = f"image{len(media) + 1}.png"
            media.append((name, doc_layout["header_logo"]))
            hdr_rels.append(f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/{name}"/>')
            hp.append(para_xml("", "center", extra_runs=f"<w:r>{inline_xml(ids(), 'Logo', 40, 40, 'rId1')}</w:r>"))
        for k, line in enumerate(doc_layout["header_lines"]):
            hp.append(para_xml(line, "center", bold=k < len(doc_layout["header_lines"]) - 1, size=11 if k == 0 else 10))
        parts["word/header1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {xmlns("w", "r", "wp", "a", "pic")}>'
                                     + "".join(hp) + "</w:hdr>")
        parts["word/_rels/header1.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                                + "".join(hdr_rels) + "</Relationships>")
        doc_rels.append('<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        header_ref = '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
    sect = (f'<w:sectPr>{header_ref}<w:pgSz w:w="{tw(935.4)}" w:h="{tw(609.4)}" w:orient="landscape"/>'
            f'<w:pgMar w:top="850" w:right="850" w:bottom="850" w:left="850" w:header="425" w:footer="425" w:gutter="0"/></w:sectPr>')
    parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {xmlns("w", "r", "wp", "a", "pic", "wps")}>'
                                  f'<w:body>{"".join(body)}{sect}</w:body></w:document>')
    parts["word/styles.xml"] = STYLES
    parts["word/settings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                  '<w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')
    doc_rels.append('<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    doc_rels.append('<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>')
    parts["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                             + "".join(doc_rels) + "</Relationships>")
    overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    if "word/header1.xml" in parts:
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
    parts["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
                                    + "".join(overrides) + "</Types>")
    parts["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    parts["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                  '<dc:title>SOP</dc:title><dc:creator>Un-named</dc:creator></cp:coreProperties>')
    parts["docProps/app.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                                 '<Application>sop-generator</Application></Properties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
                     "word/styles.xml", "word/settings.xml", "word/_rels/document.xml.rels"):
            z.writestr(name, parts[name])
        for name in ("word/header1.xml", "word/_rels/header1.xml.rels"):
            if name in parts:
                z.writestr(name, parts[name])
        for name, data in media:
            z.writestr(f"word/media/{name}", data)
