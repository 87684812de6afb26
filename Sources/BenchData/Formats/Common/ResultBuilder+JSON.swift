extension ResultBuilder {
    /// Sets a configuration key for each scalar member of `object` (a run's context or
    /// machine description), leaving out null, nested objects and arrays, and the keys in
    /// `skipping`.
    mutating func setConfiguration(
        scalarsOf object: Int32, in document: JSONDocument, skipping: Set<String> = []
    ) {
        for value in document.children(object) {
            let key = document.key(of: value)
            guard !skipping.contains(key), let text = document.scalarText(value) else { continue }
            setConfiguration(key, text)
        }
    }
}
