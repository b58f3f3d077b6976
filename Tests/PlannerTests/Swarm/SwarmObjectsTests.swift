import ComposeModel
import Testing

@testable import Planner

@Suite struct SwarmObjectsTests {
    typealias F = SwarmFixture

    @Test("the networks services use become attachable overlay networks with the namespace label; external ones are listed")
    func networks() throws {
        let stack = try F.stack("""
            services:
              a: {image: busybox, networks: {back: {aliases: [store]}, outside: {}}}
              b: {image: busybox}
            networks:
              back:
                internal: true
                labels: {team: x}
                driver_opts: {com.docker.network.driver.mtu: "1400"}
                ipam: {config: [{subnet: 10.9.0.0/24}]}
              unused: {}
              outside: {external: true, name: shared}
            """)
        #expect(stack.networks.map(\.name) == ["ns_back", "ns_default"])
        #expect(stack.externalNetworks == ["shared"])
        #expect(stack.networks.first?.body == .object([
            ("Name", .string("ns_back")), ("Driver", .string("overlay")), ("Internal", .bool(true)), ("Attachable", .bool(true)),
            ("IPAM", .object([("Config", .array([.object([("Subnet", .string("10.9.0.0/24"))])]))])),
            ("Options", .object([("com.docker.network.driver.mtu", .string("1400"))])),
            ("Labels", .object([("com.docker.stack.namespace", .string("ns")), ("team", .string("x"))])),
        ]))
        #expect(F.spec(stack, "a", "TaskTemplate.Networks") == .array([
            .object([("Target", .string("ns_back")), ("Aliases", .array([.string("store"), .string("a")]))]),
            .object([("Target", .string("shared")), ("Aliases", .array([.string("a")]))]),
        ]))
        #expect(F.spec(stack, "b", "TaskTemplate.Networks.0.Target") == .string("ns_default"))
    }

    @Test("mounts: named volumes in the namespace (or their name:), with labels and driver; anonymous, bind and tmpfs")
    func mounts() throws {
        let stack = try F.stack("""
            services:
              a:
                image: busybox
                volumes:
                  - data:/data
                  - named:/named:ro
                  - {type: volume, target: /anon}
                  - {type: bind, source: /srv, target: /srv, bind: {propagation: rslave}}
                  - {type: tmpfs, target: /t, tmpfs: {size: 1024}}
                  - outside:/o
            volumes:
              data: {driver: local, driver_opts: {type: tmpfs}, labels: {k: v}}
              named: {name: fixed}
              outside: {external: true}
            """)
        let m = "TaskTemplate.ContainerSpec.Mounts"
        #expect(F.spec(stack, "a", "\(m).0") == .object([
            ("Type", .string("volume")), ("Source", .string("ns_data")), ("Target", .string("/data")),
            ("VolumeOptions", .object([
                ("Labels", .object([("com.docker.stack.namespace", .string("ns")), ("k", .string("v"))])),
                ("DriverConfig", .object([("Name", .string("local")), ("Options", .object([("type", .string("tmpfs"))]))])),
            ])),
        ]))
        #expect(F.spec(stack, "a", "\(m).1.Source") == .string("fixed"))
        #expect(F.spec(stack, "a", "\(m).1.ReadOnly") == .bool(true))
        #expect(F.spec(stack, "a", "\(m).2") == .object([("Type", .string("volume")), ("Target", .string("/anon"))]))
        #expect(F.spec(stack, "a", "\(m).3.BindOptions") == .object([("Propagation", .string("rslave"))]))
        #expect(F.spec(stack, "a", "\(m).4.TmpfsOptions") == .object([("SizeBytes", .int(1024))]))
        #expect(F.spec(stack, "a", "\(m).5") == .object([
            ("Type", .string("volume")), ("Source", .string("outside")), ("Target", .string("/o")), ("VolumeOptions", .object([])),
        ]))
    }

    @Test("secrets and configs: <ns>_<name> unless name: is set, content in base64 from a file, a variable or content:")
    func fileObjects() throws {
        let stack = try F.stack("""
            services:
              a:
                image: busybox
                secrets: [token, {source: env, target: e, uid: "1", gid: "2", mode: 0400}, outside]
                configs: [{source: inline, target: /etc/inline}]
            secrets:
              token: {file: ./token.txt}
              env: {environment: TOKEN, name: fixed-env}
              outside: {external: true}
            configs:
              inline: {content: "abc"}
            """, files: ["token.txt": "hello"], environment: ["TOKEN": "xyz"])
        #expect(stack.secrets.map(\.name) == ["fixed-env", "ns_token"])
        #expect(F.value(stack.secrets.last?.body, "Data") == .string("aGVsbG8="))
        #expect(F.value(stack.secrets.first?.body, "Data") == .string("eHl6"))
        #expect(F.value(stack.secrets.first?.body, "Labels") == .object([("com.docker.stack.namespace", .string("ns"))]))
        #expect(stack.externalSecrets == ["outside"])
        #expect(F.value(stack.configs.first?.body, "Data") == .string("YWJj"))
        let refs = "TaskTemplate.ContainerSpec"
        #expect(F.spec(stack, "a", "\(refs).Secrets") == .array([
            .object([
                ("File", .object([("Name", .string("e")), ("UID", .string("1")), ("GID", .string("2")), ("Mode", .int(0o400))])),
                ("SecretID", .string("")), ("SecretName", .string("fixed-env")),
            ]),
            .object([
                ("File", .object([("Name", .string("token")), ("UID", .string("0")), ("GID", .string("0")), ("Mode", .int(0o444))])),
                ("SecretID", .string("")), ("SecretName", .string("ns_token")),
            ]),
            .object([
                ("File", .object([("Name", .string("outside")), ("UID", .string("0")), ("GID", .string("0")), ("Mode", .int(0o444))])),
                ("SecretID", .string("")), ("SecretName", .string("outside")),
            ]),
        ]))
        #expect(F.spec(stack, "a", "\(refs).Configs.0.File.Name") == .string("/etc/inline"))
        #expect(F.spec(stack, "a", "\(refs).Configs.0.ConfigName") == .string("ns_inline"))
        #expect(stack.diagnostics.items.isEmpty)
    }

    @Test("a secret whose file cannot be read or whose variable is unset is an error, not a crash")
    func unreadableContent() throws {
        let stack = try F.stack("""
            services:
              a: {image: busybox, secrets: [gone, unset]}
            secrets:
              gone: {file: ./missing.txt}
              unset: {environment: NOT_SET_ANYWHERE}
            """)
        #expect(stack.secrets.isEmpty)
        #expect(F.found(stack) == ["MXC706 - 4", "MXC706 - 5"])
        #expect(stack.diagnostics.hasErrors)
    }

    @Test("base64 as Go writes a []byte, padding included")
    func base64() {
        #expect(SwarmJSON.base64([]) == "")
        #expect(SwarmJSON.base64(Array("f".utf8)) == "Zg==")
        #expect(SwarmJSON.base64(Array("fo".utf8)) == "Zm8=")
        #expect(SwarmJSON.base64(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(SwarmJSON.base64([0xFF, 0xFE, 0x00]) == "//4A")
    }
}
