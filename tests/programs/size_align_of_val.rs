//! size_of_val/align_of_val on many dyn types (Box, &, Rc, Arc, nested generics), read from the vtable at run time.
#![allow(dead_code)]
use std::hint::black_box;
use std::mem::{align_of_val, size_of_val};
use std::rc::Rc;
use std::sync::Arc;

trait Sized2 {
    fn tag(&self) -> u32;
}
macro_rules! imp {
    ($($t:ty => $n:expr),* $(,)?) => { $(impl Sized2 for $t { fn tag(&self) -> u32 { $n } })* };
}
struct A1(u8);
struct A2(u16, u8);
struct A4([u32; 3]);
struct A8(u64, u8);
struct A16(u128);
struct Mixed {
    _a: u8,
    _b: u64,
    _c: u16,
}
struct WithString(String);
struct Arr<const N: usize>([u8; N]);
imp!(A1 => 1, A2 => 2, A4 => 4, A8 => 8, A16 => 16, Mixed => 100, WithString => 200, (u8, u32) => 300, [u16; 7] => 400, () => 500, Option<Box<u32>> => 600);
impl<const N: usize> Sized2 for Arr<N> {
    fn tag(&self) -> u32 {
        1000 + N as u32
    }
}

fn line(what: &str, d: &dyn Sized2) {
    println!(
        "{:<14} tag={:<5} size={:<4} align={}",
        what,
        d.tag(),
        size_of_val(d),
        align_of_val(d)
    );
}

fn main() {
    let boxes: Vec<(&str, Box<dyn Sized2>)> = vec![
        ("A1", Box::new(A1(1))),
        ("A2", Box::new(A2(1, 2))),
        ("A4", Box::new(A4([1, 2, 3]))),
        ("A8", Box::new(A8(1, 2))),
        ("A16", Box::new(A16(1))),
        (
            "Mixed",
            Box::new(Mixed {
                _a: 1,
                _b: 2,
                _c: 3,
            }),
        ),
        ("WithString", Box::new(WithString("hello".into()))),
        ("(u8,u32)", Box::new((1u8, 2u32))),
        ("[u16;7]", Box::new([0u16; 7])),
        ("()", Box::new(())),
        ("Option<Box>", Box::new(Some(Box::new(5u32)))),
        ("Arr<0>", Box::new(Arr([0u8; 0]))),
        ("Arr<3>", Box::new(Arr([0u8; 3]))),
        ("Arr<33>", Box::new(Arr([0u8; 33]))),
        ("Arr<1000>", Box::new(Arr([0u8; 1000]))),
    ];
    let boxes = black_box(boxes);
    let mut sum_size = 0;
    let mut max_align = 0;
    for (n, b) in &boxes {
        line(n, &**b);
        sum_size += size_of_val(&**b);
        max_align = max_align.max(align_of_val(&**b));
    }
    println!("sum size {} max align {}", sum_size, max_align);
    let rc: Rc<dyn Sized2> = Rc::new(A16(3));
    let arc: Arc<dyn Sized2> = Arc::new(Mixed {
        _a: 0,
        _b: 0,
        _c: 0,
    });
    line("rc A16", &*black_box(rc.clone()));
    line("arc Mixed", &*black_box(arc.clone()));
    println!("size_of_val(&Rc<dyn>) = {}", size_of_val(&rc));
    println!("size_of_val(&Box<dyn>) = {}", size_of_val(&boxes[0].1));
    // dyn Debug from std, same question.
    let dbgs: Vec<Box<dyn std::fmt::Debug>> = vec![
        Box::new(1u8),
        Box::new(2u64),
        Box::new("str"),
        Box::new(vec![1u32, 2]),
        Box::new([0u128; 2]),
    ];
    for d in black_box(&dbgs) {
        println!(
            "{:?}: size={} align={}",
            d,
            size_of_val(&**d),
            align_of_val(&**d)
        );
    }
}
