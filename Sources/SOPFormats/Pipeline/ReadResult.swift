import SOPModel

/// What a reader returns: the content, the problems found while reading, and a way to turn model
/// paths into locations in the input, for the diagnostics that validation adds later.
public struct ReadResult: Sendable {
  /// The content, or `nil` when the input could not be understood at all.
  public var file: SOPFile?
  /// Problems found while reading.
  public var diagnostics: [Diagnostic]
  /// Maps a model path (`$.sops[0].nama_sop`) to a location in the input.
  public var locate: @Sendable (String) -> SourceLocation

  /// Creates a result.
  public init(file: SOPFile?, diagnostics: [Diagnostic], locate: @escaping @Sendable (String) -> SourceLocation) {
    self.file = file
    self.diagnostics = diagnostics
    self.locate = locate
  }
}
