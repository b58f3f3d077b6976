import EngineAPI
import Runner

extension FakeEngine {
    func removeImage(_ name: String, force: Bool, noPrune: Bool) throws {
        calls.append("remove image \(name)")
        try failIfScripted("remove image \(name)")
        for (reference, id) in imageIDs where id == name || reference == name { images[reference] = nil }
        images[name] = nil
    }
}
