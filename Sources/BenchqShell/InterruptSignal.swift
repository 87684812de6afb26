#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// Ctrl-C, seen as SIGINT: instead of ending the process it raises a flag.
///
/// The line editors turn the flag into `LineEditorInput.interrupted`. While a statement runs, the
/// shell polls `isRequested` (or `consume()`) at convenient points and abandons the statement.
package enum InterruptSignal {
    /// Installs the SIGINT handler. Idempotent.
    ///
    /// The handler is installed without `SA_RESTART`, so a blocking `read` returns `EINTR` and the
    /// waiting line editor notices the interrupt at once. While libedit reads a line it puts its own
    /// handler in front of this one (to restore the terminal), then re-raises the signal to it.
    package static func install() {
        // Touch the flag first: the handler must never be the one to run its lazy initializer.
        interruptRequested.store(false, ordering: .sequentiallyConsistent)
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handleInterruptSignal
        #else
            action.__sigaction_u.__sa_handler = handleInterruptSignal
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the flag was last cleared.
    package static var isRequested: Bool {
        interruptRequested.load(ordering: .sequentiallyConsistent)
    }

    /// Forgets any earlier Ctrl-C, before starting something Ctrl-C should cancel.
    package static func clear() {
        interruptRequested.store(false, ordering: .sequentiallyConsistent)
    }

    /// Whether Ctrl-C was pressed, clearing the flag.
    package static func consume() -> Bool {
        interruptRequested.exchange(false, ordering: .sequentiallyConsistent)
    }
}

/// Set from the signal handler; an atomic store is async-signal-safe, and statements running on
/// other threads may read it.
private let interruptRequested = Atomic<Bool>(false)

private func handleInterruptSignal(_: Int32) {
    interruptRequested.store(true, ordering: .sequentiallyConsistent)
}
