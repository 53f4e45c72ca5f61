// Model → JSONValue, in the member order of SOPJSON.Keys (see docs/json-format.md).

extension SOPJSON {
  static func encodeValue(_ file: SOPFile) -> JSONValue {
    .object([
      ("format", .string(format)),
      ("version", .integer(version)),
      ("sops", .array(file.sops.map(encodeSOP))),
    ])
  }

  static func encodeSOP(_ sop: SOPDocument) -> JSONValue {
    let identity = sop.identity
    let lists = identity.lists
    var members: [(key: String, value: JSONValue)] = [
      ("unit", encodeKop(identity.kop)),
      ("satker", .string(identity.satker)),
      ("nomor_sop", .string(identity.nomorSOP)),
      ("tgl_pembuatan", encodeDate(identity.tanggal.pembuatan)),
      ("tgl_revisi", encodeDate(identity.tanggal.revisi)),
      ("tgl_efektif", encodeDate(identity.tanggal.efektif)),
      ("pengesahan", encodePengesahan(identity.pengesahan)),
      ("disusun_oleh", .string(identity.disusunOleh)),
      ("nama_sop", .string(identity.namaSOP)),
      ("dasar_hukum", encodeList(lists.dasarHukum)),
      ("kualifikasi_pelaksana", encodeList(lists.kualifikasiPelaksana)),
      ("keterkaitan", encodeList(lists.keterkaitan)),
      ("peralatan_perlengkapan", encodeList(lists.peralatanPerlengkapan)),
      ("peringatan", encodeList(lists.peringatan)),
      ("pencatatan_pendataan", encodeList(lists.pencatatanPendataan)),
      ("extra", encodeExtra(identity.extra)),
      ("flowcharts", .array(sop.flowcharts.map(encodeFlowchart))),
    ]
    // Only a draft has a review list; a complete SOP's JSON stays as it always was.
    if !sop.review.isEmpty { members.append(("review", .array(sop.review.map(encodeReviewItem)))) }
    return .object(members)
  }

  static func encodeReviewItem(_ item: ReviewItem) -> JSONValue {
    .object([
      ("code", .string(item.code)), ("severity", .string(item.severity.rawValue)), ("message", .string(item.message)),
      ("message_en", .string(item.messageEnglish)), ("hint", .string(item.hint)), ("place", .string(item.place)),
      ("path", .string(item.path)),
    ])
  }

  static func encodeList(_ items: [String]) -> JSONValue {
    .array(items.map(JSONValue.string))
  }

  static func encodeKop(_ kop: Kop) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("logo", .string(kop.logo.rawValue)),
      ("logo_file", .string(kop.logoFile)),
    ]
    if let picture = kop.picture {
      members.append(("logo_data", .object([("media_type", .string(picture.mediaType)), ("base64", .string(Base64.encode(picture.bytes)))])))
    }
    members += [
      ("lines", encodeList(kop.lines)),
      ("alamat", .string(kop.alamat)),
      ("kontak", .string(kop.kontak)),
    ]
    return .object(members)
  }

  static func encodeDate(_ date: SOPDate?) -> JSONValue {
    guard let date else { return .null }
    return .object([("date", .string(date.day?.iso)), ("raw", .string(date.raw))])
  }

  static func encodePengesahan(_ pengesahan: Pengesahan) -> JSONValue {
    .object([
      ("jabatan", .string(pengesahan.jabatan)),
      ("nama", .string(pengesahan.nama)),
      ("nip", .string(pengesahan.nip)),
      ("pangkat", .string(pengesahan.pangkat)),
    ])
  }

  static func encodeExtra(_ extra: IdentityExtra) -> JSONValue {
    .object([
      ("definisi", encodeList(extra.definisi)),
      ("cara_mengatasi", .string(extra.caraMengatasi)),
      ("ppb_ref", .string(extra.ppbRef)),
      ("kka", .string(extra.kka)),
      ("fields", .array(extra.fields.map { .object([("label", .string($0.label)), ("value", .string($0.value))]) })),
    ])
  }

  static func encodeFlowchart(_ flowchart: Flowchart) -> JSONValue {
    .object([
      ("judul", .string(flowchart.judul)),
      ("actors", encodeList(flowchart.pelaksana)),
      ("steps", .array(flowchart.steps.map(encodeStep))),
      ("total_waktu", flowchart.totalWaktu.map(encodeWaktu) ?? .null),
    ])
  }

  static func encodeStep(_ step: Step) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("nomor", .integer(step.nomor)),
      ("kegiatan", .string(step.kegiatan)),
      ("actor", .string(step.pelaksana)),
    ]
    if !step.coActors.isEmpty { members.append(("co_actors", encodeList(step.coActors))) }
    members.append(("shape", .string(step.shape?.name)))
    if let next = step.flow.next { members.append(("next", encodeTarget(next))) }
    if let ya = step.flow.ya { members.append(("ya", encodeTarget(ya))) }
    if let tidak = step.flow.tidak { members.append(("tidak", encodeTarget(tidak))) }
    if let labels = step.flow.labels {
      members.append(("labels", .object([("ya", .string(labels.ya)), ("tidak", .string(labels.tidak))])))
    }
    members += [
      ("kelengkapan", .string(step.mutuBaku.kelengkapan)),
      ("waktu", step.mutuBaku.waktu.map(encodeWaktu) ?? .null),
      ("output", .string(step.mutuBaku.output)),
      ("keterangan", .string(step.keterangan)),
    ]
    if !step.spans.isEmpty {
      let spans = Step.SpanColumn.allCases.compactMap { column in step.spans[column].map { (column.rawValue, JSONValue.integer($0)) } }
      members.append(("spans", .object(spans.map { (key: $0.0, value: $0.1) })))
    }
    return .object(members)
  }

  static func encodeTarget(_ target: StepTarget) -> JSONValue {
    switch target {
    case .step(let number): return .integer(number)
    case .end: return .string("END")
    }
  }

  static func encodeWaktu(_ waktu: Waktu) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("raw", .string(waktu.raw)),
      ("value", waktu.value.map(JSONValue.number) ?? .null),
      ("unit", .string(waktu.unit?.rawValue)),
    ]
    if let from = waktu.from { members.append(("from", .number(from))) }
    if let per = waktu.per { members.append(("per", .string(per))) }
    if waktu.implied { members.append(("implied", .bool(true))) }
    return .object(members)
  }
}
