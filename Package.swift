// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "psei-ticker",
    products: [
        .executable(name: "psei-ticker", targets: ["psei-ticker"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CRdKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "MarketData"),
        .target(name: "Exchange", dependencies: ["MarketData"]),
        .target(name: "Recording", dependencies: ["MarketData", "CZlib"]),
        .target(name: "Simulator", dependencies: ["MarketData", "Exchange"]),
        .target(
            name: "FeedPublishing",
            dependencies: ["MarketData", "Exchange", "Simulator", "KafkaFeed", .product(name: "Logging", package: "swift-log")]
        ),
        .target(name: "Dashboard", dependencies: ["MarketData", "Exchange"]),
        .target(
            name: "Processing",
            dependencies: ["Dashboard", "MarketData", "KafkaFeed", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "Rendering",
            dependencies: ["Dashboard", "MarketData", "Exchange", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(name: "TerminalUI", dependencies: ["Rendering", "CNCursesW"]),
        .target(name: "Settings", dependencies: ["MarketData", "Dashboard", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(
            name: "KafkaFeed",
            dependencies: ["MarketData", "CRdKafka", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "LiveDashboard",
            dependencies: [
                "MarketData", "Exchange", "KafkaFeed", "Dashboard", "Recording", "Rendering", "TerminalUI",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "psei-ticker",
            dependencies: [
                "MarketData", "Exchange", "Simulator", "KafkaFeed", "Dashboard", "Rendering", "TerminalUI", "Recording",
                "LiveDashboard", "FeedPublishing", "Settings", "Processing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "psei-bench",
            dependencies: [
                "MarketData", "Exchange", "Simulator", "KafkaFeed", "Dashboard", "Rendering", "Recording", "TerminalUI", "LiveDashboard",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/psei-bench"
        ),
        .testTarget(name: "MarketDataTests", dependencies: ["MarketData", "Exchange", "Recording", "Simulator", "GoldenFiles"]),
        .testTarget(name: "ExchangeTests", dependencies: ["Exchange", "MarketData"]),
        .testTarget(name: "ProcessingTests", dependencies: ["Processing", "Dashboard", "MarketData", "Simulator"]),
        .testTarget(
            name: "LiveDashboardTests",
            dependencies: [
                "LiveDashboard", "KafkaFeed", "Dashboard", "Rendering", "TerminalUI", "MarketData", "Recording", "Simulator",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "MarketData", "Exchange", "Recording", "Rendering", "Simulator"]),
        .testTarget(
            name: "RenderingTests",
            dependencies: ["Rendering", "Dashboard", "MarketData", "Exchange", "Simulator", "GoldenFiles"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Rendering"]),
        .testTarget(name: "SettingsTests", dependencies: ["Settings", "MarketData", "Dashboard"]),
        .testTarget(name: "RecordingTests", dependencies: ["Recording", "MarketData", "Simulator"]),
        .testTarget(name: "SimulatorTests", dependencies: ["Simulator", "MarketData", "Exchange"]),
        .testTarget(name: "FeedPublishingTests", dependencies: ["FeedPublishing", "Simulator", "MarketData", "Exchange"]),
        .testTarget(
            name: "KafkaFeedTests",
            dependencies: ["KafkaFeed", "MarketData", "Simulator", .product(name: "Logging", package: "swift-log")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "psei-ticker", "psei-bench", "MarketData", "KafkaFeed", "Recording", "Simulator", "GoldenFiles", "CZlib",
                "Dashboard", "Processing",
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Snapshots"]
        ),
        .target(name: "GoldenFiles", dependencies: ["MarketData"], path: "Tests/GoldenFiles"),
    ],
    swiftLanguageModes: [.v6]
)
