#!/usr/bin/env python3
"""Encrypts an Office Open XML file with a password the way Word does ("Encrypt with Password":
Agile encryption in an OLE compound file), for the password-protected fixture in testdata/hostile/.
LibreOffice's headless store does not encrypt .docx, so this step uses msoffcrypto-tool.

  .venv/bin/pip install msoffcrypto-tool
  .venv/bin/python tools/encrypt_office_file.py PLAIN.docx ENCRYPTED.docx PASSWORD
"""
import sys

import msoffcrypto.format.ooxml as ooxml

with open(sys.argv[1], "rb") as plain, open(sys.argv[2], "wb") as encrypted:
    ooxml.OOXMLFile(plain).encrypt(sys.argv[3], encrypted)
