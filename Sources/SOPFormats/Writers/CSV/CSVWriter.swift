import SOPModel

// Support:
// [x] "form" layout (one SOP per file, official two-row steps header) and "table" layout (one row
//     per step, many SOPs), both read back by CSVReader to the same model
// [x] comma, semicolon or tab; UTF-8 with BOM; CRLF

/// Writes SOPs as CSV that Excel, LibreOffice and Google Sheets open as they are.
public enum CSVWriter {
  /// Which layout to write.
  public enum Layout: String, Sendable, CaseIterable {
    /// "form" for a file with one SOP, "table" for several.
    case auto
    /// One SOP: identity rows, then the steps table with one column per Pelaksana.
    case form
    /// One row per step, a key column naming the SOP.
    case table
  }

  /// Options for writing.
  public struct Options: Sendable {
    public var layout: Layout
    /// The field delimiter: ",", ";" (Excel with Indonesian regional settings) or "\t".
    public var delimiter: Character
    /// Write cells that start like a formula (=, +, -, @) with a leading "'", so a spreadsheet shows
    /// them as text instead of running them (CSV injection); sopkit's reader takes the "'" off.
    public var neutralizeFormulas: Bool

    public init(layout: Layout = .auto, delimiter: Character = ",", neutralizeFormulas: Bool = true) {
      self.layout = layout
      self.delimiter = delimiter
      self.neutralizeFormulas = neutralizeFormulas
    }
  }

  /// The CSV bytes of `file`.
  /// - Throws: ``ConversionError`` when the form layout is asked for several SOPs.
  public static func write(_ file: SOPFile, options: Options = Options()) throws(ConversionError) -> [UInt8] {
    var encoder = CSVEncoder(delimiter: options.delimiter, neutralizeFormulas: options.neutralizeFormulas)
    let layout = options.layout == .auto ? (file.sops.count == 1 ? .form : .table) : options.layout
    switch layout {
    case .form:
      guard file.sops.count == 1 else {
        throw ConversionError(.usage, Diagnostic(
          .cliBadArguments, "the form layout holds one SOP, and this file has \(file.sops.count)",
          at: SourceLocation(file: "sopkit"), hint: "use --csv-layout table to write them all into one CSV"))
      }
      CSVFormWriter.write(file.sops[0], into: &encoder)
    default:
      CSVTableWriter.write(file.sops, into: &encoder)
    }
    return encoder.bytes
  }
}

/// Cell texts shared by both layouts.
enum CSVCells {
  /// The Kelengkapan, Waktu, Output and Keterangan cells of each step: "^" under a merged cell, and
  /// "-" for a missing Waktu that would otherwise read as merged with the one above.
  static func mutuBaku(_ steps: [Step]) -> [[StepColumn: String]] {
    var result: [[StepColumn: String]] = []
    var coveredUntil: [Step.SpanColumn: Int] = [:]
    for (index, step) in steps.enumerated() {
      var cells: [StepColumn: String] = [:]
      let values: [(Step.SpanColumn, StepColumn, String?)] = [
        (.kelengkapan, .kelengkapan, step.mutuBaku.kelengkapan), (.waktu, .waktu, step.mutuBaku.waktu?.raw),
        (.output, .output, step.mutuBaku.output), (.keterangan, .keterangan, step.keterangan),
      ]
      for (span, column, value) in values {
        if let until = coveredUntil[span], index <= until {
          cells[column] = "^"
          continue
        }
        cells[column] = value ?? ""
        if let rows = step.spans[span], rows > 1 { coveredUntil[span] = index + rows - 1 }
      }
      if step.mutuBaku.waktu == nil, cells[.waktu] == "", index > 0, result[index - 1][.waktu] != "", result[index - 1][.waktu] != "-" {
        cells[.waktu] = "-"
      }
      result.append(cells)
    }
    return result
  }

  static func target(_ target: StepTarget?) -> String {
    switch target {
    case nil: return ""
    case .end?: return "END"
    case .step(let number)?: return String(number)
    }
  }

  /// The identity values in `IdentityField` order; lists as numbered lines.
  static func identity(_ identity: Identity) -> [IdentityField: String] {
    var values: [IdentityField: String] = [:]
    if identity.kop.logo != .none { values[.logo] = identity.kop.logo.rawValue }
    values[.logoFile] = identity.kop.logoFile
    values[.kop] = identity.kop.lines.joined(separator: "\n")
    values[.alamat] = identity.kop.alamat
    values[.kontak] = identity.kop.kontak
    values[.satker] = identity.satker
    values[.nomorSOP] = identity.nomorSOP
    values[.tglPembuatan] = IdentityAssembler.text(of: identity.tanggal.pembuatan)
    values[.tglRevisi] = IdentityAssembler.text(of: identity.tanggal.revisi)
    values[.tglEfektif] = IdentityAssembler.text(of: identity.tanggal.efektif)
    values[.disahkanOleh] = identity.pengesahan.jabatan
    values[.namaPengesah] = identity.pengesahan.nama
    values[.nip] = identity.pengesahan.nip
    values[.pangkat] = identity.pengesahan.pangkat
    values[.disusunOleh] = identity.disusunOleh
    values[.namaSOP] = identity.namaSOP
    values[.dasarHukum] = ListItems.join(identity.lists.dasarHukum)
    values[.kualifikasiPelaksana] = ListItems.join(identity.lists.kualifikasiPelaksana)
    values[.keterkaitan] = ListItems.join(identity.lists.keterkaitan)
    values[.peralatanPerlengkapan] = ListItems.join(identity.lists.peralatanPerlengkapan)
    values[.peringatan] = ListItems.join(identity.lists.peringatan)
    values[.pencatatanPendataan] = ListItems.join(identity.lists.pencatatanPendataan)
    values[.definisi] = ListItems.join(identity.extra.definisi)
    values[.caraMengatasi] = identity.extra.caraMengatasi
    values[.ppbRef] = identity.extra.ppbRef
    values[.kka] = identity.extra.kka
    return values.filter { !$0.value.isEmpty }
  }
}
