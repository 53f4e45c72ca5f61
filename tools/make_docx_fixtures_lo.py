#!/usr/bin/env python3
"""Makes the LibreOffice-Writer fixtures in testdata/docx/ by driving LibreOffice Writer itself
(UNO), the way an office clerk builds an SOP in Writer and saves it for Word: the kop in the page
header, identity tables with merged cells and automatic numbered lists, a flowchart table with two
header rows whose symbols are shapes anchored in the actor cells, arrows drawn as line segments,
and "Ya"/"Tidak" text boxes. LibreOffice writes the .docx (DrawingML with a VML fallback) and the
.doc (Word 97-2003). Run once with Debian's python3 and python3-uno, from the repository root
(the password-protected .docx also needs msoffcrypto-tool in .venv); the files are committed.

  /usr/bin/python3 tools/make_docx_fixtures_lo.py testdata/docx
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.awt import Point, Size
from com.sun.star.beans import PropertyValue

PARAGRAPH = uno.Enum("com.sun.star.text.TextContentAnchorType", "AT_PARAGRAPH")
IN_FRONT = uno.Enum("com.sun.star.text.WrapTextMode", "THROUGH")
NO_LINE = uno.Enum("com.sun.star.drawing.LineStyle", "NONE")
NO_FILL = uno.Enum("com.sun.star.drawing.FillStyle", "NONE")
PARAGRAPH_BREAK = 0
PAGE_BEFORE = uno.Enum("com.sun.star.style.BreakType", "PAGE_BEFORE")

# Units are 1/100 mm. F4 landscape: 330 x 215 mm, margins 15 mm.
PAGE_W, PAGE_H, MARGIN = 33000, 21500, 1500
CELL_MARGIN = 100  # LibreOffice's default left/right cell padding (0.10 cm)


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Writer:
    def __init__(self, desktop):
        self.doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        self.text = self.doc.Text
        self.cursor = self.text.createTextCursor()
        style = self.doc.StyleFamilies.getByName("PageStyles").getByName("Standard")
        style.IsLandscape = True
        style.Width, style.Height = PAGE_W, PAGE_H
        for side in ("LeftMargin", "RightMargin", "TopMargin", "BottomMargin"):
            setattr(style, side, MARGIN)
        self.page_style = style
        para = self.doc.StyleFamilies.getByName("ParagraphStyles")
        for name in ("Standard", "Table Contents", "Table Heading"):
            if para.hasByName(name):
                s = para.getByName(name)
                s.CharFontName = "Liberation Sans"
                s.CharHeight = 9

    def header(self, lines):
        self.page_style.HeaderIsOn = True
        header = self.page_style.HeaderText
        header.setString("")
        cursor = header.createTextCursor()
        for i, line in enumerate(lines):
            if i:
                header.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            header.insertString(cursor, line, False)

    def paragraph(self, text="", page_break=False):
        self.text.insertString(self.cursor, text, False)
        self.text.insertControlCharacter(self.cursor, PARAGRAPH_BREAK, False)
        if page_break:
            self.cursor.BreakType = PAGE_BEFORE

    def table(self, rows, columns, widths=None, heights=None, page_break=False):
        table = self.doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(rows, columns)
        self.text.insertTextContent(self.cursor, table, False)
        if page_break:
            table.BreakType = PAGE_BEFORE
        if widths:
            total = sum(widths)
            separators = table.TableColumnSeparators
            position = 0
            for i, width in enumerate(widths[:-1]):
                position += width
                separators[i].Position = int(position * table.TableColumnRelativeSum / total)
            table.TableColumnSeparators = separators
        if heights:
            for i, height in enumerate(heights):
                row = table.Rows.getByIndex(i)
                row.IsAutoHeight = False
                row.Height = height
        return table

    @staticmethod
    def merge(table, first, last):
        cursor = table.createCursorByCellName(first)
        cursor.gotoCellByName(last, True)
        cursor.mergeRange()

    @staticmethod
    def numbered(cell, items):
        """Items as paragraphs with LibreOffice's automatic numbering (exported as w:numPr)."""
        cell.setString("")
        cursor = cell.createTextCursor()
        for i, item in enumerate(items):
            if i:
                cell.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            cell.insertString(cursor, item, False)
        paragraphs = cell.createEnumeration()
        first = True
        while paragraphs.hasMoreElements():
            paragraph = paragraphs.nextElement()
            paragraph.NumberingStyleName = "Numbering 123"
            if first:
                paragraph.ParaIsNumberingRestart = True
                first = False

    def shape(self, cell, service, x, y, w, h, geometry=None, text=None, line_end=False, line_start=False, frameless=False):
        """A shape anchored to the cell's paragraph, at (x, y) from its text area."""
        shape = self.doc.createInstance(service)
        shape.AnchorType = PARAGRAPH
        shape.Surround = IN_FRONT  # flowchart shapes float over the table, text is not wrapped
        cell.insertTextContent(cell.createTextCursor(), shape, False)
        if geometry:
            shape.CustomShapeGeometry = (prop("Type", geometry),)
        shape.Size = Size(max(w, 0), max(h, 0))
        shape.HoriOrient = 0
        shape.VertOrient = 0
        shape.HoriOrientPosition = x
        shape.VertOrientPosition = y
        if text:
            shape.String = text
        if line_end:
            shape.LineEndName = "Arrow"
        if line_start:
            shape.LineStartName = "Arrow"
        if frameless:
            shape.LineStyle = NO_LINE
            shape.FillStyle = NO_FILL
        else:
            shape.LineColor = 0x000000
            if service == "com.sun.star.drawing.CustomShape":
                shape.FillColor = 0xFFFFFF
        return shape

    def save(self, path, filter_name, password=None):
        options = [prop("FilterName", filter_name)]
        if password:
            options.append(prop("Password", password))
        self.doc.storeToURL("file://" + os.path.abspath(path), tuple(options))

    def close(self):
        self.doc.close(True)


def column_name(index):
    return chr(ord("A") + index)


def identity(w, nama, nomor, dibuat, efektif, jabatan, nama_pejabat, nip, lists, page_break=False):
    """The identity page: a label grid, then the list boxes with numbered lists."""
    t = w.table(5, 3, widths=[9000, 5000, 16000], heights=[700, 700, 700, 2400, 900], page_break=page_break)
    w.merge(t, "A1", "A5")
    t.getCellByName("A1").setString("STANDAR OPERASIONAL PROSEDUR")
    rows = [("Nomor SOP", nomor), ("Tgl. Pembuatan", dibuat), ("Tgl. Efektif", efektif),
            ("Disahkan Oleh", f"{jabatan},\n\n\n{nama_pejabat}\nNIP. {nip}"), ("Nama SOP", nama)]
    for i, (label, value) in enumerate(rows):
        t.getCellByName(f"B{i + 1}").setString(label)
        t.getCellByName(f"C{i + 1}").setString(value)
    w.paragraph()
    boxes = w.table(6, 2, widths=[15000, 15000])
    for row, (left, right) in enumerate(lists):
        for column, (label, items) in enumerate((left, right)):
            name = column_name(column)
            boxes.getCellByName(f"{name}{2 * row + 1}").setString(label + ":")
            if items:
                w.numbered(boxes.getCellByName(f"{name}{2 * row + 2}"), items)
            else:
                boxes.getCellByName(f"{name}{2 * row + 2}").setString("-")
    w.paragraph()


class Flowchart:
    """A flowchart table whose geometry is known, so shapes and arrows can be placed exactly."""

    def __init__(self, w, actors, mutu, steps, heading_heights=(700, 1000), row_height=1600, with_shapes=True):
        self.w = w
        self.actors = actors
        self.widths = [900, 6000] + [2300] * len(actors) + [3200, 1700, 2800, 2000]
        total_width = PAGE_W - 2 * MARGIN
        scale = total_width / sum(self.widths)
        self.widths = [int(x * scale) for x in self.widths]
        self.heights = list(heading_heights) + [row_height] * len(steps)
        columns = len(self.widths)
        # The flowchart starts on a page of its own, after the identity page.
        self.table = w.table(len(self.heights), columns, widths=self.widths, heights=self.heights, page_break=True)
        t = self.table
        first_actor, last_actor = 2, 2 + len(actors) - 1
        for column, title in ((0, "No"), (1, "Kegiatan")):
            t.getCellByName(f"{column_name(column)}1").setString(title)
        t.getCellByName(f"{column_name(first_actor)}1").setString("Pelaksana")
        t.getCellByName(f"{column_name(last_actor + 1)}1").setString("Mutu Baku")
        t.getCellByName(f"{column_name(columns - 1)}1").setString("Keterangan")
        for i, actor in enumerate(actors):
            t.getCellByName(f"{column_name(first_actor + i)}2").setString(actor)
        for i, title in enumerate(mutu):
            t.getCellByName(f"{column_name(last_actor + 1 + i)}2").setString(title)
        self.steps = steps
        for i, step in enumerate(steps):
            row = i + 3
            t.getCellByName(f"A{row}").setString(str(step["nomor"]))
            t.getCellByName(f"B{row}").setString(step["kegiatan"])
            for j, key in enumerate(("kelengkapan", "waktu", "output", "keterangan")):
                if step.get(key):
                    t.getCellByName(f"{column_name(last_actor + 1 + j)}{row}").setString(step[key])
            if not with_shapes:
                t.getCellByName(f"{column_name(first_actor + actors.index(step['actor']))}{row}").setString("√")
        # Merge the header cells last: merging renames cells.
        w.merge(t, f"{column_name(columns - 1)}1", f"{column_name(columns - 1)}2")
        w.merge(t, f"{column_name(last_actor + 1)}1", f"{column_name(last_actor + 3)}1")
        w.merge(t, f"{column_name(first_actor)}1", f"{column_name(last_actor)}1")
        w.merge(t, "B1", "B2")
        w.merge(t, "A1", "A2")
        w.paragraph()

    # Geometry in table coordinates (1/100 mm from the table's top-left corner).
    def left(self, column):
        return sum(self.widths[:column])

    def top(self, row):
        return sum(self.heights[:row])

    def cell(self, row, column):
        """The cell at 0-based table row and grid column (step rows are not merged)."""
        return self.table.getCellByName(f"{column_name(column)}{row + 1}")

    def box(self, index):
        """The symbol box of step `index`: centred in its actor's cell."""
        step = self.steps[index]
        column = 2 + self.actors.index(step["actor"])
        row = 2 + index
        w, h = (1900, 1100) if step["shape"] == "decision" else (1700, 750)
        x = self.left(column) + (self.widths[column] - w) // 2
        y = self.top(row) + (self.heights[row] - h) // 2
        return x, y, w, h, row, column

    def draw_symbols(self):
        geometry = {"terminator": "flowchart-terminator", "process": "flowchart-process", "decision": "flowchart-decision"}
        for index, step in enumerate(self.steps):
            x, y, w, h, row, column = self.box(index)
            self.place(row, column, "com.sun.star.drawing.CustomShape", x, y, w, h, geometry=geometry[step["shape"]])

    def place(self, row, column, service, x, y, w, h, **options):
        """Anchors in cell (row, column) a shape whose table coordinates are (x, y)."""
        dx = x - self.left(column) - CELL_MARGIN
        dy = y - self.top(row)
        return self.w.shape(self.cell(row, column), service, dx, dy, w, h, **options)

    def line(self, row, column, start, end, arrow=False):
        """A straight segment from `start` to `end` (table coordinates), anchored in a cell."""
        (x1, y1), (x2, y2) = start, end
        x, y = min(x1, x2), min(y1, y2)
        forward = (x2, y2) >= (x1, y1)
        self.place(row, column, "com.sun.star.drawing.LineShape", x, y, abs(x2 - x1), abs(y2 - y1),
                   line_end=arrow and forward, line_start=arrow and not forward)

    def arrow(self, path, anchor_index):
        """An arrow along `path`, drawn as segments as people do in Word; the last has the head."""
        _, _, _, _, row, column = self.box(anchor_index)
        for i in range(len(path) - 1):
            self.line(row, column, path[i], path[i + 1], arrow=i == len(path) - 2)

    def label(self, anchor_index, x, y, text):
        _, _, _, _, row, column = self.box(anchor_index)
        self.place(row, column, "com.sun.star.drawing.RectangleShape", x, y, 1300, 450, text=text, frameless=True)


def bottom(box):
    x, y, w, h = box[:4]
    return x + w // 2, y + h


def top(box):
    x, y, w, h = box[:4]
    return x + w // 2, y


def draw_sequence(f):
    """Arrows from each step to the next: straight down, or down-across-down between columns."""
    for index in range(len(f.steps) - 1):
        step = f.steps[index]
        if step.get("end"):
            continue
        a, b = f.box(index), f.box(index + 1)
        start, end = bottom(a), top(b)
        if step["shape"] == "decision":
            pass  # its Ya exit is drawn with its label
        if start[0] == end[0]:
            f.arrow([start, end], index)
        else:
            middle = (a[1] + a[3] + f.top(a[4] + 1)) // 2
            f.arrow([start, (start[0], middle), (end[0], middle), end], index)


PENELITIAN = dict(
    kop=["KEMENTERIAN AGAMA", "KANWIL PROVINSI SUMATERA SELATAN", "Subbag Umum Bagian Tata Usaha",
         "Jl. Ade Irma Nasution No. 08 Palembang 30129", "Telp. (0711) 000000"],
    nama="SOP Perizinan Penelitian di Madrasah Via Daring", nomor="B-123/Kw.06.1/1/OT.01.1/01/2024",
    dibuat="2 Januari 2024", efektif="15 Januari 2024", jabatan="Kepala Bagian Tata Usaha",
    nama_pejabat="Drs. H. Ahmad Fauzi, M.Pd.I.", nip="19700101 199503 1 001",
    lists=[(("Dasar Hukum", ["PMA Nomor 13 Tahun 2012 tentang Organisasi dan Tata Kerja Kementerian Agama",
                             "KMA Nomor 9 Tahun 2016 tentang Tata Naskah Dinas"]),
            ("Kualifikasi Pelaksana", ["S1, SMA/MA/SMK, bisa mengoperasikan komputer"])),
           (("Keterkaitan", []), ("Peralatan/Perlengkapan", ["Perangkat komputer, alat penyimpan data", "Alat tulis, lembar LD dan LDKK"])),
           (("Peringatan", ["Jika SOP ini tidak dilaksanakan, berkas permohonan ditolak"]), ("Pencatatan dan Pendataan", []))],
    actors=["Pemohon", "Front Office", "Back Office", "Bidang PENMAD", "Umum"],
    steps=[
        dict(nomor=1, kegiatan="Mengisi form permohonan pelayanan online", actor="Pemohon", shape="terminator",
             kelengkapan="Perangkat komputer, internet", waktu="15 menit", output="Permohonan terkirim"),
        dict(nomor=2, kegiatan="Menerima dan memeriksa email permohonan, mengunduh dan mencetaknya", actor="Front Office", shape="process",
             kelengkapan="Perangkat komputer, internet", waktu="10 menit", output="Surat permohonan"),
        dict(nomor=3, kegiatan="Memeriksa kelengkapan berkas permohonan penelitian", actor="Back Office", shape="decision",
             kelengkapan="Surat permohonan", waktu="10 menit", output="Berkas diperiksa"),
        dict(nomor=4, kegiatan="Membuat surat balasan penelitian yang ditandatangani Kabid Penmad", actor="Bidang PENMAD", shape="process",
             kelengkapan="Lembar disposisi", waktu="1 hari kerja", output="Surat balasan"),
        dict(nomor=5, kegiatan="Mencatat, menomori dan menyampaikan surat balasan kepada pemohon", actor="Umum", shape="terminator",
             kelengkapan="Buku surat keluar", waktu="15 menit", output="Surat balasan terkirim"),
    ],
)


def penelitian(w, sop=PENELITIAN, page_break=False):
    identity(w, sop["nama"], sop["nomor"], sop["dibuat"], sop["efektif"], sop["jabatan"], sop["nama_pejabat"], sop["nip"], sop["lists"], page_break)
    f = Flowchart(w, sop["actors"], ["Persyaratan/Perlengkapan", "Waktu", "Output"], sop["steps"])
    f.draw_symbols()
    draw_sequence(f)
    # Step 3 is a decision: Ya goes on to step 4 (drawn above), Tidak back to step 1.
    d = f.box(2)
    start = (d[0], d[1] + d[3] // 2)
    one = f.box(0)
    right, middle = one[0] + one[2], one[1] + one[3] // 2
    f.arrow([start, (right + 400, start[1]), (right + 400, middle), (right, middle)], 2)
    f.label(2, d[0] - 1350, d[1] + d[3] // 2 - 480, "Tidak")
    f.label(2, d[0] + d[2] // 2 + 150, d[1] + d[3] + 20, "Ya")


SURAT_MASUK = dict(
    nama="Pengurusan Surat Masuk", nomor="12/KUA.13.06.1/OT.01.1/03/2024", dibuat="4 Maret 2024", efektif="11 Maret 2024",
    jabatan="Kepala KUA Kecamatan Grogol", nama_pejabat="H. Muhammad Ridwan, S.Ag.", nip="19750505 200312 1 004",
    lists=[(("Dasar Hukum", ["Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan"]), ("Kualifikasi Pelaksana", ["Memahami tata naskah dinas"])),
           (("Keterkaitan", ["SOP Pengurusan Surat Keluar"]), ("Peralatan/Perlengkapan", ["Buku agenda", "Lembar disposisi"])),
           (("Peringatan", []), ("Pencatatan dan Pendataan", ["Buku agenda surat masuk"]))],
    actors=["Petugas", "Kepala KUA", "Penghulu"],
    steps=[
        dict(nomor=1, kegiatan="Menerima surat masuk dan mencatatnya di buku agenda", actor="Petugas", shape="terminator",
             kelengkapan="Buku agenda", waktu="10 menit", output="Surat tercatat"),
        dict(nomor=2, kegiatan="Memberi disposisi surat", actor="Kepala KUA", shape="process",
             kelengkapan="Lembar disposisi", waktu="30 menit", output="Disposisi"),
        dict(nomor=3, kegiatan="Menindaklanjuti surat sesuai disposisi", actor="Penghulu", shape="process",
             kelengkapan="Disposisi", waktu="1 hari kerja", output="Tindak lanjut"),
        dict(nomor=4, kegiatan="Mengarsipkan surat", actor="Petugas", shape="terminator",
             kelengkapan="Map arsip", waktu="5 menit", output="Surat terarsip"),
    ],
)


def surat_masuk_marks(w, sop=SURAT_MASUK):
    identity(w, sop["nama"], sop["nomor"], sop["dibuat"], sop["efektif"], sop["jabatan"], sop["nama_pejabat"], sop["nip"], sop["lists"])
    Flowchart(w, sop["actors"], ["Kelengkapan", "Waktu", "Output"], sop["steps"], with_shapes=False)


def tracked_changes(w):
    """Edits made with Track Changes on: a step's activity corrected, a Kelengkapan item deleted."""
    w.doc.RecordChanges = True
    table = w.doc.TextTables.getByIndex(w.doc.TextTables.Count - 1)
    cell = table.getCellByName("B4")  # step 2's Kegiatan
    cursor = cell.createTextCursor()
    cursor.gotoEnd(False)
    cell.insertString(cursor, " secara tertulis", False)
    cell = table.getCellByName("F3")  # step 1's Kelengkapan: "Buku agenda"
    cursor = cell.createTextCursor()
    cursor.gotoStart(False)
    cursor.goRight(5, True)
    cursor.setString("")


def undangan(w):
    """Not an SOP: an invitation letter with a table of participants."""
    w.paragraph("Nomor: B-45/Kk.13.06/HM.00/02/2024")
    w.paragraph("Perihal: Undangan Rapat Koordinasi")
    w.paragraph("Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada rapat koordinasi:")
    t = w.table(4, 3, widths=[1000, 9000, 9000])
    for i, row in enumerate([("No", "Nama", "Jabatan"), ("1", "Kepala KUA Grogol", "Peserta"), ("2", "Kepala KUA Pare", "Peserta"), ("3", "Penyuluh Agama", "Peserta")]):
        for j, value in enumerate(row):
            t.getCellByName(f"{column_name(j)}{i + 1}").setString(value)
    w.paragraph("Demikian undangan ini kami sampaikan.")


def start_office(profile):
    process, _, desktop = start_office_with_context(profile)
    return process, desktop


def start_office_with_context(profile, name="sopkitfixtures"):
    """LibreOffice headless on a private pipe: (process, component context, desktop)."""
    pipe = "%s%d" % (name, os.getpid())
    process = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "-env:UserInstallation=file://" + profile,
                                "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return process, context, context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def main(folder):
    with tempfile.TemporaryDirectory() as profile:
        process, desktop = start_office(profile)
        try:
            w = Writer(desktop)
            w.header(PENELITIAN["kop"])
            penelitian(w)
            w.save(os.path.join(folder, "penelitian-libreoffice.docx"), "MS Word 2007 XML")
            w.save(os.path.join(folder, "penelitian-libreoffice.doc"), "MS Word 97")
            w.close()

            w = Writer(desktop)
            w.header(["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN KEDIRI", "KANTOR URUSAN AGAMA KECAMATAN GROGOL"])
            surat_masuk_marks(w)
            penelitian(w, page_break=True)
            w.save(os.path.join(folder, "dua-sop-libreoffice.docx"), "MS Word 2007 XML")
            w.close()

            w = Writer(desktop)
            w.header(["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN KEDIRI", "KANTOR URUSAN AGAMA KECAMATAN GROGOL"])
            surat_masuk_marks(w)
            tracked_changes(w)
            w.save(os.path.join(folder, "perubahan-terlacak-libreoffice.docx"), "MS Word 2007 XML")
            w.close()

            hostile = os.path.join(folder, "..", "hostile")
            w = Writer(desktop)
            surat_masuk_marks(w)
            # LibreOffice encrypts the .doc itself; for the .docx its headless store does not, so
            # tools/encrypt_office_file.py (msoffcrypto-tool in .venv) does what Word does.
            plain = os.path.join(profile, "plain.docx")
            w.save(plain, "MS Word 2007 XML")
            subprocess.run([os.path.join(".venv", "bin", "python"), os.path.join("tools", "encrypt_office_file.py"), plain,
                            os.path.join(hostile, "dilindungi-sandi.docx"), "rahasia"], check=True)
            w.save(os.path.join(hostile, "dilindungi-sandi.doc"), "MS Word 97", password="rahasia")
            w.close()

            w = Writer(desktop)
            undangan(w)
            w.save(os.path.join(folder, "not-sop", "bukan-sop-undangan.docx"), "MS Word 2007 XML")
            w.close()
        finally:
            try:
                desktop.terminate()
            except Exception:
                pass
            process.wait(timeout=60)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "testdata/docx")
