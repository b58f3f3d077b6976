import ComposeModel
import Testing

@testable import Planner

@Suite struct SwarmConverterTests {
    typealias F = SwarmFixture

    @Test("a service is named <ns>_<svc> and labelled with deploy.labels, the namespace and the image, its container with the namespace")
    func namesAndLabels() throws {
        let stack = try F.stack("""
            services:
              web: {image: nginx, labels: {role: front}, deploy: {labels: {tier: web}}}
            """)
        #expect(stack.services.map(\.name) == ["ns_web"])
        #expect(F.spec(stack, "web", "Name") == .string("ns_web"))
        #expect(F.spec(stack, "web", "Labels") == .object([
            ("com.docker.stack.image", .string("nginx")), ("com.docker.stack.namespace", .string("ns")), ("tier", .string("web")),
        ]))
        #expect(F.spec(stack, "web", "TaskTemplate.ContainerSpec.Labels") == .object([
            ("com.docker.stack.namespace", .string("ns")), ("role", .string("front")),
        ]))
    }

    @Test("the container spec carries command, environment (sorted), user, durations in nanoseconds and the runtime options")
    func containerFields() throws {
        let stack = try F.stack("""
            services:
              app:
                image: busybox
                entrypoint: ["/bin/sh", "-c"]
                command: ["echo hi"]
                environment: {B: two, A: one, C: null}
                hostname: h
                working_dir: /w
                user: "1000"
                group_add: [audio]
                stop_grace_period: 1m30s
                stop_signal: SIGQUIT
                tty: true
                stdin_open: true
                read_only: true
                init: false
                sysctls: {net.core.somaxconn: "1024"}
                cap_add: [net_admin, CAP_SYS_TIME]
                cap_drop: [chown, NET_ADMIN]
                ulimits: {nofile: {soft: 10, hard: 20}, nproc: 5}
                extra_hosts: ["h1:10.0.0.1"]
                dns: [10.0.0.2]
                dns_search: [example.com]
                dns_opt: [ndots:2]
                isolation: default
                healthcheck: {test: ["CMD", "true"], interval: 2s, timeout: 500ms, start_period: 1s, retries: 3}
            """)
        let c = "TaskTemplate.ContainerSpec"
        #expect(F.strings(F.spec(stack, "app", "\(c).Command")) == ["/bin/sh", "-c"])
        #expect(F.strings(F.spec(stack, "app", "\(c).Args")) == ["echo hi"])
        #expect(F.strings(F.spec(stack, "app", "\(c).Env")) == ["A=one", "B=two", "C"])
        #expect(F.spec(stack, "app", "\(c).Hostname") == .string("h"))
        #expect(F.spec(stack, "app", "\(c).Dir") == .string("/w"))
        #expect(F.spec(stack, "app", "\(c).User") == .string("1000"))
        #expect(F.strings(F.spec(stack, "app", "\(c).Groups")) == ["audio"])
        #expect(F.spec(stack, "app", "\(c).StopGracePeriod") == .int(90_000_000_000))
        #expect(F.spec(stack, "app", "\(c).StopSignal") == .string("SIGQUIT"))
        for flag in ["TTY", "OpenStdin", "ReadOnly"] { #expect(F.spec(stack, "app", "\(c).\(flag)") == .bool(true)) }
        #expect(F.spec(stack, "app", "\(c).Init") == .bool(false))
        #expect(F.spec(stack, "app", "\(c).Sysctls.net.core.somaxconn") == nil)  // dotted key: checked whole below
        #expect(F.spec(stack, "app", "\(c).Sysctls") == .object([("net.core.somaxconn", .string("1024"))]))
        #expect(F.strings(F.spec(stack, "app", "\(c).CapabilityAdd")) == ["CAP_NET_ADMIN", "CAP_SYS_TIME"])
        #expect(F.strings(F.spec(stack, "app", "\(c).CapabilityDrop")) == ["CAP_CHOWN"])
        #expect(F.spec(stack, "app", "\(c).Ulimits.0") == .object([("Name", .string("nofile")), ("Hard", .int(20)), ("Soft", .int(10))]))
        #expect(F.spec(stack, "app", "\(c).Ulimits.1") == .object([("Name", .string("nproc")), ("Hard", .int(5)), ("Soft", .int(5))]))
        #expect(F.strings(F.spec(stack, "app", "\(c).Hosts")) == ["10.0.0.1 h1"])
        #expect(F.strings(F.spec(stack, "app", "\(c).DNSConfig.Nameservers")) == ["10.0.0.2"])
        #expect(F.strings(F.spec(stack, "app", "\(c).DNSConfig.Search")) == ["example.com"])
        #expect(F.strings(F.spec(stack, "app", "\(c).DNSConfig.Options")) == ["ndots:2"])
        #expect(F.spec(stack, "app", "\(c).Isolation") == .string("default"))
        #expect(F.spec(stack, "app", "\(c).Healthcheck") == .object([
            ("Test", .array([.string("CMD"), .string("true")])), ("Interval", .int(2_000_000_000)),
            ("Timeout", .int(500_000_000)), ("StartPeriod", .int(1_000_000_000)), ("Retries", .int(3)),
        ]))
    }

    @Test("capabilities follow the CLI: ALL alone, one both added and dropped only added, RESET left out")
    func capabilities() {
        #expect(SwarmConverter.effectiveCapabilities(add: ["all", "chown"], drop: ["ALL"]) == (["ALL"], []))
        #expect(SwarmConverter.effectiveCapabilities(add: ["reset", "kill"], drop: ["kill", " chown "]) == (["CAP_KILL"], ["CAP_CHOWN"]))
    }

    @Test("a disabled healthcheck is Test NONE")
    func healthcheckDisabled() throws {
        let stack = try F.stack("services:\n  a: {image: busybox, healthcheck: {disable: true}}\n")
        #expect(F.spec(stack, "a", "TaskTemplate.ContainerSpec.Healthcheck") == .object([("Test", .array([.string("NONE")]))]))
    }

    @Test("limits and reservations in nano-CPUs and bytes; cpus and mem_limit where deploy leaves them out")
    func resources() throws {
        let stack = try F.stack("""
            services:
              a:
                image: busybox
                deploy: {resources: {limits: {cpus: "0.5", memory: 64M, pids: 10}, reservations: {cpus: "0.25", memory: 32M}}}
              b: {image: busybox, cpus: 1.5, mem_limit: 1g, mem_reservation: 512m, pids_limit: 7}
            """)
        #expect(F.spec(stack, "a", "TaskTemplate.Resources") == .object([
            ("Limits", .object([("NanoCPUs", .int(500_000_000)), ("MemoryBytes", .int(64 << 20)), ("Pids", .int(10))])),
            ("Reservations", .object([("NanoCPUs", .int(250_000_000)), ("MemoryBytes", .int(32 << 20))])),
        ]))
        #expect(F.spec(stack, "b", "TaskTemplate.Resources") == .object([
            ("Limits", .object([("NanoCPUs", .int(1_500_000_000)), ("MemoryBytes", .int(1 << 30)), ("Pids", .int(7))])),
            ("Reservations", .object([("MemoryBytes", .int(512 << 20))])),
        ]))
        #expect(F.spec(stack, "a", "TaskTemplate.Resources") != nil)
    }

    @Test("restart_policy is mapped with nanoseconds; restart: is mapped as the CLI maps it")
    func restart() throws {
        let stack = try F.stack("""
            services:
              policy: {image: busybox, deploy: {restart_policy: {condition: on-failure, delay: 2s, max_attempts: 3, window: 1m}}}
              always: {image: busybox, restart: unless-stopped}
              failing: {image: busybox, restart: "on-failure:4"}
              never: {image: busybox, restart: "no"}
            """)
        #expect(F.spec(stack, "policy", "TaskTemplate.RestartPolicy") == .object([
            ("Condition", .string("on-failure")), ("Delay", .int(2_000_000_000)), ("MaxAttempts", .int(3)),
            ("Window", .int(60_000_000_000)),
        ]))
        #expect(F.spec(stack, "always", "TaskTemplate.RestartPolicy") == .object([("Condition", .string("any"))]))
        #expect(F.spec(stack, "failing", "TaskTemplate.RestartPolicy") == .object([
            ("Condition", .string("on-failure")), ("MaxAttempts", .int(4)),
        ]))
        #expect(F.spec(stack, "never", "TaskTemplate.RestartPolicy") == nil)
    }

    @Test("mode: replicas (or scale), global, replicated-job; update and rollback configs with the failure ratio as a fraction")
    func modeAndUpdates() throws {
        let stack = try F.stack("""
            services:
              r: {image: busybox, deploy: {replicas: 3, update_config: {delay: 1s, max_failure_ratio: 0.5, order: start-first}}}
              s: {image: busybox, scale: 2}
              g: {image: busybox, deploy: {mode: global, rollback_config: {parallelism: 0, failure_action: pause}}}
              j: {image: busybox, deploy: {mode: replicated-job, replicas: 4}}
            """)
        #expect(F.spec(stack, "r", "Mode") == .object([("Replicated", .object([("Replicas", .int(3))]))]))
        #expect(F.spec(stack, "s", "Mode") == .object([("Replicated", .object([("Replicas", .int(2))]))]))
        #expect(F.spec(stack, "g", "Mode") == .object([("Global", .object([]))]))
        #expect(F.spec(stack, "j", "Mode") == .object([("ReplicatedJob", .object([("TotalCompletions", .int(4))]))]))
        #expect(F.spec(stack, "r", "UpdateConfig") == .object([
            ("Parallelism", .int(1)), ("Delay", .int(1_000_000_000)), ("MaxFailureRatio", .double(0.5)), ("Order", .string("start-first")),
        ]))
        #expect(F.spec(stack, "g", "RollbackConfig") == .object([("Parallelism", .int(0)), ("FailureAction", .string("pause"))]))
        #expect(JSONValue.double(0.5).rendered() == "0.5\n")
    }
}
