import Foundation
import Testing

/// Checks that the environment the end-to-end tests rely on is really there.
@Suite struct TestbedTests {
    @Test("each testbed daemon answers /_ping on its unix socket", .enabled(if: Testbed.shouldRun))
    func daemonsAnswerPing() throws {
        let testbed = try Testbed.require()
        for host in [testbed.linuxHost, testbed.windowsHost] {
            let socket = try #require(Testbed.socketPath(of: host), "\(host) is not a unix:// host")
            #expect(try TestbedProbe(socketPath: socket).get("/_ping") == "OK")
        }
    }

    @Test("the linux and windows roles are two different daemons, each labelled with its role", .enabled(if: Testbed.shouldRun))
    func rolesAreDistinctDaemons() throws {
        let testbed = try Testbed.require()
        var ids: [String] = []
        for (role, host) in [("linux", testbed.linuxHost), ("windows", testbed.windowsHost)] {
            let socket = try #require(Testbed.socketPath(of: host))
            let body = try TestbedProbe(socketPath: socket).get("/info")
            let info = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            ids.append(try #require(info["ID"] as? String))
            let labels = info["Labels"] as? [String] ?? []
            #expect(labels.contains("org.mixcompose.testbed.role=\(role)"))
        }
        #expect(ids[0] != ids[1])
    }

    @Test("the reference compose binary is Docker Compose 2.40.3", .enabled(if: Testbed.shouldCompareWithReference))
    func referenceComposeVersion() throws {
        let path = try Testbed.requireReferenceCompose()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["version", "--short"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let version = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version == "2.40.3" || version == "v2.40.3")
    }
}
