import EngineAPI
import Runner

extension FakeEngine {
    func removeImage(_ name: String, force: Bool, noPrune: Bool) throws {
        calls.append("remove image \(name)")
        try failIfScripted("remove image \(name)")
        // As the daemon, `busybox:latest` names `busybox` too.
        let bare = name.hasSuffix(":latest") ? String(name.dropLast(7)) : name
        let named = { (reference: String) in reference == name || reference == bare || self.imageIDs[reference] == name }
        if !force, containers.values.contains(where: { named($0.record.image) }) {
            throw EngineError.http(status: 409, message: "conflict: unable to remove repository reference \"\(name)\" (must force)")
        }
        for reference in images.keys where named(reference) { images[reference] = nil }
    }

    /// A local image of `os` with `labels`, as a build would leave it.
    func add(image reference: String, os: String = "linux", labels: [String: String] = [:]) {
        images[reference] = os
        imageLabels[reference] = labels
    }

    func taggedImages(labels: [String]) -> [TaggedImage] {
        images.keys.sorted().compactMap { reference in
            let own = imageLabels[reference] ?? [:]
            let matches = labels.allSatisfy { filter in
                let parts = filter.split(separator: "=", maxSplits: 1).map(String.init)
                return parts.count == 2 ? own[parts[0]] == parts[1] : own[parts[0]] != nil
            }
            return matches ? TaggedImage(id: imageIDs[reference] ?? "sha256:\(reference)", tags: [reference], labels: own) : nil
        }
    }
}
