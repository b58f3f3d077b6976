import Testing

@testable import ComposeModel

@Suite struct ConfigListingTests {
    static let compose = """
        name: demo
        services:
          web: {image: "nginx:1.27", networks: [front], volumes: ["data:/data"]}
          builder: {build: .}
          debugger: {image: busybox, profiles: [debug, extra]}
        networks: {front: {}, back: {}}
        volumes: {data: {}, cache: {}}
        """

    private func lines(_ listing: ConfigListing, profiles: [String] = []) throws -> [String] {
        let result = try TemporaryProject(["compose.yaml": Self.compose]).load(profiles: profiles)
        let project = try #require(result.project, "\(result.errorText)")
        return listing.lines(of: project, loaded: result)
    }

    @Test("images name each active service's image, or the one up builds for it, sorted by service")
    func images() throws {
        #expect(try lines(.images) == ["demo-builder", "nginx:1.27"])
        #expect(try lines(.images, profiles: ["debug"]) == ["demo-builder", "busybox", "nginx:1.27"])
    }

    @Test("volumes and networks list what the project keeps after pruning; profiles list every declared one")
    func resources() throws {
        #expect(try lines(.volumes) == ["data"])
        #expect(try lines(.networks) == ["default", "front"])
        #expect(try lines(.profiles) == ["debug", "extra"])
        #expect(try lines(.services) == ["builder", "web"])
    }

    @Test("only --images is narrowed by services named on the command line, as in Docker Compose")
    func selection() {
        #expect(ConfigListing.allCases.filter(\.honoursServiceSelection) == [.images])
    }
}
