import Foundation
import Testing
@testable import Language

/// The conformance suite: small programs, chapter by chapter along the Julia 1.10 manual
/// and the Knet.jl tutorials, each with the output Julia prints (taken from the manual's
/// doctests and the notebooks' stored outputs). A chapter is one file in `Conformance/`;
/// its cases follow one another, each opened by a header naming what it checks:
///
///     # case: Compound Expressions — a begin block's value is its last expression
///     z = begin; a = 2; a * 5 end
///     println(z)
///     # expect: 10
///
/// Expectations are written as in `Programs/*.jl` (`# expect:` lines, `# expect error:`).
/// Every case runs in a fresh interpreter and ends in one of three ways:
/// - passed: it printed what Julia prints (and failed where Julia fails);
/// - refused: it stopped with an error before printing anything Julia would not print,
///   so a learner is told the code is not supported instead of being shown a wrong answer;
/// - diverged: it printed something else, or finished where Julia throws. That is the
///   bug of the first rank, and it fails the test, unless the case carries a
///   `# known divergence: why, and who fixes it` line: then it is listed and counted, and
///   the test fails when the case stops diverging, so that the marker is taken out.
struct ConformanceCase: Sendable {
    var chapter: String
    var title: String
    /// The line of the `# case:` header in the chapter file.
    var line: Int
    var source: String
    var knownDivergence: String?

    var name: String { "\(chapter).jl:\(line) \(title)" }

    /// Splits a chapter file into its cases; text before the first header is a preamble.
    static func cases(inChapter chapter: String, source: String) -> [ConformanceCase] {
        var cases: [ConformanceCase] = []
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix(caseHeader) {
                let title = line.dropFirst(caseHeader.count).trimmingCharacters(in: .whitespaces)
                cases.append(ConformanceCase(chapter: chapter, title: title, line: index + 1, source: ""))
            } else if !cases.isEmpty {
                cases[cases.count - 1].source += rawLine + "\n"
                if line.hasPrefix(divergenceMarker) {
                    cases[cases.count - 1].knownDivergence =
                        line.dropFirst(divergenceMarker.count).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return cases
    }

    static let caseHeader = "# case:"
    static let divergenceMarker = "# known divergence:"
}

enum ConformanceOutcome: Equatable {
    case passed
    case refused(String)
    case diverged(String)
}

/// How many times a case may ask whether it should stop (once per loop iteration and
/// call) before it counts as hung: far more than any case needs, and a fixed count, so
/// that a slow machine does not change the verdict.
let conformanceStepLimit = 5_000_000

/// Runs one case and decides which of the three ways it ended.
func classify(_ conformanceCase: ConformanceCase) -> ConformanceOutcome {
    let expected = ProgramExpectation(source: conformanceCase.source)
    var steps = 0
    let (lines, error) = runProgram(conformanceCase.source) {
        steps += 1
        return steps > conformanceStepLimit
    }
    let want = expected.output.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    if steps > conformanceStepLimit {
        return .diverged("did not finish within \(conformanceStepLimit) steps")
    }
    if let error {
        guard lines.count <= want.count, Array(want.prefix(lines.count)) == lines else {
            return .diverged("printed \(describeDifference(lines, want)) before stopping with: \(error)")
        }
        if let wanted = expected.error {
            if lines != want { return .diverged("printed \(describeDifference(lines, want))") }
            if error.contains(wanted) { return .passed }
            return .diverged("stopped as Julia does, but with «\(error)», which does not say «\(wanted)»")
        }
        return .refused(error)
    }
    if lines != want { return .diverged("printed \(describeDifference(lines, want))") }
    if let wanted = expected.error { return .diverged("finished, where Julia stops with \(wanted)") }
    return .passed
}

private func describeDifference(_ lines: [String], _ want: [String]) -> String {
    if let index = zip(lines, want).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
        return "«\(lines[index])» at line \(index + 1) where Julia prints «\(want[index])»"
    }
    if lines.count > want.count { return "an extra line «\(lines[want.count])» after Julia's \(want.count)" }
    return "\(lines.count) lines where Julia prints \(want.count)"
}

let conformanceFolder: URL = Bundle.module.url(forResource: "Conformance", withExtension: nil)!

let conformanceCases: [ConformanceCase] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: conformanceFolder.path)) ?? []
    return files.filter { $0.hasSuffix(".jl") }.sorted().flatMap { file -> [ConformanceCase] in
        let source = (try? String(contentsOf: conformanceFolder.appendingPathComponent(file), encoding: .utf8)) ?? ""
        return ConformanceCase.cases(inChapter: String(file.dropLast(3)), source: source)
    }
}()

/// The pass rate by chapter, as the table the test prints.
struct ConformanceTally {
    var rows: [(chapter: String, passed: Int, refused: Int, diverged: Int)] = []

    mutating func count(_ outcome: ConformanceOutcome, in chapter: String) {
        if rows.last?.chapter != chapter { rows.append((chapter, 0, 0, 0)) }
        switch outcome {
        case .passed: rows[rows.count - 1].passed += 1
        case .refused: rows[rows.count - 1].refused += 1
        case .diverged: rows[rows.count - 1].diverged += 1
        }
    }

    var table: String {
        let width = max(28, (rows.map(\.chapter.count).max() ?? 0) + 2)
        let column = 10
        func row(_ name: String, _ p: Int, _ r: Int, _ d: Int) -> String {
            let total = p + r + d
            let rate = total == 0 ? 0 : Int((Double(p) * 100 / Double(total)).rounded())
            return name.padding(toLength: width, withPad: " ", startingAt: 0)
                + [total, p, r, d].map { String($0).leftPadded(to: column) }.joined() + "\(rate)%".leftPadded(to: column)
        }
        var lines = ["chapter".padding(toLength: width, withPad: " ", startingAt: 0)
            + ["cases", "passed", "refused", "diverged", "pass"].map { $0.leftPadded(to: column) }.joined()]
        for entry in rows { lines.append(row(entry.chapter, entry.passed, entry.refused, entry.diverged)) }
        lines.append(row("total", rows.map(\.passed).reduce(0, +), rows.map(\.refused).reduce(0, +),
                         rows.map(\.diverged).reduce(0, +)))
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}

@Suite struct ConformanceTests {
    @Test func theSuiteHasChaptersAndEveryCaseStatesAnExpectation() {
        #expect(Set(conformanceCases.map(\.chapter)).count >= 10)
        for conformanceCase in conformanceCases {
            let expected = ProgramExpectation(source: conformanceCase.source)
            #expect(!expected.output.isEmpty || expected.error != nil, "\(conformanceCase.name) states no expectation")
            #expect(!conformanceCase.title.isEmpty, "a case at \(conformanceCase.chapter).jl:\(conformanceCase.line) has no title")
        }
        let names = conformanceCases.map { "\($0.chapter) \($0.title)" }
        #expect(Set(names).count == names.count, "two cases share a title")
    }

    /// Runs every case, prints the pass rate by chapter, and fails on every divergence
    /// that is not marked as known (and on every marked one that no longer diverges).
    /// `CONFORMANCE_VERBOSE=1` also lists the refusals with their errors.
    @Test func suite() {
        var tally = ConformanceTally()
        var report: [String] = []
        let verbose = ProcessInfo.processInfo.environment["CONFORMANCE_VERBOSE"] != nil
        for conformanceCase in conformanceCases {
            let outcome = classify(conformanceCase)
            tally.count(outcome, in: conformanceCase.chapter)
            switch (outcome, conformanceCase.knownDivergence) {
            case (.diverged(let why), nil):
                Issue.record("DIVERGED \(conformanceCase.name): \(why)")
                report.append("DIVERGED  \(conformanceCase.name): \(why)")
            case (.diverged(let why), let known?):
                report.append("DIVERGED (known: \(known)) \(conformanceCase.name): \(why)")
            case (_, let known?):
                Issue.record("\(conformanceCase.name) no longer diverges (\(known)); take its `# known divergence:` line out")
            case (.refused(let error), nil):
                if verbose { report.append("refused   \(conformanceCase.name): \(error.split(separator: "\n").first ?? "")") }
            case (.passed, nil):
                break
            }
        }
        print("Conformance suite, pass rate by chapter:\n\(tally.table)")
        if !report.isEmpty { print(report.joined(separator: "\n")) }
    }

    // The runner itself, on cases made to end each way.
    @Test func aCaseThatPrintsJuliasOutputPasses() {
        let passing = ConformanceCase.cases(inChapter: "t", source: "# case: x\nprintln(1 + 1)\n# expect: 2\n")
        #expect(passing.map(classify) == [.passed])
    }

    @Test func aCaseThatPrintsAnythingElseDiverges() {
        let wrong = ConformanceCase.cases(inChapter: "t", source: "# case: x\nprintln(1 + 1)\n# expect: 3\n")
        guard case .diverged = classify(wrong[0]) else { Issue.record("a wrong answer was not caught"); return }
        let finishedWhereJuliaThrows = ConformanceCase.cases(inChapter: "t", source: "# case: x\n1 + 1\n# expect error: boom\n")
        guard case .diverged = classify(finishedWhereJuliaThrows[0]) else { Issue.record("a missing error was not caught"); return }
    }

    @Test func aCaseThatStopsWithAnErrorBeforeAnyWrongLineIsARefusal() {
        let cases = ConformanceCase.cases(inChapter: "t", source: """
            # case: refused after a right line
            println(1)
            undefined_function_here(2)
            # expect: 1
            # expect: 2
            # case: diverged, then stopped
            println(5)
            undefined_function_here(2)
            # expect: 1
            """)
        #expect(cases.count == 2)
        guard case .refused(let message) = classify(cases[0]) else { Issue.record("not a refusal"); return }
        #expect(message.contains("undefined_function_here"))
        guard case .diverged = classify(cases[1]) else { Issue.record("a wrong line before an error was not caught"); return }
    }

    @Test func aCaseThatLoopsForeverCountsAsDiverged() {
        let cases = ConformanceCase.cases(inChapter: "t", source: "# case: forever\nwhile true end\n# expect: 1\n")
        guard case .diverged(let why) = classify(cases[0]) else { Issue.record("a hang was not caught"); return }
        #expect(why.contains("did not finish"))
    }

    @Test func theMarkerOfAKnownDivergenceIsRead() {
        let cases = ConformanceCase.cases(inChapter: "t", source: "# case: x\n# known divergence: L1 fixes\nprintln(2)\n# expect: 3\n")
        #expect(cases.first?.knownDivergence == "L1 fixes")
    }
}
