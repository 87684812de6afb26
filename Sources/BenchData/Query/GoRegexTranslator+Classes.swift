/// Character classes in Go's regexp syntax: `[…]`, POSIX `[:name:]`, Perl `\d \s \w`, and
/// Unicode `\pL` / `\p{Greek}`. RE2's Perl and POSIX classes are ASCII-only, so they are
/// emitted as explicit ranges rather than Swift's Unicode-aware shorthands.
extension GoRegexTranslator {
    mutating func parseClass(at start: Int) throws(GoRegexSyntaxError) -> Int {
        var index = start + 1
        var negated = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "^") {
            negated = true
            index += 1
        }
        var members = ""
        var first = true  // a leading ']' is a literal
        while index >= bytes.count || bytes[index] != UInt8(ascii: "]") || first {
            first = false
            if bytes.count - index > 2, bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: ":"),
                let (member, next) = try posixClass(at: index)
            {
                members += member
                index = next
                continue
            }
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\") {
                let letter = bytes[index + 1]
                if letter == UInt8(ascii: "p") || letter == UInt8(ascii: "P") {
                    let (member, next) = try parseUnicodeClass(at: index)
                    members += member
                    index = next
                    continue
                }
                if let (ranges, isNegated) = Self.perlClass(letter) {
                    members += isNegated ? "[^\(ranges)]" : ranges
                    index += 2
                    continue
                }
            }
            let rangeStart = index
            let low = try classCharacter(&index, classStart: start)
            var high = low
            if bytes.count - index >= 2, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] != UInt8(ascii: "]") {
                index += 1
                high = try classCharacter(&index, classStart: start)
                if high < low { throw error(GoRegexSyntaxError.invalidCharRange, rangeStart..<index) }
            }
            members += Self.classMember(low)
            if high != low { members += "-" + Self.classMember(high) }
        }
        push("[" + (negated ? "^" : "") + members + "]")
        return index + 1
    }

    private func classCharacter(_ index: inout Int, classStart: Int) throws(GoRegexSyntaxError) -> UInt32 {
        guard index < bytes.count else {
            throw error(GoRegexSyntaxError.missingBracket, classStart..<bytes.count)
        }
        if bytes[index] == UInt8(ascii: "\\") {
            let (value, next) = try parseEscape(at: index)
            index = next
            return value
        }
        let (scalar, length) = QueryBytes.scalar(bytes, at: index)
        index += length
        return scalar.value
    }

    /// `[:alpha:]` or `[:^alpha:]`; nil when there is no closing `:]` (then `[` is literal).
    private func posixClass(at start: Int) throws(GoRegexSyntaxError) -> (String, Int)? {
        var close = start + 2
        while close + 1 < bytes.count, !(bytes[close] == UInt8(ascii: ":") && bytes[close + 1] == UInt8(ascii: "]")) {
            close += 1
        }
        guard close + 1 < bytes.count else { return nil }
        let end = close + 2
        var name = QueryBytes.text(bytes, (start + 2)..<close)
        let negated = name.hasPrefix("^")
        if negated { name.removeFirst() }
        guard let ranges = Self.posixClasses[name] else {
            throw error(GoRegexSyntaxError.invalidCharRange, start..<end)
        }
        return (negated ? "[^\(ranges)]" : ranges, end)
    }

    /// `\pL`, `\p{Greek}`, `\P{Lu}`, `\p{^Lu}` as a class member.
    mutating func parseUnicodeClass(at start: Int) throws(GoRegexSyntaxError) -> (String, Int) {
        var positive = bytes[start + 1] == UInt8(ascii: "p")
        let nameStart = start + 2
        var name: String
        let end: Int
        if nameStart < bytes.count, bytes[nameStart] == UInt8(ascii: "{") {
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else {
                throw error(GoRegexSyntaxError.invalidCharRange, start..<bytes.count)
            }
            name = QueryBytes.text(bytes, (nameStart + 1)..<close)
            end = close + 1
        } else if nameStart < bytes.count {
            end = nameStart + QueryBytes.scalar(bytes, at: nameStart).length
            name = QueryBytes.text(bytes, nameStart..<end)
        } else {
            name = ""
            end = nameStart
        }
        if name.hasPrefix("^") {
            positive.toggle()
            name.removeFirst()
        }
        guard let members = Self.unicodeClass(named: name) else {
            throw error(GoRegexSyntaxError.invalidCharRange, start..<end)
        }
        return (positive ? members : "[^\(members)]", end)
    }

    // MARK: - Tables

    static func perlClass(_ letter: UInt8) -> (String, Bool)? {
        switch letter {
        case UInt8(ascii: "d"): return (ranges([(0x30, 0x39)]), false)
        case UInt8(ascii: "D"): return (ranges([(0x30, 0x39)]), true)
        case UInt8(ascii: "s"): return (spaceRanges, false)
        case UInt8(ascii: "S"): return (spaceRanges, true)
        case UInt8(ascii: "w"): return (wordRanges, false)
        case UInt8(ascii: "W"): return (wordRanges, true)
        default: return nil
        }
    }

    private static let spaceRanges = ranges([(0x09, 0x0A), (0x0C, 0x0D), (0x20, 0x20)])
    private static let wordRanges = ranges([(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])

    private static let posixClasses: [String: String] = [
        "alnum": ranges([(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)]),
        "alpha": ranges([(0x41, 0x5A), (0x61, 0x7A)]),
        "ascii": ranges([(0x00, 0x7F)]),
        "blank": ranges([(0x09, 0x09), (0x20, 0x20)]),
        "cntrl": ranges([(0x00, 0x1F), (0x7F, 0x7F)]),
        "digit": ranges([(0x30, 0x39)]),
        "graph": ranges([(0x21, 0x7E)]),
        "lower": ranges([(0x61, 0x7A)]),
        "print": ranges([(0x20, 0x7E)]),
        "punct": ranges([(0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)]),
        "space": ranges([(0x09, 0x0D), (0x20, 0x20)]),
        "upper": ranges([(0x41, 0x5A)]),
        "word": wordRanges,
        "xdigit": ranges([(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)]),
    ]

    private static func ranges(_ pairs: [(UInt32, UInt32)]) -> String {
        pairs.map { low, high in
            low == high ? classMember(low) : classMember(low) + "-" + classMember(high)
        }.joined()
    }

    /// Go's Unicode class names: general categories (and their long aliases), scripts, and
    /// `Any`, `Assigned`, `ASCII`; matched loosely as Go does (case, `_`, `-`, space ignored).
    private static func unicodeClass(named name: String) -> String? {
        let canonical = canonicalClassName(name)
        switch canonical {
        case "": return nil
        case "Any": return ranges([(0, 0x10FFFF)])
        case "Assigned": return #"\P{Cn}"#
        case "Ascii": return ranges([(0, 0x7F)])
        case "Lc": return #"\p{LC}"#
        case "C": return #"\p{Cc}\p{Cf}\p{Co}\p{Cs}"#  // Go's C omits unassigned code points
        default: break
        }
        if let category = categoryAliases[canonical] ?? (categories.contains(canonical) ? canonical : nil) {
            return category == "C" ? #"\p{Cc}\p{Cf}\p{Co}\p{Cs}"# : #"\p{"# + category + "}"
        }
        guard canonical.utf8.allSatisfy({ QueryBytes.isAlphanumeric($0) }) else { return nil }
        let script = #"\p{Script="# + canonical + "}"
        return (try? Regex(script)) == nil ? nil : script
    }

    private static func canonicalClassName(_ name: String) -> String {
        var result = ""
        var first = true
        for scalar in name.unicodeScalars where scalar != "_" && scalar != "-" && scalar != " " {
            if first {
                result.unicodeScalars.append(contentsOf: String(scalar).uppercased().unicodeScalars)
                first = false
            } else {
                result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return result
    }

    private static let categories: Set<String> = [
        "C", "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
        "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm",
        "So", "Z", "Zl", "Zp", "Zs",
    ]

    private static let categoryAliases: [String: String] = [
        "Casedletter": "LC", "Closepunctuation": "Pe", "Combiningmark": "M",
        "Connectorpunctuation": "Pc", "Control": "Cc", "Currencysymbol": "Sc",
        "Dashpunctuation": "Pd", "Decimalnumber": "Nd", "Enclosingmark": "Me",
        "Finalpunctuation": "Pf", "Format": "Cf", "Initialpunctuation": "Pi", "Letter": "L",
        "Letternumber": "Nl", "Lineseparator": "Zl", "Lowercaseletter": "Ll", "Mark": "M",
        "Mathsymbol": "Sm", "Modifierletter": "Lm", "Modifiersymbol": "Sk",
        "Nonspacingmark": "Mn", "Number": "N", "Openpunctuation": "Ps", "Other": "C",
        "Otherletter": "Lo", "Othernumber": "No", "Otherpunctuation": "Po", "Othersymbol": "So",
        "Paragraphseparator": "Zp", "Privateuse": "Co", "Punctuation": "P", "Separator": "Z",
        "Spaceseparator": "Zs", "Spacingmark": "Mc", "Surrogate": "Cs", "Symbol": "S",
        "Titlecaseletter": "Lt", "Unassigned": "Cn", "Uppercaseletter": "Lu", "Cntrl": "Cc",
        "Digit": "Nd", "Punct": "P",
    ]
}
