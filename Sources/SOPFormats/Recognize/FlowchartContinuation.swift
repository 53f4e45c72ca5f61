import SOPModel

extension Flowchart {
  /// Whether `next` continues this flowchart: a table cut at a page break or a sheet that goes on
  /// ("Lanjutan"), its numbers going on from this one's last step, with the same actors.
  func isContinued(by next: Flowchart) -> Bool {
    guard let last = steps.last, let first = next.steps.first else { return false }
    return first.nomor == last.nomor + 1 && next.pelaksana == pelaksana
  }
}
