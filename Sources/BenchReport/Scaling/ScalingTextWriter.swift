import BenchCompare
import BenchData

/// Writes a scaling analysis as text: per benchmark, the median at each level of the key,
/// and beside every level but the first its speed-up (`1.85×`) and efficiency (`92%`).
///
/// ```
///                       gomaxprocs=1   gomaxprocs=2
///                          sec/op        sec/op   speed-up  efficiency
/// MatchParallelShared      500.8n        380.8n      1.32×         66%
/// ```
package enum ScalingTextWriter {
    package static func write(_ tables: [ScalingAnalysis.Table], key: String, to output: inout String) {
        let keyName = key.hasPrefix("/") ? String(key.dropFirst()) : key
        for (index, table) in tables.enumerated() {
            if index > 0 { output.append("\n") }
            for line in table.headerLines { output.append(line + "\n") }
            var grid = TextGrid()
            grid.startRow()
            for (position, level) in table.levels.enumerated() {
                grid.move(to: 1 + position * 3)
                grid.add(keyName + "=" + GoFloatFormat.shortest(level), alignment: .right, margin: "   ")
            }
            grid.startRow()
            for position in table.levels.indices {
                grid.move(to: 1 + position * 3)
                grid.add(table.unit, alignment: .right, margin: "   ")
                if position > 0 {
                    grid.add("speed-up", alignment: .right, margin: "  ")
                    grid.add("efficiency", alignment: .right, margin: "  ")
                }
            }
            let unitClass = UnitClass(unit: table.unit)
            for row in table.rows {
                grid.startRow()
                grid.add(row.name)
                let scaler = Scaler.common(row.points.map(\.center), class: unitClass)
                for point in row.points {
                    guard let position = table.levels.firstIndex(of: point.level) else { continue }
                    grid.move(to: 1 + position * 3)
                    grid.add(scaler.format(point.center), alignment: .right, margin: "   ")
                    if position > 0, point.level != row.points.first?.level {
                        grid.add(
                            GoFloatFormat.fixed(point.speedup, precision: 2) + "×", alignment: .right, margin: "  ")
                        grid.add(
                            GoFloatFormat.fixed(point.efficiency * 100, precision: 0) + "%", alignment: .right,
                            margin: "  ")
                    }
                }
            }
            grid.render(into: &output)
        }
    }
}
