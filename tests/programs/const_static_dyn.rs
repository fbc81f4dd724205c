//! const and static trait objects: `const X: &dyn Display`, `static S: &(dyn Trait + Sync)`, static arrays/slices of &dyn, static Box-free dispatch tables, promoted &dyn constants.
use std::fmt::{Debug, Display};
use std::hint::black_box;

trait Op: Sync {
    fn apply(&self, a: i64, b: i64) -> i64;
    fn sym(&self) -> &'static str;
}
struct Add;
struct Mul;
struct Pow {
    cap: u32,
}
impl Op for Add {
    fn apply(&self, a: i64, b: i64) -> i64 {
        a + b
    }
    fn sym(&self) -> &'static str {
        "+"
    }
}
impl Op for Mul {
    fn apply(&self, a: i64, b: i64) -> i64 {
        a * b
    }
    fn sym(&self) -> &'static str {
        "*"
    }
}
impl Op for Pow {
    fn apply(&self, a: i64, b: i64) -> i64 {
        a.pow((b as u32).min(self.cap))
    }
    fn sym(&self) -> &'static str {
        "^"
    }
}

const X: &dyn Display = &42i32;
const NAME: &dyn Display = &"const str";
const DBG: &dyn Debug = &[1u8, 2, 3];
static S: &(dyn Op + Sync) = &Add;
static OPS: [&(dyn Op + Sync); 3] = [&Add, &Mul, &Pow { cap: 10 }];
static OPS_SLICE: &[&dyn Op] = &[&Mul, &Pow { cap: 3 }, &Add];
const CONST_OPS: &[&dyn Op] = &[&Pow { cap: 2 }, &Add];
static DISPLAYS: &[&(dyn Display + Sync)] = &[&1u8, &-2i64, &'z', &"s", &2.5f32];

struct Registry {
    name: &'static str,
    op: &'static dyn Op,
}
static REGISTRY: [Registry; 2] = [
    Registry {
        name: "adder",
        op: &Add,
    },
    Registry {
        name: "power",
        op: &Pow { cap: 4 },
    },
];

fn pick(i: usize) -> &'static dyn Op {
    OPS[i % OPS.len()]
}

fn main() {
    println!("X = {} / {:>6} / {:<6}|", X, X, X);
    println!("NAME = {}", NAME);
    println!("DBG = {:?}", DBG);
    println!("S: 2 {} 3 = {}", S.sym(), S.apply(2, black_box(3)));
    for (i, op) in OPS.iter().enumerate() {
        println!("OPS[{i}]: 3 {} 4 = {}", op.sym(), op.apply(3, black_box(4)));
    }
    for op in OPS_SLICE {
        println!("OPS_SLICE: 5 {} 5 = {}", op.sym(), op.apply(5, 5));
    }
    for op in CONST_OPS {
        println!("CONST_OPS: 7 {} 3 = {}", op.sym(), op.apply(7, 3));
    }
    let rendered: Vec<String> = DISPLAYS.iter().map(|d| format!("[{d}]")).collect();
    println!("DISPLAYS: {}", rendered.concat());
    for r in &REGISTRY {
        println!("registry {}: {}", r.name, r.op.apply(2, 10));
    }
    let mut acc = 1;
    for i in 0..black_box(7) {
        let op = pick(i);
        acc = op.apply(acc, 2) % 1_000_003;
        println!("step {i}: {} -> {acc}", op.sym());
    }
    let promoted: &'static dyn Display = &"promoted";
    let local_ref: &dyn Display = black_box(&X);
    println!("{promoted} {local_ref}");
}
