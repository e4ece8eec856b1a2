import ArgumentParser
import EditLineShim

/// The `rnnlab` command line. For now it only says what it is; the notebook REPL,
/// `run` and `check` arrive with the front end.
@main
struct RNNLabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rnnlab",
        abstract: "A terminal notebook that teaches recurrent neural networks by running them.",
        version: RNNLabVersion.current
    )

    func run() throws {
        print("rnnlab \(RNNLabVersion.current): a terminal notebook for recurrent neural networks")
        print("line editing: \(String(cString: rnn_el_library_name()))")
        print("The lessons and the notebook REPL are not built yet; see README.md.")
    }
}

enum RNNLabVersion {
    static let current = "0.1.0"
}
