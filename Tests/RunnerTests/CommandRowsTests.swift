import EngineAPI
import Foundation
@testable import Runner
import Testing

@Suite struct CommandRowsTests {
    @Test("a project's status is Compose's sorted state counts, per daemon in the table, Compose's keys first in JSON")
    func projectRows() throws {
        let row = ProjectRow(
            name: "demo", states: ["windows": ["running"], "linux": ["running", "exited", "running"]], configFiles: "/p/compose.yaml")
        #expect(row.status == "exited(1), running(3)")
        #expect(row.daemonStatus == "linux: exited(1), running(2), windows: running(1)")
        #expect(ProjectRow.json([row]) == #"[{"Name":"demo","Status":"exited(1), running(3)","ConfigFiles":"/p/compose.yaml","Daemons":{"linux":"exited(1), running(2)","windows":"running(1)"}}]"#)
        #expect(ProjectRow.json([]) == "[]")
        #expect(ProjectRow.table([]) == "NAME                STATUS              CONFIG FILES")
        #expect(ProjectRow.table([row]).split(separator: "\n").map(String.init) == [
            "NAME                STATUS                                              CONFIG FILES",
            "demo                linux: exited(1), running(2), windows: running(1)   /p/compose.yaml",
        ])
    }

    @Test("an event line is Compose's, with the daemon first among the attributes and Compose's labels left out")
    func eventLines() throws {
        let time: Int64 = 1_765_000_000_123_456_789
        let event = ContainerEvent(
            containerID: "abc", action: .die(exitCode: 0),
            labels: ["name": "demo-web-1", "com.docker.compose.service": "web", "exitCode": "0"], time: time)
        let line = EventLine(role: "windows", event: event)
        #expect(line.text.hasSuffix(".123456 container die abc (daemon=windows, exitCode=0, name=demo-web-1)"), "\(line.text)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.json.utf8)) as? [String: Any])
        #expect(object["service"] as? String == "web" && object["action"] as? String == "die" && object["daemon"] as? String == "windows")
        // Local time as Go marshals it: the instant, then nanoseconds, then the zone.
        let stamp = try #require(object["time"] as? String)
        #expect(stamp.dropFirst(19).hasPrefix(".123456789"), "\(stamp)")
        let whole = String(stamp.prefix(19) + stamp.dropFirst(29))
        #expect(ISO8601DateFormatter().date(from: whole) == Date(timeIntervalSince1970: 1_765_000_000), "\(stamp)")
        #expect(object["attributes"] as? [String: String] == ["name": "demo-web-1", "exitCode": "0"])
    }

    @Test("cp arguments split as Compose splits them, and container paths split with backslashes in Windows containers")
    func copyPaths() {
        #expect(CopyOptions.split("web:/etc/hosts") == ("web", "/etc/hosts"))
        #expect(CopyOptions.split("backend:C:\\app\\web.config") == ("backend", "C:\\app\\web.config"))
        #expect(CopyOptions.split("/abs/a:b") == (nil, "/abs/a:b"))
        #expect(CopyOptions.split("./a:b") == (nil, "./a:b"))
        #expect(CopyOptions.split("plain") == (nil, "plain"))
        #expect(CopyOptions.split(path: "C:\\app\\web.config", windows: true) == ("C:\\app", "web.config"))
        #expect(CopyOptions.split(path: "C:\\web.config", windows: true) == ("C:\\", "web.config"))
        #expect(CopyOptions.split(path: "/srv/dir/", windows: false) == ("/srv", "dir"))
        #expect(CopyOptions.split(path: "/note", windows: false) == ("/", "note"))
        #expect(CopyOptions.split(path: "note", windows: false) == (".", "note"))
    }
}
