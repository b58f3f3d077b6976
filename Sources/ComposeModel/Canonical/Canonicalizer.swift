import YAML

/// Turns one interpolated Compose document into the long form Docker Compose prints with
/// `config --format json`: type casts, schema validation, then every short syntax expanded.
/// Problems go to `diagnostics` with the position of the offending node; the returned tree keeps
/// source marks and `!reset`/`!override` tags for the loader's merge.
package enum Canonicalizer {
    /// Casts, validates and canonicalises `document`; never stops at the first problem.
    /// Taking the document by value lets a caller that hands over its only reference have it
    /// edited in place instead of copied.
    package static func canonicalize(_ document: consuming Node, options: CanonicalOptions, diagnostics: inout Diagnostics) -> Node {
        guard document.mapping != nil else {
            diagnostics.error("top-level object must be a mapping", at: document.mark)
            return document
        }
        var pass = CanonicalPass(options: options)
        var cast = document
        TypeCasts.apply(to: &cast, diagnostics: &pass.diagnostics)
        for violation in validate(cast, options: options) {
            pass.diagnostics.error(violation.description, at: violation.mark)
        }
        pass.canonicalize(&cast)
        diagnostics.append(contentsOf: pass.diagnostics)
        return cast
    }

    /// Schema violations of `document`, allowing null services in override documents and a null `include`
    /// (Compose applies `include` before validating, so `include:` with no value never meets the schema).
    static func validate(_ document: Node, options: CanonicalOptions) -> [SchemaViolation] {
        guard var top = document.mapping else { return SchemaValidator.validate(document, against: ComposeSchema.document) }
        var edited = false
        if top["include"]?.isNull == true {
            top["include"] = nil
            edited = true
        }
        if options.isOverride, var services = top["services"]?.mapping {
            services.entries.removeAll { $0.value.isNull && SchemaPattern.matches(SchemaPattern.resourceName, $0.name) }
            top["services"]?.content = .mapping(services)
            edited = true
        }
        guard edited else { return SchemaValidator.validate(document, against: ComposeSchema.document) }
        var stripped = document
        stripped.content = .mapping(top)
        return SchemaValidator.validate(stripped, against: ComposeSchema.document)
    }
}
