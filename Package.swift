// swift-tools-version:6.2
import PackageDescription

// One module per stage; each depends only on the stages before it (see docs/architecture.md).
let package = Package(
    name: "timeline",
    products: [
        .library(name: "Timeline", targets: ["Timeline"]),
        .executable(name: "timeline", targets: ["TimelineTool"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "TimelineModel"),
        .target(name: "TextAnalysis", dependencies: ["TimelineModel"]),
        .target(name: "TemporalResolution", dependencies: ["TimelineModel", "TextAnalysis"]),
        .target(name: "Ingestion", dependencies: ["TimelineModel"]),
        .target(name: "EventExtraction", dependencies: ["TimelineModel", "TextAnalysis", "TemporalResolution"]),
        .target(name: "TimelineMerging", dependencies: ["TimelineModel", "TextAnalysis"]),
        .target(name: "TimelineRendering", dependencies: ["TimelineModel"], exclude: ["Schema"]),
        .target(
            name: "Timeline",
            dependencies: [
                "TimelineModel", "TextAnalysis", "TemporalResolution", "Ingestion",
                "EventExtraction", "TimelineMerging", "TimelineRendering",
            ]
        ),
        .target(
            name: "TimelineCLI",
            dependencies: ["Timeline", "Ingestion", "TemporalResolution", "TimelineRendering"]
        ),
        .executableTarget(name: "TimelineTool", dependencies: ["TimelineCLI"]),

        .testTarget(name: "TimelineModelTests", dependencies: ["TimelineModel"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"], exclude: ["Fixtures"]),
        .testTarget(name: "TemporalResolutionTests", dependencies: ["TemporalResolution"], exclude: ["Corpus"]),
        .testTarget(name: "IngestionTests", dependencies: ["Ingestion"], exclude: ["Fixtures"]),
        .testTarget(name: "EventExtractionTests", dependencies: ["EventExtraction"], exclude: ["Corpus"]),
        .testTarget(name: "TimelineMergingTests", dependencies: ["TimelineMerging"]),
        .testTarget(name: "TimelineRenderingTests", dependencies: ["TimelineRendering"], exclude: ["Golden"]),
        .testTarget(name: "TimelineCLITests", dependencies: ["TimelineCLI", "Timeline"], exclude: ["Fixtures"]),
    ]
)
