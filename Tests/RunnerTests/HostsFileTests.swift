import ComposeModel
import EngineAPI
import Planner
import Runner
import Testing

@Suite struct HostsFileTests {
    @Test("the image's hosts file is kept and one line per cross-daemon peer is added, with Windows line endings")
    func mergesIntoImageFile() {
        let hosts = HostsFile(root: #"C:\"#, entries: ["db:198.18.64.2", "cache:198.18.64.3"])
        let image = "# Copyright (c) Microsoft Corp.\r\n#\r\n# 127.0.0.1 localhost\r\n"
        #expect(
            hosts.merged(into: image)
                == "# Copyright (c) Microsoft Corp.\r\n#\r\n# 127.0.0.1 localhost\r\n# mixcompose: peers on the other daemon\r\n"
                + "198.18.64.2\tdb\r\n198.18.64.3\tcache\r\n# mixcompose: end\r\n")
        #expect(hosts.absolutePath == #"C:\Windows\System32\drivers\etc\hosts"#)
    }

    @Test("a second start replaces mixcompose's earlier lines instead of adding to them")
    func replacesItsOwnBlock() {
        let first = HostsFile(root: "/", entries: ["db:198.18.64.2"]).merged(into: "127.0.0.1\tlocalhost\n")
        let second = HostsFile(root: "/", entries: ["db:198.18.64.9"]).merged(into: first)
        #expect(second == "127.0.0.1\tlocalhost\n# mixcompose: peers on the other daemon\n198.18.64.9\tdb\n# mixcompose: end\n")
        #expect(HostsFile(root: "/", entries: []).absolutePath == "/Windows/System32/drivers/etc/hosts")
    }

    @Test("a Windows-role service gets its cross-daemon peers in its hosts file before it starts, the image's lines kept")
    func writtenBeforeStart() async throws {
        var fixture = Fixture()
        fixture.addWindowsApp(dependingOn: "db")
        await fixture.windows.set(imageFile: "/Windows/System32/drivers/etc/hosts", contents: "127.0.0.1 localhost\n")
        try await fixture.up()
        let db = try #require(await fixture.linux.container(named: "demo-db-1"))
        let address = try #require(db.record.addresses["demo_default"])
        let calls = await fixture.windows.calls.filter { $0.contains("demo-app-1") }
        #expect(calls.firstIndex(of: "archive demo-app-1 /")! < calls.firstIndex(of: "start demo-app-1")!, "\(calls)")
        let written = try #require(await fixture.windows.archives.first { $0.container == "demo-app-1" })
        let contents = String(decoding: TarReader.firstFile(in: written.archive) ?? [], as: UTF8.self)
        #expect(contents == "127.0.0.1 localhost\n# mixcompose: peers on the other daemon\n\(address)\tdb\n# mixcompose: end\n")
        let web = try #require(await fixture.windows.container(named: "demo-web-1"))
        #expect(await !fixture.windows.archives.contains { $0.container == web.record.name }, "no peers, no hosts file")
    }
}
