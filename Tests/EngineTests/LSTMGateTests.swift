import Foundation
import Testing
@testable import Engine

/// The gate order is one definition (LSTMGate): the cells place their blocks by it, and
/// the Python references state the same order.
@Suite struct LSTMGateTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// bench/char_reference.py's LSTM_GATES, which its LSTMs, char_jax.py and the
    /// engine's fixture script slice by, names the cases in LSTMGate's order.
    @Test func thePythonReferencesUseTheSameOrder() throws {
        let source = try String(
            contentsOf: Self.repositoryRoot.appendingPathComponent("bench/char_reference.py"), encoding: .utf8)
        let line = try #require(source.split(separator: "\n").first { $0.hasPrefix("LSTM_GATES = (") })
        let names = line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(names == LSTMGate.allCases.map { "\($0)" })
    }

    /// With zero weights and each gate's bias block saturating it (forget shut, input and
    /// output open, candidate at +1), the new cell is 1 and h' = tanh(1), whatever c was;
    /// a cell that read the blocks in another order would give another answer. Holds for
    /// the definition and for the fused operation lstmCell picks.
    @Test func theCellsPlaceTheirBlocksByIt() throws {
        let inputs = 3, hidden = 2
        var bias = [Double](repeating: 0, count: 4 * hidden)
        let saturation: [LSTMGate: Double] = [.forget: -40, .input: 40, .output: 40, .candidate: 40]
        for gate in LSTMGate.allCases {
            for j in gate.block(length: hidden) { bias[j] = saturation[gate]! }
        }
        let w = Var(try Tensor.zeros(shape: [inputs + hidden, 4 * hidden]))
        let b = Var(Tensor(unchecked: [1, 4 * hidden], bias))
        let x = Var(try Tensor.zeros(shape: [1, inputs]))
        let h = Var(Tensor(unchecked: [1, hidden], [0.3, -0.2]))
        let c = Var(Tensor(unchecked: [1, hidden], [5, -7]))
        let cells: [(String, (Var, Var, Var, Var, Var) throws -> (h: Var, c: Var))] = [
            ("composed", { try composedLSTMCell($0, $1, $2, weight: $3, bias: $4) }),
            ("lstmCell", { try lstmCell($0, $1, $2, weight: $3, bias: $4) }),
        ]
        for (name, cell) in cells {
            let (h2, c2) = try cell(x, h, c, w, b)
            for k in 0..<hidden {
                #expect(abs(c2.value.scalars[k] - 1) < 1e-15, "\(name): c'")
                #expect(abs(h2.value.scalars[k] - Foundation.tanh(1)) < 1e-14, "\(name): h'")
            }
        }
    }
}
