import ComposeModel
import Testing

@testable import Planner

/// The plan's per-edge peer addresses (`PlannedRoute`).
@Suite struct PlannedRouteTests {
    private static let mixed = """
        services:
          db: {image: postgres, platform: linux/amd64}
          iis: {image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022}
          app: {image: mcr.microsoft.com/dotnet/framework/aspnet:4.8, depends_on: [db, iis]}
          proxy: {image: nginx, links: [iis]}
        """

    @Test("each cross-daemon route says its address kind and why: forced by peer-address, or auto decided at up")
    func routes() throws {
        let forced = try Fixture.plan(
            """
            services:
              db: {image: postgres, platform: linux/amd64, ports: [{target: 5432, published: "15432"}, {target: 6379, published: "6379"}]}
              iis: {image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022}
              app: {image: mcr.microsoft.com/dotnet/framework/aspnet:4.8, depends_on: [db, iis]}
              proxy: {image: nginx, links: [iis]}
            x-mixcompose: {linux: {peer-address: published}, windows: {peer-address: ip}}
            """)
        let app = try #require(forced.service(named: "app"))
        #expect(app.routes.map(\.address) == [PlannedRoute.Address.published])
        #expect(app.routes.first?.reason == "x-mixcompose.linux.peer-address: published")
        #expect(app.routes.first?.portVariables == [PlannedRoute.PortVariable(name: "DB_PORT_5432", value: "15432")])
        #expect(try #require(forced.service(named: "proxy")).routes.map(\.address) == [PlannedRoute.Address.ip])
        let auto = try Fixture.plan(Self.mixed)
        let route = try #require(auto.service(named: "app")?.routes.first)
        #expect(route.address == PlannedRoute.Address.auto)
        #expect(route.reason.contains("decided at up from /info"))
        #expect(try #require(auto.service(named: "proxy")).routes.map(\.address) == [PlannedRoute.Address.ip], "Windows container IPs always route")
    }
}
