import Foundation
import SOPModel

/// Several outputs of one conversion as one zip file, for a channel that carries one file (a
/// download from `serve`): each named as a batch would name it (``RenderedOutput/fileName(stem:)``).
public enum OutputBundle {
  /// The zip of `outputs`, each named from `stem`, in order, with a fixed date (same bytes each time).
  public static func zip(_ outputs: [RenderedOutput], stem: String) throws(ConversionError) -> [UInt8] {
    try PackageWriter.zip(outputs.map { ($0.fileName(stem: stem), Data($0.bytes)) }, what: "zip of the outputs")
  }
}
