#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Credentials for one registry, as the Engine API takes them (`X-Registry-Auth` on pulls, one entry
/// of `X-Registry-Config` on builds); the fields and JSON names of the Go client's `registry.AuthConfig`.
package struct AuthConfig: Sendable, Hashable {
    package var username = ""
    package var password = ""
    /// base64 `username:password`; the docker CLI decodes it into the two fields and never sends it.
    package var auth = ""
    package var email = ""
    package var serverAddress = ""
    /// A refresh token for the registry's token service (`<token>` username of a credential helper).
    package var identityToken = ""
    package var registryToken = ""

    /// Credentials with the given fields; empty strings are absent.
    package init(
        username: String = "", password: String = "", auth: String = "", email: String = "",
        serverAddress: String = "", identityToken: String = "", registryToken: String = ""
    ) {
        self.username = username
        self.password = password
        self.auth = auth
        self.email = email
        self.serverAddress = serverAddress
        self.identityToken = identityToken
        self.registryToken = registryToken
    }

    /// The JSON `encoding/json` writes for the Go struct: fields in declaration order, empty ones
    /// omitted (`omitempty`), strings escaped as Go escapes them.
    package var json: String {
        let fields = [
            ("username", username), ("password", password), ("auth", auth), ("email", email),
            ("serveraddress", serverAddress), ("identitytoken", identityToken), ("registrytoken", registryToken),
        ]
        let members = fields.filter { !$0.1.isEmpty }.map { "\(Self.quoted($0.0)):\(Self.quoted($0.1))" }
        return "{" + members.joined(separator: ",") + "}"
    }

    /// The `X-Registry-Auth` header of a pull: the JSON in URL-safe base64 with padding, as the CLI sends it.
    package var header: String { Self.base64URL(json) }

    /// The `X-Registry-Config` header of a build: a JSON object of every registry's credentials, keys
    /// sorted as Go sorts map keys, in URL-safe base64.
    package static func configHeader(_ configs: [String: AuthConfig]) -> String {
        let members = configs.keys.sorted().map { "\(quoted($0)):\(configs[$0]!.json)" }
        return base64URL("{" + members.joined(separator: ",") + "}")
    }

    /// Go's `base64.URLEncoding`: `-` and `_` for `+` and `/`, `=` padding kept.
    static func base64URL(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
            .replacing("+", with: "-").replacing("/", with: "_")
    }

    // encoding/json escapes `<`, `>`, `&`, U+2028 and U+2029 besides quotes, backslashes and controls.
    // ComposeModel's `OutputBytes` escapes the same way for `config`; EngineAPI may not depend on it.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += unicodeEscape(scalar)
            default:
                if scalar.value < 0x20 { out += unicodeEscape(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// `\u` and four lower-case hex digits, as encoding/json writes an escaped character.
    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
