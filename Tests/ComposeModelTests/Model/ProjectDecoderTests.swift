import Testing
import YAML

@testable import ComposeModel

@Suite struct ProjectDecoderTests {
    private func decode(_ yaml: String) throws -> Project {
        let documents = try YAMLParser.parse(Array(yaml.utf8), file: "canonical.yaml")
        let tree = try #require(documents.first)
        return ProjectDecoder.decode(tree, workingDirectory: "/p")
    }

    @Test("a canonical service decodes into typed fields with the marks of their keys")
    func decodesServiceFields() throws {
        let project = try decode(
            """
            name: demo
            services:
              web:
                image: nginx
                platform: windows/amd64
                command: ["nginx", "-g", "daemon off;"]
                environment: {A: "1", B: null}
                ports:
                  - {target: 80, published: "8080", host_ip: 127.0.0.1, protocol: tcp, mode: ingress}
                depends_on:
                  api: {condition: service_healthy, required: true}
                x-mixcompose: {daemon: linux}
              api:
                image: api
                volumes:
                  - {type: bind, source: 'C:\\data', target: 'C:\\app', read_only: true}
            """)
        #expect(project.name == "demo")
        let web = try #require(project.services["web"])
        #expect(web.image == "nginx")
        #expect(web.platform == "windows/amd64")
        #expect(web.mark(of: "platform") == Mark(file: "canonical.yaml", line: 5, column: 5))
        #expect(web.command == ["nginx", "-g", "daemon off;"])
        #expect(web.environment == ["A": "1", "B": String?.none])
        #expect(web.ports == [Service.Port(target: 80, published: "8080", hostIP: "127.0.0.1", mark: web.ports[0].mark)])
        #expect(web.dependsOn["api"]?.condition == .healthy)
        #expect(web.extensions["x-mixcompose"]?.mapping?["daemon"]?.text == "linux")
        let api = try #require(project.services["api"])
        #expect(api.volumes.first?.source == #"C:\data"#)
        #expect(api.volumes.first?.readOnly == true)
        #expect(project.serviceNames == ["api", "web"])
    }

    @Test("an unset command stays nil while an empty one is an empty list")
    func distinguishesUnsetAndEmptyCommand() throws {
        let project = try decode("services: {a: {image: x, command: null}, b: {image: x, command: []}}")
        #expect(project.services["a"]?.command == nil)
        #expect(project.services["b"]?.command == [])
    }
}
