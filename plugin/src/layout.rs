//! The relative layout (v1, 64-bit targets), as offsets, in its three forms.
//!
//! **Relative** (the product):
//!
//! | absolute | entry | relative |
//! |---|---|---|
//! | 0 | drop fn or null | 0: i32 offset or 0, then 4 zero bytes |
//! | 8 | size | 8 |
//! | 16 | align | 16 |
//! | 24 + 8k | slot k | 24 + 4k: i32 offset or 0 |
//!
//! An offset is `target - address point`, and the address point (what a
//! vtable pointer points at, and `llvm.load.relative`'s base) is the start
//! of the table. Size and align keep their place, so their loads need no
//! change, and a vtable holding no pointer is valid in both layouts.
//!
//! **Checked** (`-reltab-check`, check.rs): the relative entries move below
//! the address point and the absolute positions above it hold trap entries,
//! so that a read reltab did not rewrite meets a trap instead of two
//! relative entries read as a pointer:
//!
//! | offset from the address point | entry |
//! |---|---|
//! | -8 - 4k | slot k: i32 offset or 0 |
//! | -4 | drop: i32 offset or 0 |
//! | 0 | the check marker (a trap function): a rewritten read checks it |
//! | 8, 16 | size, align |
//! | 24 + 8k | a trap function (or a trap vtable for a supertrait slot) |
//!
//! (4 bytes of padding first when needed to keep the address point 8-aligned.)
//!
//! **Compact** (`-reltab-layout=compact`): drop, size and align packed into
//! one 32-bit header word, the drop entry just before the address point when
//! there is one, so that slot offsets do not depend on it:
//!
//! | offset from the address point | entry |
//! |---|---|
//! | -8 | 4 bytes of padding (only with a drop entry) |
//! | -4 | drop: i32 offset (only with a drop entry) |
//! | 0 | header: bit 31 has-drop, bits 26–30 log2(align) + 1, bits 0–25 size |
//! | 4 + 4k | slot k: i32 offset or 0 |
//!
//! The address point stays 8-aligned: rustc tells LLVM that vtable pointers
//! are (`align 8` on parameters), and a false fact is undefined behaviour.
//!
//! A vtable that holds no pointer is never converted (it cannot be told from
//! data), so size, align and drop reads meet both layouts and tell them apart
//! at the load: such a vtable has a null drop pointer at offset 0, so the
//! 32-bit word there is 0, while a header never is — its align field holds
//! log2(align) + 1, at least 1. Drop reads need no test (bit 31 is clear in
//! both); size and align reads read the absolute entries when the word is 0
//! (compact_decode.rs). A size of 2^26 bytes or more does not fit: such a
//! module gets the relative layout.

pub const WORD: u64 = 8;
pub const HEADER: u64 = 24;
pub const RELATIVE_ENTRY: u64 = 4;

/// The forms of the relative layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Relative,
    Checked,
    Compact,
}

impl Form {
    /// As the report and the remarks name it.
    pub fn name(self) -> &'static str {
        match self {
            Form::Relative => "relative",
            Form::Checked => "checked",
            Form::Compact => "compact",
        }
    }
}

/// What decides where a table's entries go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub slots: u64,
    pub has_drop: bool,
}

/// Where an entry read at absolute `offset` is in the relative layout.
/// `None` for offsets that no entry starts at.
pub fn relative_offset(offset: u64) -> Option<u64> {
    match offset {
        0 | 8 | 16 => Some(offset),
        o if o >= HEADER && (o - HEADER) % WORD == 0 => Some(HEADER + (o - HEADER) / WORD * RELATIVE_ENTRY),
        _ => None,
    }
}

/// Where an entry read at absolute `offset` is, from the address point, in
/// `form`. `None` for offsets that no entry starts at, and for size and
/// align in the compact form, which live in the header word.
pub fn entry_offset(form: Form, offset: u64) -> Option<i64> {
    let relative = relative_offset(offset)? as i64;
    Some(match form {
        Form::Relative => relative,
        Form::Checked => match offset {
            0 => -(RELATIVE_ENTRY as i64),
            8 | 16 => relative,
            _ => -2 * RELATIVE_ENTRY as i64 - (relative - HEADER as i64),
        },
        Form::Compact => match offset {
            0 => -(RELATIVE_ENTRY as i64),
            8 | 16 => return None,
            _ => COMPACT_HEADER as i64 + (relative - HEADER as i64),
        },
    })
}

/// Bytes before the address point.
pub fn address_point(form: Form, shape: Shape) -> u64 {
    match form {
        Form::Relative => 0,
        Form::Checked => ((shape.slots + 1) * RELATIVE_ENTRY).next_multiple_of(WORD),
        Form::Compact if shape.has_drop => WORD,
        Form::Compact => 0,
    }
}

/// Bytes of a table.
pub fn table_size(form: Form, shape: Shape) -> u64 {
    match form {
        Form::Relative => HEADER + shape.slots * RELATIVE_ENTRY,
        Form::Checked => address_point(form, shape) + HEADER + shape.slots * WORD,
        Form::Compact => address_point(form, shape) + COMPACT_HEADER + shape.slots * RELATIVE_ENTRY,
    }
}

/// Bytes of the compact header word.
pub const COMPACT_HEADER: u64 = 4;
/// Bits of the compact header that hold the size.
pub const COMPACT_SIZE_BITS: u32 = 26;
pub const COMPACT_SIZE_MASK: u32 = (1 << COMPACT_SIZE_BITS) - 1;
pub const COMPACT_HAS_DROP: u32 = 1 << 31;
/// Mask of the align field once shifted down by COMPACT_SIZE_BITS.
pub const COMPACT_ALIGN_FIELD_MASK: u32 = 0x1f;

/// The compact header word, or `None` when the size does not fit in 26 bits
/// (or the align in the 5-bit field, which rustc's 2^29 limit never reaches).
pub fn compact_header(size: u64, align: u64, has_drop: bool) -> Option<u32> {
    if size > COMPACT_SIZE_MASK as u64 || !align.is_power_of_two() {
        return None;
    }
    let align_field = align.trailing_zeros() + 1;
    if align_field > COMPACT_ALIGN_FIELD_MASK {
        return None;
    }
    Some(if has_drop { COMPACT_HAS_DROP } else { 0 } | align_field << COMPACT_SIZE_BITS | size as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(slots: u64) -> Shape {
        Shape { slots, has_drop: false }
    }

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
        assert_eq!(table_size(Form::Relative, shape(0)), 24);
        assert_eq!(table_size(Form::Relative, shape(3)), 36);
    }

    #[test]
    fn checked_entries_sit_below_the_address_point() {
        assert_eq!(entry_offset(Form::Checked, 0), Some(-4));
        assert_eq!(entry_offset(Form::Checked, 8), Some(8));
        assert_eq!(entry_offset(Form::Checked, 16), Some(16));
        assert_eq!(entry_offset(Form::Checked, 24), Some(-8));
        assert_eq!(entry_offset(Form::Checked, 32), Some(-12));
        assert_eq!(entry_offset(Form::Checked, 28), None);
        // drop + 1 slot: 8 bytes, aligned; drop + 2 slots: 12, padded to 16.
        assert_eq!(address_point(Form::Checked, shape(1)), 8);
        assert_eq!(address_point(Form::Checked, shape(2)), 16);
        assert_eq!(table_size(Form::Checked, shape(2)), 16 + 24 + 16);
        // The lowest slot entry is inside the table.
        for slots in 0..6u64 {
            let lowest = entry_offset(Form::Checked, HEADER + slots.saturating_sub(1) * WORD).unwrap();
            assert!(address_point(Form::Checked, shape(slots)) as i64 + lowest >= 0);
        }
    }

    #[test]
    fn compact_slots_follow_the_header_whether_or_not_there_is_a_drop() {
        assert_eq!(entry_offset(Form::Compact, 24), Some(4));
        assert_eq!(entry_offset(Form::Compact, 32), Some(8));
        assert_eq!(entry_offset(Form::Compact, 24 + 8 * 10), Some(4 + 4 * 10));
        assert_eq!(entry_offset(Form::Compact, 0), Some(-4));
        assert_eq!(entry_offset(Form::Compact, 8), None);
        assert_eq!(entry_offset(Form::Compact, 16), None);
        let with_drop = Shape { slots: 3, has_drop: true };
        assert_eq!(address_point(Form::Compact, shape(3)), 0);
        assert_eq!(address_point(Form::Compact, with_drop), 8);
        assert_eq!(table_size(Form::Compact, shape(3)), 16);
        assert_eq!(table_size(Form::Compact, with_drop), 24);
        // The drop entry, 4 bytes below the address point, is in the table.
        assert!(address_point(Form::Compact, with_drop) >= RELATIVE_ENTRY);
    }

    #[test]
    fn compact_header_packs_and_is_never_zero() {
        assert_eq!(compact_header(0, 1, false), Some(1 << 26));
        assert_eq!(compact_header(24, 8, true), Some(1 << 31 | 4 << 26 | 24));
        assert_eq!(compact_header((1 << 26) - 1, 1 << 29, false), Some(30 << 26 | ((1 << 26) - 1)));
        assert_eq!(compact_header(1 << 26, 8, false), None);
        assert_eq!(compact_header(8, 3, false), None);
        for align in (0..30).map(|k| 1u64 << k) {
            let h = compact_header(0, align, false).unwrap();
            assert_ne!(h, 0);
            assert_eq!(1u64 << (((h >> COMPACT_SIZE_BITS) & COMPACT_ALIGN_FIELD_MASK) - 1), align);
        }
    }
}
