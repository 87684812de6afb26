/// Parses flags the way Go's `flag` package does, so `benchq benchstat` accepts exactly
/// benchstat's command lines: `-name value`, `-name=value`, `--name`, flags stop at the
/// first non-flag argument or after `--`, and `-h`/`-help` ask for usage.
///
/// swift-argument-parser is not used here on purpose: it has different rules (options
/// after positional arguments, clustering of single-dash flags) that would change what
/// existing benchstat invocations mean.
struct GoFlagParser {
    /// The names of the flags that take a value.
    var valueFlags: Set<String>

    enum Outcome: Equatable {
        case parsed(values: [String: String], arguments: [String])
        case help
        case failure(String)
    }

    func parse(_ arguments: [String]) -> Outcome {
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.count > 1, argument.hasPrefix("-") else { break }
            var name = Substring(argument.dropFirst())
            if name.hasPrefix("-") {
                name = name.dropFirst()
                if name.isEmpty {
                    index += 1  // "--" ends the flags
                    break
                }
            }
            if name.hasPrefix("-") || name.hasPrefix("=") {
                return .failure("bad flag syntax: \(argument)")
            }
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = name[..<equals]
            }
            let flag = String(name)
            index += 1
            if flag == "h" || flag == "help", !valueFlags.contains(flag) { return .help }
            guard valueFlags.contains(flag) else { return .failure("flag provided but not defined: -\(flag)") }
            if value == nil {
                guard index < arguments.count else { return .failure("flag needs an argument: -\(flag)") }
                value = arguments[index]
                index += 1
            }
            values[flag] = value
        }
        return .parsed(values: values, arguments: Array(arguments[index...]))
    }
}
