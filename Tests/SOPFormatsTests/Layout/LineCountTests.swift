@testable import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// ``TextMeasure/lineCount(_:width:size:bold:maximumLines:)`` counts the lines without building
/// them; it must give the count of ``TextMeasure/wrap(_:width:size:bold:maximumLines:)``'s lines
/// for every text, width, size and line limit the writers use, and for the awkward cases.
struct LineCountTests {
  /// Texts of every kind: the generator's (long Indonesian texts, slashes, numbers), and cases
  /// made to break the rules (no spaces, runs of spaces, line breaks, slashes at the ends,
  /// letters outside ASCII and combining marks).
  static let texts: [String] = {
    var texts = [
      "", " ", "\n", "a\n\nb", "Analis/Pelaksana Kepala Seksi/Penyelenggara", "/awal", "akhir/", "a//b/c d/e",
      "Kata  dengan   spasi", String(repeating: "panjangsekalitanpaspasi", count: 6), "Jum’at é ü 𝛼 e\u{301} 👩‍👩‍👧", "baris\r\nkedua a/b\rketiga", "tab\tdi\ttengah",
      "NIP. 19750814 200312 1 003\nPenata Tingkat I (III/d)", String(repeating: "W", count: 200),
    ]
    var generator = SOPGenerator(seed: 19, steps: 30...40, actors: 3...12)
    for _ in 0..<4 {
      let sop = generator.sop()
      for step in sop.flowcharts.flatMap(\.steps) {
        texts += [step.kegiatan, step.mutuBaku.kelengkapan ?? "", step.mutuBaku.output ?? "", step.keterangan ?? ""]
      }
      texts += sop.flowcharts.flatMap(\.pelaksana)
    }
    return texts
  }()

  @Test(arguments: [10.0, 40.0, 75.5, 120.0, 300.0])
  func countsWhatWrapBreaks(_ width: Double) {
    for text in Self.texts {
      for size in [6.0, 9.0, 10.0] {
        for bold in [false, true] {
          for maximumLines in [1, 3, 40, Int.max] {
            let wrapped = text.isEmpty ? 1 : TextMeasure.wrap(text, width: width, size: size, bold: bold, maximumLines: maximumLines).count
            let counted = TextMeasure.lineCount(text, width: width, size: size, bold: bold, maximumLines: maximumLines)
            #expect(counted == wrapped, "\(text.prefix(40)) width \(width) size \(size) bold \(bold) max \(maximumLines)")
          }
        }
      }
    }
  }
}
