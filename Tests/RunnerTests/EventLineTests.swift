import EngineAPI
import Foundation
@testable import Runner
import Testing

/// `events` prints what it printed while it used Foundation's formatters (full Foundation, which the release
/// binary no longer links): the same local time, zone and JSON bytes.
@Suite struct EventLineTests {
    @Test("event lines and JSON objects are byte for byte what DateFormatter, ISO8601DateFormatter and JSONSerialization made")
    func sameAsFoundation() throws {
        let times: [Int64] = [0, 1_765_000_000_000_000_000, 1_765_000_000_123_456_789, 1_751_234_567_100_000_000, 951_782_400_000_001_000]
        let labels = [
            "name": "demo-web-1", "com.docker.compose.service": "web", "image": "registry:5000/a/b:1", "exitCode": "0",
            "note": "quote \" back \\ tab \t nl \n é ü 😀 a/b",
        ]
        for time in times {
            let line = EventLine(role: "linux", event: ContainerEvent(containerID: "abc", action: .die(exitCode: 0), labels: labels, time: time))
            #expect(line.text == Self.foundationText(line), "\(time)")
            #expect(line.json == Self.foundationJSON(line), "\(time)")
        }
    }

    @Test("the JSON object's attributes are sorted by bytes, as Go's encoding/json sorts a map (not Foundation's numeric order)")
    func attributesInGoOrder() {
        let labels = ["a2": "", "a10": "", "B": "", "com.docker.compose.service": "web"]
        let line = EventLine(role: "linux", event: ContainerEvent(containerID: "abc", action: .start, labels: labels, time: 0))
        #expect(line.json.hasPrefix(#"{"action":"start","attributes":{"B":"","a10":"","a2":""},"daemon":"linux","#), "\(line.json)")
    }

    // The implementation EventLine had before FoundationEssentials.
    private static func foundationText(_ line: EventLine) -> String {
        let event = line.event
        let date = Date(timeIntervalSince1970: Double(event.time / 1_000_000_000))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let micro = String(format: "%06d", Int(event.time % 1_000_000_000 / 1000))
        let pairs = ["daemon=\(line.role)"] + line.attributes.keys.sorted().map { "\($0)=\(line.attributes[$0] ?? "")" }
        return "\(formatter.string(from: date)).\(micro) container \(event.name) \(event.containerID) (\(pairs.joined(separator: ", ")))"
    }

    private static func foundationJSON(_ line: EventLine) -> String {
        let event = line.event
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        let seconds = formatter.string(from: Date(timeIntervalSince1970: Double(event.time / 1_000_000_000)))
        var nanos = String(format: "%09d", Int(event.time % 1_000_000_000))
        while nanos.hasSuffix("0") { nanos.removeLast() }
        let time = seconds.prefix(19) + (nanos.isEmpty ? "" : "." + nanos) + seconds.dropFirst(19)
        let object: [String: Any] = [
            "time": time, "type": "container", "service": event.labels["com.docker.compose.service"] ?? "",
            "id": event.containerID, "action": event.name, "attributes": line.attributes, "daemon": line.role,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
