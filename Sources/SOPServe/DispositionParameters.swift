import Foundation

/// The `key="value"` parameters of a Content-Disposition value (quoted or bare values; `;`
/// inside quotes kept).
struct DispositionParameters {
  private var values: [String: String] = [:]

  init(_ text: String) {
    var index = text.startIndex
    while index < text.endIndex {
      guard let equals = text[index...].firstIndex(of: "=") else { break }
      let key = text[index..<equals].split(separator: ";").last.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
      var cursor = text.index(after: equals)
      var value = ""
      if cursor < text.endIndex, text[cursor] == "\"" {
        cursor = text.index(after: cursor)
        while cursor < text.endIndex, text[cursor] != "\"" {
          if text[cursor] == "\\", text.index(after: cursor) < text.endIndex { cursor = text.index(after: cursor) }
          value.append(text[cursor])
          cursor = text.index(after: cursor)
        }
        if cursor < text.endIndex { cursor = text.index(after: cursor) }
      } else {
        let end = text[cursor...].firstIndex(of: ";") ?? text.endIndex
        value = text[cursor..<end].trimmingCharacters(in: .whitespaces)
        cursor = end
      }
      if !key.isEmpty, values[key] == nil { values[key] = value }
      index = cursor
    }
  }

  subscript(key: String) -> String? { values[key] }
}
