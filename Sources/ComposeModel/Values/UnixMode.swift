/// File modes of service `secrets`/`configs` (`mode`), read and printed as Compose does.
package enum UnixMode {
    /// Reads a mode given as a YAML string: always octal, without prefix (`"0440"` → 288, `"440"` → 288).
    /// Go's `strconv.ParseInt(s, 8, 64)` errors: `"0o400"`, `"8"` and `""` are `invalid syntax`.
    /// An integer mode needs no parsing: YAML already read `0440` as octal (288) and `440` as decimal.
    package static func parse(_ s: String) throws(ValueError) -> Int {
        Int(try GoParse.int(s, base: 8))
    }

    /// Compose's output form, Go's `fmt.Sprintf("0%o", mode)`: 288 → `"0440"`, 440 → `"0670"`, -1 → `"0-1"`.
    package static func format(_ mode: Int) -> String {
        mode < 0 ? "0-" + String(mode.magnitude, radix: 8) : "0" + String(mode, radix: 8)
    }
}
