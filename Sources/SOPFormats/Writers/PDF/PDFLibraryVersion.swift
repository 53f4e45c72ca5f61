import CCairo

/// The versions of cairo and pango the PDF is drawn with, e.g. "cairo 1.16.0, pango 1.50.12".
public enum PDFLibraryVersion {
  /// The versions of the libraries loaded.
  public static var current: String {
    "cairo " + String(cString: cairo_version_string()) + ", pango " + String(cString: pango_version_string())
  }
}
