import Foundation
import Testing
@testable import Language

/// The language's test suite is a folder of small programs (`Programs/*.jl`) that say
/// what they should print in comments:
///
///     println(6 * 7)
///     # expect: 42
///     v[10]
///     # expect error: out of range
///
/// `# expect:` lines list the printed output in order (text after `# expect: `, exact
/// but for trailing spaces). One `# expect error:` line says the program must stop with
/// an error whose message contains that text; output printed before it still counts.
struct ProgramExpectation {
    var output: [String] = []
    var error: String?

    init(source: String) {
        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if let range = line.range(of: "# expect error: ") {
                error = String(line[range.upperBound...])
            } else if let range = line.range(of: "# expect: ") {
                output.append(String(line[range.upperBound...]))
            } else if line.hasSuffix("# expect:") {
                output.append("")
            }
        }
    }
}

/// Runs one program with its output captured; returns the printed lines and the error, if any.
/// `isCancelled` is asked at every loop iteration and call, as the front end's Ctrl-C is.
func runProgram(_ source: String, isCancelled: @escaping () -> Bool = { false }) -> (lines: [String], error: String?) {
    var printed = ""
    let interpreter = Interpreter(
        limits: .init(maximumCallDepth: 1000, elementBudget: 10_000_000),
        output: { printed += $0 },
        isCancelled: isCancelled)
    var failure: String?
    do {
        try interpreter.run(source: source)
    } catch {
        failure = "\(error)"
    }
    var lines = printed.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.reversed().drop { $0 == " " }.reversed())
    }
    if lines.last == "" { lines.removeLast() }
    return (lines, failure)
}

let programsFolder: URL = Bundle.module.url(forResource: "Programs", withExtension: nil)!

let programNames: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: programsFolder.path)) ?? []
    return files.filter { $0.hasSuffix(".jl") }.sorted()
}()

@Test func theProgramsFolderIsNotEmpty() {
    #expect(programNames.count >= 40, "found only \(programNames.count) programs in \(programsFolder.path)")
}

@Test(arguments: programNames)
func program(_ name: String) throws {
    let source = try String(contentsOf: programsFolder.appendingPathComponent(name), encoding: .utf8)
    let expected = ProgramExpectation(source: source)
    #expect(!expected.output.isEmpty || expected.error != nil, "\(name) states no expectation")
    let (lines, error) = runProgram(source)
    let want = expected.output.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    if lines != want {
        let firstDifference = zip(lines, want).enumerated().first { $0.element.0 != $0.element.1 }
        let detail = firstDifference.map { "line \($0.offset + 1): got «\($0.element.0)», expected «\($0.element.1)»" }
            ?? "got \(lines.count) lines, expected \(want.count)"
        Issue.record("\(name): output differs, \(detail)\n--- got:\n\(lines.joined(separator: "\n"))\n--- error: \(error ?? "none")")
    }
    switch (expected.error, error) {
    case (nil, let actual?):
        Issue.record("\(name): unexpected error: \(actual)")
    case (let wanted?, nil):
        Issue.record("\(name): expected an error containing «\(wanted)», but the program finished")
    case (let wanted?, let actual?):
        #expect(actual.contains(wanted), "\(name): error «\(actual)» does not contain «\(wanted)»")
    case (nil, nil):
        break
    }
}
