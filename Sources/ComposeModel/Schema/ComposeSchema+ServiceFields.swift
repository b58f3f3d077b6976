// Transcribed from compose-go v2.9.1 schema/compose-spec.json; keep in step with that file.
// The service properties whose schemas span several lines, kept out of `service` for size.
extension ComposeSchema {
    static let serviceBuild = SchemaNode(
        oneOf: [
            .string,
            build,
        ]
    )

    static let serviceCpuCount = SchemaNode(
        oneOf: [
            .string,
            SchemaNode(types: [.integer], minimum: 0),
        ]
    )

    static let serviceCpuPercent = SchemaNode(
        oneOf: [
            .string,
            SchemaNode(types: [.integer], minimum: 0, maximum: 100),
        ]
    )

    static let serviceDependsOn = SchemaNode(
        oneOf: [
            listOfStrings,
            SchemaNode(
                types: [.object],
                patternProperties: [("^[a-zA-Z0-9._-]+$", dependsOnEntry)],
                additionalProperties: .forbidden
            ),
        ]
    )

    static let serviceDevices = SchemaNode(
        types: [.array],
        items: SchemaNode(
            oneOf: [
                .string,
                deviceMapping,
            ]
        )
    )

    static let serviceExtends = SchemaNode(
        oneOf: [
            .string,
            SchemaNode(
                types: [.object],
                properties: [
                    "service": .string,
                    "file": .string,
                ],
                additionalProperties: .forbidden,
                required: ["service"]
            ),
        ]
    )

    static let serviceProvider = SchemaNode(
        types: [.object],
        properties: [
            "type": .string,
            "options": SchemaNode(
                types: [.object],
                patternProperties: [("^.+$", SchemaNode(
                    oneOf: [
                        SchemaNode(types: [.string, .number, .boolean]),
                        SchemaNode(types: [.array], items: SchemaNode(types: [.string, .number, .boolean])),
                    ]
                ))]
            ),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden,
        required: ["type"]
    )

    static let serviceLogging = SchemaNode(
        types: [.object],
        properties: [
            "driver": .string,
            "options": SchemaNode(
                types: [.object],
                patternProperties: [("^.+$", SchemaNode(types: [.string, .number, .null]))]
            ),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let serviceModels = SchemaNode(
        oneOf: [
            listOfStrings,
            SchemaNode(
                types: [.object],
                patternProperties: [("^[a-zA-Z0-9._-]+$", SchemaNode(
                    oneOf: [
                        SchemaNode(
                            types: [.object],
                            properties: [
                                "endpoint_var": .string,
                                "model_var": .string,
                            ],
                            patternProperties: [("^x-", .any)],
                            additionalProperties: .forbidden
                        ),
                        .null,
                    ]
                ))]
            ),
        ]
    )

    static let serviceNetworks = SchemaNode(
        oneOf: [
            listOfStrings,
            SchemaNode(
                types: [.object],
                patternProperties: [("^[a-zA-Z0-9._-]+$", SchemaNode(
                    oneOf: [
                        serviceNetworkEntry,
                        .null,
                    ]
                ))],
                additionalProperties: .forbidden
            ),
        ]
    )

    static let serviceOomScoreAdj = SchemaNode(
        oneOf: [
            .string,
            SchemaNode(types: [.integer], minimum: -1000, maximum: 1000),
        ]
    )

    static let servicePorts = SchemaNode(
        types: [.array],
        items: SchemaNode(
            oneOf: [
                .number,
                .string,
                portLong,
            ]
        ),
        uniqueItems: true
    )

    static let servicePullPolicy = SchemaNode(
        types: [.string],
        pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"
    )

    static let serviceVolumes = SchemaNode(
        types: [.array],
        items: SchemaNode(
            oneOf: [
                .string,
                volumeMount,
            ]
        ),
        uniqueItems: true
    )
}
