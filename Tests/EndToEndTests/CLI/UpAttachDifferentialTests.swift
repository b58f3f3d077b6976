import Foundation
import Testing

/// Attached `up`'s output and exit flags against Docker Compose v2.40 on the testbed's linux daemon: the same
/// exit status and the same lines from the containers, run after run of the same project.
@Suite(.enabled(if: Testbed.shouldRun)) struct UpAttachDifferentialTests {
    static let project = """
        services:
          ok:
            image: \(Testbed.busyboxImage)
            command: ["sh", "-c", "echo ok-says-hi; sleep 2; exit 0"]
          bad:
            image: \(Testbed.busyboxImage)
            command: ["sh", "-c", "echo bad-says-hi; sleep 4; exit 7"]
          quiet:
            image: \(Testbed.busyboxImage)
            command: ["sh", "-c", "echo quiet-says-hi; sleep 60"]
        """

    /// The containers' lines: those saying hi, as printed, the prefix's padding set aside (Compose widens it as
    /// containers attach, so a line printed before a longer name attached is narrower).
    static func said(_ result: CommandResult) -> [String] {
        result.stdoutLines.filter { $0.contains("-says-hi") }
            .map { $0.replacingOccurrences(of: #" +\| "#, with: " | ", options: .regularExpression) }.sorted()
    }

    @Test(
        "--abort-on-container-failure, --no-attach, --attach, --no-log-prefix and --timestamps end and print as Docker Compose's do",
        arguments: [
            ["--abort-on-container-failure", "--no-attach", "quiet", "--no-log-prefix"],
            ["--attach", "ok", "--no-color"],
            ["--abort-on-container-exit", "--attach", "bad", "--attach", "ok"],
            // Not `--no-attach bad ok bad`: Compose waits for bad as mixcompose does, but shows bad's output in some
            // runs and not in others (it attaches to a container it watches when that one starts late).
        ])
    func sameAsCompose(flags: [String]) throws {
        let reference = try Testbed.requireReferenceCompose()
        try RuntimeProject.with(Self.project, prefix: "mxc-up-attach") { project in
            // What each tool leaves: stopped on abort; the containers not waited for still running once the waited
            // for ended (`bad`, which ends 2 s after `ok`, is left out: its state depends on the moment of looking).
            let left = { try project.containerStates().filter { $0.key != "bad" } }
            let ours = try project.run(["up", "-t", "1"] + flags, timeout: 90)
            let ourLeft = try left()
            #expect(try project.run(["down", "-t", "0"]).status == 0)
            let theirs = project.runReference(at: reference, ["up", "-t", "1"] + flags)
            #expect(ours.status == theirs.status, "ours \(ours)\ntheirs \(theirs)")
            #expect(!Self.said(ours).isEmpty && Self.said(ours) == Self.said(theirs), "ours \(ours)\ntheirs \(theirs)")
            let theirLeft = try left()
            #expect(ourLeft == theirLeft, "left by mixcompose \(ourLeft), by Compose \(theirLeft)")
        }
    }

    @Test("--timestamps puts the daemon's RFC 3339 time after the prefix, as Compose does; --no-start creates and starts nothing")
    func timestampsAndNoStart() throws {
        let reference = try Testbed.requireReferenceCompose()
        try RuntimeProject.with(Self.project, prefix: "mxc-up-attach") { project in
            let pattern = try NSRegularExpression(pattern: #"^ok-1 +\| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z ok-says-hi$"#)
            let matches = { (line: String) in pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil }
            let ours = try project.run(["up", "--attach", "ok", "--timestamps", "-t", "1"], timeout: 90)
            #expect(ours.status == 0 && Self.said(ours).count == 1 && Self.said(ours).allSatisfy(matches), "\(ours)")
            let theirs = project.runReference(at: reference, ["up", "--attach", "ok", "--timestamps", "-t", "1", "--force-recreate"])
            #expect(theirs.status == 0 && Self.said(theirs).count == 1 && Self.said(theirs).allSatisfy(matches), "\(theirs)")
            #expect(try project.run(["down", "-t", "0"]).status == 0)

            let created = try project.run(["up", "--no-start"])
            #expect(created.status == 0, "\(created)")
            #expect(try project.containerStates() == ["ok": "created", "bad": "created", "quiet": "created"])
        }
    }
}
