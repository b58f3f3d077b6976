import Foundation

extension Testbed {
    static let referenceComposeVariable = "MIXCOMPOSE_REFERENCE_COMPOSE"

    /// The reference Docker Compose v2 binary installed by `scripts/reference-compose`, if configured.
    static var referenceCompose: String? {
        guard let path = ProcessInfo.processInfo.environment[referenceComposeVariable], !path.isEmpty
        else { return nil }
        return path
    }

    /// Whether differential tests against Docker Compose should run: always under CI, elsewhere when configured.
    static var shouldCompareWithReference: Bool { isCI || referenceCompose != nil }

    /// The reference binary, or an error telling how to install it.
    static func requireReferenceCompose() throws(Unavailable) -> String {
        guard let path = referenceCompose else {
            throw Unavailable(
                description: "\(referenceComposeVariable) is not set; "
                    + "run `export \(referenceComposeVariable)=\"$(scripts/reference-compose)\"`")
        }
        return path
    }
}
