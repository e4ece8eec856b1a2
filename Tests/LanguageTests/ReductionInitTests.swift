import Testing
@testable import Language

/// `init` for sum, prod, maximum, minimum and extrema (Builtins+Folds.swift): Julia's
/// `mapreduce(f, op, A; init)` is `mapfoldl`, a fold from the left starting at init.
@Suite struct ReductionInitTests {

    /// Folded from init, 0.1 + 0.2 + 0.3 of 20 copies each differs from the pairwise sum.
    @Test func aFloatArrayIsFoldedFromInitNotPairwise() throws {
        let source = """
            v = repeat([0.1, 0.2, 0.3], 20)
            s = 0.5
            for x in v
                global s += x
            end
            println(sum(v; init = 0.5) == s, " ", sum(v; init = 0.5) == 0.5 + sum(v), " ", foldl(+, v; init = 0.5) == s)
            """
        #expect(try printedOutput(of: source) == "true false true\n")
    }

    @Test func initIsUsedOnceAndAsTheFirstOperand() throws {
        #expect(try printedOutput(of: "println(sum(x -> [x], 1:2; init = [0]))") == "[3]\n")
        #expect(try printedOutput(of: "println(maximum(x -> x, [1.0, NaN]; init = 0.0), \" \", prod(Int[]; init = 7))") == "NaN 7\n")
    }

    /// _extrema_rf of Float64 pairs: a NaN in the first parts makes both ends NaN.
    @Test func extremaWithAFloatInit() throws {
        #expect(try printedOutput(of: "println(extrema([1.0, 2.0]; init = (NaN, 0.0)))") == "(NaN, NaN)\n")
        #expect(try printedOutput(of: "println(extrema([0.0, -0.0]; init = (Inf, -Inf)))") == "(-0.0, 0.0)\n")
    }

    @Test func initWithDimsIsRefused() {
        do {
            _ = try printedOutput(of: "sum([1.0 2.0; 3.0 4.0]; dims = 1, init = 0.0)")
            Issue.record("sum with dims and init ran")
        } catch let error as RuntimeError {
            #expect(error.kind == .notSupported)
            #expect(error.message.hasPrefix("sum(A; dims, init) is not supported"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
