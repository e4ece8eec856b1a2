import Foundation

/// The benchmark's training text as ids: the vocabulary is the text's distinct
/// Unicode scalars sorted by value, ids are 0-based positions in it (the
/// specification in the notes, and bench/char_reference.py's `load_text`).
struct CharText {
    let ids: [Int]
    let vocabulary: [Unicode.Scalar]

    init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("cannot read the training text at \(path) (run from the repository root, or pass --text PATH)")
        }
        let scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
        vocabulary = Set(scalars).sorted { $0.value < $1.value }
        var index: [Unicode.Scalar: Int] = [:]
        for (i, s) in vocabulary.enumerated() { index[s] = i }
        ids = scalars.map { index[$0]! }
    }

    static let defaultPath = "bench/data/training-text.txt"
}

/// A failure the benchmark reports in its output instead of trapping.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
