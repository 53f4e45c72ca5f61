import CCairo
import Foundation
import SOPModel

/// A PDF document in memory, drawn with cairo: pages of one paper size, lines and shapes in
/// points from the page's top left corner, and text set by ``PDFText``.
///
/// The bytes are the same for the same drawing: the creation and modification dates are fixed
/// (cairo would write the time of the run), and cairo names font subsets from their glyphs.
/// Not `Sendable`: it owns cairo objects; each document is drawn inside one function.
final class PDFCanvas {
  /// Where cairo writes the document.
  private final class Sink {
    var bytes: [UInt8] = []
  }

  /// The fixed date of every document: 2000-01-01, as the workbook's.
  static let fixedDate = "2000-01-01T00:00:00Z"

  private let sink = Sink()
  private let surface: OpaquePointer
  /// The drawing context of the current page.
  let context: OpaquePointer
  /// The text of the pages.
  let text: PDFText

  /// A document of pages `width` × `height` points, with `title` in its metadata.
  init(width: Double, height: Double, title: String) {
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
      guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
      Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
      return CAIRO_STATUS_SUCCESS
    }, closure, width, height)
    cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "sopkit")
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, Self.fixedDate)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, Self.fixedDate)
    context = cairo_create(surface)
    text = PDFText(context)
    cairo_set_line_join(context, CAIRO_LINE_JOIN_MITER)
  }

  deinit {
    cairo_destroy(context)
    cairo_surface_destroy(surface)
  }

  /// Ends the current page and starts the next.
  func nextPage() { cairo_show_page(context) }

  /// Ends the document and returns its bytes.
  /// - Throws: `output` when cairo reports an error (out of memory, a font it could not embed).
  func finish() throws(ConversionError) -> [UInt8] {
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      let reason = String(cString: cairo_status_to_string(status))
      throw ConversionError(.output, Diagnostic(.internalFailure, "cairo could not write the PDF: \(reason)", at: SourceLocation(file: "sopkit")))
    }
    return sink.bytes
  }

  // MARK: Drawing

  /// Sets the colour of what is drawn next, from a hex `RRGGBB`.
  func color(_ hex: String) {
    let value = Int(hex, radix: 16) ?? 0
    cairo_set_source_rgb(context, Double(value >> 16 & 0xFF) / 255, Double(value >> 8 & 0xFF) / 255, Double(value & 0xFF) / 255)
  }

  /// A box: its left, top, right and bottom edges.
  typealias Box = (left: Double, top: Double, right: Double, bottom: Double)

  /// The outlines of `boxes` (a table's cells), as the lines they make: the edges that lie on one
  /// line and touch or overlap are drawn as one segment, so a border two cells share is drawn once
  /// and a page's grid is a few dozen lines rather than hundreds of rectangles. Square ends close
  /// the corners as the rectangles' own joins would.
  func strokeGrid(_ boxes: [Box], width: Double) {
    // Horizontal edges by their y, vertical ones by their x: (position, from, to).
    let horizontal = boxes.flatMap { [($0.top, $0.left, $0.right), ($0.bottom, $0.left, $0.right)] }
    let vertical = boxes.flatMap { [($0.left, $0.top, $0.bottom), ($0.right, $0.top, $0.bottom)] }
    for (edges, across) in [(horizontal, true), (vertical, false)] {
      for segment in Self.merged(edges) {
        if across {
          cairo_move_to(context, segment.from, segment.position)
          cairo_line_to(context, segment.to, segment.position)
        } else {
          cairo_move_to(context, segment.position, segment.from)
          cairo_line_to(context, segment.position, segment.to)
        }
      }
    }
    cairo_set_line_cap(context, CAIRO_LINE_CAP_SQUARE)
    stroke(width)
    cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
  }

  /// Edges on one line (the same position to a thousandth of a point) that touch or overlap,
  /// joined.
  static func merged(_ edges: [(Double, Double, Double)]) -> [(position: Double, from: Double, to: Double)] {
    let tolerance = 0.001
    let keyed = edges.map { (key: Int(($0.0 / tolerance).rounded()), edge: $0) }.sorted { ($0.key, $0.edge.1) < ($1.key, $1.edge.1) }
    var segments: [(position: Double, from: Double, to: Double)] = []
    var lastKey: Int?
    for (key, edge) in keyed {
      if key == lastKey, let last = segments.last, edge.1 <= last.to + tolerance {
        segments[segments.count - 1].to = max(last.to, edge.2)
      } else {
        segments.append((edge.0, edge.1, edge.2))
      }
      lastKey = key
    }
    return segments
  }

  /// A closed polygon through `points`, filled white and outlined in black.
  func polygon(_ points: [(Double, Double)], width: Double) {
    guard let first = points.first else { return }
    cairo_move_to(context, first.0, first.1)
    for point in points.dropFirst() { cairo_line_to(context, point.0, point.1) }
    cairo_close_path(context)
    fillWhiteAndStroke(width)
  }

  /// A box whose corners are quarter ellipses of `radiusX` × `radiusY` (a capsule when they take
  /// the whole height), filled white and outlined in black.
  func roundedBox(left: Double, top: Double, right: Double, bottom: Double, radiusX: Double, radiusY: Double, width: Double) {
    let corners: [(x: Double, y: Double, from: Double)] = [
      (right - radiusX, top + radiusY, -Double.pi / 2), (right - radiusX, bottom - radiusY, 0),
      (left + radiusX, bottom - radiusY, Double.pi / 2), (left + radiusX, top + radiusY, Double.pi),
    ]
    cairo_new_path(context)
    for corner in corners {
      cairo_save(context)
      cairo_translate(context, corner.x, corner.y)
      cairo_scale(context, max(radiusX, 0.01), max(radiusY, 0.01))
      cairo_arc(context, 0, 0, 1, corner.from, corner.from + Double.pi / 2)
      cairo_restore(context)
    }
    cairo_close_path(context)
    fillWhiteAndStroke(width)
  }

  /// Lines through each list of `points`, stroked together; each with a head gets a filled
  /// triangle `headSize` long whose tip is its last point, pointing along its last segment.
  func polylines(_ lines: [(points: [(Double, Double)], head: Bool)], width: Double, headSize: Double) {
    for line in lines {
      guard let first = line.points.first, line.points.count > 1 else { continue }
      cairo_move_to(context, first.0, first.1)
      for point in line.points.dropFirst() { cairo_line_to(context, point.0, point.1) }
    }
    stroke(width)
    for line in lines where line.head && line.points.count > 1 {
      let tip = line.points[line.points.count - 1], before = line.points[line.points.count - 2]
      let length = ((tip.0 - before.0) * (tip.0 - before.0) + (tip.1 - before.1) * (tip.1 - before.1)).squareRoot()
      guard length > 0 else { continue }
      let dx = (tip.0 - before.0) / length, dy = (tip.1 - before.1) / length
      let baseX = tip.0 - dx * headSize, baseY = tip.1 - dy * headSize
      cairo_move_to(context, tip.0, tip.1)
      cairo_line_to(context, baseX - dy * headSize / 2, baseY + dx * headSize / 2)
      cairo_line_to(context, baseX + dy * headSize / 2, baseY - dx * headSize / 2)
      cairo_close_path(context)
    }
    cairo_fill(context)
  }

  /// Draws a PNG or JPEG picture `pixels` wide and high into the box at `left`, `top`, `width`
  /// points wide (its height keeps the picture's proportions). A JPEG is embedded as it is; a
  /// PNG cairo cannot decode is left out.
  func image(_ bytes: [UInt8], pixels: (width: Int, height: Int), left: Double, top: Double, width: Double) {
    let picture: OpaquePointer?
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
      var reader = (bytes: bytes, offset: 0)
      picture = withUnsafeMutablePointer(to: &reader) { state in
        cairo_image_surface_create_from_png_stream({ closure, data, length in
          guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
          let state = closure.assumingMemoryBound(to: (bytes: [UInt8], offset: Int).self)
          let count = Int(length)
          guard state.pointee.offset + count <= state.pointee.bytes.count else { return CAIRO_STATUS_READ_ERROR }
          state.pointee.bytes.withUnsafeBufferPointer { buffer in
            data.update(from: buffer.baseAddress! + state.pointee.offset, count: count)
          }
          state.pointee.offset += count
          return CAIRO_STATUS_SUCCESS
        }, state)
      }
    } else {
      // cairo embeds JPEG data attached to a surface of the picture's size without decoding it.
      let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixels.width), Int32(pixels.height))
      let copy = malloc(bytes.count)!
      bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
      cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self), UInt(bytes.count), free, copy)
      picture = surface
    }
    guard let picture else { return }
    defer { cairo_surface_destroy(picture) }
    guard cairo_surface_status(picture) == CAIRO_STATUS_SUCCESS, pixels.width > 0 else { return }
    let scale = width / Double(pixels.width)
    cairo_save(context)
    cairo_translate(context, left, top)
    cairo_scale(context, scale, scale)
    cairo_set_source_surface(context, picture, 0, 0)
    cairo_paint(context)
    cairo_restore(context)
  }

  /// Draws everything `body` draws scaled by `factor` about the point `x`, `y`.
  func scaled(_ factor: Double, about x: Double, _ y: Double, _ body: () -> Void) {
    cairo_save(context)
    cairo_translate(context, x, y)
    cairo_scale(context, factor, factor)
    cairo_translate(context, -x, -y)
    body()
    cairo_restore(context)
  }

  private func stroke(_ width: Double) {
    cairo_set_line_width(context, width)
    cairo_stroke(context)
  }

  private func fillWhiteAndStroke(_ width: Double) {
    color("FFFFFF")
    cairo_fill_preserve(context)
    color("000000")
    stroke(width)
  }
}
