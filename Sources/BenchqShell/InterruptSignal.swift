import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C, seen as SIGINT: instead of ending the process it raises a flag.
///
/// The line editors turn the flag into `LineEditorInput.interrupted`. While a statement runs, the
/// shell polls `isRequested` (or `consume()`) at convenient points and abandons the statement.
///
/// The handler also writes a byte to a pipe (the "self-pipe trick"): an editor waiting for a key
/// polls that pipe too, so a Ctrl-C that lands just before it starts waiting is not lost, which
/// relying on `read` failing with `EINTR` cannot promise.
package enum InterruptSignal {
    /// Installs the SIGINT handler, and a SIGWINCH one that only wakes a waiting editor. Idempotent.
    ///
    /// SIGINT is installed without `SA_RESTART`, so a statement blocked in a system call gets `EINTR`
    /// and can look at the flag. While libedit reads a line it puts its own handlers in front of
    /// these (to restore the terminal or learn the new size), then re-raises the signal to them.
    package static func install() {
        // Touch the flag first: the handler must never be the one to run its lazy initializer.
        interruptRequested.store(false, ordering: .sequentiallyConsistent)
        if wakeReadEnd.load(ordering: .sequentiallyConsistent) < 0 {
            var ends: [Int32] = [-1, -1]
            if pipe(&ends) == 0 {
                for end in ends {
                    _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                }
                wakeWriteEnd.store(ends[1], ordering: .sequentiallyConsistent)
                wakeReadEnd.store(ends[0], ordering: .sequentiallyConsistent)
            }
        }
        setHandler(handleInterruptSignal, for: SIGINT, flags: 0)
        // A resize must not disturb a statement's system calls; poll() is never restarted anyway.
        setHandler(handleWindowChange, for: SIGWINCH, flags: SA_RESTART)
    }

    /// Whether Ctrl-C was pressed since the flag was last cleared.
    package static var isRequested: Bool {
        interruptRequested.load(ordering: .sequentiallyConsistent)
    }

    /// Forgets any earlier Ctrl-C, before starting something Ctrl-C should cancel.
    package static func clear() {
        drainWakePipe()
        interruptRequested.store(false, ordering: .sequentiallyConsistent)
    }

    /// Whether Ctrl-C was pressed, clearing the flag.
    package static func consume() -> Bool {
        interruptRequested.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// What ended a wait for input.
    package enum Wait: Equatable, Sendable {
        /// `descriptor` can be read without blocking (data, the end of input, or an error).
        case ready
        /// Ctrl-C; the flag stays set.
        case interrupted
        /// Another signal arrived (a resize, a continue after Ctrl-Z); wait again.
        case otherSignal
    }

    /// Waits until `descriptor` is readable or a signal arrives.
    package static func waitForInput(on descriptor: Int32) -> Wait {
        var watched = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeReadEnd.load(ordering: .sequentiallyConsistent), events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&watched, nfds_t(watched[1].fd < 0 ? 1 : 2), -1)
        if watched[1].revents != 0 {
            drainWakePipe()
        }
        if isRequested {
            return .interrupted
        }
        if ready < 0 && errno == EINTR || watched[1].revents != 0 {
            return .otherSignal
        }
        return .ready
    }

    private static func drainWakePipe() {
        let descriptor = wakeReadEnd.load(ordering: .sequentiallyConsistent)
        guard descriptor >= 0 else { return }
        var bytes = [UInt8](repeating: 0, count: 64)
        while bytes.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    private static func setHandler(_ handler: @convention(c) (Int32) -> Void, for signal: Int32, flags: Int32) {
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        sigaction(signal, &action, nil)
    }
}

/// Set from the signal handler; atomics are async-signal-safe, and statements running on other
/// threads may read the flag.
private let interruptRequested = Atomic<Bool>(false)
/// The self-pipe: the handler writes to one end, a waiting editor polls the other. Both are
/// non-blocking, so a full pipe never blocks the handler.
private let wakeWriteEnd = Atomic<Int32>(-1)
private let wakeReadEnd = Atomic<Int32>(-1)

private func handleInterruptSignal(_: Int32) {
    let savedErrno = errno
    interruptRequested.store(true, ordering: .sequentiallyConsistent)
    wakeWaitingEditor()
    errno = savedErrno
}

private func handleWindowChange(_: Int32) {
    let savedErrno = errno
    wakeWaitingEditor()
    errno = savedErrno
}

private func wakeWaitingEditor() {
    let descriptor = wakeWriteEnd.load(ordering: .sequentiallyConsistent)
    guard descriptor >= 0 else { return }
    var byte: UInt8 = 1
    _ = write(descriptor, &byte, 1)
}
