/// A composite type as written: `struct Point{T} x::T; y::T end`, `mutable struct
/// Account owner; balance::Float64 end`, with inner constructors that call `new`.
///
/// The parser keeps the field types as text (as it does for parameter types); the
/// interpreter turns the declaration into a `StructType` when the statement runs.
public final class StructDecl: Sendable {
    public let name: String
    /// `{T}` or `{T <: Real}` after the name: each parameter with its bound, if written.
    public let typeParameters: [TypeParameter]
    public let isMutable: Bool
    public let fields: [FieldDecl]
    /// Methods written inside the body (`Interval(a, b) = ... new(a, b)`); when there
    /// is one, Julia makes no default constructor.
    public let innerConstructors: [FunctionDecl]
    public let position: SourcePosition
    /// The abstract type after `<:`, when one is written (Julia's `Any` when not).
    public let supertype: String?

    public init(
        name: String, typeParameters: [TypeParameter], isMutable: Bool, fields: [FieldDecl], innerConstructors: [FunctionDecl],
        position: SourcePosition, supertype: String? = nil
    ) {
        self.supertype = supertype
        self.name = name
        self.typeParameters = typeParameters
        self.isMutable = isMutable
        self.fields = fields
        self.innerConstructors = innerConstructors
        self.position = position
    }
}

/// One field of a struct: `name` or `name::Type`.
public struct FieldDecl: Sendable, Equatable {
    public var name: String
    /// The written type, nil when none is written (Julia's `Any`).
    public var typeName: String?
    /// `const a` in a `mutable struct` (Julia 1.8): the field cannot be assigned.
    public var isConst = false
}

/// `T` or `T <: Real` in `struct Point{T <: Real}`.
public struct TypeParameter: Sendable, Equatable {
    public var name: String
    public var bound: String?
}
