//! Box<dyn Iterator<Item = ...>>: chains of boxed adapters, by_ref through &mut dyn Iterator, size_hint, custom iterators behind dyn.
use std::hint::black_box;

struct Fib {
    a: u64,
    b: u64,
}
impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Countdown(u32);
impl Iterator for Countdown {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 as u64)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.0 as usize, Some(self.0 as usize))
    }
}

fn source(kind: u32) -> Box<dyn Iterator<Item = u64>> {
    match kind {
        0 => Box::new(0..10),
        1 => Box::new(Fib { a: 0, b: 1 }.take(12)),
        2 => Box::new(Countdown(6)),
        3 => Box::new(vec![5u64, 3, 8].into_iter()),
        _ => Box::new(std::iter::empty()),
    }
}

fn stage(it: Box<dyn Iterator<Item = u64>>, k: u32) -> Box<dyn Iterator<Item = u64>> {
    match k {
        0 => Box::new(it.map(|x| x * 3)),
        1 => Box::new(it.filter(|x| x % 2 == 0)),
        2 => Box::new(it.skip(1)),
        3 => Box::new(it.chain(source(3))),
        _ => Box::new(it.rev_not_possible()),
    }
}

// A helper trait so `stage` can use a distinct boxed adapter on any Iterator.
trait RevNot: Iterator<Item = u64> + Sized + 'static {
    fn rev_not_possible(self) -> Box<dyn Iterator<Item = u64>> {
        let v: Vec<u64> = self.collect();
        Box::new(v.into_iter().rev())
    }
}
impl<I: Iterator<Item = u64> + 'static> RevNot for I {}

fn take_some(it: &mut dyn Iterator<Item = u64>, n: usize) -> Vec<u64> {
    it.take(n).collect()
}

fn main() {
    for src in 0..black_box(5) {
        let it = source(src);
        println!("source {src} size_hint {:?}", it.size_hint());
        println!("   {:?}", it.collect::<Vec<_>>());
    }
    for pipeline in [[0, 1, 2], [3, 0, 4], [1, 3, 1], [4, 2, 0]] {
        let mut it = source(black_box(1));
        for k in pipeline {
            it = stage(it, k);
        }
        println!("pipeline {:?}: {:?}", pipeline, it.collect::<Vec<_>>());
    }
    let mut it: Box<dyn Iterator<Item = u64>> = Box::new(Fib { a: 0, b: 1 });
    println!("first 5: {:?}", take_some(&mut *it, 5));
    println!("next 5: {:?}", take_some(&mut *it, 5));
    println!(
        "by_ref: {:?}",
        it.by_ref().skip(2).step_by(2).take(3).collect::<Vec<_>>()
    );
    println!("nth(3): {:?}", it.nth(3));

    let nested: Box<dyn Iterator<Item = Box<dyn Iterator<Item = u64>>>> =
        Box::new((0..4).map(source));
    let flat: Vec<u64> = nested.flatten().collect();
    println!(
        "flattened {} items, sum {}",
        flat.len(),
        flat.iter().sum::<u64>()
    );

    let strs: Box<dyn Iterator<Item = String>> =
        Box::new(["a", "bb", "ccc"].iter().map(|s| s.repeat(2)));
    let joined: Box<dyn Iterator<Item = (usize, String)>> = Box::new(strs.enumerate());
    for (i, s) in joined {
        println!("{i}: {s}");
    }
    let dyn_ref: &mut dyn Iterator<Item = u64> = &mut Countdown(4);
    println!("size_hint via &mut dyn: {:?}", dyn_ref.size_hint());
    let total: u64 = dyn_ref.sum();
    println!("sum via &mut dyn: {}", total);
    let mut peek = source(0).peekable();
    while let Some(x) = peek.next() {
        if let Some(&n) = peek.peek() {
            if n % 4 == 0 {
                print!("{x}|");
                continue;
            }
        }
        print!("{x} ");
    }
    println!();
}
