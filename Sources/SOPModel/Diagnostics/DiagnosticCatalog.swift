// The catalogue of diagnostic codes. Meanings and examples: docs/diagnostics.md.

extension DiagnosticCode {
  // MARK: cli — command-line usage
  public static let cliUnknownFormat = DiagnosticCode("cli.unknown-format", .error)
  public static let cliFormatRequired = DiagnosticCode("cli.format-required", .error)
  public static let cliFormatUnsupported = DiagnosticCode("cli.format-unsupported", .error)
  public static let cliBinaryToTerminal = DiagnosticCode("cli.binary-to-terminal", .error)
  public static let cliBadArguments = DiagnosticCode("cli.bad-arguments", .error)

  // MARK: io — files
  public static let ioNotFound = DiagnosticCode("io.not-found", .error)
  public static let ioUnreadable = DiagnosticCode("io.unreadable", .error)
  public static let ioTooLarge = DiagnosticCode("io.too-large", .error)
  public static let ioOutputExists = DiagnosticCode("io.output-exists", .error)
  public static let ioOutputIsInput = DiagnosticCode("io.output-is-input", .error)
  public static let ioCannotWrite = DiagnosticCode("io.cannot-write", .error)

  // MARK: json — the canonical JSON form
  public static let jsonSyntax = DiagnosticCode("json.syntax", .error)
  public static let jsonTooDeep = DiagnosticCode("json.too-deep", .error)
  public static let jsonDuplicateKey = DiagnosticCode("json.duplicate-key", .error)
  public static let jsonNotSopkit = DiagnosticCode("json.not-sopkit", .error)
  public static let jsonUnsupportedVersion = DiagnosticCode("json.unsupported-version", .error)
  public static let jsonUnknownKey = DiagnosticCode("json.unknown-key", .error)
  public static let jsonMissingKey = DiagnosticCode("json.missing-key", .error)
  public static let jsonWrongType = DiagnosticCode("json.wrong-type", .error)
  public static let jsonBadValue = DiagnosticCode("json.bad-value", .error)

  // MARK: csv — CSV files
  public static let csvEmpty = DiagnosticCode("csv.empty", .error)
  public static let csvUnclosedQuote = DiagnosticCode("csv.unclosed-quote", .error)
  public static let csvEncodingFallback = DiagnosticCode("csv.encoding-fallback", .warning)
  public static let csvUnmatchedIdentity = DiagnosticCode("csv.unmatched-identity", .warning)

  // MARK: import — reading tables, whatever the format
  public static let importNoStepsTable = DiagnosticCode("import.no-steps-table", .error)
  public static let importMissingColumn = DiagnosticCode("import.missing-column", .error)
  public static let importDuplicateColumn = DiagnosticCode("import.duplicate-column", .error)
  public static let importUnknownColumn = DiagnosticCode("import.unknown-column", .warning)
  public static let importMissingKey = DiagnosticCode("import.missing-key", .error)
  public static let importStrayRow = DiagnosticCode("import.stray-row", .warning)
  public static let importUnknownLabel = DiagnosticCode("import.unknown-label", .warning)
  public static let importLabelTypo = DiagnosticCode("import.label-typo", .note)
  public static let importConflictingValue = DiagnosticCode("import.conflicting-value", .warning)
  public static let importNumberMangled = DiagnosticCode("import.number-mangled", .warning)
  public static let importBadStepNumber = DiagnosticCode("import.bad-step-number", .error)
  public static let importBadTarget = DiagnosticCode("import.bad-target", .error)
  public static let importSharedStep = DiagnosticCode("import.shared-step", .note)
  public static let importHeaderByPlace = DiagnosticCode("import.header-by-place", .note)
  public static let importTitleAsName = DiagnosticCode("import.title-as-name", .note)
  public static let importNotAnSOPPart = DiagnosticCode("import.not-an-sop-part", .note)
  public static let importPictureSymbol = DiagnosticCode("import.picture-symbol", .note)
  public static let importFlowchartPicture = DiagnosticCode("import.flowchart-picture", .error)
  public static let importTextColumn = DiagnosticCode("import.text-column", .warning)
  public static let importDiagramPicture = DiagnosticCode("import.diagram-picture", .warning)
  public static let importNoLogo = DiagnosticCode("import.no-logo", .warning)
  public static let importNoKop = DiagnosticCode("import.no-kop", .warning)
  public static let importMergedCell = DiagnosticCode("import.merged-cell", .note)
  public static let importShapeInferred = DiagnosticCode("import.shape-inferred", .note)

  // MARK: zip and xml — packages
  public static let zipNotAPackage = DiagnosticCode("zip.not-a-package", .error)
  public static let zipLimit = DiagnosticCode("zip.limit", .error)
  public static let xmlMalformed = DiagnosticCode("xml.malformed", .error)

  // MARK: xlsx — workbooks
  public static let xlsxLogoUnreadable = DiagnosticCode("xlsx.logo-unreadable", .warning)
  public static let xlsxNoSOPSheet = DiagnosticCode("xlsx.no-sop-sheet", .error)
  public static let xlsxEditedCell = DiagnosticCode("xlsx.edited-cell", .note)
  public static let xlsxHiddenDataDamaged = DiagnosticCode("xlsx.hidden-data-damaged", .warning)
  public static let xlsxUnmappedShape = DiagnosticCode("xlsx.unmapped-shape", .warning)
  public static let xlsxCellTruncated = DiagnosticCode("xlsx.cell-truncated", .warning)
  public static let xlsxTemplateEmpty = DiagnosticCode("xlsx.template-empty", .error)

  // MARK: docx — Word documents
  public static let docxNoSOP = DiagnosticCode("docx.no-sop", .error)
  public static let docxUnmappedShape = DiagnosticCode("docx.unmapped-shape", .warning)
  public static let docxTrackedChanges = DiagnosticCode("docx.tracked-changes", .note)
  public static let docxSummary = DiagnosticCode("docx.summary", .note)
  public static let docxLegacyDoc = DiagnosticCode("docx.legacy-doc", .error)
  public static let docxPasswordProtected = DiagnosticCode("docx.password-protected", .error)
  public static let docxEdited = DiagnosticCode("docx.edited", .warning)
  public static let docxBadReference = DiagnosticCode("docx.bad-reference", .error)

  // MARK: model — validation rules (sop-ap-format §11)
  public static let modelNoSOP = DiagnosticCode("model.no-sop", .error)
  public static let modelMissingNamaSOP = DiagnosticCode("model.missing-nama-sop", .error)
  public static let modelNoFlowchart = DiagnosticCode("model.no-flowchart", .warning)
  public static let modelEmptyFlowchart = DiagnosticCode("model.empty-flowchart", .error)
  public static let modelDuplicateActor = DiagnosticCode("model.duplicate-actor", .error)
  public static let modelDuplicateStep = DiagnosticCode("model.duplicate-step", .error)
  public static let modelStepNumberGap = DiagnosticCode("model.step-number-gap", .warning)
  public static let modelMissingActor = DiagnosticCode("model.missing-actor", .error)
  public static let modelUnknownActor = DiagnosticCode("model.unknown-actor", .error)
  public static let modelUnusedActor = DiagnosticCode("model.unused-actor", .note)
  public static let modelEmptyKegiatan = DiagnosticCode("model.empty-kegiatan", .error)
  public static let modelSubjectInActivity = DiagnosticCode("model.subject-in-activity", .warning)
  public static let modelEmptyOutput = DiagnosticCode("model.empty-output", .warning)
  public static let modelUnsupportedSymbol = DiagnosticCode("model.unsupported-symbol", .warning)
  public static let modelDecisionMissingExit = DiagnosticCode("model.decision-missing-exit", .error)
  public static let modelDecisionSameExits = DiagnosticCode("model.decision-same-exits", .warning)
  public static let modelBranchOnNonDecision = DiagnosticCode("model.branch-on-non-decision", .warning)
  public static let modelMissingTarget = DiagnosticCode("model.missing-target", .error)
  public static let modelUnreachableStep = DiagnosticCode("model.unreachable-step", .warning)
  public static let modelDeadEnd = DiagnosticCode("model.dead-end", .error)
  public static let modelNoTerminator = DiagnosticCode("model.no-terminator", .warning)
  public static let modelBadSpan = DiagnosticCode("model.bad-span", .warning)
  public static let modelWaktuUnparsed = DiagnosticCode("model.waktu-unparsed", .warning)
  public static let modelWaktuUnitImplied = DiagnosticCode("model.waktu-unit-implied", .note)
  public static let modelWaktuRate = DiagnosticCode("model.waktu-rate", .warning)
  public static let modelWaktuMismatch = DiagnosticCode("model.waktu-mismatch", .warning)
  public static let modelWaktuTotalUnavailable = DiagnosticCode("model.waktu-total-unavailable", .note)
  public static let modelBadDate = DiagnosticCode("model.bad-date", .warning)
  public static let modelImpossibleDate = DiagnosticCode("model.impossible-date", .error)
  public static let modelDateTypo = DiagnosticCode("model.date-typo", .warning)
  public static let modelDateMismatch = DiagnosticCode("model.date-mismatch", .warning)
  public static let modelDateOrder = DiagnosticCode("model.date-order", .warning)
  public static let modelBadNIP = DiagnosticCode("model.bad-nip", .warning)
  public static let modelNomorBadMonth = DiagnosticCode("model.nomor-bad-month", .warning)
  public static let modelNomorYearMismatch = DiagnosticCode("model.nomor-year-mismatch", .warning)

  // MARK: output — what is written
  public static let outputDraftWithheld = DiagnosticCode("output.draft-withheld", .warning)
  public static let outputTemplateFirstFlowchart = DiagnosticCode("output.template-first-flowchart", .warning)
  public static let outputSignMarkerInText = DiagnosticCode("output.sign-marker-in-text", .error)
  public static let outputSrikandiPDF = DiagnosticCode("output.srikandi-pdf", .warning)

  // MARK: signing — `sopkit verify-signing` on a document for signing
  public static let signingTokenMissing = DiagnosticCode("signing.token-missing", .error)
  public static let signingTokenRepeated = DiagnosticCode("signing.token-repeated", .error)
  public static let signingTokenSplit = DiagnosticCode("signing.token-split", .error)
  public static let signingPlaceholderBroken = DiagnosticCode("signing.placeholder-broken", .error)
  public static let signingTokenLeftover = DiagnosticCode("signing.token-leftover", .error)
  public static let signingMarkerCount = DiagnosticCode("signing.marker-count", .error)
  public static let signingNoRoom = DiagnosticCode("signing.no-room", .error)

  // MARK: serve — uploads to `sopkit serve`
  public static let serveEmptyUpload = DiagnosticCode("serve.empty-upload", .error)
  public static let serveTooLarge = DiagnosticCode("serve.too-large", .error)
  public static let serveUnsupportedFile = DiagnosticCode("serve.unsupported-file", .error)
  public static let serveBadRequest = DiagnosticCode("serve.bad-request", .error)
  public static let serveCannotListen = DiagnosticCode("serve.cannot-listen", .error)

  // MARK: internal
  public static let internalFailure = DiagnosticCode("internal.failure", .error)

  /// Every code, in the order of `docs/diagnostics.md`.
  public static let all: [DiagnosticCode] = [
    cliUnknownFormat, cliFormatRequired, cliFormatUnsupported, cliBinaryToTerminal, cliBadArguments,
    ioNotFound, ioUnreadable, ioTooLarge, ioOutputExists, ioOutputIsInput, ioCannotWrite,
    jsonSyntax, jsonTooDeep, jsonDuplicateKey, jsonNotSopkit, jsonUnsupportedVersion,
    jsonUnknownKey, jsonMissingKey, jsonWrongType, jsonBadValue,
    csvEmpty, csvUnclosedQuote, csvEncodingFallback, csvUnmatchedIdentity,
    importNoStepsTable, importMissingColumn, importDuplicateColumn, importUnknownColumn, importMissingKey, importStrayRow,
    importUnknownLabel, importLabelTypo, importConflictingValue, importNumberMangled, importBadStepNumber,
    importBadTarget, importSharedStep, importHeaderByPlace, importTitleAsName, importNotAnSOPPart,
    importPictureSymbol, importFlowchartPicture, importTextColumn, importDiagramPicture, importNoLogo, importNoKop, importMergedCell, importShapeInferred,
    zipNotAPackage, zipLimit, xmlMalformed,
    xlsxLogoUnreadable, xlsxNoSOPSheet, xlsxEditedCell, xlsxHiddenDataDamaged, xlsxUnmappedShape, xlsxCellTruncated, xlsxTemplateEmpty,
    docxNoSOP, docxUnmappedShape, docxTrackedChanges, docxSummary, docxLegacyDoc, docxPasswordProtected, docxEdited, docxBadReference,
    modelNoSOP, modelMissingNamaSOP, modelNoFlowchart, modelEmptyFlowchart, modelDuplicateActor,
    modelDuplicateStep, modelStepNumberGap, modelMissingActor, modelUnknownActor, modelUnusedActor,
    modelEmptyKegiatan, modelSubjectInActivity, modelEmptyOutput, modelUnsupportedSymbol,
    modelDecisionMissingExit, modelDecisionSameExits, modelBranchOnNonDecision, modelMissingTarget,
    modelUnreachableStep, modelDeadEnd, modelNoTerminator, modelBadSpan,
    modelWaktuUnparsed, modelWaktuUnitImplied, modelWaktuRate, modelWaktuMismatch,
    modelWaktuTotalUnavailable,
    modelBadDate, modelImpossibleDate, modelDateTypo, modelDateMismatch, modelDateOrder,
    modelBadNIP, modelNomorBadMonth, modelNomorYearMismatch,
    outputDraftWithheld, outputTemplateFirstFlowchart, outputSignMarkerInText, outputSrikandiPDF,
    signingTokenMissing, signingTokenRepeated, signingTokenSplit, signingPlaceholderBroken, signingTokenLeftover,
    signingMarkerCount, signingNoRoom,
    serveEmptyUpload, serveTooLarge, serveUnsupportedFile, serveBadRequest, serveCannotListen,
    internalFailure,
  ]
}

extension DiagnosticCode {
  /// Whether an error with this code means a table could not be read as an SOP (its header lacks
  /// a column, or the file cannot be split into rows): the reader gives no SOP rather than a
  /// partial one.
  public var meansNoTableRead: Bool {
    [.importNoStepsTable, .importMissingColumn, .importDuplicateColumn, .importMissingKey, .csvEmpty, .csvUnclosedQuote].contains(self)
  }

  /// Whether an error with this code means the input could not be read at all (exit 66): a package
  /// that is not one or breaks a limit, a part that is not XML, a password-protected document, or
  /// a .doc that could not be converted.
  public var meansUnreadableInput: Bool {
    id.hasPrefix("zip.") || id.hasPrefix("xml.") || self == .docxPasswordProtected || self == .docxLegacyDoc
  }
}
