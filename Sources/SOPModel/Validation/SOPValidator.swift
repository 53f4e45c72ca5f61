/// Checks SOPs against the rules of sop-ap-format §11 and reports every problem with a stable code.
///
/// Validation knows nothing of file formats: it names each place by its path in the canonical
/// model (`$.sops[0].flowcharts[0].steps[2].ya`) and asks the reader's `locate` function for the
/// line and column, or the sheet cell, that the path came from.
public enum SOPValidator {
  /// Turns a model path into a location in the input file.
  public typealias Locator = (String) -> SourceLocation

  /// Validates every SOP of a file.
  /// - Parameters:
  ///   - file: the content read.
  ///   - locate: maps a model path to a location in the input.
  /// - Returns: the problems found, in the order of the file.
  public static func validate(_ file: SOPFile, locate: @escaping Locator) -> [Diagnostic] {
    var report = ValidationReport(locate: locate)
    if file.sops.isEmpty {
      report.add(.modelNoSOP, "the file holds no SOP", at: JSONPath.member(JSONPath.root, "sops"))
    }
    for (index, sop) in file.sops.enumerated() {
      let path = JSONPath.element(JSONPath.member(JSONPath.root, "sops"), index)
      IdentityRules.check(sop, path: path, into: &report)
      if sop.flowcharts.isEmpty {
        report.add(.modelNoFlowchart, "SOP '\(sop.identity.namaSOP)' has no flowchart table", at: JSONPath.member(path, "flowcharts"))
      }
      for (chartIndex, flowchart) in sop.flowcharts.enumerated() {
        let chartPath = JSONPath.element(JSONPath.member(path, "flowcharts"), chartIndex)
        FlowchartRules.check(flowchart, path: chartPath, into: &report)
      }
    }
    return report.diagnostics
  }
}

/// Collects diagnostics and locates them.
struct ValidationReport {
  let locate: SOPValidator.Locator
  private(set) var diagnostics: [Diagnostic] = []

  init(locate: @escaping SOPValidator.Locator) {
    self.locate = locate
  }

  /// - Parameter arguments: the values of this occurrence, for the catalogue's Indonesian template.
  mutating func add(_ code: DiagnosticCode, _ message: String, at path: String, hint: String? = nil, arguments: [String: String] = [:]) {
    diagnostics.append(Diagnostic(code, message, at: locate(path), hint: hint, arguments: arguments))
  }
}
