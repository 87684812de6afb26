import BenchData

/// pprof's `-top` report as numbers: the rows in order and everything the header lines need.
/// ``ProfileTop/init(_:query:)`` follows pprof's driver: total before filters, then filters,
/// granularity, the trimmed graph (node fraction, node count) and the output unit.
package struct ProfileTop: Sendable {
    /// One node of the table.
    package struct Row: Sendable {
        package var name: String
        package var flat: Int64
        package var cum: Int64
        /// `(inline)` when every shown incoming edge is an inlined call, `(partial-inline)` for a mixture.
        package var inlineMark: String
    }

    package var rows: [Row] = []
    /// `File:`, `Build ID:`, comments, `Type:`, `Doc:`, `Time:`, `Duration:` (pprof's ProfileLabels).
    package var profileLabels: [String] = []
    /// `focus=RE` and the like, in pprof's order.
    package var activeFilters: [String] = []
    /// Σ|v| over the unfiltered samples (over the base's samples in a diff).
    package var total: Int64 = 0
    package var sampleType: Profile.ValueType
    /// The unit every value prints in (`unit=minimum` chooses it from the shown nodes).
    package var outputUnit: String
    package var nodeFraction: Double
    package var droppedNodes = 0
    /// Nodes before `top N` cut the table.
    package var nodesBeforeCount = 0

    /// The signed sum of the shown rows' flat values.
    package var shownTotal: Int64 { rows.reduce(0) { $0 &+ $1.flat } }

    /// A value as pprof prints it in this table's unit.
    package func format(_ value: Int64) -> String {
        ProfileMeasurement.label(value, from: sampleType.unit, to: outputUnit)
    }

    package init(_ profile: Profile, query: ProfileQuery) throws(ProfileQueryError) {
        let column = try profile.sampleTypeIndex(query.sampleIndex)
        sampleType = profile.sampleTypes[column]
        outputUnit = "minimum"
        nodeFraction = query.nodeFraction
        total = Self.total(profile, column: column)
        activeFilters = ProfileQuery.Filter.Kind.allInPprofOrder.flatMap { kind in
            query.filters.filter { $0.kind == kind }.map { "\(kind.rawValue)=\($0.regex.pattern)" }
        }

        var groups = StackGroups(profile, column: column)
        var filters = FrameFilters(profile)
        do {
            try filters.pruneDroppedFrames(&groups, dropFrames: profile.dropFrames, keepFrames: profile.keepFrames)
        } catch {
            throw ProfileQueryError("the profile's drop_frames is not a valid regexp: \(error.message)")
        }
        filters.apply(query.filters, to: &groups)

        var graph = CallGraph(
            locations: filters.locations, functions: profile.functions, mappings: profile.mappings,
            granularity: query.granularity, noInlines: query.noInlines)
        graph.build(groups)
        var nodes = graph.presentNodes
        let graphTotal = nodes.reduce(Int64(0)) { $0 &+ graph.flat[$1] }
        let nodeCutoff = Self.cutoff(graphTotal, query.nodeFraction)
        let edgeCutoff = Self.cutoff(graphTotal, query.edgeFraction)
        if nodeCutoff > 0 {
            var kept = [Bool](repeating: false, count: graph.keys.count)
            for node in nodes where graph.cum[node].magnitude >= nodeCutoff.magnitude { kept[node] = true }
            let keptCount = kept.lazy.filter { $0 }.count
            droppedNodes = nodes.count - keptCount
            graph.build(groups, kept: kept)
            nodes = graph.presentNodes.filter { kept[$0] }
        }
        nodesBeforeCount = nodes.count
        // Names are the sort's tie-breaker and the rows' text: printed once per node.
        let names = graph.keys.map(\.printableName)
        Self.sort(&nodes, graph: graph, names: names, byCum: query.sortByCum)
        if query.nodeCount > 0 && query.nodeCount < nodes.count {
            var kept = [Bool](repeating: false, count: graph.keys.count)
            for node in nodes.prefix(query.nodeCount) { kept[node] = true }
            graph.build(groups, kept: kept)
            nodes = graph.presentNodes.filter { kept[$0] }
            Self.sort(&nodes, graph: graph, names: names, byCum: query.sortByCum)
        }
        var inlineIn = [Bool](repeating: false, count: graph.keys.count)
        var outOfLineIn = [Bool](repeating: false, count: graph.keys.count)
        for (key, edge) in graph.edges where edge.weight.magnitude >= edgeCutoff.magnitude {
            if edge.isInline { inlineIn[Int(key.to)] = true } else { outOfLineIn[Int(key.to)] = true }
        }
        rows = nodes.map { node in
            let mark = inlineIn[node] ? (outOfLineIn[node] ? "(partial-inline)" : "(inline)") : ""
            return Row(
                name: names[node], flat: graph.flat[node], cum: graph.cum[node], inlineMark: mark)
        }
        outputUnit = Self.outputUnit(for: rows, sampleUnit: sampleType.unit, total: total)
        profileLabels = Self.profileLabels(profile, sampleType: sampleType, total: total, format: format)
    }

    /// pprof's `computeTotal`: Σ|v|, or over the diff base's samples when there are any.
    private static func total(_ profile: Profile, column: Int) -> Int64 {
        var total: Int64 = 0
        var baseTotal: Int64 = 0
        let stride = profile.sampleTypes.count
        profile.values.withUnsafeBufferPointer { values in
            for sample in 0..<profile.sampleCount {
                let value = values[sample &* stride &+ column]
                let magnitude = value < 0 ? 0 &- value : value
                total &+= magnitude
                if profile.isBaseSample[sample] { baseTotal &+= magnitude }
            }
        }
        return baseTotal > 0 ? baseTotal : total
    }

    /// |int64(total × fraction)|, as pprof truncates it.
    private static func cutoff(_ total: Int64, _ fraction: Double) -> Int64 {
        let value = Int64(saturating: Double(total) * fraction)
        return value == .min ? .max : Swift.abs(value)
    }

    /// pprof's FlatNameOrder / CumNameOrder, with its final tie-breaker.
    private static func sort(_ nodes: inout [Int], graph: CallGraph, names: [String], byCum: Bool) {
        nodes.sort { left, right in
            let (leftFirst, rightFirst) =
                byCum
                ? (graph.cum[left].magnitude, graph.cum[right].magnitude)
                : (graph.flat[left].magnitude, graph.flat[right].magnitude)
            if leftFirst != rightFirst { return leftFirst > rightFirst }
            if names[left] != names[right] { return names[left].utf8.lexicographicallyPrecedes(names[right].utf8) }
            let (leftSecond, rightSecond) =
                byCum
                ? (graph.flat[left].magnitude, graph.flat[right].magnitude)
                : (graph.cum[left].magnitude, graph.cum[right].magnitude)
            if leftSecond != rightSecond { return leftSecond > rightSecond }
            return graph.keys[left].goStructText.utf8.lexicographicallyPrecedes(graph.keys[right].goStructText.utf8)
        }
    }
}

extension ProfileQuery.Filter.Kind {
    /// The order pprof lists active filters in.
    static let allInPprofOrder: [Self] = [.focus, .ignore, .hide, .show]
}
