/// Writes ``JSONValue`` in the canonical layout: two-space indentation, members in the order
/// given, UTF-8 without escapes except where JSON requires them, and a final newline.
///
/// An object or list whose members are all plain values (no nested object or list) is written on
/// one line when that line stays within ``lineLimit`` characters, so a `waktu` or a date reads as
/// one unit; everything else is written one member per line. The layout depends only on the
/// value, so the same value always gives the same bytes.
public enum JSONWriter {
  /// The longest line that an inline object or list may make.
  public static let lineLimit = 100

  /// The canonical text of `value`, ending with a newline.
  public static func write(_ value: JSONValue) -> String {
    var output = ""
    write(value, indent: 0, prefixWidth: 0, into: &output)
    output += "\n"
    return output
  }

  /// The canonical text of `value` as it appears nested in a larger document: its first line
  /// after `prefixWidth` characters (a member's key) at `indent` spaces, the others indented to
  /// match; no final newline. Lets a large document be written piece by piece.
  public static func write(_ value: JSONValue, indent: Int, prefixWidth: Int = 0) -> String {
    var output = ""
    write(value, indent: indent, prefixWidth: prefixWidth, into: &output)
    return output
  }

  private static func write(_ value: JSONValue, indent: Int, prefixWidth: Int, into output: inout String) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let number): output += formatNumber(number)
    case .string(let text): writeString(text, into: &output)
    case .array(let elements):
      if elements.isEmpty {
        output += "[]"
      } else if let inline = inlineText(value), indent + prefixWidth + inline.count <= lineLimit {
        output += inline
      } else {
        output += "[\n"
        for (offset, element) in elements.enumerated() {
          output += String(repeating: " ", count: indent + 2)
          write(element, indent: indent + 2, prefixWidth: 0, into: &output)
          output += offset == elements.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: " ", count: indent) + "]"
      }
    case .object(let members):
      if members.isEmpty {
        output += "{}"
      } else if let inline = inlineText(value), indent + prefixWidth + inline.count <= lineLimit {
        output += inline
      } else {
        output += "{\n"
        for (offset, member) in members.enumerated() {
          output += String(repeating: " ", count: indent + 2)
          var key = ""
          writeString(member.key, into: &key)
          key += ": "
          output += key
          write(member.value, indent: indent + 2, prefixWidth: key.count, into: &output)
          output += offset == members.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: " ", count: indent) + "}"
      }
    }
  }

  /// The one-line form of a container whose members are all plain values, else `nil`.
  private static func inlineText(_ value: JSONValue) -> String? {
    var output = ""
    switch value {
    case .array(let elements):
      guard elements.allSatisfy(\.isScalar) else { return nil }
      output += "["
      for (offset, element) in elements.enumerated() {
        if offset > 0 { output += ", " }
        write(element, indent: 0, prefixWidth: 0, into: &output)
      }
      output += "]"
    case .object(let members):
      guard members.allSatisfy({ $0.value.isScalar }) else { return nil }
      output += "{"
      for (offset, member) in members.enumerated() {
        if offset > 0 { output += ", " }
        writeString(member.key, into: &output)
        output += ": "
        write(member.value, indent: 0, prefixWidth: 0, into: &output)
      }
      output += "}"
    default:
      return nil
    }
    return output.contains("\n") ? nil : output
  }

  /// Whole numbers without a decimal point; others in Swift's shortest round-trip form.
  static func formatNumber(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 {
      return String(Int64(number))
    }
    return "\(number)"
  }

  private static func writeString(_ text: String, into output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}

extension JSONValue {
  /// Whether the value is neither an object nor a list.
  var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }
}
