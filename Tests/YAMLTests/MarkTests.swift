import Testing
@testable import YAML

@Suite struct MarkTests {
    @Test("keys, values and sequence items carry 1-based line and column")
    func marksOfKeysValuesAndItems() throws {
        let node = try root("""
            services:
              web:
                image: nginx
                ports:
                  - "80:80"
                  - 443
            """)
        #expect(node.at == "1:1")
        let services = try #require(node.mapping?.entry("services"))
        #expect(services.key.at == "1:1")
        #expect(services.value.at == "2:3")
        let web = try #require(node["services"]?["web"])
        let image = try #require(web.mapping?.entry("image"))
        #expect(image.key.at == "3:5")
        #expect(image.value.at == "3:12")
        #expect(image.value.mark.file == "test.yaml")
        #expect(web["ports"]?[0]?.at == "5:9")
        #expect(web["ports"]?[1]?.at == "6:9")
    }

    @Test("columns count Unicode scalars, not bytes")
    func columnsCountScalars() throws {
        let node = try root("name: \"héllo\"\nnext: [é, x]\n")
        #expect(node["next"]?[1]?.at == "2:11")
    }

    @Test("a mark renders as file:line:column")
    func markDescription() throws {
        let node = try root("a: b\n")
        #expect(node["a"]?.mark.description == "test.yaml:1:4")
    }
}
