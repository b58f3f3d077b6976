import ComposeModel
import Foundation
import Testing
import YAML

@testable import Planner

@Suite struct DiagnosticRendererTests {
    static let sample: [Diagnostic] = [
        .error(
            "privileged mode is not supported for Windows containers",
            at: Mark(file: "compose.yaml", line: 4, column: 5),
            code: "MXC201", service: "web"),
        .warning(
            "a: b, c\n100% sure", at: Mark(file: "dir, x/compose:1.yaml", line: 2, column: 3), code: "MXC220",
            service: "web"),
        .error("services must be a mapping", at: .none),
    ]

    @Test("text is compiler-style with the code in brackets")
    func text() {
        #expect(
            DiagnosticRenderer.text(Self.sample) == """
                compose.yaml:4:5: error: privileged mode is not supported for Windows containers [MXC201]
                dir, x/compose:1.yaml:2:3: warning: a: b, c
                100% sure [MXC220]
                error: services must be a mapping

                """)
    }

    @Test("GitHub annotations escape properties and data as the Actions runner expects")
    func github() {
        #expect(
            DiagnosticRenderer.github(Self.sample) == """
                ::error file=compose.yaml,line=4,col=5,title=MXC201::privileged mode is not supported for Windows containers
                ::warning file=dir%2C x/compose%3A1.yaml,line=2,col=3,title=MXC220::a: b, c%0A100%25 sure
                ::error title=mixcompose::services must be a mapping

                """)
    }

    @Test("JSON lists every diagnostic with nulls for what is unknown")
    func json() throws {
        let data = Data(DiagnosticRenderer.json(Self.sample).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(items.count == 3)
        #expect(items[0]["code"] as? String == "MXC201")
        #expect(items[0]["line"] as? Int == 4)
        #expect(items[0]["service"] as? String == "web")
        #expect(items[2]["file"] is NSNull && items[2]["code"] is NSNull)
    }

    @Test("every plan code has a unique MXC id whose hundreds digit names its family")
    func codeCatalog() {
        let ids = PlanCode.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        #expect(
            ids.allSatisfy {
                $0.hasPrefix("MXC") && $0.count == 6 && ["1", "2", "3", "4", "5", "6", "7"].contains($0.dropFirst(3).prefix(1))
            })
    }
}
