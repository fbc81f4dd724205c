//! A loop that does nothing but call a method through a trait object, so
//! the cost of reading the vtable entry (an absolute pointer, or
//! `llvm.load.relative`: a 32-bit offset added to the vtable's address) is
//! all there is besides the call. Two loops: `same`, one type behind every
//! object (the branch predictor always guesses right: the entry read is on
//! the critical path), and `mixed`, eight types in a pseudo-random order.
//! A third loop, `size`, reads `size_of_val` and `align_of_val` of the mixed
//! objects instead of calling them (the compact layout decodes both from one
//! packed header word). Each prints the best of its trials in nanoseconds per
//! object, and a checksum that must be the same for every build.

use std::hint::black_box;
use std::time::Instant;

trait Step {
    fn step(&self, x: u64) -> u64;
}

macro_rules! steps {
    ($($name:ident => |$s:ident, $x:ident| $body:expr;)*) => {
        $(struct $name(u64);
        impl Step for $name {
            fn step(&self, $x: u64) -> u64 {
                let $s = self.0;
                $body
            }
        })*
    };
}

steps! {
    Add => |k, x| x.wrapping_add(k);
    Xor => |k, x| x ^ k;
    Mul => |k, x| x.wrapping_mul(k | 1);
    Rot => |k, x| x.rotate_left((k % 63) as u32);
    Sub => |k, x| x.wrapping_sub(k);
    Or => |k, x| (x | k).wrapping_add(1);
    And => |k, x| (x & k).wrapping_add(x >> 1);
    Shr => |k, x| x.wrapping_add(x >> (k % 7 + 1));
}

fn make(kind: u64, k: u64) -> Box<dyn Step> {
    match kind % 8 {
        0 => Box::new(Add(k)),
        1 => Box::new(Xor(k)),
        2 => Box::new(Mul(k)),
        3 => Box::new(Rot(k)),
        4 => Box::new(Sub(k)),
        5 => Box::new(Or(k)),
        6 => Box::new(And(k)),
        _ => Box::new(Shr(k)),
    }
}

/// Best time per object over `trials` of `visit` over every object, and
/// the checksum (`visit` folds each object into it).
fn time(objects: &[Box<dyn Step>], calls: usize, trials: usize, visit: impl Fn(&dyn Step, u64) -> u64) -> (f64, u64) {
    let rounds = calls / objects.len();
    let mut best = f64::MAX;
    let mut acc = 1u64;
    for _ in 0..trials {
        let start = Instant::now();
        for _ in 0..rounds {
            for o in objects {
                acc = visit(&**o, acc);
            }
        }
        let ns = start.elapsed().as_nanos() as f64 / (rounds * objects.len()) as f64;
        best = best.min(ns);
    }
    (best, acc)
}

fn call(o: &dyn Step, acc: u64) -> u64 {
    o.step(acc)
}

fn layout(o: &dyn Step, acc: u64) -> u64 {
    let (size, align) = (std::mem::size_of_val(o), std::mem::align_of_val(o));
    (acc ^ size as u64).rotate_left(5).wrapping_add(align as u64)
}

fn main() {
    let calls: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20_000_000);
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let same: Vec<Box<dyn Step>> = (0..1024).map(|_| make(2, next())).collect();
    let mixed: Vec<Box<dyn Step>> = (0..1024).map(|_| make(next() >> 32, next())).collect();
    let (same_ns, same_sum) = time(black_box(&same), calls, 15, call);
    let (mixed_ns, mixed_sum) = time(black_box(&mixed), calls, 15, call);
    let (size_ns, size_sum) = time(black_box(&mixed), calls, 15, layout);
    println!("same_ns_per_call {same_ns:.4}");
    println!("mixed_ns_per_call {mixed_ns:.4}");
    println!("size_ns_per_call {size_ns:.4}");
    println!("checksum {same_sum} {mixed_sum} {size_sum}");
}
