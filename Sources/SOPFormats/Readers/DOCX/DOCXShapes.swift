import Foundation

/// Shapes drawn in a Word document, read from DrawingML (wp:anchor and wp:inline with wps:wsp,
/// groups and drawing canvases) and from legacy VML (v:shape with its type, v:rect, v:roundrect,
/// v:oval, v:line, v:group); of each mc:AlternateContent pair only one side is read.
///
/// Geometry is in EMU relative to the top-left corner of the anchor paragraph's cell. A connector
/// keeps its start and end points, with flips, rotation and arrow heads already applied, so the
/// arrow runs from `start` to `end`.
struct DOCXShape: Sendable {
  enum Kind: Sendable { case shape, connector, picture }

  var kind: Kind
  /// DrawingML preset name; VML shape types are translated to the preset they draw.
  var preset: String?
  var text: String
  var x: Double, y: Double, width: Double, height: Double
  var start: (x: Double, y: Double)?
  var end: (x: Double, y: Double)?
  /// Whether a connector has an arrow head (at `end`).
  var hasArrow = false
  /// For a picture: the relationship id of its image (`r:embed`, VML `r:id`).
  var imageID: String?
  /// What the position is measured from, across and down.
  var horizontalOrigin = Origin.anchor
  var verticalOrigin = Origin.anchor

  /// The corner a floating shape's position is measured from.
  enum Origin: Sendable {
    /// The anchor paragraph's text column (or its cell), or the paragraph's top.
    case anchor
    /// The page's margin (the edge of the text area).
    case margin
    /// The page's edge.
    case page

    /// The origin a DrawingML `relativeFrom` or VML `mso-position-…-relative` names.
    init(_ name: String) {
      switch name {
      case "page": self = .page
      case "margin", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "insideMargin", "outsideMargin": self = .margin
      default: self = .anchor  // column, character, paragraph, line, text, char
      }
    }
  }
}

enum DOCXShapes {
  static let emuPerPoint = 12_700.0
  static let emuPerTwip = 635.0

  /// Where the shapes of one paragraph sit: the cell's text area origin and width.
  struct Frame {
    var marginLeft: Double
    var marginTop: Double
    var width: Double
  }

  /// The shapes anchored in the paragraphs of `container` (a table cell or a body part), in
  /// document order. `text` reads text boxes.
  static func read(_ container: XMLElement, frame: Frame, text: inout DOCXText) -> [DOCXShape] {
    var shapes: [DOCXShape] = []
    collect(container, frame: frame, text: &text, into: &shapes)
    return shapes
  }

  private static func collect(_ element: XMLElement, frame: Frame, text: inout DOCXText, into shapes: inout [DOCXShape]) {
    for child in element.children {
      switch child.name {
      case "tbl": continue  // a nested table's shapes belong to its own cells
      case "AlternateContent":
        // Choice when it is DrawingML we read, else the Fallback (usually VML).
        let choice = child.first("Choice")
        let chosen = (choice.map { $0.descendants("drawing").isEmpty } ?? true) ? child.first("Fallback") : choice
        if let chosen { collect(chosen, frame: frame, text: &text, into: &shapes) }
      case "drawing":
        for placement in child.children where placement.name == "anchor" || placement.name == "inline" {
          shapes += drawing(placement, frame: frame, text: &text)
        }
      case "pict", "object":
        shapes += vml(children: child.children, origin: (frame.marginLeft, frame.marginTop), scale: (1, 1), text: &text)
      default:
        collect(child, frame: frame, text: &text, into: &shapes)
      }
    }
  }

  // MARK: DrawingML

  private static func drawing(_ placement: XMLElement, frame: Frame, text: inout DOCXText) -> [DOCXShape] {
    let extent = placement.first("extent")
    let width = number(extent?.attributes["cx"]), height = number(extent?.attributes["cy"])
    var x = frame.marginLeft, y = frame.marginTop
    var origins = (DOCXShape.Origin.anchor, DOCXShape.Origin.anchor)
    if placement.name == "anchor" {
      if let horizontal = placement.first("positionH") {
        origins.0 = DOCXShape.Origin(horizontal.attributes["relativeFrom"] ?? "column")
        if let offset = horizontal.first("posOffset") {
          x += number(offset.text)
        } else if let align = horizontal.first("align")?.text {
          x += align == "center" ? (frame.width - width) / 2 : align == "right" ? frame.width - width : 0
        }
      }
      if let vertical = placement.first("positionV") {
        origins.1 = DOCXShape.Origin(vertical.attributes["relativeFrom"] ?? "paragraph")
        y += number(vertical.first("posOffset")?.text)
      }
    }
    guard let data = placement.first("graphic")?.first("graphicData"), let content = data.children.first else { return [] }
    var shapes: [DOCXShape] = []
    let box = Transform(x: x, y: y, scaleX: 1, scaleY: 1)
    switch content.name {
    case "wsp": if let shape = wordShape(content, transform: box, size: (width, height), text: &text) { shapes.append(shape) }
    case "wgp", "wpc": shapes += group(content, transform: box, text: &text)
    case "pic":
      var picture = DOCXShape(kind: .picture, preset: nil, text: "", x: x, y: y, width: width, height: height)
      picture.imageID = content.descendants("blip").first?.attributes["r:embed"]
      shapes.append(picture)
    default: break
    }
    for index in shapes.indices { (shapes[index].horizontalOrigin, shapes[index].verticalOrigin) = origins }
    return shapes
  }

  /// Maps child coordinates of a group or canvas into the cell's.
  private struct Transform {
    var x: Double, y: Double, scaleX: Double, scaleY: Double
    var childX = 0.0, childY = 0.0

    func point(_ px: Double, _ py: Double) -> (x: Double, y: Double) {
      (x + (px - childX) * scaleX, y + (py - childY) * scaleY)
    }
  }

  private static func group(_ element: XMLElement, transform: Transform, text: inout DOCXText) -> [DOCXShape] {
    var inner = transform
    if let xfrm = (element.first("grpSpPr") ?? element.first("spPr"))?.first("xfrm") {
      let off = xfrm.first("off"), ext = xfrm.first("ext"), chOff = xfrm.first("chOff"), chExt = xfrm.first("chExt")
      let origin = transform.point(number(off?.attributes["x"]), number(off?.attributes["y"]))
      let cx = number(ext?.attributes["cx"]), cy = number(ext?.attributes["cy"])
      let ccx = number(chExt?.attributes["cx"]), ccy = number(chExt?.attributes["cy"])
      inner = Transform(
        x: origin.x, y: origin.y, scaleX: transform.scaleX * (ccx > 0 ? cx / ccx : 1), scaleY: transform.scaleY * (ccy > 0 ? cy / ccy : 1),
        childX: number(chOff?.attributes["x"]), childY: number(chOff?.attributes["y"]))
    }
    var shapes: [DOCXShape] = []
    for child in element.children {
      switch child.name {
      case "wsp": if let shape = wordShape(child, transform: inner, size: nil, text: &text) { shapes.append(shape) }
      case "grpSp", "wgp": shapes += group(child, transform: inner, text: &text)
      case "pic":
        let xfrm = child.descendants("xfrm").first
        let origin = inner.point(number(xfrm?.first("off")?.attributes["x"]), number(xfrm?.first("off")?.attributes["y"]))
        let size = (number(xfrm?.first("ext")?.attributes["cx"]) * inner.scaleX, number(xfrm?.first("ext")?.attributes["cy"]) * inner.scaleY)
        var picture = DOCXShape(kind: .picture, preset: nil, text: "", x: origin.x, y: origin.y, width: size.0, height: size.1)
        picture.imageID = child.descendants("blip").first?.attributes["r:embed"]
        shapes.append(picture)
      default: continue
      }
    }
    return shapes
  }

  /// One wps:wsp. `size` is the anchor's extent for a shape placed on its own; in a group the
  /// shape's own transform gives its box.
  private static func wordShape(_ element: XMLElement, transform: Transform, size: (Double, Double)?, text: inout DOCXText) -> DOCXShape? {
    let properties = element.first("spPr")
    let xfrm = properties?.first("xfrm")
    let off = xfrm?.first("off"), ext = xfrm?.first("ext")
    var origin = (x: transform.x, y: transform.y)
    var width = size?.0 ?? 0, height = size?.1 ?? 0
    if size == nil {
      origin = transform.point(number(off?.attributes["x"]), number(off?.attributes["y"]))
      width = number(ext?.attributes["cx"]) * transform.scaleX
      height = number(ext?.attributes["cy"]) * transform.scaleY
    }
    let preset = properties?.first("prstGeom")?.attributes["prst"]
    let line = properties?.first("ln")
    let content = element.first("txbx")?.first("txbxContent")
    let words = content.map { text.blockText($0) } ?? ""
    let isConnector = element.first("cNvCnPr") != nil || preset.map(isConnectorPreset) == true
      || (preset == nil && properties?.first("custGeom") != nil && (hasArrow(line?.first("tailEnd")) || hasArrow(line?.first("headEnd"))))
    var shape = DOCXShape(kind: isConnector ? .connector : .shape, preset: preset, text: words, x: origin.x, y: origin.y, width: width, height: height)
    let rotation = (number(xfrm?.attributes["rot"]) / 60_000).truncatingRemainder(dividingBy: 360)
    let flipH = xfrm?.attributes["flipH"] == "1", flipV = xfrm?.attributes["flipV"] == "1"
    if isConnector {
      var ends = ((0.0, 0.0), (width, height))
      if let path = properties?.first("custGeom")?.descendants("path").first, let points = pathEnds(path, width: width, height: height) {
        ends = points
      }
      func place(_ point: (Double, Double)) -> (x: Double, y: Double) {
        var px = flipH ? width - point.0 : point.0
        var py = flipV ? height - point.1 : point.1
        (px, py) = rotate((px, py), around: (width / 2, height / 2), degrees: rotation)
        return (origin.x + px, origin.y + py)
      }
      var start = place(ends.0), end = place(ends.1)
      if hasArrow(line?.first("headEnd")), !hasArrow(line?.first("tailEnd")) { swap(&start, &end) }
      shape.hasArrow = hasArrow(line?.first("headEnd")) || hasArrow(line?.first("tailEnd"))
      shape.start = start
      shape.end = end
    } else if Int((rotation / 90).rounded()) % 2 != 0 {
      // A quarter turn swaps the box's sides around its centre.
      shape.x = origin.x + (width - height) / 2
      shape.y = origin.y + (height - width) / 2
      shape.width = height
      shape.height = width
    }
    return shape
  }

  static func isConnectorPreset(_ preset: String) -> Bool {
    preset == "line" || preset == "straightConnector1" || preset.hasPrefix("bentConnector") || preset.hasPrefix("curvedConnector")
  }

  private static func hasArrow(_ end: XMLElement?) -> Bool {
    guard let type = end?.attributes["type"] else { return false }
    return type != "none"
  }

  /// First and last point of a custom path, scaled to the shape's size.
  private static func pathEnds(_ path: XMLElement, width: Double, height: Double) -> ((Double, Double), (Double, Double))? {
    let points = path.descendants("pt").map { (number($0.attributes["x"]), number($0.attributes["y"])) }
    guard let first = points.first, let last = points.last, points.count >= 2 else { return nil }
    let pathWidth = number(path.attributes["w"]), pathHeight = number(path.attributes["h"])
    let sx = pathWidth > 0 ? width / pathWidth : 1, sy = pathHeight > 0 ? height / pathHeight : 1
    return ((first.0 * sx, first.1 * sy), (last.0 * sx, last.1 * sy))
  }

  static func rotate(_ point: (Double, Double), around center: (Double, Double), degrees: Double) -> (Double, Double) {
    guard degrees.truncatingRemainder(dividingBy: 360) != 0 else { return point }
    let radians = degrees * .pi / 180
    let dx = point.0 - center.0, dy = point.1 - center.1
    let c = cos(radians), s = sin(radians)
    return (center.0 + dx * c - dy * s, center.1 + dx * s + dy * c)
  }

  /// A number from an attribute: 0 when missing or not finite, and within ±10¹² (a kilometre of
  /// EMU is 3.6·10¹⁰), so that no hostile value overflows what is computed from it.
  static func number(_ text: String?) -> Double {
    guard let value = text.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }), value.isFinite else { return 0 }
    return min(max(value, -1e12), 1e12)
  }

  /// A whole number from an attribute, within `range` (missing or unreadable: `fallback`).
  static func integer(_ text: String?, in range: ClosedRange<Int>, default fallback: Int) -> Int {
    guard let value = text.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { return fallback }
    return min(max(value, range.lowerBound), range.upperBound)
  }
}
