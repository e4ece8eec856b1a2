import Foundation
import Lessons
import LineEditing

/// The interactive notebook: reads lines (libedit on a terminal, plain reads from a
/// pipe), gathers continuation lines until the input is complete, and hands each
/// input to the session. Everything else — what a step shows, what a command does —
/// is the session's job, tested without a terminal.
struct NotebookREPL {
    let display: DisplayOptions
    let lesson: String?

    func run() throws -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let interactive = standardStreamsAreTerminals()
        // On a terminal all output goes through the screen, so live frames redraw in place.
        let screen = interactive ? TerminalScreen() : nil
        let write: (String) -> Void = { text in screen.map { $0.write(text) } ?? rnnlab.write(text) }
        let course = try display.course()
        let progressPath = StatePaths.progressFilePath(environment: environment)
        let session = Session(
            course: course, store: progressPath.map(ProgressStore.init), style: display.style(forTerminal: interactive),
            makeWorkspace: { LanguageWorkspace() },
            emit: write)
        session.shouldStop = { InterruptFlag.isSet }
        session.screen = screen
        session.asksQuestions = interactive
        // For the memory tests: what the whole session holds at its end, record and all.
        defer {
            if environment["RNNLAB_REPORT_LIVE_OBJECTS"] != nil {
                withExtendedLifetime(session) {
                    FileHandle.standardError.write(Data((LanguageWorkspace.liveObjects + "\n").utf8))
                    LanguageWorkspace.writeAllocatorStatistics()
                }
            }
        }
        let reader = makeLineReader(
            historyPath: StatePaths.historyFilePath(environment: environment),
            completion: { before in
                let word = before.split(whereSeparator: { " (,[=".contains($0) }).last.map(String.init) ?? ""
                return before.hasSuffix(" ") ? [] : session.completions(for: word)
            },
            symbols: LaTeXSymbols.substitution(endOf:))
        if let warning = reader.startupWarning { say(warning, session) }
        // Every cell that runs can be recalled with Up and changed in place.
        session.addToHistory = { reader.addHistory($0) }
        if interactive { session.startEditor = runEditor }

        if let lesson {
            guard let index = course.find(lesson) else {
                say("No lesson matches \"\(lesson)\"; opening the first.", session)
                session.open(lesson: 0)
                return try loop(session, reader)
            }
            session.open(lesson: index)
        } else if let resume = session.resumePoint, !interactive {
            // Piped input holds code and commands, not an answer: asking would eat
            // its first line. Take the question's default and say so.
            let title = course.lessons[resume.lesson].title
            say("Resuming \"\(title)\" at step \(resume.step + 1).", session)
            session.open(lesson: resume.lesson, step: resume.step)
        } else if let resume = session.resumePoint {
            let title = course.lessons[resume.lesson].title
            // The question stays on its last line, where the answer is typed.
            write(TextWrapping.wrap("Welcome back. Resume \"\(title)\" at step \(resume.step + 1)? [Y/n]", width: session.style.width) + " ")
            let answer: String
            switch reader.readLine(prompt: "") {
            case .line(let line): answer = line
            case .endOfInput: return 0
            // Ctrl-C means "not that question", not "throw my place away": resume.
            case .interrupted: answer = "y"
            }
            if answer.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("n") {
                session.open(lesson: 0)
            } else {
                session.open(lesson: resume.lesson, step: resume.step)
            }
        } else {
            // Wrapped like lesson prose: at 80 columns the line would break mid-word.
            let welcome = "Welcome to RNNLab. Press Enter to move on, type code to try things, :help for commands."
            write(ProseRenderer(style: session.style).render(welcome) + "\n\n")
            session.open(lesson: 0)
        }
        return try loop(session, reader)
    }

    func loop(_ session: Session, _ reader: LineReader) throws -> Int32 {
        var buffer = ""
        while true {
            // Cleared before the prompt, not after the line is read: a Ctrl-C pressed
            // just after Enter must still stop the cell that line starts.
            InterruptFlag.clear()
            flushAllOutput()
            let prompt = buffer.isEmpty ? session.prompt : session.continuationPrompt
            // Views such as the BPTT stepper move per key press, without Enter.
            reader.setSingleKeyMode(session.mode.readsSingleKeys)
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if !buffer.isEmpty {
                    buffer = ""
                    write("\n")
                    continue
                }
                write("\n")
                session.handle(":quit")
                return 0
            case .interrupted:
                buffer = ""
                InterruptFlag.clear()
                continue
            case .line(let line):
                buffer += buffer.isEmpty ? line : "\n" + line
                if !session.isComplete(buffer) { continue }
                let input = buffer
                buffer = ""
                if !input.trimmingCharacters(in: .whitespaces).isEmpty { reader.addHistory(input) }
                // Read the size after the line, not before the prompt: a window
                // resized while the prompt waits must already shape this step's prose.
                if let size = TerminalSize.current() {
                    session.style.width = max(size.columns, 20)
                    session.style.rows = max(size.rows, 10)
                }
                if session.handle(input) == .quit { return 0 }
            }
        }
    }
}

/// One of the front end's own messages, wrapped as the session wraps its own.
func say(_ message: String, _ session: Session) {
    write(TextWrapping.wrap(message, width: session.style.width) + "\n")
}

/// All notebook output goes through one unbuffered path, so prompts, cell output and
/// messages appear in the order they were produced.
func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
