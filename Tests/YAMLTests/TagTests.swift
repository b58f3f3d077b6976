import Testing
@testable import YAML

@Suite struct TagTests {
    @Test("local tags are kept as written")
    func localTags() throws {
        let node = try root("ports: !reset []\nenv: !override {A: b}\n")
        #expect(node["ports"]?.isReset == true)
        #expect(node["env"]?.isOverride == true)
        #expect(node["env"]?.tag == "!override")
    }

    @Test("!!str resolves to the full core tag and forces a string")
    func coreTag() throws {
        let node = try root("a: !!str 123\nb: !!int \"42\"\nc: !!float 1\n")
        #expect(node["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(node["a"]?.resolved == .string("123"))
        #expect(node["b"]?.resolved == .int(42))
        #expect(node["c"]?.resolved == .float(1))
    }

    @Test("a tag on an anchored node survives alias expansion")
    func tagSurvivesAlias() throws {
        let node = try root("a: &r !reset null\nb: *r\nc: &o !override [x]\nd: *o\n")
        #expect(node["b"]?.isReset == true)
        #expect(node["d"]?.isOverride == true)
    }
}
