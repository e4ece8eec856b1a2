import Engine
import Foundation
import Testing

@testable import rnnlab_bench

/// The benchmark compares equal work only if every side starts from the same weights
/// and computes the same losses; these tests hold the Swift side against fixtures from
/// the numpy reference (Fixtures/make_charbench_fixtures.py).
struct CharBenchTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func text() throws -> CharText {
        try CharText(contentsOf: repositoryRoot + "/" + CharText.defaultPath)
    }

    static func fixtureLines(_ name: String) throws -> [String] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "txt"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func theTextHasTheSpecifiedVocabulary() throws {
        let text = try Self.text()
        #expect(text.vocabulary.count == 78)
        #expect(text.vocabulary == text.vocabulary.sorted { $0.value < $1.value })
        #expect(text.ids.count > 20_000)
        #expect(text.ids.allSatisfy { (0..<78).contains($0) })
    }

    @Test(arguments: CharModelKind.allCases)
    func startingWeightsMatchPythonBitForBit(kind: CharModelKind) throws {
        let expected = try Self.fixtureLines("weights-\(kind.rawValue)-H4").map { line in
            try #require(Double(line), "fixture line \(line)")
        }
        let weights = CharModelWeights.initial(kind: kind, vocabulary: 78, hidden: 4)
        let flat = weights.flatMap(\.scalars)
        #expect(flat.count == expected.count)
        let mismatches = zip(flat, expected).enumerated().filter { $0.element.0.bitPattern != $0.element.1.bitPattern }
        #expect(mismatches.isEmpty, "first differing element: \(String(describing: mismatches.first))")
    }

    /// Runs a fresh trainer over the fixture's iterations, in two calls to cover the
    /// state carried from one call to the next, and holds its losses to numpy's.
    static func expectFixtureLosses(
        _ kind: CharModelKind, _ implementation: CharImplementation, fixture: String? = nil
    ) throws {
        let expected = try fixtureLines(fixture ?? "losses-\(kind.rawValue)-H16").map { try #require(Double($0)) }
        let worker = Worker(textPath: repositoryRoot + "/" + CharText.defaultPath, programDirectory: repositoryRoot + "/bench")
        let trainer = try worker.makeTrainer(kind.rawValue, "16", implementation.rawValue)
        let losses = try trainer.train(iterations: 3) + trainer.train(iterations: expected.count - 3)
        #expect(losses.count == expected.count)
        for (got, want) in zip(losses, expected) {
            #expect(abs(got - want) <= 1e-8 * abs(want), "\(kind) \(implementation): \(losses) against \(expected)")
        }
    }

    @Test(arguments: CharModelKind.allCases, [CharImplementation.native, .tape])
    func lossesMatchNumpy(kind: CharModelKind, implementation: CharImplementation) throws {
        try Self.expectFixtureLosses(kind, implementation)
    }

    static let programsExist = CharModelKind.allCases.allSatisfy {
        FileManager.default.fileExists(atPath: repositoryRoot + "/bench/min_char_\($0.rawValue).jl")
    }

    @Test(.enabled(if: programsExist, "bench/min_char_rnn.jl and min_char_lstm.jl are not in this tree"),
          arguments: CharModelKind.allCases)
    func interpretedLossesMatchNumpy(kind: CharModelKind) throws {
        try Self.expectFixtureLosses(kind, .interpreted)
    }

    static let plainProgramsExist = CharModelKind.allCases.allSatisfy {
        FileManager.default.fileExists(atPath: repositoryRoot + "/bench/plain_\($0.rawValue).jl")
    }

    /// The plain programs against their numpy twins: PlainRNNTrainer for the RNN, and
    /// for the LSTM the reference itself (lesson 6's `lstm` computes what it computes).
    @Test(.enabled(if: plainProgramsExist, "bench/plain_rnn.jl and plain_lstm.jl are not in this tree"),
          arguments: CharModelKind.allCases)
    func plainProgramLossesMatchTheirNumpyTwins(kind: CharModelKind) throws {
        try Self.expectFixtureLosses(kind, .plain, fixture: kind == .rnn ? "losses-plain-rnn-H16" : nil)
    }

    @Test func theWindowRestartsAtTheStartAndAtTheEnd() throws {
        var window = TextWindow(sequenceLength: 25)
        let data = Array(0..<60)
        let first = try window.next(in: data)
        #expect(first.restart && first.inputs.first == 0 && first.targets.last == 25)
        let second = try window.next(in: data)
        #expect(!second.restart && second.inputs.first == 25 && second.targets.last == 50)
        // 50 + 25 + 1 > 60: back to the start with a fresh state.
        let third = try window.next(in: data)
        #expect(third.restart && third.inputs.first == 0)
    }

    @Test func aTextTooShortForOneWindowIsAnError() {
        var window = TextWindow(sequenceLength: 25)
        #expect(throws: BenchError.self) { try window.next(in: Array(0..<25)) }
    }

    @Test func badCommandsAnswerWithAnErrorLine() {
        let worker = Worker(textPath: "/nonexistent/text.txt", programDirectory: "")
        for command in [["time", "rnn-32/native", "-1"], ["losses", "gru", "32", "5", "tape"], ["losses", "rnn", "32", "5", "tape"],
                        ["time", "matmul-x", "1"], ["frobnicate"], ["losses", "rnn", "0", "5", "tape"]] {
            let reply = worker.handle(command)
            #expect(reply.contains("\"error\""), "\(command): \(reply)")
        }
    }
}
