#if canImport(Glibc)
import Glibc

// glibc's renameat2(2) (2.28 and later), which the Glibc module does not export
// without _GNU_SOURCE; a plain C function, so declaring its symbol is enough.
@_silgen_name("renameat2")
private func renameat2(_ olddirfd: Int32, _ oldpath: UnsafePointer<CChar>, _ newdirfd: Int32,
                       _ newpath: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
#endif

/// The rules for the files RNNLab keeps between runs (progress, line history), in one
/// place: nothing the learner made is ever lost, nothing in the state folder is
/// readable by other users, and nothing there can make a start hang or fill memory.
///
/// - A file that cannot be used (corrupt, not a regular file, absurdly large) is set
///   aside under a new name, never deleted or overwritten: `progress.json.corrupt`,
///   then `progress.json.corrupt-2`, and so on.
/// - The state folder is 0700 and every file written into it 0600.
/// - Writes go to a temporary file that is renamed into place; temporaries a killed
///   process left behind are removed on the next start.
/// - A file two processes may write is written under a lock file.
public enum StateFile {
    /// What is at a path, without following a symbolic link.
    public enum Kind: Equatable, Sendable {
        case missing
        case regular(size: Int)
        case symbolicLink
        case directory
        case fifo
        case other
    }

    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFLNK: return .symbolicLink
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        default: return .other
        }
    }

    /// Words for what is at a path, for warnings.
    public static func describe(_ kind: Kind) -> String {
        switch kind {
        case .missing: return "missing"
        case .regular(let size): return "a file of \(size) bytes"
        case .symbolicLink: return "a symbolic link"
        case .directory: return "a folder"
        case .fifo: return "a named pipe (FIFO)"
        case .other: return "a device or socket"
        }
    }

    /// Creates `path` and any missing parents (like `mkdir -p`), new ones 0700, and
    /// makes `path` itself 0700 if it already existed with wider permissions.
    /// Returns whether `path` is a directory afterwards.
    @discardableResult
    public static func createPrivateDirectory(_ path: String) -> Bool {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return false }
            prefix += "/"
        }
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
        if info.st_mode & 0o077 != 0 && info.st_uid == getuid() { chmod(path, 0o700) }
        return true
    }

    /// Moves whatever is at `path` (a file, a link itself, a FIFO, a folder) to the
    /// first free name of `path.corrupt`, `path.corrupt-2`, ...; returns that name, or
    /// nil when nothing could be moved. Never replaces or deletes anything.
    public static func setAside(_ path: String) -> String? {
        for n in 1...10_000 {
            let target = n == 1 ? path + ".corrupt" : path + ".corrupt-\(n)"
            if renameWithoutReplacing(path, target) { return target }
            if errno != EEXIST { return nil }
        }
        return nil
    }

    /// rename(2) that fails with EEXIST rather than replace `target`.
    private static func renameWithoutReplacing(_ source: String, _ target: String) -> Bool {
        // RENAME_NOREPLACE (1): atomic, so two processes never pick the same name.
        if renameat2(AT_FDCWD, source, AT_FDCWD, target, 1) == 0 { return true }
        guard errno == EINVAL || errno == ENOSYS else { return false }
        // A file system without it: check, then rename (a narrow race, never a loss
        // of the file being moved).
        guard kind(of: target) == .missing else {
            errno = EEXIST
            return false
        }
        return rename(source, target) == 0
    }

    /// The outcome of reading a state file.
    public enum Read: Equatable, Sendable {
        case missing
        case contents([UInt8])
        /// Something other than a readable regular file of at most the limit: why.
        case unusable(String)
    }

    /// Reads `path` if it is a regular file of at most `limit` bytes. Never follows a
    /// symbolic link, never blocks on a FIFO or device, never reads more than `limit`.
    public static func read(_ path: String, limit: Int) -> Read {
        let found = kind(of: path)
        switch found {
        case .missing: return .missing
        case .regular(let size) where size > limit:
            return .unusable("it is \(size) bytes, more than such a file can be (\(limit))")
        case .regular: break
        default: return .unusable("it is \(describe(found)), not a plain file")
        }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .unusable("it cannot be opened (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .unusable("it is not a plain file") }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return .unusable("it cannot be read (\(String(cString: strerror(errno))))") }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit { return .unusable("it grew past \(limit) bytes while being read") }
        }
        return .contents(bytes)
    }

    /// The name of the temporary file this process writes `path` through.
    public static func temporaryPath(for path: String) -> String { path + ".tmp-\(getpid())" }

    /// Writes `bytes` to `path` through a 0600 temporary file renamed over it, so a
    /// crash never leaves half a file and a link at `path` is replaced, not followed.
    /// Returns false (and leaves `path` as it was) when any step fails.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) -> Bool {
        let temporary = temporaryPath(for: path)
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var written = 0
        var failed = false
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { failed = true; break }
            written += count
        }
        if fsync(fd) != 0 { failed = true }
        close(fd)
        guard !failed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Makes a file this process wrote by other means private (0600).
    public static func makePrivate(_ path: String) { chmod(path, 0o600) }

    /// Removes the temporaries of `path` (see `temporaryPath(for:)`) left by
    /// processes that no longer run; a live process's own is left alone.
    public static func removeStaleTemporaries(of path: String) {
        let folder = parentDirectory(of: path) ?? "."
        let prefix = baseName(of: path) + ".tmp-"
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { continue }
            // Signal 0 asks only whether the process exists.
            if kill(pid, 0) != 0 && errno == ESRCH, case .regular = kind(of: folder + "/" + name) {
                unlink(folder + "/" + name)
            }
        }
    }

    /// Runs `body` holding an exclusive lock on `path.lock` (made 0600 and kept), so
    /// two processes read-modify-write `path` one after the other. Without a lock
    /// (the folder is read-only) `body` runs anyway: there is nothing to protect then.
    public static func withLock<T>(on path: String, _ body: () throws -> T) rethrows -> T {
        let fd = open(path + ".lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return try body() }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// "/a/b/c" gives "/a/b"; nil without a slash.
    public static func parentDirectory(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    private static func baseName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }
}
