import Foundation
import Testing

/// `ls` and `events` across the two testbed daemons, and `ls --format json` beside Docker Compose's.
@Suite(.enabled(if: Testbed.shouldRun)) struct ListEventsTests {
    static let pair = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sleep", "3600"]
          worker:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sleep", "3600"]
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            command: ["sleep", "3600"]
        """

    @Test("ls counts a project's container states per daemon in the table, in JSON and with --all, and filters by name")
    func list() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-ls") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let stop = try project.run(["stop", "-t", "1", "worker"])
            try #require(stop.status == 0, "\(stop)")
            let filter = ["--filter", "name=^\(project.name)$"]
            let table = try project.run(["ls"] + filter)
            #expect(table.status == 0, "\(table)")
            #expect(table.stdoutLines.first?.hasPrefix("NAME") == true, "\(table)")
            #expect(table.stdoutLines.dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true).prefix(5).joined(separator: " ") }
                == ["\(project.name) linux: running(1), windows: running(1)"], "\(table)")
            let all = try project.run(["ls", "-a", "--format", "json"] + filter)
            let rows = try #require((try? JSONSerialization.jsonObject(with: Data(all.stdout.utf8))) as? [[String: Any]], "\(all)")
            #expect(rows.count == 1, "\(all)")
            #expect(rows.first?["Name"] as? String == project.name)
            #expect(rows.first?["Status"] as? String == "exited(1), running(2)", "\(all)")
            #expect(rows.first?["ConfigFiles"] as? String == project.files.directory + "/compose.yaml", "\(all)")
            #expect(rows.first?["Daemons"] as? [String: String] == ["linux": "exited(1), running(1)", "windows": "running(1)"], "\(all)")
            let quiet = try project.run(["ls", "-q", "--filter", "name=\(project.name)"])
            #expect(quiet.stdout == project.name + "\n", "\(quiet)")
            let none = try project.run(["ls", "--format", "json", "--filter", "name=^\(project.name)-nothing$"])
            #expect(none.status == 0 && none.stdout == "[]\n", "\(none)")
        }
    }

    @Test("ls --format json prints what Docker Compose prints for a project on one daemon, and exits as it does on bad input")
    func listDifferential() throws {
        _ = try Testbed.requireReferenceCompose()
        let linuxOnly = """
            services:
              app:
                image: \(Testbed.busyboxImage)
                init: true
                command: ["sleep", "3600"]
                scale: 2
            """
        try RuntimeProject.with(linuxOnly, prefix: "mxc-ls-diff") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            for flags in [["--format", "json"], ["-a", "--format", "json"]] {
                let arguments = ["ls", "--filter", "name=\(project.name)"] + flags
                let ours = try project.run(arguments)
                let theirs = try project.runReference(arguments)
                #expect(ours.status == 0 && theirs.status == 0, "ours \(ours)\ntheirs \(theirs)")
                var objects = try #require((try? JSONSerialization.jsonObject(with: Data(ours.stdout.utf8))) as? [[String: Any]], "\(ours)")
                for index in objects.indices { objects[index]["Daemons"] = nil }
                let expected = try #require((try? JSONSerialization.jsonObject(with: Data(theirs.stdout.utf8))) as? [[String: Any]], "\(theirs)")
                #expect(NSArray(array: objects).isEqual(to: expected), "ours \(ours.stdout)\ntheirs \(theirs.stdout)")
            }
            for arguments in [
                ["ls", "--filter", "foo"], ["ls", "--filter", "status=running"], ["ls", "--format", "xml"], ["events", "--since", "x"],
                ["events", "--until", "2026-13-01"],
            ] {
                let ours = try project.run(arguments)
                let theirs = try project.runReference(arguments)
                #expect(ours.status == theirs.status && ours.status == 1, "\(arguments): ours \(ours)\ntheirs \(theirs)")
                let message = theirs.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(!message.isEmpty && ours.stderr.contains(message), "\(arguments): ours \(ours)\ntheirs \(theirs)")
            }
        }
    }

    @Test("events follows both daemons' containers, each line naming its daemon, in time order, until Ctrl-C")
    func events() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-events") { project in
            let up = try project.run(["up", "-d", "app", "backend"])
            try #require(up.status == 0, "\(up)")
            let ids = try project.containerIDs()
            let text = try BackgroundCommand(project, ["events"])
            let json = try BackgroundCommand(project, ["events", "--json", "backend"])
            defer { text.kill(); json.kill() }
            Thread.sleep(forTimeInterval: 1)
            let restart = try project.run(["restart", "-t", "1", "app", "backend"])
            try #require(restart.status == 0, "\(restart)")
            let seen = text.waitForOutput(timeout: 30) { output in
                ["app", "backend"].allSatisfy { service in
                    output.stdout.split(separator: "\n").contains { $0.contains(" container start \(ids[service] ?? "?")") }
                }
            }
            #expect(seen, "\(text.result())")
            _ = json.waitForOutput(timeout: 30) { $0.stdout.contains(#""action":"start""#) }
            text.interrupt()
            json.interrupt()
            let lines = text.finish(timeout: 15)
            let objects = json.finish(timeout: 15)
            #expect(!lines.timedOut && lines.status == 130, "\(lines)")
            let appLines = lines.stdoutLines.filter { $0.contains(ids["app"] ?? "?") }
            let backendLines = lines.stdoutLines.filter { $0.contains(ids["backend"] ?? "?") }
            #expect(appLines.contains { $0.contains(" container die ") && $0.contains("(daemon=linux, ") }, "\(lines)")
            #expect(backendLines.contains { $0.contains(" container start ") && $0.contains("(daemon=windows, ") }, "\(lines)")
            // Compose's time stamps (local time, microseconds) sort as text: the merged stream is in time order.
            let stamps = lines.stdoutLines.map { String($0.prefix(26)) }
            #expect(stamps == stamps.sorted(), "\(lines)")
            let parsed = try #require(TemporaryProject.jsonLines(objects.stdout), "\(objects)")
            #expect(!parsed.isEmpty && parsed.allSatisfy { $0["service"] as? String == "backend" && $0["daemon"] as? String == "windows" }, "\(objects)")
            #expect(parsed.contains { $0["action"] as? String == "start" && $0["id"] as? String == ids["backend"] }, "\(objects)")
            // With --until the past is replayed and the command ends by itself.
            let history = try project.run(["events", "--since", "5m", "--until", "0s"], timeout: 30)
            #expect(history.status == 0, "\(history)")
            #expect(history.stdoutLines.contains { $0.contains(" container start \(ids["app"] ?? "?")") && $0.contains("(daemon=linux, ") }, "\(history)")
            #expect(history.stdoutLines.contains { $0.contains(" container start \(ids["backend"] ?? "?")") && $0.contains("(daemon=windows, ") }, "\(history)")
            // As Compose prints them: each event, then an empty line.
            let rows = history.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(rows.count > 2 && stride(from: 1, to: rows.count, by: 2).allSatisfy { rows[$0].isEmpty }, "\(history)")
            let replayed = history.stdoutLines.map { String($0.prefix(26)) }
            #expect(replayed == replayed.sorted(), "\(history)")
        }
    }
}
