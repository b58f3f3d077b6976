import Foundation
import Testing

/// `run`'s flags on the testbed daemons: profiles, `-p`, `-v`, `-u`, `--entrypoint`, `--name`, `-l`, and refusals.
@Suite(.enabled(if: Testbed.shouldRun)) struct RunFlagsTests {
    @Test("run runs a service whose profile is not active, as Compose does, and -p publishes only what it names")
    func profiledService() throws {
        let compose = """
            services:
              tool:
                image: \(Testbed.busyboxImage)
                profiles: [tools]
                ports: ["18943:80"]
            """
        try RuntimeProject.with(compose, prefix: "mxc-cmd-run") { project in
            let run = try project.run(["run", "--rm", "-T", "-p", "18944:81", "tool", "sh", "-c", "echo profiled"])
            #expect(run.status == 0 && run.stdout == "profiled\n", "\(run)")
            let detached = try project.run(["run", "-d", "-p", "18944:81", "tool", "sleep", "30"])
            #expect(detached.status == 0, "\(detached)")
            let found = try #require(try RunCommandTests.oneOffs(on: project.linux, project: project.name).first)
            let ports = (found["Ports"] as? [[String: Any]] ?? []).compactMap { $0["PublicPort"] as? Int }
            #expect(Set(ports) == [18944], "\(found)")
        }
    }

    @Test("run -v mounts a host directory, --name names the container, -u and --entrypoint apply, -l labels it")
    func overrides() throws {
        try RuntimeProject.with(RunCommandTests.chain, prefix: "mxc-cmd-run") { project in
            try project.files.write("shared/note.txt", "from the host\n")
            let run = try project.run([
                "run", "--rm", "-T", "--no-deps", "-u", "nobody", "-v", "\(project.files.directory)/shared:/mnt/shared:ro",
                "--entrypoint", "sh -c", "backend", "cat /mnt/shared/note.txt; id -un",
            ])
            #expect(run.status == 0 && run.stdout == "from the host\nnobody\n", "\(run)")
            let name = "\(project.name)-named"
            let named = try project.run(["run", "-d", "--no-deps", "--name", name, "-l", "purpose=check", "backend", "sleep", "30"])
            #expect(named.status == 0, "\(named)")
            let found = try #require(try RunCommandTests.oneOffs(on: project.windows, project: project.name).first)
            #expect((found["Names"] as? [String]) == ["/\(name)"])
            #expect((found["Labels"] as? [String: String])?["purpose"] == "check")
        }
    }

    @Test("run refuses an unknown service, --service-ports with --publish, a label without = and no service, creating nothing")
    func refusals() throws {
        try RuntimeProject.with(RunCommandTests.chain, prefix: "mxc-cmd-run") { project in
            let unknown = try project.run(["run", "--rm", "-T", "nope", "true"])
            #expect(unknown.status == 1 && unknown.stderr.contains("no such service: nope"), "\(unknown)")
            let both = try project.run(["run", "--service-ports", "-p", "18942:80", "app", "true"])
            #expect(both.status == 1 && both.stderr.contains("--service-ports and --publish are incompatible"), "\(both)")
            let label = try project.run(["run", "-l", "novalue", "app", "true"])
            #expect(label.status == 1 && label.stderr.contains("label must be set as KEY=VALUE"), "\(label)")
            let bare = try project.run(["run"])
            #expect(bare.status == 1, "\(bare)")
            #expect(try project.leftovers().isEmpty)
        }
    }
}
