//! The relative layout (v1, 64-bit targets), as offsets.
//!
//! | absolute | entry | relative |
//! |---|---|---|
//! | 0 | drop fn or null | 0: i32 offset or 0, then 4 zero bytes |
//! | 8 | size | 8 |
//! | 16 | align | 16 |
//! | 24 + 8k | slot k | 24 + 4k: i32 offset or 0 |
//!
//! An offset is `target - vtable` (the vtable's start is its address point,
//! as `llvm.load.relative` defines it). Size and align keep their place, so
//! their loads need no change, and a vtable holding no pointer is valid in
//! both layouts.

pub const WORD: u64 = 8;
pub const HEADER: u64 = 24;
pub const RELATIVE_ENTRY: u64 = 4;

/// Where an entry read at absolute `offset` is in the relative layout.
/// `None` for offsets that no entry starts at.
pub fn relative_offset(offset: u64) -> Option<u64> {
    match offset {
        0 | 8 | 16 => Some(offset),
        o if o >= HEADER && (o - HEADER) % WORD == 0 => Some(HEADER + (o - HEADER) / WORD * RELATIVE_ENTRY),
        _ => None,
    }
}

/// Bytes of a relative vtable with `slots` slots.
pub fn relative_size(slots: u64) -> u64 {
    HEADER + slots * RELATIVE_ENTRY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_keeps_its_place_and_slots_halve() {
        assert_eq!(relative_offset(0), Some(0));
        assert_eq!(relative_offset(8), Some(8));
        assert_eq!(relative_offset(16), Some(16));
        assert_eq!(relative_offset(24), Some(24));
        assert_eq!(relative_offset(32), Some(28));
        assert_eq!(relative_offset(24 + 8 * 10), Some(24 + 4 * 10));
        assert_eq!(relative_offset(4), None);
        assert_eq!(relative_offset(28), None);
        assert_eq!(relative_size(0), 24);
        assert_eq!(relative_size(3), 36);
    }
}
