import Foundation
import Testing

/// `cp` both ways through the archive API on the two testbed daemons, and its refusals beside Docker Compose's.
@Suite(.enabled(if: Testbed.shouldRun)) struct CopyCommandTests {
    static let pair = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sleep", "3600"]
            scale: 2
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            command: ["sh", "-c", "mkdir -p /srv; echo from-backend > /srv/note; ln -s note /srv/link; sleep 3600"]
        """

    @Test("cp copies a directory into every replica and files out of a Windows-role container, new names and -L included")
    func bothWays() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cp") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            try project.files.write("tree/sub/file.txt", "hello\n")
            let into = try project.run(["cp", "tree", "app:/tmp/copied"])
            #expect(into.status == 0, "\(into)")
            for index in ["1", "2"] {
                let read = try project.run(["exec", "-T", "--index", index, "app", "cat", "/tmp/copied/sub/file.txt"])
                #expect(read.stdout == "hello\n", "replica \(index): \(read)")
            }
            let intoDirectory = try project.run(["cp", "--index", "2", "tree/sub/file.txt", "backend:/srv"])
            #expect(intoDirectory.status == 1 && intoDirectory.stderr.contains("service \"backend\" is not running container #2"), "\(intoDirectory)")
            let windows = try project.run(["cp", "tree/sub/file.txt", "backend:/srv"])
            #expect(windows.status == 0 && windows.stderr.contains("(windows)  Copied"), "\(windows)")
            let check = try project.run(["exec", "-T", "backend", "cat", "/srv/file.txt"])
            #expect(check.stdout == "hello\n", "\(check)")
            let out = try project.run(["cp", "backend:/srv/note", "renamed.txt"])
            #expect(out.status == 0, "\(out)")
            #expect(try String(contentsOfFile: project.files.directory + "/renamed.txt", encoding: .utf8) == "from-backend\n")
            let link = try project.run(["cp", "backend:/srv/link", "link-copy"])
            #expect(link.status == 0, "\(link)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: project.files.directory + "/link-copy") == "note")
            let followed = try project.run(["cp", "-L", "backend:/srv/link", "followed"])
            #expect(followed.status == 0, "\(followed)")
            #expect(try String(contentsOfFile: project.files.directory + "/followed", encoding: .utf8) == "from-backend\n")
            try FileManager.default.createDirectory(atPath: project.files.directory + "/into", withIntermediateDirectories: true)
            let directory = try project.run(["cp", "app:/tmp/copied", "into"])
            #expect(directory.status == 0, "\(directory)")
            #expect(try String(contentsOfFile: project.files.directory + "/into/copied/sub/file.txt", encoding: .utf8) == "hello\n")
            let stream = try project.run(["cp", "backend:/srv/note", "-"])
            #expect(stream.status == 0 && stream.stdout.contains("from-backend"), "\(stream)")
            // A tar stream on stdin goes into a directory, here into a container on the other daemon.
            let streamed = try project.files.run(["-p", project.name, "cp", "-", "app:/tmp"], environment: project.environment, input: stream.stdout)
            #expect(streamed.status == 0, "\(streamed)")
            let landed = try project.run(["exec", "-T", "app", "cat", "/tmp/note"])
            #expect(landed.stdout == "from-backend\n", "\(landed)")
            // Stopped containers are copied from too, as in Compose.
            let stop = try project.run(["stop", "-t", "1", "app"])
            try #require(stop.status == 0, "\(stop)")
            let stopped = try project.run(["cp", "app:/tmp/note", "from-stopped"])
            #expect(stopped.status == 0, "\(stopped)")
            #expect(try String(contentsOfFile: project.files.directory + "/from-stopped", encoding: .utf8) == "from-backend\n")
        }
    }

    @Test("cp -a gives what it copies in the container's user, as docker cp -a does; without it the local owner stays")
    func owners() throws {
        let owned = """
            services:
              backend:
                image: \(Testbed.busyboxImage)
                platform: windows/amd64
                user: nobody
                command: ["sleep", "3600"]
            """
        try RuntimeProject.with(owned, prefix: "mxc-cp-owner") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            try project.files.write("owned.txt", "x\n")
            let path = project.files.directory + "/owned.txt"
            guard chown(path, 4321, 4321) == 0 else {
                if Testbed.isCI { Issue.record("cannot chown a file: tests run as root in CI") }
                return
            }
            let kept = try project.run(["cp", "-a", "owned.txt", "backend:/tmp/kept.txt"])
            let plain = try project.run(["cp", "owned.txt", "backend:/tmp/plain.txt"])
            #expect(kept.status == 0 && plain.status == 0, "\(kept)\n\(plain)")
            let owners = try project.run(["exec", "-T", "backend", "stat", "-c", "%u", "/tmp/kept.txt", "/tmp/plain.txt"])
            #expect(owners.stdout == "65534\n4321\n", "\(owners)")
        }
    }

    @Test("cp refuses what Docker Compose refuses, with its message and exit status, touching nothing")
    func refusals() throws {
        _ = try Testbed.requireReferenceCompose()
        let linuxOnly = """
            services:
              app:
                image: \(Testbed.busyboxImage)
                init: true
                command: ["sleep", "3600"]
              idle:
                image: \(Testbed.busyboxImage)
            """
        try RuntimeProject.with(linuxOnly, prefix: "mxc-cp-bad") { project in
            let up = try project.run(["up", "-d", "app"])
            try #require(up.status == 0, "\(up)")
            let cases: [[String]] = [
                ["cp", "a", "b"], ["cp", "app:/etc/hostname", "idle:/tmp"], ["cp", "idle:/etc/hostname", "x"],
                ["cp", "--index", "3", "app:/etc/hostname", "x"], ["cp", "app:/no/such/file", "x"],
            ]
            for arguments in cases {
                let ours = try project.run(arguments)
                let theirs = try project.runReference(arguments)
                #expect(ours.status == theirs.status && ours.status != 0, "\(arguments): ours \(ours)\ntheirs \(theirs)")
                #expect(!FileManager.default.fileExists(atPath: project.files.directory + "/x"), "\(arguments)")
            }
            for (arguments, message) in [
                (["cp", "a", "b"], "unknown copy direction"), (["cp", "app:/etc/hostname", "idle:/tmp"], "copying between services is not supported"),
                (["cp", "idle:/etc/hostname", "x"], "no container found for service \"idle\""), (["cp", "nope:/x", "x"], "no such service: nope"),
            ] {
                let ours = try project.run(arguments)
                #expect(ours.stderr.contains(message), "\(arguments): \(ours)")
            }
            let usage = try project.run(["cp", "app:/etc/hostname"])
            #expect(usage.status == 1, "\(usage)")
        }
    }
}
