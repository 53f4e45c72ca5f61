import SOPModel

/// Turns the diagnostics of one input into each SOP's review list.
///
/// A diagnostic whose model path names an SOP (`$.sops[2]…`) belongs to that SOP; one that names
/// none (a table that could not be read, a damaged part) concerns the whole input and is on every
/// SOP's list, since nobody can tell which SOP lost what. Every error is listed, and the warnings
/// that point at a place in the SOP (a field to check); warnings about the file as a whole (no
/// logo, a shape that could not be read) and notes stay in the diagnostics, so the list holds
/// what a person must fix, each once.
enum ReviewList {
  /// The review list of each of `sopCount` SOPs; empty for an SOP without errors (it is complete).
  static func lists(_ diagnostics: [Diagnostic], sopCount: Int) -> [[ReviewItem]] {
    var lists = Array(repeating: [ReviewItem](), count: sopCount)
    for diagnostic in diagnostics where diagnostic.severity != .note {
      let index = sopIndex(of: diagnostic.location?.path)
      guard diagnostic.severity == .error || index != nil else { continue }
      let item = item(diagnostic)
      if let index, index < sopCount {
        lists[index].append(item)
      } else {
        for index in lists.indices { lists[index].append(item) }
      }
    }
    return lists.map { list in list.contains { $0.severity == .error } ? list : [] }
  }

  /// The SOP a model path names: 2 for `$.sops[2].nama_sop`.
  static func sopIndex(of path: String?) -> Int? {
    guard let path, path.hasPrefix("$.sops[") else { return nil }
    let digits = path.dropFirst("$.sops[".count).prefix { $0.isNumber }
    return Int(digits)
  }

  /// The item of one diagnostic: its Indonesian texts from the catalogue, the English message.
  static func item(_ diagnostic: Diagnostic) -> ReviewItem {
    ReviewItem(
      code: diagnostic.code.id, severity: diagnostic.severity, message: diagnostic.message(in: .id),
      messageEnglish: diagnostic.message + (diagnostic.hint.map { " (" + $0 + ")" } ?? ""),
      hint: diagnostic.hint(in: .id), place: diagnostic.location?.indonesianDescription ?? "seluruh berkas",
      path: diagnostic.location?.path)
  }
}
