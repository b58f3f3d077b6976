import EngineAPI
import Foundation
import Planner
import Testing

@testable import Runner

@Suite struct DaemonSourcesTests {
    /// A Docker config directory holding the given contexts (name → docker host).
    private func withContexts<R>(_ contexts: [String: String], _ body: (String) throws -> R) throws -> R {
        let directory = NSTemporaryDirectory() + "mxc-transport-config-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = DockerContexts(directory: directory)
        for (name, host) in contexts {
            let path = store.metaPath(name)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let meta = #"{"Name":"\#(name)","Metadata":{},"Endpoints":{"docker":{"Host":"\#(host)","SkipTLSVerify":false}}}"#
            try meta.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return try body(directory)
    }

    private let desktop = ["desktop-linux": "unix:///run/desktop-linux.sock", "desktop-windows": "unix:///run/desktop-windows.sock"]

    @Test("with both Docker Desktop contexts and nothing chosen, each role takes its own engine")
    func desktopPair() throws {
        try withContexts(desktop) { directory throws in
            let sources = try DaemonResolver.sources(options: DaemonOptions(), settings: DaemonSettings(), environment: ["DOCKER_CONFIG": directory])
            #expect(sources.map(\.role) == [.linux, .windows])
            #expect(sources.map(\.endpoint.description) == ["unix:///run/desktop-linux.sock", "unix:///run/desktop-windows.sock"])
            #expect(sources.map(\.origin) == ["Docker Desktop's desktop-linux context", "Docker Desktop's desktop-windows context"])
        }
    }

    @Test("a chosen host keeps its role; only the open role takes its Desktop context")
    func chosenHostWins() throws {
        try withContexts(desktop) { directory throws in
            var options = DaemonOptions()
            options.windowsHost = "ssh://me@winhost"
            let sources = try DaemonResolver.sources(options: options, settings: DaemonSettings(), environment: ["DOCKER_CONFIG": directory])
            #expect(sources.map(\.endpoint.description) == ["unix:///run/desktop-linux.sock", "ssh://me@winhost"])
        }
    }

    @Test("DOCKER_HOST, or one Desktop context alone, leaves the open roles to the default endpoint")
    func noPair() throws {
        try withContexts(desktop) { directory throws in
            let environment = ["DOCKER_CONFIG": directory, "DOCKER_HOST": "unix:///run/other.sock"]
            let sources = try DaemonResolver.sources(options: DaemonOptions(), settings: DaemonSettings(), environment: environment)
            #expect(sources.map(\.endpoint.description) == ["unix:///run/other.sock"])
            #expect(sources.first?.role == nil)
        }
        try withContexts(["desktop-linux": "unix:///run/desktop-linux.sock"]) { directory throws in
            let sources = try DaemonResolver.sources(options: DaemonOptions(), settings: DaemonSettings(), environment: ["DOCKER_CONFIG": directory])
            #expect(sources.map(\.role) == [nil])
        }
    }
}
