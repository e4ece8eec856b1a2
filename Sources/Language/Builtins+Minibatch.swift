import Engine

/// Knet's `minibatch(x, [y], batchsize; shuffle=false, partial=false, xtype, ytype)`, as
/// Knet 1.4's `Data` iterator does it: the last dimension of `x` (and `y`) counts the
/// instances; each batch takes the next `batchsize` of them (in a new random order each
/// pass when `shuffle`), keeps the other dimensions, and is converted to `xtype`
/// (`ytype`). A last batch shorter than `batchsize` is dropped unless `partial`.
///
/// Knet converts float data to its default array type, `Array{Float32}` (each element
/// rounded to the nearest Float32), unless `xtype = Array{Float64}` (or `ytype`) says
/// otherwise.
final class MinibatchData: HostObject {
    /// One of `x` and `y`: the data as columns (one per instance) and what a batch becomes.
    struct Source {
        let scalars: [Double]
        /// The size of one instance (every dimension but the last).
        let instanceShape: [Int]
        let elementType: ElementType
        /// The Julia name of the batch type, as Knet's `Data{Tuple{xtype, ytype}}` shows it.
        let typeName: String

        var instanceSize: Int { instanceShape.reduce(1, *) }

        func batch(_ ids: ArraySlice<Int>) throws -> Value {
            var batch: [Double] = []
            batch.reserveCapacity(ids.count * instanceSize)
            for id in ids { batch.append(contentsOf: scalars[(id * instanceSize)..<((id + 1) * instanceSize)]) }
            return .array(ArrayBox(try Tensor(shape: instanceShape + [ids.count], scalars: batch), elementType: elementType))
        }
    }

    let x: Source
    let y: Source?
    let batchSize: Int
    let instances: Int
    let partial: Bool
    let shuffle: Bool
    /// The order of the instances in the last pass (Knet's `d.indices`).
    private var order: [Int]

    init(x: Source, y: Source?, batchSize: Int, instances: Int, partial: Bool, shuffle: Bool) {
        self.x = x
        self.y = y
        self.batchSize = batchSize
        self.instances = instances
        self.partial = partial
        self.shuffle = shuffle
        order = Array(0..<instances)
    }

    var juliaTypeName: String {
        "Knet.Train20.Data{" + (y.map { "Tuple{\(x.typeName), \($0.typeName)}" } ?? x.typeName) + "}"
    }
    /// Knet's `summary`, which its `show` prints.
    func show() -> String { "\(length ?? 0)-element \(juliaTypeName)" }

    var length: Int? { partial ? (instances + batchSize - 1) / batchSize : instances / batchSize }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        // A pass stops where a full batch no longer fits, or at the end with `partial`.
        let last = partial ? instances : instances - batchSize + 1
        var start = 0
        if shuffle && start < last { order = runtime.random.permutation(instances).map { $0 - 1 } }
        while start < last {
            try runtime.checkCancelled()
            let ids = order[start..<Swift.min(start + batchSize, instances)]
            try runtime.checkBudget(ids.count * (x.instanceSize + (y?.instanceSize ?? 0)))
            let xb = try x.batch(ids)
            let element = try y.map { Value.tuple(TupleItems([xb, try $0.batch(ids)])) } ?? xb
            guard try body(element) else { return }
            start += batchSize
        }
    }
}

extension Library {
    mutating func registerMinibatchBuiltins() {
        define("minibatch", 2...3, keywords: .named(["shuffle", "partial", "xtype", "ytype", "xsize", "ysize"]), help: "minibatch(x, [y], batchsize; shuffle=false, partial=false, xtype, ytype) — Knet's iterator of batches along the last dimension") { _, args in
            let batchSize = try args.integer(args.count - 1, "batch size")
            guard batchSize >= 1 else { throw RuntimeError("minibatch: the batch size must be at least 1, got \(batchSize)", kind: .argument) }
            let shuffle = try flag(&args, "shuffle"), partial = try flag(&args, "partial")
            for unsupported in ["xsize", "ysize"] {
                if args.keyword(unsupported) != nil {
                    throw RuntimeError("minibatch: the keyword `\(unsupported)` is not supported yet", kind: .notSupported)
                }
            }
            let xtype = args.keyword("xtype"), ytype = args.keyword("ytype")
            let x = try source(args[0], xtype, "x")
            let y = try args.count == 3 ? source(args[1], ytype, "y") : nil
            let instances = try lastDimension(args[0])
            if args.count == 3, try lastDimension(args[1]) != instances {
                throw RuntimeError("minibatch: x has \(instances) instances and y \(try lastDimension(args[1])) (DimensionMismatch)", kind: .dimensionMismatch)
            }
            return .host(MinibatchData(x: x, y: y, batchSize: batchSize, instances: instances, partial: partial, shuffle: shuffle))
        }
    }
}

private func flag(_ args: inout Arguments, _ name: String) throws -> Bool {
    guard let value = args.keyword(name) else { return false }
    guard case .bool(let b) = value else { throw RuntimeError("minibatch: \(name) must be true or false, got \(describeType(value))", kind: .argument) }
    return b
}

private func lastDimension(_ value: Value) throws -> Int {
    guard case .array(let box) = value, let last = box.tensor.shape.last else {
        throw RuntimeError("minibatch of \(describeType(value)) is not supported yet; pass an array (collect a range first)", kind: .notSupported)
    }
    return last
}

/// The data of `x` or `y` and the type its batches take: the array's own element type
/// for integers and Bools, the one `type` names otherwise.
private func source(_ value: Value, _ type: Value?, _ name: String) throws -> MinibatchData.Source {
    guard case .array(let box) = value, box.tensor.rank >= 1 else {
        throw RuntimeError("minibatch of \(describeType(value)) is not supported yet; pass an array (collect a range first)", kind: .notSupported)
    }
    let instanceShape = Array(box.tensor.shape.dropLast())
    var element = box.elementType
    var scalars = box.tensor.scalars
    switch type {
    case nil:
        if element == .float64 || element == .float32 { element = .float32 }
    case .type(let t)? where t.name == "Array{Float64}":
        element = .float64
    case .type(let t)? where t.name == "Array{Float32}":
        element = .float32
    case .type(let t)? where t.name == "Array{Int64}":
        if let bad = scalars.first(where: { $0 != $0.rounded() }) {
            throw RuntimeError("InexactError: Int64(\(formatFloat(bad)))", kind: .inexact)
        }
        element = .int64
    default:
        throw RuntimeError("minibatch: \(name)type = \(type.map(show) ?? "") is not supported yet; use Array{Float32}, Array{Float64} or Array{Int64}", kind: .notSupported)
    }
    if element == .bool { scalars = scalars.map { $0 == 0 ? 0 : 1 } }
    if element == .float32 { scalars = scalars.map { Double(Float($0)) } }
    return MinibatchData.Source(scalars: scalars, instanceShape: instanceShape, elementType: element,
                                typeName: "Array{\(element.juliaName)}")
}
