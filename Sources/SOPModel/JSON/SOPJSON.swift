/// The canonical JSON form of SOP files: `{"format": "sopkit", "version": 1, "sops": [...]}`.
///
/// Published as `schema/sopkit-1.schema.json` and described in `docs/json-format.md`. Keys are
/// written in the order of ``Keys``, so the same model always gives the same bytes, and reading a
/// file that sopkit wrote and writing it again reproduces it byte for byte.
public enum SOPJSON {
  /// The value of the `format` member.
  public static let format = "sopkit"
  /// The version of the form this code reads and writes.
  public static let version = 1

  /// The result of reading a JSON file.
  public struct ReadResult: Sendable {
    /// The content, or `nil` when the file is not valid JSON or not an SOP file.
    public var file: SOPFile?
    /// Problems found while reading, each with its line, column and JSON path.
    public var diagnostics: [Diagnostic]
    /// Where each value starts, for locating later validation diagnostics.
    public var sourceMap: JSONSourceMap
  }

  /// Member names and their order, shared by the reader and the writer.
  enum Keys {
    static let file = ["format", "version", "sops"]
    static let sop = [
      "unit", "satker", "nomor_sop", "tgl_pembuatan", "tgl_revisi", "tgl_efektif", "pengesahan",
      "disusun_oleh", "nama_sop", "dasar_hukum", "kualifikasi_pelaksana", "keterkaitan",
      "peralatan_perlengkapan", "peringatan", "pencatatan_pendataan", "extra", "flowcharts", "review",
    ]
    static let unit = ["logo", "logo_file", "logo_data", "lines", "alamat", "kontak"]
    static let picture = ["media_type", "base64"]
    static let date = ["date", "raw"]
    static let pengesahan = ["jabatan", "nama", "nip", "pangkat"]
    static let extra = ["definisi", "cara_mengatasi", "ppb_ref", "kka", "fields"]
    static let field = ["label", "value"]
    static let review = ["code", "severity", "message", "message_en", "hint", "place", "path"]
    static let reviewRequired = ["code", "severity", "message"]
    static let flowchart = ["judul", "actors", "steps", "total_waktu"]
    static let step = [
      "nomor", "kegiatan", "actor", "co_actors", "shape", "next", "ya", "tidak", "labels", "kelengkapan", "waktu",
      "output", "keterangan", "spans",
    ]
    // A hand-written file may leave out what it does not use; the writer always writes every
    // member of the form so that the canonical file shows each column.
    static let sopRequired = ["nama_sop", "flowcharts"]
    static let flowchartRequired = ["actors", "steps"]
    static let stepRequired = ["nomor", "kegiatan"]
    static let labels = ["ya", "tidak"]
    static let waktu = ["raw", "value", "unit", "from", "per", "implied"]
    static let waktuRequired = ["raw"]
  }

  /// The canonical text of `file`, ending with a newline.
  public static func encode(_ file: SOPFile) -> String {
    JSONWriter.write(encodeValue(file))
  }

  /// Reads a JSON file.
  /// - Parameters:
  ///   - bytes: the file content (UTF-8, with or without a byte-order mark).
  ///   - file: the name to put in diagnostics.
  public static func decode(_ bytes: [UInt8], file: String) -> ReadResult {
    let parsed: (JSONValue, JSONSourceMap)
    do {
      parsed = try JSONParser.parse(bytes)
    } catch {
      let location = SourceLocation(file: file, row: error.position.line, column: error.position.column)
      return ReadResult(file: nil, diagnostics: [Diagnostic(error.code, error.message, at: location, hint: error.hint)], sourceMap: JSONSourceMap())
    }
    var context = JSONDecodingContext(file: file, map: parsed.1)
    let content = decodeFile(parsed.0, &context)
    // Only a broken structure withholds the model; content errors (an impossible date) are
    // reported and the rest of the file is still checked.
    let structural = context.diagnostics.contains { $0.severity == .error && $0.code.id.hasPrefix("json.") }
    return ReadResult(file: structural ? nil : content, diagnostics: context.diagnostics, sourceMap: parsed.1)
  }
}
