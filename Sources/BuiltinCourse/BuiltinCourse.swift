import Foundation

/// The lessons that ship inside `rnnlab`: the package's `lessons/` folder, compiled in
/// by the EmbedLessons build plugin (`encodedFiles` and `fingerprint` are generated).
public enum BuiltinCourse {
    /// Every file of the course, by its path inside the folder (`07-practical.md`,
    /// `data/sea-and-weather.txt`), with its exact bytes.
    public static var files: [(path: String, contents: Data)] {
        encodedFiles.compactMap { file in Data(base64Encoded: file.base64).map { (file.path, $0) } }
    }

    /// Names this build's course: unpacked folders are named after it, so a newer
    /// build never reads an older build's lessons.
    public static var version: String { fingerprint }
}
