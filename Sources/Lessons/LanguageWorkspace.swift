import Engine
import Language
import TermPlot
#if canImport(Glibc)
// glibc's `void malloc_stats(void)` from <malloc.h>, which the Glibc module does not export.
@_silgen_name("malloc_stats")
private func mallocStats()
#endif

/// The notebook language as a lesson workspace: one interpreter whose globals
/// persist from cell to cell.
public final class LanguageWorkspace: Workspace {
    public let interpreter: Interpreter

    public init(limits: Interpreter.Limits = Interpreter.Limits()) {
        interpreter = Interpreter(limits: limits)
    }

    /// What of every workspace in this process is still alive: gradient recordings
    /// (`Tape`s) and scopes. Once the workspaces are gone both must be zero, however
    /// long the program ran; memory tests read it (through `rnnlab run`, see
    /// `RunFile`) instead of the process's size, which allocator noise moves.
    public static var liveObjects: String {
        "live objects: \(Tape.live.current) tapes, \(Environment.live.current) scopes"
    }

    /// Writes the allocator's own count of the bytes the process holds (glibc's
    /// `malloc_stats`: "in use bytes" per arena and in total) to standard error. A memory
    /// test compares it after a short and a long REPL session: it moves only by what the
    /// program allocates, not by the allocator's caching or the machine's load, which
    /// move resident size by megabytes.
    public static func writeAllocatorStatistics() {
        #if canImport(Glibc)
        mallocStats()
        #endif
    }

    public func run(_ code: String, context: RunContext) -> RunResult {
        interpreter.output = context.emit
        interpreter.isCancelled = context.shouldStop
        interpreter.displaySize = (context.style.width, context.style.rows)
        interpreter.liveScreen = context.screen
        // "" confines to the folder relative paths start from (the lesson's).
        interpreter.readableFolder = context.isCourseCode ? "" : nil
        // Live plots draw their last frame; a frame left open stays as it is drawn.
        defer {
            interpreter.finishLiveOutput()
            context.screen?.close()
        }
        // Plots follow the notebook's display: ASCII under --ascii, colour only when
        // the front end has decided colour is wanted.
        var plots = interpreter.plotDefaults
        plots.canvas = context.style.unicode ? (plots.canvas == .ascii ? .braille : plots.canvas) : .ascii
        plots.color = context.style.color ? context.style.colorMode : .none
        interpreter.plotDefaults = plots
        do {
            let result = try interpreter.runCell(code)
            if context.recordsAnswer { interpreter.setGlobal("ans", result.value) }
            let isTrue: Bool
            if case .bool(true) = result.value { isTrue = true } else { isTrue = false }
            if case .nothing = result.value { return RunResult(display: nil, isTrue: false) }
            // Showing a value can take long (a list that shares its parts); Ctrl-C stops it
            // as it stops the cell, and then nothing half-shown is printed.
            if result.suppressed { return RunResult(display: nil, isTrue: isTrue) }
            guard let shown = display(result.value, width: context.style.width, height: context.style.rows,
                                      stoppingWhen: context.shouldStop) else {
                return RunResult(error: "\(RuntimeError.interrupted())", wasInterrupted: true)
            }
            return RunResult(display: shown, isTrue: isTrue)
        } catch {
            let interrupted = (error as? RuntimeError)?.isInterruption ?? false
            return RunResult(error: "\(error)", wasInterrupted: interrupted)
        }
    }

    public func isComplete(_ code: String) -> Bool { Language.isComplete(code) }

    public func snapshot() -> WorkspaceSnapshot { WorkspaceSnapshot(interpreter.snapshot()) }

    public func restore(_ snapshot: WorkspaceSnapshot) {
        if let s = snapshot.storage as? Interpreter.Snapshot { interpreter.restore(s) }
    }

    public func variables() -> [(name: String, summary: String)] {
        interpreter.globalVariableNames.filter { $0 != "ans" }.compactMap { name in
            guard let value = interpreter.global(name) else { return nil }
            if case .function = value { return (name, "function") }
            return (name, describeType(value))
        }
    }

    public func completionNames() -> [String] { interpreter.visibleNames }

    public func help(for name: String) -> String? { interpreter.help(for: name) }

    public func bpttTrace(named name: String) -> BPTTTrace? {
        interpreter.global(name).flatMap(interpreter.bpttTrace(rebuiltFrom:))
    }

    public func answerValue() -> AnswerValue? {
        interpreter.global("ans").map(LanguageWorkspace.answerValue)
    }

    /// A language value as exercise checks compare it.
    static func answerValue(_ value: Value) -> AnswerValue {
        switch value {
        case .nothing: return .nothing
        case .int(let n): return .number(Double(n))
        case .float(let x): return .number(x)
        case .array(let box): return .array(shape: box.tensor.shape, elements: box.tensor.scalars)
        case .tracked(let v):
            return v.value.shape.isEmpty ? .number(v.value.scalars.first ?? .nan)
                : .array(shape: v.value.shape, elements: v.value.scalars)
        case .range(let range):
            let elements = range.doubles
            return .array(shape: [elements.count], elements: elements)
        case .list(let box): return .list(box.items.map(answerValue))
        case .tuple(let items): return .list(items.map(answerValue))
        default: return .other(shown: show(value), kind: typeName(value))
        }
    }

    public func namesAssigned(byLastStatementOf code: String) -> [String]? {
        guard let last = (try? onLargeStack { try Parser.parse(code) })?.statements.last else { return nil }
        switch last.kind {
        case .assign(let target, _), .updateAssign(_, _, let target, _): return LanguageWorkspace.rootNames(of: target)
        case .function(let declaration): return declaration.name.map { [$0] }
        default: return nil
        }
    }

    /// The variables an assignment target writes: `x`, the `x` of `x[i]` or `x.f`,
    /// every name of `(a, b)`.
    static func rootNames(of target: Expr) -> [String] {
        switch target.kind {
        case .identifier(let name): return [name.text]
        case .index(let base, _), .field(let base, _), .typed(let base, _): return rootNames(of: base)
        case .tuple(let items): return items.flatMap(rootNames)
        default: return []
        }
    }

    public func namesMentioned(in code: String) -> Set<String> {
        guard let tokens = try? Scanner.tokens(of: code) else { return [] }
        return Set(tokens.compactMap { token in
            if case .identifier(let name) = token.kind { return name }
            return nil
        })
    }

    public func setDirectory(_ path: String) {
        interpreter.baseDirectory = path.isEmpty ? nil : path
    }
}
