// bench/sums: Julia's summation order (JuliaReduction, as Engine compiles it) against the
// left-to-right loop Tensor.sum used before, on the same data; prints ns per element and
// the ratio old / new (above 1: the new order is faster).
import Foundation

@inline(never) func leftToRight(_ x: [Double]) -> Double { x.dropFirst().reduce(x[0], +) }
@inline(never) func julia(_ x: [Double]) -> Double { JuliaReduction.sum.reduce(x) }

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

var sink = 0.0
print("n          old ns/elt  new ns/elt  old/new")
for n in [10, 100, 1_000, 10_000, 1_000_000] {
    let x = (0..<n).map { Double($0 % 97) * 0.37 + 0.1 }
    let repeats = max(1, 50_000_000 / n)
    var best = (Double.infinity, Double.infinity)
    for _ in 0..<5 {
        best.0 = min(best.0, seconds { for _ in 0..<repeats { sink += leftToRight(x) } })
        best.1 = min(best.1, seconds { for _ in 0..<repeats { sink += julia(x) } })
    }
    let scale = 1e9 / Double(repeats * n)
    print(String(format: "%-10d %10.3f  %10.3f  %7.2f", n, best.0 * scale, best.1 * scale, best.0 / best.1))
}
if sink == 42 { print(sink) }

// A published Julia output this order reproduces (JuliaLang/julia#47216, a haswell CPU):
// `f(n) = sum(i -> 4/(4i-2n-3), 1:n); f(100_000_000)` printed 3.1415926435897923, and the
// same sum with `init=0.0` (foldl, left to right from 0.0) 3.1415926435899633. Blocks of
// 8, 32 or 1 partial sums give 3.141592643589796, 3.141592643589796 and 3.141592643589771.
let n = 100_000_000
let terms = (1...n).map { 4.0 / Double(4 * $0 - 2 * n - 3) }
let pairwise = JuliaReduction.sum.reduce(terms)
let fromZero = terms.withUnsafeBufferPointer { JuliaReduction.sum.sequential(start: 0, $0) }
print("julia#47216: sum \(pairwise) (published 3.1415926435897923), init=0.0 \(fromZero) (published 3.1415926435899633)")
if pairwise != 3.1415926435897923 || fromZero != 3.1415926435899633 { print("MISMATCH"); exit(1) }
