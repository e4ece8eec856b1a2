import Foundation
@testable import Engine

/// One value read from a fixture file written by `Fixtures/make_fixtures.py`.
///
/// Accessors throw instead of trapping, so a malformed or outdated fixture fails the
/// test that reads it with a message naming the key, rather than crashing the run.
struct Fixture: @unchecked Sendable {
    let raw: Any
    /// Where this value sits in its file, for error messages (`cells.json/lstm/W`).
    let path: String

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses `Fixtures/<name>.json` from the test bundle.
    static func load(_ name: String) throws -> Fixture {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw Problem(description: "fixture \(name).json is not in the test bundle")
        }
        let data = try Data(contentsOf: url)
        return Fixture(raw: try JSONReader.parse([UInt8](data)), path: name + ".json")
    }

    subscript(key: String) -> Fixture {
        get throws {
            guard let object = raw as? [String: Any], let value = object[key] else {
                throw Problem(description: "\(path) has no key \"\(key)\"")
            }
            return Fixture(raw: value, path: path + "/" + key)
        }
    }

    func has(_ key: String) -> Bool { (raw as? [String: Any])?[key] != nil }

    var array: [Fixture] {
        get throws {
            guard let items = raw as? [Any] else { throw Problem(description: "\(path) is not a list") }
            return items.enumerated().map { Fixture(raw: $1, path: path + "[\($0)]") }
        }
    }

    var double: Double {
        get throws {
            guard let number = raw as? Double else { throw Problem(description: "\(path) is not a number") }
            return number
        }
    }

    var int: Int {
        get throws {
            guard let number = raw as? Double, let value = Int(exactly: number) else {
                throw Problem(description: "\(path) is not an integer")
            }
            return value
        }
    }

    var string: String {
        get throws {
            guard let text = raw as? String else { throw Problem(description: "\(path) is not a string") }
            return text
        }
    }

    var ints: [Int] { get throws { try array.map { try $0.int } } }
    var doubles: [Double] { get throws { try array.map { try $0.double } } }

    /// A UInt64 stored as a decimal string (JSON numbers stop being exact above 2^53).
    var uint64: UInt64 {
        get throws {
            guard let value = UInt64(try string) else { throw Problem(description: "\(path) is not a UInt64") }
            return value
        }
    }

    /// `{"shape": [...], "data": [...]}` with the data in column-major order.
    var tensor: Tensor {
        get throws { try Tensor(shape: try self["shape"].ints, scalars: try self["data"].doubles) }
    }

    var tensors: [Tensor] { get throws { try array.map { try $0.tensor } } }

    /// A slicing expression: `{"all": true}`, `{"at": i}`, `{"range": [lo, hi]}` or `{"list": [...]}`.
    var tensorIndex: TensorIndex {
        get throws {
            if has("all") { return .all }
            if has("at") { return .at(try self["at"].int) }
            if has("range") {
                let bounds = try self["range"].ints
                guard bounds.count == 2, bounds[0] <= bounds[1] else { throw Problem(description: "\(path): bad range") }
                return .range(bounds[0]..<bounds[1])
            }
            return .list(try self["list"].ints)
        }
    }
}
