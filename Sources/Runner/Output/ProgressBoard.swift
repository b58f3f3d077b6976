/// What the live progress block shows: one row per resource, in order of first appearance, with
/// its latest status and when it started and finished. Times are offsets from the block's start.
package struct ProgressBoard: Sendable, Equatable {
    /// One resource's line.
    package struct Row: Sendable, Equatable {
        package var event: ProgressEvent
        package var started: Duration
        package var ended: Duration?

        /// True while the resource is still being worked on (`Creating`, `Starting`, `Pulling`, …).
        package var isWorking: Bool { ended == nil }
        /// True when the last status reported a failure.
        package var isFailed: Bool { event.status == "Error" }
    }

    package private(set) var rows: [Row] = []

    /// An empty board.
    package init() {}

    /// Resources that are finished.
    package var done: Int { rows.count { !$0.isWorking } }

    /// Records `event` at `time`: a new row for a new resource, otherwise an update of its row.
    package mutating func apply(_ event: ProgressEvent, at time: Duration) {
        let ended = Self.isWorking(event.status) ? nil : time
        if let index = rows.firstIndex(where: { Self.sameResource($0.event, event) }) {
            // A resource worked on again (stopped, then started) times its new step from now.
            if rows[index].ended != nil { rows[index].started = time }
            rows[index].event = event
            rows[index].ended = ended
        } else {
            rows.append(Row(event: event, started: time, ended: ended))
        }
    }

    /// A status in progress ends in `-ing` (`Creating`, `Waiting`), or is Compose's `Recreate` (done: `Recreated`);
    /// `Running` is a finished state.
    static func isWorking(_ status: String) -> Bool {
        (status.hasSuffix("ing") && status != "Running") || status == "Recreate"
    }

    private static func sameResource(_ one: ProgressEvent, _ other: ProgressEvent) -> Bool {
        one.kind == other.kind && one.name == other.name && one.role == other.role
    }
}
