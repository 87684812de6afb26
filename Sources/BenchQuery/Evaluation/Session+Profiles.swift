import BenchData
import BenchProfile
import BenchReport

/// The `profile` and `profile-diff` sources, the stages that apply to them, and their reports.
extension Session {
    func profile(_ source: ProfileSource) throws(EvaluationError) -> Value {
        let (path, profile) = try loadProfile(source.path, unit: source.options.unit)
        let query = try profileQuery(source.options, profile: profile, at: source.span)
        return .profile(ProfileValue(profile: profile, query: query, name: path))
    }

    func profileDiff(_ source: ProfileDiffSource) throws(EvaluationError) -> Value {
        let (basePath, base) = try loadProfile(source.base, unit: source.options.unit)
        let (newPath, new) = try loadProfile(source.new, unit: source.options.unit)
        let merged: Profile
        do {
            merged = try ProfileDiff.merge(base: base, new: new, normalize: source.normalize)
        } catch {
            throw EvaluationError(error.message, at: source.span)
        }
        let query = try profileQuery(source.options, profile: merged, at: source.span)
        return .profileDiff(ProfileValue(profile: merged, query: query, name: "\(basePath) → \(newPath)"))
    }

    /// The interpolated path and the profile it names.
    private func loadProfile(_ literal: StringLiteral, unit: Word?) throws(EvaluationError) -> (String, Profile) {
        let path = try interpolate(literal)
        do {
            return (path, try ProfileLoader.load(path, relativeTo: currentDirectory, foldedUnit: unit?.text))
        } catch {
            throw EvaluationError("cannot load profile \(error)", at: literal.span)
        }
    }

    private func profileQuery(_ options: ProfileOptions, profile: Profile, at span: SourceSpan) throws(EvaluationError)
        -> ProfileQuery
    {
        var query = ProfileQuery()
        if let sample = options.sample {
            query.sampleIndex = sample.text
            do {
                _ = try profile.sampleTypeIndex(sample.text)
            } catch {
                throw EvaluationError(error.message, at: sample.span)
            }
        }
        if let granularity = options.granularity {
            query.granularity = ProfileQuery.Granularity(rawValue: granularity.value.rawValue) ?? .functions
        }
        query.noInlines = options.noInlines
        if let fraction = options.nodeFraction {
            guard fraction.value.value >= 0 && fraction.value.value <= 1 else {
                throw EvaluationError("nodefraction takes a fraction from 0 to 1", at: fraction.span)
            }
            query.nodeFraction = fraction.value.value
            // pprof's -nodefraction=0 shows every node; benchq drops the edge cut with it, so
            // inline marks come from every edge, as with -edgefraction=0.
            if fraction.value.value == 0 { query.edgeFraction = 0 }
        }
        return query
    }

    /// Applies `sort`, `top`, `focus`, `ignore`, `hide` and `show` to a profile or profile
    /// diff; nil when the value is not a profile or the stage is not one of those.
    func applyProfileStage(_ stage: Stage, to value: Value) throws(EvaluationError) -> Value? {
        let isDiff: Bool
        var profile: ProfileValue
        switch value {
        case .profile(let value): (profile, isDiff) = (value, false)
        case .profileDiff(let value): (profile, isDiff) = (value, true)
        default: return nil
        }
        switch stage.kind {
        case .sort(let key, let order):
            guard key.value == .flat || key.value == .cum else {
                throw EvaluationError(
                    "a \(value.typeName) sorts by flat or cum ('\(key.value.rawValue)' is for comparisons)",
                    at: key.span)
            }
            if let order, order.value == .asc {
                throw EvaluationError(
                    "a \(value.typeName) sorts largest first, as pprof does; 'asc' does not apply", at: order.span)
            }
            profile.query.sortByCum = key.value == .cum
        case .top(let count):
            guard count.value.isInteger, let rows = Int(exactly: count.value.value), rows > 0 else {
                throw EvaluationError("top takes a whole number of rows, at least 1", at: count.span)
            }
            profile.query.nodeCount = rows
        case .focus(let pattern): try addFilter(.focus, pattern, to: &profile)
        case .ignore(let pattern): try addFilter(.ignore, pattern, to: &profile)
        case .hide(let pattern): try addFilter(.hide, pattern, to: &profile)
        case .show(let pattern): try addFilter(.show, pattern, to: &profile)
        default: return nil
        }
        return isDiff ? .profileDiff(profile) : .profile(profile)
    }

    private func addFilter(
        _ kind: ProfileQuery.Filter.Kind, _ pattern: PatternLiteral, to profile: inout ProfileValue
    ) throws(EvaluationError) {
        let text: String
        switch pattern {
        case .regexp(let regexp): text = regexp.pattern
        case .string(let string): text = try interpolate(string)
        }
        do {
            profile.query.filters.append(ProfileQuery.Filter(kind, try GoRegex(text)))
        } catch {
            throw EvaluationError(error.message, at: pattern.span)
        }
    }

    /// A profile's table as text (pprof's `-top`), Markdown, JSON, CSV or HTML.
    func renderProfile(_ profile: ProfileValue, isDiff: Bool, format: ReportFormat, at span: SourceSpan)
        throws(EvaluationError) -> String
    {
        let top: ProfileTop
        do {
            top = try ProfileTop(profile.profile, query: profile.query)
        } catch {
            throw EvaluationError(error.message, at: span)
        }
        var text = ""
        switch format {
        case .text: ProfileTextWriter.write(top, to: &text)
        case .markdown: ProfileMarkdownWriter.write(top, title: profile.name, to: &text)
        case .csv: ProfileCSVWriter.write(top, to: &text)
        case .json: ProfileJSONWriter.write(top, title: profile.name, isDiff: isDiff, to: &text)
        case .html: ProfileHTMLWriter.write(top, title: profile.name, isDiff: isDiff, to: &text)
        }
        return text
    }
}
