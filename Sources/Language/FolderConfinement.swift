import Foundation

/// The one rule for "inside a course folder": a path is inside when, with every
/// link, `.` and `..` resolved (`realpath`), it is the folder or lies below it. So
/// neither `../`, an absolute path, a link to a file, nor a path through a linked
/// folder leads out. A course's code reads data only inside its folder (`read`), and
/// a course's lesson files are read only from inside it.
public enum FolderConfinement {
    /// The resolved path when `path` is inside `folder`, nil when it is not (or the
    /// folder does not exist). A path that does not exist yet resolves through its
    /// parent, so a missing file inside the folder is still "inside" (and then "missing").
    public static func resolved(_ path: String, inside folder: String) -> String? {
        guard let root = realPath(folder) else { return nil }
        let real = realPath(path) ?? {
            let url = URL(fileURLWithPath: path)
            return realPath(url.deletingLastPathComponent().path).map { $0 + "/" + url.lastPathComponent }
        }()
        guard let real, real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else { return nil }
        return real
    }

    static func realPath(_ path: String) -> String? {
        guard !path.utf8.contains(0), let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension RuntimeSettings {
    /// The folder relative paths resolve against: `baseDirectory`, or the current
    /// directory when there is none.
    var resolvedBaseDirectory: String {
        baseDirectory.flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
    }

    /// The folder `read` is confined to right now, spelled out ("" in `readableFolder`
    /// names the base directory), or nil when reading is not confined. A function made
    /// now keeps it (`FunctionValue.Method.confinement`), so the confinement of the code
    /// that wrote a function goes with the function.
    var confinement: String? {
        readableFolder.map { $0.isEmpty ? resolvedBaseDirectory : $0 }
    }
}

extension Runtime {
    /// `f` as a function that runs under the present confinement wherever it is called
    /// later, for builtins that keep a function to call after the code that gave it has
    /// finished (`Iterators.map(read, paths)` made by a course and collected by the
    /// learner). Unconfined code, and a function the course wrote (confined already), get
    /// `f` itself back.
    func keepingConfinement(_ f: Value) -> Value {
        guard let folder = settings.confinement, case .function(let function) = f,
              function.methods.contains(where: { $0.confinement == nil }) else { return f }
        var builtin = Builtin(name: function.name, help: "", arity: 0...Int.max, elementwise: false) { interp, args in
            let result = try interp.call(f, args.values, args.keywords, at: interp.nowhere)
            args.keywords = [:]
            return result
        }
        builtin.seesHostObjects = true
        builtin.keywords = .forwarded
        builtin.confinement = folder
        return .function(FunctionValue(name: function.name, methods: [.builtin(builtin)]))
    }
}
