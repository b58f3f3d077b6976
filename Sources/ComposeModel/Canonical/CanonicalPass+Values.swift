import YAML

extension CanonicalPass {
    /// `command`/`entrypoint`/`healthcheck.test`-like values: a string is split shell-style.
    mutating func commandList(_ node: inout Node) {
        guard node.scalar != nil, let text = node.stringScalar else { return }
        do throws(ShellWordsError) {
            let words = try ShellWords.split(text)
            let mark = node.mark
            node.content = .sequence(words.map { Node.string($0, mark: mark) })
        } catch {
            self.error(error.message, at: node)
        }
    }

    /// A duration string printed the way Go's `time.Duration.String` does (`90s` → `1m30s`).
    mutating func duration(_ node: inout Node, path: () -> String) {
        guard let text = node.stringScalar else { return }
        if let known = durationSpellings[text] {
            node.content = .string(known)
            return
        }
        do throws(ValueError) {
            let spelling = try GoDuration.parse(text).description
            durationSpellings[text] = spelling
            node.content = .string(spelling)
        } catch {
            self.error("'\(path())' \(error.message)", at: node)
        }
    }

    /// A number that may be written as a string (`deploy.resources.*.cpus`), as a number.
    mutating func number(_ node: inout Node, path: () -> String) {
        guard let text = node.stringScalar else { return }
        do throws(ValueError) {
            node.content = .scalar(Node.Scalar(GoFormat.float(try GoParse.float(text)), style: .plain))
        } catch {
            self.error("'\(path())' \(error.message)", at: node)
        }
    }

    /// A size (`64m`, `1gb`, `1024`) as a string of bytes.
    mutating func size(_ node: inout Node, path: () -> String) {
        if let scalar = node.scalar, case .int(let bytes) = scalar.resolved(tag: node.tag) {
            node.content = .string(String(bytes))
            return
        }
        guard let text = node.stringScalar else { return }
        // Already canonical (a byte count, possibly -1): keep it, so canonicalising is idempotent.
        if let bytes = Int64(text), !text.hasPrefix("+") {
            node.content = .string(String(bytes))
            return
        }
        do throws(ValueError) {
            node.content = .string(String(try ByteSize.parse(text)))
        } catch {
            self.error("'\(path())' \(error.message)", at: node)
        }
    }

    /// A file mode as compose prints it: an octal string with a leading zero. Strings are read
    /// as octal, numbers taken as they are (YAML `0440` is already octal).
    mutating func fileMode(_ node: inout Node, path: () -> String) {
        guard let scalar = node.scalar else { return }
        switch scalar.resolved(tag: node.tag) {
        case .int(let mode):
            node.content = .string(UnixMode.format(Int(mode)))
        case .float(let mode) where mode.rounded() == mode && mode >= 0 && mode < 4_294_967_296:
            node.content = .string(UnixMode.format(Int(mode)))
        case .string(let text):
            do throws(ValueError) {
                node.content = .string(UnixMode.format(try UnixMode.parse(text)))
            } catch {
                self.error("'\(path())' \(error.message)", at: node)
            }
        default:
            break
        }
    }
}
