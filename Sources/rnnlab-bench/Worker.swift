import Engine

/// Answers the commands of bench/run (and of a person at a shell): times one named
/// case, or reports a model's losses from the starting weights. In `serve` mode the
/// trainers live as long as the worker, so successive timings continue one training
/// run; bench/run instead starts a fresh process for each measurement.
final class Worker {
    let textPath: String
    let programDirectory: String
    private var text: CharText?
    private var trainers: [String: CharTrainer] = [:]

    init(textPath: String, programDirectory: String) {
        self.textPath = textPath
        self.programDirectory = programDirectory
    }

    /// Every case name `time` accepts.
    static var caseNames: [String] {
        let models = CharModelKind.allCases.flatMap { kind in
            [32, 100, 256].flatMap { h in CharImplementation.allCases.map { "\(kind.rawValue)-\(h)/\($0.rawValue)" } }
        }
        return models + ["matmul-256", "matmul-1024", "eigvals-100", "eigvals-300", "explore-100"]
    }

    func handle(_ words: [String]) -> String {
        do {
            switch words.first {
            case "time" where words.count == 3:
                guard let budget = Double(words[2]), budget >= 0, budget <= 600 else {
                    throw BenchError("the time budget should be a number of seconds in 0...600, got \(words[2])")
                }
                return jsonLine(try time(words[1], budget: budget))
            case "losses" where words.count == 5:
                return jsonLine(try losses(kindName: words[1], hidden: words[2], count: words[3], implementation: words[4]))
            default:
                throw BenchError("unknown command \(words.joined(separator: " "))")
            }
        } catch {
            return jsonLine(["error": .string("\(error)"), "command": .string(words.joined(separator: " "))])
        }
    }

    private func time(_ name: String, budget: Double) throws -> [String: JSONValue] {
        var fields: [String: JSONValue] = ["case": .string(name), "impl": .string("swift")]
        fields.merge(kernelFields()) { a, _ in a }
        if name.contains("/") {
            let parts = name.split(separator: "/")
            fields["impl"] = .string(String(parts[1]))
            let trainer = try cachedTrainer(name)
            let (rate, samples) = try chunkedRate(budget: budget) { _ = try trainer.train(iterations: $0) }
            fields["its"] = .number(rate)
            fields["samples"] = .number(Double(samples))
        } else {
            fields.merge(try timeMatrixCase(name, budget: budget)) { _, b in b }
        }
        return fields
    }

    private func losses(kindName: String, hidden: String, count: String, implementation: String) throws -> [String: JSONValue] {
        guard let n = Int(count), n >= 0, n <= 100_000 else { throw BenchError("bad iteration count \(count)") }
        let trainer = try makeTrainer(kindName, hidden, implementation)
        return ["kind": .string(kindName), "hidden": .string(hidden), "impl": .string(implementation),
                "losses": .numbers(try trainer.train(iterations: n))]
    }

    private func cachedTrainer(_ name: String) throws -> CharTrainer {
        if let trainer = trainers[name] { return trainer }
        let parts = name.split(separator: "/")
        let model = parts[0].split(separator: "-")
        guard parts.count == 2, model.count == 2 else { throw BenchError("no case \(name)") }
        let trainer = try makeTrainer(String(model[0]), String(model[1]), String(parts[1]))
        trainers[name] = trainer
        return trainer
    }

    /// A fresh trainer from the starting weights.
    func makeTrainer(_ kindName: String, _ hiddenText: String, _ implementation: String) throws -> CharTrainer {
        guard let kind = CharModelKind(rawValue: kindName) else { throw BenchError("no model \(kindName); rnn or lstm") }
        guard let hidden = Int(hiddenText), hidden > 0, hidden <= 4096 else { throw BenchError("bad hidden size \(hiddenText)") }
        guard let impl = CharImplementation(rawValue: implementation) else {
            throw BenchError("no implementation \(implementation); one of \(CharImplementation.allCases.map(\.rawValue))")
        }
        if text == nil { text = try CharText(contentsOf: textPath) }
        let data = text!.ids, vocabulary = text!.vocabulary.count
        let weights = CharModelWeights.initial(kind: kind, vocabulary: vocabulary, hidden: hidden)
        switch impl {
        case .native:
            return try NativeCharTrainer(kind: kind, data: data, vocabulary: vocabulary, hidden: hidden, weights: weights)
        case .tape:
            return try TapeCharTrainer(kind: kind, data: data, vocabulary: vocabulary, hidden: hidden, weights: weights)
        case .interpreted, .plain:
            return try InterpretedCharTrainer(
                program: impl.programName(for: kind)!, programDirectory: programDirectory, data: data,
                vocabulary: vocabulary, hidden: hidden, weights: weights)
        }
    }
}
