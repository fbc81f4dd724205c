//! The relative layout (v1, 64-bit targets), as offsets, in its two forms.
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

pub const WORD: u64 = 8;
pub const HEADER: u64 = 24;
pub const RELATIVE_ENTRY: u64 = 4;

/// The two forms of the relative layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Relative,
    Checked,
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
/// `form`. `None` for offsets that no entry starts at.
pub fn entry_offset(form: Form, offset: u64) -> Option<i64> {
    let relative = relative_offset(offset)? as i64;
    Some(match form {
        Form::Relative => relative,
        Form::Checked => match offset {
            0 => -(RELATIVE_ENTRY as i64),
            8 | 16 => relative,
            _ => -2 * RELATIVE_ENTRY as i64 - (relative - HEADER as i64),
        },
    })
}

/// Bytes before the address point of a table with `slots` slots.
pub fn address_point(form: Form, slots: u64) -> u64 {
    match form {
        Form::Relative => 0,
        Form::Checked => ((slots + 1) * RELATIVE_ENTRY).next_multiple_of(WORD),
    }
}

/// Bytes of a table with `slots` slots.
pub fn table_size(form: Form, slots: u64) -> u64 {
    match form {
        Form::Relative => HEADER + slots * RELATIVE_ENTRY,
        Form::Checked => address_point(form, slots) + HEADER + slots * WORD,
    }
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
        assert_eq!(table_size(Form::Relative, 0), 24);
        assert_eq!(table_size(Form::Relative, 3), 36);
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
        assert_eq!(address_point(Form::Checked, 1), 8);
        assert_eq!(address_point(Form::Checked, 2), 16);
        assert_eq!(table_size(Form::Checked, 2), 16 + 24 + 16);
        // The lowest slot entry is inside the table.
        for slots in 0..6u64 {
            let lowest = entry_offset(Form::Checked, HEADER + slots.saturating_sub(1) * WORD).unwrap();
            assert!(address_point(Form::Checked, slots) as i64 + lowest >= 0);
        }
    }
}
