import ComposeModel
import Foundation
import Planner
import YAML

// Planner benchmark: plans generated mixed Linux/Windows projects of growing size and checks that
// 10,000 services plan well under a second and that time grows linearly.
// Run with `swift run -c release planner-bench` (add `MIXCOMPOSE_CORE_ONLY=1` to skip NIO).

/// SplitMix64: the same project on every run.
struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// A project of `count` services: a third on Windows (by platform, image family or x-mixcompose),
/// each depending on up to three earlier services, some links, published ports, peers and env.
func project(_ count: Int) -> Project {
    var random = Generator(state: 42)
    var services: [String: Service] = [:]
    let name = { (i: Int) in "svc-" + String(repeating: "0", count: 6 - String(i).count) + String(i) }
    for i in 0..<count {
        var service = Service(name: name(i), mark: Mark(file: "compose.yaml", line: i * 10 + 2, column: 3))
        for field in ["image", "platform", "depends_on", "environment", "ports", "links"] {
            service.fieldMarks[field] = Mark(file: "compose.yaml", line: i * 10 + 3, column: 5)
        }
        switch random.next(6) {
        case 0: service.image = "mcr.microsoft.com/windows/servercore:ltsc2022"
        case 1: service.image = "app/\(i):1"; service.platform = "windows/amd64"
        default: service.image = "app/\(i):1"; service.platform = random.next(2) == 0 ? "linux/amd64" : nil
        }
        if i > 0 {
            for _ in 0..<random.next(4) {
                let target = name(random.next(i))
                service.dependsOn[target] = Service.Dependency(
                    mark: Mark(file: "compose.yaml", line: i * 10 + 4, column: 7))
            }
            if random.next(5) == 0 { service.links = [name(random.next(i))] }
            if random.next(10) == 0 {
                service.extensions["x-mixcompose"] = .mapping([("peers", .sequence([.string(name(random.next(i)))]))])
            }
        }
        service.environment = ["MODE": "bench", "UPSTREAM": "http://\(name(max(0, i - 1))):8080"]
        if random.next(3) == 0 { service.ports = [Service.Port(target: 80, published: String(20000 + i))] }
        services[service.name] = service
    }
    return Project(name: "bench", workingDirectory: "/bench", services: services)
}

func measure(_ count: Int) -> (seconds: Double, errors: Int) {
    let input = PlanInput(project: project(count))
    var best = Double.infinity
    var errors = 0
    for _ in 0..<3 {
        let start = ContinuousClock.now
        let plan = Planner.plan(input)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        best = min(best, seconds)
        errors = plan.diagnostics.errors.count
    }
    return (best, errors)
}

var results: [(count: Int, seconds: Double)] = []
print("services   best of 3   µs/service   errors")
// Sizes can be given as arguments (`planner-bench 20000`) to profile one of them.
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
for count in sizes.isEmpty ? [1_250, 2_500, 5_000, 10_000, 20_000] : sizes {
    let (seconds, errors) = measure(count)
    results.append((count, seconds))
    let perService = seconds / Double(count) * 1e6
    print(
        String(count).padding(8) + "   " + "\(Int(seconds * 1000)) ms".padding(9) + "   "
            + "\(Int(perService.rounded())) µs".padding(10) + "   \(errors)")
}

let tenThousand = results.first { $0.count == 10_000 }?.seconds ?? .infinity
let growth = (results.last?.seconds ?? 0) / (results.first?.seconds ?? 1) / 16
print(
    "10,000 services: \(Int(tenThousand * 1000)) ms (goal < 1000 ms); time per service, 20,000 vs 1,250: ×"
        + String(format: "%.2f", growth))
if tenThousand >= 1 || growth > 2 {
    print("FAIL: planning is too slow or grows faster than linearly")
    exit(1)
}
print("ok")

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
