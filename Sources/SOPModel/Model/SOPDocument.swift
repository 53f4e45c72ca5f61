/// One SOP: its identity page and its flowchart tables. The unit every reader produces and every
/// writer consumes.
public struct SOPDocument: Hashable, Sendable {
  public var identity: Identity
  public var flowcharts: [Flowchart]
  /// What must be checked before a draft can be signed (empty for a complete SOP). Set by the
  /// conversion pipeline from the diagnostics of this run; written to and read from the JSON.
  public var review: [ReviewItem]

  /// Creates an SOP.
  public init(identity: Identity, flowcharts: [Flowchart] = [], review: [ReviewItem] = []) {
    self.identity = identity
    self.flowcharts = flowcharts
    self.review = review
  }

  /// Whether the SOP is a draft: read, with errors still to fix.
  public var isDraft: Bool { review.contains { $0.severity == .error } }
}

/// The content of one file: one or more SOPs.
public struct SOPFile: Hashable, Sendable {
  public var sops: [SOPDocument]

  /// Creates a file's content.
  public init(sops: [SOPDocument]) {
    self.sops = sops
  }
}
