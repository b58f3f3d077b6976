import EngineAPI
import Runner

extension FakeEngine {
    func runProbe(in container: String, command: [String]) throws -> ProbeOutcome {
        let name = containers[container]?.record.name ?? container
        probes.append((name, command))
        return probeAnswer(name, command)
    }

    func maximumAPIVersion() -> APIVersion? {
        APIVersion(1, 43)
    }
}
