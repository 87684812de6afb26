import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program running on a real pseudo-terminal (80x24, `TERM` from its environment), driven like a
/// user at a keyboard: `type` sends keys; the `expect…` calls wait, with a timeout, for output or
/// terminal state, and throw `TerminalWaitFailed` carrying the screen text when it does not come.
///
/// Output is read as it comes, from a `mark` onwards: every successful wait moves the mark past
/// what it matched, so the next wait looks only at newer output.
final class PseudoTerminal {
    let processID: pid_t
    private let master: Int32
    private(set) var output: [UInt8] = []
    private var mark = 0
    private var outputEnded = false
    private var exitStatus: Int32?

    /// Starts `executable` as the session leader of a new pseudo-terminal, with exactly `environment`,
    /// a cleared signal mask and default signal actions (whatever the test runner blocks or ignores).
    ///
    /// posix_spawn rather than forkpty: after a fork in the multithreaded test runner, the child may
    /// run no Swift code (a debug build takes runtime locks that another thread may hold).
    init(executable: String, environment: [String: String]) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw TerminalStartFailed(step: "openpty", error: errno)
        }
        // Neither end may leak into processes that other tests start meanwhile.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        defer { close(slave) }  // posix_spawn returns once the child has run exec
        var slaveName = [CChar](repeating: 0, count: 128)
        guard ttyname_r(slave, &slaveName, slaveName.count) == 0 else {
            close(master)
            throw TerminalStartFailed(step: "ttyname_r", error: errno)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the terminal becomes the child's controlling terminal, so Ctrl-C
        // typed on it sends SIGINT to the child.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // Other tests' pipes must not stay open in the child, or their readers wait for it to end.
        for descriptor in openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for number in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD, SIGWINCH, SIGTERM, SIGHUP] {
            sigaddset(&defaultSignals, number)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | spawnSetSID))

        let argv = [strdup(executable), nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp {
                free(pointer)
            }
        }
        var pid: pid_t = 0
        let failure = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard failure == 0 else {
            close(master)
            throw TerminalStartFailed(step: "posix_spawn \(executable)", error: failure)
        }
        self.processID = pid
        self.master = master
    }

    deinit {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(processID, &status, 0)
        }
        close(master)
    }

    /// Sends keys as typed: text, `"\r"` for Enter, `"\t"` for Tab, `"\u{3}"` for Ctrl-C,
    /// `"\u{4}"` for Ctrl-D, `"\u{1B}[A"` for the Up arrow.
    func type(_ keys: String) {
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if errno != EINTR {
                return
            }
        }
    }

    /// Changes the window size, as a terminal window being resized does (the program gets SIGWINCH).
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Waits for the program to read the terminal in raw mode (canonical input off), as a line
    /// editor does while it waits for keys. Keys typed before that would be cooked by the terminal.
    func expectRawMode(timeout: Duration = .seconds(5)) throws {
        try wait(for: "raw mode", timeout: timeout) {
            var settings = termios()
            return tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0
        }
    }

    /// Waits for `text` to appear in the raw output, then for raw mode: a prompt is drawn just
    /// after libedit switches the terminal to raw mode, so the two together mean "ready for keys".
    func expectPrompt(_ text: String, timeout: Duration = .seconds(5)) throws {
        try expectOutput(text, timeout: timeout)
        try expectRawMode(timeout: timeout)
    }

    /// Waits for `text` anywhere in the raw output after the mark.
    func expectOutput(_ text: String, timeout: Duration = .seconds(5)) throws {
        let needle = Array(text.utf8)
        try wait(for: "output \(text.debugDescription)", timeout: timeout) {
            guard let found = find(needle) else { return false }
            mark = found.upperBound
            return true
        }
    }

    /// Waits for a whole line the program printed (not a redrawn edit line): the terminal shows a
    /// printed line as `\n<line>\r\n`.
    func expectLine(_ line: String, timeout: Duration = .seconds(5)) throws {
        let needle = Array("\n\(line)\r\n".utf8)
        try wait(for: "line \(line.debugDescription)", timeout: timeout) {
            guard let found = find(needle) else { return false }
            mark = found.upperBound - 1  // the next line starts after this newline
            return true
        }
    }

    /// Waits for the program to exit and returns its exit status (or 128 + the signal that ended it).
    func expectExit(timeout: Duration = .seconds(5)) throws -> Int32 {
        try wait(for: "exit", timeout: timeout) {
            var status: Int32 = 0
            guard waitpid(processID, &status, WNOHANG) == processID else { return false }
            let signal = status & 0x7f
            exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
            return true
        }
        return exitStatus ?? -1
    }

    /// Reads output and re-checks `condition` until it holds or `timeout` passes.
    private func wait(for what: String, timeout: Duration, until condition: () -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            if condition() { return }
            let now = ContinuousClock.now
            guard now < deadline else {
                let text = TerminalText(output)
                throw TerminalWaitFailed(waitingFor: what, screen: text.lines.joined(separator: "\n"), raw: text.raw)
            }
            readAvailable(waitingAtMost: min(deadline - now, .milliseconds(20)))
        }
    }

    private func readAvailable(waitingAtMost interval: Duration) {
        let milliseconds = Int32(max(1, interval.components.attoseconds / 1_000_000_000_000_000))
        guard !outputEnded else {
            usleep(UInt32(milliseconds) * 1000)
            return
        }
        var request = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            output += chunk[..<count]
        } else if count == 0 || errno != EINTR {
            outputEnded = true  // EIO: the program closed the terminal (it exited)
        }
    }

    private func find(_ needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, output.count - mark >= needle.count else { return nil }
        for start in mark...(output.count - needle.count)
        where output[start..<start + needle.count].elementsEqual(needle) {
            return start..<start + needle.count
        }
        return nil
    }
}

/// The process's open file descriptors (glibc ignores closing one that has been closed since).
private func openDescriptors() -> [Int32] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return names.compactMap { Int32($0) }
}

/// glibc's POSIX_SPAWN_SETSID (spawn.h, glibc 2.26 and later): Swift's Glibc module leaves it out,
/// as it is a GNU extension.
private let spawnSetSID: Int32 = 0x80

struct TerminalStartFailed: Error, CustomStringConvertible {
    let step: String
    let error: Int32

    var description: String { "\(step) failed: \(String(cString: strerror(error)))" }
}

/// A wait on the terminal that timed out; prints what the screen showed.
struct TerminalWaitFailed: Error, CustomStringConvertible {
    let waitingFor: String
    let screen: String
    let raw: String

    var description: String {
        "timed out waiting for \(waitingFor); the terminal showed:\n\(screen)\n(raw: \(raw))"
    }
}

/// Terminal output as text: escape sequences dropped, carriage returns and bells removed.
struct TerminalText {
    let lines: [String]
    let raw: String

    init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        let text = String(decoding: bytes, as: UTF8.self)
        raw = text.debugDescription
        var plain = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                // CSI: ESC [ parameters final-byte; other escapes are ESC plus one character.
                if scalars.next() == "[" {
                    while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
                }
            case "\r", "\u{7}", "\u{8}":
                continue
            default:
                plain.unicodeScalars.append(scalar)
            }
        }
        lines = plain.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
