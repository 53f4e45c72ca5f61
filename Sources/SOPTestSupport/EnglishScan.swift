import Foundation

/// Finds English in text meant to be Indonesian: the English function words left once the things
/// that are the same in both languages are removed (file paths, diagnostic codes in brackets,
/// quoted values from the user's file, option names).
public enum EnglishScan {
  /// Words no Indonesian sentence uses.
  public static let functionWords: Set<String> = [
    "the", "is", "are", "was", "were", "has", "have", "had", "which", "cannot", "does", "doesn't", "should", "with",
    "from", "into", "of", "and", "or", "not", "this", "that", "these", "those", "its", "be", "been", "an", "for",
    "to", "in", "on", "at", "by", "it", "no", "than", "there", "their", "what", "when", "where", "because", "only",
  ]

  /// The English function words in `text`, each with the line it is on.
  public static func englishWords(in text: String) -> [(word: String, line: String)] {
    var found: [(String, String)] = []
    for line in text.split(separator: "\n") {
      var cleaned = String(line)
      // Quoted values come from the user's file; [codes], paths and options are the same in both languages.
      for pattern in ["'[^']*'", "\"[^\"]*\"", "\\[[a-z0-9.\\-]+\\]", "[^\\s]*[/$][^\\s]*", "[^\\s]+\\.(json|csv|xlsx|docx|doc|xml|svg|html|txt|tsv)\\b", "--?[a-z][a-z-]*"] {
        cleaned = cleaned.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
      }
      // "No" is the step-number column of the SOP form, an Indonesian term.
      for word in cleaned.split(whereSeparator: { !$0.isLetter && $0 != "'" }) where word != "No" {
        if functionWords.contains(word.lowercased()) { found.append((String(word), String(line))) }
      }
    }
    return found
  }
}
