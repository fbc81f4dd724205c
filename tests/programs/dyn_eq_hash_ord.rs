//! Equality, hashing and ordering through dyn: dyn-compatible eq via as_any, &mut dyn Hasher, sorting and BTreeMap keyed by values computed from dyn calls, dedup via trait.
use std::any::Any;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};
use std::hint::black_box;

trait Key: Any {
    fn as_any(&self) -> &dyn Any;
    fn dyn_eq(&self, other: &dyn Key) -> bool;
    fn dyn_hash(&self, h: &mut dyn Hasher);
    fn rank(&self) -> (u8, i64);
    fn show(&self) -> String;
}

#[derive(PartialEq, Hash)]
struct IntKey(i64);
#[derive(PartialEq, Hash)]
struct StrKey(String);
#[derive(PartialEq, Hash)]
struct PairKey(u8, u8);

macro_rules! key_impl {
    ($t:ty, $tag:expr, |$s:ident| $rank:expr) => {
        impl Key for $t {
            fn as_any(&self) -> &dyn Any {
                self
            }
            fn dyn_eq(&self, other: &dyn Key) -> bool {
                other
                    .as_any()
                    .downcast_ref::<$t>()
                    .map_or(false, |o| o == self)
            }
            fn dyn_hash(&self, mut h: &mut dyn Hasher) {
                $tag.hash(&mut h);
                self.hash(&mut h);
            }
            fn rank(&self) -> (u8, i64) {
                let $s = self;
                ($tag, $rank)
            }
            fn show(&self) -> String {
                let $s = self;
                format!("{}:{}", stringify!($t), $s.rank().1)
            }
        }
    };
}
key_impl!(IntKey, 0u8, |s| s.0);
key_impl!(StrKey, 1u8, |s| s.0.len() as i64);
key_impl!(PairKey, 2u8, |s| s.0 as i64 * 256 + s.1 as i64);

impl PartialEq for dyn Key {
    fn eq(&self, other: &dyn Key) -> bool {
        self.dyn_eq(other)
    }
}
impl Hash for dyn Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.dyn_hash(state)
    }
}

// A tiny deterministic hasher (FNV-1a) used through &mut dyn Hasher.
struct Fnv(u64);
impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

fn fnv(k: &dyn Key) -> u64 {
    let mut h = Fnv(0xcbf29ce484222325);
    k.dyn_hash(&mut h);
    h.finish()
}

fn main() {
    let keys: Vec<Box<dyn Key>> = vec![
        Box::new(IntKey(5)),
        Box::new(StrKey("hello".into())),
        Box::new(PairKey(1, 2)),
        Box::new(IntKey(-3)),
        Box::new(StrKey("hi".into())),
        Box::new(IntKey(5)),
        Box::new(PairKey(1, 2)),
        Box::new(StrKey("hello".into())),
    ];
    let keys = black_box(keys);
    for (i, k) in keys.iter().enumerate() {
        let eqs: Vec<usize> = keys
            .iter()
            .enumerate()
            .filter(|(_, o)| **k == ***o)
            .map(|(j, _)| j)
            .collect();
        println!(
            "{i}: {} fnv={:016x} equal-to {:?}",
            k.show(),
            fnv(&**k),
            eqs
        );
    }
    // The std SipHash with fixed keys (DefaultHasher::new is deterministic).
    let mut hs = Vec::new();
    for k in &keys {
        let mut h = DefaultHasher::new();
        (**k).hash(&mut h);
        hs.push(h.finish());
    }
    let distinct: BTreeSet<u64> = hs.iter().copied().collect();
    println!("distinct sip hashes: {}", distinct.len());

    let mut sorted: Vec<&dyn Key> = keys.iter().map(|k| &**k).collect();
    sorted.sort_by_key(|k| k.rank());
    println!(
        "sorted: {}",
        sorted
            .iter()
            .map(|k| k.show())
            .collect::<Vec<_>>()
            .join(" ")
    );
    sorted.dedup_by(|a, b| a.dyn_eq(*b));
    println!(
        "dedup: {}",
        sorted
            .iter()
            .map(|k| k.show())
            .collect::<Vec<_>>()
            .join(" ")
    );

    let mut by_rank: BTreeMap<(u8, i64), Vec<usize>> = BTreeMap::new();
    for (i, k) in keys.iter().enumerate() {
        by_rank.entry(k.rank()).or_default().push(i);
    }
    for (r, idx) in &by_rank {
        println!("rank {:?}: {:?}", r, idx);
    }
    let cmp: &dyn Fn(&dyn Key, &dyn Key) -> std::cmp::Ordering = &|a, b| b.rank().cmp(&a.rank());
    let mut rev: Vec<&dyn Key> = keys.iter().map(|k| &**k).collect();
    rev.sort_by(|a, b| cmp(*a, *b));
    println!(
        "reverse: {}",
        rev.iter().map(|k| k.show()).collect::<Vec<_>>().join(" ")
    );
}
