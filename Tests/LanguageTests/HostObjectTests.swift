import Testing
@testable import Language

/// A host object is a value the language holds without knowing its insides: it asks
/// the object for its type name, its forms, its elements, fields and length.
private final class Countdown: HostObject {
    let start: Int
    init(from start: Int) { self.start = start }

    var juliaTypeName: String { "Countdown" }
    func show() -> String { "Countdown(\(start))" }
    func display(width: Int, height: Int) -> String { "Countdown from \(start) (\(width) columns)" }
    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        for n in stride(from: start, through: 1, by: -1) {
            try runtime.checkCancelled()
            if try !body(.int(n)) { return }
        }
    }
    func property(_ name: String) -> Value? { name == "start" ? .int(start) : nil }
    var length: Int? { start }
}

/// One that offers nothing beyond its name and form.
private final class Opaque: HostObject {
    var juliaTypeName: String { "Opaque" }
    func show() -> String { "Opaque()" }
}

struct HostObjectTests {
    private func run(_ source: String, with objects: [String: any HostObject]) throws -> (Value, String) {
        var printed = ""
        let interpreter = Interpreter(output: { printed += $0 })
        for (name, object) in objects { interpreter.setGlobal(name, .host(object)) }
        let value = try interpreter.run(source: source)
        return (value, printed)
    }

    @Test func theLanguageAsksTheObjectForItsElementsFieldsAndLength() throws {
        let source = """
            for n in c
                print(n, " ")
            end
            println(c.start, " ", length(c), " ", collect(c), " ", sum(x for x in c))
            println(c, " ", [c], " ", typeof(c), " ", c === c, " ", c == d, " ", c isa Any)
            """
        let (_, printed) = try run(source, with: ["c": Countdown(from: 3), "d": Countdown(from: 3)])
        #expect(printed == "3 2 1 3 3 [3, 2, 1] 6\nCountdown(3) Countdown[Countdown(3)] Countdown true false true\n")
    }

    @Test func theREPLShowsTheObjectsOwnDisplay() throws {
        let (value, _) = try run("c", with: ["c": Countdown(from: 2)])
        #expect(display(value, width: 60, height: 20) == "Countdown from 2 (60 columns)")
        #expect(show(value) == "Countdown(2)")
    }

    @Test func whatTheObjectDoesNotOfferIsAClearError() throws {
        for (source, message) in [("for x in o end", "cannot iterate over a Opaque"), ("o.size", "has no field `size`"),
                                  ("length(o)", "a Opaque has no length")] {
            #expect(throws: RuntimeError.self, "\(source)") { try run(source, with: ["o": Opaque()]) }
            do {
                _ = try run(source, with: ["o": Opaque()])
            } catch let error as RuntimeError {
                #expect(error.message.contains(message), "\(source): \(error.message)")
            }
        }
    }

    @Test func snapshotsKeepTheSameObject() throws {
        let interpreter = Interpreter(output: { _ in })
        let object = Countdown(from: 4)
        interpreter.setGlobal("c", .host(object))
        let snapshot = interpreter.snapshot()
        interpreter.restore(snapshot)
        guard case .host(let restored)? = interpreter.global("c") else {
            Issue.record("c should still be a host object")
            return
        }
        #expect(restored === object)
    }
}
