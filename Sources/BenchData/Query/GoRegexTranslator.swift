/// Checks a Go (RE2) regular expression the way Go's `regexp/syntax` parser does and rewrites it
/// as an equivalent Swift `Regex` pattern.
///
/// Every construct is emitted explicitly (literals as `\x{…}`, classes as ranges, `^`/`$`/`.`
/// resolved against the active flags), so Swift's own defaults never leak in. Errors carry Go's
/// codes and the same slice of the expression Go reports.
struct GoRegexTranslator {
    private struct Flags {
        var foldCase = false
        var oneLine = true  // Go compiles with syntax.Perl: ^ and $ match only at text ends.
        var dotMatchesNewline = false
        var nonGreedy = false
    }

    /// One parsed operand; `weight` is the largest product of nested `{n,m}` counts below it,
    /// which Go caps at 1000.
    private struct Atom {
        var text: String
        var weight = 1
    }

    /// An open group: the flags to restore when it closes and the alternatives parsed so far.
    private struct Group {
        var savedFlags: Flags
        var alternatives: [String] = []
        var current: [Atom] = []
        var weight = 1

        mutating func closeAlternative() {
            alternatives.append(current.map(\.text).joined())
            for atom in current { weight = max(weight, atom.weight) }
            current = []
        }
    }

    private let pattern: String
    let bytes: [UInt8]
    private var flags = Flags()
    private var groups: [Group]

    init(_ pattern: String) {
        self.pattern = pattern
        self.bytes = Array(pattern.utf8)
        self.groups = [Group(savedFlags: Flags())]
    }

    mutating func translate() throws(GoRegexSyntaxError) -> String {
        var index = 0
        var previousRepeatStart: Int?
        while index < bytes.count {
            var repeatStart: Int?
            let start = index
            switch bytes[index] {
            case UInt8(ascii: "("):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "?") {
                    index = try parseGroupFlags(at: index)
                } else {
                    groups.append(Group(savedFlags: flags))
                    index += 1
                }
            case UInt8(ascii: "|"):
                groups[groups.count - 1].closeAlternative()
                index += 1
            case UInt8(ascii: ")"):
                try closeGroup()
                index += 1
            case UInt8(ascii: "^"):
                push(flags.oneLine ? #"\A"# : "(?m:^)")
                index += 1
            case UInt8(ascii: "$"):
                push(flags.oneLine ? #"\z"# : "(?m:$)")
                index += 1
            case UInt8(ascii: "."):
                push(flags.dotMatchesNewline ? "(?s:.)" : #"[^\x{A}]"#)
                index += 1
            case UInt8(ascii: "["):
                index = try parseClass(at: index)
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
                let suffix = String(UnicodeScalar(bytes[index]))
                index = try applyRepeat(
                    suffix, weightFactor: nil, start: start, after: index + 1,
                    previousRepeatStart: previousRepeatStart)
                repeatStart = start
            case UInt8(ascii: "{"):
                guard let (minimum, maximum, after) = parseRepeatCount(at: index) else {
                    pushLiteral(UInt32(UInt8(ascii: "{")))
                    index += 1
                    break
                }
                if minimum < 0 || minimum > 1000 || maximum > 1000 || (maximum >= 0 && minimum > maximum) {
                    throw error(GoRegexSyntaxError.invalidRepeatSize, start..<after)
                }
                let suffix =
                    maximum == minimum ? "{\(minimum)}" : maximum < 0 ? "{\(minimum),}" : "{\(minimum),\(maximum)}"
                let factor = maximum < 0 ? minimum : maximum
                let checkSize = minimum >= 2 || maximum >= 2
                index = try applyRepeat(
                    suffix, weightFactor: (factor, checkSize), start: start, after: after,
                    previousRepeatStart: previousRepeatStart)
                repeatStart = start
            case UInt8(ascii: "\\"):
                index = try parseBackslash(at: index)
            default:
                let (scalar, length) = QueryBytes.scalar(bytes, at: index)
                pushLiteral(scalar.value)
                index += length
            }
            previousRepeatStart = repeatStart
        }
        guard groups.count == 1 else { throw error(GoRegexSyntaxError.missingParen, 0..<bytes.count) }
        groups[0].closeAlternative()
        return groups[0].alternatives.joined(separator: "|")
    }

    // MARK: - Stack

    mutating func push(_ text: String, weight: Int = 1) {
        let wrapped = flags.foldCase ? "(?i:\(text))" : text
        groups[groups.count - 1].current.append(Atom(text: wrapped, weight: weight))
    }

    private mutating func pushLiteral(_ value: UInt32) {
        push(Self.literal(value))
    }

    private mutating func closeGroup() throws(GoRegexSyntaxError) {
        guard groups.count > 1 else { throw error(GoRegexSyntaxError.unexpectedParen, 0..<bytes.count) }
        var group = groups.removeLast()
        group.closeAlternative()
        flags = group.savedFlags
        groups[groups.count - 1].current.append(
            Atom(text: "(?:" + group.alternatives.joined(separator: "|") + ")", weight: group.weight))
    }

    /// Applies `*`, `+`, `?` or `{…}` (its Swift spelling `suffix`) to the last operand.
    private mutating func applyRepeat(
        _ suffix: String, weightFactor: (factor: Int, check: Bool)?, start: Int, after: Int,
        previousRepeatStart: Int?
    ) throws(GoRegexSyntaxError) -> Int {
        var end = after
        var lazy = flags.nonGreedy
        if end < bytes.count, bytes[end] == UInt8(ascii: "?") {
            end += 1
            lazy.toggle()
        }
        if let previousRepeatStart {
            // a** or a+* : Go rejects stacked repetition operators.
            throw error(GoRegexSyntaxError.invalidRepeatOp, previousRepeatStart..<end)
        }
        let group = groups.count - 1
        guard var operand = groups[group].current.popLast() else {
            throw error(GoRegexSyntaxError.missingRepeatArgument, start..<end)
        }
        if let (factor, check) = weightFactor {
            operand.weight = factor == 0 ? 1 : factor * operand.weight
            if check, operand.weight > 1000 {
                throw error(GoRegexSyntaxError.invalidRepeatSize, start..<end)
            }
        }
        operand.text = "(?:\(operand.text))" + suffix + (lazy ? "?" : "")
        groups[group].current.append(operand)
        return end
    }

    /// Go's `{min}`, `{min,}`, `{min,max}`; nil when the text is not of that form (then `{` is
    /// a literal). Too-large numbers come back as -1.
    private func parseRepeatCount(at start: Int) -> (Int, Int, Int)? {
        var index = start + 1
        guard let minimum = parseInt(&index), index < bytes.count else { return nil }
        var maximum = minimum
        var lower = minimum
        if bytes[index] == UInt8(ascii: ",") {
            index += 1
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "}") {
                maximum = -1
            } else {
                guard let value = parseInt(&index) else { return nil }
                maximum = value
                if value < 0 { lower = -1 }
            }
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "}") else { return nil }
        return (lower, maximum, index + 1)
    }

    private func parseInt(_ index: inout Int) -> Int? {
        guard index < bytes.count, QueryBytes.isDigit(bytes[index]) else { return nil }
        if bytes[index] == UInt8(ascii: "0"), index + 1 < bytes.count, QueryBytes.isDigit(bytes[index + 1]) {
            return nil  // no leading zeros
        }
        var value = 0
        while index < bytes.count, QueryBytes.isDigit(bytes[index]) {
            if value >= 100_000_000 {
                value = -1
            } else if value >= 0 {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            index += 1
        }
        return value
    }

    // MARK: - Groups and flags

    /// `(?i)`, `(?i:…)`, `(?P<name>…)`, `(?<name>…)`.
    private mutating func parseGroupFlags(at start: Int) throws(GoRegexSyntaxError) -> Int {
        let remaining = bytes.count - start
        let pythonName = remaining > 4 && bytes[start + 2] == UInt8(ascii: "P") && bytes[start + 3] == UInt8(ascii: "<")
        let perlName = remaining > 3 && bytes[start + 2] == UInt8(ascii: "<")
        if pythonName || perlName {
            let nameStart = start + (pythonName ? 4 : 3)
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else {
                throw error(GoRegexSyntaxError.invalidNamedCapture, start..<bytes.count)
            }
            let name = bytes[nameStart..<close]
            guard !name.isEmpty, name.allSatisfy({ QueryBytes.isAlphanumeric($0) || $0 == UInt8(ascii: "_") }) else {
                throw error(GoRegexSyntaxError.invalidNamedCapture, start..<(close + 1))
            }
            groups.append(Group(savedFlags: flags))
            return close + 1
        }

        var updated = flags
        var negated = false
        var sawFlag = false
        var index = start + 2
        scan: while index < bytes.count {
            let (scalar, length) = QueryBytes.scalar(bytes, at: index)
            index += length
            switch scalar {
            case "i": updated.foldCase = !negated
            case "m": updated.oneLine = negated
            case "s": updated.dotMatchesNewline = !negated
            case "U": updated.nonGreedy = !negated
            case "-":
                if negated { break scan }
                negated = true
                sawFlag = false
                continue scan
            case ":", ")":
                if negated, !sawFlag { break scan }
                if scalar == ":" { groups.append(Group(savedFlags: flags)) }
                flags = updated
                return index
            default:
                break scan
            }
            sawFlag = true
        }
        throw error(GoRegexSyntaxError.invalidPerlOp, start..<index)
    }

    // MARK: - Escapes

    private mutating func parseBackslash(at start: Int) throws(GoRegexSyntaxError) -> Int {
        if start + 1 < bytes.count {
            switch bytes[start + 1] {
            case UInt8(ascii: "A"):
                push(#"\A"#)
                return start + 2
            case UInt8(ascii: "z"):
                push(#"\z"#)
                return start + 2
            case UInt8(ascii: "b"):
                push(#"\b"#)
                return start + 2
            case UInt8(ascii: "B"):
                push(#"\B"#)
                return start + 2
            case UInt8(ascii: "C"): throw error(GoRegexSyntaxError.invalidEscape, start..<(start + 2))
            case UInt8(ascii: "Q"):
                // \Q…\E: everything up to \E (or the end) is literal.
                var index = start + 2
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count,
                        bytes[index + 1] == UInt8(ascii: "E")
                    {
                        return index + 2
                    }
                    let (scalar, length) = QueryBytes.scalar(bytes, at: index)
                    pushLiteral(scalar.value)
                    index += length
                }
                return index
            case UInt8(ascii: "p"), UInt8(ascii: "P"):
                let (item, next) = try parseUnicodeClass(at: start)
                push("[\(item)]")
                return next
            default:
                if let (item, negated) = Self.perlClass(bytes[start + 1]) {
                    push(negated ? "[^\(item)]" : "[\(item)]")
                    return start + 2
                }
            }
        }
        let (value, next) = try parseEscape(at: start)
        pushLiteral(value)
        return next
    }

    /// A single-character escape (`\n`, `\x41`, `\x{263a}`, `\101`, `\.`).
    func parseEscape(at start: Int) throws(GoRegexSyntaxError) -> (UInt32, Int) {
        var index = start + 1
        guard index < bytes.count else { throw error(GoRegexSyntaxError.trailingBackslash, index..<index) }
        let (scalar, length) = QueryBytes.scalar(bytes, at: index)
        index += length
        let c = scalar.value
        switch scalar {
        case "1"..."7" where !(index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index])):
            break  // a lone \1 would be a backreference, which RE2 lacks
        case "0"..."7":
            var value = c - 0x30
            for _ in 1..<3 {
                guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index]) else { break }
                value = value * 8 + UInt32(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            return (value, index)
        case "x":
            guard index < bytes.count else { break }
            let (first, firstLength) = QueryBytes.scalar(bytes, at: index)
            index += firstLength
            if first == "{" {
                var value: UInt32 = 0
                var digits = 0
                while true {
                    guard index < bytes.count else { throw error(GoRegexSyntaxError.invalidEscape, start..<index) }
                    let (digit, digitLength) = QueryBytes.scalar(bytes, at: index)
                    index += digitLength
                    if digit == "}" { break }
                    guard let v = Self.hexValue(digit) else {
                        throw error(GoRegexSyntaxError.invalidEscape, start..<index)
                    }
                    value = value * 16 + v
                    guard value <= 0x10FFFF else { throw error(GoRegexSyntaxError.invalidEscape, start..<index) }
                    digits += 1
                }
                guard digits > 0 else { break }
                return (value, index)
            }
            var second: Unicode.Scalar = "\u{FFFD}"
            if index < bytes.count {
                let decoded = QueryBytes.scalar(bytes, at: index)
                second = decoded.scalar
                index += decoded.length
            }
            guard let high = Self.hexValue(first), let low = Self.hexValue(second) else { break }
            return (high * 16 + low, index)
        case "a": return (0x07, index)
        case "f": return (0x0C, index)
        case "n": return (0x0A, index)
        case "r": return (0x0D, index)
        case "t": return (0x09, index)
        case "v": return (0x0B, index)
        default:
            if c < 0x80, !QueryBytes.isAlphanumeric(UInt8(c)) { return (c, index) }
        }
        throw error(GoRegexSyntaxError.invalidEscape, start..<index)
    }

    static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    // MARK: - Emission helpers

    /// A Swift pattern that matches exactly the scalar `value`.
    static func literal(_ value: UInt32) -> String {
        if value < 0x80, QueryBytes.isAlphanumeric(UInt8(value)) { return String(UnicodeScalar(UInt8(value))) }
        if Unicode.Scalar(value) == nil { return #"[^\x{0}-\x{10FFFF}]"# }  // a surrogate never matches
        return #"\x{"# + String(value, radix: 16) + "}"
    }

    /// A class member for `value`, usable inside `[…]`.
    static func classMember(_ value: UInt32) -> String {
        #"\x{"# + String(value, radix: 16) + "}"
    }

    func error(_ code: String, _ range: Range<Int>) -> GoRegexSyntaxError {
        GoRegexSyntaxError(code: code, expression: QueryBytes.text(bytes, range))
    }
}
