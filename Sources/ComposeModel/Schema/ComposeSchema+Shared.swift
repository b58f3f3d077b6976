// Transcribed from compose-go v2.9.1 schema/compose-spec.json; keep in step with that file.
extension ComposeSchema {
    static let command = SchemaNode(
        oneOf: [
            .null,
            .string,
            SchemaNode(types: [.array], items: .string),
        ]
    )

    static let envFile = SchemaNode(
        oneOf: [
            .string,
            SchemaNode(
                types: [.array],
                items: SchemaNode(
                    oneOf: [
                        .string,
                        envFileEntry,
                    ]
                )
            ),
        ]
    )

    static let envFileEntry = SchemaNode(
        types: [.object],
        properties: [
            "path": .string,
            "format": .string,
            "required": SchemaNode(types: [.boolean, .string]),
        ],
        additionalProperties: .forbidden,
        required: ["path"]
    )

    static let labelFile = SchemaNode(
        oneOf: [
            .string,
            SchemaNode(types: [.array], items: .string),
        ]
    )

    static let stringOrList = SchemaNode(
        oneOf: [
            .string,
            listOfStrings,
        ]
    )

    static let listOfStrings = SchemaNode(types: [.array], items: .string, uniqueItems: true)

    /// `driver_opts` of networks, volumes, secrets and service network attachments.
    static let driverOptions = SchemaNode(types: [.object], patternProperties: [("^.+$", SchemaNode(types: [.string, .number]))])

    /// `external` of networks and volumes: a flag, or the deprecated `{name: …}` form.
    static let externalByName = SchemaNode(
        types: [.boolean, .string, .object],
        properties: [
            "name": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let listOrDict = SchemaNode(
        oneOf: [
            SchemaNode(
                types: [.object],
                patternProperties: [(".+", SchemaNode(types: [.string, .number, .boolean, .null]))],
                additionalProperties: .forbidden
            ),
            SchemaNode(types: [.array], items: .string, uniqueItems: true),
        ]
    )

    static let extraHosts = SchemaNode(
        oneOf: [
            SchemaNode(
                types: [.object],
                patternProperties: [(".+", SchemaNode(
                    oneOf: [
                        .string,
                        SchemaNode(types: [.array], items: .string),
                    ]
                ))],
                additionalProperties: .forbidden
            ),
            SchemaNode(types: [.array], items: .string, uniqueItems: true),
        ]
    )

    static let blkioLimit = SchemaNode(
        types: [.object],
        properties: [
            "path": .string,
            "rate": SchemaNode(types: [.integer, .string]),
        ],
        additionalProperties: .forbidden
    )

    static let blkioWeight = SchemaNode(
        types: [.object],
        properties: [
            "path": .string,
            "weight": SchemaNode(types: [.integer, .string]),
        ],
        additionalProperties: .forbidden
    )

    static let fileReferences = SchemaNode(
        types: [.array],
        items: SchemaNode(
            oneOf: [
                .string,
                fileReference,
            ]
        )
    )

    static let fileReference = SchemaNode(
        types: [.object],
        properties: [
            "source": .string,
            "target": .string,
            "uid": .string,
            "gid": .string,
            "mode": SchemaNode(types: [.number, .string]),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let ulimits = SchemaNode(
        types: [.object],
        patternProperties: [("^[a-z]+$", SchemaNode(
            oneOf: [
                SchemaNode(types: [.integer, .string]),
                SchemaNode(
                    types: [.object],
                    properties: [
                        "hard": SchemaNode(types: [.integer, .string]),
                        "soft": SchemaNode(types: [.integer, .string]),
                    ],
                    patternProperties: [("^x-", .any)],
                    additionalProperties: .forbidden,
                    required: ["soft", "hard"]
                ),
            ]
        ))]
    )
}
