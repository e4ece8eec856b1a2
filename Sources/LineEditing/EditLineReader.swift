#if canImport(Glibc)
import Glibc
#endif
import EditLineShim
import StateFiles

/// Line editing on a terminal with libedit: emacs keys, a history file, Tab
/// completion, and Ctrl-C that clears the line instead of ending the program.
///
/// libedit calls back into this object (prompt, key reading, completion) through
/// its client-data pointer, so each reader carries its own state and there are no
/// globals. Use it from the main thread: that is the thread the kernel wakes with
/// SIGINT, which is how a waiting prompt notices Ctrl-C.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let completion: CompletionProvider?
    private let symbols: SymbolProvider?
    private let inputFD: Int32
    private var promptText: UnsafeMutablePointer<CChar>
    private var keys = UTF8KeyDecoder()
    private var interruptPending = false
    private var seenResizes = TerminalSize.resizeCount

    /// Why the history file could not be read or written, if it could not; the
    /// REPL may show it once. Editing goes on without a file either way.
    public private(set) var historyProblem: String?
    /// What the front end should say once at the start: the history file was set aside.
    public private(set) var startupWarning: String?

    /// How many entries the in-memory history holds (for tests and diagnostics).
    public var historyCount: Int { Int(rnn_history_length(history)) }

    /// Opens an editor on standard input and output, which should be a terminal.
    ///
    /// - Parameters:
    ///   - historyPath: the history file, loaded now and rewritten after every
    ///     entry (its directory is created when needed); `nil` keeps history in
    ///     memory only.
    ///   - historySize: how many entries to keep.
    ///   - completion: offers words for Tab; `nil` leaves Tab inserting nothing.
    /// - Returns: `nil` if libedit cannot open an editor.
    public init?(
        program: String = "rnnlab",
        historyPath: String?,
        historySize: Int = 1000,
        completion: CompletionProvider? = nil,
        symbols: SymbolProvider? = nil
    ) {
        InterruptFlag.install()
        TerminalSize.watchResizes()
        guard let editor = rnn_el_open(program) else { return nil }
        guard let history = rnn_history_open(Int32(clamping: historySize)) else {
            rnn_el_close(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.historyPath = historyPath
        self.completion = completion
        self.symbols = symbols
        self.inputFD = rnn_el_input_fd(editor)
        self.promptText = strdup("")
        if let historyPath {
            loadHistory(from: historyPath)
        }
        configure()
    }

    deinit {
        rnn_el_close(editor)
        rnn_history_close(history)
        free(promptText)
    }

    private func configure() {
        rnn_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        rnn_el_set_editor(editor, "emacs")
        rnn_el_set_signal(editor, 0)
        rnn_el_set_history(editor, history)
        rnn_el_set_prompt(editor) { editor in
            guard let reader = EditLineReader.owner(of: editor) else { return nil }
            return reader.promptText
        }
        rnn_el_set_getc(editor) { editor, key in
            guard let reader = EditLineReader.owner(of: editor), let key else { return -1 }
            return reader.nextKey(into: key)
        }
        if completion != nil || symbols != nil {
            rnn_el_add_function(editor, "rnnlab-complete", "Complete the word before the cursor") { editor, _ in
                guard let reader = EditLineReader.owner(of: editor) else { return UInt8(CC_ERROR) }
                return reader.complete()
            }
            rnn_el_bind(editor, "^I", "rnnlab-complete")
        }
        for (sequence, action) in KeyBindings.table {
            rnn_el_bind(editor, sequence, action.rawValue)
        }
        // Bound only in single-key mode: the key itself becomes the whole line.
        // The answer is kept aside rather than inserted: whatever libedit holds in its
        // buffer while it decodes the escape sequence is not part of the answer.
        rnn_el_add_function(editor, "rnnlab-single-key", "Answer with this key alone") { editor, key in
            guard let reader = EditLineReader.owner(of: editor), let answer = SingleKeys.answer(forKey: key) else {
                return UInt8(CC_ERROR)
            }
            reader.singleKeyAnswer = answer
            return UInt8(CC_NEWLINE)
        }
    }

    /// In single-key mode → answers "n" and ← answers "p" at once, without Enter: the
    /// BPTT stepper moves a step per key press. Off, the arrows move the cursor.
    public func setSingleKeyMode(_ on: Bool) {
        guard on != singleKeyMode else { return }
        singleKeyMode = on
        for (sequence, normal) in SingleKeys.arrows {
            rnn_el_bind(editor, sequence, on ? "rnnlab-single-key" : normal)
        }
    }

    private var singleKeyMode = false
    /// Set by a single-key press; `readLine` returns it instead of the edited text.
    private var singleKeyAnswer: String?

    private static func owner(of editor: OpaquePointer?) -> EditLineReader? {
        guard let editor, let data = rnn_el_get_clientdata(editor) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    // MARK: Reading

    /// Shows `prompt` and edits a line. Wrap colour escape sequences in the prompt
    /// between two "\u{01}" characters so libedit does not count them as columns.
    ///
    /// Ctrl-C clears the line, prints "^C" and a newline, clears ``InterruptFlag``
    /// and returns `.interrupted`. Ctrl-D on an empty line, or a terminal that went
    /// away, returns `.endOfInput`. A Ctrl-C pressed before the prompt appears is
    /// forgotten: the flag is cleared on entry.
    public func readLine(prompt: String) -> LineResult {
        InterruptFlag.clear()
        interruptPending = false
        keys = UTF8KeyDecoder()
        free(promptText)
        promptText = strdup(prompt)

        var count: Int32 = 0
        singleKeyAnswer = nil
        let text = rnn_el_gets(editor, &count)
        if let answer = singleKeyAnswer {
            singleKeyAnswer = nil
            return .line(answer)
        }
        if let text, count > 0 {
            var line = String(cString: text)
            if line.hasSuffix("\n") { line.removeLast() }
            stepOverMarginRow(after: line)
            return .line(line)
        }
        if count < 0 && InterruptFlag.isSet {
            InterruptFlag.clear()
            rnn_el_write(editor, "^C\n")
            return .interrupted
        }
        rnn_el_write(editor, "\n")
        return .endOfInput
    }

    /// libedit leaves a blank row under a line that ends exactly at the right margin
    /// (``MarginWrap`` says why); moving back up onto that row puts what follows right
    /// under the line, as after any other line.
    private func stepOverMarginRow(after line: String) {
        guard rnn_el_has_auto_margins(editor) != 0,
              MarginWrap.endsAtRightMargin(prompt: String(cString: promptText), line: line,
                                           columns: Int(rnn_el_columns(editor)))
        else { return }
        rnn_el_cursor_up(editor)
    }

    /// libedit's key reader. Owning it keeps Ctrl-C independent of libedit's own
    /// EINTR retry logic (which differs between libedit versions), catches a Ctrl-C
    /// pressed just before the read starts, puts the cursor at the end of the line
    /// before "^C" is printed, and notices terminal resizes between keys.
    private func nextKey(into key: UnsafeMutablePointer<wchar_t>) -> Int32 {
        if interruptPending {
            errno = EINTR
            return -1
        }
        while true {
            if InterruptFlag.isSet {
                // Send Ctrl-E (end of line) first, so the "^C" printed afterwards
                // lands after the abandoned text rather than over it.
                interruptPending = true
                key.pointee = 0x05
                return 1
            }
            var byte: UInt8 = 0
            let count = read(inputFD, &byte, 1)
            if count == 1 {
                noticeResize()
                if let scalar = keys.feed(byte) {
                    key.pointee = wchar_t(bitPattern: scalar.value)
                    return 1
                }
            } else if count == 0 {
                return 0
            } else if errno != EINTR {
                return -1
            }
        }
    }

    private func noticeResize() {
        let resizes = TerminalSize.resizeCount
        if resizes != seenResizes {
            seenResizes = resizes
            rnn_el_resize(editor)
        }
    }

    // MARK: Completion

    private func complete() -> UInt8 {
        var length: Int32 = 0
        let start = rnn_el_text_before_cursor(editor, &length)
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: Int(length)), as: UTF8.self)
        let plan = CompletionPlan(
            lineBeforeCursor: before, candidates: completion?(before) ?? [], symbol: symbols?(before))
        switch plan {
        case let .replace(count, text):
            rnn_el_delete_before(editor, Int32(clamping: count))
            return rnn_el_insert(editor, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
        case .insert(let text):
            return rnn_el_insert(editor, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
        case .list(let words):
            let width = TerminalSize.current()?.columns ?? 80
            rnn_el_write(editor, "\n" + completionListing(words, width: width) + "\n")
            return UInt8(CC_REDISPLAY)
        case .nothing:
            return UInt8(CC_REFRESH_BEEP)
        }
    }

    // MARK: History

    /// Adds `entry` to the history and rewrites the history file. Blank entries
    /// are skipped; a repeat of the previous entry is kept once.
    public func addHistory(_ entry: String) {
        guard entry.contains(where: { !$0.isWhitespace }) else { return }
        rnn_history_enter(history, entry)
        if let historyPath {
            saveHistory(to: historyPath)
        }
    }

    /// Far beyond 1000 entries of any sane length: a larger file is not a history.
    static let historyFileLimit = 16 << 20

    /// Loads the history file when it is a plain file of sane size that libedit can
    /// read; anything else is set aside (never deleted) with a warning and a new
    /// history starts. A FIFO there used to stop the start until Ctrl-C, a link to
    /// /dev/zero grew to 9.5 GB in 10 s, and a corrupt file was silently replaced.
    private func loadHistory(from path: String) {
        StateFile.removeStaleTemporaries(of: path)
        let found = StateFile.kind(of: path)
        let reason: String
        switch found {
        case .missing, .regular(size: 0): return
        case .regular(let size) where size <= Self.historyFileLimit:
            if rnn_history_load(history, path) >= 0 { return }
            reason = "it is not a history file RNNLab can read"
        case .regular(let size): reason = "it is \(size) bytes, far more than a history holds"
        default: reason = "it is \(StateFile.describe(found)), not a plain file"
        }
        let kept = StateFile.setAside(path).map { "; it is kept as \($0)" } ?? ""
        startupWarning = "warning: the history file \(path) could not be used (\(reason))\(kept), and a new one is started"
        historyProblem = startupWarning
    }

    /// Writes a temporary file beside the real one and renames it over, so a crash
    /// mid-write never leaves a truncated history.
    private func saveHistory(to path: String) {
        if let directory = StateFile.parentDirectory(of: path), !StateFile.createPrivateDirectory(directory) {
            historyProblem = "could not create the directory \(directory)"
            return
        }
        // libedit writes the file itself, so the temporary is made private before it
        // is renamed into place (what the learner typed is nobody else's to read).
        let temporary = StateFile.temporaryPath(for: path)
        unlink(temporary)
        guard rnn_history_save(history, temporary) >= 0, chmod(temporary, 0o600) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            historyProblem = "could not write the history file \(path)"
            return
        }
        historyProblem = nil
    }
}
