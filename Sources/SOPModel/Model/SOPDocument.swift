/// One SOP: its identity page and its flowchart tables. The unit every reader produces and every
/// writer consumes.
public struct SOPDocument: Hashable, Sendable {
  public var identity: Identity
  public var flowcharts: [Flowchart]

  /// Creates an SOP.
  public init(identity: Identity, flowcharts: [Flowchart] = []) {
    self.identity = identity
    self.flowcharts = flowcharts
  }
}

/// The content of one file: one or more SOPs.
public struct SOPFile: Hashable, Sendable {
  public var sops: [SOPDocument]

  /// Creates a file's content.
  public init(sops: [SOPDocument]) {
    self.sops = sops
  }
}
