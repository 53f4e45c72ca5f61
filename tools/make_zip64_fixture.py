#!/usr/bin/env python3
"""Rewrites an OOXML package (.xlsx, .docx) as a ZIP64 archive, the way streaming writers (.NET's
System.IO.Packaging, some Java and Go libraries) store packages of unknown size: every size and
offset in the local headers and the central directory is 0xFFFFFFFF with the real value in a
ZIP64 extra field, and the directory is found through a ZIP64 end record and locator.

  python3 tools/make_zip64_fixture.py SOURCE.xlsx TARGET.xlsx

Stdlib only; the parts are deflated again with zlib, so the output is the same on every run.
"""
import struct
import sys
import zipfile
import zlib

source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as archive:
    parts = [(info.filename, archive.read(info)) for info in archive.infolist()]

out = bytearray()
directory = bytearray()
for name, data in parts:
    encoded = name.encode("utf-8")
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = compressor.compress(data) + compressor.flush()
    crc = zlib.crc32(data) & 0xFFFFFFFF
    offset = len(out)
    local_extra = struct.pack("<HHQQ", 0x0001, 16, len(data), len(packed))
    out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(encoded), len(local_extra))
    out += encoded + local_extra + packed
    central_extra = struct.pack("<HHQQQ", 0x0001, 24, len(data), len(packed), offset)
    directory += struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF,
        len(encoded), len(central_extra), 0, 0, 0, 0, 0xFFFFFFFF)
    directory += encoded + central_extra

directory_offset = len(out)
out += directory
record_offset = len(out)
count = len(parts)
out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(directory), directory_offset)
out += struct.pack("<IIQI", 0x07064B50, 0, record_offset, 1)
out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
with open(target, "wb") as handle:
    handle.write(out)
