import Foundation
import Testing

/// Files the user points the binary at that are damaged, unreadable or special: one clear line naming the file
/// (and line), a non-zero exit, and nothing changed on disk.
@Suite struct DamagedInputTests {
    static let session = SampleSessionTests.session

    @Test func aHundredMegabyteLineIsOneClearErrorWithItsLineNumber() throws {
        let directory = temporaryDirectory()
        let path = directory.appendingPathComponent("long.jsonl").path
        let head = try runToEnd("/bin/sh", ["-c", "zcat \(Self.session) | head -1001 > \(path)"])
        #expect(head.status == 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<100 { try handle.write(contentsOf: chunk) }
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        let result = try runToEnd(pseiTicker, ["snapshot", "--replay", path, "--log-file", directory.appendingPathComponent("log").path])
        #expect(result.status != 0)
        #expect(result.stderr == "psei-ticker: \(path):1002: line longer than 1024 KiB\n")
    }

    @Test func garbageAppendedIsAnErrorNamingTheFirstBadLine() throws {
        let directory = temporaryDirectory()
        let path = directory.appendingPathComponent("garbage.jsonl").path
        #expect(
            try runToEnd(
                "/bin/sh", ["-c", "zcat \(Self.session) | head -501 > \(path) && printf 'garbage\\000\\377\\nmore garbage\\n' >> \(path)"]
            ).status == 0)
        let result = try runToEnd(pseiTicker, ["snapshot", "--replay", path, "--log-file", directory.appendingPathComponent("log").path])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("psei-ticker: \(path):502: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func anUnreadableSessionSaysSo() throws {
        let directory = temporaryDirectory()
        let path = directory.appendingPathComponent("private.jsonl.gz").path
        try FileManager.default.copyItem(atPath: Self.session, toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        // root reads anything: run as nobody then (the directory must let nobody in and write its log).
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: directory.path)
        let asNobody = geteuid() == 0 ? ["runuser", "-u", "nobody", "--"] : []
        let result = try runToEnd(
            "/usr/bin/env",
            asNobody + [
                pseiTicker, "snapshot", "--replay", path, "--log-file",
                directory.appendingPathComponent("nobody.log").path,
            ])
        #expect(result.status != 0)
        #expect(result.stderr.hasSuffix("\(path): cannot open: Permission denied\n"), "\(result.stderr)")
    }

    @Test func theLogFileIsPrivateButADeviceIsLeftAlone() throws {
        let directory = temporaryDirectory()
        let log = directory.appendingPathComponent("old.log").path
        FileManager.default.createFile(atPath: log, contents: Data(), attributes: [.posixPermissions: 0o644])
        let nullBefore = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.posixPermissions] as? Int
        // The two runs go side by side.
        let results = try concurrentMap([log, "/dev/null"]) { path in
            try runToEnd(pseiTicker, ["snapshot", "--replay", Self.session, "--log-file", path])
        }
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        #expect(try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: "/dev/null")[.posixPermissions] as? Int == nullBefore)
    }
}
