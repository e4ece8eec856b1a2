import Testing
@testable import Language

/// Each builtin declares the keywords it takes where it is defined; a call with any
/// other is refused before the body runs, so nothing is printed or changed first
/// (`println(x = 1)` used to print an empty line and then fail).
struct BuiltinKeywordTests {
    private func interpreter(_ printed: @escaping (String) -> Void) -> Interpreter {
        Interpreter(limits: .init(maximumCallDepth: 100, elementBudget: 1_000_000), output: printed, isCancelled: { false })
    }

    /// Every builtin of the library, given a keyword none takes and arguments its body
    /// would stumble on (`nothing`), fails with the refusal of the keyword: had the body
    /// run first, its own complaint about `nothing` (or its output) would come instead.
    @Test func everyBuiltinRefusesAnUnknownKeywordBeforeItsBodyRuns() throws {
        var printed = ""
        let interp = interpreter { printed += $0 }
        var checked = 0
        for name in Library.standard.functions.keys.sorted() {
            let function = try #require(Library.standard.functions[name])
            for case .builtin(let builtin) in function.methods {
                guard case .named = builtin.keywords else { continue }
                let arguments = [Value](repeating: .nothing, count: builtin.arity.lowerBound)
                do {
                    _ = try interp.call(.function(function), arguments, ["zzz_unknown": .int(1)], at: interp.nowhere)
                    Issue.record("\(name) accepted an unknown keyword")
                } catch let error as RuntimeError {
                    // An alias (`logp`) is reached here without the name it was called by.
                    #expect(error.message.hasPrefix("\(builtin.name) has no keyword argument `zzz_unknown`"), "\(name): \(error.message)")
                    #expect(error.kind == .notSupported, "\(name)")
                }
                #expect(printed.isEmpty, "\(name) printed \(printed.debugDescription) before refusing")
                checked += 1
            }
        }
        #expect(checked > 300, "only \(checked) builtins checked")
    }

    @Test func theRefusalNamesTheKeywordsTaken() throws {
        let (lines, error) = runProgram("println(\"before\")\nsort([2, 1]; reverse = true)")
        #expect(lines == ["before"])
        #expect(error?.contains("sort has no keyword argument `reverse` (it takes `by`, `dims`, `lt`, `rev`)") == true, "\(error ?? "no error")")
    }

    @Test func printlnWithAKeywordPrintsNothing() throws {
        let (lines, error) = runProgram("println(x = 1)")
        #expect(lines.isEmpty)
        #expect(error?.contains("println has no keyword argument `x`") == true, "\(error ?? "no error")")
    }

    /// A body that reads a keyword it did not declare, or leaves a declared one unread,
    /// is a mistake in the builtin's definition, reported rather than ignored.
    @Test func aMismatchBetweenTheDeclarationAndTheBodyIsReported() throws {
        let interp = interpreter { _ in }
        var reader = Builtin(name: "reader", help: "", arity: 0...0, elementwise: false) { _, args in
            _ = args.keyword("other")
            return .nothing
        }
        reader.keywords = .named(["given"])
        let function = Value.function(FunctionValue(name: "reader", methods: [.builtin(reader)]))
        #expect(throws: RuntimeError.self) { try interp.call(function, [], ["given": .int(1)], at: interp.nowhere) }
        do {
            _ = try interp.call(function, [], [:], at: interp.nowhere)
            Issue.record("an undeclared read went unreported")
        } catch let error as RuntimeError {
            #expect(error.message.contains("reads the keyword `other` without declaring it"), "\(error.message)")
        }
    }
}
