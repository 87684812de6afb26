#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program with `posix_spawn`, reading its standard output and error through pipes
/// as they arrive, with no shell in between unless asked for (`/bin/sh -c`).
package struct ChildProcess {
    /// How a child ended.
    package enum Termination: Sendable, Equatable, CustomStringConvertible {
        case exited(Int32)
        case signalled(Int32)

        package var description: String {
            switch self {
            case .exited(let code): "exited with status \(code)"
            case .signalled(let signal): "was killed by signal \(signal)"
            }
        }
    }

    /// What the child printed and how it ended.
    package struct Output: Sendable {
        package var termination: Termination
        package var standardOutput: [UInt8]
        package var standardError: [UInt8]

        package var succeeded: Bool { termination == .exited(0) }
        package var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
        package var errorText: String { String(decoding: standardError, as: UTF8.self) }
    }

    private let pid: pid_t
    private var outputDescriptor: Int32
    private var errorDescriptor: Int32

    /// Starts `arguments[0]` (looked up on PATH) in `directory`, with standard input from
    /// /dev/null and `environment` added to (or replacing in) this process's environment.
    package init(
        _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]
    ) throws(StoreError) {
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0 else { throw Self.failure(arguments, errno) }
        guard pipe(&errorPipe) == 0 else {
            close(outputPipe[0])
            close(outputPipe[1])
            throw Self.failure(arguments, errno)
        }
        for end in [outputPipe[0], errorPipe[0]] { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, outputPipe[1])
        posix_spawn_file_actions_addclose(&actions, errorPipe[1])
        // posix_spawn_file_actions_addchdir_np is not in every C library's headers.
        let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + arguments } ?? arguments
        var cArguments = command.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        // Its own process group, so that stopping it stops whatever it started too.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        var cEnvironment = Self.environment(adding: environment).map { strdup($0) } + [nil]
        defer { for entry in cEnvironment { free(entry) } }
        var child: pid_t = 0
        let status = posix_spawnp(&child, command[0], &actions, &attributes, &cArguments, &cEnvironment)
        close(outputPipe[1])
        close(errorPipe[1])
        guard status == 0 else {
            close(outputPipe[0])
            close(errorPipe[0])
            throw Self.failure(arguments, status)
        }
        pid = child
        outputDescriptor = outputPipe[0]
        errorDescriptor = errorPipe[0]
    }

    /// This process's `NAME=value` entries with `additions` put in.
    private static func environment(adding additions: [String: String]) -> [String] {
        var entries: [String] = []
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            let name = text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? text
            if additions[name] == nil { entries.append(text) }
            entry += 1
        }
        return entries + additions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }

    private static func failure(_ arguments: [String], _ code: Int32) -> StoreError {
        StoreError(.command, "cannot run \(arguments[0]): \(String(cString: strerror(code)))")
    }

    /// Runs to the end and returns everything it printed.
    package static func run(_ arguments: [String], in directory: String? = nil) throws(StoreError) -> Output {
        var child = try ChildProcess(arguments, in: directory)
        var output: [UInt8] = []
        var error: [UInt8] = []
        return child.wait(
            onOutput: { output.append(contentsOf: $0) }, onError: { error.append(contentsOf: $0) },
            tick: { true }, finish: { Output(termination: $0, standardOutput: output, standardError: error) })
    }

    /// Reads both pipes until the child closes them, calling `onOutput`/`onError` with each
    /// piece, and `tick` at least every `interval` milliseconds. When `tick` returns false the
    /// child's process group is stopped (SIGTERM, then SIGKILL a second later). A child that
    /// exits while something it started still holds the pipes is waited for two seconds more,
    /// then its process group is killed.
    package mutating func wait<Result>(
        interval: Int32 = 200, onOutput: (UnsafeBufferPointer<UInt8>) -> Void,
        onError: (UnsafeBufferPointer<UInt8>) -> Void, tick: () -> Bool, finish: (Termination) -> Result
    ) -> Result {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var stopDeadline: Double?
        var drainDeadline: Double?
        var termination: Termination?
        while outputDescriptor >= 0 || errorDescriptor >= 0 {
            var watched = [
                pollfd(fd: outputDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: errorDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&watched, 2, interval) > 0 {
                for (index, entry) in watched.enumerated() where entry.fd >= 0 && entry.revents != 0 {
                    let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        buffer.withUnsafeBufferPointer { all in
                            let piece = UnsafeBufferPointer(rebasing: all[..<count])
                            if index == 0 { onOutput(piece) } else { onError(piece) }
                        }
                    } else if count == 0 || errno != EINTR && errno != EAGAIN {
                        close(entry.fd)
                        if index == 0 { outputDescriptor = -1 } else { errorDescriptor = -1 }
                    }
                }
            }
            let now = Clock.seconds()
            if termination == nil, let ended = reap(blocking: false) {
                termination = ended
                drainDeadline = now + 2
            }
            if stopDeadline == nil, !tick() {
                kill(-pid, SIGTERM)
                stopDeadline = now + 1
            } else if let deadline = stopDeadline ?? drainDeadline, now >= deadline {
                kill(-pid, SIGKILL)
                break
            }
        }
        if outputDescriptor >= 0 { close(outputDescriptor) }
        if errorDescriptor >= 0 { close(errorDescriptor) }
        outputDescriptor = -1
        errorDescriptor = -1
        return finish(termination ?? reap(blocking: true) ?? .exited(-1))
    }

    /// The child's end, once it has ended (waiting for it when `blocking`).
    private func reap(blocking: Bool) -> Termination? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
            if result == pid { break }
            if result == 0 { return nil }
            if errno != EINTR { return .exited(-1) }
        }
        // WIFEXITED and friends are macros Swift cannot import.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }
}
