import ComposeModel
import YAML

/// Checks each service's options against the OS of its containers.
enum OSRules {
    static func check(_ services: [Service], placements: [Placement], input: PlanInput, findings: inout Findings) {
        for index in services.indices {
            var rules = ServiceRules(services: services, index: index)
            rules.checkUnsupported()
            switch placements[index].os {
            case .windows: rules.checkWindows(fileBindSources: input.fileBindSources)
            case .linux: rules.checkLinux()
            }
            findings.append(rules.findings)
        }
    }
}

/// The OS checks of one service, with a shorthand for reporting at a field's mark.
struct ServiceRules {
    let services: [Service]
    let index: Int
    var findings = Findings()

    init(services: [Service], index: Int) {
        self.services = services
        self.index = index
    }

    /// The service checked, borrowed from the array: a `Service` is large, and copying one per rule
    /// pass showed up in the 10,000-service benchmark.
    var service: Service {
        _read { yield services[index] }
    }

    /// Reports `code` at the key of `field`.
    mutating func report(_ code: PlanCode, _ message: String, field: String, severity: Diagnostic.Severity? = nil) {
        findings.report(code, message, at: service.mark(of: field), service: service.name, severity: severity)
    }

    /// Reports `code` at `mark` (a port or mount entry).
    mutating func report(_ code: PlanCode, _ message: String, at mark: Mark, severity: Diagnostic.Severity? = nil) {
        findings.report(
            code, message, at: mark.isKnown ? mark : service.mark, service: service.name, severity: severity)
    }

    /// The Linux container rules.
    mutating func checkLinux() {
        for volume in service.volumes {
            if volume.type == .npipe || ContainerPath.isPipe(volume.target)
                || volume.source.map(ContainerPath.isPipe) == true
            {
                report(
                    .linuxPipe, "named pipe mount \(volume.source ?? volume.target) needs a Windows container",
                    at: volume.mark)
            } else if ContainerPath.isWindows(volume.target) {
                report(
                    .linuxWindowsPath, "mount target \(volume.target) is a Windows path; a Linux container needs /path",
                    at: volume.mark)
            }
        }
        if let dir = service.workingDir, ContainerPath.isWindows(dir) {
            report(
                .linuxWindowsPath, "working_dir \(dir) is a Windows path; a Linux container needs /path",
                field: "working_dir")
        }
        if let isolation = service.isolation, isolation.lowercased() != "default", !isolation.isEmpty {
            report(
                .linuxIsolation, "isolation: \(isolation) needs a Windows daemon; Linux only takes default",
                field: "isolation")
        }
        if service.credentialSpec != nil {
            report(
                .linuxCredentialSpec, "credential_spec (gMSA) only applies to Windows containers",
                field: "credential_spec")
        }
        if service.securityOpt.contains(where: { $0.lowercased().hasPrefix("credentialspec=") }) {
            report(
                .linuxCredentialSpec, "security_opt credentialspec= only applies to Windows containers",
                field: "security_opt")
        }
        if service.cpuCount != nil {
            report(.linuxCPUPercent, "cpu_count is Windows-only; a Linux daemon discards it", field: "cpu_count")
        }
        if service.cpuPercent != nil {
            report(.linuxCPUPercent, "cpu_percent is Windows-only; a Linux daemon discards it", field: "cpu_percent")
        }
    }
}
