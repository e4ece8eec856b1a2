import Testing
@testable import Engine

/// Bad input must throw, never trap. Each case runs in a child process (a Swift
/// Testing exit test), so a trap fails that one test instead of killing the run.
/// The body swallows the thrown error: all that is checked is a clean exit.
@Suite struct NoTrapTests {
    @Test func negativeDimensionsToReductionsThrow() async {
        await #expect(processExitsWith: .success, "maximum(along: -1)") {
            _ = try? Tensor.ones(3, 4).maximum(along: -1)
        }
        await #expect(processExitsWith: .success, "minimum(along: -1)") {
            _ = try? Tensor.ones(3, 4).minimum(along: -1)
        }
        await #expect(processExitsWith: .success, "mean(along: -1)") {
            _ = try? Tensor.ones(3, 4).mean(along: -1)
        }
        await #expect(processExitsWith: .success, "softmax(along: -1)") {
            _ = try? Tensor.ones(3, 4).softmax(along: -1)
        }
        await #expect(processExitsWith: .success, "Var.mean(along: -1)") {
            _ = try? Var(try Tensor.ones(3, 4)).mean(along: -1)
        }
    }

    @Test func negativeDimensionToConcatenateThrows() async {
        await #expect(processExitsWith: .success, "concatenate(along: -1)") {
            _ = try? Tensor.concatenate([try Tensor.ones(2, 2), try Tensor.ones(2, 2)], along: -1)
        }
        await #expect(processExitsWith: .success, "Var.concatenate(along: -1)") {
            _ = try? Var.concatenate([Var(try Tensor.ones(2, 2))], along: -1)
        }
    }

    @Test func reusingAnOptimiserWithNewShapesThrows() async {
        // State is created on the first update; a second model of the same number of
        // parameters but other shapes must be refused, not index past the old state.
        await #expect(processExitsWith: .success, "SGD") {
            var o = SGD(learningRate: 0.1, momentum: 0.9)
            var small = [Tensor(vector: [1, 2])], large = [Tensor(vector: [1, 2, 3])]
            try? o.update(&small, with: [Tensor(vector: [1, 1])])
            try? o.update(&large, with: [Tensor(vector: [1, 1, 1])])
        }
        await #expect(processExitsWith: .success, "Adagrad") {
            var o = Adagrad(learningRate: 0.1)
            var small = [Tensor(vector: [1, 2])], large = [Tensor(vector: [1, 2, 3])]
            try? o.update(&small, with: [Tensor(vector: [1, 1])])
            try? o.update(&large, with: [Tensor(vector: [1, 1, 1])])
        }
        await #expect(processExitsWith: .success, "RMSProp") {
            var o = RMSProp(learningRate: 0.1)
            var small = [Tensor(vector: [1, 2])], large = [Tensor(vector: [1, 2, 3])]
            try? o.update(&small, with: [Tensor(vector: [1, 1])])
            try? o.update(&large, with: [Tensor(vector: [1, 1, 1])])
        }
        await #expect(processExitsWith: .success, "Adam") {
            var o = Adam()
            var small = [Tensor(vector: [1, 2])], large = [Tensor(vector: [1, 2, 3])]
            try? o.update(&small, with: [Tensor(vector: [1, 1])])
            try? o.update(&large, with: [Tensor(vector: [1, 1, 1])])
        }
    }

    @Test func elmanLossWithTooFewParametersThrows() async {
        await #expect(processExitsWith: .success) {
            _ = try? ElmanRNN.loss([Var(try Tensor.ones(2, 2))], inputs: [Tensor(vector: [1, 0])], targets: [0],
                                   initial: Tensor(vector: [0, 0]))
        }
    }

    @Test func impossiblyLargeTensorsThrow() async {
        // 2^40 doubles (8 TB): refused by the allocator at once, so this is safe to run;
        // the engine should refuse it with `tooLarge` before asking.
        await #expect(processExitsWith: .success) {
            _ = try? Tensor.zeros(1 << 20, 1 << 20)
        }
    }

    @Test func emptyMatrixProductsDoNotTrap() async {
        // Pointers into empty buffers are force-unwrapped in matmul; it must survive
        // every zero-sized combination.
        await #expect(processExitsWith: .success) {
            for (a, b) in [([0, 3], [3, 2]), ([2, 3], [3, 0]), ([2, 0], [0, 3]), ([0, 0], [0, 0]), ([0], [1, 4])] {
                _ = try? Tensor.zeros(shape: a).matmul(try Tensor.zeros(shape: b))
            }
        }
    }

    @Test func readingTheSumOfAnEmptyDimensionDoesNotTrap() async {
        // sum along an empty dimension returns shape (1, 3) with no elements, so reading
        // an element the shape promises indexes past the storage.
        await #expect(processExitsWith: .success) {
            _ = try? Tensor.zeros(0, 3).sum(along: 0).element(at: [0, 1])
        }
    }

    @Test func replacingTreeLeavesWithTooFewValuesDoesNotTrap() async {
        // `replacingLeaves` is public; a short list of replacements must not reach a
        // force unwrap.
        await #expect(processExitsWith: .success) {
            let tree: ParameterTree<Tensor> = .list([.leaf(Tensor(1)), .leaf(Tensor(2))])
            _ = tree.replacingLeaves(with: [Tensor(3)])
        }
    }

    @Test func describingAnIndexAtTheIntegerLimitDoesNotTrap() async {
        // Issue 12: the language hands over a learner's `typemin(Int)` as the 0-based
        // `Int.max`, and the message's `+ 1` overflowed while the error was shown.
        await #expect(processExitsWith: .success) {
            do {
                _ = try Tensor.ones(2, 2).offset(of: [Int.max, 0])
                fatalError("no error")
            } catch {
                guard "\(error)".contains("[-9223372036854775808, 1]") else { fatalError("said \(error)") }
            }
        }
    }

    @Test func wellFormedBadInputExitsCleanly() async {
        // The control: input the engine already refuses must pass here, showing the
        // harness itself does not fail every case.
        await #expect(processExitsWith: .success) {
            _ = try? Tensor.ones(3, 4).sum(along: -1)
            _ = try? Tensor.ones(3, 4) + Tensor.ones(4, 3)
        }
    }
}
