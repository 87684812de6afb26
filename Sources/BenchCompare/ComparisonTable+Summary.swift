import BenchStats

extension ComparisonTable {
    /// Computes the summary (geomean) row from the cells now in the table.
    package mutating func summarize() {
        summaries = columns.indices.map { summarizeColumn($0) }
    }

    /// benchstat's geomean row: the geomean of the column's centers, and the geomean of the
    /// per-row ratios to the baseline (not the ratio of geomeans, so that benchmark sets that
    /// differ still give a meaningful number, with a warning).
    private func summarizeColumn(_ column: Int) -> ColumnSummary {
        var centers: [Double] = []
        var ratios: [Double] = []
        var badRatio = false
        var baselineRows = 0
        for row in rows.indices {
            if cell(row: row, column: 0) != nil { baselineRows += 1 }
            guard let cell = cell(row: row, column: column) else { continue }
            centers.append(cell.summary.center)
            guard let base = cell.baselineCenter else { continue }
            let center = cell.summary.center
            if center == base {
                ratios.append(1)  // 0/0 counts as no change
            } else if base == 0 {
                badRatio = true
                ratios.append(0)  // keeps the count of paired rows right
            } else {
                ratios.append(center / base)
            }
        }
        var summary = ColumnSummary(geomean: nil, ratio: nil, warnings: [])
        let isBaseline = column == 0
        if !isBaseline && baselineRows != ratios.count { summary.warnings.append(.benchmarkSetDiffers) }
        let geomean = geometricMean(centers)
        if geomean.isNaN {
            summary.warnings.append(.summariesNotPositive)
        } else {
            summary.geomean = geomean
        }
        if !isBaseline && !badRatio {
            let ratio = geometricMean(ratios)
            if ratio.isNaN {
                summary.warnings.append(.ratiosNotPositive)
            } else {
                summary.ratio = ratio
            }
        }
        return summary
    }
}
