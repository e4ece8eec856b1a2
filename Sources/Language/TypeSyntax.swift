/// A Julia type as written text, read into a tree: `Dict{String, Vector{Int64}}` is
/// `Dict` over `String` and `Vector` over `Int64`. The one reader of type syntax: the
/// canonical spelling of a type in code (`canonicalTypeName`) and a struct's type
/// parameters read off its arguments (StructType) both start here.
struct TypeSyntax: Equatable {
    /// What may stand before a `{`.
    enum Heads {
        /// As code writes types: names, dotted names (`Base.OneTo`) and number parameters.
        case names
        /// As the notebook prints them, which also has `a::Int64` (inside
        /// `@NamedTuple{...}`) and `typeof(f)`: anything up to a brace or comma.
        case anything
    }

    var head: String
    var arguments: [TypeSyntax]

    /// Spaces are not significant: `Dict{String,Int}` and `Dict{String, Int}` are one type.
    init?(_ text: String, heads: Heads) {
        var rest = Substring(text.filter { !$0.isWhitespace })
        guard let tree = TypeSyntax.read(&rest, heads), rest.isEmpty else { return nil }
        self = tree
    }

    init(head: String, arguments: [TypeSyntax]) {
        self.head = head
        self.arguments = arguments
    }

    /// The tree written back in Julia's spelling, a space after each comma.
    var text: String { arguments.isEmpty ? head : head + "{" + arguments.map(\.text).joined(separator: ", ") + "}" }

    private static func read(_ text: inout Substring, _ heads: Heads) -> TypeSyntax? {
        guard let head = readHead(&text, heads) else { return nil }
        var arguments: [TypeSyntax] = []
        if text.first == "{" {
            text = text.dropFirst()
            while true {
                guard let argument = read(&text, heads) else { return nil }
                arguments.append(argument)
                if text.first == "," { text = text.dropFirst(); continue }
                guard text.first == "}" else { return nil }
                text = text.dropFirst()
                break
            }
        }
        return TypeSyntax(head: head, arguments: arguments)
    }

    private static func readHead(_ text: inout Substring, _ heads: Heads) -> String? {
        let head: Substring
        switch heads {
        case .anything:
            head = text.prefix { $0 != "{" && $0 != "," && $0 != "}" }
        case .names:
            let word = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            // A word that starts with a digit is a number parameter (the 2 of
            // `Array{Float64, 2}`), and only its digits are.
            head = word.first?.isNumber == true ? word.prefix { $0.isNumber } : word
        }
        guard !head.isEmpty else { return nil }
        text = text.dropFirst(head.count)
        return String(head)
    }
}
