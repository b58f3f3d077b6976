import Foundation
import Testing

/// Hundreds of services in one run: `up -d` and `down` queue their engine calls per daemon instead of
/// timing out waiting for a connection, and leave nothing behind.
@Suite(.enabled(if: Testbed.shouldRun), .serialized) struct LargeProjectTests {
    /// `count` independent busybox sleepers, every `windowsEvery`-th on the windows role (0: none), each
    /// depending on its parent in a binary tree when `tree` is set; spread over three networks.
    static func compose(count: Int, tree: Bool, windowsEvery: Int) -> String {
        var text = "services:\n"
        for index in 0..<count {
            text += """
                  s\(index):
                    image: \(Testbed.busyboxImage)
                    init: true
                    command: [sleep, '3600']
                    stop_grace_period: 2s

                """
            if windowsEvery > 0, index % windowsEvery == 1 { text += "    platform: windows/amd64\n" }
            if tree, index > 0 { text += "    depends_on: [s\((index - 1) / 2)]\n" }
            // A bridge holds 254 addresses from the testbed's /24 pools, and dockerd 20.10 leaks endpoints
            // (then refuses to remove the network, under Compose too) after ~300 removals on one bridge.
            text += "    networks: [n\(index % 3)]\n"
        }
        return text + "networks:\n  n0: {}\n  n1: {}\n  n2: {}\n"
    }

    @Test(
        "300 services come up with up -d and go with down, each in one run, no container left",
        arguments: [(tree: false, windowsEvery: 0), (tree: true, windowsEvery: 3)])
    func threeHundred(shape: (tree: Bool, windowsEvery: Int)) throws {
        let compose = Self.compose(count: 300, tree: shape.tree, windowsEvery: shape.windowsEvery)
        let project = RuntimeProject(
            testbed: try Testbed.require(), files: try TemporaryProject(compose: compose),
            name: "mxc-robust-big-\(UUID().uuidString.prefix(8).lowercased())")
        defer { _ = try? project.run(["down", "-t", "2"], timeout: 200) }
        let up = try project.run(["up", "-d"], timeout: 110)
        try #require(up.status == 0, "\(up.command) exited \(up.status): \(up.stderr.suffix(2000))")
        let linux = try project.linux.containers(project: project.name)
        let windows = try project.windows.containers(project: project.name)
        #expect(linux.count + windows.count == 300)
        #expect((linux + windows).allSatisfy { $0["State"] as? String == "running" })
        #expect(windows.count == (shape.windowsEvery > 0 ? 100 : 0))
        // down waits up to 94 s for a network the daemon still holds endpoints on, 5 s once it lists no container
        // (dockerd's endpoint-count leak; see Runner+Down).
        let down = try project.run(["down", "-t", "2"], timeout: 200)
        #expect(try project.linux.containers(project: project.name).isEmpty)
        #expect(try project.windows.containers(project: project.name).isEmpty)
        // dockerd 20.10 (the testbed's) now and then keeps a stale endpoint on a bridge after hundreds of
        // concurrent removals and then refuses to remove that network; Docker Compose's down fails the same way.
        let left = try project.leftovers()
        withKnownIssue("dockerd 20.10 leaks a bridge endpoint after hundreds of removals", isIntermittent: true) {
            #expect(down.status == 0, "\(down.command) exited \(down.status): \(down.stderr.suffix(2000))")
            #expect(left.isEmpty, "\(left)")
        }
    }
}
