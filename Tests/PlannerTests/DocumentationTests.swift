import ComposeModel
import Foundation
import Testing

@testable import Planner

@Suite struct DocumentationTests {
    @Test("docs/validate.md lists every code with the severity and summary the planner uses, and no others")
    func codesAreDocumented() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/validate.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `MXC") }.map { line in
            line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
        }
        let documented = rows.map {
            [$0[0].trimmingCharacters(in: ["`"]), $0[1], $0.dropFirst(2).joined(separator: " | ")]
        }
        let catalog = PlanCode.all.map { [$0.id, $0.severity.rawValue, $0.summary] }
        #expect(documented == catalog)
    }
}
