import Planner

// The few edits and reads the runner makes on the converter's request bodies: it adds labels, fills in the
// IDs only the manager knows, and reads the replica count and restart condition it waits by.
extension JSONValue {
    /// The value of `key` in an object, nil for a missing key or another kind of value.
    subscript(key: String) -> JSONValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.0 == key }?.1
    }

    /// Sets `key` of an object (appended when new; a non-object becomes one).
    mutating func set(_ key: String, _ value: JSONValue) {
        var fields: [(String, JSONValue)] = []
        if case .object(let existing) = self { fields = existing }
        if let index = fields.firstIndex(where: { $0.0 == key }) {
            fields[index].1 = value
        } else {
            fields.append((key, value))
        }
        self = .object(fields)
    }

    /// Edits the value of `key` in place (starting from an empty object when missing).
    mutating func update(_ key: String, _ edit: (inout JSONValue) -> Void) {
        var value = self[key] ?? .object([])
        edit(&value)
        set(key, value)
    }

    /// The text of a string value.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number of an integer value.
    var int: Int? {
        if case .int(let number) = self { return number }
        return nil
    }

    /// The elements of an array value.
    var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The compact bytes sent to the manager (the rendering is pretty-printed; the daemon does not mind).
    var bytes: [UInt8] { Array(rendered().utf8) }

    /// The string labels of an object's `Labels` field.
    var labels: [String: String] {
        guard case .object(let fields)? = self["Labels"] else { return [:] }
        return Dictionary(fields.compactMap { key, value in value.string.map { (key, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    /// Adds (or replaces) one label in the object's `Labels`.
    mutating func setLabel(_ key: String, _ value: String) {
        update("Labels") { $0.set(key, .string(value)) }
    }
}
