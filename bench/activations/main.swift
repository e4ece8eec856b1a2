// The activation kernels side by side: the approximate kernels they replaced (commit
// 2bba48e's ElementwiseKernels.swift, compiled here as `Old`), the kernels that compute
// JuliaMath's functions bit for bit, and a loop of the scalar functions themselves.
// Built and run by bench/activations/run; see there.
import JuliaMath

#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Deterministic inputs: uniform in [−scale, scale) (SplitMix64).
func inputs(_ n: Int, scale: Double, seed: UInt64) -> [Double] {
    var state = seed
    return (0..<n).map { _ in
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return scale * (Double(z >> 11) * 0x1p-52 - 1)
    }
}

typealias Kernel = (Int, UnsafeMutablePointer<Double>) -> Void
let kernels: [(name: String, old: Kernel, new: Kernel, scalar: (Double) -> Double)] = [
    ("exp", Old.expInPlace, expInPlace, Julia.exp),
    ("tanh", Old.tanhInPlace, tanhInPlace, Julia.tanh),
    ("sigmoid", Old.sigmoidInPlace, sigmoidInPlace, Julia.sigm),
]

let arguments = CommandLine.arguments
let n = 1000
let source = inputs(n, scale: 5, seed: 1)
var work = source

if arguments.count >= 4, arguments[1] == "count" {
    // For callgrind: `count FUNCTION IMPL CALLS` runs one kernel CALLS times on the fixed input.
    let k = kernels.first { $0.name == arguments[2] }!
    let calls = Int(arguments[4])!
    for _ in 0..<calls {
        work = source
        work.withUnsafeMutableBufferPointer { p in
            switch arguments[3] {
            case "old": k.old(n, p.baseAddress!)
            case "new": k.new(n, p.baseAddress!)
            default: for i in 0..<n { p[i] = k.scalar(p[i]) }
            }
        }
    }
    print(work.reduce(0, +))
    exit(0)
}

/// `x` to two decimals, right-aligned in `width` characters (no Foundation here).
func column(_ x: Double, _ width: Int) -> String {
    let hundredths = Int((x * 100).rounded())
    let fraction = hundredths % 100
    return column("\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)", width)
}
func column(_ s: String, _ width: Int) -> String { String(repeating: " ", count: Swift.max(0, width - s.count)) + s }

/// Nanoseconds per element of `body` on a copy of the input: the median over rounds of
/// batches of 200 calls; the three implementations alternate within each round.
let rounds = 31
print("function  old ns/elt  new ns/elt  scalar ns/elt  new/old  scalar/new   (n = \(n), inputs in [-5, 5), median of \(rounds) rounds of 200 calls)")
for k in kernels {
    var times: [[Double]] = [[], [], []]
    for _ in 0..<rounds {
        for impl in 0..<3 {
            let start = now()
            for _ in 0..<200 {
                work = source
                work.withUnsafeMutableBufferPointer { p in
                    switch impl {
                    case 0: k.old(n, p.baseAddress!)
                    case 1: k.new(n, p.baseAddress!)
                    default: for i in 0..<n { p[i] = k.scalar(p[i]) }
                    }
                }
            }
            times[impl].append((now() - start) / Double(200 * n) * 1e9)
        }
    }
    let m = times.map { $0.sorted()[rounds / 2] }
    // Also check that the new kernel is the scalar function on this input.
    var check = source
    check.withUnsafeMutableBufferPointer { k.new(n, $0.baseAddress!) }
    let same = zip(check, source).allSatisfy { $0.bitPattern == k.scalar($1).bitPattern }
    print(column(k.name, 9), column(m[0], 10), column(m[1], 10), column(m[2], 13), column(m[1] / m[0], 7) + "x",
          column(m[2] / m[1], 9) + "x", same ? "  new == scalar bit for bit" : "  NEW DIFFERS FROM SCALAR")
}
