/// Compose's `${VAR}` interpolation (compose-go `template`), applied to one scalar value at a time.
///
/// Grammar: `$NAME` and `${NAME}` with NAME `[_a-zA-Z][_a-zA-Z0-9]*`, `$$` for a literal `$`, and the
/// operators `:-` `-` `:?` `?` `:+` `+`. A `$` before anything else stays as it is. Quirks of the
/// regular-expression engine Compose uses are reproduced (see `Interpolation+Engine.swift`).
package enum Interpolation {
    /// The interpolated text plus the variables that were referenced without a default and were unset.
    package struct Result: Sendable, Hashable {
        /// The text with every expression replaced.
        package var value: String
        /// Unset variables, one entry per reference in source order (duplicates kept), for the loader's
        /// `The "X" variable is not set. Defaulting to a blank string.` warnings.
        package var unsetVariables: [String]

        /// Creates a result.
        package init(value: String, unsetVariables: [String] = []) {
            self.value = value
            self.unsetVariables = unsetVariables
        }
    }

    /// How deeply `${A:-${B:-…}}` may nest: each level is a recursion of the engine, so user input
    /// must not choose the depth (real files nest a handful of levels).
    package static let maximumNesting = 200

    /// Interpolates `text`, asking `lookup` for each variable (`nil` means unset, `""` means set but empty).
    package static func substitute(
        _ text: String,
        lookup: (String) -> String?
    ) throws(InterpolationError) -> Result {
        guard containsVariable(text) else {
            return Result(value: text)
        }
        let bytes = Array(text.utf8)
        // The engine lives only inside this call, so the lookup never really escapes.
        return try withoutActuallyEscaping(lookup) { (lookup) throws(InterpolationError) -> Result in
            var engine = Engine(lookup: lookup)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            try engine.run(bytes[...], into: &output)
            return Result(value: String(decoding: output, as: UTF8.self), unsetVariables: engine.unset)
        }
    }

    /// Whether `text` contains a `$`, i.e. whether `substitute` could change it. Nearly free when it does not.
    package static func containsVariable(_ text: String) -> Bool {
        let dollar = UInt8(ascii: "$")
        if let found = text.utf8.withContiguousStorageIfAvailable({ $0.contains(dollar) }) {
            return found
        }
        return text.utf8.contains(dollar)
    }
}
