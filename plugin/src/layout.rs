//! The relative layout (v1), as offsets, in its three forms. The tables
//! below are for 8-byte words (64-bit targets); [`Abi`] gives the offsets for
//! 4-byte words too.
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
//! **Checked** (`-reltab-check`, check_mode.rs): each layout has a checked
//! form, which keeps the layout's entries that are not in their absolute
//! place below the address point, one i32 each, downwards, and fills the
//! absolute positions above it with trap entries, so that a read reltab did
//! not rewrite meets a trap instead of relative entries read as a pointer:
//!
//! | offset from the address point | checked relative | checked compact |
//! |---|---|---|
//! | ... | slot k at -8 - 4k | slot k at -12 - 4k |
//! | -8 | slot 0 | drop: i32 offset or 0 (read only when has-drop) |
//! | -4 | drop: i32 offset or 0 | the compact header |
//! | 0 | the check marker (a trap function): a rewritten read checks it | the same |
//! | 8, 16 | size, align | size, align |
//! | 24 + 8k | a trap function (or a trap vtable for a supertrait slot) | the same |
//!
//! (padding first when needed to keep the address point aligned to a word.)
//! The checked compact form reads the header, its tag and its has-drop bit as
//! the compact layout does, from its own place; see compact_decode.rs.
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
//! The address point stays aligned to a word: rustc tells LLVM that vtable
//! pointers are (`align 8` on parameters, `align 4` on 32-bit targets), and a
//! false fact is undefined behaviour. With 4-byte words there is no padding.
//!
//! A vtable that holds no pointer is never converted (it cannot be told from
//! data), so size, align and drop reads meet both layouts and tell them apart
//! at the load: such a vtable has a null drop pointer at offset 0, so the
//! 32-bit word there is 0, while a header never is — its align field holds
//! log2(align) + 1, at least 1. Drop reads need no test (bit 31 is clear in
//! both); size and align reads read the absolute entries when the word is 0
//! (compact_decode.rs). A size of 2^26 bytes or more does not fit: such a
//! module gets the relative layout.

use crate::llvm::Module;

/// Bytes of an entry of the relative layout: an i32 offset.
pub const RELATIVE_ENTRY: u64 = 4;

/// rustc's absolute vtable layout for a target: entries of one pointer-sized
/// word, drop at 0, size at 1 word, align at 2 words, slot k at 3 + k words.
/// reltab supports 8-byte words (x86_64, aarch64) and 4-byte words (i686,
/// armv7); with 4-byte words the relative entries are as long as the
/// absolute ones, and only the relocations go (and, compact, the header
/// shrinks from 12 bytes to 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Abi {
    pub word: u64,
}

impl Abi {
    pub const LP64: Abi = Abi { word: 8 };
    pub const ILP32: Abi = Abi { word: 4 };

    /// The layout of `module`'s target: words of its pointer size.
    pub fn of(module: &Module) -> Abi {
        Abi { word: module.pointer_size() }
    }

    /// Whether reltab supports this word size (recognize.rs finds nothing
    /// on other targets, and plan.rs refuses them).
    pub fn is_supported(self) -> bool {
        self == Abi::LP64 || self == Abi::ILP32
    }

    /// Where `entry` is in rustc's absolute layout (its `VirtualIndex`
    /// times the word): every absolute offset reltab uses comes from here.
    pub fn absolute_offset(self, entry: Entry) -> u64 {
        match entry {
            Entry::Drop => 0,
            Entry::Size => self.word,
            Entry::Align => 2 * self.word,
            Entry::Slot(k) => self.header() + k * self.word,
        }
    }

    /// Bytes of the absolute header (drop, size, align), where slot 0 starts.
    pub fn header(self) -> u64 {
        3 * self.word
    }

    pub fn word_bits(self) -> u32 {
        (self.word * 8) as u32
    }

    /// The entry that starts at absolute `offset`, if one does.
    pub fn entry_at(self, offset: u64) -> Option<Entry> {
        match offset {
            0 => Some(Entry::Drop),
            o if o == self.word => Some(Entry::Size),
            o if o == 2 * self.word => Some(Entry::Align),
            o if o >= self.header() && (o - self.header()).is_multiple_of(self.word) => {
                Some(Entry::Slot((o - self.header()) / self.word))
            }
            _ => None,
        }
    }

    /// The entry a load reads, when it reads one whole: a pointer at a
    /// pointer entry (drop, slot), a word-sized integer at a word entry
    /// (size, align). Any other read of a vtable is a read of its bytes.
    pub fn entry_read(self, offset: u64, is_pointer: bool, int_width: Option<u32>) -> Option<Entry> {
        let entry = self.entry_at(offset)?;
        let fits = if entry.is_pointer() { is_pointer } else { int_width == Some(self.word_bits()) };
        fits.then_some(entry)
    }

    /// Where `entry` is in the relative layout: size and align keep their
    /// place, slots become 4-byte offsets after them.
    pub fn relative_offset(self, entry: Entry) -> u64 {
        match entry {
            Entry::Slot(k) => self.header() + k * RELATIVE_ENTRY,
            header => self.absolute_offset(header),
        }
    }

    /// Where `entry` is, from the address point, in `form`. `None` for size
    /// and align in the compact forms, which live in the header word.
    pub fn entry_offset(self, form: Form, entry: Entry) -> Option<i64> {
        let relative = self.relative_offset(entry) as i64;
        let slot_bytes = relative - self.header() as i64;
        let entry_bytes = RELATIVE_ENTRY as i64;
        Some(match (form, entry) {
            (Form::Relative, _) => relative,
            (Form::Compact | Form::CheckedCompact, Entry::Size | Entry::Align) => return None,
            (Form::Compact, Entry::Drop) => -entry_bytes,
            (Form::Compact, Entry::Slot(_)) => COMPACT_HEADER as i64 + slot_bytes,
            (Form::CheckedRelative, Entry::Size | Entry::Align) => relative,
            // The checked forms: the entries of the layout that are not in
            // their absolute place go below the address point, downwards —
            // the header (compact), the drop entry, then slot 0, 1, ...
            (Form::CheckedRelative | Form::CheckedCompact, Entry::Drop | Entry::Slot(_)) => {
                let index = match entry {
                    Entry::Slot(k) => 1 + k as i64,
                    _ => 0,
                };
                -entry_bytes * (self.entries_above_drop(form) + index + 1)
            }
        })
    }

    /// Where the compact header is, from the address point, in the compact
    /// forms.
    pub fn header_offset(self, form: Form) -> Option<i64> {
        match form {
            Form::Compact => Some(0),
            Form::CheckedCompact => Some(-(RELATIVE_ENTRY as i64)),
            Form::Relative | Form::CheckedRelative => None,
        }
    }

    /// In a checked form, the entries below the address point above the
    /// drop entry: the compact header.
    fn entries_above_drop(self, form: Form) -> i64 {
        i64::from(form == Form::CheckedCompact)
    }

    /// Bytes before the address point.
    pub fn address_point(self, form: Form, shape: Shape) -> u64 {
        match form {
            Form::Relative => 0,
            // The header (compact), drop and slots, then padding that keeps
            // the address point aligned to a word.
            Form::CheckedRelative | Form::CheckedCompact => {
                ((self.entries_above_drop(form) as u64 + 1 + shape.slots) * RELATIVE_ENTRY).next_multiple_of(self.word)
            }
            // The drop entry, after padding that keeps the address point
            // aligned to a word.
            Form::Compact if shape.has_drop => self.word,
            Form::Compact => 0,
        }
    }

    /// Bytes of a table.
    pub fn table_size(self, form: Form, shape: Shape) -> u64 {
        let ap = self.address_point(form, shape);
        match form {
            Form::Relative => self.header() + shape.slots * RELATIVE_ENTRY,
            Form::CheckedRelative | Form::CheckedCompact => ap + self.header() + shape.slots * self.word,
            Form::Compact => ap + COMPACT_HEADER + shape.slots * RELATIVE_ENTRY,
        }
    }
}

/// The entries of a vtable, in rustc's order (its `VtblEntry`: the drop,
/// size and align metadata, then one slot per method, supertrait vtable or
/// vacant place). Every offset of an entry, in every layout, is computed from
/// this by [`Abi`]; nothing else in reltab spells an offset out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Entry {
    Drop,
    Size,
    Align,
    /// Slot k: a method, a supertrait's vtable, or null.
    Slot(u64),
}

impl Entry {
    /// Drop and slots hold pointers (relocated, and relative once
    /// converted); size and align hold words.
    pub fn is_pointer(self) -> bool {
        matches!(self, Entry::Drop | Entry::Slot(_))
    }
}

pub use reltab_report::Form;

/// What decides where a table's entries go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub slots: u64,
    pub has_drop: bool,
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

    const LP: Abi = Abi::LP64;
    const IP: Abi = Abi::ILP32;

    /// The relative offset of the entry at absolute `offset`.
    fn rel(abi: Abi, offset: u64) -> Option<u64> {
        abi.entry_at(offset).map(|e| abi.relative_offset(e))
    }

    /// The offset from the address point, in `form`, of the entry at
    /// absolute `offset`.
    fn at(abi: Abi, form: Form, offset: u64) -> Option<i64> {
        abi.entry_at(offset).and_then(|e| abi.entry_offset(form, e))
    }

    #[test]
    fn entries_and_absolute_offsets_agree() {
        for abi in [LP, IP] {
            for entry in [Entry::Drop, Entry::Size, Entry::Align, Entry::Slot(0), Entry::Slot(7)] {
                assert_eq!(abi.entry_at(abi.absolute_offset(entry)), Some(entry));
            }
            assert_eq!(abi.entry_read(abi.word, false, Some(abi.word_bits())), Some(Entry::Size));
            assert_eq!(abi.entry_read(abi.word, true, None), None);
            assert_eq!(abi.entry_read(abi.header(), true, None), Some(Entry::Slot(0)));
            assert_eq!(abi.entry_read(abi.header(), false, Some(abi.word_bits())), None);
        }
        assert_eq!(LP.absolute_offset(Entry::Slot(2)), 40);
        assert_eq!(IP.absolute_offset(Entry::Slot(2)), 20);
        assert_eq!(LP.entry_at(12), None);
    }

    fn shape(slots: u64) -> Shape {
        Shape { slots, has_drop: false }
    }

    #[test]
    fn header_keeps_its_place_and_slots_halve() {
        assert_eq!(rel(LP, 0), Some(0));
        assert_eq!(rel(LP, 8), Some(8));
        assert_eq!(rel(LP, 16), Some(16));
        assert_eq!(rel(LP, 24), Some(24));
        assert_eq!(rel(LP, 32), Some(28));
        assert_eq!(rel(LP, 24 + 8 * 10), Some(24 + 4 * 10));
        assert_eq!(rel(LP, 4), None);
        assert_eq!(rel(LP, 28), None);
        assert_eq!(LP.table_size(Form::Relative, shape(0)), 24);
        assert_eq!(LP.table_size(Form::Relative, shape(3)), 36);
    }

    #[test]
    fn checked_entries_sit_below_the_address_point() {
        assert_eq!(at(LP, Form::CheckedRelative, 0), Some(-4));
        assert_eq!(at(LP, Form::CheckedRelative, 8), Some(8));
        assert_eq!(at(LP, Form::CheckedRelative, 16), Some(16));
        assert_eq!(at(LP, Form::CheckedRelative, 24), Some(-8));
        assert_eq!(at(LP, Form::CheckedRelative, 32), Some(-12));
        assert_eq!(at(LP, Form::CheckedRelative, 28), None);
        // drop + 1 slot: 8 bytes, aligned; drop + 2 slots: 12, padded to 16.
        assert_eq!(LP.address_point(Form::CheckedRelative, shape(1)), 8);
        assert_eq!(LP.address_point(Form::CheckedRelative, shape(2)), 16);
        assert_eq!(LP.table_size(Form::CheckedRelative, shape(2)), 16 + 24 + 16);
        // The lowest slot entry is inside the table.
        for slots in 0..6u64 {
            let lowest = at(LP, Form::CheckedRelative, LP.header() + slots.saturating_sub(1) * LP.word).unwrap();
            assert!(LP.address_point(Form::CheckedRelative, shape(slots)) as i64 + lowest >= 0);
        }
    }

    #[test]
    fn checked_compact_keeps_header_drop_and_slots_below_the_address_point() {
        for abi in [LP, IP] {
            assert_eq!(abi.header_offset(Form::CheckedCompact), Some(-4));
            assert_eq!(at(abi, Form::CheckedCompact, 0), Some(-8));
            assert_eq!(at(abi, Form::CheckedCompact, abi.header()), Some(-12));
            assert_eq!(at(abi, Form::CheckedCompact, abi.header() + abi.word), Some(-16));
            assert_eq!(at(abi, Form::CheckedCompact, abi.word), None);
            assert_eq!(at(abi, Form::CheckedCompact, 2 * abi.word), None);
            // The lowest entry (the last slot, or the drop entry) is inside
            // the table, and the address point is aligned to a word, with or
            // without a drop function.
            for slots in 0..6u64 {
                for has_drop in [false, true] {
                    let s = Shape { slots, has_drop };
                    let ap = abi.address_point(Form::CheckedCompact, s);
                    assert!(ap.is_multiple_of(abi.word));
                    let lowest = match slots {
                        0 => Entry::Drop,
                        n => Entry::Slot(n - 1),
                    };
                    assert!(ap as i64 + abi.entry_offset(Form::CheckedCompact, lowest).unwrap() >= 0);
                    assert_eq!(abi.table_size(Form::CheckedCompact, s), ap + abi.header() + slots * abi.word);
                }
            }
        }
        // header, drop and 1 slot: 12 bytes, padded to 16 with 8-byte words.
        assert_eq!(LP.address_point(Form::CheckedCompact, shape(1)), 16);
        assert_eq!(LP.address_point(Form::CheckedCompact, shape(2)), 16);
        assert_eq!(IP.address_point(Form::CheckedCompact, shape(1)), 12);
    }

    #[test]
    fn compact_slots_follow_the_header_whether_or_not_there_is_a_drop() {
        assert_eq!(at(LP, Form::Compact, 24), Some(4));
        assert_eq!(at(LP, Form::Compact, 32), Some(8));
        assert_eq!(at(LP, Form::Compact, 24 + 8 * 10), Some(4 + 4 * 10));
        assert_eq!(at(LP, Form::Compact, 0), Some(-4));
        assert_eq!(at(LP, Form::Compact, 8), None);
        assert_eq!(at(LP, Form::Compact, 16), None);
        let with_drop = Shape { slots: 3, has_drop: true };
        assert_eq!(LP.address_point(Form::Compact, shape(3)), 0);
        assert_eq!(LP.address_point(Form::Compact, with_drop), 8);
        assert_eq!(LP.table_size(Form::Compact, shape(3)), 16);
        assert_eq!(LP.table_size(Form::Compact, with_drop), 24);
        // The drop entry, 4 bytes below the address point, is in the table.
        assert!(LP.address_point(Form::Compact, with_drop) >= RELATIVE_ENTRY);
    }

    #[test]
    fn with_4_byte_words_relative_entries_keep_their_place() {
        for offset in [0, 4, 8, 12, 16, 12 + 4 * 10] {
            assert_eq!(rel(IP, offset), Some(offset));
        }
        assert_eq!(rel(IP, 2), None);
        assert_eq!(IP.table_size(Form::Relative, shape(3)), 24);
        assert_eq!(at(IP, Form::CheckedRelative, 12), Some(-8));
        assert_eq!(at(IP, Form::CheckedRelative, 4), Some(4));
        assert_eq!(IP.address_point(Form::CheckedRelative, shape(2)), 12);
        assert_eq!(IP.table_size(Form::CheckedRelative, shape(2)), 12 + 12 + 8);
    }

    #[test]
    fn with_4_byte_words_the_compact_header_replaces_12_bytes() {
        assert_eq!(at(IP, Form::Compact, 12), Some(4));
        assert_eq!(at(IP, Form::Compact, 16), Some(8));
        assert_eq!(at(IP, Form::Compact, 0), Some(-4));
        assert_eq!(at(IP, Form::Compact, 4), None);
        assert_eq!(at(IP, Form::Compact, 8), None);
        let with_drop = Shape { slots: 1, has_drop: true };
        // No padding: the drop entry alone keeps the address point aligned.
        assert_eq!(IP.address_point(Form::Compact, with_drop), 4);
        // A drop and one method: 16 bytes absolute, 12 relative, 12 compact;
        // without a drop, 8.
        assert_eq!(IP.table_size(Form::Compact, with_drop), 12);
        assert_eq!(IP.table_size(Form::Compact, shape(1)), 8);
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

#[cfg(test)]
mod entry_read_tests {
    use super::Abi;

    fn lp64(offset: u64, is_ptr: bool, int_width: Option<u32>) -> bool {
        Abi::LP64.entry_read(offset, is_ptr, int_width).is_some()
    }

    fn ilp32(offset: u64, is_ptr: bool, int_width: Option<u32>) -> bool {
        Abi::ILP32.entry_read(offset, is_ptr, int_width).is_some()
    }

    #[test]
    fn entry_reads_are_the_header_and_pointer_slots() {
        assert!(lp64(0, true, None), "drop");
        assert!(lp64(8, false, Some(64)), "size");
        assert!(lp64(16, false, Some(64)), "align");
        assert!(lp64(24, true, None), "first slot");
        assert!(lp64(24 + 8 * 40, true, None), "a later slot");
    }

    #[test]
    fn data_reads_are_not_entry_reads() {
        assert!(!lp64(0, false, Some(64)), "drop read as an integer");
        assert!(!lp64(8, true, None), "size read as a pointer");
        assert!(!lp64(4, false, Some(32)), "half a word");
        assert!(!lp64(16, false, Some(32)), "align read as i32");
        assert!(!lp64(28, true, None), "a slot off its word");
        assert!(!lp64(32, false, Some(64)), "a slot read as an integer");
    }

    #[test]
    fn with_4_byte_words_entries_are_4_bytes_apart() {
        assert!(ilp32(0, true, None), "drop");
        assert!(ilp32(4, false, Some(32)), "size");
        assert!(ilp32(8, false, Some(32)), "align");
        assert!(ilp32(12, true, None), "first slot");
        assert!(ilp32(16, true, None), "second slot");
        assert!(!ilp32(4, false, Some(64)), "size read as i64");
        assert!(!ilp32(14, true, None), "a slot off its word");
    }
}
