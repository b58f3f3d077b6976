import Foundation
import Testing

/// `logs --since` and `--until` with the times and durations Docker Compose accepts, on a real daemon.
@Suite(.enabled(if: Testbed.shouldRun)) struct LogsTimeTests {
    static let twoLines = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            stop_grace_period: 1s
            command: ["sh", "-c", "echo line-1; sleep 6; echo line-2; exec sleep 3600"]
        """

    @Test("--since and --until take an RFC 3339 time or a duration and keep only the lines on their side")
    func sinceAndUntil() throws {
        try RuntimeProject.with(Self.twoLines, prefix: "mxc-recreate-logs") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let stamped = try project.logs(["-t", "--no-log-prefix", "app"]) { $0.contains("line-2") }
            let first = try #require(Self.time(of: "line-1", in: stamped.stdoutLines), "\(stamped)")
            let second = try #require(Self.time(of: "line-2", in: stamped.stdoutLines), "\(stamped)")
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            let between = formatter.string(from: first.addingTimeInterval(second.timeIntervalSince(first) / 2))

            let since = try project.run(["logs", "--since", between, "app"])
            #expect(since.status == 0 && since.stdout.contains("line-2") && !since.stdout.contains("line-1"), "\(since)")
            let until = try project.run(["logs", "--until", between, "app"])
            #expect(until.status == 0 && until.stdout.contains("line-1") && !until.stdout.contains("line-2"), "\(until)")

            let recent = try project.run(["logs", "--since", "10m", "app"])
            #expect(recent.status == 0 && recent.stdout.contains("line-1") && recent.stdout.contains("line-2"), "\(recent)")
            let old = try project.run(["logs", "--until", "10m", "app"])
            #expect(old.status == 0 && !old.stdout.contains("line-"), "\(old)")
            // Back from now to 2–5 s before line-2 (the daemon takes whole seconds), which came 6 s after line-1;
            // the command has 3 s to start before that would miss line-2.
            let seconds = Int(Date().timeIntervalSince(second).rounded(.up)) + 3
            let lately = try project.run(["logs", "--since", "\(seconds)s", "app"])
            #expect(lately.status == 0 && lately.stdout.contains("line-2") && !lately.stdout.contains("line-1"), "\(lately)")
        }
    }

    @Test("a --since or --until that is neither a time nor a duration is a usage error in Compose's words")
    func badValue() throws {
        try RuntimeProject.with(Self.twoLines, prefix: "mxc-recreate-logs-bad") { project in
            let since = try project.run(["logs", "--since", "yesterday"])
            #expect(since.status == 1, "\(since)")
            #expect(since.stderr.contains(#"invalid value for "since": failed to parse value as time or duration: "yesterday""#), "\(since)")
            let until = try project.run(["logs", "--until", "2026-13-01"])
            #expect(until.status == 1, "\(until)")
            #expect(until.stderr.contains(#"invalid value for "until": parsing time "2026-13-01": month out of range"#), "\(until)")
        }
    }

    /// The daemon's timestamp of the line ending in `text` (`2026-12-06T10:00:00.123456789Z text`).
    private static func time(of text: String, in lines: [String]) -> Date? {
        guard let line = lines.first(where: { $0.hasSuffix(" " + text) }), let stamp = line.split(separator: " ").first else { return nil }
        let parts = stamp.dropLast().split(separator: ".", maxSplits: 1)
        guard let whole = ISO8601DateFormatter().date(from: parts[0] + "Z") else { return nil }
        return whole.addingTimeInterval(parts.count == 2 ? Double("0." + parts[1]) ?? 0 : 0)
    }
}
