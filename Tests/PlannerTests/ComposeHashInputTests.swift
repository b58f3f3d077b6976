import ComposeModel
import Testing

@testable import Planner

@Suite struct ComposeHashInputTests {
    @Test("each planned service carries the caller's Compose hash input for it, and none without one")
    func passedOn() throws {
        var input = PlanInput(project: try Fixture.project("services:\n  web: {image: nginx}\n  db: {image: postgres}\n"))
        input.composeHashInputs = ["web": #"{"image":"nginx"}"#]
        let plan = Planner.plan(input)
        let services = Dictionary(uniqueKeysWithValues: plan.services.map { ($0.name, $0) })
        #expect(services["web"]?.composeHashInput == #"{"image":"nginx"}"#)
        #expect(services["db"] != nil)
        #expect(services["db"]?.composeHashInput == nil)
    }
}
