import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<name>` next to the calling test file; with
/// `PSEI_RECORD_SNAPSHOTS=1` it rewrites the file instead (then look at `git diff`).
public func assertSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["PSEI_RECORD_SNAPSHOTS"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
        actual == expected, "frame differs from Snapshots/\(name); re-record with PSEI_RECORD_SNAPSHOTS=1 make test",
        sourceLocation: sourceLocation)
}
