import Foundation
import SOPModel

/// What people write in an actor column or a Simbol column (sop-ap-format §5.2).
enum ShapeWords {
  /// Marks that only say "this actor", without naming a symbol.
  /// "?" is what a "√" becomes when Excel saves a plain (Windows-1252) CSV.
  static let marks: Set<String> = [
    "x", "v", "√", "✓", "✔", "☑", "☒", "✗", "✘", "1", "•", "●", "○", "◯", "■", "□", "▪", "▫", "◼", "◻", "⬤", "*", "o", "ok", "ya", "?",
  ]

  /// Glyphs typed in an actor cell that name a symbol: a diamond is a decision.
  static let glyphs: [Character: Shape] = ["◆": .decision, "◇": .decision, "♦": .decision, "⬥": .decision, "⬦": .decision, "◊": .decision]

  /// Names of the other SOP-AP symbols and of common non-official ones: a symbol, not text.
  private static let symbolNames: Set<String> = [
    "dokumen", "document", "arsip", "konektor", "penghubung", "connector", "off page", "off page connector", "data", "database", "manual",
  ]

  private static let words: [String: Shape] = [
    "mulai": .terminator, "selesai": .terminator, "mulai selesai": .terminator, "start": .terminator, "end": .terminator,
    "stop": .terminator, "terminator": .terminator, "kapsul": .terminator, "awal": .terminator, "akhir": .terminator,
    "proses": .process, "process": .process, "kotak": .process, "kegiatan": .process, "aktivitas": .process,
    "keputusan": .decision, "decision": .decision, "belah ketupat": .decision, "pilihan": .decision, "cek": .decision,
  ]

  /// Reads a mark: `nil` for an empty cell; `.some(nil)` for a plain mark; a shape for a symbol word
  /// (any other word becomes ``Shape/other(_:)``, which validation reports).
  static func read(_ text: String) -> Shape?? {
    let word = LabelMatcher<Int>.normalize(text)
    let raw = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    if raw.isEmpty { return nil }
    if marks.contains(raw) || marks.contains(word) { return .some(nil) }
    if raw.count == 1, let glyph = raw.first, let shape = glyphs[glyph] { return .some(shape) }
    if let shape = words[word] { return .some(shape) }
    return .some(.other(text.trimmingCharacters(in: .whitespacesAndNewlines)))
  }

  /// Whether a filled actor cell holds text (a category, a sentence, text art) rather than a mark,
  /// a glyph or a symbol's name.
  static func isText(_ text: String) -> Bool {
    guard case .some(.other) = read(text) else { return false }
    return !symbolNames.contains(LabelMatcher<Int>.normalize(text))
  }

  /// The word sopkit writes for an explicit shape.
  static func word(for shape: Shape, first: Bool) -> String {
    switch shape {
    case .terminator: return first ? "mulai" : "selesai"
    case .process: return "proses"
    case .decision: return "keputusan"
    case .other(let name): return name
    }
  }
}
