import Dashboard

/// A block sale as the notices write it: `BLOCK EMI ₱5.41B @ 31.10` (the value fitted like `Format.money`, the price
/// with its tick's decimals).
enum BlockSaleText {
    static func text(_ sale: BlockSales.Sale, glyphs: Glyphs) -> String {
        let price = Format.price(sale.price, width: .max, glyphs: glyphs)
        return "BLOCK \(sale.symbol.code) \(Format.money(sale.valueUnits, glyphs: glyphs)) @ \(price)"
    }
}
