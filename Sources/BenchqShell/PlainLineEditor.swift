#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines from a file descriptor with no editing and no escape codes: the editor for input
/// that is not a terminal (a pipe or a file) or output that is not one.
///
/// The prompt is shown only when the input is a terminal, and on standard error, so that piping a
/// script through the shell prints nothing but results. There is no history. A Ctrl-C caught by
/// `InterruptSignal` (once installed) while waiting for input cancels the partial line.
package struct PlainLineEditor: LineEditor {
    private let input: Int32
    private let promptOutput: Int32
    private var buffer: [UInt8] = []
    private var reachedEnd = false

    package init(input: Int32 = STDIN_FILENO, promptOutput: Int32 = STDERR_FILENO) {
        self.input = input
        self.promptOutput = promptOutput
    }

    package mutating func readLine(prompt: String) -> LineEditorInput {
        InterruptSignal.clear()
        if isatty(input) == 1 {
            writeAll(Array(prompt.utf8), to: promptOutput)
        }
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[..<newline]
                if line.last == UInt8(ascii: "\r") {
                    line = line.dropLast()
                }
                let text = String(decoding: line, as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(text)
            }
            if reachedEnd {
                guard !buffer.isEmpty else { return .endOfInput }
                let text = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                return .line(text)  // a last line with no newline
            }
            switch readChunk() {
            case .data:
                continue
            case .end:
                reachedEnd = true
            case .interrupted:
                buffer.removeAll()
                if isatty(input) == 1 {
                    writeAll([UInt8(ascii: "\n")], to: promptOutput)  // the terminal echoed ^C after the line
                }
                return .interrupted
            }
        }
    }

    package mutating func addHistory(_: String) {}

    private enum ChunkResult {
        case data
        case end
        case interrupted
    }

    private mutating func readChunk() -> ChunkResult {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            switch InterruptSignal.waitForInput(on: input) {
            case .interrupted:
                _ = InterruptSignal.consume()
                return .interrupted
            case .otherSignal:
                continue
            case .ready:
                break
            }
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return .data
            }
            if count == 0 {
                return .end
            }
            if errno != EINTR && errno != EAGAIN {
                return .end  // an unreadable input ends like an empty one
            }
        }
    }
}

/// Writes all of `bytes`, retrying after signals and short writes; gives up on other errors.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes {
            write(descriptor, $0.baseAddress! + offset, $0.count - offset)
        }
        if written > 0 {
            offset += written
        } else if written < 0 && errno == EINTR {
            continue
        } else {
            return
        }
    }
}
