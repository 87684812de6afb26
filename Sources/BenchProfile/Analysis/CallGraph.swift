/// The call graph of grouped stacks at one granularity: pprof's `graph.New` for text reports
/// (flat and cum per node, and which incoming edges are inlined calls).
struct CallGraph {
    /// Node ids per location line (`lineNodes[lineStarts[l]..<lineStarts[l + 1]]`, innermost
    /// first), so the graph can be rebuilt with a subset of nodes kept.
    private var lineNodes: [Int32] = []
    private var lineStarts: [Int] = [0]
    private(set) var keys: [NodeKey] = []

    /// Per node after `build`.
    private(set) var flat: [Int64] = []
    private(set) var cum: [Int64] = []
    /// Incoming edges: (from, to) → weight and whether every contribution was inline.
    private(set) var edges: [EdgeKey: Edge] = [:]

    struct EdgeKey: Hashable {
        var from: Int32
        var to: Int32
    }

    struct Edge {
        var weight: Int64
        var isInline: Bool
        var lastGroup: Int
    }

    init(
        locations: [Profile.Location], functions: [Profile.Function], mappings: [Profile.Mapping],
        granularity: ProfileQuery.Granularity, noInlines: Bool = false
    ) {
        var nodeOfKey: [NodeKey: Int32] = [:]
        for location in locations {
            let objectFile = location.mapping.map { mappings[$0].file } ?? ""
            var lines = location.lines.isEmpty ? [Profile.Line(function: nil, line: 0, column: 0)] : location.lines
            if noInlines, let outOfLine = lines.last { lines = [outOfLine] }
            for line in lines {
                let key = Self.key(
                    location: location, line: line, objectFile: objectFile, functions: functions,
                    granularity: granularity, noInlines: noInlines)
                if let node = nodeOfKey[key] {
                    lineNodes.append(node)
                } else {
                    let node = Int32(keys.count)
                    nodeOfKey[key] = node
                    keys.append(key)
                    lineNodes.append(node)
                }
            }
            lineStarts.append(lineNodes.count)
        }
    }

    /// pprof's `nodeInfo` after `Profile.Aggregate` for the granularity. Files group by the
    /// file alone (pprof also keys on the binary and start line, printing duplicate rows).
    private static func key(
        location: Profile.Location, line: Profile.Line, objectFile: String, functions: [Profile.Function],
        granularity: ProfileQuery.Granularity, noInlines: Bool
    ) -> NodeKey {
        var key = NodeKey()
        if granularity == .addresses { key.address = location.address }
        guard let index = line.function else {
            key.objectFile = objectFile
            return key
        }
        let function = functions[index]
        switch granularity {
        case .functions:
            key.name = function.name
        case .lines:
            key.name = function.name
            key.line = line.line
        case .files:
            break
        case .addresses:
            key.name = function.name
            key.line = line.line
            // pprof keeps everything at this granularity, unless -noinlines aggregates (columns go).
            key.column = noInlines ? 0 : line.column
        }
        if granularity != .functions, !function.file.isEmpty {
            key.file = NodeKey.cleanPath(trimmedPath(function.file))
        }
        // pprof quirk, kept for byte parity: a node without a name (every node of `-files`,
        // whose aggregation blanks function names) also keys on the binary and the
        // function's start line, so one file can print on several rows.
        if key.name.isEmpty {
            key.objectFile = objectFile
            key.startLine = function.startLine
        }
        return key
    }

    /// pprof's `trimPath` with no configured prefixes: only `/proc/self/cwd/` goes.
    private static func trimmedPath(_ path: String) -> String {
        for prefix in ["/proc/self/cwd/./", "/proc/self/cwd/"] where path.hasPrefix(prefix) {
            return String(path.dropFirst(prefix.count))
        }
        return path
    }

    /// Accumulates flat, cum and edges over the groups, treating nodes outside `kept` as
    /// absent (pprof's residual rule: a sample whose leaf frame is not kept adds no flat).
    mutating func build(_ groups: StackGroups, kept: [Bool]? = nil) {
        flat = [Int64](repeating: 0, count: keys.count)
        cum = [Int64](repeating: 0, count: keys.count)
        edges = [:]
        var seen = [Int](repeating: -1, count: keys.count)
        for group in 0..<groups.count {
            let weight = groups.weights[group]
            var parent: Int32 = -1
            var residual = false
            for location in groups.stack(group).reversed() {
                let start = lineStarts[Int(location)]
                let end = lineStarts[Int(location) + 1]
                var index = end - 1
                while index >= start {
                    defer { index -= 1 }
                    let node = lineNodes[index]
                    if let kept, !kept[Int(node)] {
                        residual = true
                        continue
                    }
                    if seen[Int(node)] != group {
                        seen[Int(node)] = group
                        cum[Int(node)] &+= weight
                    }
                    if parent >= 0 && parent != node {
                        let isInline = index != end - 1
                        let key = EdgeKey(from: parent, to: node)
                        if var edge = edges[key] {
                            if edge.lastGroup != group {
                                edge.lastGroup = group
                                edge.weight &+= weight
                                if !isInline { edge.isInline = false }
                                edges[key] = edge
                            }
                        } else {
                            edges[key] = Edge(weight: weight, isInline: isInline, lastGroup: group)
                        }
                    }
                    parent = node
                    residual = false
                }
            }
            if parent >= 0 && !residual { flat[Int(parent)] &+= weight }
        }
    }

    /// Nodes with any flat or cum value (pprof drops the rest).
    var presentNodes: [Int] {
        keys.indices.filter { flat[$0] != 0 || cum[$0] != 0 }
    }
}
