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
