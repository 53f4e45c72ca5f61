import SOPModel
import Testing

/// One date text and what it must become.
struct DateCase: CustomStringConvertible, Sendable {
  let text: String
  let iso: String?
  var typo: String? = nil
  var impossible = false
  var description: String { text.debugDescription }
}

private let dateCases: [DateCase] = [
  DateCase(text: "9 November 2020", iso: "2020-11-09"),
  DateCase(text: "09 November 2020", iso: "2020-11-09"),
  DateCase(text: "09-11-2020", iso: "2020-11-09"),
  DateCase(text: "09/11/2020", iso: "2020-11-09"),
  DateCase(text: "09.11.2020", iso: "2020-11-09"),
  DateCase(text: "2020-11-09", iso: "2020-11-09"),
  DateCase(text: "9 Nop 2020", iso: "2020-11-09"),
  DateCase(text: "9 Nov 2020", iso: "2020-11-09"),
  DateCase(text: "9 Nov. 2020", iso: "2020-11-09"),
  DateCase(text: "17 Agu 2021", iso: "2021-08-17"),
  DateCase(text: "17 Agt 2021", iso: "2021-08-17"),
  DateCase(text: "17 Agustus 2021", iso: "2021-08-17"),
  DateCase(text: "1 Des 2022", iso: "2022-12-01"),
  DateCase(text: "2 Pebruari 2021", iso: "2021-02-02"),
  DateCase(text: "Senin, 9 November 2020", iso: "2020-11-09"),
  DateCase(text: "9 Novermber 2020", iso: "2020-11-09", typo: "November"),
  DateCase(text: "5 Januri 2021", iso: "2021-01-05", typo: "Januari"),
  DateCase(text: "30 Februari 2021", iso: nil, impossible: true),
  DateCase(text: "29 Februari 2024", iso: "2024-02-29"),
  DateCase(text: "29 Februari 2023", iso: nil, impossible: true),
  DateCase(text: "09-13-2020", iso: nil, impossible: true),
  DateCase(text: "31/04/2021", iso: nil, impossible: true),
]

@Test("Dates are read as Indonesian offices write them", arguments: dateCases)
func datesParse(_ expected: DateCase) throws {
  let result = try #require(IndonesianDateParser.parse(expected.text))
  #expect(result.day?.iso == expected.iso)
  switch result.problem {
  case nil: #expect(expected.typo == nil && !expected.impossible)
  case .monthTypo(_, let meant): #expect(meant == expected.typo)
  case .impossible(let reason):
    #expect(expected.impossible)
    #expect(!reason.isEmpty)
  case .unreadable: Issue.record("\(expected.text) was unreadable")
  }
}

@Test("Text that is not a date is unreadable; an empty cell or '-' is no date")
func datesUnreadable() {
  #expect(IndonesianDateParser.parse("")?.problem == nil)
  #expect(IndonesianDateParser.parse("") == nil)
  #expect(IndonesianDateParser.parse("-") == nil)
  for text in ["kemarin", "9 Xyz 2020", "2020", "9 November", "9/11/20"] {
    #expect(IndonesianDateParser.parse(text)?.problem == .unreadable, "\(text)")
  }
}

@Test("Dates print the Indonesian way")
func datesPrint() throws {
  let day = try #require(SOPDate.Day(year: 2020, month: 11, day: 9))
  #expect(day.indonesian == "9 November 2020")
  #expect(day.iso == "2020-11-09")
  #expect(SOPDate.Day(year: 2021, month: 2, day: 29) == nil)
}
