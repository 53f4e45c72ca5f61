import SOPModel
import Testing

/// A NIP text and the reason it must be refused (`nil`: accepted).
struct NIPCase: CustomStringConvertible, Sendable {
  let text: String
  let problem: NIP.Problem?
  var description: String { text.debugDescription }
}

private let nipCases: [NIPCase] = [
  NIPCase(text: "197803122005011004", problem: nil),
  NIPCase(text: "19780312 200501 1 004", problem: nil),
  NIPCase(text: "NIP. 19780312 200501 1 004", problem: nil),
  NIPCase(text: "NIP: 19850704.201101.2.007", problem: nil),
  NIPCase(text: "19780312 200501 1 00", problem: .wrongLength(17)),
  NIPCase(text: "19780312 200501 1 0044", problem: .wrongLength(19)),
  NIPCase(text: "19780312 2005O1 1 004", problem: .notDigits("O")),
  NIPCase(text: "19781312 200501 1 004", problem: .badBirthDate("19781312 is not a date")),
  NIPCase(text: "19780230 200501 1 004", problem: .badBirthDate("19780230 is not a date")),
  NIPCase(text: "19780312 200513 1 004", problem: .badAppointment("the month is 13")),
  NIPCase(
    text: "19780312 199001 1 004",
    problem: .badAppointment("1990 is less than 18 years after the birth year 1978")),
  NIPCase(text: "19780312 200501 3 004", problem: .badGender("3")),
  NIPCase(text: "19780312 200501 1 000", problem: .zeroSerial),
]

@Test("A NIP is 18 digits whose birth date, TMT and gender digit make sense", arguments: nipCases)
func nipParses(_ expected: NIPCase) {
  switch NIP.parse(expected.text) {
  case .success(let nip):
    #expect(expected.problem == nil)
    #expect(nip.digits.count == 18)
  case .failure(let problem):
    #expect(problem == expected.problem)
  }
}

@Test("A NIP prints grouped and exposes its parts")
func nipParts() throws {
  let nip = try NIP.parse("197803122005011004").get()
  #expect(nip.formatted == "19780312 200501 1 004")
  #expect(nip.birthDate?.iso == "1978-03-12")
  #expect(nip.appointment.year == 2005 && nip.appointment.month == 1)
  #expect(!nip.isFemale)
  #expect(try NIP.parse("19850704 201101 2 007").get().isFemale)
}

@Test("Each NIP problem explains itself in words")
func nipMessages() {
  #expect(NIP.Problem.badGender("3").description.contains("digit 15"))
  #expect(NIP.Problem.wrongLength(17).description.contains("17 digits"))
}
