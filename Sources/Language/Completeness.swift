/// Whether a REPL entry is complete, or the prompt should ask for another line.
///
/// The parser decides, as Julia's `Meta.parse` does: an entry is incomplete when
/// reading it fails only because the input ended too soon (a block without its `end`,
/// an open bracket, string or `#=` comment, an operator or `,` still waiting for its
/// right side). Anything else, including any other syntax error, is complete, so
/// running it shows the error at once instead of waiting forever.
public func isComplete(_ source: String) -> Bool {
    // On a large stack: the parser recurses with the nesting (see `onLargeStack`).
    let incomplete = try? onLargeStack { () -> Bool in
        do {
            _ = try Parser.parse(source)
            return false
        } catch let error as SyntaxError {
            return error.isIncomplete
        } catch {
            return false
        }
    }
    return incomplete != true
}
