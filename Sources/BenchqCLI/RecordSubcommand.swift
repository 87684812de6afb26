import ArgumentParser
import BenchQuery

/// `benchq record COMMAND [at] REF... [--rounds N] [--store PATH]`: the `record` statement
/// from the command line, for CI jobs and shell scripts.
struct RecordSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Run a benchmark command at commits, rounds interleaved, into the results store.",
        discussion: """
            Each ref (tag, branch, HEAD~N, SHA) is checked out in a temporary git worktree; \
            the command runs there through /bin/sh and its output is read as Go benchmark \
            text. Rounds alternate between refs, and each finished round is stored at once. \
            The same as the statement: record "COMMAND" at REF... rounds N. See \
            docs/history.md.

            Example:
              benchq record "go test -run '^$' -bench . -count 5" v1.2.0 HEAD --rounds 3
              benchq -c 'compare (load commit v1.2.0) (load commit HEAD)'
            """
    )

    @Argument(help: "The benchmark command, run by /bin/sh in each worktree.")
    var command: String

    @Argument(help: "The commits to record at (the word 'at' before them is optional).")
    var refs: [String] = []

    @Option(help: "How many times to run the command at each ref.")
    var rounds: Int = 1

    @Option(
        help: ArgumentHelp(
            "The results store (default: $BENCHQ_STORE, else .benchq/results.sqlite in the git repository).",
            valueName: "path"))
    var store: String?

    /// The refs, without the optional `at` before them.
    private var commitRefs: [String] { refs.first == "at" ? Array(refs.dropFirst()) : refs }

    func validate() throws {
        if commitRefs.isEmpty { throw ValidationError("give at least one ref to record at") }
        if !(1...10_000).contains(rounds) { throw ValidationError("--rounds takes a whole number from 1 to 10000") }
    }

    func run() throws {
        // The statement, with every text quoted so that nothing in it is read as benchq syntax.
        let statement =
            "record \(Self.quoted(command)) at " + commitRefs.map(Self.quoted).joined(separator: " ")
            + " rounds \(rounds)"
        let session = ScriptRunner.processSession(definitions: [:])
        session.options.storePath = store
        let status = ScriptRunner.run(statement, name: "<command line>", in: session)
        if status != 0 { throw ExitCode(status) }
    }

    /// A benchq string literal for `text`: `"`, `\` and `$` escaped, newlines and tabs as escapes.
    static func quoted(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "$": literal += "\\" + String(scalar)
            case "\n": literal += "\\n"
            case "\t": literal += "\\t"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
