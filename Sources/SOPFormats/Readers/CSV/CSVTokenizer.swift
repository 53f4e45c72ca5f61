/// An RFC 4180 tokenizer that accepts what spreadsheets really write: CRLF, LF or CR line ends;
/// quotes doubled inside quoted fields; line breaks inside quoted fields; a stray quote inside an
/// unquoted field kept as text.
enum CSVTokenizer {
  struct UnclosedQuote: Error {
    /// The line where the quoted field starts.
    var line: Int
    /// The field number (1-based) of that field.
    var field: Int
  }

  static func records(_ text: String, delimiter: Character) throws(UnclosedQuote) -> [GridRow] {
    var strayQuotes = 0
    return try records(text, delimiter: delimiter, strayQuotes: &strayQuotes)
  }

  /// Tokenizes, counting quotes met inside unquoted fields in `strayQuotes`.
  static func records(_ text: String, delimiter: Character, strayQuotes: inout Int) throws(UnclosedQuote) -> [GridRow] {
    var records: [GridRow] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quoteStart = (line: 1, field: 1)
    var fieldWasQuoted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil

    func next() -> Unicode.Scalar? {
      if let scalar = pending {
        pending = nil
        return scalar
      }
      return iterator.next()
    }

    let delimiterScalar = delimiter.unicodeScalars.first!
    while let scalar = next() {
      if inQuotes {
        if scalar == "\"" {
          let following = next()
          if following == "\"" {
            field.unicodeScalars.append("\"")
          } else {
            inQuotes = false
            pending = following
          }
        } else {
          if scalar == "\r" {
            // A CRLF inside a quoted field is one line break, kept as "\n".
            let following = next()
            if following != "\n" { pending = following }
            field.unicodeScalars.append("\n")
            line += 1
          } else {
            if scalar == "\n" { line += 1 }
            field.unicodeScalars.append(scalar)
          }
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty && !fieldWasQuoted:
        inQuotes = true
        fieldWasQuoted = true
        quoteStart = (line, fields.count + 1)
      case delimiterScalar:
        fields.append(field)
        field = ""
        fieldWasQuoted = false
      case "\r", "\n":
        if scalar == "\r" {
          let following = next()
          if following != "\n" { pending = following }
        }
        fields.append(field)
        records.append(GridRow(line: recordLine, fields: fields))
        fields = []
        field = ""
        fieldWasQuoted = false
        line += 1
        recordLine = line
      default:
        if scalar == "\"" { strayQuotes += 1 }
        field.unicodeScalars.append(scalar)
      }
    }
    if inQuotes { throw UnclosedQuote(line: quoteStart.line, field: quoteStart.field) }
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
      fields.append(field)
      records.append(GridRow(line: recordLine, fields: fields))
    }
    return records
  }

  /// The delimiter of `text`: an Excel `sep=` first line, else whichever of comma, semicolon and
  /// tab splits a steps header (No, Kegiatan) into its columns, else separates the most fields, less a penalty for each quote left inside an unquoted field
  /// (the sign of splitting on the wrong character). Spreadsheets pad every row to the sheet's
  /// width, so the real delimiter outnumbers the same character inside text.
  /// Also returns the records split with the chosen delimiter, when they could be split, so the
  /// caller does not tokenize the text again.
  static func detectDelimiter(_ text: String) -> (delimiter: Character, sepLine: Bool, records: [GridRow]?) {
    if text.hasPrefix("sep="), let character = text.dropFirst(4).first, character != "\n", character != "\r" {
      return (character, true, nil)
    }
    var best: (delimiter: Character, score: Int, records: [GridRow]?) = (",", Int.min, nil)
    for candidate: Character in [",", ";", "\t"] {
      var strayQuotes = 0
      let score: Int
      let split = try? records(text, delimiter: candidate, strayQuotes: &strayQuotes)
      if let records = split {
        score = records.reduce(0) { $0 + $1.fields.count - 1 } - 10 * strayQuotes
          + (records.prefix(200).contains(where: StepsHeader.isHeader) ? 10_000 : 0)
      } else {
        // An unclosed quote: judge by the raw count, so the file is read with its real
        // delimiter and the quote is reported where it starts.
        score = text.reduce(0) { $1 == candidate ? $0 + 1 : $0 }
      }
      if score > best.score { best = (candidate, score, split) }
    }
    return (best.delimiter, false, best.records)
  }
}
