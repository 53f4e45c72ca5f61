import SOPModel
import Testing

private func parse(_ text: String) throws(JSONSyntaxError) -> (JSONValue, JSONSourceMap) {
  try JSONParser.parse(Array(text.utf8))
}

/// A broken JSON text and where the parser must point.
struct BrokenJSON: CustomStringConvertible, Sendable {
  let text: String
  let code: String
  let line: Int
  let column: Int
  var description: String { text.debugDescription }
}

private let brokenJSON: [BrokenJSON] = [
  BrokenJSON(text: "{\"a\": 1,}", code: "json.syntax", line: 1, column: 9),
  BrokenJSON(text: "{\n  \"a\": 1\n  \"b\": 2\n}", code: "json.syntax", line: 3, column: 3),
  BrokenJSON(text: "{\"a\": 1, \"a\": 2}", code: "json.duplicate-key", line: 1, column: 10),
  BrokenJSON(text: "[01]", code: "json.syntax", line: 1, column: 2),
  BrokenJSON(text: "\"tab\there\"", code: "json.syntax", line: 1, column: 5),
  BrokenJSON(text: "", code: "json.syntax", line: 1, column: 1),
  BrokenJSON(text: "{} x", code: "json.syntax", line: 1, column: 4),
  BrokenJSON(text: String(repeating: "[", count: 65) + String(repeating: "]", count: 65), code: "json.too-deep", line: 1, column: 65),
]

@Test("Broken JSON is refused with a code and the line and column of the fault", arguments: brokenJSON)
func jsonErrors(_ broken: BrokenJSON) {
  do {
    _ = try parse(broken.text)
    Issue.record("parsed \(broken.text)")
  } catch {
    #expect(error.code.id == broken.code)
    #expect(error.position == JSONPosition(line: broken.line, column: broken.column), "\(error.message)")
    #expect(!error.message.isEmpty)
  }
}

@Test("The parser keeps key order, reads escapes and numbers, skips a BOM and maps paths to positions")
func jsonParses() throws {
  let text = "\u{FEFF}{\n  \"z\": [1, 2.5, -3e2],\n  \"a\": \"\\u00e9\\n\\ud83d\\ude00\",\n  \"m\": {\"t\": true, \"n\": null}\n}"
  let (value, map) = try parse(text)
  guard case .object(let members) = value else {
    Issue.record("not an object")
    return
  }
  #expect(members.map(\.key) == ["z", "a", "m"])
  #expect(value["z"] == .array([.number(1), .number(2.5), .number(-300)]))
  #expect(value["a"] == .string("é\n😀"))
  #expect(value["m"]?["n"] == .null)
  #expect(map.position(of: "$.z[1]") == JSONPosition(line: 2, column: 12))
  // A member points at its key, where an editor shows the problem best.
  #expect(map.position(of: "$.m.t") == JSONPosition(line: 4, column: 9))
}

@Test("The writer is canonical: two-space indent, short scalar arrays inline, integers without .0, a final newline")
func jsonWrites() {
  let value = JSONValue.object([
    (key: "format", value: .string("sopkit")),
    (key: "version", value: .number(1)),
    (key: "ratio", value: .number(1.5)),
    (key: "list", value: .array([.string("a"), .string("b")])),
    (key: "empty", value: .object([])),
    (key: "nested", value: .object([(key: "q", value: .string("\"quoted\"\n"))])),
  ])
  let expected = """
    {
      "format": "sopkit",
      "version": 1,
      "ratio": 1.5,
      "list": ["a", "b"],
      "empty": {},
      "nested": {"q": "\\"quoted\\"\\n"}
    }

    """
  #expect(JSONWriter.write(value) == expected)
}

@Test("Writing what was parsed gives the same value back", arguments: [
  "{\"a\": [1, 2, {\"b\": null}], \"c\": \"ü / \\\\ \\u0001\"}",
  "[\"" + String(repeating: "panjang ", count: 30) + "\", 3]",
  "{\"deep\": {\"deeper\": {\"deepest\": [true, false]}}}",
])
func jsonRoundTrip(_ text: String) throws {
  let (value, _) = try parse(text)
  let written = JSONWriter.write(value)
  let (again, _) = try parse(written)
  #expect(again == value)
  #expect(JSONWriter.write(again) == written)
  // Only a single long scalar may pass the line limit; containers break instead.
  for line in written.split(separator: "\n") where line.count > JSONWriter.lineLimit {
    #expect(!line.contains("[") && !line.contains("{"), "\(line)")
  }
}

@Test("Did-you-mean suggestions come from the edit distance")
func editDistance() {
  #expect(EditDistance.between("kegiatan", "kegiatan") == 0)
  #expect(EditDistance.between("kegaitan", "kegiatan") == 2)
  #expect(EditDistance.between("", "abc") == 3)
  #expect(EditDistance.closest(to: "pelaksan", in: ["pelaksana", "kegiatan"]) == "pelaksana")
  #expect(EditDistance.closest(to: "zzz", in: ["pelaksana", "kegiatan"]) == nil)
  // The bounded form agrees with the full one within its limit and gives up beyond it.
  for (a, b) in [("kegaitan", "kegiatan"), ("pelaksan", "pelaksana"), ("waktu", "output"), ("dasar hukum", "dasar hukm"), ("", "ab")] {
    let full = EditDistance.between(a, b)
    for limit in 0...3 {
      #expect(EditDistance.within(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit) == (full <= limit ? full : nil), "\(a) / \(b) within \(limit)")
    }
  }
}
