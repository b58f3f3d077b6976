import ComposeModel
import Testing
import YAML

@testable import Planner

@Suite struct KubernetesConverterTests {
    static let mixed = """
        name: mix
        services:
          win:
            image: mcr.microsoft.com/windows/servercore:ltsc2025
            isolation: hyperv
            credential_spec: {file: app.json}
            environment: {MODE: "on", PATH_SPEC: "$(HOME)/$$x"}
            healthcheck: {test: ["CMD-SHELL", "ping -n 1 localhost"], interval: 1500ms}
            depends_on:
              db: {condition: service_healthy, required: true}
          web:
            image: nginx
            links: ["win:legacy"]
            ports: [{target: 80, published: "8080", protocol: tcp, mode: ingress}]
            stop_signal: SIGQUIT
            depends_on:
              db: {condition: service_healthy, required: true}
          db:
            image: postgres:16
            healthcheck: {test: ["CMD-SHELL", "pg_isready"]}
          lonely:
            image: busybox
        """

    static func converted(_ yaml: String = mixed) throws -> KubernetesOutput {
        let project = try Fixture.project(yaml)
        return KubernetesConverter.convert(KubernetesInput(project: project, plan: Planner.plan(PlanInput(project: project)), namespace: "ns"))
    }

    /// The value at `path` (keys without dots and sequence indexes, dot-separated) in the object of `kind` called `name`.
    static func value(_ output: KubernetesOutput, _ kind: String, _ name: String, _ path: String) -> Node? {
        let object = output.objects.first {
            $0.mapping?["kind"]?.scalar?.text == kind && $0.mapping?["metadata"]?.mapping?["name"]?.scalar?.text == name
        }
        return path.split(separator: ".").reduce(object) { node, step in
            if let index = Int(step) { return node?.sequence.flatMap { index < $0.count ? $0[index] : nil } }
            return node?.mapping?[String(step)]
        }
    }

    static func text(_ output: KubernetesOutput, _ kind: String, _ name: String, _ path: String) -> String? {
        value(output, kind, name, path)?.scalar?.text
    }

    @Test("a Windows pod gets spec.os, the OS and build node selectors and the os=windows toleration; a Linux pod only its OS")
    func placement() throws {
        let output = try Self.converted()
        let pod = "spec.template.spec"
        #expect(Self.text(output, "Deployment", "win", "\(pod).os.name") == "windows")
        let selector = Self.value(output, "Deployment", "win", "\(pod).nodeSelector")?.mapping
        #expect(selector?["kubernetes.io/os"]?.scalar?.text == "windows")
        #expect(selector?["node.kubernetes.io/windows-build"]?.scalar?.text == "10.0.26100")
        #expect(Self.text(output, "Deployment", "win", "\(pod).tolerations.0.value") == "windows")
        #expect(Self.text(output, "Deployment", "win", "\(pod).tolerations.0.effect") == "NoSchedule")
        #expect(Self.text(output, "Deployment", "db", "\(pod).os.name") == "linux")
        #expect(Self.value(output, "Deployment", "db", "\(pod).tolerations") == nil)
        let linux = Self.value(output, "Deployment", "db", "\(pod).nodeSelector")?.mapping
        #expect(linux?.count == 1 && linux?["kubernetes.io/os"]?.scalar?.text == "linux")
    }

    @Test("the Windows build comes from the image's Windows tag, and no other tag names one")
    func windowsBuilds() {
        #expect(WindowsImageFamily.windowsBuild(of: "mcr.microsoft.com/windows/nanoserver:ltsc2019") == "10.0.17763")
        #expect(WindowsImageFamily.windowsBuild(of: "app:1.0-windowsservercore-ltsc2022") == "10.0.20348")
        #expect(WindowsImageFamily.windowsBuild(of: "mcr.microsoft.com/windows/servercore:ltsc2025") == "10.0.26100")
        #expect(WindowsImageFamily.windowsBuild(of: "mcr.microsoft.com/windows/nanoserver") == nil)
        #expect(WindowsImageFamily.windowsBuild(of: "nginx:ltsc2022x") == nil)
    }

    @Test("an injected peer variable names the peer's Service: short in Linux pods, fully qualified in Windows pods; `$` stays literal")
    func peerNames() throws {
        let output = try Self.converted()
        let env = { (service: String) in
            Self.value(output, "Deployment", service, "spec.template.spec.containers.0.env")?.sequence?.compactMap {
                item -> (String, String)? in
                guard let name = item.mapping?["name"]?.scalar?.text, let value = item.mapping?["value"]?.scalar?.text else { return nil }
                return (name, value)
            } ?? []
        }
        #expect(env("win").map { "\($0.0)=\($0.1)" } == ["DB_HOST=db.ns.svc.cluster.local", "MODE=on", "PATH_SPEC=$$(HOME)/$$$$x"])
        #expect(env("web").map { "\($0.0)=\($0.1)" } == ["DB_HOST=db", "WIN_HOST=win"])
    }

    @Test("Services exist for reached and publishing services only; a reached service with no known port is headless")
    func services() throws {
        let output = try Self.converted()
        let names = output.objects.filter { $0.mapping?["kind"]?.scalar?.text == "Service" }.compactMap {
            $0.mapping?["metadata"]?.mapping?["name"]?.scalar?.text
        }
        #expect(names == ["db", "web", "win"])
        #expect(Self.text(output, "Service", "db", "spec.clusterIP") == "None")
        #expect(Self.text(output, "Service", "web", "spec.type") == "LoadBalancer")
        #expect(Self.text(output, "Service", "web", "spec.ports.0.port") == "8080")
        #expect(Self.text(output, "Service", "web", "spec.ports.0.targetPort") == "80")
    }

    @Test("healthchecks become exec readiness probes through the pod OS's shell; service_healthy waits in a Linux init container")
    func probesAndWaits() throws {
        let output = try Self.converted()
        let probe = "spec.template.spec.containers.0.readinessProbe"
        #expect(Self.value(output, "Deployment", "win", "\(probe).exec.command")?.sequence?.compactMap(\.scalar?.text)
            == ["cmd", "/S", "/C", "ping -n 1 localhost"])
        #expect(Self.text(output, "Deployment", "win", "\(probe).periodSeconds") == "2")
        #expect(Self.value(output, "Deployment", "db", "\(probe).exec.command")?.sequence?.first?.scalar?.text == "/bin/sh")
        #expect(Self.text(output, "Deployment", "web", "spec.template.spec.initContainers.0.command.2")
            == "until nslookup db; do echo waiting for db; sleep 2; done")
        #expect(Self.value(output, "Deployment", "win", "spec.template.spec.initContainers") == nil)
    }

    @Test("what has no Kubernetes counterpart is reported at its field, with the OS reasons for Hyper-V and gMSA")
    func unconvertedFields() throws {
        let output = try Self.converted()
        let found = output.diagnostics.items.map { "\($0.service ?? "") \($0.code ?? "") \($0.mark.line)" }
        #expect(found == [
            "win MXC602 5", "win MXC602 6", "win MXC603 9", "web MXC601 13", "web MXC601 15",
        ])
        let messages = output.diagnostics.items.map(\.message)
        #expect(messages[0].contains("RuntimeClass") && messages[1].contains("gMSA"))
        #expect(messages[4].hasPrefix("stop_signal"))
    }

    @Test("volumes become claims, emptyDirs and ConfigMaps; what a cluster cannot hold is reported, not dropped")
    func storage() throws {
        let project = try Fixture.project("""
            name: st
            services:
              app:
                image: busybox
                volumes:
                  - {type: volume, source: data, target: /data}
                  - {type: volume, target: /cache}
                  - {type: tmpfs, target: /tmp, tmpfs: {size: 1024}}
                  - {type: bind, source: /p/a/app.conf, target: /etc/a.conf, read_only: true}
                  - {type: bind, source: /p/b/app.conf, target: /etc/b.conf, read_only: true}
                  - {type: bind, source: /p/site, target: /site}
                secrets: [big]
            volumes:
              data: {name: st_data}
            secrets:
              big: {name: st_big, file: /p/big.txt}
            """)
        let files = ["/p/a/app.conf": "a", "/p/b/app.conf": "b", "/p/big.txt": String(repeating: "x", count: (1 << 20) + 1)]
        let output = KubernetesConverter.convert(
            KubernetesInput(project: project, plan: Planner.plan(PlanInput(project: project)), files: files))
        let volumes = "spec.template.spec.volumes"
        #expect(Self.text(output, "Deployment", "app", "\(volumes).0.persistentVolumeClaim.claimName") == "data")
        #expect(Self.text(output, "PersistentVolumeClaim", "data", "spec.accessModes.0") == "ReadWriteOnce")
        #expect(Self.text(output, "Deployment", "app", "spec.strategy.type") == "Recreate")
        #expect(Self.value(output, "Deployment", "app", "\(volumes).1.emptyDir")?.mapping?.isEmpty == true)
        #expect(Self.text(output, "Deployment", "app", "\(volumes).2.emptyDir.medium") == "Memory")
        #expect(Self.text(output, "Deployment", "app", "\(volumes).3.configMap.name") == "app-app-conf")
        #expect(Self.text(output, "Deployment", "app", "\(volumes).4.configMap.name") == "app-4-app-conf")
        #expect(Self.value(output, "ConfigMap", "app-4-app-conf", "data")?.mapping?["app.conf"]?.scalar?.text == "b")
        #expect(Self.value(output, "Deployment", "app", "\(volumes).5") == nil)
        #expect(!output.objects.contains { $0.mapping?["kind"]?.scalar?.text == "Secret" })
        let reported = output.diagnostics.items.map(\.message)
        #expect(reported.count == 2)
        #expect(reported.contains { $0.hasPrefix("bind mount of /p/site is not converted") })
        #expect(reported.contains { $0.hasPrefix("secret big is not converted") })
    }

    @Test("names Kubernetes cannot tell apart, host-mode ports and exposed ranges are reported")
    func reportedShapes() throws {
        let output = try Self.converted("""
            name: shapes
            services:
              my_app:
                image: nginx
              my-app:
                image: nginx
                ports: [{target: 80, published: "8080", protocol: tcp, mode: host}]
                expose: ["9000-9005"]
            """)
        let messages = output.diagnostics.items.map(\.message)
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains("service my_app is not converted: its Kubernetes name my-app is my-app's"))
        #expect(messages.contains { $0.hasPrefix("port 80 in mode host") })
        #expect(messages.contains { $0.hasPrefix("expose 9000-9005 is not converted") })
        #expect(output.objects.count == 2)
    }

    @Test("a port of another protocol and a healthcheck's start_interval are reported, not dropped")
    func reportedParts() throws {
        let output = try Self.converted("""
            name: parts
            services:
              app:
                image: nginx
                ports: [{target: 80, protocol: tcp}, {target: 7000, protocol: quic}]
                healthcheck: {test: [CMD, "true"], interval: 10s, start_interval: 1s}
            """)
        let messages = output.diagnostics.items.map(\.message)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("port 7000/quic is not converted") })
        #expect(messages.contains { $0.hasPrefix("healthcheck start_interval is not converted") })
        #expect(Self.text(output, "Deployment", "app", "spec.template.spec.containers.0.ports.0.containerPort") == "80")
    }
}
