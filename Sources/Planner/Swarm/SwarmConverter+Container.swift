import ComposeModel

extension SwarmConverter {
    /// `ContainerSpec`, field by field as the CLI's `convert.Service` fills it; `Env` sorted, with each injected
    /// `<P>_HOST` naming P's service (its alias on the stack's overlay networks).
    mutating func containerSpec(of service: Service, planned: PlannedService, image: String) -> JSONValue {
        var env = service.environment.map { name, value in value.map { "\(name)=\($0)" } ?? name }
        for (variable, value) in planned.inject.env { env.append("\(variable)=\(value.peer)") }
        if let check = service.healthcheck, check.disable != true, check.startInterval != nil {
            report(.swarmIgnored, "healthcheck start_interval is left out: Engine API 1.41 has no such field", service, field: "healthcheck")
        }
        let (capAdd, capDrop) = Self.effectiveCapabilities(add: service.capAdd, drop: service.capDrop)
        let dns = service.dns.isEmpty && service.dnsSearch.isEmpty && service.dnsOpt.isEmpty
            ? nil
            : SwarmJSON.object([
                ("Nameservers", SwarmJSON.list(service.dns)), ("Search", SwarmJSON.list(service.dnsSearch)),
                ("Options", SwarmJSON.list(service.dnsOpt)),
            ])
        return SwarmJSON.object([
            ("Image", .string(image)),
            ("Labels", stackLabels(service.labels)),
            ("Command", service.entrypoint.map { .array($0.map(JSONValue.string)) }),
            ("Args", service.command.map { .array($0.map(JSONValue.string)) }),
            ("Hostname", service.hostname.map(JSONValue.string)),
            ("Env", SwarmJSON.list(env.sorted())),
            ("Dir", service.workingDir.map(JSONValue.string)),
            ("User", service.user.map(JSONValue.string)),
            ("Groups", SwarmJSON.list(service.groupAdd)),
            ("Privileges", privileges(of: service, os: planned.os)),
            ("Init", service.initProcess.map(JSONValue.bool)),
            ("TTY", SwarmJSON.flag(service.tty)),
            ("OpenStdin", SwarmJSON.flag(service.stdinOpen)),
            ("ReadOnly", SwarmJSON.flag(service.readOnly)),
            ("Mounts", SwarmJSON.list(mounts(of: service))),
            ("StopSignal", service.stopSignal.map(JSONValue.string)),
            ("StopGracePeriod", service.stopGracePeriod.flatMap(Self.nanoseconds)),
            ("Healthcheck", service.healthcheck.map(Self.healthcheck)),
            ("Hosts", SwarmJSON.list(service.extraHosts.compactMap(Self.hostsLine))),
            ("DNSConfig", dns),
            ("Secrets", SwarmJSON.list(fileReferences(of: service, secrets: true))),
            ("Configs", SwarmJSON.list(fileReferences(of: service, secrets: false))),
            ("Isolation", service.isolation.map(JSONValue.string)),
            ("Sysctls", SwarmJSON.strings(service.sysctls)),
            ("CapabilityAdd", SwarmJSON.list(capAdd)),
            ("CapabilityDrop", SwarmJSON.list(capDrop)),
            ("Ulimits", SwarmJSON.list(service.ulimits.sorted { $0.key < $1.key }.map { name, limit in
                SwarmJSON.object([
                    ("Name", .string(name)),
                    ("Hard", .int(Int(limit.single ?? limit.hard ?? 0))),
                    ("Soft", .int(Int(limit.single ?? limit.soft ?? 0))),
                ])
            })),
        ])
    }

    /// `Test`, then durations in nanoseconds; `disable: true` is `["NONE"]`, as the CLI sends it.
    static func healthcheck(_ check: Service.Healthcheck) -> JSONValue {
        if check.disable == true { return SwarmJSON.object([("Test", .array([.string("NONE")]))]) }
        return SwarmJSON.object([
            ("Test", check.test.map { .array($0.map(JSONValue.string)) }),
            ("Interval", check.interval.flatMap(nanoseconds)),
            ("Timeout", check.timeout.flatMap(nanoseconds)),
            ("StartPeriod", check.startPeriod.flatMap(nanoseconds)),
            ("Retries", check.retries.map(JSONValue.int)),
        ])
    }

    /// An `extra_hosts` entry (`host=ip` as the loader writes it, or `host:ip`) in SwarmKit's `ip host` form.
    static func hostsLine(_ entry: String) -> String? {
        let separator: Character = entry.contains("=") ? "=" : ":"
        let parts = entry.split(separator: separator, maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return "\(parts[1]) \(parts[0])"
    }

    /// The CLI's `opts.EffectiveCapAddCapDrop`: names upper-cased with `CAP_`, `ALL` alone when listed,
    /// a capability both added and dropped only added, each list sorted.
    static func effectiveCapabilities(add: [String], drop: [String]) -> (add: [String], drop: [String]) {
        let normalize = { (name: String) -> String in
            let upper = name.filter { !$0.isWhitespace }.uppercased()
            return upper == "ALL" || upper == "RESET" || upper.hasPrefix("CAP_") ? upper : "CAP_" + upper
        }
        var added = Set(add.map(normalize)), dropped = Set(drop.map(normalize))
        if added.contains("ALL") { added = ["ALL"] }
        if dropped.contains("ALL") { dropped = ["ALL"] }
        dropped.subtract(added)
        return (added.subtracting(["RESET"]).sorted(), dropped.subtracting(["RESET"]).sorted())
    }

    /// `Privileges.CredentialSpec` from `credential_spec` (file, registry or a config of the stack);
    /// a reminder on Windows services that gMSA needs the nodes prepared.
    private mutating func privileges(of service: Service, os: DaemonRole) -> JSONValue? {
        guard let spec = service.credentialSpec else { return nil }
        if os == .windows {
            report(
                .swarmWindows,
                "credential_spec (gMSA) works only on Windows nodes joined to the domain with the gMSA account installed (and, for file:, the spec in C:\\ProgramData\\Docker\\CredentialSpecs)",
                service, field: "credential_spec")
        } else {
            report(.swarmIgnored, "credential_spec (gMSA) has no effect on a Linux service", service, field: "credential_spec")
        }
        let config = spec.config.flatMap { key in
            input.project.configs[key].map { objectName(key: key, name: $0.name, external: $0.external) }
        }
        return SwarmJSON.object([("CredentialSpec", SwarmJSON.object([
            ("Config", config.map(JSONValue.string)), ("File", spec.file.map(JSONValue.string)),
            ("Registry", spec.registry.map(JSONValue.string)),
        ]))])
    }
}
