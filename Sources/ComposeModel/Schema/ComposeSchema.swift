// Transcribed from compose-go v2.9.1 schema/compose-spec.json; keep in step with that file.
/// The Compose file schema of compose-go v2.9.1 (the schema Docker Compose v2.40.3 validates
/// against), transcribed from its `compose-spec.json` into `SchemaNode` tables. `document` is the
/// root; each `static let` is one definition or one inline object of the JSON file.
package enum ComposeSchema {
    static let document = SchemaNode(
        types: [.object],
        properties: [
            "version": .string,
            "name": .string,
            "include": SchemaNode(types: [.array], items: include),
            "services": SchemaNode(
                types: [.object],
                patternProperties: [("^[a-zA-Z0-9._-]+$", service)],
                additionalProperties: .forbidden
            ),
            "models": SchemaNode(types: [.object], patternProperties: [("^[a-zA-Z0-9._-]+$", model)]),
            "networks": SchemaNode(types: [.object], patternProperties: [("^[a-zA-Z0-9._-]+$", network)]),
            "volumes": SchemaNode(
                types: [.object],
                patternProperties: [("^[a-zA-Z0-9._-]+$", volume)],
                additionalProperties: .forbidden
            ),
            "secrets": SchemaNode(
                types: [.object],
                patternProperties: [("^[a-zA-Z0-9._-]+$", secret)],
                additionalProperties: .forbidden
            ),
            "configs": SchemaNode(
                types: [.object],
                patternProperties: [("^[a-zA-Z0-9._-]+$", config)],
                additionalProperties: .forbidden
            ),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )
}
