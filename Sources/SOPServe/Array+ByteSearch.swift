extension Array where Element == UInt8 {
  /// The first place `needle` occurs at or after `start`.
  func firstRange(of needle: [UInt8], from start: Int) -> Range<Int>? {
    guard let first = needle.first, needle.count <= count else { return nil }
    var index = start
    let last = count - needle.count
    while index <= last {
      if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) {
        return index..<(index + needle.count)
      }
      index += 1
    }
    return nil
  }

  /// Whether the ASCII text `text` occurs at `index`.
  func hasBytes(_ text: String, at index: Int) -> Bool {
    let bytes = Array(text.utf8)
    return index + bytes.count <= count && self[index..<(index + bytes.count)].elementsEqual(bytes)
  }
}
