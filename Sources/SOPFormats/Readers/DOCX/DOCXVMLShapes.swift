import Foundation

/// Legacy VML shapes (Word 2003 and the fallback side of newer files): v:shape with its type,
/// v:rect, v:roundrect, v:oval, v:line and v:group, as ``DOCXShape``s.
extension DOCXShapes {
  /// VML shapes among `children`; `origin` and `scale` map their coordinates into the cell's.
  static func vml(children: [XMLElement], origin: (Double, Double), scale: (Double, Double), inGroup: Bool = false, text: inout DOCXText) -> [DOCXShape] {
    let vmlNamespace = "urn:schemas-microsoft-com:vml"
    var types: [String: Int] = [:]
    for child in children where child.name == "shapetype" {
      if let id = child.attributes["id"], let spt = child.attributes["o:spt"].flatMap(Int.init) { types[id] = spt }
    }
    var shapes: [DOCXShape] = []
    for child in children where child.namespace == vmlNamespace {
      let style = VMLStyle(child.attributes["style"] ?? "", inGroup: inGroup)
      let x = origin.0 + style.left * scale.0, y = origin.1 + style.top * scale.1
      let width = style.width * scale.0, height = style.height * scale.1
      switch child.name {
      case "group":
        let size = pair(child.attributes["coordsize"]) ?? (style.width, style.height)
        let start = pair(child.attributes["coordorigin"]) ?? (0, 0)
        let sx = size.0 > 0 ? width / size.0 : 1, sy = size.1 > 0 ? height / size.1 : 1
        var members = vml(children: child.children, origin: (x - start.0 * sx, y - start.1 * sy), scale: (sx, sy), inGroup: true, text: &text)
        if !inGroup { for index in members.indices { (members[index].horizontalOrigin, members[index].verticalOrigin) = (style.horizontalOrigin, style.verticalOrigin) } }
        shapes += members
      case "line":
        let from = point(child.attributes["from"], inGroup: inGroup) ?? (0, 0), to = point(child.attributes["to"], inGroup: inGroup) ?? (0, 0)
        var shape = DOCXShape(kind: .connector, preset: "line", text: "", x: x, y: y, width: 0, height: 0)
        var start = (x: x + from.0 * scale.0, y: y + from.1 * scale.1), end = (x: x + to.0 * scale.0, y: y + to.1 * scale.1)
        if arrow(child, "startarrow"), !arrow(child, "endarrow") { swap(&start, &end) }
        (shape.start, shape.end) = (start, end)
        shape.hasArrow = arrow(child, "startarrow") || arrow(child, "endarrow")
        if !inGroup { (shape.horizontalOrigin, shape.verticalOrigin) = (style.horizontalOrigin, style.verticalOrigin) }
        shapes.append(shape)
      case "shape", "rect", "roundrect", "oval", "polyline":
        var spt = child.attributes["o:spt"].flatMap(Int.init)
        if spt == nil, let type = child.attributes["type"]?.trimmingCharacters(in: CharacterSet(charactersIn: "#")) {
          spt = types[type] ?? Int(type.replacingOccurrences(of: "_x0000_t", with: ""))
        }
        let preset: String?
        switch child.name {
        case "rect": preset = "rect"
        case "roundrect": preset = "roundRect"
        case "oval": preset = "ellipse"
        case "polyline": preset = "line"
        default: preset = spt.flatMap { vmlPresets[$0] }
        }
        let words = child.first("textbox")?.first("txbxContent").map { text.blockText($0) } ?? ""
        var shape = DOCXShape(kind: preset.map(isConnectorPreset) == true ? .connector : .shape, preset: preset, text: words, x: x, y: y, width: width, height: height)
        if shape.kind == .connector {
          var start = (x: style.flipX ? x + width : x, y: style.flipY ? y + height : y)
          var end = (x: style.flipX ? x : x + width, y: style.flipY ? y : y + height)
          if style.rotation != 0 {
            let center = (x + width / 2, y + height / 2)
            let a = rotate((start.x, start.y), around: center, degrees: style.rotation), b = rotate((end.x, end.y), around: center, degrees: style.rotation)
            (start, end) = ((a.0, a.1), (b.0, b.1))
          }
          if arrow(child, "startarrow"), !arrow(child, "endarrow") { swap(&start, &end) }
          (shape.start, shape.end) = (start, end)
          shape.hasArrow = arrow(child, "startarrow") || arrow(child, "endarrow")
        }
        if !inGroup { (shape.horizontalOrigin, shape.verticalOrigin) = (style.horizontalOrigin, style.verticalOrigin) }
        shapes.append(shape)
      case "image", "imagedata":
        var picture = DOCXShape(kind: .picture, preset: nil, text: "", x: x, y: y, width: width, height: height)
        picture.imageID = child.attributes["r:id"] ?? child.first("imagedata")?.attributes["r:id"]
        shapes.append(picture)
      default: continue
      }
    }
    return shapes
  }

  /// VML shape types (o:spt) as the DrawingML presets they draw.
  static let vmlPresets: [Int: String] = [
    1: "rect", 2: "roundRect", 3: "ellipse", 4: "diamond", 15: "homePlate", 20: "line", 32: "straightConnector1",
    33: "bentConnector2", 34: "bentConnector3", 35: "bentConnector4", 36: "bentConnector5", 37: "curvedConnector2",
    38: "curvedConnector3", 109: "flowChartProcess", 110: "flowChartDecision", 116: "flowChartTerminator",
    176: "flowChartAlternateProcess", 177: "flowChartOffpageConnector", 202: "rect",
  ]

  private static func arrow(_ shape: XMLElement, _ attribute: String) -> Bool {
    guard let value = shape.first("stroke")?.attributes[attribute] else { return false }
    return value != "none"
  }

  /// The CSS-like style of a VML shape, lengths in EMU (in a group: in the group's units).
  struct VMLStyle {
    var left = 0.0, top = 0.0, width = 0.0, height = 0.0, rotation = 0.0
    var flipX = false, flipY = false
    var horizontalOrigin = DOCXShape.Origin.anchor, verticalOrigin = DOCXShape.Origin.anchor

    init(_ style: String, inGroup: Bool) {
      for declaration in style.split(separator: ";") {
        let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { continue }
        let value = DOCXShapes.length(parts[1], inGroup: inGroup)
        switch parts[0] {
        case "margin-left", "left": left = value
        case "margin-top", "top": top = value
        case "width": width = value
        case "height": height = value
        case "rotation": rotation = Double(parts[1].replacingOccurrences(of: "fd", with: "")).map { parts[1].hasSuffix("fd") ? $0 / 65_536 : $0 } ?? 0
        case "mso-position-horizontal-relative": horizontalOrigin = DOCXShape.Origin(parts[1])
        case "mso-position-vertical-relative": verticalOrigin = DOCXShape.Origin(parts[1])
        case "flip":
          flipX = parts[1].contains("x")
          flipY = parts[1].contains("y")
        default: continue
        }
      }
    }
  }

  /// A VML length in EMU; a bare number is a pixel at top level and a coordinate unit in a group.
  static func length(_ text: String, inGroup: Bool) -> Double {
    let units: [(String, Double)] = [("pt", 12_700), ("in", 914_400), ("cm", 360_000), ("mm", 36_000), ("px", 9_525), ("pc", 152_400), ("emu", 1)]
    for (suffix, factor) in units where text.hasSuffix(suffix) {
      return (Double(text.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)) ?? 0) * factor
    }
    return (Double(text) ?? 0) * (inGroup ? 1 : 9_525)
  }

  private static func point(_ text: String?, inGroup: Bool) -> (Double, Double)? {
    guard let parts = text?.split(separator: ","), parts.count == 2 else { return nil }
    return (length(String(parts[0]).trimmingCharacters(in: .whitespaces), inGroup: inGroup), length(String(parts[1]).trimmingCharacters(in: .whitespaces), inGroup: inGroup))
  }

  private static func pair(_ text: String?) -> (Double, Double)? {
    guard let parts = text?.split(separator: ","), parts.count == 2, let a = Double(parts[0].trimmingCharacters(in: .whitespaces)),
      let b = Double(parts[1].trimmingCharacters(in: .whitespaces))
    else { return nil }
    return (a, b)
  }
}
