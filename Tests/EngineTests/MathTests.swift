import Testing
@testable import Engine

/// Elementwise functions against numpy, including the extremes where a naive formula
/// overflows.
@Suite struct MathTests {
    static func apply(_ op: String, _ x: Tensor, _ c: Double?) throws -> Tensor {
        switch op {
        case "tanh": return x.tanh()
        case "sigm": return x.sigm()
        case "relu": return x.relu()
        case "exp": return x.exp()
        case "log": return x.log()
        case "abs": return x.abs()
        case "sqrt": return x.sqrt()
        case "max", "min":
            guard let c else { throw Fixture.Problem(description: "\(op) needs the constant c") }
            return op == "max" ? x.max(c) : x.min(c)
        default: throw Fixture.Problem(description: "unknown function \(op)")
        }
    }

    @Test func elementwiseFunctionsMatchNumpy() throws {
        for c in try Fixture.load("math")["cases"].array {
            let op = try c["op"].string
            let x = try c["x"].tensor
            let k = c.has("c") ? try c["c"].double : nil
            // Transcendentals from Swift's libm and numpy's may differ by an ulp or two.
            expectClose(try Self.apply(op, x, k), try c["out"].tensor, "\(op) on \(shapeText(x.shape))")
        }
    }

    @Test func sigmoidNeverOverflows() {
        let x = Tensor(vector: [-1e308, -800, -745, 745, 800, 1e308, -.infinity, .infinity])
        let y = x.sigm()
        #expect(y.scalars.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
        #expect(y.scalars[0] == 0 && y.scalars[5] == 1 && y.scalars[6] == 0 && y.scalars[7] == 1)
    }

    @Test func reluAndClampKeepTheirBoundaries() {
        let x = Tensor(vector: [-2, -0.0, 0, 0.5, 3])
        #expect(x.relu().scalars == [0, 0, 0, 0.5, 3])
        #expect(x.clamped(-1, 1).scalars == [-1, -0.0, 0, 0.5, 1])
    }
}
