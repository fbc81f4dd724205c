//! Hundreds of distinct vtables from const-generic and generic impls (one trait, many monomorphic types), dispatched in a loop; a relocation-heavy case.
use std::hint::black_box;

trait Cell {
    fn id(&self) -> usize;
    fn mix(&self, x: u64) -> u64;
    fn name(&self) -> String;
}

struct K<const N: usize>;
impl<const N: usize> Cell for K<N> {
    fn id(&self) -> usize {
        N
    }
    fn mix(&self, x: u64) -> u64 {
        x.rotate_left(N as u32 % 64) ^ (N as u64).wrapping_mul(0x9e3779b97f4a7c15)
    }
    fn name(&self) -> String {
        format!("K<{N}>")
    }
}

struct G<T>(T);
impl<T: Copy + Into<u64> + std::fmt::Debug> Cell for G<T> {
    fn id(&self) -> usize {
        1000 + std::mem::size_of::<T>()
    }
    fn mix(&self, x: u64) -> u64 {
        x.wrapping_add(self.0.into()).wrapping_mul(31)
    }
    fn name(&self) -> String {
        format!("G({:?})", self.0)
    }
}

macro_rules! ks {
    ($($n:literal)*) => { vec![$(Box::new(K::<$n>) as Box<dyn Cell>,)*] };
}

fn all() -> Vec<Box<dyn Cell>> {
    let mut v = ks!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
                    32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63
                    64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95
                    96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127);
    v.push(Box::new(G(7u8)));
    v.push(Box::new(G(700u16)));
    v.push(Box::new(G(70000u32)));
    v.push(Box::new(G(7_000_000_000u64)));
    v.push(Box::new(G(true)));
    v.push(Box::new(G('x')));
    v
}

fn main() {
    let cells = black_box(all());
    let mut acc = 0x1234_5678u64;
    let mut id_sum = 0;
    for (i, c) in cells.iter().enumerate() {
        acc = c.mix(acc);
        id_sum += c.id();
        if i % 16 == 0 || i >= 128 {
            println!("{i:3} {:<10} id={:<5} acc={:016x}", c.name(), c.id(), acc);
        }
    }
    println!("count={} id_sum={} final={:016x}", cells.len(), id_sum, acc);
    // Reverse order with &dyn, different result.
    let mut acc2 = 1u64;
    for c in cells.iter().rev() {
        let r: &dyn Cell = &**c;
        acc2 = r.mix(acc2) ^ r.id() as u64;
    }
    println!("reverse final={:016x}", acc2);
    let names: usize = cells.iter().map(|c| c.name().len()).sum();
    println!("total name length {}", names);
}
