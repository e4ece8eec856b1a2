// The dispatcher's one table: every kernel of the active build as a function value (the
// type is KernelsSupport's; each build fills one in, KernelsPortable/EntryPoints.swift).
// The public functions in BLAS.swift, Elementwise.swift, Optimisers.swift and
// Recurrent.swift document each kernel and call `active`.

import KernelsAVX2
import KernelsAVX512
import KernelsPortable
import KernelsSupport

// The operation enums, the gate order and the table type are shared with the builds
// through KernelsSupport; these names are how the kernels' users see them.
public typealias BinaryOperation = KernelsSupport.BinaryOperation
public typealias UnaryOperation = KernelsSupport.UnaryOperation
public typealias ActivationDerivative = KernelsSupport.ActivationDerivative
public typealias LSTMGate = KernelsSupport.LSTMGate
public typealias KernelTable = KernelsSupport.KernelTable

extension KernelTable {
    /// The table of `path`'s build.
    public static func of(_ path: KernelPath) -> KernelTable {
        switch path {
        case .portable: KernelsPortable.entryPoints
        case .avx2: KernelsAVX2.entryPoints
        case .avx512: KernelsAVX512.entryPoints
        }
    }
}

/// The active path's table, read by every public kernel function.
let active = KernelTable.of(activePath)
