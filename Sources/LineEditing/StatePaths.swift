#if canImport(Glibc)
import Glibc
#endif
import StateFiles

/// Where RNNLab keeps what must survive between runs: the line history and the
/// learner's progress. Follows the XDG base directory rules: `$XDG_STATE_HOME/rnnlab`,
/// else `~/.local/state/rnnlab`.
public enum StatePaths {
    /// The state directory for `environment`, or `nil` when neither
    /// `XDG_STATE_HOME` nor `HOME` says where it is. A relative `XDG_STATE_HOME` is
    /// ignored, as the XDG rules require.
    public static func stateDirectory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return joined(state, "rnnlab")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return joined(home, ".local/state/rnnlab")
        }
        return nil
    }

    /// The file that holds the REPL's line history.
    public static func historyFilePath(environment: [String: String]) -> String? {
        stateDirectory(environment: environment).map { joined($0, "history") }
    }

    /// The file that holds the learner's progress through the lessons.
    public static func progressFilePath(environment: [String: String]) -> String? {
        stateDirectory(environment: environment).map { joined($0, "progress.json") }
    }

    /// The two variables the paths depend on, read from this process's environment.
    public static func processEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME"] {
            if let value = getenv(name) {
                environment[name] = String(cString: value)
            }
        }
        return environment
    }

    private static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

/// Creates `path` and any missing parent directories (like `mkdir -p`), with
/// permissions 0700 because the state may hold what the learner typed (the rule is
/// `StateFile.createPrivateDirectory`'s). Returns whether the directory exists afterwards.
@discardableResult
public func createDirectories(atPath path: String) -> Bool {
    StateFile.createPrivateDirectory(path)
}
