// A cdylib (a "plugin") that exchanges Box<dyn Shape> with a Rust host built
// separately (host.rs), through extern "C" functions and an exported static.
// Every item marked (N) is one way a vtable pointer crosses the library's
// boundary; host.rs exercises each with
// STEP=out|in|boxed|wide|vec|static|handle|word|swap|exchange.
#![allow(improper_ctypes_definitions)]
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::{Shape, Wide};
use simple_shapes::Circle;
use std::ffi::c_void;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicPtr, Ordering::SeqCst};
use std::sync::Mutex;

struct Rect {
    w: f64,
    h: f64,
    label: String,
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn sides(&self) -> u32 {
        4
    }
    fn name(&self) -> String {
        format!("lib-rect:{}", self.label)
    }
}
impl Drop for Rect {
    fn drop(&mut self) {
        eprintln!("[lib] drop Rect {}", self.label);
    }
}

fn new_shape(kind: u32) -> Box<dyn Shape> {
    if kind % 2 == 0 {
        Box::new(Circle { r: kind as f64 + 1.0 })
    } else {
        Box::new(Rect { w: kind as f64, h: 2.0, label: format!("k{kind}") })
    }
}

/// (out) Out-parameter: drops the host's old box through the *host's* vtable
/// (in), then stores its own vtable into the host's memory (out).
#[no_mangle]
pub extern "C" fn make_shape(kind: u32, out: &mut Box<dyn Shape>) {
    *out = new_shape(kind);
}

/// (in) In-parameter: calls a method through the host's vtable.
#[no_mangle]
pub extern "C" fn shape_area(s: &Box<dyn Shape>) -> f64 {
    s.area()
}

/// (in) The same, another slot.
#[no_mangle]
pub extern "C" fn shape_sides(s: &Box<dyn Shape>) -> u32 {
    s.sides()
}

/// (boxed) A Box<Box<dyn Shape>> handed out as an opaque pointer: the vtable
/// is in heap memory the host reads.
#[no_mangle]
pub extern "C" fn make_boxed(kind: u32) -> *mut c_void {
    Box::into_raw(Box::new(new_shape(kind))) as *mut c_void
}

/// (boxed) ... and read back through an opaque pointer from the host.
#[no_mangle]
pub extern "C" fn boxed_area(p: *mut c_void) -> f64 {
    let b = unsafe { &*(p as *const Box<dyn Shape>) };
    b.area()
}

/// (wide) A wide pointer returned by value (two scalars; the vtable as an
/// integer after ptrtoint).
#[no_mangle]
pub extern "C" fn make_wide(kind: u32) -> Wide {
    unsafe { std::mem::transmute::<*mut dyn Shape, Wide>(Box::into_raw(new_shape(kind))) }
}

/// (wide) A wide pointer from the host by value: called and dropped here.
#[no_mangle]
pub extern "C" fn wide_area_consume(w: Wide) -> f64 {
    let b: Box<dyn Shape> = unsafe { Box::from_raw(std::mem::transmute::<Wide, *mut dyn Shape>(w)) };
    b.area()
}

/// (vec) Two levels deep: pushes own vtables into the host's Vec buffer
/// (which it may reallocate).
#[no_mangle]
pub extern "C" fn push_shapes(v: &mut Vec<Box<dyn Shape>>, kind: u32, n: u32) {
    for i in 0..n {
        v.push(new_shape(kind + i));
    }
}

/// (vec) ... and calls through every element's vtable, the host's and its own.
#[no_mangle]
pub extern "C" fn total_area(v: &Vec<Box<dyn Shape>>) -> f64 {
    v.iter().map(|s| s.area()).sum()
}

/// (static) An exported static holding a wide pointer: the host reads the
/// vtable pointer from the library's data.
#[no_mangle]
pub static LIB_SHAPE: &(dyn Shape + Sync) = &Circle { r: 1.5 };

/// The library's table of words: addresses kept as integers.
static WORDS: Mutex<Vec<usize>> = Mutex::new(Vec::new());

/// Keeps `word` in the table, and returns its index.
fn keep(word: usize) -> u32 {
    let mut table = WORDS.lock().unwrap();
    table.push(word);
    (table.len() - 1) as u32
}

/// (handle) A `Box<Box<dyn Shape>>` kept as a `usize` in the table: returns
/// its index.
#[no_mangle]
pub extern "C" fn register_shape(kind: u32) -> u32 {
    keep(Box::into_raw(Box::new(new_shape(kind))) as usize)
}

/// (handle) ... and hands out the word read from the table: the host reads
/// the vtable behind it.
#[no_mangle]
pub extern "C" fn shape_handle(index: u32) -> usize {
    WORDS.lock().unwrap()[index as usize]
}

/// (word) A word from the host (the address of its `Box<dyn Shape>`) kept in
/// the table: returns its index.
#[no_mangle]
pub extern "C" fn keep_word(word: usize) -> u32 {
    keep(word)
}

/// (word) ... read back from the table as a pointer: calls a method through
/// the host's vtable.
#[no_mangle]
pub extern "C" fn kept_area(index: u32) -> f64 {
    let word = WORDS.lock().unwrap()[index as usize];
    let b = unsafe { &*(word as *const Box<dyn Shape>) };
    b.area()
}

/// The library's slot for one host object, swapped in atomically.
static SLOT: AtomicPtr<Box<dyn Shape>> = AtomicPtr::new(null_mut());

/// (swap) The host's `Box<dyn Shape>` swapped into the slot
/// (`AtomicPtr::swap`, an atomic exchange, not a store)...
#[no_mangle]
pub extern "C" fn swap_in(b: *mut Box<dyn Shape>) {
    SLOT.swap(b, SeqCst);
}

/// (swap) ... and called through the host's vtable.
#[no_mangle]
pub extern "C" fn slot_area() -> f64 {
    unsafe { (*SLOT.load(SeqCst)).area() }
}

/// (exchange) A `Box<Box<dyn Shape>>` of the library's put into the host's
/// `AtomicPtr` (`compare_exchange`): the host reads the vtable behind it.
#[no_mangle]
pub extern "C" fn exchange_out(slot: &AtomicPtr<Box<dyn Shape>>, kind: u32) {
    let mine = Box::into_raw(Box::new(new_shape(kind)));
    if slot.compare_exchange(null_mut(), mine, SeqCst, SeqCst).is_err() {
        drop(unsafe { Box::from_raw(mine) });
    }
}
