import Foundation
import Testing

/// Placement rule 3 on a live run: with neither `x-mixcompose.daemon` nor `platform`, a service
/// goes to the daemon that has its image.
@Suite(.enabled(if: Testbed.shouldRun)) struct ImagePlacementTests {
    @Test("an image present only on the windows-role daemon places its service there")
    func imageOnOneDaemonDecidesPlacement() throws {
        let testbed = try Testbed.require()
        let tag = "mxc-e2e-only-windows:\(UUID().uuidString.prefix(8).lowercased())"
        let tagged = ProcessRunner.run("/usr/bin/docker", ["-H", testbed.windowsHost, "tag", Testbed.busyboxImage, tag])
        #expect(tagged.status == 0, "\(tagged)")
        defer { _ = ProcessRunner.run("/usr/bin/docker", ["-H", testbed.windowsHost, "rmi", tag]) }

        try RuntimeProject.with(
            """
            services:
              solo:
                image: \(tag)
                command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
            """
        ) { project in
            let up = try project.run(["up", "-d"])
            #expect(up.status == 0, "\(up)")
            #expect(try project.windows.containers(project: project.name).count == 1)
            #expect(try project.linux.containers(project: project.name).isEmpty)
        }
    }
}
