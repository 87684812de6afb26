/// Splits comma-separated text into records of fields (RFC 4180: double-quoted fields may
/// hold commas, quotes doubled, line breaks). Blank lines are skipped.
enum CSVRecords {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var index = 0
        var quoted = false
        var lineHasContent = false
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                quoted = true
                lineHasContent = true
            case UInt8(ascii: ","):
                endField()
                lineHasContent = true
            case 0x0D:
                continue
            case 0x0A:
                if lineHasContent || !field.isEmpty {
                    endField()
                    records.append(record)
                }
                record.removeAll()
                lineHasContent = false
            default:
                field.append(byte)
                lineHasContent = true
            }
        }
        if lineHasContent || !field.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }

    /// The records after the header, numbered by line, each checked to be as wide as the header.
    static func rows(after header: [String], in records: [[String]], path: String) throws(FormatError) -> [(
        line: Int, fields: [String]
    )] {
        var rows: [(line: Int, fields: [String])] = []
        for (offset, record) in records.dropFirst().enumerated() {
            guard record.count == header.count else {
                throw FormatError(
                    path: path, line: offset + 2, column: 1,
                    message: "expected \(header.count) fields, found \(record.count)")
            }
            rows.append((offset + 2, record))
        }
        return rows
    }
}
