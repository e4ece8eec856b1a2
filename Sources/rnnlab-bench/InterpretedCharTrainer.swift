import Engine
import Foundation
import Language

/// The benchmark's model written in the notebook language (bench/min_char_rnn.jl,
/// bench/min_char_lstm.jl, or their plain forms bench/plain_rnn.jl and
/// bench/plain_lstm.jl) and run by the interpreter. The harness defines the
/// globals the specification names — `data` (1-based ids), `V`, `H`, `T`, `lr` and
/// `w0` (the starting weights) — runs the program once, then calls its `train(n)`.
final class InterpretedCharTrainer: CharTrainer {
    let interpreter = Interpreter(output: { _ in })

    init(
        program: String, programDirectory: String, data: [Int], vocabulary: Int, hidden: Int, weights: [Tensor]
    ) throws {
        let path = "\(programDirectory)/\(program)"
        guard let source = FileManager.default.contents(atPath: path) else {
            throw BenchError("cannot read \(path)")
        }
        let ids = Tensor(vector: data.map { Double($0 + 1) })
        interpreter.setGlobal("data", .array(ArrayBox(ids, elementType: .int64)))
        interpreter.setGlobal("V", .int(vocabulary))
        interpreter.setGlobal("H", .int(hidden))
        interpreter.setGlobal("T", .int(25))
        interpreter.setGlobal("lr", .float(0.1))
        interpreter.setGlobal("w0", .list(ListBox(weights.map { .array(ArrayBox($0)) }, isAny: true)))
        interpreter.baseDirectory = programDirectory
        try interpreter.run(source: String(decoding: source, as: UTF8.self))
    }

    func train(iterations: Int) throws -> [Double] {
        let result = try interpreter.run(source: "train(\(iterations))")
        guard case .array(let box) = result, box.tensor.count == iterations else {
            throw BenchError("train(\(iterations)) should return a Vector of \(iterations) losses")
        }
        return box.tensor.scalars
    }
}
