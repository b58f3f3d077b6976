import Foundation
import Testing

/// Secrets, configs and references between services (`links`, `volumes_from`, `service:`
/// namespaces) as Docker Compose sets them up outside Swarm, checked inside the containers.
@Suite(.enabled(if: Testbed.shouldRun)) struct SecretsAndReferencesTests {
    /// `app` prints each secret and config with its mode and owner, then whether the bound secret is writable.
    static let secrets = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            secrets:
              - file_secret
              - source: env_secret
                target: env_target
                uid: "1000"
                gid: "1001"
                mode: 0400
            configs:
              - file_config
              - source: content_config
                target: /etc/content.conf
                mode: 0600
            command:
              - sh
              - -c
              - |
                for f in /run/secrets/file_secret /run/secrets/env_target /file_config /etc/content.conf; do
                  echo "file $$f $$(stat -c '%a %u:%g' $$f) [$$(cat $$f)]"
                done
                echo "secret-bind $$( (echo x > /run/secrets/file_secret) 2>/dev/null && echo writable || echo read-only)"
                exec sleep 3600
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            secrets: [env_secret]
            configs: [file_config]
            command: ["sh", "-c", "echo \\"backend [$$(cat /run/secrets/env_secret)] [$$(cat /file_config)]\\"; trap 'exit 0' TERM; while true; do sleep 1; done"]
        secrets:
          file_secret:
            file: ./secret.txt
          env_secret:
            environment: MXC_REFS_SECRET
        configs:
          file_config:
            file: ./app.conf
          content_config:
            content: inline-config
        """

    @Test("secrets and configs are readable at Compose's paths with their content, mode and owner, on both daemons")
    func secretsAndConfigs() throws {
        try RuntimeProject.with(Self.secrets) { project in
            try project.files.write("secret.txt", "from-file")
            try project.files.write("app.conf", "config-file")
            let up = try project.run(["up", "-d"], extra: ["MXC_REFS_SECRET": "from-env"])
            try #require(up.status == 0, "\(up)")
            let logs = try project.logs(["app"]) { $0.contains("secret-bind") }
            #expect(logs.stdout.contains("file /run/secrets/file_secret 644 0:0 [from-file]"), "\(logs)")
            #expect(logs.stdout.contains("file /run/secrets/env_target 400 1000:1001 [from-env]"), "\(logs)")
            #expect(logs.stdout.contains("file /file_config 644 0:0 [config-file]"), "\(logs)")
            #expect(logs.stdout.contains("file /etc/content.conf 600 0:0 [inline-config]"), "\(logs)")
            #expect(logs.stdout.contains("secret-bind read-only"), "\(logs)")
            // The windows-role daemon (a Linux stand-in here) gets them the same way.
            let backend = try project.logs(["backend"]) { $0.contains("backend [") }
            #expect(backend.stdout.contains("backend [from-env] [config-file]"), "\(backend)")

            // The same value keeps the container; a new one recreates it with the new content.
            let id = try #require(try project.linux.containerIDs(project: project.name)["app"])
            let again = try project.run(["up", "-d"], extra: ["MXC_REFS_SECRET": "from-env"])
            #expect(again.status == 0, "\(again)")
            #expect(try project.linux.containerIDs(project: project.name)["app"] == id)
            let rotated = try project.run(["up", "-d"], extra: ["MXC_REFS_SECRET": "rotated"])
            #expect(rotated.status == 0, "\(rotated)")
            #expect(try project.linux.containerIDs(project: project.name)["app"] != id)
            let after = try project.logs(["app"]) { $0.contains("[rotated]") }
            #expect(after.stdout.contains("file /run/secrets/env_target 400 1000:1001 [rotated]"), "\(after)")
        }
    }

    @Test("an unset secret variable is refused before anything is created, as in Compose")
    func unsetVariable() throws {
        try RuntimeProject.with(Self.secrets) { project in
            try project.files.write("secret.txt", "from-file")
            try project.files.write("app.conf", "config-file")
            let up = try project.run(["up", "-d"])
            #expect(up.status == 1, "\(up)")
            #expect(up.stderr.contains(#"environment variable "MXC_REFS_SECRET" required by secret"#), "\(up)")
            #expect(try project.containerIDs().isEmpty)
        }
    }

    /// `app` links `db` as `sql`, shares its IPC and PID namespaces and mounts its volumes read-only;
    /// `sidecar` shares the network namespace of `store`, which has a `container_name`.
    static func references(store: String) -> String {
        """
        services:
          db:
            image: \(Testbed.busyboxImage)
            init: true
            ipc: shareable
            volumes: ["/data"]
            command: ["sh", "-c", "echo db-data > /data/file; echo \\"db-ns $$(readlink /proc/self/ns/ipc)\\"; exec sleep 3600"]
          store:
            image: \(Testbed.busyboxImage)
            container_name: \(store)
            init: true
            command: ["sh", "-c", "echo \\"store-ns $$(readlink /proc/self/ns/net)\\"; exec sleep 3600"]
          app:
            image: \(Testbed.busyboxImage)
            init: true
            links: ["db:sql"]
            volumes_from: ["db:ro"]
            ipc: service:db
            pid: service:db
            command:
              - sh
              - -c
              - |
                ping -c1 -W3 sql > /dev/null && echo link-ok || echo link-failed
                echo "app-ns $$(readlink /proc/self/ns/ipc)"
                echo "data [$$(cat /data/file)] $$( (touch /data/new) 2>/dev/null && echo writable || echo read-only)"
                exec sleep 3600
          sidecar:
            image: \(Testbed.busyboxImage)
            init: true
            network_mode: service:store
            command: ["sh", "-c", "echo \\"sidecar-ns $$(readlink /proc/self/ns/net)\\"; exec sleep 3600"]
        """
    }

    @Test("links aliases resolve, ipc/pid and network_mode service: share the target's namespaces, volumes_from :ro is read-only")
    func references() throws {
        let store = "mxc-refs-store-\(UUID().uuidString.prefix(8).lowercased())"
        try RuntimeProject.with(Self.references(store: store)) { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let logs = try project.logs { $0.contains("data [") && $0.contains("sidecar-ns") && $0.contains("store-ns") }
            #expect(logs.stdout.contains("link-ok"), "\(logs)")
            #expect(logs.stdout.contains("data [db-data] read-only"), "\(logs)")
            #expect(Self.value(after: "db-ns", in: logs.stdout) != nil, "\(logs)")
            #expect(Self.value(after: "app-ns", in: logs.stdout) == Self.value(after: "db-ns", in: logs.stdout), "\(logs)")
            #expect(Self.value(after: "store-ns", in: logs.stdout) != nil, "\(logs)")
            #expect(Self.value(after: "sidecar-ns", in: logs.stdout) == Self.value(after: "store-ns", in: logs.stdout), "\(logs)")
            // A second up keeps everything: the references resolve to the same containers.
            let ids = try project.containerIDs()
            let again = try project.run(["up", "-d"])
            #expect(again.status == 0, "\(again)")
            #expect(try project.containerIDs() == ids)
        }
    }

    /// The namespace printed after `marker` (`ipc:[4026532…]`).
    private static func value(after marker: String, in text: String) -> String? {
        text.split(separator: "\n").lazy.compactMap { line -> String? in
            guard let range = line.range(of: marker + " ") else { return nil }
            return String(line[range.upperBound...])
        }.first
    }
}
