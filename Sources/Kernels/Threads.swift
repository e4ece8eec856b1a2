// How many threads a large matrix multiply may use.

import KernelsSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The default limit on threads per kernel call: RNNLAB_THREADS when it is a positive
/// integer, otherwise the number of online CPUs.
public let defaultThreadLimit: Int = {
    if let text = environmentValue("RNNLAB_THREADS"), let value = Int(text), value > 0 { return value }
    return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}()

/// The limit on threads for kernel calls made from this thread right now.
public var threadLimit: Int {
    KernelThreadState.current.threadLimit ?? defaultThreadLimit
}

/// Runs `body` with kernel calls made from this thread using at most `limit` threads (at
/// least one); for measuring one core against single-threaded references, or keeping a
/// core free.
public func withThreadLimit<Result>(_ limit: Int, _ body: () throws -> Result) rethrows -> Result {
    let state = KernelThreadState.current
    let saved = state.threadLimit
    state.threadLimit = max(1, limit)
    defer { state.threadLimit = saved }
    return try body()
}

/// Below this many multiply-adds a product runs on one thread: a half-product of under
/// ~25 µs is not worth waking the other core. From measurements on a 2-core Zen 3 that
/// was heavily loaded throughout (load average 5–9): from 96³ two threads were at times
/// faster (up to 1.7× at 112³–128³), below it never. Worth measuring again on an idle
/// machine.
let parallelThreshold = 96 * 96 * 96

/// Products thinner than this (k, the summed dimension) stay on one thread whatever
/// their size: each thread packs its own copy of the shared operand, and with little
/// arithmetic per packed element the split did not pay. Measured on the LSTM
/// character model of hidden size 100, whose weight gradient is 100×400 with k = 25:
/// 1550 iterations/s with two threads against 1780 with one (three runs each, load
/// average 1.2–1.4).
let parallelMinimumDepth = 64

/// Threads for a product of m·n·k multiply-adds under the current limit.
func threadCount(m: Int, n: Int, k: Int) -> Int {
    let work = Double(m) * Double(n) * Double(k)
    if work < Double(parallelThreshold) || k < parallelMinimumDepth { return 1 }
    return threadLimit
}
