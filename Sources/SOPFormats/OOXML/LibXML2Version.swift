import CLibXML2

/// The version of libxml2 sopkit was built against, e.g. "2.9.14".
public enum LibXML2Version {
  /// The version from the library's header.
  public static let current = LIBXML_DOTTED_VERSION
}
