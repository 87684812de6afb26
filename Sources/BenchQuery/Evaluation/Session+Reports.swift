import BenchCompare
import BenchData
import BenchReport

extension Session {
    /// The value as a report in `format`. Sets report as one-column comparisons (each
    /// benchmark's median, interval and samples); comparisons as benchstat lays them out;
    /// checks with their verdicts.
    func render(_ value: Value, format: ReportFormat, at span: SourceSpan) throws(EvaluationError) -> String {
        var text = ""
        switch value {
        case .set(let set):
            var request = SetComparison()
            request.options = ComparisonOptions(alpha: options.alpha, confidence: options.confidence)
            do {
                let result = try request.compare([(set.name, set.set)])
                render(result, title: set.name, format: format, to: &text)
            } catch {
                throw EvaluationError(error.error.message, at: span)
            }
        case .comparison(let comparison):
            render(comparison.result, title: comparison.names.joined(separator: " vs "), format: format, to: &text)
        case .scaling(let scaling):
            guard format == .text else {
                throw EvaluationError("a scaling comparison can be reported as text only", at: span)
            }
            ScalingTextWriter.write(scaling.tables, key: scaling.key, to: &text)
        case .check(let check):
            switch format {
            case .text: CheckTextWriter.write(check.check, to: &text)
            case .csv: CheckCSVWriter.write(check.check, to: &text)
            case .markdown: CheckMarkdownWriter.write(check.check, to: &text)
            case .json: CheckJSONWriter.write(check.check, to: &text)
            case .html: CheckHTMLWriter.write(check.check, to: &text)
            }
        case .profile(let profile):
            text = try renderProfile(profile, isDiff: false, format: format, at: span)
        case .profileDiff(let diff):
            text = try renderProfile(diff, isDiff: true, format: format, at: span)
        case .history(let history):
            text = renderHistory(history, format: format)
        }
        return text
    }

    private func render(_ result: ComparisonResult, title: String, format: ReportFormat, to text: inout String) {
        switch format {
        case .text:
            BenchstatTextWriter.write(result, to: &text)
        case .csv:
            var warnings = ""
            BenchstatCSVWriter.write(result, to: &text, warnings: &warnings)
            writeError(warnings)
        case .markdown:
            ComparisonMarkdownWriter.write(result, to: &text)
        case .json:
            ComparisonJSONWriter.write(result, to: &text)
        case .html:
            ComparisonHTMLWriter.write(result, title: title, to: &text)
        }
    }
}
