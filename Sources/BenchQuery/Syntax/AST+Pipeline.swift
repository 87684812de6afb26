/// `source | stage | stage ...`
package struct Pipeline: Hashable, Sendable, CustomStringConvertible {
    package var source: Operand
    package var stages: [Stage]
    package var span: SourceSpan

    package init(source: Operand, stages: [Stage], span: SourceSpan) {
        self.source = source
        self.stages = stages
        self.span = span
    }

    package var description: String {
        ([source.description] + stages.map(\.description)).joined(separator: " | ")
    }
}

/// Something that yields a value at the head of a pipeline or as an argument of a source.
package struct Operand: Hashable, Sendable, CustomStringConvertible {
    package indirect enum Kind: Hashable, Sendable {
        /// A bound name.
        case name(Word)
        /// `"path"`: shorthand for `load "path"`.
        case path(StringLiteral)
        /// `( pipeline )`
        case group(Pipeline)
        /// `A + B [+ C ...]`: the sets pooled.
        case pool([Operand])
        case source(Source)
    }

    package var kind: Kind
    package var span: SourceSpan

    package init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    package var description: String {
        switch kind {
        case .name(let name): return name.description
        case .path(let path): return path.description
        case .group(let pipeline): return "(\(pipeline))"
        case .pool(let operands): return operands.map(\.description).joined(separator: " + ")
        case .source(let source): return source.description
        }
    }
}
