import CXlsxWriter

/// The version of libxlsxwriter sopkit was built against, e.g. "1.1.4".
public enum XlsxWriterVersion {
  /// The version from the library's header.
  public static let current = LXW_VERSION
}
