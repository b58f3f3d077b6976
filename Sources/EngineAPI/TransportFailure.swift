#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOSSL

/// Turns a transport error into the reason shown in `EngineError.unreachable`; TLS failures say which side
/// refused and which file to check instead of dumping BoringSSL's error stack.
enum TransportFailure {
    /// The lower-case reason for `error`; anything that is not a TLS failure is described as it describes itself.
    static func describe(_ error: any Error) -> String {
        if let error = error as? NIOSSLExtraError, error == .failedToValidateHostname {
            return "tls: the daemon's certificate does not name the host connected to"
        }
        let reasons: [String]
        switch error {
        case NIOSSLError.handshakeFailed(let inner), NIOSSLError.shutdownFailed(let inner):
            reasons = Self.reasons(inner)
        case NIOSSLError.unableToValidateCertificate, NIOSSLError.noCertificateToValidate:
            reasons = ["certificate_verify_failed"]
        case let inner as BoringSSLError:
            reasons = Self.reasons(inner)
        case let other as NIOSSLError:
            return "tls: \(other)"
        default:
            return String(describing: error)
        }
        let detail = reasons.isEmpty ? "handshake failed" : reasons.joined(separator: ", ").replacing("_", with: " ")
        if reasons.contains(where: { $0.contains("certificate_verify_failed") }) {
            return "tls: the daemon's certificate is not trusted (not signed by the CA in ca.pem, or expired): \(detail)"
        }
        if reasons.contains(where: Self.isClientCertificateRejection) {
            return "tls: the daemon refused this client's certificate (it needs cert.pem and key.pem signed by the daemon's CA): \(detail)"
        }
        return "tls: \(detail)"
    }

    /// Alerts a server sends when the client presented no certificate or one it does not trust.
    private static func isClientCertificateRejection(_ reason: String) -> Bool {
        ["alert_bad_certificate", "alert_certificate_required", "alert_unknown_ca", "alert_handshake_failure"].contains {
            reason.hasSuffix($0)
        }
    }

    /// BoringSSL's reason codes, lower case: `error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED at …`
    /// gives `certificate_verify_failed`.
    private static func reasons(_ error: BoringSSLError) -> [String] {
        let stack: [BoringSSLInternalError]
        switch error {
        case .sslError(let errors), .unknownError(let errors), .invalidSNIName(let errors), .failedToSetALPN(let errors):
            stack = errors
        default:
            return ["\(error)".lowercased()]
        }
        return stack.map { entry in
            var text = Substring(entry.description)
            if let at = text.firstRange(of: " at ") { text = text[..<at.lowerBound] }
            let reason = text.split(separator: ":").last.map(String.init) ?? String(text)
            return reason.trimmingWhitespace(newlines: false).lowercased()
        }
    }
}
