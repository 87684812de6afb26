@preconcurrency import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How libedit gets its keys: `rl_getc_function`, which must be set before `rl_initialize()`.
///
/// libedit's own reader waits in `read()` and counts on Ctrl-C interrupting it, so a Ctrl-C that
/// lands while it is between two reads (echoing the last key, say) is lost until the next key.
/// (In the pseudo-terminal tests that happened to about one Ctrl-C in thirty.) This reader waits
/// in `InterruptSignal.waitForInput`, which cannot miss one. It takes the terminal to send UTF-8.
enum LibEditInput {
    static func install() {
        rl_getc_function = readTerminalCharacter
    }
}

/// A byte read ahead while assembling a character, to be handed out next. Only the editor's
/// thread touches it, inside `readline()`.
nonisolated(unsafe) private var pendingByte: UInt8?

/// libedit's `rl_getc_function`: the next character typed, as a Unicode scalar value (libedit
/// stores it as a `wchar_t`, so UTF-8 is decoded here), or -1 to end the line: Ctrl-C, the end of
/// the input, or an error.
private func readTerminalCharacter(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    let descriptor = stream.map { fileno($0) } ?? STDIN_FILENO
    guard let lead = nextByte(descriptor) else { return -1 }
    let length: Int
    switch lead {
    case 0..<0x80: return Int32(lead)
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 0xFFFD
    }
    var bytes = [lead]
    while bytes.count < length {
        guard let byte = nextByte(descriptor) else { return -1 }
        guard byte & 0xC0 == 0x80 else {
            pendingByte = byte  // it starts the next character
            break
        }
        bytes.append(byte)
    }
    let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
    return Int32(scalar.value)
}

private func nextByte(_ descriptor: Int32) -> UInt8? {
    if let byte = pendingByte {
        pendingByte = nil
        return byte
    }
    while true {
        switch InterruptSignal.waitForInput(on: descriptor) {
        case .interrupted:
            return nil
        case .otherSignal:
            // libedit's handlers re-raise a signal to the ones they replaced and then stand down
            // for the rest of the line; do what its own reader does after each: take the window
            // size, and return the terminal to raw mode (Ctrl-Z that could not stop the process
            // has left it cooked).
            rl_resize_terminal()
            rl_prep_terminal(0)
            continue
        case .ready:
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count == 1 {
                return byte
            }
            if count < 0 && (errno == EINTR || errno == EAGAIN) {
                continue
            }
            return nil
        }
    }
}
