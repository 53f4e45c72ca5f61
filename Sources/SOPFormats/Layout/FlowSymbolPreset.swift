import SOPModel

/// The DrawingML preset each symbol is drawn with, and the symbol a preset reads back as, in one
/// table shared by the workbook and Word writers and the shape reader (sop-ap-format §5.2).
///
/// Symbols outside the official five (`Shape.other`, e.g. "dokumen") are drawn with the preset
/// that shows them, so that what the model holds survives a round trip through the drawing;
/// validation still reports them (`model.unsupported-symbol`).
enum FlowSymbolPreset {
  /// Non-official symbol names (as `Shape.other` holds them, lower-cased) and their presets.
  static let others: [(names: [String], preset: String)] = [
    (["dokumen", "document", "arsip"], "flowChartDocument"),
    (["data"], "flowChartInputOutput"),
    (["database"], "flowChartMagneticDisk"),
    (["manual"], "flowChartManualInput"),
    (["konektor", "penghubung", "connector"], "flowChartConnector"),
  ]

  /// The preset a symbol is drawn with.
  static func preset(for kind: FlowLayout.Symbol.Kind) -> String {
    switch kind {
    case .terminator, .end: return "flowChartTerminator"
    case .process: return "flowChartProcess"
    case .decision: return "flowChartDecision"
    case .offPage: return "flowChartOffpageConnector"
    case .other(let name):
      let key = name.lowercased()
      return others.first { $0.names.contains(key) }?.preset ?? "flowChartProcess"
    }
  }

  /// The text written inside a symbol: a connector's step number, an end capsule's "Selesai";
  /// step symbols carry none (their text is in the Kegiatan column).
  static func text(of kind: FlowLayout.Symbol.Kind) -> String? {
    switch kind {
    case .offPage(let label), .end(let label): return label
    default: return nil
    }
  }

  /// The non-official shape a preset stands for (its first name), if it is one of `others`.
  static func otherShape(forPreset preset: String) -> Shape? {
    others.first { $0.preset == preset }.map { .other($0.names[0]) }
  }
}
