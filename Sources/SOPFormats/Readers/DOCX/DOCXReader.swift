import Foundation
import SOPModel

// Support:
// [x] documents written by sopkit (the canonical SOP kept in a custom XML part)
// [x] legacy Word SOPs: identity tables found by their labels, the flowchart table by its header
//     (one or two header rows), tables split across pages with repeated headers, several SOPs in
//     one document, actors marked by text, a check mark or a shape; merged cells resolved
// [x] shapes (DrawingML and VML, groups, canvases), connectors and Ya/Tidak text boxes; numbering;
//     tracked changes; the kop in the page header
// [x] .doc through LibreOffice; password-protected files recognised

/// Reads SOPs from Word documents.
public enum DOCXReader {
  static let dataPart = "customXml/item1.xml"
  static let dataNamespace = "urn:sopkit:canonical-json:1"
  /// The data part's attribute holding the fingerprint of the word/document.xml it was written with.
  static let fingerprintAttribute = "document"

  /// Reads a .docx, or a .doc (converted through LibreOffice first).
  public static func read(_ bytes: [UInt8], source: String) -> ReadResult {
    read(bytes, source: source, converting: true)
  }

  private static func read(_ bytes: [UInt8], source: String, converting: Bool) -> ReadResult {
    let fallback: @Sendable (String) -> SourceLocation = { SourceLocation(file: source, path: $0) }
    if converting, let legacy = LegacyWordFile(bytes, source: source) {
      switch legacy.converted() {
      case .success(let converted): return convertedFromDoc(read(converted, source: source, converting: false))
      case .failure(let error): return ReadResult(file: nil, diagnostics: error.diagnostics, locate: fallback)
      }
    }
    let document: DOCXDocument
    do {
      let package = try ZipPackage(bytes, source: source)
      guard let main = try package.data(DOCXDocument.mainPart) else {
        let hint = package.names.contains("xl/workbook.xml") ? "it is an Excel workbook: name it .xlsx" : "save it again from Word or LibreOffice as .docx"
        return ReadResult(file: nil, diagnostics: [Diagnostic(.zipNotAPackage, "this package has no word/document.xml: it is not a Word document", at: SourceLocation(file: source), hint: hint)], locate: fallback)
      }
      var kept: SOPFile?
      if let data = try package.xml(dataPart), data.name == "sopkit", let file = SOPJSON.decode(Array(data.text.utf8), file: source).file {
        // The document as sopkit wrote it: nothing to compare.
        if data.attributes[fingerprintAttribute] == PartFingerprint.of(main) { return ReadResult(file: file, diagnostics: [], locate: fallback) }
        kept = file
      }
      document = try DOCXDocument(package: package, document: try package.parse(main, part: DOCXDocument.mainPart))
      if let kept {
        return ReadResult(file: kept, diagnostics: DOCXEdits.check(kept, against: document, source: source), locate: fallback)
      }
    } catch {
      return ReadResult(file: nil, diagnostics: error.diagnostics, locate: fallback)
    }
    return DOCXLegacyReader(document: document, source: source).read()
  }
}

extension DOCXReader {
  /// The result of reading a `.doc` through LibreOffice's `.docx`: places in that `.docx`'s parts
  /// mean nothing in the user's file, so only the file is named; and when no SOP was found, the
  /// hint says the conversion may be why.
  static func convertedFromDoc(_ result: ReadResult) -> ReadResult {
    var result = result
    result.diagnostics = result.diagnostics.map { diagnostic in
      var diagnostic = diagnostic
      if diagnostic.location?.part != nil {
        diagnostic.location?.part = nil
        diagnostic.location?.row = nil
        diagnostic.location?.column = nil
      }
      if diagnostic.code == .docxNoSOP {
        diagnostic.hint = (diagnostic.hint.map { $0 + "; " } ?? "")
          + "the .doc was read through LibreOffice: if Word shows tables that are missing here, open the file in Word and save it as .docx"
      }
      return diagnostic
    }
    return result
  }
}

/// Reads the SOPs of a Word document that sopkit did not write: its tables, shapes and header.
struct DOCXLegacyReader {
  let document: DOCXDocument
  let source: String

  /// The tables of one SOP: identity tables, then the flowchart table and its continuations.
  struct Segment {
    var identity: [DOCXTables.Table] = []
    var flowchart: [DOCXTables.Table] = []
  }

  func read() -> ReadResult {
    var text = DOCXText(numbering: document.numbering)
    let tables = DOCXTables(body: document.body, text: &text, fontSizes: document.fontSizes, margins: { [document] in document.margins(forBlock: $0) }).tables
    let segments = Self.segments(of: tables)
    var diagnostics: [Diagnostic] = []
    // Tables that are neither an identity page nor a steps table (a table of contents, a version
    // box, a signature layout) are named, so that nothing is passed over without a word.
    let used = Set(segments.flatMap { ($0.identity + $0.flowchart).map(\.number) })
    let nested = Set(tables.filter { table in tables.contains { $0.block == table.block && $0.number < table.number } }.map(\.number))
    for table in tables where !used.contains(table.number) && !nested.contains(table.number) && !segments.isEmpty {
      diagnostics.append(Diagnostic(
        .importNotAnSOPPart, "table \(table.number) holds no steps table and no identity page; it is not read",
        at: SourceLocation(file: source, part: DOCXDocument.mainPart, context: "table \(table.number)"),
        hint: "a steps table starts with a row naming No and Kegiatan; an identity page names Nomor SOP, Nama SOP, …"))
    }
    var sops: [SOPDocument] = []
    var map = SourcePathMap(file: source)
    for segment in segments {
      var found: [Diagnostic] = []
      var local = SourcePathMap(file: source)
      let read = readSOPs(segment, text: &text, map: &local, diagnostics: &found)
      guard !read.isEmpty else {
        diagnostics += found
        continue
      }
      let first = sops.count
      // A title block in the paragraphs above the identity table ("STANDAR OPERASIONAL PROSEDUR
      // (SOP)", then the name), or a cover page: the SOP's name when no label gives it.
      var titles = TitleRows()
      let start = segments.firstIndex(where: { $0.flowchart.first?.number == segment.flowchart.first?.number }).flatMap { index in
        index > 0 ? segments[index - 1].flowchart.last?.block : nil
      } ?? -1
      for (line, block) in paragraphs(after: start, before: (segment.identity.first ?? segment.flowchart[0]).block, text: &text) {
        titles.add(LocatedText(text: line, location: SourceLocation(file: source, part: DOCXDocument.mainPart, row: block)))
      }
      // A picture paragraph right after a flowchart table: the diagram drawn as an image.
      let picturedTables = segment.flowchart.filter(hasPictureAfter)
      for (offset, var sop) in read.enumerated() {
        var own = SourcePathMap(file: source)
        var kopFromHeader = false
        // "STANDAR OPERASIONAL PROSEDUR" beside the labels is the form's title, not the kop.
        sop.identity.kop.lines.removeAll(where: Self.isTitleLine)
        let picture = sop.identity.kop.picture
        if sop.identity.kop.alamat == nil, sop.identity.kop.kontak == nil {
          sop.identity.kop = Self.kop(lines: sop.identity.kop.lines, logo: sop.identity.kop.logo, logoFile: sop.identity.kop.logoFile)
        }
        if sop.identity.kop.lines.isEmpty, let header = kop(for: segment, map: &own) {
          sop.identity.kop = Kop(logo: sop.identity.kop.logo, logoFile: sop.identity.kop.logoFile, lines: header.lines, alamat: header.alamat, kontak: header.kontak)
          kopFromHeader = true
        }
        sop.identity.kop.picture = picture
        // A logo in the page header, when the identity table has none.
        if sop.identity.kop.picture == nil {
          let block = (segment.identity.first ?? segment.flowchart[0]).block
          KopLogo.apply(document.headerParts(forBlock: block).lazy.compactMap(document.firstPicture(inPart:)).first, to: &sop.identity.kop)
        }
        if read.count == 1 {
          var notes: [Diagnostic] = []
          titles.applyName(to: &sop, sopPath: "$.sops[0]", map: &own, diagnostics: &notes)
          diagnostics += notes.map { $0.movingSOP(to: first + offset) }
        }
        // A note without a model path (an inferred symbol) is the segment's; with one SOP, it is its own.
        if offset == 0 {
          let table = (segment.identity.first ?? segment.flowchart[0]).number
          diagnostics += KopLogo.check(sop.identity.kop, at: SourceLocation(file: source, part: DOCXDocument.mainPart, context: "table \(table)"))
            .map { $0.movingSOP(to: first) }
        }
        let pictured = read.count == segment.flowchart.count ? picturedTables.contains { $0.number == segment.flowchart[offset].number } : !picturedTables.isEmpty
        if pictured, !sop.flowcharts.isEmpty, !found.contains(where: { $0.code == .importFlowchartPicture && SOPIndex.index(of: $0.location?.path) == offset }) {
          let table = read.count == segment.flowchart.count ? segment.flowchart[offset] : picturedTables[0]
          let name = sop.identity.namaSOP.isEmpty ? "" : " of '\(sop.identity.namaSOP)'"
          diagnostics.append(Diagnostic(
            .importDiagramPicture, "the flowchart\(name) is also a picture after table \(table.number); its symbols and arrows are not read: symbols are inferred and the steps follow the table's order",
            at: SourceLocation(file: source, part: DOCXDocument.mainPart, context: "table \(table.number)", path: "$.sops[\(first + offset)].flowcharts[0]"),
            hint: "check each step's symbol and the decisions' Ya/Tidak exits against the picture; draw them with shapes or write them in Jika Ya / Jika Tidak columns"))
        }
        let mine = found.filter { (SOPIndex.index(of: $0.location?.path) ?? (read.count == 1 ? offset : -1)) == offset }
        // One SOP per table: its summary names its own table.
        var itsTables = segment
        if read.count > 1, read.count == segment.flowchart.count { itsTables.flowchart = [segment.flowchart[offset]] }
        diagnostics.append(summary(of: sop, itsTables, mine, kopFromHeader: kopFromHeader).movingSOP(to: first + offset))
        map.merge(own.movingSOP(to: first + offset))
        sops.append(sop)
      }
      diagnostics += found.map { $0.shiftingSOP(by: first) }
      map.merge(local.shiftingSOPs(by: first))
    }
    if text.deletions > 0 || text.insertions > 0 {
      diagnostics.append(Diagnostic(
        .docxTrackedChanges, "the document has tracked changes (\(text.insertions) insertion(s), \(text.deletions) deletion(s)); read as if all were accepted",
        at: SourceLocation(file: source, part: DOCXDocument.mainPart, row: text.firstDeletionLine), hint: "accept or reject the changes in Word (Review › Accept) if this is not what you meant"))
    }
    let located = map
    guard !sops.isEmpty else {
      if diagnostics.contains(where: { $0.severity == .error }) {
        return ReadResult(file: nil, diagnostics: diagnostics) { located.locate($0) }
      }
      let identityPages = tables.filter { IdentityPage.labelCount(in: $0.asSheet.records) >= 2 }
      if let page = identityPages.first {
        // A blank form or an identity page alone: say what is there and what is missing.
        diagnostics.append(Diagnostic(
          .docxNoSOP, "no SOP found: table \(page.number) is an SOP identity page (Nomor SOP, Nama SOP, …) but the document has no steps table; it looks like a template or a cover",
          at: SourceLocation(file: source, part: DOCXDocument.mainPart, context: "table \(page.number)"),
          hint: "add the steps table (No, Kegiatan, Pelaksana, …) below the identity page, or convert the document that holds the steps"))
      } else {
        diagnostics.append(Diagnostic(
          .docxNoSOP, "no SOP found: no table has a steps header (a row with No and Kegiatan)", at: SourceLocation(file: source, part: DOCXDocument.mainPart),
          hint: "\(tables.count) table(s) in the document; an SOP's flowchart table starts with No, Kegiatan, Pelaksana, …"))
      }
      return ReadResult(file: nil, diagnostics: diagnostics) { located.locate($0) }
    }
    return ReadResult(file: SOPFile(sops: sops), diagnostics: diagnostics) { located.locate($0) }
  }

  /// Splits the tables into SOPs: an identity table after a flowchart starts the next SOP.
  static func segments(of tables: [DOCXTables.Table]) -> [Segment] {
    var segments: [Segment] = []
    var current = Segment()
    for table in tables {
      if table.isFlowchart {
        current.flowchart.append(table)
      } else if IdentityPage.labelCount(in: table.asSheet.records) >= 1 {
        if !current.flowchart.isEmpty {
          segments.append(current)
          current = Segment()
        }
        current.identity.append(table)
      }
    }
    if !current.flowchart.isEmpty { segments.append(current) }
    return segments
  }

  /// The SOPs of one segment: one, or one per titled table when the tables are SOPs of their own.
  private func readSOPs(_ segment: Segment, text: inout DOCXText, map: inout SourcePathMap, diagnostics: inout [Diagnostic]) -> [SOPDocument] {
    let flow = DOCXFlowSheet(tables: segment.flowchart, source: source) { [document] shape in
      shape.imageID.flatMap { document.picture($0, limit: 1_000_000) }.flatMap { PictureSymbol.shape(ofPNG: $0.bytes) }
    }
    var sheet = flow.sheet
    let shapes = ShapeFlow.prepare(&sheet, source: source, firstStepsRow: sheet.records.first(where: StepsHeader.isHeader)?.line, diagnostics: &diagnostics)
    for drop in flow.dropped {
      diagnostics.append(Diagnostic(
        .docxUnmappedShape, "\(drop.count) shape(s) in the repeated header of table \(drop.table) are not read (the header is read once, from the first page)",
        at: SourceLocation(file: source, part: DOCXDocument.mainPart, context: "table \(drop.table):row \(drop.row)"),
        hint: "draw the flowchart's symbols and arrows in the step rows"))
    }
    var layout = FormRecognizer(sheet: TableText(records: sheet.records, source: source, tablePlaces: flow.places))
    let file = layout.read(&map)
    diagnostics += layout.diagnostics
    guard var sops = file?.sops, !diagnostics.contains(where: { $0.code.meansNoTableRead && $0.severity == .error }) else { return [] }
    // One flowchart per steps header with its own actors, in order: each reads its own rows'
    // symbols (step numbers start again in each).
    let starts = shapes == nil ? [] : ShapeFlow.flowchartStarts(sheet)
    let separate = starts.count == sops.reduce(0) { $0 + $1.flowcharts.count }
    var part = 0
    for index in sops.indices {
      if let shapes {
        for flowchart in sops[index].flowcharts.indices {
          shapes.apply(to: &sops[index].flowcharts[flowchart], sheet: sheet, part: separate ? part : nil, diagnostics: &diagnostics)
          part += 1
        }
      }
      let sopPath = JSONPath.element(JSONPath.member(JSONPath.root, "sops"), index)
      let located = map
      PictureFlowchart.check(sops[index], sopPath: sopPath, pictures: sheet.shapes, location: { located.locate(JSONPath.element(JSONPath.member(sopPath, "flowcharts"), $0)) }, diagnostics: &diagnostics)
      var own = SourcePathMap(file: source)
      var found: [Diagnostic] = []
      for table in segment.identity {
        IdentityPage.fill(&sops[index].identity, from: table.asSheet, source: source, map: &own, diagnostics: &found)
      }
      // The logo: the first picture in the identity tables (the kop cell).
      let logo = segment.identity.lazy.flatMap(\.shapes).first { $0.shape.kind == .picture && $0.shape.imageID != nil }
      KopLogo.apply(logo.flatMap { document.picture($0.shape.imageID!) }, to: &sops[index].identity.kop)
      map.merge(own.movingSOP(to: index))
      // The identity tables are shared: their notes are said once, for the first SOP.
      if index == 0 { diagnostics += found }
    }
    return sops
  }



  /// Whether a paragraph holding a picture follows `table` before any other table.
  private func hasPictureAfter(_ table: DOCXTables.Table) -> Bool {
    let blocks = document.body.children
    var index = table.block + 1
    while index < blocks.count, blocks[index].name != "tbl" {
      if blocks[index].name == "p", blocks[index].descendants("drawing").contains(where: { !$0.descendants("pic").isEmpty }) || !blocks[index].descendants("imagedata").isEmpty {
        return true
      }
      index += 1
    }
    return false
  }

  /// The lines of the body's paragraphs between two blocks (exclusive), with their line in the part.
  private func paragraphs(after start: Int, before end: Int, text: inout DOCXText) -> [(line: String, row: Int)] {
    guard end > start + 1 else { return [] }
    var lines: [(String, Int)] = []
    for block in document.body.children[(start + 1)..<min(end, document.body.children.count)] where block.name == "p" {
      for line in text.paragraphText(block).split(whereSeparator: \.isNewline) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { lines.append((trimmed, block.line)) }
      }
    }
    return lines
  }

  /// The kop from the page header of the SOP's section, when its tables have none.
  private func kop(for segment: Segment, map: inout SourcePathMap) -> Kop? {
    // Headers are read apart from the body: their numbering and tracked changes are their own.
    var text = DOCXText(numbering: document.numbering)
    let block = (segment.identity.first ?? segment.flowchart.first)?.block ?? 0
    for part in document.headerParts(forBlock: block) {
      let lines = document.lines(ofPart: part, text: &text).filter { !Self.isPageLine($0.line) }
      guard !lines.isEmpty else { continue }
      map.record("$.sops[0].unit", SourceLocation(file: source, part: part, row: lines[0].row))
      return Self.kop(lines: lines.map(\.line))
    }
    return nil
  }

  /// Kop lines sorted into unit lines, the street address and the contact line.
  static func kop(lines: [String], logo: Kop.Logo = .none, logoFile: String? = nil) -> Kop {
    var kop = Kop(logo: logo, logoFile: logoFile)
    for line in lines {
      let lowered = line.lowercased()
      if lowered.hasPrefix("jalan") || lowered.hasPrefix("jl.") || lowered.hasPrefix("jl ") {
        kop.alamat = kop.alamat.map { $0 + "\n" + line } ?? line
      } else if ["telepon", "telp", "tlp", "faks", "fax", "email", "e-mail", "website", "laman", "situs"].contains(where: { lowered.hasPrefix($0) }) {
        kop.kontak = kop.kontak.map { $0 + "\n" + line } ?? line
      } else {
        kop.lines.append(line)
      }
    }
    return kop
  }

  static func isTitleLine(_ line: String) -> Bool {
    ["standar operasional prosedur", "standard operasional prosedur", "standard operating procedure", "sop", "sop-ap"]
      .contains(LabelMatcher<Int>.normalize(line))
  }

  /// Page numbers and the like, which headers and footers carry besides the kop.
  static func isPageLine(_ line: String) -> Bool {
    let lowered = line.lowercased()
    if lowered.hasPrefix("halaman") || lowered.hasPrefix("hal.") || lowered.hasPrefix("page") || line.allSatisfy({ $0.isNumber || $0 == " " || $0 == "/" || $0 == "-" }) {
      return true
    }
    // A running title with the page number ("SOP … — Halaman 1", "Hal. 2 dari 5") is no kop line.
    let words = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    return zip(words, words.dropFirst()).contains { ["halaman", "hal", "page"].contains($0.0) && Int($0.1) != nil }
  }

  /// What was read for one SOP and what was guessed, as one note.
  private func summary(of sop: SOPDocument, _ segment: Segment, _ found: [Diagnostic], kopFromHeader: Bool) -> Diagnostic {
    func numbers(_ tables: [DOCXTables.Table]) -> String {
      let list = tables.map { String($0.number) }
      return (list.count == 1 ? "table " : "tables ") + list.joined(separator: ", ")
    }
    var parts: [String] = []
    parts.append(segment.identity.isEmpty ? "no identity table" : "identity from \(numbers(segment.identity))")
    let steps = sop.flowcharts.reduce(0) { $0 + $1.steps.count }
    let actors = sop.flowcharts.first?.pelaksana.count ?? 0
    let drawn = segment.flowchart.reduce(0) { $0 + $1.shapes.filter { $0.shape.kind != .picture }.count }
    let actorsFrom = drawn > 0 ? "actors and symbols from \(drawn) shape(s)" : "actors from marks in cells"
    parts.append("flowchart from \(numbers(segment.flowchart)) (\(steps) steps, \(actors) Pelaksana, \(actorsFrom))")
    if kopFromHeader { parts.append("kop from the page header") }
    var guessed: [String] = []
    if found.contains(where: { $0.code == DiagnosticCode.importShapeInferred }) { guessed.append("symbols") }
    if found.contains(where: { $0.code == DiagnosticCode.docxUnmappedShape }) { guessed.append("some arrows (see the warnings)") }
    if found.contains(where: { $0.code == DiagnosticCode.importLabelTypo }) { guessed.append("misspelt labels") }
    let name = sop.identity.namaSOP.isEmpty ? "without a name" : "'\(sop.identity.namaSOP)'"
    let message = "SOP \(name): " + parts.joined(separator: "; ") + (guessed.isEmpty ? "" : "; guessed: " + guessed.joined(separator: ", "))
    let first = segment.identity.first ?? segment.flowchart[0]
    return Diagnostic(.docxSummary, message, at: SourceLocation(file: source, part: DOCXDocument.mainPart, context: "table \(first.number)"))
  }
}
