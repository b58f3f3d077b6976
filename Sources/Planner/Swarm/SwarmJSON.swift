/// Builders for the Engine API bodies the Swarm conversion emits: objects that leave out absent values,
/// string maps sorted by key, and base64 for secret and config data (the planner has no Foundation).
enum SwarmJSON {
    /// An object of the pairs whose value is present, in the given order.
    static func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    /// A map of strings sorted by key; nil when empty.
    static func strings(_ values: [String: String]) -> JSONValue? {
        values.isEmpty ? nil : .object(values.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    /// A list of strings; nil when empty.
    static func list(_ values: [String]) -> JSONValue? {
        values.isEmpty ? nil : .array(values.map(JSONValue.string))
    }

    /// A list; nil when empty.
    static func list(_ values: [JSONValue]) -> JSONValue? {
        values.isEmpty ? nil : .array(values)
    }

    /// A boolean that is present only when true, as Go's `omitempty` leaves `false` out.
    static func flag(_ value: Bool?) -> JSONValue? {
        value == true ? .bool(true) : nil
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Standard base64 with `=` padding, as Go's `encoding/json` writes a `[]byte`.
    static func base64(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var chunk = UInt32(bytes[index]) << 16
            if count > 1 { chunk |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { chunk |= UInt32(bytes[index + 2]) }
            for position in 0..<4 {
                out.append(position <= count ? alphabet[Int((chunk >> (18 - 6 * UInt32(position))) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
