import Foundation
import SOPModel

/// A shape, connector, picture or group drawn over a grid, with its cell anchor (a spreadsheet
/// drawing's, or the cell of a Word table whose paragraph anchors it).
struct GridShape: Sendable {
  enum Kind: Sendable { case shape, connector, picture, group }

  var kind: Kind
  var id: Int?
  var preset: String?
  var text: String
  /// The anchor's corners: 0-based column and row with offsets in EMU.
  var from: (column: Int, columnOffset: Double, row: Int, rowOffset: Double)
  var to: (column: Int, columnOffset: Double, row: Int, rowOffset: Double)?
  /// The size in EMU, for an anchor that gives one corner and a size (a one-cell anchor).
  var extent: (width: Double, height: Double)?
  var startConnection: Int?
  var endConnection: Int?
  var flipH = false
  var flipV = false
  /// Clockwise rotation in degrees about the box's centre, applied after the flips (DrawingML).
  var rotation = 0.0
  /// Whether a connector's arrowhead is at its start (DrawingML headEnd) rather than its end.
  var arrowAtStart = false
  /// Whether a connector has an arrow head (at its end, after flips).
  var hasArrow = true
  /// For a picture: the package part holding its image (`xl/media/image1.png`), when known.
  var imagePart: String?
  /// For a small picture: the flowchart symbol its outline shows (``PictureSymbol``), when read.
  var pictureSymbol: Shape?
}
