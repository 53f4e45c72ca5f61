import Foundation
import SOPModel

/// The kop block of a legacy identity page: its logo picture and its lines (sop-ap-format §13).
/// The logo is carried into the model so a migrated SOP is self-contained; a page without a logo
/// or kop lines is said, not silently printed bare.
enum KopLogo {
  /// The largest logo carried into the SOP (a logo is a few kilobytes; a page scan is not a logo).
  static let largest = 2_000_000

  /// The logo among `pictures`: the topmost, then leftmost, picture with an image part.
  static func choose(_ pictures: [GridShape]) -> GridShape? {
    pictures.filter { $0.kind == .picture && $0.imagePart != nil }
      .min { ($0.from.row, $0.from.column) < ($1.from.row, $1.from.column) }
  }

  /// Sets the logo of `kop` to `picture` unless it has one already.
  static func apply(_ picture: Picture?, to kop: inout Kop) {
    guard let picture, kop.picture == nil, kop.logoFile == nil, kop.logo == .none || kop.logo == .custom else { return }
    kop.picture = picture
    kop.logo = .custom
  }

  /// A warning for each part of the kop the identity page lacks.
  static func check(_ kop: Kop, at location: SourceLocation) -> [Diagnostic] {
    var found: [Diagnostic] = []
    if kop.picture == nil, kop.logoFile == nil, kop.logo == .none {
      found.append(Diagnostic(
        .importNoLogo, "the identity page has no logo picture; it is printed without one",
        at: location, hint: "give the office's logo in the satker config (sopkit --satker), or put it in the kop cell and convert again"))
    }
    if kop.lines.isEmpty {
      found.append(Diagnostic(
        .importNoKop, "the identity page has no kop lines (the office's name above the logo)",
        at: location, hint: "give the kop in the satker config (sopkit --satker), or write it in the identity table's left cell"))
    }
    return found
  }
}
