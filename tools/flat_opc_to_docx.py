#!/usr/bin/env python3
"""Unpacks a Flat OPC Word XML file (pkg:package, as `sopkit convert -t wordxml` writes and Word
saves as "Word XML Document") into a .docx package, independently of sopkit, so that a program
without a Flat OPC import (LibreOffice 7.4 has none) can open what the file holds.

  python3 tools/flat_opc_to_docx.py sop.xml sop.docx
"""
import base64
import sys
import xml.etree.ElementTree as ET
import zipfile
from xml.sax.saxutils import escape

PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"

# Keep the prefixes the file uses (w:, wp:, a:, mc:, …): Office reads some of them by name, in
# mc:Ignorable and in the package's relationship parts.
for _, (prefix, uri) in ET.iterparse(sys.argv[1], events=["start-ns"]):
    if prefix:
        ET.register_namespace(prefix, uri)
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
root = ET.parse(sys.argv[1]).getroot()
if root.tag != PKG + "package":
    sys.exit(f"{sys.argv[1]}: not a Flat OPC package (root is {root.tag})")
types = {}
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as package:
    for part in root.findall(PKG + "part"):
        name = part.get(PKG + "name").lstrip("/")
        types["/" + name] = part.get(PKG + "contentType")
        xml_data = part.find(PKG + "xmlData")
        if xml_data is not None:
            element = xml_data[0]
            if element.tag == "{%s}Relationships" % RELATIONSHIPS:
                # Written out with the default namespace, as every Office package has them.
                items = "".join("<Relationship %s/>" % " ".join('%s="%s"' % (k, escape(v, {'"': "&quot;"})) for k, v in r.attrib.items())
                                for r in element)
                content = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="%s">%s</Relationships>'
                           % (RELATIONSHIPS, items)).encode("utf-8")
            else:
                content = ET.tostring(element, encoding="utf-8", xml_declaration=True)
        else:
            content = base64.b64decode(part.find(PKG + "binaryData").text or "")
        package.writestr(name, content)
    overrides = "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in types.items())
    package.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>' + overrides + "</Types>")
print(f"{sys.argv[2]}: {len(types)} parts")
