extension Array where Element: Comparable {
    /// Puts in order only the positions in `window`: afterwards they hold what a full sort would put there, the
    /// elements before the window are all smaller and those after it all larger, each side in no particular order.
    /// Linear on average (two quickselects) plus the window's own sort: a frame shows fifty of thousands of rows.
    mutating func sort(window: Range<Int>) {
        let window = window.clamped(to: indices)
        guard !window.isEmpty else { return }
        guard window != indices else { return sort() }
        select(window.lowerBound, within: indices)
        select(window.upperBound - 1, within: window.lowerBound..<endIndex)
        self[window].sort()
    }

    /// Quickselect (Hoare's partition around the median of three): the element a sort would put at `position`
    /// lands there, with the smaller ones before it and the larger after it, within `bounds`.
    private mutating func select(_ position: Int, within bounds: Range<Int>) {
        var (low, high) = (bounds.lowerBound, bounds.upperBound - 1)
        while low < high {
            let middle = low + (high - low) / 2
            if self[middle] < self[low] { swapAt(middle, low) }
            if self[high] < self[low] { swapAt(high, low) }
            if self[high] < self[middle] { swapAt(high, middle) }
            let pivot = self[middle]
            var (left, right) = (low, high)
            while left <= right {
                while self[left] < pivot { left += 1 }
                while pivot < self[right] { right -= 1 }
                if left <= right {
                    swapAt(left, right)
                    left += 1
                    right -= 1
                }
            }
            // Now low…right ≤ pivot ≤ left…high, and anything between right and left equals the pivot.
            if position <= right {
                high = right
            } else if position >= left {
                low = left
            } else {
                return
            }
        }
    }
}
