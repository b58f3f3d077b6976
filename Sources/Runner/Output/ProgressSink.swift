/// Where the runner reports what it does: progress events and container output.
package protocol ProgressSink: Sendable {
    /// A resource changed state (`Container demo-web-1  Started`).
    func progress(_ event: ProgressEvent) async
    /// A line of container output, for attached `up` and `logs`.
    func log(service: String, container: String, line: String) async
    /// A warning for the user.
    func warning(_ message: String) async
}
