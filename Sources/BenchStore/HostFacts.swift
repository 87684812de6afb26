#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The machine a run was recorded on, so that results from different machines can be told
/// apart in `history`.
package struct HostFacts: Sendable, Hashable {
    /// Kernel name, release and architecture (`Linux 6.1.0 x86_64`).
    package var os: String
    /// The CPU model as the system names it, or "unknown".
    package var cpu: String
    /// Online logical cores.
    package var cores: Int

    package init(os: String, cpu: String, cores: Int) {
        self.os = os
        self.cpu = cpu
        self.cores = cores
    }

    /// The facts of this machine.
    package static var current: HostFacts {
        var names = utsname()
        uname(&names)
        let field = { (bytes: UnsafeRawBufferPointer) in String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self) }
        let system = withUnsafeBytes(of: &names.sysname, field)
        let release = withUnsafeBytes(of: &names.release, field)
        let machine = withUnsafeBytes(of: &names.machine, field)
        return HostFacts(
            os: "\(system) \(release) \(machine)", cpu: cpuModel() ?? "unknown",
            cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// `model name` from /proc/cpuinfo on Linux; `machdep.cpu.brand_string` on macOS.
    private static func cpuModel() -> String? {
        #if canImport(Glibc)
            guard let file = fopen("/proc/cpuinfo", "r") else { return nil }
            defer { fclose(file) }
            var line: UnsafeMutablePointer<CChar>?
            var capacity = 0
            defer { free(line) }
            while getline(&line, &capacity, file) > 0, let line {
                let text = String(cString: line)
                guard text.hasPrefix("model name"), let colon = text.firstIndex(of: ":") else { continue }
                return String(text[text.index(after: colon)...]).trimmingCharacters(in: " \t\n")
            }
            return nil
        #else
            var size = 0
            guard sysctlbyname("machdep.cpu.brand_string", nil, &size, nil, 0) == 0, size > 0 else { return nil }
            var bytes = [CChar](repeating: 0, count: size)
            guard sysctlbyname("machdep.cpu.brand_string", &bytes, &size, nil, 0) == 0 else { return nil }
            return String(cString: bytes)
        #endif
    }
}

extension String {
    /// Without the given characters at either end.
    fileprivate func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        return String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
