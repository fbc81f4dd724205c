// The Rust host of plugin_lib.rs, built separately and linked against
// libplugin_lib.so. `host K` runs every step; STEP=<step> runs one crossing:
//   out     make_shape overwrites (and drops) a host box through an out-parameter
//   in      the library calls methods of host objects (shape_area, shape_sides)
//   boxed   Box<Box<dyn Shape>> as void*, both ways
//   wide    wide pointers by value, both ways (the library drops the host's box)
//   vec     the library pushes into a host Vec and sums over host and library objects
//   static  the host reads the library's exported static wide pointer
//   handle  the library hands out a Box<Box<dyn Shape>> as a word read from its table
//   word    the library keeps the host's word in its table and reads it back as a pointer
//   swap    the library swaps the host's box into its AtomicPtr and calls through it
//   exchange the library compare-exchanges its own box into the host's AtomicPtr
// (No panic crosses: a Rust panic from another binary's std is a foreign
// exception to this std, and aborts with or without reltab.)
#![allow(improper_ctypes)]
#[path = "shape.rs"]
mod shape;
use shape::{Shape, Wide};
use std::ffi::c_void;
use std::sync::atomic::{AtomicPtr, Ordering::SeqCst};

#[link(name = "plugin_lib")]
extern "C" {
    fn make_shape(kind: u32, out: &mut Box<dyn Shape>);
    fn shape_area(s: &Box<dyn Shape>) -> f64;
    fn shape_sides(s: &Box<dyn Shape>) -> u32;
    fn make_boxed(kind: u32) -> *mut c_void;
    fn boxed_area(p: *mut c_void) -> f64;
    fn make_wide(kind: u32) -> Wide;
    fn wide_area_consume(w: Wide) -> f64;
    fn push_shapes(v: &mut Vec<Box<dyn Shape>>, kind: u32, n: u32);
    fn total_area(v: &Vec<Box<dyn Shape>>) -> f64;
    static LIB_SHAPE: &'static (dyn Shape + Sync);
    fn register_shape(kind: u32) -> u32;
    fn shape_handle(index: u32) -> usize;
    fn keep_word(word: usize) -> u32;
    fn kept_area(index: u32) -> f64;
    fn swap_in(b: *mut Box<dyn Shape>);
    fn slot_area() -> f64;
    fn exchange_out(slot: &AtomicPtr<Box<dyn Shape>>, kind: u32);
}

struct Tri {
    b: f64,
    h: f64,
}
struct Hex {
    s: f64,
    tag: String,
}
impl Shape for Tri {
    fn area(&self) -> f64 {
        0.5 * self.b * self.h
    }
    fn sides(&self) -> u32 {
        3
    }
    fn name(&self) -> String {
        format!("host-tri({}x{})", self.b, self.h)
    }
}
impl Shape for Hex {
    fn area(&self) -> f64 {
        2.5 * self.s * self.s
    }
    fn sides(&self) -> u32 {
        6
    }
    fn name(&self) -> String {
        format!("host-hex:{}", self.tag)
    }
}
impl Drop for Hex {
    fn drop(&mut self) {
        eprintln!("[host] drop Hex {}", self.tag);
    }
}

fn host_shape(k: u32) -> Box<dyn Shape> {
    if k % 2 == 0 {
        Box::new(Tri { b: k as f64 + 1.0, h: 2.0 })
    } else {
        Box::new(Hex { s: k as f64, tag: format!("h{k}") })
    }
}

fn show(tag: &str, s: &dyn Shape) {
    println!("{tag}: name={} area={} sides={}", s.name(), s.area(), s.sides());
}

fn main() {
    let k: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1);
    let step = std::env::var("STEP").ok();
    let want = |s: &str| step.as_deref().is_none_or(|x| x == s);

    if want("out") {
        let mut b: Box<dyn Shape> = host_shape(k);
        println!("before make_shape: {}", b.name());
        unsafe { make_shape(k, &mut b) };
        show("out-param lib object", &*b);
    }
    if want("in") {
        let mine = host_shape(k + 1);
        println!("lib shape_area(host obj) = {}", unsafe { shape_area(&mine) });
        println!("lib shape_sides(host obj) = {}", unsafe { shape_sides(&mine) });
    }
    if want("boxed") {
        let p = unsafe { make_boxed(k + 2) };
        let bb = unsafe { Box::from_raw(p as *mut Box<dyn Shape>) };
        show("boxed lib object", &**bb);
        println!("lib boxed_area = {}", unsafe { boxed_area(&*bb as *const Box<dyn Shape> as *mut c_void) });
        drop(bb);
    }
    if want("wide") {
        let w = unsafe { make_wide(k + 3) };
        let b: Box<dyn Shape> = unsafe { Box::from_raw(std::mem::transmute::<Wide, *mut dyn Shape>(w)) };
        show("wide lib object", &*b);
        drop(b);
        let mine = host_shape(k + 4);
        let w: Wide = unsafe { std::mem::transmute::<*mut dyn Shape, Wide>(Box::into_raw(mine)) };
        println!("lib wide_area_consume(host obj) = {}", unsafe { wide_area_consume(w) });
    }
    if want("vec") {
        let mut v: Vec<Box<dyn Shape>> = vec![host_shape(k)];
        unsafe { push_shapes(&mut v, k, 3) };
        for (i, s) in v.iter().enumerate() {
            show(&format!("vec[{i}]"), &**s);
        }
        println!("lib total_area = {}", unsafe { total_area(&v) });
    }
    if want("static") {
        show("exported static", unsafe { LIB_SHAPE });
    }
    if want("handle") {
        let index = unsafe { register_shape(k + 5) };
        let handle = unsafe { shape_handle(index) };
        let b = unsafe { Box::from_raw(handle as *mut Box<dyn Shape>) };
        show("handle lib object", &**b);
        drop(b);
    }
    if want("word") {
        let mine = host_shape(k + 6);
        let index = unsafe { keep_word(&mine as *const Box<dyn Shape> as usize) };
        println!("lib kept_area(host obj) = {}", unsafe { kept_area(index) });
    }
    if want("swap") {
        let mut mine = host_shape(k + 7);
        unsafe { swap_in(&mut mine) };
        println!("lib slot_area(host obj) = {}", unsafe { slot_area() });
    }
    if want("exchange") {
        let slot = AtomicPtr::new(std::ptr::null_mut());
        unsafe { exchange_out(&slot, k + 8) };
        let b = unsafe { Box::from_raw(slot.load(SeqCst)) };
        show("exchanged lib object", &**b);
        drop(b);
    }
    println!("done");
}
