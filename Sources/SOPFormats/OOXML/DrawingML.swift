/// A spreadsheet drawing part (`xl/drawings/drawingN.xml`) made of preset shapes and straight lines
/// anchored to cells. Only what sopkit draws: flowchart symbols, arrow segments and small labels.
struct SpreadsheetDrawing {
  /// A cell corner plus an offset into the cell, in EMU (1 pt = 12,700 EMU).
  struct Anchor: Hashable {
    var column: Int, columnOffset: Int, row: Int, rowOffset: Int
  }

  enum Item {
    /// A preset shape (`flowChartTerminator`, `flowChartProcess`, `flowChartDecision`,
    /// `flowChartOffpageConnector`) with optional centred text.
    case shape(preset: String, from: Anchor, to: Anchor, absolute: Rect, text: String?)
    /// A straight segment; `arrow` puts an arrowhead at its end.
    case line(from: Anchor, to: Anchor, absolute: Rect, flipH: Bool, flipV: Bool, arrow: Bool)
    /// A borderless text label.
    case label(from: Anchor, to: Anchor, absolute: Rect, text: String)
  }

  /// Position and size in EMU from the sheet's top-left corner.
  struct Rect: Hashable {
    var x: Int, y: Int, width: Int, height: Int
  }

  var items: [Item] = []

  /// The part's XML, attributes in a fixed order, so the same drawing gives the same bytes.
  var xml: String {
    var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    out += #"<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">"#
    for (index, item) in items.enumerated() {
      let id = index + 2
      switch item {
      case .shape(let preset, let from, let to, let rect, let text):
        out += anchorStart(from, to)
        out += #"<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="\#(id)" name="Simbol \#(id)"/><xdr:cNvSpPr/></xdr:nvSpPr>"#
        out += "<xdr:spPr>" + xfrm(rect, flipH: false, flipV: false) + #"<a:prstGeom prst="\#(preset)"><a:avLst/></a:prstGeom>"#
        out += #"<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></xdr:spPr>"#
        out += textBody(text ?? "", size: 800)
        out += "</xdr:sp>" + anchorEnd
      case .line(let from, let to, let rect, let flipH, let flipV, let arrow):
        out += anchorStart(from, to)
        out += #"<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="\#(id)" name="Panah \#(id)"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr>"#
        out += "<xdr:spPr>" + xfrm(rect, flipH: flipH, flipV: flipV) + #"<a:prstGeom prst="line"><a:avLst/></a:prstGeom>"#
        out += #"<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>"#
        if arrow { out += #"<a:tailEnd type="triangle" w="med" len="med"/>"# }
        out += "</a:ln></xdr:spPr></xdr:cxnSp>" + anchorEnd
      case .label(let from, let to, let rect, let text):
        out += anchorStart(from, to)
        out += #"<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="\#(id)" name="Label \#(id)"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>"#
        out += "<xdr:spPr>" + xfrm(rect, flipH: false, flipV: false) + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></xdr:spPr>"#
        out += textBody(text, size: Int(FlowLayout.labelSize * 100))
        out += "</xdr:sp>" + anchorEnd
      }
    }
    return out + "</xdr:wsDr>"
  }

  private func anchorStart(_ from: Anchor, _ to: Anchor) -> String {
    "<xdr:twoCellAnchor>" + marker("from", from) + marker("to", to)
  }

  private var anchorEnd: String { "<xdr:clientData/></xdr:twoCellAnchor>" }

  private func marker(_ name: String, _ anchor: Anchor) -> String {
    "<xdr:\(name)><xdr:col>\(anchor.column)</xdr:col><xdr:colOff>\(anchor.columnOffset)</xdr:colOff>"
      + "<xdr:row>\(anchor.row)</xdr:row><xdr:rowOff>\(anchor.rowOffset)</xdr:rowOff></xdr:\(name)>"
  }

  private func xfrm(_ rect: Rect, flipH: Bool, flipV: Bool) -> String {
    var attributes = ""
    if flipH { attributes += #" flipH="1""# }
    if flipV { attributes += #" flipV="1""# }
    return "<a:xfrm\(attributes)><a:off x=\"\(rect.x)\" y=\"\(rect.y)\"/><a:ext cx=\"\(rect.width)\" cy=\"\(rect.height)\"/></a:xfrm>"
  }

  /// A centred text body; each line of `text` is a paragraph.
  private func textBody(_ text: String, size: Int) -> String {
    var out = #"<xdr:txBody><a:bodyPr vertOverflow="overflow" horzOverflow="overflow" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="1"/><a:lstStyle/>"#
    for line in text.components(separatedBy: "\n") {
      out += #"<a:p><a:pPr algn="ctr"/>"#
      if line.isEmpty {
        out += #"<a:endParaRPr lang="id-ID" sz="\#(size)"/>"#
      } else {
        out += #"<a:r><a:rPr lang="id-ID" sz="\#(size)"><a:latin typeface="Arial"/></a:rPr><a:t>\#(XMLEscape.text(line))</a:t></a:r>"#
      }
      out += "</a:p>"
    }
    return out + "</xdr:txBody>"
  }
}

/// Escaping for XML text and attribute values, in one place. Characters XML 1.0 cannot hold at
/// all (control characters other than tab and line breaks) are left out. The result is also safe
/// in HTML element content and double-quoted HTML attributes (`sopkit serve`'s pages).
public enum XMLEscape {
  /// `value` with `&`, `<`, `>` and `"` escaped and the characters XML cannot hold left out.
  public static func text(_ value: String) -> String {
    var out = ""
    for character in value {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, !isAllowed(scalar) { continue }
        out.append(character)
      }
    }
    return out
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
    return value != 0xFFFE && value != 0xFFFF
  }
}
