@testable import Lessons

/// A stand-in for the notebook language, small enough to trust by reading:
/// `name = number` assigns, `name` shows a value, `print(text)` prints, `a == b`
/// compares numbers or variables, `fail` raises an error, `spin` runs until stopped,
/// and a line ending in `;` shows nothing. Each line runs in turn.
final class FakeWorkspace: Workspace {
    var values: [String: Double] = [:]
    var runs: [String] = []

    func run(_ code: String, context: RunContext) -> RunResult {
        runs.append(code)
        var display: String?
        var isTrue = false
        for raw in code.split(separator: "\n") {
            var line = String(raw).trimmingSpaces()
            let quiet = line.hasSuffix(";")
            if quiet { line.removeLast() }
            display = nil
            isTrue = false
            if line == "fail" { return RunResult(error: "ERROR: fail at line 1, column 1") }
            if line == "spin" {
                while !context.shouldStop() {}
                return RunResult(error: "interrupted", wasInterrupted: true)
            }
            if line.hasPrefix("print(") && line.hasSuffix(")") {
                context.emit(String(line.dropFirst(6).dropLast()) + "\n")
                continue
            }
            if let eq = line.range(of: " == ") {
                guard let a = value(String(line[..<eq.lowerBound])), let b = value(String(line[eq.upperBound...])) else {
                    return RunResult(error: "ERROR: undefined variable")
                }
                isTrue = a == b
                display = isTrue ? "true" : "false"
                continue
            }
            if let eq = line.range(of: " = ") {
                guard let v = value(String(line[eq.upperBound...])) else { return RunResult(error: "ERROR: bad value") }
                values[String(line[..<eq.lowerBound])] = v
                if context.recordsAnswer { values["ans"] = v }
                display = quiet ? nil : format(v)
                continue
            }
            guard let v = value(line) else { return RunResult(error: "ERROR: UndefVarError: `\(line)` not defined") }
            if context.recordsAnswer { values["ans"] = v }
            display = quiet ? nil : format(v)
        }
        return RunResult(display: display, isTrue: isTrue)
    }

    func value(_ s: String) -> Double? { Double(s) ?? values[s] }
    func format(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }

    func isComplete(_ code: String) -> Bool {
        let opens = code.components(separatedBy: "function").count - 1
        let closes = code.components(separatedBy: "end").count - 1
        return opens <= closes
    }

    func snapshot() -> WorkspaceSnapshot { WorkspaceSnapshot(values) }
    func restore(_ snapshot: WorkspaceSnapshot) { values = snapshot.storage as! [String: Double] }
    func variables() -> [(name: String, summary: String)] {
        values.keys.sorted().filter { $0 != "ans" }.map { ($0, "Float64 \(format(values[$0]!))") }
    }
    func completionNames() -> [String] { ["println", "print"] + values.keys.sorted() }
    func help(for name: String) -> String? { name == "print" ? "print(x): writes x" : nil }
}

extension String {
    func components(separatedBy separator: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = self[...]
        while let r = rest.range(of: separator) {
            parts.append(rest[..<r.lowerBound])
            rest = rest[r.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}
