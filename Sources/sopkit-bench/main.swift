import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport

// sopkit-bench generate N FOLDER: N realistic synthetic SOPs (5–40 steps, 3–12 Pelaksana,
// decisions and loops, long Indonesian texts) as FOLDER/json/*.json, FOLDER/csv/*.csv and
// FOLDER/docx/*.docx (Word files without sopkit's data part, read through the table path), plus
// FOLDER/list.txt of the JSON files.
//
// sopkit-bench read-time FILE [RUNS]: how long reading FILE takes inside one process (no start-up),
// the fastest and the median of RUNS reads, in milliseconds.
let arguments = CommandLine.arguments
if arguments.count >= 3, arguments[1] == "read-time" {
  let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: arguments[2])))
  let format = try Converter.inputFormat(for: arguments[2], given: nil)
  var times: [Double] = []
  for _ in 0..<(arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = Converter.read(bytes, format: format, source: arguments[2])
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    if result.file == nil { FileHandle.standardError.write(Data("read-time: \(arguments[2]) did not read\n".utf8)) }
  }
  times.sort()
  print(String(format: "%@: fastest %.1f ms, median %.1f ms over %d reads (%d bytes)", arguments[2], times[0], times[times.count / 2], times.count, bytes.count))
  exit(0)
}
guard arguments.count == 4, arguments[1] == "generate", let count = Int(arguments[2]) else {
  FileHandle.standardError.write(Data("usage: sopkit-bench generate N FOLDER | sopkit-bench read-time FILE [RUNS]\n".utf8))
  exit(64)
}
let folder = arguments[3]
for kind in ["json", "csv", "docx"] {
  try FileManager.default.createDirectory(atPath: folder + "/" + kind, withIntermediateDirectories: true)
}
var generator = SOPGenerator(seed: 2026, steps: 5...40, actors: 3...12)
var list = ""
for index in 0..<count {
  let name = String(format: "sop-%05d", index + 1)
  let file = SOPFile(sops: [generator.sop()])
  try Data(SOPJSON.encode(file).utf8).write(to: URL(fileURLWithPath: "\(folder)/json/\(name).json"))
  try Data(try CSVWriter.write(file, options: .init(layout: .form))).write(to: URL(fileURLWithPath: "\(folder)/csv/\(name).csv"))
  try Data(try DOCXWriter.write(file, options: .init(embedData: false))).write(to: URL(fileURLWithPath: "\(folder)/docx/\(name).docx"))
  list += "\(folder)/json/\(name).json\n"
}
try Data(list.utf8).write(to: URL(fileURLWithPath: "\(folder)/list.txt"))
