// The host of found_lib.rs: calls through the trait object of the entry the
// library found.
#[path = "shape.rs"]
mod shape;
use shape::Shape;

#[repr(C)]
pub struct Entry {
    tag: u64,
    shape: Box<dyn Shape>,
}

#[link(name = "found_lib")]
extern "C" {
    fn find_entry(tag: u8) -> *const Entry;
}

fn main() {
    // The first entry's tag: found at the first byte searched, before any
    // pointer's bytes (which could hold 32, say, as they do at random).
    let e = unsafe { &*find_entry(16) };
    println!("entry {}: area {} ({} sides)", e.tag, e.shape.area(), e.shape.sides());
    println!("done");
}
