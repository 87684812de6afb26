import BenchData

/// Speed-up and efficiency per benchmark across the values of a key (GOMAXPROCS by
/// default): the language's `scaling SET [across KEY]`.
///
/// For each benchmark and unit, the level with the smallest value of the key is the
/// reference: speed-up at level p is how many times better the median is than at the
/// reference (time divided, throughput multiplied), and efficiency is the speed-up per unit
/// of added parallelism, speed-up ÷ (p ÷ p₀). A benchmark name without `-N` ran at
/// GOMAXPROCS 1 (the testing package omits `-1`).
package struct ScalingAnalysis {
    /// The key whose values are the levels (`/gomaxprocs`, or e.g. `/workers`).
    package var key = "/gomaxprocs"
    package var options = ComparisonOptions()

    package init() {}

    /// One benchmark of one unit: its medians per level, with speed-up and efficiency.
    package struct Row: Sendable {
        package var name: String
        package var points: [Point]
    }

    package struct Point: Sendable {
        package var level: Double
        package var center: Double
        /// Relative to the reference level; 1 there.
        package var speedup: Double
        package var efficiency: Double
    }

    /// The rows of one unit (and configuration), with the levels found, ascending.
    package struct Table: Sendable {
        package var headerLines: [String]
        package var unit: String
        package var direction: UnitDirection
        package var levels: [Double]
        package var rows: [Row]
    }

    /// A level that is not a number.
    package struct LevelError: Error, Equatable {
        package var key: String
        package var value: String
    }

    package func analyze(_ set: BenchmarkSet) throws(ScalingError) -> [Table] {
        var comparison = SetComparison()
        comparison.columns = key
        comparison.options = options
        let result: ComparisonResult
        do {
            result = try comparison.compare(set)
        } catch {
            throw .clause(error)
        }
        return try result.tables.indices.map { (index) throws(ScalingError) -> Table in
            let table = result.tables[index]
            var levels: [Double] = []
            for column in table.columns {
                let label = result.columnProjection.label(of: column)
                if label.isEmpty, key == "/gomaxprocs" {
                    levels.append(1)
                } else if let level = Double(label), level > 0 {
                    levels.append(level)
                } else {
                    throw .level(LevelError(key: key, value: label))
                }
            }
            let order = levels.indices.sorted { levels[$0] < levels[$1] }
            let direction = UnitDirection(unit: table.unit, metadata: set.unitMetadata)
            let rows = table.rows.indices.map { row in
                let present = order.filter { table.cell(row: row, column: $0) != nil }
                let reference = present.first.flatMap { table.cell(row: row, column: $0) }?.summary.center
                let referenceLevel = present.first.map { levels[$0] } ?? 1
                let points = present.compactMap { column -> Point? in
                    guard let center = table.cell(row: row, column: column)?.summary.center, let reference else {
                        return nil
                    }
                    let speedup = direction == .lowerIsBetter ? reference / center : center / reference
                    return Point(
                        level: levels[column], center: center, speedup: speedup,
                        efficiency: speedup / (levels[column] / referenceLevel))
                }
                return Row(name: result.rowProjection.label(of: table.rows[row]), points: points)
            }
            return Table(
                headerLines: result.headerLines(beforeTable: index), unit: table.unit, direction: direction,
                levels: order.map { levels[$0] }, rows: rows)
        }
    }
}

/// Why a scaling analysis could not be made.
package enum ScalingError: Error {
    /// The `across` projection did not parse.
    case clause(SetComparison.ClauseError)
    /// A value of the key is not a positive number.
    case level(ScalingAnalysis.LevelError)
}
