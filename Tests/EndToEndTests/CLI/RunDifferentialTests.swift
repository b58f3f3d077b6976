import Foundation
import Testing

/// `run` next to Docker Compose v2.40 on one daemon: the one-off container's name and labels, and exit codes.
@Suite(.enabled(if: Testbed.shouldRun)) struct RunDifferentialTests {
    static let single = """
        services:
          db:
            image: \(Testbed.busyboxImage)
            command: ["sleep", "3600"]
          app:
            image: \(Testbed.busyboxImage)
            command: ["sleep", "3600"]
            depends_on: [db]
            labels: {tier: front}
        """

    /// Runs the reference Compose on the same files under the project name `name`, against the Linux daemon.
    static func compose(_ reference: String, _ project: RuntimeProject, _ arguments: [String], name: String) -> CommandResult {
        RuntimeProject(testbed: project.testbed, files: project.files, name: name).runReference(at: reference, arguments)
    }

    /// Takes Compose's project `name` down with mixcompose and checks nothing is left: Compose v2.40's
    /// `down --remove-orphans` leaves a running `run -d` one-off behind, where later Composes and mixcompose remove it.
    static func cleanUp(_ name: String, beside project: RuntimeProject) {
        let theirs = RuntimeProject(testbed: project.testbed, files: project.files, name: name)
        do {
            let down = try theirs.run(["down", "--remove-orphans", "-t", "0"])
            #expect(down.status == 0, "cleanup of \(name): \(down)")
            let left = try theirs.leftovers()
            #expect(left.isEmpty, "cleanup of \(name) left \(left)")
        } catch {
            Issue.record("cleanup of \(name) failed: \(error)")
        }
    }

    /// The one-off container's name with its slug's place marked, and its Compose labels that do not vary by tool or run.
    static func shape(_ container: [String: Any], project: String) -> (name: String, labels: [String: String]) {
        let labels = container["Labels"] as? [String: String] ?? [:]
        let slug = labels["com.docker.compose.slug"] ?? ""
        let name = ((container["Names"] as? [String])?.first ?? "").replacingOccurrences(of: project, with: "<project>")
            .replacingOccurrences(of: String(slug.prefix(12)), with: "<slug>")
        var kept = labels.filter { $0.key.hasPrefix("com.docker.compose.") }
        for varying in ["com.docker.compose.config-hash", "com.docker.compose.version", "com.docker.compose.image"] { kept[varying] = nil }
        kept["com.docker.compose.project"] = kept["com.docker.compose.project"]?.replacingOccurrences(of: project, with: "<project>")
        kept["com.docker.compose.slug"] = slug.count == 64 && slug.allSatisfy(\.isHexDigit) ? "<64 hex>" : slug
        return (name, kept)
    }

    @Test("run's one-off container has Compose's name pattern and labels, and run's exit codes are Compose's")
    func differential() throws {
        let reference = try Testbed.requireReferenceCompose()
        try RuntimeProject.with(Self.single, prefix: "mxc-cmd-run") { project in
            let theirName = "\(project.name)-ref"
            defer { Self.cleanUp(theirName, beside: project) }
            // A one-off that ends at once: Compose's down --remove-orphans removes exited one-offs only.
            let ours = try project.run(["run", "-d", "app", "true"])
            let theirs = Self.compose(reference, project, ["run", "-d", "app", "true"], name: theirName)
            try #require(ours.status == 0 && theirs.status == 0, "ours \(ours)\ntheirs \(theirs)")
            let mine = try #require(try RunCommandTests.oneOffs(on: project.linux, project: project.name).first)
            let compose = try #require(try RunCommandTests.oneOffs(on: project.linux, project: theirName).first)
            let (myName, myLabels) = Self.shape(mine, project: project.name)
            let (composeName, composeLabels) = Self.shape(compose, project: theirName)
            #expect(myName == composeName)
            #expect(myName == "/<project>-app-run-<slug>")
            #expect(myLabels.filter { !$0.key.hasPrefix("com.docker.compose.project.") } == composeLabels.filter { !$0.key.hasPrefix("com.docker.compose.project.") })
            #expect(ours.stdout == "\(mine["Id"] as? String ?? "")\n" && theirs.stdout == "\(compose["Id"] as? String ?? "")\n")

            let cases: [[String]] = [
                ["run", "--rm", "-T", "app", "sh", "-c", "echo out; exit 3"], ["run", "--rm", "-T", "app", "true"],
                ["run", "--rm", "-T", "--no-deps", "app", "no-such-binary"], ["run", "--rm", "-T", "nope", "true"],
                ["run", "--rm", "-T", "--entrypoint", "sh -c", "app", "exit 7"],
            ]
            for arguments in cases {
                let mine = try project.run(arguments)
                let theirs = Self.compose(reference, project, arguments, name: theirName)
                #expect(mine.status == theirs.status, "\(arguments): ours \(mine)\ntheirs \(theirs)")
                #expect(mine.stdout == theirs.stdout, "\(arguments): ours \(mine)\ntheirs \(theirs)")
            }
            #expect(try RunCommandTests.oneOffs(on: project.linux, project: project.name).count == 1)
        }
    }

    /// What the one-off's inspect says about capabilities and environment, in a form both tools can be compared by.
    static func capsAndEnvironment(_ container: [String: Any], on daemon: DaemonInspector) throws -> (add: [String], drop: [String], env: [String]) {
        let id = try #require(container["Id"] as? String)
        let inspect = try daemon.inspect(container: id)
        let host = inspect["HostConfig"] as? [String: Any] ?? [:]
        let config = inspect["Config"] as? [String: Any] ?? [:]
        let env = (config["Env"] as? [String] ?? []).filter { !$0.hasPrefix("PATH=") }
        return ((host["CapAdd"] as? [String] ?? []).sorted(), (host["CapDrop"] as? [String] ?? []).sorted(), env.sorted())
    }

    @Test("run's --cap-add, --cap-drop and --env-from-file give the one-off the capabilities and environment Compose gives it, and -q and --quiet-pull print no progress")
    func capabilitiesAndEnvironmentFiles() throws {
        let reference = try Testbed.requireReferenceCompose()
        let compose = """
            services:
              app:
                image: \(Testbed.busyboxImage)
                command: ["sleep", "3600"]
                cap_add: [NET_ADMIN, SYS_TIME]
                cap_drop: [CHOWN, MKNOD]
                environment: {FROM_FILE: service}
            """
        try RuntimeProject.with(compose, prefix: "mxc-cmd-runcap") { project in
            // -e wins over the files, the first file over the second, and within one file its last line.
            try project.files.write("one.env", "A=file\nB=${A}-b\nC=1\nC=2\n")
            try project.files.write("two.env", "C=3\nD=two\n")
            let theirName = "\(project.name)-ref"
            defer { Self.cleanUp(theirName, beside: project) }
            let arguments = [
                "run", "-d", "-q", "--quiet-pull", "--cap-add", "CHOWN", "--cap-drop", "NET_ADMIN", "--cap-drop", "AUDIT_WRITE",
                "-e", "A=cli", "--env-from-file", "one.env", "--env-from-file", "two.env", "app",
            ]
            let ours = try project.run(arguments)
            let theirs = Self.compose(reference, project, arguments, name: theirName)
            try #require(ours.status == 0 && theirs.status == 0, "ours \(ours)\ntheirs \(theirs)")
            let mine = try Self.capsAndEnvironment(try #require(try RunCommandTests.oneOffs(on: project.linux, project: project.name).first), on: project.linux)
            let expected = try Self.capsAndEnvironment(try #require(try RunCommandTests.oneOffs(on: project.linux, project: theirName).first), on: project.linux)
            #expect(mine.add == expected.add, "CapAdd: ours \(mine.add), Compose \(expected.add)")
            #expect(mine.drop == expected.drop, "CapDrop: ours \(mine.drop), Compose \(expected.drop)")
            #expect(mine.env == expected.env, "Env: ours \(mine.env), Compose \(expected.env)")
            #expect(mine.add.count == 2 && mine.drop.count == 3, "CapAdd \(mine.add), CapDrop \(mine.drop)")
            #expect(mine.env.contains("A=cli") && mine.env.contains("B=cli-b") && mine.env.contains("C=2") && mine.env.contains("D=two"), "\(mine.env)")
            // -q: nothing but the container's ID on standard output, and no progress on standard error (the
            // testbed's stand-in warning aside).
            #expect(!ours.stderr.contains("Container") && !ours.stderr.contains("Network"), "\(ours.stderr)")
            #expect(ours.stdout.trimmingCharacters(in: .whitespacesAndNewlines).count == 64, "\(ours.stdout)")

            let missing = try project.run(["run", "--rm", "-T", "--env-from-file", "nope.env", "app", "true"])
            let theirsMissing = Self.compose(reference, project, ["run", "--rm", "-T", "--env-from-file", "nope.env", "app", "true"], name: theirName)
            #expect(missing.status == theirsMissing.status && missing.status != 0, "ours \(missing)\ntheirs \(theirsMissing)")
            #expect(missing.stderr.contains("open nope.env: no such file or directory"), "\(missing.stderr)")
        }
    }
}
