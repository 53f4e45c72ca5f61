/// The API's headings and advice in English, for a client that sends `Accept-Language: en`
/// (``IndonesianText`` is the default).
enum EnglishText {
  static func title(_ outcome: CheckOutcome) -> String {
    switch outcome.status {
    case .ok: return "The SOP passed the check"
    case .warnings: return "The SOP can be converted, with \(outcome.warningCount) warning\(outcome.warningCount == 1 ? "" : "s")"
    case .errors: return "DRAFT: \(outcome.errorCount) error\(outcome.errorCount == 1 ? "" : "s") to fix"
    case .unreadable: return "The file cannot be read as an SOP"
    case .unsupported: return "This kind of file is not supported"
    }
  }

  static func advice(_ outcome: CheckOutcome) -> String {
    switch outcome.status {
    case .ok: return "No problems. Download the SOP in the format you need below."
    case .warnings: return "The SOP can be downloaded. Read the warnings below and fix the original file if needed."
    case .errors:
      return "The SOP was read as a DRAFT. Fix each error at the place given (read the hint too) in the original file, "
        + "or download the Excel fill-in template with the cells to fix marked. Save, then check again. "
        + "The Word document for signing can be downloaded once every error is fixed."
    case .unreadable:
      return "Make sure the file is an SOP as CSV, Excel (.xlsx), Word (.docx/.doc) or sopkit JSON, not damaged and not password-protected."
    case .unsupported: return "Save the SOP as CSV, Excel (.xlsx) or Word (.docx) and upload it again. PDFs and scans cannot be read."
    }
  }

  static func errorTitle(status: Int) -> String {
    switch status {
    case 413: return "The file is too large"
    case 415: return "This kind of file is not supported"
    case 422: return "The SOP cannot be converted yet"
    case 400..<500: return "The request cannot be processed"
    default: return "Something went wrong on the server"
    }
  }

  static func errorAdvice(status: Int) -> String {
    switch status {
    case 413: return "Make the file smaller (split the SOPs or remove large pictures), or ask the administrator to raise the upload limit."
    case 415: return "Save the SOP as CSV, Excel (.xlsx) or Word (.docx) and upload it again."
    case 422: return "Fix the errors below in the original file, save, and upload it again."
    case 400..<500: return "Go back to the main page, choose the SOP file, and try again."
    default: return "Try again. If it still fails, report it to the administrator with the file."
    }
  }
}
