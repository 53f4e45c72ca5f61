import ArgumentParser
import SOPModel

/// `--lang id|en`, shared by every command that talks to people.
struct LanguageOption: ParsableArguments {
  @Option(help: ArgumentHelp("Language of messages: id (Bahasa Indonesia) or en. Default: from LC_ALL, LC_MESSAGES or LANG (id_* gives Indonesian), else en.", valueName: "lang"))
  var lang: String?

  func validate() throws {
    if let lang, Language.named(lang) == nil { throw ValidationError("--lang '\(lang)': use id (Bahasa Indonesia) or en (English)") }
  }

  /// The language asked for, else the environment's.
  var language: Language { lang.flatMap(Language.named) ?? Language.from() }
}
