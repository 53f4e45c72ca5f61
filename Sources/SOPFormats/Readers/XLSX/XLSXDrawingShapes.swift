import Foundation
import SOPModel

extension GridShape {
  /// The shapes of a spreadsheet drawing part (`xl/drawings/drawingN.xml`), with their anchors.
  /// - Parameter images: the drawing's relationships (id → part), to find each picture's image.
  static func read(spreadsheetDrawing drawing: XMLElement, images: [String: String] = [:]) -> [GridShape] {
    var shapes: [GridShape] = []
    for anchor in drawing.children where anchor.name.hasSuffix("Anchor") {
      guard let from = marker(anchor.first("from")) else { continue }
      let to = marker(anchor.first("to"))
      // A one-cell anchor gives its size instead of a second corner.
      let size = anchor.first("ext").flatMap { ext -> (width: Double, height: Double)? in
        guard let cx = ext.attributes["cx"].flatMap(Double.init), let cy = ext.attributes["cy"].flatMap(Double.init), cx >= 0, cy >= 0, cx < 1e12, cy < 1e12 else { return nil }
        return (cx, cy)
      }
      for child in anchor.children {
        let kind: Kind
        switch child.name {
        case "sp": kind = .shape
        case "cxnSp": kind = .connector
        case "pic": kind = .picture
        case "grpSp": kind = .group
        default: continue
        }
        let properties = child.descendants("cNvPr").first
        let geometry = child.descendants("prstGeom").first
        let transform = child.descendants("xfrm").first
        var shape = GridShape(
          kind: kind, id: properties?.attributes["id"].flatMap(Int.init), preset: geometry?.attributes["prst"],
          text: child.descendants("t").map(\.text).joined().trimmingCharacters(in: .whitespacesAndNewlines), from: from, to: to)
        shape.startConnection = child.descendants("stCxn").first?.attributes["id"].flatMap(Int.init)
        shape.endConnection = child.descendants("endCxn").first?.attributes["id"].flatMap(Int.init)
        shape.flipH = transform?.attributes["flipH"] == "1"
        shape.flipV = transform?.attributes["flipV"] == "1"
        if to == nil { shape.extent = size }
        shape.rotation = (transform?.attributes["rot"].flatMap(Double.init) ?? 0) / 60_000
        if kind == .connector, let line = child.descendants("ln").first {
          let head = line.first("headEnd")?.attributes["type"].map { $0 != "none" } ?? false
          let tail = line.first("tailEnd")?.attributes["type"].map { $0 != "none" } ?? false
          shape.hasArrow = head || tail
          shape.arrowAtStart = head && !tail
        }
        if kind == .picture, let embed = child.descendants("blip").first?.attributes["r:embed"] { shape.imagePart = images[embed] }
        shapes.append(shape)
      }
    }
    return shapes
  }

  private static func marker(_ element: XMLElement?) -> (column: Int, columnOffset: Double, row: Int, rowOffset: Double)? {
    // Within Excel's grid: sheet positions are summed cell by cell up to the anchor.
    guard let element, let column = element.first("col").flatMap({ Int($0.text) }), let row = element.first("row").flatMap({ Int($0.text) }),
      (0..<16_384).contains(column), (0..<1_048_576).contains(row)
    else {
      return nil
    }
    return (column, element.first("colOff").flatMap { Double($0.text) } ?? 0, row, element.first("rowOff").flatMap { Double($0.text) } ?? 0)
  }
}
