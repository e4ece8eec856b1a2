#if canImport(Glibc)
import Glibc
#endif
import Lessons
import LineEditing

/// `rnnlab line-probe`: a hidden echo loop that exercises the line-editing layer on
/// its own, so the pseudo-terminal tests can check prompts, history, completion and
/// Ctrl-C before (and independently of) the notebook REPL.
///
/// Each line is echoed as "got: LINE" and added to the history in the state
/// directory. The line "spin" runs a busy loop that only Ctrl-C stops ("stopped"),
/// like a long cell. Ctrl-C at the prompt prints "interrupted"; Ctrl-D ends with 0.
func runLineEditingProbe() -> Int32 {
    let words = ["lstmcell", "lineplot", "length"]
    let reader = makeLineReader(
        historyPath: StatePaths.historyFilePath(environment: StatePaths.processEnvironment()),
        completion: { before in
            let word = before.split(separator: " ", omittingEmptySubsequences: false).last ?? ""
            return words.filter { $0.hasPrefix(word) }
        },
        symbols: LaTeXSymbols.substitution(endOf:)
    )
    while true {
        switch reader.readLine(prompt: "probe> ") {
        case .line(let line):
            reader.addHistory(line)
            print("got: \(line)")
            if line == "spin" {
                spinUntilInterrupted()
            }
        case .interrupted:
            print("interrupted")
        case .endOfInput:
            return 0
        }
    }
}

/// Stands in for a long computation that polls the interrupt flag; gives up after a
/// minute so a broken Ctrl-C cannot leave a test process spinning forever.
private func spinUntilInterrupted() {
    InterruptFlag.clear()
    print("spinning")
    flushAllOutput()
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    var polls = 0
    while !InterruptFlag.isSet {
        polls &+= 1
        if polls % 1_000_000 == 0 {
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            if now.tv_sec - start.tv_sec > 60 {
                print("spin gave up")
                return
            }
        }
    }
    InterruptFlag.clear()
    print("stopped")
}
