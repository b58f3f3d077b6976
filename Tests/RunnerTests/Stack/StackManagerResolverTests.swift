import EngineAPI
import Testing

@testable import Runner

@Suite struct StackManagerResolverTests {
    let environment = ["HOME": "/nonexistent", "DOCKER_HOST": "unix:///default.sock"]

    @Test("--manager names the manager over every other source")
    func managerFlag() throws {
        var options = DaemonOptions()
        options.linuxHost = "unix:///linux.sock"
        let endpoint = try StackManagerResolver.endpoint(
            manager: "tcp://manager:2375", options: options, settings: DaemonSettings(), environment: environment)
        #expect(endpoint.description == "tcp://manager:2375")
    }

    @Test("without --manager the Linux role's daemon is the manager, else DOCKER_HOST")
    func linuxRole() throws {
        var options = DaemonOptions()
        options.linuxHost = "unix:///linux.sock"
        options.windowsHost = "unix:///windows.sock"
        let linux = try StackManagerResolver.endpoint(manager: nil, options: options, settings: DaemonSettings(), environment: environment)
        #expect(linux.description == "unix:///linux.sock")
        let fallback = try StackManagerResolver.endpoint(
            manager: nil, options: DaemonOptions(), settings: DaemonSettings(), environment: environment)
        #expect(fallback.description == "unix:///default.sock")
    }
}
