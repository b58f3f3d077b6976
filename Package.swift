// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "mixcompose",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mixcompose", targets: ["mixcompose"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.25.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.30.0"),
    ],
    targets: [
        // The only C surface: libyaml, linked from the system (Debian: libyaml-dev).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAML", dependencies: ["CYAML"]),
        .target(name: "ComposeModel", dependencies: ["YAML"]),
        .target(name: "Planner", dependencies: ["ComposeModel"]),
        .target(
            name: "EngineAPI",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Runner",
            dependencies: [
                "Planner", "ComposeModel", "EngineAPI",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "mixcompose",
            dependencies: [
                "ComposeModel", "Planner", "Runner", "EngineAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // bench/loader.sh: times the loader and a raw libyaml parse (not a test).
        .executableTarget(name: "loader-bench", dependencies: ["ComposeModel", "YAML"], path: "bench/LoaderBench"),
        // `swift run -c release planner-bench`: planning time for generated projects up to 20,000 services.
        .executableTarget(name: "planner-bench", dependencies: ["Planner", "ComposeModel", "YAML"], path: "bench/planner"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "ComposeModelTests", dependencies: ["ComposeModel", "YAML"], exclude: ["Fixtures"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "ComposeModel"]),
        .testTarget(
            name: "EngineAPITests",
            dependencies: [
                "EngineAPI",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "Planner", "ComposeModel", "EngineAPI"]),
        // Runs the built `mixcompose` binary: differential tests against Docker Compose v2 and
        // end-to-end tests against the two testbed daemons. Depending on `mixcompose` makes `swift test` build it.
        .testTarget(name: "EndToEndTests", dependencies: ["ComposeModel", "EngineAPI", "Planner", "mixcompose"], exclude: ["UpFixtures"]),
    ]
)

// scripts/fuzz: the libFuzzer target over the loader. libFuzzer supplies `main`, so the target links only
// with `--sanitize=fuzzer` and exists only when MIXCOMPOSE_FUZZ is set.
if ProcessInfo.processInfo.environment["MIXCOMPOSE_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(name: "compose-fuzz", dependencies: ["ComposeModel", "YAML"], path: "fuzz/ComposeFuzz"))
}

// `MIXCOMPOSE_CORE_ONLY=1 swift test` builds only the pure modules (YAML, ComposeModel, Planner) and
// their tests, skipping SwiftNIO and async-http-client: a fast loop when working on the loader or planner.
if ProcessInfo.processInfo.environment["MIXCOMPOSE_CORE_ONLY"] != nil {
    let core: Set<String> = [
        "CYAML", "YAML", "ComposeModel", "Planner", "YAMLTests", "ComposeModelTests", "PlannerTests", "planner-bench",
        "loader-bench", "compose-fuzz",
    ]
    package.targets.removeAll { !core.contains($0.name) }
    package.products.removeAll()
    package.dependencies.removeAll()
}

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
