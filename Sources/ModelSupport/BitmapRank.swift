/// Rank tables for the bitmaps that say which hashed feature buckets hold weights: entry `i` is how many buckets
/// are set in the words before word `i`, so a bucket's row is its word's rank plus the set bits below it.
public enum BitmapRank {
    public static func ranks(of bitmap: [UInt64]) -> [UInt32] {
        var rank = [UInt32](repeating: 0, count: bitmap.count)
        var total: UInt32 = 0
        for i in 0..<bitmap.count {
            rank[i] = total
            total += UInt32(bitmap[i].nonzeroBitCount)
        }
        return rank
    }
}
