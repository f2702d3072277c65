import Foundation
import KafkaFeed
import Logging
import MarketData
import Simulator

let quietLogger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

/// The first `count` records of a simulated day (seed 7).
func simulatedRecords(_ count: Int) -> [FeedRecord] {
    Array(MarketSimulator(.init(seed: 7, date: "2026-11-25"))!.prefix(count)).map(\.record)
}

/// Polls until `consumer` is caught up with at least `expected` records, or `seconds` pass.
func consumeAll(_ consumer: KafkaConsumer, expected: Int, seconds: Double = 30) -> (records: [FeedRecord], events: [KafkaEvent]) {
    var records: [FeedRecord] = []
    var events: [KafkaEvent] = []
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        let batch = consumer.poll(timeoutMs: 100)
        records += batch.records
        events += batch.events
        if records.count >= expected && consumer.isCaughtUp { break }
    }
    return (records, events)
}

/// Runs a program to completion with `input` on stdin; returns stdout and the exit status.
@discardableResult
func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> (output: Data, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let stdout = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardInput = stdin
    process.standardError = FileHandle.nullDevice
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (output, process.terminationStatus)
}

let kcat = "/usr/bin/kcat"
