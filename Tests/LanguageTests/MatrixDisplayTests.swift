import Engine
import Testing
@testable import Language

/// Large arrays against Julia's own printed form. Each expectation is text that Julia
/// printed (the manual's `rand(10,10)`, a package's doctest of a 2053×29 matrix, the
/// REPL's `collect(1:100)`); the elements Julia did not show are filled with numbers
/// of the same width, which only decide that those columns do not fit.
struct MatrixDisplayTests {
    /// A `rows`×`columns` Float64 matrix holding `shown[(i, j)]` (1-based, as in Julia)
    /// and `filler` elsewhere.
    func matrix(_ rows: Int, _ columns: Int, filler: Double, _ shown: [[Int]: Double]) throws -> Value {
        var scalars = [Double](repeating: filler, count: rows * columns)
        for (index, x) in shown { scalars[(index[0] - 1) + (index[1] - 1) * rows] = x }
        return .array(ArrayBox(try Tensor(shape: [rows, columns], scalars: scalars)))
    }

    /// The rows of `text` as numbers, placed at the given 1-based row and column indices.
    func entries(_ text: [String], rows: [Int], columns: [Int]) -> [[Int]: Double] {
        var out: [[Int]: Double] = [:]
        for (r, line) in zip(rows, text) {
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            for (c, x) in zip(columns, numbers) { out[[r, c]] = x }
        }
        return out
    }

    @Test func theManualsTenByTenAtEightyColumns() throws {
        // The arrays chapter of the Julia manual: `a = rand(10,10)` at 80 columns.
        let julia = """
             0.561255   0.226678   0.203391  0.308912   …  0.750307  0.235023   0.217964
             0.718915   0.537192   0.556946  0.996234      0.666232  0.509423   0.660788
             0.493501   0.0565622  0.118392  0.493498      0.262048  0.940693   0.252965
             0.0470779  0.736979   0.264822  0.228787      0.161441  0.897023   0.567641
             0.343935   0.32327    0.795673  0.452242      0.468819  0.628507   0.511528
             0.935597   0.991511   0.571297  0.74485    …  0.84589   0.178834   0.284413
             0.160706   0.672252   0.133158  0.65554       0.371826  0.770628   0.0531208
             0.306617   0.836126   0.301198  0.0224702     0.39344   0.0370205  0.536062
             0.890947   0.168877   0.32002   0.486136      0.096078  0.172048   0.77672
             0.507762   0.573567   0.220124  0.165816      0.211049  0.433277   0.539476
            """
        let lines = julia.split(separator: "\n").map(String.init)
        let value = try matrix(10, 10, filler: 0.123456, entries(lines.map { $0.replacingOccurrences(of: "…", with: "") }, rows: Array(1...10), columns: [1, 2, 3, 4, 8, 9, 10]))
        #expect(display(value, width: 80, height: 24) == "10×10 Matrix{Float64}:\n" + julia)
    }

    @Test func allThreeKindsOfDotsAsADoctestShowsThem() throws {
        // ContinuousWavelets.jl's doctest of `wCo[:,:,1,1]`, a 2053×29 matrix, on a
        // 9-row, 61-column display: `⋮` under the first of each five columns, counted
        // from the matrix's first column on both sides of `⋱`.
        let julia = """
            2053×29 Matrix{Float64}:
             0.688432  1.0  1.0  1.0  1.0  …  1.0  1.0  1.0  1.0  1.0
             0.687333  1.0  1.0  1.0  1.0     1.0  1.0  1.0  1.0  1.0
             ⋮                             ⋱       ⋮
             0.952408  1.0  1.0  1.0  1.0     1.0  1.0  1.0  1.0  1.0
             0.952626  1.0  1.0  1.0  1.0     1.0  1.0  1.0  1.0  1.0
            """
        let value = try matrix(2053, 29, filler: 1.0, [[1, 1]: 0.688432, [2, 1]: 0.687333, [2052, 1]: 0.952408, [2053, 1]: 0.952626])
        #expect(display(value, width: 61, height: 9) == julia)
    }

    @Test func theRightBlocksDotsFollowTheMatrixsColumnNumbers() throws {
        // The same doctest's `wCo[:,:,1,2]`: the right block holds columns 28 and 29,
        // neither a multiple of five past column 1, so no `⋮` follows `⋱`.
        let julia = """
            2053×29 Matrix{Float64}:
             0.995092  0.984109  0.952974  …  0.128329  0.0335945
             0.995082  0.984082  0.952852     0.128308  0.0336075
             ⋮                             ⋱
             0.652498  0.994972  0.992932     0.19849   0.0902301
             0.653111  0.994978  0.992951     0.198585  0.0902469
            """
        let rows = julia.split(separator: "\n").dropFirst().filter { !$0.contains("⋮") }.map { String($0).replacingOccurrences(of: "…", with: "") }
        let value = try matrix(2053, 29, filler: 0.123456, entries(rows, rows: [1, 2, 2052, 2053], columns: [1, 2, 3, 28, 29]))
        #expect(display(value, width: 61, height: 9) == julia)
    }

    @Test func aLongVectorShowsTenRowsThenNine() throws {
        // `collect(1:100)` in a 24-row REPL: rows 1–10, `⋮` right-aligned, rows 92–100.
        let value = Value.array(ArrayBox(try Tensor(shape: [100], scalars: (1...100).map(Double.init)), elementType: .int64))
        func padded(_ n: Int) -> String { String(repeating: " ", count: 4 - String(n).count) + String(n) }
        let top: [String] = (1...10).map(padded)
        let bottom: [String] = (92...100).map(padded)
        let expected: [String] = ["100-element Vector{Int64}:"] + top + ["   ⋮"] + bottom
        #expect(display(value, width: 80, height: 24) == expected.joined(separator: "\n"))
    }

    @Test func aFortyByFortyMatrixKeepsItsCornersAndFitsTheScreen() throws {
        let value = try matrix(40, 40, filler: 0.5, [:])
        for (width, height) in [(40, 24), (60, 30), (80, 24)] {
            let lines = display(value, width: width, height: height).split(separator: "\n")
            #expect(lines.count == height - 3, "\(width)×\(height)")
            #expect(lines.allSatisfy { $0.count <= width }, "\(width)×\(height)")
            #expect(lines[0] == "40×40 Matrix{Float64}:")
            #expect(lines.contains { $0.contains("⋱") })
        }
    }

    @Test func showReprAndPrintWriteEveryElementAsJuliaDoes() throws {
        // Julia limits only `display`: `show(A)`, `repr(A)` and `println(A)` write the
        // whole matrix on one line, rows separated by "; ".
        let value = try matrix(40, 40, filler: 0.5, [[1, 1]: 1.25, [40, 40]: -2.0])
        let text = show(value)
        #expect(text.hasPrefix("[1.25 0.5 0.5"))
        #expect(text.hasSuffix("0.5 -2.0]"))
        #expect(text.split(separator: ";").count == 40)
        #expect(text.split(separator: " ").count == 40 * 40)
        #expect(!text.contains("…") && !text.contains("⋮"))
        #expect(printString(value) == text)
    }
}
