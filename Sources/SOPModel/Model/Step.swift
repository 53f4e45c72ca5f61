/// One row of the flowchart table: an activity, who does it, its symbol and exits, and its
/// Mutu Baku (sop-ap-format §4, §10).
public struct Step: Hashable, Sendable {
  /// The number in the No column; unique within its flowchart.
  public var nomor: Int
  /// The activity, in active voice without a subject.
  public var kegiatan: String
  /// The Pelaksana column that holds the symbol; one of the flowchart's `pelaksana`.
  public var pelaksana: String?
  /// Other Pelaksana columns that carry out the step at the same time as `pelaksana` ("dilaksanakan
  /// secara simultan"); `pelaksana` keeps the symbol and the arrows.
  public var coActors: [String]
  /// The symbol as given; `nil` means inferred (see ``Flowchart/effectiveShape(of:)``).
  public var shape: Shape?
  /// The exits and their labels.
  public var flow: Flow
  /// Kelengkapan, Waktu and Output.
  public var mutuBaku: MutuBaku
  /// The Keterangan column.
  public var keterangan: String?
  /// Vertically merged cells starting at this step: column → number of steps covered.
  public var spans: [SpanColumn: Int]

  /// Where the flow goes after a step.
  public struct Flow: Hashable, Sendable {
    /// The exit of a process or terminator; `nil` means the next step in the table (END after the last).
    public var next: StepTarget?
    /// The Ya exit of a decision; `nil` means the next step in the table.
    public var ya: StepTarget?
    /// The Tidak exit of a decision.
    public var tidak: StepTarget?
    /// Labels of the two exits when they are not "Ya" and "Tidak".
    public var labels: DecisionLabels?

    public init(next: StepTarget? = nil, ya: StepTarget? = nil, tidak: StepTarget? = nil, labels: DecisionLabels? = nil) {
      self.next = next
      self.ya = ya
      self.tidak = tidak
      self.labels = labels
    }
  }

  /// The labels written on a decision's two exits, such as "Lengkap" / "Tidak lengkap".
  public struct DecisionLabels: Hashable, Sendable {
    public var ya: String
    public var tidak: String

    public init(ya: String, tidak: String) {
      self.ya = ya
      self.tidak = tidak
    }
  }

  /// The three Mutu Baku columns.
  public struct MutuBaku: Hashable, Sendable {
    public var kelengkapan: String?
    public var waktu: Waktu?
    public var output: String?

    public init(kelengkapan: String? = nil, waktu: Waktu? = nil, output: String? = nil) {
      self.kelengkapan = kelengkapan
      self.waktu = waktu
      self.output = output
    }
  }

  /// Columns whose cells may be merged over several steps.
  public enum SpanColumn: String, Hashable, Sendable, CaseIterable {
    case kelengkapan, waktu, output, keterangan
  }

  /// Creates a step.
  public init(
    nomor: Int, kegiatan: String, pelaksana: String? = nil, coActors: [String] = [], shape: Shape? = nil, flow: Flow = Flow(),
    mutuBaku: MutuBaku = MutuBaku(), keterangan: String? = nil, spans: [SpanColumn: Int] = [:]
  ) {
    self.nomor = nomor
    self.kegiatan = kegiatan
    self.pelaksana = pelaksana
    self.coActors = coActors
    self.shape = shape
    self.flow = flow
    self.mutuBaku = mutuBaku
    self.keterangan = keterangan
    self.spans = spans
  }

  /// Every actor of the step: `pelaksana` first, then the co-actors.
  public var actors: [String] { (pelaksana.map { [$0] } ?? []) + coActors }

  /// Whether the step has decision exits written.
  public var hasBranches: Bool { flow.ya != nil || flow.tidak != nil }
}
