/// Rules for the identity page: name, dates, NIP and NOMOR SOP (sop-ap-format §3, §7.3, §11).
enum IdentityRules {
  static func check(_ sop: SOPDocument, path: String, into report: inout ValidationReport) {
    let identity = sop.identity
    if identity.namaSOP.trimmingCharacters(in: " \t\n").isEmpty {
      report.add(.modelMissingNamaSOP, "NAMA SOP is empty", at: JSONPath.member(path, "nama_sop"), hint: "every SOP needs its name, e.g. \"Pelayanan Pendaftaran Nikah\"")
    }
    let dates = [
      ("tgl_pembuatan", "TGL. PEMBUATAN", identity.tanggal.pembuatan),
      ("tgl_revisi", "TGL. REVISI", identity.tanggal.revisi),
      ("tgl_efektif", "TGL. EFEKTIF", identity.tanggal.efektif),
    ]
    for (key, label, date) in dates {
      if let date { checkDate(date, label: label, path: JSONPath.member(path, key), into: &report) }
    }
    checkDateOrder(identity.tanggal, path: path, into: &report)
    if let nip = identity.pengesahan.nip, !nip.trimmingCharacters(in: " ").isEmpty, case .failure(let problem) = NIP.parse(nip) {
      report.add(.modelBadNIP, "the NIP '\(nip)' of DISAHKAN OLEH looks wrong: \(problem)", at: JSONPath.member(JSONPath.member(path, "pengesahan"), "nip"), hint: "check it against the official's SK; NIPs are 18 digits: birth date, TMT CPNS, gender, serial", arguments: ["value": nip])
    }
    if let nomor = identity.nomorSOP {
      checkNomor(nomor, tanggal: identity.tanggal, path: JSONPath.member(path, "nomor_sop"), into: &report)
    }
  }

  /// The parsed day must agree with the raw text; an unreadable raw text is reported.
  static func checkDate(_ date: SOPDate, label: String, path: String, into report: inout ValidationReport) {
    guard let raw = date.raw, let reading = IndonesianDateParser.parse(raw) else { return }
    switch (date.day, reading.problem) {
    case (nil, .unreadable?):
      report.add(.modelBadDate, "\(label) '\(raw)' is not a date sopkit can read; the text is kept as written", at: path, hint: "write it like \"9 November 2020\" or \"09-11-2020\"", arguments: ["field": label, "value": raw])
    case (nil, .impossible(let reason)?):
      report.add(.modelImpossibleDate, "\(label) '\(raw)' is not a real day: \(reason)", at: path, hint: "correct the date in the source", arguments: ["field": label, "value": raw])
    case (nil, _):
      report.add(.modelDateMismatch, "\(label) says '\(raw)' but has no valid \"date\"", at: path, hint: "fill \"date\" with \(reading.day?.iso ?? "the day") in the form yyyy-mm-dd")
    case (let day?, let problem):
      if case .monthTypo(let found, let meant)? = problem {
        report.add(.modelDateTypo, "\(label) '\(raw)': the month '\(found)' was read as \(meant)", at: path, hint: "correct the spelling in the source")
      }
      if let parsed = reading.day, parsed != day {
        report.add(.modelDateMismatch, "\(label) says '\(raw)' but its date is \(day.indonesian)", at: path, hint: "make the text and the date agree")
      }
    }
  }

  static func checkDateOrder(_ tanggal: Identity.Tanggal, path: String, into report: inout ValidationReport) {
    guard let pembuatan = tanggal.pembuatan?.day else { return }
    if let efektif = tanggal.efektif?.day, efektif < pembuatan {
      report.add(.modelDateOrder, "TGL. EFEKTIF (\(efektif.indonesian)) is before TGL. PEMBUATAN (\(pembuatan.indonesian))", at: JSONPath.member(path, "tgl_efektif"), hint: "an SOP takes effect when it is signed, after it is finished")
    }
    if let revisi = tanggal.revisi?.day, revisi < pembuatan {
      report.add(.modelDateOrder, "TGL. REVISI (\(revisi.indonesian)) is before TGL. PEMBUATAN (\(pembuatan.indonesian))", at: JSONPath.member(path, "tgl_revisi"))
    }
  }

  /// A Kemenag naskah number's month must exist and its year should match the signing date.
  static func checkNomor(_ nomor: String, tanggal: Identity.Tanggal, path: String, into report: inout ValidationReport) {
    guard let parsed = NomorSOP.parse(nomor) else { return }
    if !(1...12).contains(parsed.month) {
      report.add(.modelNomorBadMonth, "NOMOR SOP '\(nomor)' has month \(parsed.month)", at: path, hint: "the segment before the year is the month, 1 to 12")
    }
    let (reference, label) = tanggal.efektif?.day.map { ($0, "TGL. EFEKTIF") } ?? tanggal.pembuatan?.day.map { ($0, "TGL. PEMBUATAN") } ?? (nil, "")
    if let reference, reference.year != parsed.year {
      report.add(.modelNomorYearMismatch, "NOMOR SOP '\(nomor)' is numbered in \(parsed.year) but \(label) is in \(reference.year)", at: path, hint: "a naskah number carries the year it was given")
    }
  }
}
