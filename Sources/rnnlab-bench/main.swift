import Foundation

// rnnlab-bench: times the engine in release mode beside numpy doing the same work,
// in one run, and prints the ratio. Run from the repository root:
//     swift run -c release rnnlab-bench [filter]
// Absolute times on shared machines are noise; the ratio column is the figure.

let filter = CommandLine.arguments.dropFirst().first
let cases = try (engineCases() + linearAlgebraCases() + languageCases()).filter { filter == nil || $0.name.contains(filter!) }
let reference = numpySeconds(for: cases.map(\.name), script: "bench/numpy_reference.py")

func format(_ x: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)g", x) }

print("case".padding(toLength: 34, withPad: " ", startingAt: 0), "swift s", "  numpy s", "  swift/numpy", "  extra")
var swiftSeconds: [String: Double] = [:]
for c in cases {
    do {
        let seconds = try medianSeconds(c.run)
        var extra: [String] = []
        if let flops = c.flops { extra.append("\(format(flops / seconds / 1e9)) GFLOP/s") }
        if let unit = c.unit { extra.append("\(format(unit.perRun / seconds)) \(unit.label)") }
        swiftSeconds[c.name] = seconds
        if let b = c.baseline, let base = swiftSeconds[b] { extra.append("\(format(seconds / base))x \(b)") }
        let numpy = reference[c.name]
        let ratio = numpy.map { format(seconds / $0) } ?? "-"
        print(c.name.padding(toLength: 34, withPad: " ", startingAt: 0),
              format(seconds).padding(toLength: 9, withPad: " ", startingAt: 0),
              (numpy.map { format($0) } ?? "-").padding(toLength: 9, withPad: " ", startingAt: 0),
              ratio.padding(toLength: 12, withPad: " ", startingAt: 0),
              extra.joined(separator: ", "))
    } catch {
        print(c.name, "failed:", error)
    }
}
