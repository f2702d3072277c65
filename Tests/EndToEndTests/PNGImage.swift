import CZlib
import Foundation

/// A PNG screenshot decoded to RGB pixels: 8-bit truecolour (with or without alpha), not interlaced — what
/// Chromium writes. Enough to look at the picture a browser drew.
struct PNGImage {
    let width: Int
    let height: Int
    /// Red, green, blue of each pixel, row by row.
    private let pixels: [UInt8]

    struct Failure: Error, CustomStringConvertible { let description: String }

    init(contentsOf url: URL) throws {
        let data = [UInt8](try Data(contentsOf: url))
        guard data.count > 8, data[1...3].elementsEqual("PNG".utf8) else { throw Failure(description: "\(url.path) is not a PNG") }
        var offset = 8, compressed: [UInt8] = [], header: ArraySlice<UInt8> = []
        func integer(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        while offset + 8 <= data.count {
            let length = integer(offset), type = String(decoding: data[offset + 4..<offset + 8], as: UTF8.self)
            let body = data[offset + 8..<offset + 8 + length]
            if type == "IHDR" { header = body } else if type == "IDAT" { compressed += body }
            offset += 12 + length
        }
        guard header.count == 13 else { throw Failure(description: "no IHDR") }
        let base = header.startIndex
        width = header[base..<base + 4].reduce(0) { $0 << 8 | Int($1) }
        height = header[base + 4..<base + 8].reduce(0) { $0 << 8 | Int($1) }
        let (depth, colourType, interlace) = (header[base + 8], header[base + 9], header[base + 12])
        guard depth == 8, colourType == 2 || colourType == 6, interlace == 0 else {
            throw Failure(description: "unsupported PNG (depth \(depth), colour type \(colourType), interlace \(interlace))")
        }
        let channels = colourType == 6 ? 4 : 3, stride = width * channels
        var raw = [UInt8](repeating: 0, count: height * (stride + 1))
        var rawLength = uLongf(raw.count)
        let status = uncompress(&raw, &rawLength, compressed, uLong(compressed.count))
        guard status == Z_OK, Int(rawLength) == raw.count else { throw Failure(description: "cannot inflate (zlib \(status))") }
        var rows = [UInt8](repeating: 0, count: height * stride)
        for y in 0..<height {
            let filter = raw[y * (stride + 1)]
            for x in 0..<stride {
                let value = raw[y * (stride + 1) + 1 + x]
                let left = x >= channels ? Int(rows[y * stride + x - channels]) : 0
                let up = y > 0 ? Int(rows[(y - 1) * stride + x]) : 0
                let upLeft = x >= channels && y > 0 ? Int(rows[(y - 1) * stride + x - channels]) : 0
                let predicted: Int =
                    switch filter {
                    case 1: left
                    case 2: up
                    case 3: (left + up) / 2
                    case 4: Self.paeth(left, up, upLeft)
                    default: 0
                    }
                rows[y * stride + x] = UInt8(truncatingIfNeeded: Int(value) + predicted)
            }
        }
        pixels = (0..<width * height).flatMap { index in rows[index * channels..<index * channels + 3] }
    }

    /// The colour at (x, y).
    subscript(x: Int, y: Int) -> (red: Int, green: Int, blue: Int) {
        let index = (y * width + x) * 3
        return (Int(pixels[index]), Int(pixels[index + 1]), Int(pixels[index + 2]))
    }

    private static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
    }
}
