import Testing

@testable import Runner

@Suite struct ProgressBoardTests {
    @Test("statuses ending in -ing are in progress, except Running", arguments: [
        ("Creating", true), ("Pulling", true), ("Waiting", true), ("Running", false), ("Started", false),
        ("Recreate", true), ("Recreated", false), ("Removed", false),
    ])
    func working(status: String, isWorking: Bool) {
        #expect(ProgressBoard.isWorking(status) == isWorking)
    }

    @Test("the same name on two daemons is two rows, and an update keeps a row's place")
    func rowsByResource() {
        var board = ProgressBoard()
        board.apply(ProgressEvent(.container, "demo-web-1", "Recreated", role: "linux"), at: .zero)
        board.apply(ProgressEvent(.container, "demo-web-1", "Creating", role: "windows"), at: .seconds(1))
        board.apply(ProgressEvent(.network, "demo_default", "Created", role: "windows"), at: .seconds(1))
        board.apply(ProgressEvent(.container, "demo-web-1", "Created", role: "windows"), at: .seconds(2))
        #expect(board.rows.map(\.event.role) == ["linux", "windows", "windows"])
        #expect(board.rows[1].event.status == "Created")
        #expect(board.rows[1].started == .seconds(1) && board.rows[1].ended == .seconds(2))
        #expect(board.done == 3)
    }

    @Test("a finished resource worked on again times the new step from its new start")
    func restartedRow() {
        var board = ProgressBoard()
        board.apply(ProgressEvent(.container, "demo-web-1", "Stopped"), at: .seconds(1))
        board.apply(ProgressEvent(.container, "demo-web-1", "Starting"), at: .seconds(5))
        #expect(board.rows.first?.started == .seconds(5))
        #expect(board.rows.first?.ended == nil)
        #expect(board.done == 0)
    }
}
