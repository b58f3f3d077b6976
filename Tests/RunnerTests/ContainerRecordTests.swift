import EngineAPI
import Foundation
import Testing

@testable import Runner

@Suite struct ContainerRecordTests {
    private func record(_ name: String, project: String = "demo", service: String = "web", number: String = "2") -> ContainerRecord {
        ContainerRecord(
            id: "x", name: name,
            labels: [Labels.project: project, Labels.service: service, Labels.containerNumber: number])
    }

    @Test("the display name drops the project from a default container name, as Compose's prefixes do")
    func defaultName() {
        #expect(record("demo-web-2").displayName == "web-2")
        #expect(record("my-app-web-2", project: "my-app").displayName == "web-2")
    }

    @Test("a custom container_name, or a name without Compose labels, is shown in full")
    func customName() {
        #expect(record("frontdoor").displayName == "frontdoor")
        #expect(record("demo-web-3").displayName == "demo-web-3")
        #expect(ContainerRecord(id: "x", name: "demo-web-1").displayName == "demo-web-1")
    }

    @Test("a listed container's exit code and health are read from its status, as the list gives no other")
    func summaryStatus() throws {
        let decode = { (status: String) throws -> ContainerRecord in
            let json = #"{"Id": "abc", "Names": ["/p-web-1"], "State": "exited", "Status": "\#(status)"}"#
            return ContainerRecord(summary: try JSONDecoder().decode(ContainerSummary.self, from: Data(json.utf8)))
        }
        #expect(try decode("Exited (137) 5 seconds ago").exitCode == 137)
        #expect(try decode("Exited (0) About a minute ago").exitCode == 0)
        #expect(try decode("Up 2 minutes (healthy)").exitCode == nil)
        #expect(try decode("Up 2 minutes (healthy)").health == "healthy")
    }
}
