#!/usr/bin/env python3
"""Makes the Word fixtures in testdata/docx/ the way offices make them: with python-docx, as a
person would type the official form into Word tables (merged header cells, a check mark in the
actor's column, line breaks inside cells). Run once; the .docx files are committed.

  .venv/bin/python tools/make_docx_fixtures.py testdata/docx
"""
import sys
from docx import Document
from docx.shared import Pt


def legalisir(path):
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(9)
    ident = d.add_table(rows=6, cols=3)
    ident.style = "Table Grid"
    kop = ident.cell(0, 0).merge(ident.cell(5, 0))
    kop.text = "KEMENTERIAN AGAMA REPUBLIK INDONESIA\nKANTOR KEMENTERIAN AGAMA KOTA KEDIRI\nMADRASAH TSANAWIYAH NEGERI 2 KOTA KEDIRI"
    rows = [
        ("NOMOR SOP", "05/MTsN.2/OT.01.3/01/2022"),
        ("TGL. PEMBUATAN", "3 Januari 2022"),
        ("TGL. REVISI", "-"),
        ("TGL. EFEKTIF", "10 Januari 2022"),
        ("DISAHKAN OLEH", "Kepala Madrasah,\n\n\nHj. Siti Ma'rifah, M.Pd.\nNIP. 19720415 199803 2 002"),
        ("NAMA SOP", "LEGALISIR IJAZAH"),
    ]
    for i, (label, value) in enumerate(rows):
        ident.cell(i, 1).text = label
        ident.cell(i, 2).text = value
    lists = d.add_table(rows=2, cols=2)
    lists.style = "Table Grid"
    lists.cell(0, 0).text = "DASAR HUKUM:"
    lists.cell(0, 1).text = "KUALIFIKASI PELAKSANA:"
    lists.cell(1, 0).text = "1. PMA Nomor 90 Tahun 2013 tentang Penyelenggaraan Pendidikan Madrasah\n2. KMA Nomor 9 Tahun 2016 tentang Tata Naskah Dinas"
    lists.cell(1, 1).text = "1. Memahami administrasi ijazah\n2. Teliti"
    d.add_paragraph("")
    flow = d.add_table(rows=2, cols=9)
    flow.style = "Table Grid"
    h = flow.rows[0].cells
    flow.cell(0, 0).merge(flow.cell(1, 0)).text = "No"
    flow.cell(0, 1).merge(flow.cell(1, 1)).text = "Uraian Kegiatan"
    flow.cell(0, 2).merge(flow.cell(0, 4)).text = "Pelaksana"
    flow.cell(0, 5).merge(flow.cell(0, 7)).text = "Mutu Baku"
    flow.cell(0, 8).merge(flow.cell(1, 8)).text = "Keterangan"
    for i, name in enumerate(["Alumni", "Petugas TU", "Kepala Madrasah", "Persyaratan", "Waktu", "Output"]):
        flow.cell(1, 2 + i).text = name
    steps = [
        ("1", "Menyerahkan ijazah asli dan fotokopinya ke loket", 0, "Ijazah asli; fotokopi ijazah", "5 menit", "Berkas legalisir", ""),
        ("2", "Mencocokkan fotokopi dengan ijazah asli", 1, "Berkas legalisir", "10\nmenit", "Berkas dicocokkan", ""),
        ("3", "Menandatangani dan membubuhkan stempel legalisir", 2, "Berkas dicocokkan", "1 Hari Kerja", "Fotokopi terlegalisir", "Setiap Jumat tidak ada layanan"),
        ("4", "Menyerahkan fotokopi terlegalisir kepada alumni", 1, "Fotokopi terlegalisir", "5 menit", "Tanda terima", ""),
    ]
    for number, kegiatan, actor, kelengkapan, waktu, output, ket in steps:
        cells = flow.add_row().cells
        cells[0].text = number
        cells[1].text = kegiatan
        cells[2 + actor].text = "√"
        cells[5].text = kelengkapan
        cells[6].text = waktu
        cells[7].text = output
        cells[8].text = ket
    d.save(path)


if __name__ == "__main__":
    legalisir(sys.argv[1] + "/legalisir-centang.docx")
