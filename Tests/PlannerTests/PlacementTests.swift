import ComposeModel
import Testing

@testable import Planner

@Suite struct PlacementTests {
    @Test("x-mixcompose.daemon wins over platform, and the conflict is reported")
    func extensionWinsOverPlatform() throws {
        let plan = try Fixture.plan(
            """
            services:
              app:
                image: mcr.microsoft.com/windows/nanoserver:ltsc2022
                platform: linux/amd64
                x-mixcompose: {daemon: windows}
            """)
        let app = try #require(plan.service(named: "app"))
        #expect(app.role == .windows)
        #expect(app.os == .linux)
        #expect(app.reason == "x-mixcompose.daemon: windows at compose.yaml:5:20")
        #expect(Fixture.codes(plan) == ["MXC104"])
    }

    @Test("the platform OS places a service and the reason points at platform:")
    func platformPlaces() throws {
        let plan = try Fixture.plan(
            """
            services:
              app:
                image: nginx
                platform: windows/amd64
            """, imageOS: ["nginx": .linux])
        let app = try #require(plan.service(named: "app"))
        #expect(app.role == .windows)
        #expect(app.reason == "platform: windows/amd64 at compose.yaml:4:5")
    }

    @Test("an image OS reported by a daemon beats the image's name")
    func reportedImageOS() throws {
        let plan = try Fixture.plan(
            """
            services:
              app: {image: "myorg/servercore-tools:1"}
            """, imageOS: ["myorg/servercore-tools:1": .linux])
        let app = try #require(plan.service(named: "app"))
        #expect(app.role == .linux)
        #expect(app.reason == "image os reported by daemon: linux (image myorg/servercore-tools:1 at compose.yaml:2:9)")
    }

    @Test("a well-known Windows image family places a service on Windows")
    func windowsFamily() throws {
        let plan = try Fixture.plan(
            """
            services:
              app:
                image: mcr.microsoft.com/windows/nanoserver:ltsc2022
            """)
        let app = try #require(plan.service(named: "app"))
        #expect(app.role == .windows)
        #expect(
            app.reason
                == "image mcr.microsoft.com/windows/nanoserver:ltsc2022 is a Windows image family at compose.yaml:3:5")
    }

    @Test("a build whose Dockerfile ends on a Windows base goes to Windows")
    func buildFinalFrom() throws {
        let plan = try Fixture.plan(
            """
            services:
              app:
                build: {context: /p/app, dockerfile: Dockerfile}
            """, finalFrom: ["app": "mcr.microsoft.com/dotnet/framework/aspnet:4.8"])
        let app = try #require(plan.service(named: "app"))
        #expect(app.role == .windows)
        #expect(
            app.reason
                == "build: final FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8 is a Windows image family at compose.yaml:3:5"
        )
    }

    @Test("without any hint the default OS applies and says so", arguments: [DaemonRole.linux, .windows])
    func defaultOS(role: DaemonRole) throws {
        let plan = try Fixture.plan("services: {app: {image: alpine}}", defaultOS: role)
        let app = try #require(plan.service(named: "app"))
        #expect(app.role == role)
        #expect(app.reason == "default (--default-os \(role))")
    }

    @Test("a bad x-mixcompose value is an error and placement falls through to the next rule")
    func badDaemonValue() throws {
        let plan = try Fixture.plan(
            """
            services:
              app:
                image: alpine
                platform: windows/amd64
                x-mixcompose: {daemon: freebsd, colour: blue}
            """)
        #expect(plan.service(named: "app")?.role == .windows)
        #expect(Fixture.codes(plan) == ["MXC101", "MXC102"])
        #expect(plan.hasErrors)
    }

    @Test("a platform naming another OS is a warning and does not place the service")
    func unknownPlatformOS() throws {
        let plan = try Fixture.plan("services: {app: {image: alpine, platform: darwin/arm64}}", defaultOS: .windows)
        #expect(plan.service(named: "app")?.role == .windows)
        #expect(Fixture.codes(plan) == ["MXC103"])
    }

    @Test("a build without image: is looked up as <project>-<service> among the images daemons reported")
    func builtImageName() throws {
        let plan = try Fixture.plan(
            "name: shop\nservices: {api: {build: {context: /src/api, dockerfile: Dockerfile}}}",
            imageOS: ["shop-api": .windows])
        #expect(
            plan.service(named: "api")?.reason
                == "image os reported by daemon: windows (image shop-api at compose.yaml:2:18)")
    }
}

@Suite struct WindowsImageFamilyTests {
    @Test(
        "Windows base images and Windows tags are recognised",
        arguments: [
            "mcr.microsoft.com/windows/servercore:ltsc2019",
            "mcr.microsoft.com/windows/nanoserver:1809",
            "MCR.microsoft.com/Windows/Server:ltsc2022",
            "mcr.microsoft.com/windows:20H2",
            "mcr.microsoft.com/dotnet/framework/sdk:4.8",
            "mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022",
            "mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022",
            "python:3.12-windowsservercore-ltsc2022",
            "golang:1.22-nanoserver",
            "microsoft/nanoserver",
            "microsoft/windowsservercore:latest",
            "registry.local:5000/team/app:1.0-ltsc2025",
            "docker:windows-1809",
            "mcr.microsoft.com/windows/servercore@sha256:0123abcd",
        ])
    func recognises(image: String) {
        #expect(WindowsImageFamily.contains(image))
    }

    @Test(
        "Linux images are not mistaken for Windows ones",
        arguments: [
            "nginx", "nginx:1.27-alpine", "mcr.microsoft.com/dotnet/aspnet:8.0",
            "mcr.microsoft.com/mssql/server:2022-latest",
            "servercore.example.com/app:1", "ubuntu:2004", "registry.local:5000/ltsc2022", "node:20-bookworm",
        ])
    func rejects(image: String) {
        #expect(!WindowsImageFamily.contains(image))
    }
}
