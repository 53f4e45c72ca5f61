/// Where the flowchart table sits on one printed page, in points from the page's top left corner,
/// and how ``FlowLayout`` coordinates map onto it.
///
/// The table fills the printable width, as the workbook prints at 100 % (its pixel widths scaled
/// to the page), and starts at the top margin with the repeated header.
public struct SVGPageFrame: Sendable {
  /// The landscape paper, in points.
  public let pageWidth: Double, pageHeight: Double
  /// The page's top margin: the top of the header.
  public let top: Double
  /// The left edge of each column, then the right edge of the last one, in points.
  public let columnEdges: [Double]
  /// The title row over the header, in points.
  public let titleHeight: Double
  /// The repeated header rows under the title, in points.
  public let headerHeights: [Double]
  /// The first actor column.
  let firstActorColumn: Int
  /// Points per pixel of the table's planned widths.
  let scale: Double

  /// The frame of `table` on the paper of `setup`.
  public init(_ table: ProcedureTable, setup: PageSetup) {
    (pageWidth, pageHeight) = setup.size
    top = setup.top
    scale = setup.printableWidth / table.widths.reduce(0, +)
    var edges = [setup.left]
    for width in table.widths { edges.append((edges.last ?? 0) + width * scale) }
    columnEdges = edges
    titleHeight = table.titleHeight
    headerHeights = table.headerHeights
    firstActorColumn = table.firstActorColumn
  }

  /// The top of the first body row.
  public var bodyTop: Double { top + titleHeight + headerHeights.reduce(0, +) }

  /// The page x of a layout x (counted in actor columns).
  public func x(_ layoutX: Double) -> Double {
    let left = columnEdges[firstActorColumn]
    return left + layoutX * (columnEdges[firstActorColumn + 1] - left)
  }

  /// The page y of a layout y (points from the top of the first body row).
  public func y(_ layoutY: Double) -> Double { bodyTop + layoutY }

  /// The width in points of an actor column: a layout width of 1.
  public var actorWidth: Double { columnEdges[firstActorColumn + 1] - columnEdges[firstActorColumn] }
}
