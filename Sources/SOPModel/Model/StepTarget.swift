/// Where an exit of a step leads: another step, by number, or the end of the procedure.
public enum StepTarget: Hashable, Sendable, CustomStringConvertible {
  case step(Int)
  case end

  public var description: String {
    switch self {
    case .step(let number): return "step \(number)"
    case .end: return "END"
    }
  }
}
