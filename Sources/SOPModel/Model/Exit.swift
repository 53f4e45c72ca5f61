/// Which way out of a step an exit is: the one exit of a process or terminator, or one of a
/// decision's two (sop-ap-format §5.3). Writers and readers compare these, never the words
/// written on the arrows ("Ya", "Lengkap", "Tidak sesuai"), which a decision may rename.
public enum Exit: String, Hashable, Sendable, CaseIterable {
  /// The exit of a process or terminator ("Lanjut ke").
  case next
  /// A decision's yes exit.
  case ya
  /// A decision's no exit.
  case tidak
}
