import Rendering
import Testing

/// The squarified layout alone: areas in proportion to the weights, no overlap, the whole rectangle covered.
@Suite struct TreemapTests {
    typealias Rect = BoxFrame.Rect

    /// Weights from the largest down, as the heatmap gives them, of a few shapes; the last from a small LCG.
    static let weightSets: [[Double]] = [
        [1], [50, 25, 12, 8, 3, 1, 1], Array(repeating: 1, count: 16), [1_000_000, 1, 1, 1],
        {
            var state: UInt64 = 7
            return (0..<300).map { _ -> Double in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Double(state >> 40) + 1
            }.sorted(by: >)
        }(),
    ]
    static let rects = [
        Rect(x: 0, y: 0, width: 1, height: 1), Rect(x: 3, y: 2, width: 60, height: 20), Rect(x: 0, y: 5, width: 7, height: 30),
        Rect(x: 10, y: 0, width: 200, height: 3), Rect(x: 0, y: 0, width: 120, height: 40),
    ]

    @Test(arguments: weightSets, rects)
    func tilesNeverOverlapAndCoverTheRectangle(weights: [Double], rect: Rect) {
        let tiles = Treemap.layout(weights, in: rect)
        #expect(tiles.count == weights.count)
        var covered = Array(repeating: 0, count: rect.width * rect.height)
        for tile in tiles where tile.width > 0 && tile.height > 0 {
            #expect(tile.x >= rect.x && tile.y >= rect.y, "\(tile) outside \(rect)")
            #expect(tile.x + tile.width <= rect.x + rect.width && tile.y + tile.height <= rect.y + rect.height, "\(tile) outside \(rect)")
            for y in tile.y..<(tile.y + tile.height) {
                for x in tile.x..<(tile.x + tile.width) { covered[(y - rect.y) * rect.width + (x - rect.x)] += 1 }
            }
        }
        #expect(covered.allSatisfy { $0 == 1 }, "cells covered \(Set(covered)) times")
    }

    /// Each edge moves by at most half a cell when it is rounded, so a tile's area is off by less than its
    /// half-perimeter plus one.
    @Test(arguments: weightSets, rects)
    func areasAreProportionalToTheWeightsWithinRounding(weights: [Double], rect: Rect) {
        let total = weights.reduce(0, +)
        for (weight, tile) in zip(weights, Treemap.layout(weights, in: rect)) {
            let expected = weight / total * Double(rect.width * rect.height)
            let actual = Double(tile.width * tile.height)
            #expect(abs(actual - expected) <= Double(tile.width + tile.height) + 1, "\(tile): \(actual) cells for \(expected)")
        }
    }

    @Test func equalWeightsGiveTilesThatLookSquareOnTheScreen() {
        let tiles = Treemap.layout(Array(repeating: 1, count: 16), in: Rect(x: 0, y: 0, width: 64, height: 16))
        for tile in tiles {
            let screenAspect = Double(tile.width) / (2 * Double(tile.height))
            #expect(screenAspect >= 0.5 && screenAspect <= 2, "\(tile)")
        }
        #expect(Treemap.layout(Array(repeating: 1, count: 16), in: Rect(x: 0, y: 0, width: 64, height: 16)) == tiles)
    }

    @Test func weightsThatAreNotPositiveGetNothing() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 4)
        let tiles = Treemap.layout([5, 0, -1, .nan, .infinity, 5], in: rect)
        #expect(tiles[1...4].allSatisfy { $0.width * $0.height == 0 })
        #expect(tiles[0].width * tiles[0].height + tiles[5].width * tiles[5].height == 40)
        #expect(Treemap.layout([], in: rect).isEmpty)
        #expect(Treemap.layout([0, 0], in: rect).allSatisfy { $0.width * $0.height == 0 })
        #expect(Treemap.layout([1, 2], in: Rect(x: 0, y: 0, width: 0, height: 5)).allSatisfy { $0.width * $0.height == 0 })
    }
}
