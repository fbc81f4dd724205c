//! Reads that a path condition shows are no vtable reads. A predicate for
//! the census; it changes nothing.
//!
//! The census knows values that are vtable pointers, but a value can be one
//! on some paths only: std's `io::Error` keeps a tag in the two low bits of
//! one pointer-sized word (0: a `&'static SimpleMessage`, 1: a `Box<Custom>`
//! whose `Box<dyn Error>` it drops through its vtable, 2: an OS error code,
//! 3: a kind), and when that word shares a place with a vtable pointer (an
//! enum's niche), the same SSA value is a vtable pointer on one path and a
//! tagged pointer on another. Its reads on the tagged paths (`gep %repr, 7`:
//! the `Box<dyn Error>`'s vtable pointer inside the `Custom` the word points
//! at, 1 past the tag) are no vtable reads, and must be neither refused nor
//! rewritten.
//!
//! **The rule.** Every vtable pointer is aligned to at least a word: rustc
//! aligns each vtable to a pointer, the recognizer requires it
//! (recognize.rs), and every address point of the converted layouts is a
//! word into a word-aligned table (layout.rs). So its low `log2(word)` bits
//! are zero, before and after conversion. A read of `base + k` that can only
//! execute after the program has tested that some of those bits of `base`
//! are *not* zero cannot read a vtable. "Can only execute after": every path
//! from the function's entry to the read crosses a CFG edge that holds only
//! when the low bits are not zero —
//!
//! * a `switch` on `and (ptrtoint base), m` (or its `trunc`) to a case `c`
//!   with `c & (word - 1) != 0`;
//! * a conditional branch on `icmp eq (and (ptrtoint base), m), c` to its
//!   true side (`ne`: its false side) with `c & (word - 1) != 0`, or on
//!   `icmp ne (and (ptrtoint base), m), 0` to its true side (`eq`: false)
//!   when `m` has only low bits.
//!
//! It is checked by removing those edges from the function's CFG and
//! searching from the entry: if the read's block is no longer reachable,
//! every path to it crosses one. `base` is an SSA value, the same on every
//! path after its definition, so what the edge tested still holds at the
//! read.

use std::collections::HashSet;

use crate::llvm::{Block, IntPredicate, Kind, Opcode, Value};

/// Where a marked read's evidence holds. A read rustc marked (or reltab
/// protected) says that its base is a vtable pointer *there*; the same SSA
/// value may be something else on another path (an enum's niche: clap's
/// `Help` is `&mut dyn Write` or `&mut Colorizer` in one pair of words, told
/// apart by whether the first is null, and its second word is a vtable
/// pointer on one side only). The evidence covers a place when every path
/// from the function's entry to it passes one of the reads first: the value
/// is the same SSA value, so what the read showed still holds.
pub struct Coverage {
    reads: Vec<Value>,
    /// The blocks that hold one of the reads.
    walls: HashSet<Block>,
    entry: Block,
}

impl Coverage {
    /// The coverage of `reads` (instructions of one function, at least one).
    pub fn new(reads: &[Value]) -> Coverage {
        let walls = reads.iter().map(|r| r.parent_block()).collect();
        Coverage { reads: reads.to_vec(), walls, entry: reads[0].parent_function().entry_block() }
    }

    /// Whether one of the reads has run whenever `at` (an instruction of the
    /// same function) runs.
    pub fn covers(&self, at: Value) -> bool {
        let block = at.parent_block();
        if !self.reached_past_no_read(block) {
            return true;
        }
        // Reachable without passing a read: covered only by a read earlier
        // in `at`'s own block.
        for inst in block.instructions() {
            if inst == at {
                return false;
            }
            if self.reads.contains(&inst) {
                return true;
            }
        }
        false
    }

    /// Whether a path from the entry reaches `block` without passing
    /// through a block that holds a read (`block` itself may hold one).
    /// Searched backwards from `block`, which stops at the reads' blocks:
    /// a read is mostly near the places it covers, and the search is short.
    fn reached_past_no_read(&self, block: Block) -> bool {
        if block == self.entry {
            return true;
        }
        let mut seen = HashSet::from([block]);
        let mut work = vec![block];
        while let Some(b) = work.pop() {
            for pred in b.predecessors() {
                if self.walls.contains(&pred) {
                    continue;
                }
                if pred == self.entry {
                    return true;
                }
                if seen.insert(pred) {
                    work.push(pred);
                }
            }
        }
        false
    }

    /// Whether a phi's incoming `value` is covered on every edge it comes by
    /// (at the end of each incoming block).
    pub fn covers_incoming(&self, phi: Value, value: Value) -> bool {
        phi.incoming_edges()
            .into_iter()
            .filter(|(v, _)| *v == value)
            .all(|(_, block)| block.terminator().is_some_and(|t| self.covers(t)))
    }
}

/// Whether `read` (an instruction reading from `base` plus some offset) runs
/// only where `base`'s low bits below `word` are not all zero: then `base`
/// is no vtable pointer there.
pub fn tagged_not_a_vtable(read: Value, base: Value, word: u64) -> bool {
    let low = word - 1;
    let tests = low_bit_tests(base, low);
    if tests.is_empty() {
        return false;
    }
    // The edges that hold only when some low bit of `base` is set.
    let mut cut: HashSet<(Block, usize)> = HashSet::new();
    for test in tests {
        for user in test.value.users() {
            if user.kind() != Kind::Instruction || user.parent_function() != read.parent_function() {
                continue;
            }
            match user.opcode() {
                Some(Opcode::Switch) if user.branch_condition() == Some(test.value) => {
                    for (value, successor) in user.switch_cases() {
                        if value.const_zext().is_some_and(|c| c & test.mask & low != 0) {
                            cut.insert((user.parent_block(), successor));
                        }
                    }
                }
                Some(Opcode::ICmp) => {
                    let Some(predicate) = user.equality_predicate() else { continue };
                    let other = if user.operand(0) == test.value { user.operand(1) } else { user.operand(0) };
                    let Some(c) = other.const_zext() else { continue };
                    // Which side of `icmp eq` says a low bit is set.
                    let set_when_equal = c & test.mask & low != 0;
                    let set_when_unequal = c == 0 && test.mask & !low == 0;
                    let side = match (predicate, set_when_equal, set_when_unequal) {
                        (IntPredicate::Eq, true, _) | (IntPredicate::Ne, _, true) => 0,
                        (IntPredicate::Ne, true, _) | (IntPredicate::Eq, _, true) => 1,
                        _ => continue,
                    };
                    for branch in user.users() {
                        if branch.opcode() == Some(Opcode::Br) && branch.branch_condition() == Some(user) {
                            cut.insert((branch.parent_block(), side));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if cut.is_empty() {
        return false;
    }
    let target = read.parent_block();
    let entry = read.parent_function().entry_block();
    let mut seen = HashSet::from([entry]);
    let mut work = vec![entry];
    while let Some(block) = work.pop() {
        if block == target {
            return false;
        }
        let Some(terminator) = block.terminator() else { continue };
        for (i, next) in terminator.successors().into_iter().enumerate() {
            if !cut.contains(&(block, i)) && seen.insert(next) {
                work.push(next);
            }
        }
    }
    true
}

/// A value that is `ptrtoint base` masked: `and` with a constant, or a
/// `trunc` (a mask of its width).
struct LowBitTest {
    value: Value,
    mask: u64,
}

fn low_bit_tests(base: Value, low: u64) -> Vec<LowBitTest> {
    let mut tests = Vec::new();
    for word in base.users().filter(|u| u.kind() == Kind::Instruction && u.opcode() == Some(Opcode::PtrToInt)) {
        for user in word.users().filter(|u| u.kind() == Kind::Instruction) {
            let mask = match user.opcode() {
                Some(Opcode::And) => {
                    let other = if user.operand(0) == word { user.operand(1) } else { user.operand(0) };
                    other.const_zext()
                }
                Some(Opcode::Trunc) => user.ty().int_width().filter(|w| *w < 64).map(|w| (1u64 << w) - 1),
                _ => None,
            };
            if let Some(mask) = mask.filter(|m| m & low != 0) {
                tests.push(LowBitTest { value: user, mask });
            }
        }
    }
    tests
}
