"""The page layout of one legacy SOP file, independent of the file format.

A legacy SOP (PermenPANRB 35/2012, ../shared/docs/sop-ap-format.md §3, §4) is laid out here as
grids (tables or sheet areas) of cells with merges, plus drawing objects (symbols, exit labels,
off-page connectors, pictures) and arrows placed in the grid's own coordinates, in points from the
grid's top-left corner. The writers in xlsx_out.py, docx_out.py and lo_docx.py turn the same layout
into a workbook or a Word document, the way different tools and clerks would.

Every choice that varies between offices is an axis (AXES); generate.py samples one value per
axis for each file and records them in the file's expected JSON.
"""
import re

AXES = {
    # the program that made the file
    "container": ["docx-python-docx", "docx-raw-xml", "docx-libreoffice",
                  "xlsx-openpyxl", "xlsx-xlsxwriter", "xlsx-libreoffice"],
    # the group header over the actor columns (actor names in the row below)
    "actor_header": ["Pelaksana", "Pelaksanaan", "Pelaku", "Unit Kerja", "Pejabat", "PELAKSANA"],
    "activity_header": ["Kegiatan", "Uraian Kegiatan", "Aktivitas", "Uraian Prosedur", "Langkah"],
    "number_header": ["No", "No.", "Nomor"],
    # the first Mutu Baku column; "\\n" is a second paragraph (Word) or a line break (Excel)
    "mutu_first": ["Kelengkapan", "Persyaratan", "Persyaratan/\\nKelengkapan", "Kelengkapan / Persyaratan",
                   "Input", "Bahan"],
    "ket_header": ["Ket", "Keterangan", "Ket."],
    # what sits in the actor cell of a step
    "symbols": ["shapes", "checkmarks", "glyphs", "pictures"],
    "number_style": ["1", "1."],
    "identity_layout": ["label|value", "label|:|value", "label : value"],
    "identity_labels": ["official", "variant"],
    "nama_source": ["identity-label", "title-row", "title-block"],
    # kop lines and logo: in the identity table's left cell, above it (Word: the page header;
    # Excel: letterhead rows at the top of the sheet), or not at all
    "kop": ["identity-cell", "page-header", "absent"],
    # Excel: identity and flowchart on one sheet / identity sheet + flowchart sheet / identity
    # sheet + the flowchart split over two sheets. Word: the same as one flow / a page break
    # before the flowchart / the flowchart split into two tables on two pages.
    "sheets": ["one", "two", "three"],
    "total_row": ["none", "Jumlah Waktu", "Total Waktu"],
    "waktu": ["15 menit", "15 \\nMenit", "15 mnt", "15"],
    # labels and headers in capitals (as most forms print them) or as typed
    "case": ["upper", "as-typed"],
    # a row of column numbers 1, 2, 3, ... under the table header
    "column_numbers": ["no", "yes"],
}

# sub-choices that only matter for some values; recorded too
SUB_AXES = {
    "mark_char": ["✓", "v", "√"],
    "shape_presets": ["flowchart", "basic"],   # flowChartProcess… or rect/roundRect/diamond
}

FONT = 9.0
LINE = 10.5
PAGE_TEXT_WIDTH = 850.0   # F4 landscape 330 mm minus 2 x 15 mm margins, in points
PAGE_TEXT_HEIGHT = 524.0  # 215 mm minus 2 x 15 mm


class Cell:
    def __init__(self, paras, bold=False, align="left", valign="top", size=FONT, fill=None,
                 italic=False, number=None, underline_paras=()):
        if isinstance(paras, str):
            paras = [paras]
        self.paras = list(paras)          # paragraphs; "\n" inside one is a line break
        self.bold = bold
        self.italic = italic
        self.align = align
        self.valign = valign
        self.size = size
        self.fill = fill
        self.number = number              # Excel: write as a number
        self.underline_paras = set(underline_paras)

    @property
    def text(self):
        return "\n".join(self.paras)

    def to_json(self):
        return {"paras": self.paras, "bold": self.bold, "italic": self.italic, "align": self.align,
                "valign": self.valign, "size": self.size, "fill": self.fill, "number": self.number,
                "underline": sorted(self.underline_paras)}


class Shape:
    """A drawing object: a symbol, an exit label, an off-page connector or a picture."""
    def __init__(self, ident, kind, x, y, w, h, row, col, symbol=None, text="", png=None, name=None):
        self.id, self.kind = ident, kind
        self.x, self.y, self.w, self.h = x, y, w, h
        self.row, self.col = row, col     # the cell it is anchored in
        self.symbol = symbol              # terminator | process | decision | offpage
        self.text = text
        self.png = png
        self.name = name

    def site(self, index):
        """DrawingML connection sites of rectangles, diamonds and flowchart shapes:
        0 top, 1 left, 2 bottom, 3 right."""
        return [(self.x + self.w / 2, self.y), (self.x, self.y + self.h / 2),
                (self.x + self.w / 2, self.y + self.h), (self.x + self.w, self.y + self.h / 2)][index]

    def to_json(self):
        return {"id": self.id, "kind": self.kind, "x": self.x, "y": self.y, "w": self.w, "h": self.h,
                "row": self.row, "col": self.col, "symbol": self.symbol, "text": self.text,
                "png": self.png, "name": self.name}


class Edge:
    """An arrow from one shape to another along right-angled segments (points in grid space)."""
    def __init__(self, ident, src, dst, src_site, dst_site, points, row, col, route):
        self.id = ident
        self.src, self.dst = src, dst
        self.src_site, self.dst_site = src_site, dst_site
        self.points = points
        self.row, self.col = row, col     # anchored in the source's cell
        self.route = route                # straight | vhv (down, across, down) | hvh (side lane)

    def to_json(self):
        return {"id": self.id, "src": self.src.id, "dst": self.dst.id, "src_site": self.src_site,
                "dst_site": self.dst_site, "points": self.points, "row": self.row, "col": self.col,
                "route": self.route}


class Grid:
    def __init__(self, widths):
        self.widths = list(widths)
        self.heights = []
        self.exact = []                   # row height is exact (Word) / custom (Excel)
        self.cells = {}
        self.merges = []                  # (r1, c1, r2, c2), inclusive
        self.shapes = []
        self.edges = []
        self.header_rows = 0              # rows repeated on each page (Word: the first rows)
        self.print_titles = None          # Excel: (first, last) rows repeated on each page
        self.borders = set()              # rows drawn with cell borders
        self.role = ""
        self.forced_break = False         # Word: starts on a new page

    @property
    def ncols(self):
        return len(self.widths)

    def add_row(self, height, exact=False, border=True):
        self.heights.append(height)
        self.exact.append(exact)
        if border:
            self.borders.add(len(self.heights) - 1)
        return len(self.heights) - 1

    def put(self, r, c, cell, r2=None, c2=None):
        self.cells[(r, c)] = cell
        r2 = r if r2 is None else r2
        c2 = c if c2 is None else c2
        if (r2, c2) != (r, c):
            self.merges.append((r, c, r2, c2))

    def left(self, c):
        return sum(self.widths[:c])

    def top(self, r):
        return sum(self.heights[:r])

    def stack(self, other, gap=None):
        """Appends another grid with the same columns below this one."""
        assert len(other.widths) == len(self.widths)
        if gap:
            self.add_row(gap, border=False)
        offset = len(self.heights)
        dy = self.top(offset)
        self.heights += other.heights
        self.exact += other.exact
        self.borders |= {r + offset for r in other.borders}
        for (r, c), cell in other.cells.items():
            self.cells[(r + offset, c)] = cell
        self.merges += [(a + offset, b, c + offset, d) for a, b, c, d in other.merges]
        if other.print_titles:
            self.print_titles = (other.print_titles[0] + offset, other.print_titles[1] + offset)
        for s in other.shapes:
            s.y += dy
            s.row += offset
            self.shapes.append(s)
        for e in other.edges:
            e.points = [(x, y + dy) for x, y in e.points]
            e.row += offset
            self.edges.append(e)
        return offset

    def to_json(self):
        return {"widths": self.widths, "heights": self.heights, "exact": self.exact,
                "cells": [[r, c, cell.to_json()] for (r, c), cell in sorted(self.cells.items())],
                "merges": self.merges, "shapes": [s.to_json() for s in self.shapes],
                "edges": [e.to_json() for e in self.edges], "header_rows": self.header_rows,
                "borders": sorted(self.borders), "role": self.role}


# --- text helpers -----------------------------------------------------------------------------

def text_lines(text, width, size=FONT):
    """Estimated number of printed lines of `text` in a cell `width` points wide."""
    usable = max(width - 8, 10)
    per_line = max(int(usable / (size * 0.47)), 4)
    total = 0
    for para in text.split("\n"):
        words = para.split()
        if not words:
            total += 1
            continue
        line, count = 0, 1
        for word in words:
            need = len(word) + (1 if line else 0)
            if line + need > per_line and line:
                count += 1
                line = len(word)
            else:
                line += need
        total += count
    return total


def mutu_text(axes):
    return axes["mutu_first"].replace("\\n", "\n")


def cased(text, axes):
    return text.upper() if axes["case"] == "upper" else text


WAKTU_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(.*)$", re.S)


def waktu_text(waktu, style):
    if not waktu:
        return ""
    raw = waktu["raw"]
    m = WAKTU_RE.match(raw)
    if not m:
        return raw
    number, rest = m.group(1), m.group(2).strip()
    if style == "15 \\nMenit" and rest:
        return f"{number} \n{rest[0].upper()}{rest[1:]}"
    if style == "15 mnt":
        return re.sub(r"(?i)\bmenit\b", "mnt", raw)
    if style == "15":
        if waktu.get("unit") == "menit" and not waktu.get("per"):
            return number
        return raw
    return raw


def total_text(steps, style):
    minutes, other, ok = 0.0, {}, True
    for s in steps:
        w = s.get("waktu")
        if not w:
            continue
        if w.get("value") is None:
            ok = False
            continue
        unit = w.get("unit") or "menit"
        if unit == "menit":
            minutes += w["value"]
        elif unit == "jam":
            minutes += 60 * w["value"]
        else:
            other[unit] = other.get(unit, 0) + w["value"]
    parts = []
    names = {"hari_kerja": "Hari Kerja", "hari": "Hari", "minggu": "Minggu", "bulan": "Bulan", "tahun": "Tahun"}
    for unit, value in other.items():
        parts.append(f"{fmt_number(value)} {names.get(unit, unit)}")
    if minutes:
        if style == "15" and not other:
            return fmt_number(minutes)
        hours, mins = divmod(int(round(minutes)), 60)
        if hours:
            parts.append(f"{hours} jam")
        if mins:
            parts.append(f"{mins} {'mnt' if style == '15 mnt' else 'menit'}")
    text = " ".join(parts)
    return text if ok else (text + " *" if text else "-")


def fmt_number(v):
    return str(int(v)) if float(v).is_integer() else str(v).replace(".", ",")


# --- identity page ------------------------------------------------------------------------------

OFFICIAL = {
    "nomor_sop": "Nomor SOP", "tgl_pembuatan": "Tgl. Pembuatan", "tgl_revisi": "Tgl. Revisi",
    "tgl_efektif": "Tgl. Efektif", "pengesahan": "Disahkan Oleh", "nama_sop": "Nama SOP",
    "dasar_hukum": "Dasar Hukum", "kualifikasi_pelaksana": "Kualifikasi Pelaksana",
    "keterkaitan": "Keterkaitan", "peralatan_perlengkapan": "Peralatan/Perlengkapan",
    "peringatan": "Peringatan", "pencatatan_pendataan": "Pencatatan dan Pendataan",
}
VARIANTS = {
    "nomor_sop": ["No. SOP", "Nomor SOP", "Nomor"],
    "tgl_pembuatan": ["Tanggal Pembuatan", "Tgl Pembuatan", "Tanggal Dibuat"],
    "tgl_revisi": ["Tanggal Revisi", "Tgl Revisi", "Tgl. Revisi"],
    "tgl_efektif": ["Tanggal Pengesahan", "Tanggal Aktif", "Tanggal Efektif", "Tanggal Evektif"],
    "pengesahan": ["Ditetapkan Oleh", "Disahkan oleh", "Pengesahan"],
    "nama_sop": ["Judul SOP", "Nama SOP", "Nama Prosedur"],
    "dasar_hukum": ["Dasar Hukum", "Landasan Hukum"],
    "kualifikasi_pelaksana": ["Kualifikasi Pelaksana", "Kualifikasi Pelaksana SOP"],
    "keterkaitan": ["Keterkaitan", "Keterkaitan dengan SOP lain", "Keterangan"],
    "peralatan_perlengkapan": ["Peralatan dan Perlengkapan", "Peralatan / Perlengkapan", "Peralatan/Perlengkapan"],
    "peringatan": ["Peringatan", "Peringatan/Risiko"],
    "pencatatan_pendataan": ["Penotaan dan Pendataan", "Pencatatan dan Pendaftaran", "Pencatatan/Pendataan"],
}
LIST_KEYS = [("dasar_hukum", "kualifikasi_pelaksana"), ("keterkaitan", "peralatan_perlengkapan"),
             ("peringatan", "pencatatan_pendataan")]


def identity_labels(axes, rng):
    if axes["identity_labels"] == "official":
        labels = dict(OFFICIAL)
    else:
        labels = {k: rng.choice(v) for k, v in VARIANTS.items()}
    return {k: cased(v, axes) for k, v in labels.items()}


def date_raw(d):
    return (d or {}).get("raw") or ""


def pengesahan_paras(p):
    p = p or {}
    paras = [(p.get("jabatan") or "") + ",", "", "", p.get("nama") or ""]
    if p.get("pangkat"):
        paras.append(p["pangkat"])
    paras.append("NIP. " + (p.get("nip") or ""))
    return paras


def kop_lines(sop):
    unit = sop.get("unit") or {}
    lines = list(unit.get("lines") or [])
    extra = [x for x in (unit.get("alamat"), unit.get("kontak")) if x]
    return lines, extra


def identity_grid(sop, axes, labels, widths, plan, with_kop_cell, logo_png, ids):
    """The identity table: the kop block on the left (optional), the labelled fields on the right,
    the three pairs of list boxes below. `plan` maps the logical columns to column ranges."""
    g = Grid(widths)
    g.role = "identity"
    fields = [("nomor_sop", [sop.get("nomor_sop") or ""]),
              ("tgl_pembuatan", [date_raw(sop.get("tgl_pembuatan"))]),
              ("tgl_revisi", [date_raw(sop.get("tgl_revisi")) or "-"]),
              ("tgl_efektif", [date_raw(sop.get("tgl_efektif"))]),
              ("pengesahan", pengesahan_paras(sop.get("pengesahan")))]
    if axes["nama_source"] == "identity-label":
        fields.append(("nama_sop", [sop["nama_sop"].upper()]))
    label_w = sum(widths[plan["label"][0]:plan["label"][1]])
    value_w = sum(widths[plan["value"][0]:plan["value"][1]])
    first = len(g.heights)
    for key, value in fields:
        if axes["identity_layout"] == "label : value":
            paras = [labels[key] + " : " + value[0]] + value[1:]
            h = max(text_lines("\n".join(paras), sum(widths[plan["label"][0]:plan["value"][1]])) * LINE + 6, 18)
        else:
            h = max(text_lines("\n".join(value), value_w), text_lines(labels[key], label_w)) * LINE + 6
            h = max(h, 18)
        if key == "pengesahan":
            h = max(h, 84)
        r = g.add_row(h)
        bold_value = key == "nama_sop"
        if axes["identity_layout"] == "label : value":
            c1, c2 = plan["label"][0], plan["value"][1] - 1
            g.put(r, c1, Cell(paras, bold=bold_value, valign="center" if key != "pengesahan" else "top",
                              underline_paras=[4] if key == "pengesahan" else []), c2=c2)
        else:
            g.put(r, plan["label"][0], Cell(labels[key], bold=True, valign="center"), c2=plan["label"][1] - 1)
            if plan.get("colon"):
                g.put(r, plan["colon"][0], Cell(":", align="center", valign="center"), c2=plan["colon"][1] - 1)
            align = "center" if key == "pengesahan" else "left"
            g.put(r, plan["value"][0], Cell(value, bold=bold_value, align=align,
                                            valign="center" if key != "pengesahan" else "top",
                                            underline_paras=[3] if key == "pengesahan" else []),
                  c2=plan["value"][1] - 1)
    last = len(g.heights) - 1
    if with_kop_cell:
        lines, extra = kop_lines(sop)
        paras = [""] * (5 if logo_png else 0) + lines + extra
        g.put(first, plan["kop"][0], Cell(paras, bold=True, align="center", valign="bottom" if logo_png else "center", size=10),
              r2=last, c2=plan["kop"][1] - 1)
        if logo_png:
            kw = sum(widths[plan["kop"][0]:plan["kop"][1]])
            size = 46.0
            g.shapes.append(Shape(next(ids), "logo", g.left(plan["kop"][0]) + (kw - size) / 2, g.top(first) + 6,
                                  size, size, first, plan["kop"][0], png=logo_png, name="Logo"))
    # the list boxes
    lw = sum(widths[plan["left_half"][0]:plan["left_half"][1]])
    rw = sum(widths[plan["right_half"][0]:plan["right_half"][1]])
    for left, right in LIST_KEYS:
        cells = []
        for key in (left, right):
            items = sop.get(key) or []
            paras = [labels[key] + ":"] + ([f"{i + 1}. {t}" for i, t in enumerate(items)] or ["-"])
            cells.append(paras)
        h = max(text_lines("\n".join(cells[0]), lw), text_lines("\n".join(cells[1]), rw)) * LINE + 8
        r = g.add_row(h)
        g.put(r, plan["left_half"][0], Cell(cells[0]), c2=plan["left_half"][1] - 1)
        g.put(r, plan["right_half"][0], Cell(cells[1]), c2=plan["right_half"][1] - 1)
    return g


def identity_plan_docx(axes, with_kop_cell):
    """Word: a table of its own; a column edge at half the width for the list boxes."""
    half = PAGE_TEXT_WIDTH / 2
    colon = axes["identity_layout"] == "label|:|value"
    inline = axes["identity_layout"] == "label : value"
    widths, plan = [], {}
    if with_kop_cell:
        widths.append(half)
        plan["kop"] = (0, 1)
        plan["left_half"] = (0, 1)
        rest = [half]
        right_start = 1
    else:
        rest = [half, half]
        right_start = 0
    if inline:
        widths += rest
        plan["label"] = (right_start, right_start + 1)
        plan["value"] = (right_start, len(widths))
    else:
        label_w = 130.0
        cols = [label_w] + ([14.0] if colon else [])
        first_rest = rest[0] - sum(cols)
        widths += cols + [first_rest] + rest[1:]
        plan["label"] = (right_start, right_start + 1)
        if colon:
            plan["colon"] = (right_start + 1, right_start + 2)
        plan["value"] = (right_start + len(cols), len(widths))
    if not with_kop_cell:
        split = len(widths) - 1
        plan["left_half"] = (0, split)
        plan["right_half"] = (split, len(widths))
    else:
        plan["right_half"] = (1, len(widths))
    return widths, plan


def identity_plan_sheet(axes, with_kop_cell):
    """Excel identity sheet: narrow columns merged into blocks, as clerks lay out a cover sheet."""
    colon = axes["identity_layout"] == "label|:|value"
    inline = axes["identity_layout"] == "label : value"
    unit = 47.25   # 63 px
    widths, plan = [], {}
    if with_kop_cell:
        widths += [unit] * 6
        plan["kop"] = (0, 6)
    start = len(widths)
    if inline:
        widths += [unit] * 6
        plan["label"] = (start, start + 6)
        plan["value"] = (start, start + 6)
    else:
        widths += [unit] * 2
        plan["label"] = (start, start + 2)
        if colon:
            widths.append(9.0)
            plan["colon"] = (start + 2, start + 3)
        v = len(widths)
        widths += [unit] * (4 if with_kop_cell else 4)
        plan["value"] = (v, len(widths))
    if not with_kop_cell:
        widths += [unit] * 6
        plan["value"] = (plan["value"][0], len(widths))
        n = len(widths)
        plan["left_half"] = (0, n - 6)
        plan["right_half"] = (n - 6, n)
    else:
        plan["left_half"] = (0, 6)
        plan["right_half"] = (6, len(widths))
    return widths, plan


def identity_plan_shared(axes, with_kop_cell, flow_widths):
    """Identity on the flowchart's own sheet: blocks laid over the flowchart's columns."""
    n = len(flow_widths)
    total = sum(flow_widths)
    cum = [sum(flow_widths[:i]) for i in range(n + 1)]

    def col_at(fraction, lo, hi):
        target = fraction * total
        best = min(range(lo, hi + 1), key=lambda i: abs(cum[i] - target))
        return best

    plan = {}
    half = col_at(0.5, 2, n - 3)
    start = 0
    if with_kop_cell:
        plan["kop"] = (0, half)
        start = half
    inline = axes["identity_layout"] == "label : value"
    colon = axes["identity_layout"] == "label|:|value"
    if inline:
        plan["label"] = (start, start + 1)
        plan["value"] = (start, n)
    else:
        label_end = max(start + 1, col_at((cum[start] / total) + 0.15, start + 1, n - 2))
        plan["label"] = (start, label_end)
        if colon:
            plan["colon"] = (label_end, label_end + 1)
            label_end += 1
        plan["value"] = (label_end, n)
    plan["left_half"] = (0, half)
    plan["right_half"] = (half, n)
    return plan


# --- flowchart table ----------------------------------------------------------------------------

def flow_widths(n_actors, family, number_header="No"):
    fixed = {"no": 42.0 if number_header == "Nomor" else 28.0, "kel": 88.0, "waktu": 50.0, "out": 88.0, "ket": 76.0}
    aw = max(46.0, min(92.0, (PAGE_TEXT_WIDTH - 160.0 - sum(fixed.values())) / n_actors))
    act = max(150.0, PAGE_TEXT_WIDTH - sum(fixed.values()) - aw * n_actors)
    widths = [fixed["no"], act] + [aw] * n_actors + [fixed["kel"], fixed["waktu"], fixed["out"], fixed["ket"]]
    if family == "xlsx":
        widths = [round(w * 4 / 3) * 0.75 for w in widths]   # whole pixels
    return widths


def step_height(s, widths, axes, n_actors):
    a0 = 2
    kel, wak, out, ket = a0 + n_actors, a0 + n_actors + 1, a0 + n_actors + 2, a0 + n_actors + 3
    texts = [(s["kegiatan"], widths[1]), (s.get("kelengkapan") or "", widths[kel]),
             (s.get("output") or "", widths[out]), (s.get("keterangan") or "", widths[ket]),
             (waktu_text(s.get("waktu"), axes["waktu"]), widths[wak])]
    lines = max(text_lines(t, w) for t, w in texts)
    need = {"shapes": 46.0, "pictures": 34.0}.get(axes["symbols"], 22.0)
    return max(lines * LINE + 8, need)


def header_height(actors, axes, family):
    widths = flow_widths(len(actors), family, axes["number_header"])
    mutu_lines = max(text_lines(mutu_text(axes), widths[2 + len(actors)]), 1)
    actor_lines = max(text_lines(a, widths[2]) for a in actors)
    h = 20 + max(actor_lines, mutu_lines) * LINE + 8
    return h + (13 if axes["column_numbers"] == "yes" else 0)


def page_boundaries(steps, actors, axes, family, first_room, page_room, forced=()):
    """Where the flowchart table is cut into one table per printed page (Word), as clerks do
    with off-page connectors; `forced` adds cuts (the flowchart split in two)."""
    widths = flow_widths(len(actors), family, axes["number_header"])
    head = header_height(actors, axes, family)
    heights = [step_height(s, widths, axes, len(actors)) for s in steps]
    index = {s["nomor"]: i for i, s in enumerate(steps)}

    def clean(c, start):
        """No arrow crosses a cut at c except into step c from its own page."""
        for i in range(len(steps)):
            for t in resolved_exits(steps, i).values():
                if t in (None, "END"):
                    continue
                j = index[t]
                if (i < c) != (j < c) and not (j == c and start <= i < c):
                    return False
        return True

    cuts = []
    room = first_room - head - (24 if axes["nama_source"] == "title-row" else 0)
    start, used, i = 0, 0.0, 0
    while i < len(steps):
        if i in forced and i > start:
            cut = i
        elif used + heights[i] + 30 > room and i > start:
            # a clerk breaks the page a little earlier rather than cut through a loop
            cut = next((c for c in range(i, max(start, i - 3), -1) if clean(c, start)), i)
        else:
            used += heights[i]
            i += 1
            continue
        cuts.append(cut)
        start, used, i = cut, 0.0, cut
        room = page_room - head - 30
    return cuts


def resolved_exits(steps, i):
    """The exits of step i as the model means them (json-format.md: `next` left out = next row)."""
    s = steps[i]
    following = steps[i + 1]["nomor"] if i + 1 < len(steps) else "END"
    if s.get("shape") == "decision" or "tidak" in s:
        return {"ya": s.get("ya", following), "tidak": s.get("tidak")}
    return {"next": s.get("next", following)}


def resolved_shape(steps, i):
    s = steps[i]
    if s.get("shape"):
        return s["shape"]
    if "tidak" in s or "ya" in s:
        return "decision"
    return "terminator" if i in (0, len(steps) - 1) else "process"


class FlowPart:
    """The steps of one flowchart table (the whole flowchart, or one half when it is split)."""
    def __init__(self, steps, first_index, incoming_offpage=None, outgoing_offpage=None):
        self.steps = steps
        self.first_index = first_index
        self.incoming_offpage = incoming_offpage   # label of the connector at the top, or None
        self.outgoing_offpage = outgoing_offpage   # label of the connector at the foot, or None


def flow_grid(sop, fc, part, axes, sub, family, ids, pngs, title=None):
    actors = fc["actors"]
    all_steps = fc["steps"]
    n = len(actors)
    widths = flow_widths(n, family, axes["number_header"])
    g = Grid(widths)
    g.role = "flow"
    a0 = 2
    kel, wak, out, ket = a0 + n, a0 + n + 1, a0 + n + 2, a0 + n + 3
    hdr = dict(bold=True, align="center", valign="center", fill="D9D9D9")
    if title:
        r = g.add_row(24, border=family == "docx")
        g.put(r, 0, Cell(title, bold=True, align="center", valign="center", size=11), c2=len(widths) - 1)
    h0 = g.add_row(20, exact=False)
    mutu_lines = max(text_lines(mutu_text(axes), widths[kel]), 1)
    actor_lines = max(text_lines(a, widths[a0]) for a in actors)
    h1 = g.add_row(max(actor_lines, mutu_lines) * LINE + 8)
    g.put(h0, 0, Cell(cased(axes["number_header"], axes), **hdr), r2=h1)
    g.put(h0, 1, Cell(cased(axes["activity_header"], axes), **hdr), r2=h1)
    g.put(h0, a0, Cell(axes["actor_header"], **hdr), c2=a0 + n - 1)
    for i, a in enumerate(actors):
        g.put(h1, a0 + i, Cell(a, **hdr))
    g.put(h0, kel, Cell(cased("Mutu Baku", axes), **hdr), c2=out)
    g.put(h1, kel, Cell(cased(mutu_text(axes), axes).split("\n"), **hdr))
    # Offices that write bare numbers say the unit in the header.
    g.put(h1, wak, Cell(cased("Waktu (menit)" if axes["waktu"] == "15" else "Waktu", axes), **hdr))
    g.put(h1, out, Cell(cased("Output", axes), **hdr))
    g.put(h0, ket, Cell(cased(axes["ket_header"], axes), **hdr), r2=h1)
    g.header_rows = len(g.heights)
    if axes["column_numbers"] == "yes":
        r = g.add_row(13)
        for c in range(len(widths)):
            g.put(r, c, Cell(str(c + 1), align="center", italic=True, size=7, number=c + 1))
        g.header_rows = len(g.heights)
    g.print_titles = (h0, g.header_rows - 1)
    shapes_mode = axes["symbols"] == "shapes"
    pictures = axes["symbols"] == "pictures"
    symbol_by_index = {}

    def symbol_box(col, row, kind):
        aw = widths[col]
        if kind == "decision":
            w, h = min(aw * 0.84, 66.0), 30.0
        elif kind == "offpage":
            w, h = min(aw * 0.5, 26.0), 20.0
        else:
            w, h = min(aw * 0.72, 58.0), 18.0
        x = g.left(col) + (aw - w) / 2
        y = g.top(row) + (g.heights[row] - h) / 2
        return x, y, w, h

    if part.incoming_offpage is not None:
        r = g.add_row(30, exact=True)
        col = a0 + actors.index(part.steps[0]["actor"])
        x, y, w, h = symbol_box(col, r, "offpage")
        g.shapes.append(Shape(next(ids), "offpage", x, y, w, h, r, col, symbol="offpage",
                              text=str(part.incoming_offpage)))
        incoming = g.shapes[-1]
    else:
        incoming = None
    spans_left = 0
    for k, s in enumerate(part.steps):
        i = part.first_index + k
        r = g.add_row(step_height(s, widths, axes, n))
        number = f"{s['nomor']}." if axes["number_style"] == "1." else str(s["nomor"])
        g.put(r, 0, Cell(number, align="center", number=s["nomor"] if axes["number_style"] == "1" else None))
        g.put(r, 1, Cell(s["kegiatan"]))
        g.put(r, kel, Cell(s.get("kelengkapan") or ""))
        g.put(r, out, Cell(s.get("output") or ""))
        g.put(r, ket, Cell(s.get("keterangan") or ""))
        span = (s.get("spans") or {}).get("waktu", 1)
        if spans_left > 0:
            spans_left -= 1
        else:
            g.put(r, wak, Cell(waktu_text(s.get("waktu"), axes["waktu"]), align="center", valign="center"),
                  r2=r + span - 1 if span > 1 else None)
            spans_left = span - 1
        col = a0 + actors.index(s["actor"])
        kind = resolved_shape(all_steps, i)
        if shapes_mode:
            x, y, w, h = symbol_box(col, r, kind)
            g.shapes.append(Shape(next(ids), "symbol", x, y, w, h, r, col, symbol=kind))
            symbol_by_index[i] = g.shapes[-1]
        elif pictures:
            pw, ph = {"terminator": (54, 20), "process": (50, 24), "decision": (44, 30)}[kind]
            if pw > widths[col] - 16:   # a picture that fits the column, as pasted and shrunk
                ph = ph * (widths[col] - 16) / pw
                pw = widths[col] - 16
            x = g.left(col) + (widths[col] - pw) / 2
            y = g.top(r) + (g.heights[r] - ph) / 2
            g.shapes.append(Shape(next(ids), "picture", x, y, pw, ph, r, col, symbol=kind,
                                  png=pngs(kind, int(pw * 4 / 3), int(ph * 4 / 3)), name=f"Picture {len(g.shapes) + 1}"))
        elif axes["symbols"] == "checkmarks":
            g.put(r, col, Cell(sub["mark_char"], align="center", valign="center", size=11))
        else:
            g.put(r, col, Cell("◆" if kind == "decision" else "●", align="center", valign="center", size=11))
    # the rows' last steps may need a connector row at the foot
    outgoing = None
    if part.outgoing_offpage is not None:
        r = g.add_row(30, exact=True)
        s = part.steps[-1]
        col = a0 + actors.index(s["actor"])
        x, y, w, h = symbol_box(col, r, "offpage")
        g.shapes.append(Shape(next(ids), "offpage", x, y, w, h, r, col, symbol="offpage",
                              text=str(part.outgoing_offpage)))
        outgoing = g.shapes[-1]
    if axes["total_row"] != "none" and part.outgoing_offpage is None:
        r = g.add_row(20)
        g.put(r, 0, Cell(cased(axes["total_row"], axes), bold=True, align="center", valign="center"), c2=kel)
        g.put(r, wak, Cell(total_text(all_steps, axes["waktu"]), bold=True, align="center", valign="center"))
        g.put(r, out, Cell(""), c2=ket)
    if shapes_mode:
        route_edges(g, all_steps, part, symbol_by_index, incoming, outgoing, ids, widths, a0, n)
    return g


def route_edges(g, steps, part, sym, incoming, outgoing, ids, widths, a0, n):
    """Arrows as a clerk draws them: down to the next row (straight, or down-across-down), and
    side lanes for jumps and loops back; Ya/Tidak as text boxes beside the exits."""
    actor_left = g.left(a0)
    actor_right = g.left(a0 + n)
    lanes = {}

    def lane(col, side):
        k = lanes.get((col, side), 0)
        lanes[(col, side)] = k + 1
        return k

    def add(src, dst, src_site, dst_site, route_kind, points):
        e = Edge(next(ids), src, dst, src_site, dst_site, points, src.row, src.col, route_kind)
        g.edges.append(e)
        return e

    def down(src, dst, src_site=2):
        p, q = src.site(src_site), dst.site(0)
        if abs(p[0] - q[0]) < 0.5:
            return add(src, dst, src_site, 0, "straight", [p, (p[0], q[1])])
        m = (p[1] + q[1]) / 2
        return add(src, dst, src_site, 0, "vhv", [p, (p[0], m), (q[0], m), q])

    def side(src, dst, right=True):
        site = 3 if right else 1
        p, q = src.site(site), dst.site(site)
        k = lane(src.col, right)
        if right:
            x = max(p[0], q[0]) + 7 + 5 * k
            x = min(x, actor_right - 2)
            if x <= max(p[0], q[0]) + 1:
                x = max(p[0], q[0]) + 4
        else:
            x = min(p[0], q[0]) - 7 - 5 * k
            x = max(x, actor_left + 2)
            if x >= min(p[0], q[0]) - 1:
                x = min(p[0], q[0]) - 4
        if abs(p[0] - q[0]) < 1.0:
            q = (q[0] + (1.0 if right else -1.0), q[1])
        return add(src, dst, site, site, "hvh", [p, (x, p[1]), (x, q[1]), q])

    def label(edge, text):
        p = edge.points[0]
        w, h = 6 + 4.6 * len(text), 12.0
        if edge.route == "hvh":
            x = p[0] + 2 if edge.src_site == 3 else p[0] - 2 - w
            y = p[1] - h - 1
        else:
            x, y = p[0] + 3, p[1] + 1
        g.shapes.append(Shape(next(ids), "label", x, y, w, h, edge.src.row, edge.src.col, text=text,
                              name=f"TextBox {len(g.shapes) + 1}"))

    first, last = part.first_index, part.first_index + len(part.steps) - 1
    if incoming is not None:
        down(incoming, sym[first])
    for i in range(first, last + 1):
        s = steps[i]
        exits = resolved_exits(steps, i)
        src = sym[i]
        is_decision = "tidak" in exits
        order = ["ya", "tidak"] if is_decision else ["next"]
        down_used = False
        side_count = 0
        labels = s.get("labels") or {}
        for key in order:
            t = exits.get(key)
            if t is None or t == "END":
                continue
            j = next(idx for idx, st in enumerate(steps) if st["nomor"] == t)
            if j == last + 1 and outgoing is not None:
                # on to the first step of the next page: into the off-page connector at the foot
                if i == last and not down_used:
                    e = down(src, outgoing)
                    down_used = True
                else:
                    e = side(src, outgoing, right=side_count == 0)
                    side_count += 1
            elif j < first or j > last:
                continue   # other jumps into another table or sheet are not drawn
            elif j == i + 1 and not down_used:
                e = down(src, sym[j])
                down_used = True
            else:
                e = side(src, sym[j], right=side_count == 0)
                side_count += 1
            if is_decision:
                label(e, labels.get(key) or ("Ya" if key == "ya" else "Tidak"))


def split_point(steps):
    """Where a long flowchart is split over two sheets/pages: near the middle, where no arrow
    other than the step-to-next-row one crosses."""
    n = len(steps)
    best = None
    for k in range(max(2, n // 2 - n // 4), min(n - 1, n // 2 + n // 4) + 1):
        crossing = 0
        for i in range(n):
            for key, t in resolved_exits(steps, i).items():
                if t in (None, "END"):
                    continue
                j = next(idx for idx, st in enumerate(steps) if st["nomor"] == t)
                if (i < k) != (j < k) and not (i == k - 1 and j == k):
                    crossing += 1
        score = (crossing, abs(k - n / 2))
        if best is None or score < best[0]:
            best = (score, k)
    return best[1]
