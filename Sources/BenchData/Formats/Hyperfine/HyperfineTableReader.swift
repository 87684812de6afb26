/// hyperfine's `--export-csv` and `--export-markdown` tables: one summary per command, so
/// the file is aggregates-only. The value is the median when the table has one (CSV), else
/// the mean (Markdown, which is also rounded).
enum HyperfineTableReader {
    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        if input.bytes.first == UInt8(ascii: "|") {
            try readMarkdown(input, into: &builder)
        } else {
            try readCSV(input, into: &builder)
        }
        builder.markAggregatesOnly()
    }

    private static func readCSV(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        let records = CSVRecords.parse(input.bytes)
        guard let header = records.first, header.first == "command" else {
            throw input.error("no hyperfine CSV header")
        }
        // 1.x: command,mean,stddev,median,user,system,min,max; 2.0: <metric>_unit, <metric>_median, ...
        var metrics: [(unit: String, column: Int, unitColumn: Int?)] = []
        if let median = header.firstIndex(of: "median") ?? header.firstIndex(of: "mean") {
            metrics.append(("sec/op", median, nil))
        }
        for (index, field) in header.enumerated() where field.hasSuffix("_unit") {
            let metric = String(field.dropLast(5))
            guard let column = header.firstIndex(of: metric + "_median") ?? header.firstIndex(of: metric + "_mean")
            else {
                continue
            }
            metrics.append((metric, column, index))
        }
        let parameters = header.enumerated().filter { $0.element.hasPrefix("parameter_") }
        for (line, record) in try CSVRecords.rows(after: header, in: records, path: input.path) {
            let name = SubName.appending(
                parameters.map { (String($0.element.dropFirst(10)), record[$0.offset]) }, to: record[0])
            for metric in metrics {
                guard let value = Double(record[metric.column]), value.isFinite else {
                    throw FormatError(
                        path: input.path, line: line, column: 1,
                        message: "\(header[metric.column]): expected a number, found \"\(record[metric.column])\"")
                }
                let unit =
                    metric.unitColumn.map { HyperfineReader.unitName(metric: metric.unit, unit: record[$0]) }
                    ?? metric.unit
                builder.add(value, unit: builder.unit(unit))
            }
            builder.endResult(name: builder.name(name), iterations: 1, line: line)
        }
    }

    /// `| Command | Mean [ms] | ...` then `| `cmd` | 2.4 ± 0.0 | ...`.
    private static func readMarkdown(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        let text = String(decoding: input.bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let headerLine = lines.first else { return }
        let header = cells(headerLine)
        guard let meanColumn = header.firstIndex(where: { $0.hasPrefix("Mean") }) else {
            throw FormatError(path: input.path, line: 1, column: 1, message: "no Mean column in the table header")
        }
        let scale = try secondsPerUnit(header[meanColumn], input: input)
        let unit = builder.unit("sec/op")
        for (offset, line) in lines.enumerated().dropFirst(2) where line.hasPrefix("|") {
            let row = cells(line)
            guard row.count == header.count else {
                throw FormatError(
                    path: input.path, line: offset + 1, column: 1,
                    message: "expected \(header.count) cells, found \(row.count)")
            }
            var command = row[0]
            if command.hasPrefix("`"), command.hasSuffix("`"), command.count >= 2 {
                command = String(command.dropFirst().dropLast())
            }
            let meanText = row[meanColumn].split(separator: " ").first.map(String.init) ?? ""
            guard let mean = Double(meanText), mean.isFinite else {
                throw FormatError(
                    path: input.path, line: offset + 1, column: 1,
                    message: "\(header[meanColumn]): expected a number, found \"\(row[meanColumn])\"")
            }
            builder.add(mean * scale, unit: unit)
            builder.endResult(name: builder.name(command), iterations: 1, line: offset + 1)
        }
    }

    private static func cells(_ line: Substring) -> [String] {
        var parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: " \t\r")
        }
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    private static func secondsPerUnit(_ heading: String, input: ResultInput) throws(FormatError) -> Double {
        guard let open = heading.firstIndex(of: "["), let close = heading.firstIndex(of: "]"), open < close else {
            return 1
        }
        switch heading[heading.index(after: open)..<close] {
        case "s": return 1
        case "ms": return 1e-3
        case "µs", "us": return 1e-6
        case "ns": return 1e-9
        case let other: throw FormatError(path: input.path, line: 1, column: 1, message: "unknown time unit [\(other)]")
        }
    }
}

extension Substring {
    /// Without the given leading and trailing characters.
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
