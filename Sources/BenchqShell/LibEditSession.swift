@preconcurrency import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// libedit's process-wide setup, done once before any other libedit call.
package enum LibEditSession {
    package static func start() {
        _ = started
    }
}

/// A lazily initialized global runs its initializer exactly once, even with several threads.
private let started: Void = {
    useCharacterLocale()
    // libedit reads `$HOME/.editrc` lines under `benchq:` (and unprefixed ones).
    rl_readline_name = UnsafePointer(strdup("benchq"))
    LibEditInput.install()  // read before rl_initialize
    // Calling rl_initialize again would discard the history list, so it is called only here.
    rl_initialize()
}()

/// Takes the character encoding from the environment. libedit keeps the line as wide characters
/// and converts it to and from text with the C library, which in the C locale knows only ASCII.
///
/// When the environment names no locale at all (plain C or POSIX, common in containers and CI),
/// use C.UTF-8 instead, as Python does since PEP 538 ("C locale coercion").
private func useCharacterLocale() {
    // setlocale returns nil when the environment names a locale that is not installed.
    let name = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
    if name == "C" || name == "POSIX" {
        if setlocale(LC_CTYPE, "C.UTF-8") == nil {
            _ = setlocale(LC_CTYPE, "UTF-8")  // macOS spells it so
        }
    }
}
