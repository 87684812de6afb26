/// The fast path of ``GoTestJSONReader``: test2json events read field by field with a
/// ``JSONScanner``, each `Output` decoded straight into its package's text, without a
/// document.
///
/// It reads exactly what the general path reads (the same fields, the same "last member
/// wins" rule, the same package grouping) and gives up, answering nil, on anything it does
/// not handle: invalid JSON, an event that is not an object, an escaped member name, a
/// `Package` that is an object or array, an output event whose `Output` is not a string.
/// Then the general path runs and reads the file or reports the error.
enum GoTestJSONScan {
    static func outputs(_ bytes: UnsafeBufferPointer<UInt8>) -> GoTestJSONReader.PackageOutputs? {
        guard var scanner = JSONScanner(bytes) else { return nil }
        var outputs = GoTestJSONReader.PackageOutputs()
        // The last event's package, as its raw bytes (start, end) in the input.
        var lastPackage: (start: Int, end: Int)?
        // The last package's text, taken out of `outputs` while it grows (-1: none yet).
        var lastSlot = -1
        var current: [UInt8] = []
        scanner.skipWhitespace()
        guard !scanner.atEnd else { return nil }
        while !scanner.atEnd {
            // The event's Output is decoded onto the last package's text, and moved or
            // dropped afterwards when the event turns out to be of another package or kind.
            let mark = current.count
            guard let event = readEvent(&scanner, output: &current, from: mark) else { return nil }
            scanner.skipWhitespace()
            guard event.isOutput, event.hasOutput else {
                current.removeLast(current.count - mark)
                continue
            }
            let package = event.package
            if let lastPackage, let package, scanner.equalBytes(lastPackage, (package.start, package.end)) {
                continue
            }
            let output = Array(current[mark...])
            current.removeLast(current.count - mark)
            if lastSlot >= 0 { swap(&current, &outputs.texts[lastSlot]) }
            lastSlot = outputs.slot(for: package.map { packageText($0, in: scanner) } ?? "")
            swap(&current, &outputs.texts[lastSlot])
            lastPackage = package.map { ($0.start, $0.end) }
            current.append(contentsOf: output)
        }
        if lastSlot >= 0 { swap(&current, &outputs.texts[lastSlot]) }
        return outputs
    }

    /// The members of one event that matter.
    private struct Event {
        var isOutput = false
        /// The last `Output` member is a string, decoded into the pending buffer.
        var hasOutput = false
        /// The last `Output` member is not a string (an error for an output event).
        var outputIsOther = false
        var package: (start: Int, end: Int, escaped: Bool, kind: JSONDocument.Kind)?
    }

    /// Reads one event object; its `Output` (when a string) is left decoded in `output`
    /// after `mark`.
    private static func readEvent(_ scanner: inout JSONScanner, output: inout [UInt8], from mark: Int) -> Event? {
        guard scanner.consume(UInt8(ascii: "{")) else { return nil }
        var event = Event()
        scanner.skipWhitespace()
        if scanner.consume(UInt8(ascii: "}")) { return event }
        while true {
            guard let key = scanner.string(), !key.escaped, scanner.colon() else { return nil }
            if scanner.equals(key.start, key.end, "Output") {
                output.removeLast(output.count - mark)
                if scanner.current == UInt8(ascii: "\"") {
                    guard scanner.decodeString(into: &output) else { return nil }
                    event.hasOutput = true
                    event.outputIsOther = false
                } else {
                    guard scanner.skipValue() != nil else { return nil }
                    event.hasOutput = false
                    event.outputIsOther = true
                }
            } else if scanner.equals(key.start, key.end, "Action") {
                if scanner.current == UInt8(ascii: "\"") {
                    guard let value = scanner.string(), !value.escaped else { return nil }
                    event.isOutput = scanner.equals(value.start, value.end, "output")
                } else {
                    guard scanner.skipValue() != nil else { return nil }
                    event.isOutput = false
                }
            } else if scanner.equals(key.start, key.end, "Package") {
                let start = scanner.position
                if scanner.current == UInt8(ascii: "\"") {
                    guard let value = scanner.string() else { return nil }
                    event.package = (value.start, value.end, value.escaped, .string)
                } else {
                    guard let kind = scanner.skipValue(), kind != .object, kind != .array else { return nil }
                    event.package = (start, scanner.position, false, kind)
                }
            } else {
                guard scanner.skipValue() != nil else { return nil }
            }
            guard let more = scanner.separator(UInt8(ascii: "}")) else { return nil }
            if !more { break }
        }
        // An output event whose Output is not a string is an error the general path names.
        if event.isOutput, event.outputIsOther { return nil }
        return event
    }

    /// The package as the general path names it: a string decoded, a number or boolean as
    /// written, null as no package.
    private static func packageText(
        _ package: (start: Int, end: Int, escaped: Bool, kind: JSONDocument.Kind), in scanner: JSONScanner
    ) -> String {
        switch package.kind {
        case .string: scanner.text(JSONScanner.Span(start: package.start, end: package.end, escaped: package.escaped))
        case .null: ""
        default: String(decoding: scanner.slice(package.start, package.end), as: UTF8.self)
        }
    }
}
