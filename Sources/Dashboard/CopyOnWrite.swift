/// A value kept behind one reference and copied only when it is written while shared, so that a struct holding it
/// costs one retain to copy however many arrays the value holds (`StockState` keeps its figures in one). Equal and
/// hashed by the value, as if it were stored inline. Inlinable, so that other modules reading a stock's figure
/// through it compile to a plain load.
@usableFromInline struct CopyOnWrite<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The one place the value lives. Mutated only when uniquely referenced (`value`'s `_modify`), so it is never
    /// shared mutable state: a copy made on another thread keeps the old storage and makes its own before writing.
    /// For the same reason no access can overlap a write, so the run-time exclusivity check a class's property gets on
    /// every access (a call into the runtime per figure read) is left out.
    @usableFromInline final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) @usableFromInline var value: Value

        @inlinable init(_ value: Value) { self.value = value }
    }

    @usableFromInline var storage: Storage

    @inlinable init(_ value: Value) { storage = Storage(value) }

    /// Read in place (`_read`): a `get` would copy the whole value out to read one of its fields.
    @inlinable var value: Value {
        _read { yield storage.value }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.value) }
            yield &storage.value
        }
    }

    @inlinable static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.value == rhs.storage.value
    }

    @inlinable func hash(into hasher: inout Hasher) { hasher.combine(storage.value) }
}
