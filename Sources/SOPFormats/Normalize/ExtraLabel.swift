/// How writers keep an extra field apart from the form's own fields.
///
/// An extra field labelled like a field of the form ("Nomor", "Keterangan") would be read back as
/// that field, so writers put a prefix before such a label and readers take it off.
enum ExtraLabel {
  static let prefix = "Tambahan: "

  /// The label to write for an extra field.
  static func written(_ label: String) -> String {
    let clashes = IdentityField.labels.match(label) != nil || StepsHeader.matcher.match(label) != nil
      || TableColumn.matcher.match(label) != nil || FlowchartLabel.matcher.match(label) != nil
      || label.lowercased().hasPrefix(prefix.lowercased())
    return clashes ? prefix + label : label
  }
}
