import Engine
import TermPlot

/// What builtins may ask of the program running them, and all the value-level
/// operations they share with the evaluator (operators, array literals, iteration,
/// broadcasting) are written against: call a function value, write output, draw
/// random numbers, stay within the element budget, stop when interrupted, and read
/// the display settings.
///
/// The interpreter is one `Runtime`; a test can make another and call the library's
/// builtins without parsing or evaluating anything (`LibraryTests`).
public protocol Runtime: AnyObject {
    /// Calls a function value: a builtin, a closure of the program, a composed function.
    /// Builtins pass `nowhere` as the position; the error then takes the builtin's call site.
    func call(_ callee: Value, _ arguments: [Value], _ keywords: KeywordArguments, at position: SourcePosition) throws -> Value
    /// Writes program output (`print`, `println`, `display`).
    func write(_ text: String)
    /// The random source behind `rand`, `randn` and the initialisers.
    var random: JuliaXoshiro { get set }
    /// The largest number of elements one array (or string) may be allocated with.
    var elementBudget: Int { get }
    /// Throws `RuntimeError.interrupted()` once the cell has been asked to stop.
    func checkCancelled() throws
    /// Sizes and defaults for displays and plots, and where relative paths resolve.
    var settings: RuntimeSettings { get set }
    /// The terminal's live screen, if there is one, for builtins that draw in place.
    var live: LiveState { get }
    /// The `@diff` recording under way, which every `Param` used reads itself onto
    /// (Builtins+AutoGrad.swift); nil outside one.
    var recording: ParameterRecording? { get set }
    /// The error a `catch` block is handling, innermost first, for `rethrow()`; nil outside one.
    var errorBeingHandled: RuntimeError? { get }
    /// Set just before a dot call hands an elementwise builtin the whole array at once,
    /// and taken (cleared) by the builtin call it starts, which passes it on as
    /// `Arguments.isBroadcast`: `tanh.(A)` and `tanh(A)` of a square matrix differ in Julia.
    var callIsBroadcast: Bool { get set }
    /// The scope whose struct and abstract types the type tree sees (TypeTree.swift):
    /// the program's globals; nil where no program runs.
    var typeScope: Environment? { get }
}

extension Runtime {
    public var errorBeingHandled: RuntimeError? { nil }
    public var typeScope: Environment? { nil }
}

/// The settings a runtime's output depends on.
public struct RuntimeSettings: Sendable {
    /// Columns and rows the REPL display may use.
    public var displaySize: (width: Int, height: Int) = (80, 24)
    /// Canvas and colour for plots.
    public var plotOptions = PlotOptions()
    /// Where `read` resolves relative paths (a lesson's folder); nil means the current directory.
    public var baseDirectory: String? = nil
    /// When set, `read` opens only files inside this folder once every link in the
    /// path is resolved: a course's own code runs confined to the course folder, so a
    /// crafted lesson cannot read `/etc/passwd` or `~/.ssh` (issue 12). Nil (what the
    /// learner types, `rnnlab run` of their own file) reads what the user can, as Julia.
    public var readableFolder: String? = nil

    public init() {}
}

extension Runtime {
    /// The position of a call no source line made (a builtin calling a function it was given).
    var nowhere: SourcePosition { SourcePosition(line: 0, column: 0) }

    func checkBudget(_ count: Int) throws {
        guard count <= elementBudget else {
            throw RuntimeError("refusing to allocate \(count) elements (the budget is \(elementBudget))", kind: .limit)
        }
    }

    func checkBudget(_ product: (partialValue: Int, overflow: Bool)) throws {
        guard !product.overflow else { throw RuntimeError("refusing an allocation too large to count", kind: .limit) }
        try checkBudget(product.partialValue)
    }

    /// Strings count against the same budget, by their UTF-8 bytes: `s = s * s` run
    /// eighty times reached gigabytes in two seconds and aborted the process.
    func checkTextBudget(_ bytes: Int) throws {
        guard bytes <= elementBudget else {
            throw RuntimeError("refusing to make a string of \(bytes) bytes (the budget is \(elementBudget))", kind: .limit)
        }
    }

    func checkTextBudget(_ product: (partialValue: Int, overflow: Bool)) throws {
        guard !product.overflow else { throw RuntimeError("refusing to make a string too long to count", kind: .limit) }
        try checkTextBudget(product.partialValue)
    }

    /// `parts` joined, refused before it is built when it would exceed the budget.
    func joinedText(_ parts: [String], separator: String) throws -> String {
        var total = separator.utf8.count.multipliedReportingOverflow(by: Swift.max(parts.count - 1, 0))
        for part in parts where !total.overflow {
            total = total.partialValue.addingReportingOverflow(part.utf8.count)
        }
        try checkTextBudget(total)
        return parts.joined(separator: separator)
    }
}

extension Runtime {
    /// Writes text a long `show` made, unless Ctrl-C came while it was being made:
    /// `show` then gives up part-way, and half a value must not reach the screen.
    func writeUnlessCancelled(_ text: String) throws {
        try checkCancelled()
        write(text)
    }
}
