import Testing
@testable import YAML

@Suite struct MergeKeyTests {
    @Test("a single merge source adds its keys where << was, with their source marks")
    func singleSource() throws {
        let node = try root("""
            base: &base
              image: nginx
              restart: always
            web:
              <<: *base
              restart: "no"
            """)
        let web = try #require(node["web"]?.mapping)
        #expect(web.keys == ["image", "restart"])
        #expect(web["restart"]?.text == "no")
        #expect(web.entry("image")?.key.at == "2:3")
        #expect(web["image"]?.at == "2:10")
    }

    @Test("an explicit key wins even when written before <<")
    func explicitWinsRegardlessOfPosition() throws {
        let node = try root("""
            base: &base {image: nginx, user: root}
            web:
              image: httpd
              <<: *base
            """)
        let web = try #require(node["web"]?.mapping)
        #expect(web.keys == ["image", "user"])
        #expect(web["image"]?.text == "httpd")
    }

    @Test("among a list of sources the earlier one wins")
    func earlierSourceWins() throws {
        let node = try root("""
            a: &a {x: from-a, y: from-a}
            b: &b {y: from-b, z: from-b}
            m:
              <<: [*a, *b]
            """)
        let m = try #require(node["m"]?.mapping)
        #expect(m.keys == ["x", "y", "z"])
        #expect(m["y"]?.text == "from-a")
        #expect(m["z"]?.at == "2:22")
    }

    @Test("an inline mapping can be a merge source, and merging is shallow")
    func inlineAndShallow() throws {
        let node = try root("""
            base: &base {env: {A: "1", B: "2"}}
            m:
              <<: [{env: {C: "3"}}, *base]
            """)
        #expect(node["m"]?["env"]?.mapping?.keys == ["C"])
    }

    @Test("a quoted << is an ordinary key")
    func quotedIsOrdinary() throws {
        let node = try root("a: &a {x: 1}\nm:\n  \"<<\": *a\n")
        #expect(node["m"]?.mapping?.keys == ["<<"])
    }

    @Test("a merge value that is not a mapping fails at that value")
    func badMergeValue() {
        #expect(failure("m:\n  <<: scalar\n")
            == "test.yaml:2:7: error: merge key needs a mapping or a sequence of mappings, not a string")
        #expect(failure("m:\n  <<: [{a: 1}, [x]]\n")
            == "test.yaml:2:16: error: merge key needs a mapping or a sequence of mappings, not a sequence containing a sequence")
    }
}
