import Foundation
import SOPModel

/// A flowchart drawn as one picture (a PNG laid over the actor columns, a picture in a merged cell,
/// an Excel 365 picture in a cell): the steps' text, Waktu and Output are in the table, but which
/// Pelaksana does each step is only in the picture (sop-ap-format §13). Said once per flowchart,
/// instead of once per step.
enum PictureFlowchart {
  /// Adds one `import.flowchart-picture` error for each flowchart of `sop` (at `sopPath`) whose
  /// steps all lack an actor while the sheet or table holds a picture.
  static func check(_ sop: SOPDocument, sopPath: String, pictures: [GridShape], location: (Int) -> SourceLocation?, diagnostics: inout [Diagnostic]) {
    guard pictures.contains(where: { $0.kind == .picture }) else { return }
    for (index, flowchart) in sop.flowcharts.enumerated() {
      guard !flowchart.steps.isEmpty, !flowchart.pelaksana.isEmpty, flowchart.steps.allSatisfy({ $0.pelaksana == nil }) else { continue }
      let name = flowchart.judul ?? (sop.identity.namaSOP.isEmpty ? nil : sop.identity.namaSOP)
      var at = location(index) ?? SourceLocation(file: "")
      at.path = JSONPath.element(JSONPath.member(sopPath, "flowcharts"), index)
      diagnostics.append(Diagnostic(
        .importFlowchartPicture,
        "the flowchart\(name.map { " of '\($0)'" } ?? "") is a picture: its \(flowchart.steps.count) steps are read with their text, Waktu and Output, but not which Pelaksana does each",
        at: at, hint: "mark each step's actor in its Pelaksana column (✓ or a symbol), or draw the flowchart with shapes; then convert again"))
    }
  }

  /// Whether `diagnostic`, made by validation, only repeats for one step what a flowchart-picture
  /// error in `reported` already says for its whole flowchart.
  static func isCovered(_ diagnostic: Diagnostic, by reported: [Diagnostic]) -> Bool {
    guard diagnostic.code == .modelMissingActor, let path = diagnostic.location?.path else { return false }
    return reported.contains { $0.code == .importFlowchartPicture && $0.location?.path.map { path.hasPrefix($0 + ".") } == true }
  }
}
