import Foundation

/// Runs `bench/numpy_reference.py` for the named cases and reads back
/// `name seconds` lines. Missing python or numpy gives an empty answer and a note,
/// so the Swift side of the benchmark still reports.
func numpySeconds(for names: [String], script: String) -> [String: Double] {
    guard FileManager.default.fileExists(atPath: script) else {
        print("note: \(script) not found; numpy column left empty")
        return [:]
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script] + names
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
        try process.run()
    } catch {
        print("note: could not start python3 (\(error)); numpy column left empty")
        return [:]
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var result: [String: Double] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let parts = line.split(separator: " ")
        if parts.count == 2, let s = Double(parts[1]) { result[String(parts[0])] = s }
    }
    return result
}
