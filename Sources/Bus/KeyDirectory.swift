import Foundation

/// A folder of CURVE keys: NAME.pub and NAME.secret, each one line of Z85 text (40 characters).
///
/// Secret files are written readable by their owner only.
public struct KeyDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func publicKeyFile(_ name: String) -> String { (path as NSString).appendingPathComponent("\(name).pub") }
    public func secretKeyFile(_ name: String) -> String { (path as NSString).appendingPathComponent("\(name).secret") }

    /// The public key of `name`.
    public func publicKey(_ name: String) throws(CurveKeyError) -> String {
        let key = try read(publicKeyFile(name))
        guard CurveKeyPair.decode(key) != nil else {
            throw CurveKeyError(reason: "\(publicKeyFile(name)) does not hold a 40-character Z85 key")
        }
        return key
    }

    /// The keypair of `name`.
    public func keyPair(_ name: String) throws(CurveKeyError) -> CurveKeyPair {
        let publicKey = try publicKey(name)
        let secret = try read(secretKeyFile(name))
        guard CurveKeyPair.decode(secret) != nil else {
            throw CurveKeyError(reason: "\(secretKeyFile(name)) does not hold a 40-character Z85 key")
        }
        return try CurveKeyPair(publicKey: publicKey, secretKey: secret)
    }

    /// What ``create(_:)`` did for one name.
    public enum Created: Equatable, Sendable {
        case created
        case kept
    }

    /// Writes a new keypair for each name that has none; a complete pair already there is kept, so this is safe to
    /// run on every start. A name with only one of its two files is an error (it would pair keys that do not match).
    public func create(_ names: [String], replacing: Bool = false) throws(CurveKeyError) -> [String: Created] {
        let files = FileManager.default
        do {
            try files.createDirectory(atPath: path, withIntermediateDirectories: true,
                                      attributes: [.posixPermissions: 0o755])
        } catch {
            throw CurveKeyError(reason: "cannot create \(path): \(error.localizedDescription)")
        }
        var outcome: [String: Created] = [:]
        for name in names {
            let hasPublic = files.fileExists(atPath: publicKeyFile(name))
            let hasSecret = files.fileExists(atPath: secretKeyFile(name))
            if !replacing, hasPublic, hasSecret {
                _ = try keyPair(name)  // a damaged pair is reported now, not when a service starts
                outcome[name] = .kept
                continue
            }
            if !replacing, hasPublic != hasSecret {
                throw CurveKeyError(reason: "\(hasPublic ? secretKeyFile(name) : publicKeyFile(name)) is missing but its pair "
                                    + "is there; remove the other file or pass --force to make a new pair")
            }
            let pair = try CurveKeyPair.generate()
            try write(pair.secretKey, to: secretKeyFile(name), permissions: 0o600)
            try write(pair.publicKey, to: publicKeyFile(name), permissions: 0o644)
            outcome[name] = .created
        }
        return outcome
    }

    private func read(_ file: String) throws(CurveKeyError) -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CurveKeyError(reason: "cannot read \(file) (make keys with `newswire keys init \(path)`)")
        }
        guard data.count < 200 else { throw CurveKeyError(reason: "\(file) is \(data.count) bytes; a key file is 41") }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func write(_ key: String, to file: String, permissions: Int) throws(CurveKeyError) {
        let files = FileManager.default
        try? files.removeItem(atPath: file)
        guard files.createFile(atPath: file, contents: Data((key + "\n").utf8), attributes: [.posixPermissions: permissions]) else {
            throw CurveKeyError(reason: "cannot write \(file)")
        }
    }
}
