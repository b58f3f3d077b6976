import Foundation

/// Compose files (`version: "3.9"`, which the 20.10 CLI needs) covering the fields the Swarm conversion maps,
/// every service pinned to the manager.
enum SwarmDifferentialFixtures {
    struct Fixture: Sendable, CustomStringConvertible {
        var name: String
        var compose: String
        /// Other files of the project directory, by name.
        var files: [String: String] = [:]
        /// The diagnostic codes the conversion reports, so what the comparison removes was really added.
        var codes: Set<String> = []

        var description: String { name }

        /// A fresh directory holding the fixture's files; the caller removes it.
        func write() throws -> String {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-swarm-\(name)-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (file, text) in files.merging(["compose.yaml": compose], uniquingKeysWith: { $1 }) {
                try text.write(toFile: "\(directory)/\(file)", atomically: true, encoding: .utf8)
            }
            return directory
        }
    }

    static let manager = "placement: {constraints: [\"node.role == manager\"]}"

    static let all: [Fixture] = [
        Fixture(name: "runtime", compose: """
            version: "3.9"
            services:
              app:
                image: mixcompose-testbed/busybox:latest
                entrypoint: ["/bin/sh", "-c"]
                command: ["sleep 3600"]
                environment: {B: two, A: one, EMPTY: ""}
                labels: {com.example.role: app}
                hostname: apphost
                working_dir: /tmp
                user: "1000:1000"
                stop_grace_period: 3s
                stop_signal: SIGUSR1
                tty: true
                stdin_open: true
                read_only: true
                init: true
                sysctls: {net.core.somaxconn: "1024"}
                cap_add: [NET_ADMIN]
                cap_drop: [chown]
                ulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 512}
                extra_hosts: ["somehost:10.1.2.3"]
                dns: [10.0.0.2]
                dns_search: [example.com]
                healthcheck: {test: ["CMD-SHELL", "true"], interval: 5s, timeout: 2s, retries: 4, start_period: 1s}
                logging: {driver: json-file, options: {max-size: 1m}}
                restart: on-failure:3
                deploy:
                  labels: {com.example.stack: runtime}
                  \(manager)
              quiet:
                image: mixcompose-testbed/busybox:latest
                command: sleep 3600
                healthcheck: {disable: true}
                restart: "no"
                deploy: {\(manager)}
            """),
        Fixture(name: "deploy", compose: """
            version: "3.9"
            services:
              replicated:
                image: mixcompose-testbed/busybox:latest
                command: ["sleep", "3600"]
                ports:
                  - {target: 80, published: 18942, protocol: tcp, mode: host}
                  - {target: 53, published: 18941, protocol: udp, mode: host}
                deploy:
                  mode: replicated
                  replicas: 2
                  endpoint_mode: dnsrr
                  resources:
                    limits: {cpus: "0.5", memory: 64M}
                    reservations: {cpus: "0.25", memory: 32M}
                  restart_policy: {condition: on-failure, delay: 2s, max_attempts: 3, window: 30s}
                  placement:
                    constraints: ["node.role == manager"]
                    preferences: [{spread: node.labels.zone}]
                    max_replicas_per_node: 2
                  update_config: {parallelism: 2, delay: 1s, failure_action: rollback, monitor: 10s, max_failure_ratio: 0.5, order: start-first}
                  rollback_config: {parallelism: 1, failure_action: pause, monitor: 5s, max_failure_ratio: 0.25, order: stop-first}
              everywhere:
                image: mixcompose-testbed/busybox:latest
                command: ["sleep", "3600"]
                deploy:
                  mode: global
                  \(manager)
            """),
        Fixture(name: "storage", compose: """
            version: "3.9"
            services:
              store:
                image: mixcompose-testbed/busybox:latest
                command: ["sleep", "3600"]
                volumes:
                  - data:/data
                  - {type: volume, target: /anon}
                  - {type: bind, source: ./, target: /host, read_only: true}
                  - {type: tmpfs, target: /scratch, tmpfs: {size: 1048576}}
                  - ./:/short:ro
                networks:
                  back: {aliases: [storage]}
                  front: {}
                secrets:
                  - token
                  - {source: token, target: token2, uid: "100", gid: "101", mode: 0400}
                configs:
                  - {source: settings, target: /etc/settings.conf}
                deploy: {\(manager)}
              plain:
                image: mixcompose-testbed/busybox:latest
                command: ["sleep", "3600"]
                deploy: {\(manager)}
            volumes:
              data:
                labels: {com.example.volume: data}
                driver_opts: {type: tmpfs, device: tmpfs}
            networks:
              back:
                driver: overlay
                labels: {com.example.net: back}
                driver_opts: {com.docker.network.driver.mtu: "1400"}
                ipam: {config: [{subnet: 10.231.77.0/24}]}
              front:
                driver: overlay
            secrets:
              token: {file: ./token.txt}
            configs:
              settings: {file: ./settings.conf}
            """, files: ["token.txt": "s3cret\n", "settings.conf": "level = 1\n"]),
        // A Windows-role service (the stand-in label) reaching a Linux one: mixcompose adds the OS constraints,
        // the injected DB_HOST and dnsrr on db; links are ignored by both.
        Fixture(name: "mixed", compose: """
            version: "3.9"
            services:
              web:
                image: mixcompose-testbed/busybox:latest
                command: ["sleep", "3600"]
                depends_on: [db]
                links: [db]
                x-mixcompose: {daemon: windows}
                deploy: {\(manager)}
              db:
                image: mixcompose-testbed/busybox:latest
                command: ["sleep", "3600"]
                ports: [{target: 5432, published: 18951, mode: host}]
                credential_spec: {registry: db-spec}
                deploy: {\(manager)}
            """, codes: ["MXC702", "MXC703"]),
    ]
}
