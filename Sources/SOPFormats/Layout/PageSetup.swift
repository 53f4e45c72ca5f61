/// Paper and margins for printed outputs (sop-ap-format §8). Lengths are in points (1/72 inch).
public struct PageSetup: Sendable, Hashable {
  /// The paper sizes offices use.
  public enum Paper: String, Sendable, CaseIterable {
    /// F4 (Folio, 215 × 330 mm); printed as Excel's "Folio 8½ × 13 in", the nearest code.
    case f4
    /// A4 (210 × 297 mm).
    case a4
  }

  public var paper: Paper
  /// Margins in points.
  public var top = 51.0, bottom = 51.0, left = 43.0, right = 43.0
  /// Space kept for the header and footer lines inside the margins.
  public var header = 20.0, footer = 20.0

  public init(paper: Paper = .f4) { self.paper = paper }

  /// Landscape width and height in points.
  public var size: (width: Double, height: Double) {
    switch paper {
    case .f4: return (936, 612)  // 13 × 8.5 in
    case .a4: return (841.89, 595.28)
    }
  }

  /// The width left for the table.
  public var printableWidth: Double { size.width - left - right }
  /// The height left for the table on one page.
  public var printableHeight: Double { size.height - top - bottom }

  /// Excel's paper code.
  var excelPaperCode: UInt8 { paper == .f4 ? 14 : 9 }
}
