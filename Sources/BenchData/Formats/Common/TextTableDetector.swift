/// Recognises the CSV and Markdown tables some tools write, by their first line.
enum TextTableDetector {
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> ResultFormat? {
        var end = 0
        while end < bytes.count, end < 4096, bytes[end] != 0x0A { end += 1 }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        if line.hasPrefix("command,mean,") || line.hasPrefix("command,time_") { return .hyperfine }
        if line.hasPrefix("| Command |") { return .hyperfine }
        if line.hasPrefix("group,function,value,") { return .criterion }
        return nil
    }
}
