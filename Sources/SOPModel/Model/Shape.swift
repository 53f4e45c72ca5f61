/// The flowchart symbol of a step (sop-ap-format §5.2).
///
/// Only three symbols carry content: the capsule, the rectangle and the diamond. Arrows are the
/// step's exits and off-page connectors are layout, so neither is a shape here. A symbol name
/// outside the official set is kept as read (`other`) and reported by validation.
public enum Shape: Hashable, Sendable {
  /// Capsule: start (mulai) or end (selesai).
  case terminator
  /// Rectangle: an activity.
  case process
  /// Diamond: a decision with exits Ya and Tidak.
  case decision
  /// A symbol outside the five official ones, by the name it was read with ("document").
  case other(String)

  /// Creates a shape from its canonical name.
  public init(name: String) {
    switch name {
    case "terminator": self = .terminator
    case "process": self = .process
    case "decision": self = .decision
    default: self = .other(name)
    }
  }

  /// The canonical name: "terminator", "process", "decision", or the name read.
  public var name: String {
    switch self {
    case .terminator: return "terminator"
    case .process: return "process"
    case .decision: return "decision"
    case .other(let name): return name
    }
  }

  /// Whether the symbol is one of the official ones.
  public var isOfficial: Bool {
    if case .other = self { return false }
    return true
  }
}
