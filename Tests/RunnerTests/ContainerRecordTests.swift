import Testing
import Runner

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
}
