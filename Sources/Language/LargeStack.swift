import Foundation

/// Runs `body` on a thread of its own whose stack holds the deepest nesting the
/// parser and the call-depth limit allow, and waits for it.
///
/// Parsing and evaluation recurse with the program's nesting. The main thread's
/// 8 MB did not hold the parser's 800 levels in a debug build: 100,000 unclosed `(`
/// typed at the prompt crashed the notebook in the completeness check (issue 12).
/// So everything that parses or evaluates a learner's code comes here.
public func onLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
    let outcome = LargeStackOutcome<T>()
    let done = DispatchSemaphore(value: 0)
    outcome.work = body
    let thread = Thread {
        outcome.result = Result { try outcome.work!() }
        // The thread keeps its block until it exits, after this returns: drop the
        // work (which may hold an interpreter) first, so what the caller lets go of
        // is freed at once, on the caller's thread, not later on this one.
        outcome.work = nil
        done.signal()
    }
    thread.stackSize = largeStackSize
    thread.start()
    done.wait()
    return try outcome.result!.get()
}

/// The evaluation thread's stack; only the part a program uses is ever touched.
let largeStackSize = 1 << 29

/// Carries the work to the thread and its result back; the semaphore orders the accesses.
private final class LargeStackOutcome<T>: @unchecked Sendable {
    var work: (() throws -> T)?
    var result: Result<T, Error>?
}
