#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Strings every node may carry, interned so that a node holds a number rather than a
/// reference-counted string: trees of thousands of nodes are copied pass after pass, and every
/// string in a copied node costs an atomic retain and release (and 16 bytes of node).
final class MarkFiles: @unchecked Sendable {
    /// The file names marks point into.
    static let shared = MarkFiles()
    /// Explicit tags (`!reset`, `tag:yaml.org,2002:str`, ...): few distinct ones per run.
    static let tags = MarkFiles()

    // Guarded by `lock`; ids are indices into `names`, 0 is the empty name.
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var names: [String] = [""]
    private var ids: [String: Int] = ["": 0]

    private init() {
        pthread_mutex_init(lock, nil)
    }

    /// The id of `name`, registering it on first use.
    func id(_ name: String) -> Int {
        if name.isEmpty { return 0 }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let id = ids[name] { return id }
        let id = names.count
        names.append(name)
        ids[name] = id
        return id
    }

    /// The name registered as `id`.
    func name(_ id: Int) -> String {
        if id == 0 { return "" }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return names.indices.contains(id) ? names[id] : ""
    }
}
