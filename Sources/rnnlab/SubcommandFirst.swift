/// Puts the subcommand's name first, so options given before it reach it:
/// `--lessons DIR open 5` becomes `open --lessons DIR 5`. Only a name that follows
/// nothing but options is moved (`run open` runs a file called "open").
enum SubcommandFirst {
    static let subcommands: Set<String> = ["open", "run", "check", "export-lessons", "plot-demo", "line-probe"]
    /// Options that take a value, whose value must not be read as a subcommand.
    static let optionsWithValues: Set<String> = ["--lessons", "--height"]

    static func arguments(_ arguments: [String]) -> [String] {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if subcommands.contains(argument) {
                guard index > 0 else { return arguments }
                var reordered = arguments
                reordered.remove(at: index)
                return [argument] + reordered
            }
            guard argument.hasPrefix("-"), argument != "--" else { return arguments }
            index += optionsWithValues.contains(argument) ? 2 : 1
        }
        return arguments
    }
}
