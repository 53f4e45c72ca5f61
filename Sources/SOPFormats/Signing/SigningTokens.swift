/// SRIKANDI's `${...}` tokens in a text (sop-ap-format §9.1, §9.3a), and text that looks like one
/// but is broken: `${` without `}`, `{ttd_pengirim}` without `$`, `$ {`, `$ttd_pengirim`.
enum SigningTokens {
  /// The names SRIKANDI fills; a multi-signer template numbers them (`ttd_pengirim2`).
  static let names = ["nomor_naskah", "tanggal_naskah", "jabatan_pengirim", "ttd_pengirim", "nama_pengirim", "nip_pengirim", "sifat", "hal"]

  /// The tokens every signature block of a `srikandi` document holds.
  static let signer = ["${jabatan_pengirim}", "${ttd_pengirim}", "${nama_pengirim}", "${nip_pengirim}"]

  /// The token of the signature itself, which stands in the room.
  static let signature = "${ttd_pengirim}"

  /// A token or a broken one: its text and where it stands, in characters of the scanned text.
  struct Found: Equatable {
    var text: String
    var range: Range<Int>
    /// For a broken one, the token it was probably meant to be (`${…}` when unknown).
    var expected: String?
  }

  /// The well-formed tokens and the broken ones in `text`, in order.
  static func scan(_ text: String) -> (tokens: [Found], broken: [Found]) {
    let chars = Array(text)
    var tokens: [Found] = [], broken: [Found] = []
    var index = 0
    while index < chars.count {
      let char = chars[index]
      if char == "$" {
        var brace = index + 1
        while brace < chars.count, chars[brace] == " " { brace += 1 }
        if brace < chars.count, chars[brace] == "{" {
          guard let close = closingBrace(chars, after: brace) else {
            // `${ttd_pengirim` without its `}`: the name as far as it goes.
            let name = chars[(brace + 1)...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            let end = brace + 1 + name.count
            broken.append(Found(text: String(chars[index..<end]), range: index..<end, expected: guess(String(name))))
            index = end
            continue
          }
          let inner = String(chars[(brace + 1)..<close])
          let found = String(chars[index...close])
          if brace == index + 1, isName(inner) {
            tokens.append(Found(text: found, range: index..<(close + 1)))
          } else {
            broken.append(Found(text: found, range: index..<(close + 1), expected: guess(inner)))
          }
          index = close + 1
          continue
        }
        // `$ttd_pengirim`: a name after the `$` without its braces.
        let rest = String(chars[(index + 1)..<min(chars.count, index + 1 + 24)])
        if let name = names.first(where: { rest.hasPrefix($0) }) {
          let end = index + 1 + name.count
          broken.append(Found(text: String(chars[index..<end]), range: index..<end, expected: "${\(name)}"))
          index = end
          continue
        }
      } else if char == "{", let close = closingBrace(chars, after: index) {
        // `{ttd_pengirim}`: a known name in braces without the `$`.
        let inner = String(chars[(index + 1)..<close])
        if let expected = guess(inner), expected != "${…}" {
          broken.append(Found(text: String(chars[index...close]), range: index..<(close + 1), expected: expected))
          index = close + 1
          continue
        }
      }
      index += 1
    }
    return (tokens, broken)
  }

  /// The `}` closing the `{` at `open`, looked for within a token's length, before another brace.
  private static func closingBrace(_ chars: [Character], after open: Int) -> Int? {
    var index = open + 1
    while index < chars.count, index <= open + 40 {
      switch chars[index] {
      case "}": return index
      case "{", "$", "\n": return nil
      default: index += 1
      }
    }
    return nil
  }

  /// Whether `inner` is a name SRIKANDI fills, with or without a signer number.
  static func isName(_ inner: String) -> Bool {
    let base = inner.prefix { !$0.isNumber }
    return names.contains(String(base)) && inner.dropFirst(base.count).allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// The token `inner` was probably meant to be: spaces and case put right, else `${…}`.
  private static func guess(_ inner: String) -> String? {
    let cleaned = inner.lowercased().filter { !$0.isWhitespace }
    return isName(cleaned) ? "${\(cleaned)}" : "${…}"
  }
}
