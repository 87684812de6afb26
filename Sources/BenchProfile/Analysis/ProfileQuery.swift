import BenchData

/// What to show of a profile: pprof's `-top` flags as benchq's words set them.
package struct ProfileQuery {
    /// pprof's granularities (`-functions`, `-lines`, `-files`, `-addresses`).
    package enum Granularity: String, Sendable, CaseIterable {
        case functions, lines, files, addresses
    }

    /// A name filter: pprof's `-focus`, `-ignore`, `-hide`, `-show` (Go RE2 syntax, unanchored).
    package struct Filter {
        package enum Kind: String, Sendable {
            case focus, ignore, hide, show
        }

        package var kind: Kind
        package var regex: GoRegex

        package init(_ kind: Kind, _ regex: GoRegex) {
            self.kind = kind
            self.regex = regex
        }
    }

    /// `-sample_index`: a type name (with the legacy `inuse_` prefix allowed) or an index;
    /// nil for the profile's default.
    package var sampleIndex: String?
    package var granularity = Granularity.functions
    /// `-noinlines`: each location keeps only its out-of-line frame (its last line).
    package var noInlines = false
    /// Nodes whose |cum| is below this fraction of the total are dropped.
    package var nodeFraction = 0.005
    /// Edges below this fraction are dropped (which decides `(inline)` marks).
    package var edgeFraction = 0.001
    /// `-nodecount`; 0 shows every node.
    package var nodeCount = 0
    /// `-cum`: sort by cumulative instead of flat value.
    package var sortByCum = false
    /// In the order given; pprof applies one of each, all at once, before building the graph.
    package var filters: [Filter] = []

    package init() {}
}
