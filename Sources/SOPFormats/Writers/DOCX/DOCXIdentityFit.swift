/// Keeps the identity page (the page that is signed) on one page in Word.
///
/// The workbook prints its identity sheet fitted to one page; Word has no such setting, so long
/// lists (a Dasar Hukum of a dozen regulations) would push the last items onto a second page. The
/// estimate below follows the table as Word sets it, on the generous side, and when the page would
/// overflow the list items are set smaller (8 pt, then 7 pt) instead of the style's 9 pt.
enum DOCXIdentityFit {
  /// The list item sizes tried, in half-points (`w:sz`): the style's own, then smaller.
  static let sizes = [18, 16, 14]

  /// The list item size that keeps the identity table within `height` points: nil for the
  /// style's own size, else a smaller one (the smallest when even that overflows).
  /// - Parameters:
  ///   - topHeight: the height of the rows above the lists (kop, numbers, dates, signature).
  ///   - lists: each pair of list boxes with the width of its two cells, in points.
  static func listSize(topHeight: Double, lists: [(left: [String], leftWidth: Double, right: [String], rightWidth: Double)], height: Double) -> Int? {
    for size in sizes {
      let points = Double(size) / 2
      let listHeight = lists.reduce(0) { sum, pair in
        sum + max(blockHeight(pair.left, size: points, width: pair.leftWidth), blockHeight(pair.right, size: points, width: pair.rightWidth))
      }
      if topHeight + listHeight <= height { return size == sizes[0] ? nil : size }
    }
    return sizes.last
  }

  /// The height in points of `lines` (each a paragraph) set in Arial `size` points in a cell
  /// `width` points wide, with the cell's borders.
  static func blockHeight(_ lines: [String], size: Double, width: Double, bold: Bool = false) -> Double {
    CellText.wordHeight(lines, width: width, size: size, bold: bold)
  }
}
