//! Zero-sized and over-aligned (#[repr(align(64))], align(4096)) types behind dyn: size_of_val, align_of_val, alignment of the boxed data, drops.
use std::hint::black_box;
use std::mem::{align_of_val, size_of_val};

trait Probe {
    fn name(&self) -> &'static str;
    fn value(&self) -> u64;
}

struct Zst;
struct ZstDrop;
impl Drop for ZstDrop {
    fn drop(&mut self) {
        println!("ZstDrop dropped");
    }
}
#[repr(align(64))]
struct Aligned64 {
    x: u8,
}
#[repr(align(64))]
struct Aligned64Big {
    data: [u64; 9],
}
#[repr(C, align(4096))]
struct Page {
    first: u32,
}
#[repr(align(16))]
struct Al16ZST;
struct Packed {
    a: u8,
    b: u8,
    c: u8,
}

impl Probe for Zst {
    fn name(&self) -> &'static str {
        "Zst"
    }
    fn value(&self) -> u64 {
        0
    }
}
impl Probe for ZstDrop {
    fn name(&self) -> &'static str {
        "ZstDrop"
    }
    fn value(&self) -> u64 {
        1
    }
}
impl Probe for Aligned64 {
    fn name(&self) -> &'static str {
        "Aligned64"
    }
    fn value(&self) -> u64 {
        self.x as u64
    }
}
impl Probe for Aligned64Big {
    fn name(&self) -> &'static str {
        "Aligned64Big"
    }
    fn value(&self) -> u64 {
        self.data.iter().sum()
    }
}
impl Probe for Page {
    fn name(&self) -> &'static str {
        "Page"
    }
    fn value(&self) -> u64 {
        self.first as u64
    }
}
impl Probe for Al16ZST {
    fn name(&self) -> &'static str {
        "Al16ZST"
    }
    fn value(&self) -> u64 {
        16
    }
}
impl Probe for Packed {
    fn name(&self) -> &'static str {
        "Packed"
    }
    fn value(&self) -> u64 {
        (self.a as u64) << 16 | (self.b as u64) << 8 | self.c as u64
    }
}

fn report(p: &dyn Probe) {
    let addr = p as *const dyn Probe as *const u8 as usize;
    let al = align_of_val(p);
    println!(
        "{:<13} value={:<6} size_of_val={:<4} align_of_val={:<5} data_aligned={}",
        p.name(),
        p.value(),
        size_of_val(p),
        al,
        addr % al == 0
    );
}

fn main() {
    let v: Vec<Box<dyn Probe>> = vec![
        Box::new(Zst),
        Box::new(ZstDrop),
        Box::new(Aligned64 { x: 5 }),
        Box::new(Aligned64Big {
            data: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        }),
        Box::new(Page { first: 77 }),
        Box::new(Al16ZST),
        Box::new(Packed { a: 1, b: 2, c: 3 }),
    ];
    let v = black_box(v);
    for p in &v {
        report(&**p);
    }
    // Many ZSTs in a Vec of boxes.
    let zs: Vec<Box<dyn Probe>> = (0..black_box(5))
        .map(|i| {
            if i % 2 == 0 {
                Box::new(Zst) as Box<dyn Probe>
            } else {
                Box::new(Al16ZST)
            }
        })
        .collect();
    let total: u64 = zs
        .iter()
        .map(|z| z.value() + size_of_val(&**z) as u64 + align_of_val(&**z) as u64)
        .sum();
    println!("zst total {}", total);
    // Stack values via &dyn.
    let a = Aligned64 { x: 9 };
    let page = Page { first: 3 };
    let refs: [&dyn Probe; 3] = [&a, &page, &Zst];
    for r in refs {
        report(black_box(r));
    }
    drop(v);
    println!("end");
}
