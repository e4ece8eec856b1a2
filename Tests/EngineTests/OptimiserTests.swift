import Testing
@testable import Engine

/// Optimiser trajectories and gradient clipping against numpy (Fixtures/optimisers.json).
@Suite struct OptimiserTests {
    static func fixture() throws -> Fixture { try Fixture.load("optimisers") }

    static func optimiser(_ run: Fixture) throws -> any Optimiser {
        let s = try run["settings"]
        switch try run["optimiser"].string {
        case "sgd": return SGD(learningRate: try s["lr"].double, momentum: try s["momentum"].double)
        case "adagrad": return Adagrad(learningRate: try s["lr"].double, epsilon: try s["eps"].double)
        case "rmsprop":
            return RMSProp(learningRate: try s["lr"].double, decay: try s["decay"].double, epsilon: try s["eps"].double)
        case "adam":
            return Adam(learningRate: try s["lr"].double, beta1: try s["beta1"].double,
                        beta2: try s["beta2"].double, epsilon: try s["eps"].double)
        case let other: throw Fixture.Problem(description: "unknown optimiser \(other)")
        }
    }

    @Test func trajectoriesMatchNumpy() throws {
        let f = try Self.fixture()
        let gradients = try f["gradients"].array.map { try $0.tensors }
        let runs = try f["runs"].array
        #expect(runs.count == 5)
        for run in runs {
            var optimiser = try Self.optimiser(run)
            var parameters = try f["start"].tensors
            let name = try run["optimiser"].string
            for (t, (grads, after)) in zip(gradients, try run["after"].array).enumerated() {
                try optimiser.update(&parameters, with: grads)
                for (p, (got, want)) in zip(parameters, try after.tensors).enumerated() {
                    // A handful of multiply-adds per step on numbers of size about 1.
                    expectClose(got, want, floor: 1e-3, "\(name) step \(t + 1) parameter \(p)")
                }
            }
        }
    }

    @Test func adamCountsItsSteps() throws {
        var adam = Adam()
        var p = [Tensor(vector: [1, 2])]
        for _ in 0..<3 { try adam.update(&p, with: [Tensor(vector: [0.5, -0.5])]) }
        #expect(adam.steps == 3)
    }

    @Test func clippingMatchesNumpy() throws {
        let c = try Self.fixture()["clipping"]
        let gradients = try c["gradients"].tensors
        expectClose(GradientClipping.globalNorm(gradients), try c["global_norm"].double, "global norm")
        var byNorm = gradients
        let before = try GradientClipping.clipByGlobalNorm(&byNorm, maxNorm: try c["max_norm"].double)
        expectClose(before, try c["global_norm"].double, "norm before clipping")
        for (got, want) in zip(byNorm, try c["clipped_by_norm"].tensors) {
            expectClose(got, want, tolerance: 1e-15, "clipped by global norm")
        }
        expectClose(GradientClipping.globalNorm(byNorm), try c["max_norm"].double, tolerance: 1e-15, "norm after clipping")
        var byValue = gradients
        try GradientClipping.clipByValue(&byValue, limit: try c["limit"].double)
        for (got, want) in zip(byValue, try c["clipped_by_value"].tensors) {
            expectClose(got, want, tolerance: 0, "clipped by value")
        }
        // Below the threshold nothing changes.
        var small = gradients
        try GradientClipping.clipByGlobalNorm(&small, maxNorm: 1e6)
        #expect(small == gradients)
    }

    @Test func optimisersRejectMisalignedGradients() throws {
        var p = [try Tensor.zeros(3, 2), try Tensor.zeros(4)]
        let optimisers: [(String, any Optimiser)] = [
            ("sgd", SGD(learningRate: 0.1)), ("adagrad", Adagrad(learningRate: 0.1)),
            ("rmsprop", RMSProp(learningRate: 0.1)), ("adam", Adam()),
        ]
        for (name, o) in optimisers {
            var optimiser = o
            expectEngineError(mentioning: [name, "(3, 2)", "(2, 3)"]) {
                try optimiser.update(&p, with: [try Tensor.zeros(2, 3), try Tensor.zeros(4)])
            }
            expectEngineError(mentioning: [name, "2", "1"]) { try optimiser.update(&p, with: [try Tensor.zeros(3, 2)]) }
        }
        var g = [Tensor(vector: [1])]
        expectEngineError(mentioning: ["clip"]) { try GradientClipping.clipByGlobalNorm(&g, maxNorm: 0) }
        expectEngineError(mentioning: ["clip"]) { try GradientClipping.clipByValue(&g, limit: -1) }
    }

    @Test func eachOptimiserMinimisesAQuadratic() throws {
        // f(p) = |p - target|²; every optimiser must bring it near 0 from a distance.
        let target = Tensor(vector: [3, -1, 0.5])
        let optimisers: [any Optimiser] = [
            SGD(learningRate: 0.1), SGD(learningRate: 0.05, momentum: 0.9), Adagrad(learningRate: 0.5),
            RMSProp(learningRate: 0.01), Adam(learningRate: 0.05),
        ]
        for o in optimisers {
            var optimiser = o
            var p = [try Tensor.zeros(3)]
            for _ in 0..<2000 {
                let g = try gradient(at: p) { v in try (v[0] - Var(target)).pow(2).sum() }
                try optimiser.update(&p, with: g)
            }
            let distance = try (p[0] - target).norm()
            #expect(distance < 0.02, "\(type(of: optimiser)) ended \(distance) from the minimum")
        }
    }
}
