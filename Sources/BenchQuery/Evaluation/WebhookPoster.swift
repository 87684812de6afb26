/// Sends a JSON body to an incoming-webhook URL (Slack and compatible services). The language
/// only decides what to say; how it is sent is the command line's business.
package protocol WebhookPoster {
    /// Posts `body`; throws a message saying why it failed.
    func post(_ body: String, to url: String) throws(WebhookError)
}

/// Why a post failed, in words for a warning.
package struct WebhookError: Error, CustomStringConvertible {
    package var description: String

    package init(_ description: String) {
        self.description = description
    }
}
