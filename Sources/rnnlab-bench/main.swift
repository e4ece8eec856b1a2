import Foundation

// rnnlab-bench: the Swift side of bench/run. It times one named case for a budget of
// seconds and prints one JSON line, or serves such commands from stdin so bench/run
// can alternate it with the Python workers in one run. See `usage`.

let usage = """
    usage: rnnlab-bench [--text PATH] [--programs DIR] COMMAND
      time CASE SECONDS      time CASE for about SECONDS; prints it/s (or ms, GFLOP/s) as JSON
      losses KIND H N IMPL   the first N losses of KIND (rnn, lstm) at hidden size H from the
                             shared starting weights, by IMPL (native, tape, interpreted, plain)
      serve                  read such commands from stdin, one JSON line back for each
      list                   print the case names
    Run from the repository root (the text is bench/data/training-text.txt; the notebook
    programs are bench/min_char_*.jl and bench/plain_*.jl). The whole comparison
    with numpy and JAX is bench/run.
    """

var arguments = Array(CommandLine.arguments.dropFirst())
var options = ["--text": CharText.defaultPath, "--programs": "bench"]
while let flag = arguments.first, options[flag] != nil, arguments.count >= 2 {
    options[flag] = arguments[1]
    arguments.removeFirst(2)
}
/// Writes a line unbuffered, so a reader on a pipe sees each answer at once.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let worker = Worker(textPath: options["--text"]!, programDirectory: options["--programs"]!)

switch arguments.first {
case "list":
    print(Worker.caseNames.joined(separator: "\n"))
case "serve":
    emit(jsonLine(["ready": .string("swift")]))
    while let line = readLine() {
        let words = line.split(separator: " ").map(String.init)
        if words.isEmpty { continue }
        if words == ["quit"] { break }
        emit(worker.handle(words))
    }
case .some where arguments.count > 1:
    let reply = worker.handle(arguments)
    print(reply)
    if reply.hasPrefix("{\"command\"") { exit(1) }
default:
    print(usage)
    exit(arguments.isEmpty ? 0 : 2)
}
