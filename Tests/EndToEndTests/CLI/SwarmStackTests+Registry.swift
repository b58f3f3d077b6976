import Foundation
import Testing

// `stack deploy`'s image flags on the testbed's private registry (TLS, basic auth): `--resolve-image`,
// `--with-registry-auth`, compared with what `docker stack deploy` sends for the same file, and `--prune`.
extension SwarmStackTests {
    @Test("deploy pins a private image to its digest and platforms as docker stack deploy does, the node pulling it with the credentials --with-registry-auth sent; --resolve-image never keeps the pin; --prune removes a dropped service")
    func registryImagesAndPrune() throws {
        let testbed = try Testbed.require()
        let registry = try TestbedRegistry.require()
        try Self.topology("one-node")
        let image = try registry.pushUniqueImage(through: testbed.linuxHost)
        try Self.forgetRegistryDigests(registry, on: testbed)
        // `version:` for the 20.10 CLI, which needs one.
        let compose = """
            version: "3.9"
            services:
              app:
                image: \(image)
                command: ["sleep", "3600"]
              extra:
                image: mixcompose-testbed/busybox:latest
                command: ["sleep", "3600"]
            """
        let project = try TemporaryProject(compose: compose, files: ["config/config.json": registry.configJSON()])
        let config = ["DOCKER_CONFIG": project.directory + "/config"]
        let (stack, theirs) = (Self.stackName("registry"), Self.stackName("registry-cli"))
        let manager = try DaemonInspector(host: testbed.linuxHost)
        let docker = { (arguments: [String]) in
            ProcessRunner.run(
                Self.docker, ["-H", testbed.linuxHost] + arguments, environment: config.merging(["PATH": "/usr/bin:/bin"]) { $1 },
                directory: project.directory, timeout: 120)
        }
        defer {
            _ = try? Self.mixcompose(["stack", "rm", stack], in: project.directory, testbed: testbed)
            _ = docker(["stack", "rm", theirs])
        }

        // Without credentials the manager cannot ask the private registry: the CLI's warning, the tag unpinned.
        let anonymous = try Self.mixcompose(["stack", "deploy", stack], in: project.directory, testbed: testbed, environment: config)
        #expect(anonymous.status == 0, "\(anonymous)")
        #expect(anonymous.stderr.contains("image \(image) could not be accessed on a registry to record"), "\(anonymous)")
        #expect(try Self.imageAndPlatforms(of: "\(stack)_app", on: manager).image == image)

        let pinned = try Self.mixcompose(
            ["stack", "deploy", "--with-registry-auth", stack], in: project.directory, testbed: testbed, environment: config)
        #expect(pinned.status == 0 && pinned.stdout.contains("Updating service \(stack)_app"), "\(pinned)")
        let cli = docker(["stack", "deploy", "--with-registry-auth", "-c", "compose.yaml", theirs])
        try #require(cli.status == 0, "\(cli)")
        let ours = try Self.imageAndPlatforms(of: "\(stack)_app", on: manager)
        let reference = try Self.imageAndPlatforms(of: "\(theirs)_app", on: manager)
        #expect(ours.image.hasPrefix("\(image)@sha256:") && ours.image == reference.image, "ours \(ours), docker's \(reference)")
        #expect(!ours.platforms.isEmpty && ours.platforms == reference.platforms, "ours \(ours), docker's \(reference)")
        // The node had no copy under the registry's name: its task runs only if it pulled with the credentials.
        var state = ""
        for _ in 0..<120 where state != "running" {
            let task = try manager.tasks(stack: stack).first { $0.service == "\(stack)_app" && $0.task["DesiredState"] as? String == "running" }
            state = (task?.task["Status"] as? [String: Any])?["State"] as? String ?? ""
            Thread.sleep(forTimeInterval: 0.5)
        }
        #expect(state == "running", "the pinned task is \(state)")

        // `stack ps --filter` hands the filters to the manager as `docker stack ps` does: the same tasks.
        for filter in ["name=\(stack)_app", "desired-state=running", "desired-state=shutdown"] {
            let ours = try Self.mixcompose(["stack", "ps", "-q", "-f", filter, stack], in: project.directory, testbed: testbed)
            let cliTasks = docker(["stack", "ps", "-q", "--filter", filter, stack])
            #expect(ours.status == cliTasks.status && Set(ours.stdoutLines) == Set(cliTasks.stdoutLines), "\(filter): ours \(ours)\ndocker's \(cliTasks)")
        }
        let appOnly = try Self.mixcompose(["stack", "ps", "--filter", "name=\(stack)_app", "--format", "json", stack], in: project.directory, testbed: testbed)
        // Older tasks of a slot are listed under ` \_ `, as docker stack ps lists them.
        let names = (TemporaryProject.jsonLines(appOnly.stdout) ?? []).compactMap { ($0["Name"] as? String)?.replacingOccurrences(of: " \\_ ", with: "") }
        #expect(!names.isEmpty && names.allSatisfy { $0.hasPrefix("\(stack)_app.") }, "\(appOnly)")
        let badFilter = try Self.mixcompose(["stack", "ps", "--filter", "nonsense", stack], in: project.directory, testbed: testbed)
        #expect(badFilter.status == 1 && badFilter.stderr.contains("bad format of filter (expected name=value)"), "\(badFilter)")

        // `never` asks no registry and keeps what the last deploy pinned: nothing changes.
        let versions = try manager.serviceVersions(stack: stack)
        let kept = try Self.mixcompose(
            ["stack", "deploy", "--resolve-image", "never", stack], in: project.directory, testbed: testbed, environment: config)
        #expect(kept.status == 0 && !kept.stdout.contains("Updating") && !kept.stderr.contains("could not be accessed"), "\(kept)")
        #expect(try manager.serviceVersions(stack: stack) == versions)

        // A service dropped from the file stays without --prune, and goes with it.
        try project.write("compose.yaml", compose.components(separatedBy: "  extra:")[0])
        let unpruned = try Self.mixcompose(["stack", "deploy", "--resolve-image", "never", stack], in: project.directory, testbed: testbed)
        #expect(unpruned.status == 0, "\(unpruned)")
        #expect(try manager.serviceVersions(stack: stack).keys.sorted() == ["\(stack)_app", "\(stack)_extra"])
        let pruned = try Self.mixcompose(
            ["stack", "deploy", "--resolve-image", "never", "--prune", stack], in: project.directory, testbed: testbed)
        #expect(pruned.status == 0 && pruned.stdout.contains("Removing service \(stack)_extra"), "\(pruned)")
        #expect(try manager.serviceVersions(stack: stack).keys.sorted() == ["\(stack)_app"])
        try Self.expectRemoved(stack, in: project.directory, testbed: testbed)
        // `stack rm` takes several stacks, as `docker stack rm`: an unknown one is said, the others removed.
        let unknown = Self.stackName("none")
        let rm = try Self.mixcompose(["stack", "rm", unknown, theirs], in: project.directory, testbed: testbed)
        #expect(rm.status == 0 && rm.stderr.contains("Nothing found in stack: \(unknown)"), "\(rm)")
        #expect(try manager.objects("/services", stack: theirs).isEmpty)
    }

    /// A service's `ContainerSpec.Image` and `Placement.Platforms` as the manager holds them.
    static func imageAndPlatforms(of service: String, on manager: DaemonInspector) throws -> (image: String, platforms: [[String: String]]) {
        let body = try manager.probe.get("/services/\(service)")
        let spec = (try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["Spec"] as? [String: Any]
        let template = spec?["TaskTemplate"] as? [String: Any]
        let image = (template?["ContainerSpec"] as? [String: Any])?["Image"] as? String ?? ""
        return (image, (template?["Placement"] as? [String: Any])?["Platforms"] as? [[String: String]] ?? [])
    }

    /// Drops the manager's local references to the registry's repositories (a push leaves a digest reference),
    /// so a task of a pinned image must pull it.
    static func forgetRegistryDigests(_ registry: TestbedRegistry, on testbed: Testbed) throws {
        let inspect = ProcessRunner.run(
            Self.docker, ["-H", testbed.linuxHost, "image", "inspect", "--format", "{{range .RepoDigests}}{{println .}}{{end}}", Testbed.busyboxImage])
        try #require(inspect.status == 0, "\(inspect)")
        for reference in inspect.stdoutLines where reference.hasPrefix(registry.address + "/") {
            let removed = ProcessRunner.run(Self.docker, ["-H", testbed.linuxHost, "rmi", reference])
            try #require(removed.status == 0, "\(removed)")
        }
    }
}
