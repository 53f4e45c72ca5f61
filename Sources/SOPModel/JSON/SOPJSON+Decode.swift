// JSONValue → model, collecting every problem with its JSON path (see docs/json-format.md).

extension SOPJSON {
  static func decodeFile(_ value: JSONValue, _ context: inout JSONDecodingContext) -> SOPFile? {
    let root = JSONPath.root
    guard case .object = value else {
      context.wrongType(value, expected: "an object {\"format\": \"sopkit\", …}", root)
      return nil
    }
    guard value["format"] == .string(format) else {
      context.report(
        .jsonNotSopkit, "this JSON file is not a sopkit SOP file (its \"format\" is not \"sopkit\")", at: JSONPath.member(root, "format"),
        hint: "sopkit reads JSON files that start with {\"format\": \"sopkit\", \"version\": 1, …}; see docs/json-format.md")
      return nil
    }
    guard value["version"] == .integer(version) else {
      let found = value["version"].map { JSONWriter.write($0).dropLast() } ?? "missing"
      context.report(
        .jsonUnsupportedVersion, "this file is version \(found) of the sopkit form; this sopkit reads version \(version)",
        at: JSONPath.member(root, "version"), hint: "use the sopkit release that wrote the file, or a newer one")
      return nil
    }
    guard let members = context.object(value, root, keys: Keys.file, required: Keys.file) else { return nil }
    let sopsPath = JSONPath.member(root, "sops")
    let sops = context.list(members["sops"], sopsPath) { context, value, path in decodeSOP(value, path, &context) }
    return SOPFile(sops: sops)
  }

  static func decodeSOP(_ value: JSONValue, _ path: String, _ context: inout JSONDecodingContext) -> SOPDocument? {
    guard let m = context.object(value, path, keys: Keys.sop, required: Keys.sopRequired) else { return nil }
    func at(_ key: String) -> String { JSONPath.member(path, key) }
    let kop = decodeKop(m["unit"], at("unit"), &context)
    let tanggal = Identity.Tanggal(
      pembuatan: decodeDate(m["tgl_pembuatan"], at("tgl_pembuatan"), &context),
      revisi: decodeDate(m["tgl_revisi"], at("tgl_revisi"), &context),
      efektif: decodeDate(m["tgl_efektif"], at("tgl_efektif"), &context))
    let lists = IdentityLists(
      dasarHukum: context.stringList(m["dasar_hukum"], at("dasar_hukum")),
      kualifikasiPelaksana: context.stringList(m["kualifikasi_pelaksana"], at("kualifikasi_pelaksana")),
      keterkaitan: context.stringList(m["keterkaitan"], at("keterkaitan")),
      peralatanPerlengkapan: context.stringList(m["peralatan_perlengkapan"], at("peralatan_perlengkapan")),
      peringatan: context.stringList(m["peringatan"], at("peringatan")),
      pencatatanPendataan: context.stringList(m["pencatatan_pendataan"], at("pencatatan_pendataan")))
    let identity = Identity(
      kop: kop,
      satker: context.optionalString(m["satker"], at("satker")),
      nomorSOP: context.optionalString(m["nomor_sop"], at("nomor_sop")),
      tanggal: tanggal,
      pengesahan: decodePengesahan(m["pengesahan"], at("pengesahan"), &context),
      disusunOleh: context.optionalString(m["disusun_oleh"], at("disusun_oleh")),
      namaSOP: context.string(m["nama_sop"], at("nama_sop")) ?? "",
      lists: lists,
      extra: decodeExtra(m["extra"], at("extra"), &context))
    let flowcharts = context.list(m["flowcharts"], at("flowcharts")) { context, value, path in decodeFlowchart(value, path, &context) }
    let review = context.list(m["review"], at("review")) { context, value, path in decodeReviewItem(value, path, &context) }
    return SOPDocument(identity: identity, flowcharts: flowcharts, review: review)
  }

  static func decodeReviewItem(_ value: JSONValue, _ path: String, _ context: inout JSONDecodingContext) -> ReviewItem? {
    guard let m = context.object(value, path, keys: Keys.review, required: Keys.reviewRequired) else { return nil }
    func at(_ key: String) -> String { JSONPath.member(path, key) }
    guard let code = context.string(m["code"], at("code")), let message = context.string(m["message"], at("message")) else { return nil }
    let severityName = context.string(m["severity"], at("severity")) ?? ""
    guard let severity = Severity(rawValue: severityName), severity != .note else {
      context.report(.jsonBadValue, "review severity '\(severityName)' is not error or warning", at: at("severity"), hint: "use \"error\" or \"warning\"")
      return nil
    }
    return ReviewItem(
      code: code, severity: severity, message: message, messageEnglish: context.optionalString(m["message_en"], at("message_en")) ?? "",
      hint: context.optionalString(m["hint"], at("hint")), place: context.optionalString(m["place"], at("place")) ?? "",
      path: context.optionalString(m["path"], at("path")))
  }

  static func decodeKop(_ value: JSONValue?, _ path: String, _ context: inout JSONDecodingContext) -> Kop {
    guard let m = context.object(value, path, keys: Keys.unit, required: []) else { return Kop() }
    func at(_ key: String) -> String { JSONPath.member(path, key) }
    let logo = context.choice(m["logo"], at("logo"), Kop.Logo.allCases.map(\.rawValue)).flatMap(Kop.Logo.init(rawValue:))
    var picture: Picture?
    if let data = context.object(m["logo_data"], at("logo_data"), keys: Keys.picture, required: Keys.picture),
      let mediaType = context.string(data["media_type"], JSONPath.member(at("logo_data"), "media_type")),
      let text = context.string(data["base64"], JSONPath.member(at("logo_data"), "base64"))
    {
      if let bytes = Base64.decode(text) {
        picture = Picture(mediaType: mediaType, bytes: bytes)
      } else {
        context.report(.jsonBadValue, "\"base64\" is not base64 text", at: JSONPath.member(at("logo_data"), "base64"))
      }
    }
    return Kop(
      logo: logo ?? .none,
      logoFile: context.optionalString(m["logo_file"], at("logo_file")),
      picture: picture,
      lines: context.stringList(m["lines"], at("lines")),
      alamat: context.optionalString(m["alamat"], at("alamat")),
      kontak: context.optionalString(m["kontak"], at("kontak")))
  }

  static func decodeDate(_ value: JSONValue?, _ path: String, _ context: inout JSONDecodingContext) -> SOPDate? {
    guard let value, value != .null else { return nil }
    if case .string(let text) = value {
      // Hand-written shorthand: "9 November 2020"; validation reports a text it cannot read.
      return SOPDate(day: IndonesianDateParser.parse(text)?.day, raw: text)
    }
    guard let m = context.object(value, path, keys: Keys.date, required: []) else { return nil }
    let raw = context.optionalString(m["raw"], JSONPath.member(path, "raw"))
    let datePath = JSONPath.member(path, "date")
    guard let iso = context.optionalString(m["date"], datePath) else {
      if raw == nil {
        context.report(.jsonBadValue, "a date needs \"date\" or \"raw\"", at: path, hint: "write null for no date")
      }
      return SOPDate(day: nil, raw: raw)
    }
    guard let day = SOPDate.Day(iso: iso) else {
      let parts = iso.split(separator: "-")
      if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
        // With a raw text, validation reports the date once, from the text the person wrote.
        if raw == nil {
          context.report(.modelImpossibleDate, "\(iso) is not a day of the calendar", at: datePath, hint: "check the day and month")
        }
      } else {
        context.report(.jsonBadValue, "'\(iso)' is not a date in the form yyyy-mm-dd", at: datePath, hint: "write 9 November 2020 as \"2020-11-09\"")
      }
      return SOPDate(day: nil, raw: raw)
    }
    return SOPDate(day: day, raw: raw)
  }

  static func decodePengesahan(_ value: JSONValue?, _ path: String, _ context: inout JSONDecodingContext) -> Pengesahan {
    guard let m = context.object(value, path, keys: Keys.pengesahan, required: []) else { return Pengesahan() }
    func text(_ key: String) -> String? { context.optionalString(m[key], JSONPath.member(path, key)) }
    return Pengesahan(jabatan: text("jabatan"), nama: text("nama"), nip: text("nip"), pangkat: text("pangkat"))
  }

  static func decodeExtra(_ value: JSONValue?, _ path: String, _ context: inout JSONDecodingContext) -> IdentityExtra {
    guard let m = context.object(value, path, keys: Keys.extra, required: []) else { return IdentityExtra() }
    func at(_ key: String) -> String { JSONPath.member(path, key) }
    let fields = context.list(m["fields"], at("fields")) { context, value, path -> IdentityExtra.LabelledField? in
      guard let f = context.object(value, path, keys: Keys.field, required: Keys.field),
        let label = context.string(f["label"], JSONPath.member(path, "label")),
        let text = context.string(f["value"], JSONPath.member(path, "value"))
      else { return nil }
      return IdentityExtra.LabelledField(label: label, value: text)
    }
    return IdentityExtra(
      definisi: context.stringList(m["definisi"], at("definisi")),
      caraMengatasi: context.optionalString(m["cara_mengatasi"], at("cara_mengatasi")),
      ppbRef: context.optionalString(m["ppb_ref"], at("ppb_ref")),
      kka: context.optionalString(m["kka"], at("kka")),
      fields: fields)
  }

  static func decodeFlowchart(_ value: JSONValue, _ path: String, _ context: inout JSONDecodingContext) -> Flowchart? {
    guard let m = context.object(value, path, keys: Keys.flowchart, required: Keys.flowchartRequired) else { return nil }
    func at(_ key: String) -> String { JSONPath.member(path, key) }
    let total: Waktu? = m["total_waktu"] == .null ? nil : decodeWaktu(m["total_waktu"], at("total_waktu"), &context)
    return Flowchart(
      judul: context.optionalString(m["judul"], at("judul")),
      pelaksana: context.stringList(m["actors"], at("actors")),
      steps: context.list(m["steps"], at("steps")) { context, value, path in decodeStep(value, path, &context) },
      totalWaktu: total)
  }
}
