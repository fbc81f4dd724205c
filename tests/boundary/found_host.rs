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
    let e = unsafe { &*find_entry(32) };
    println!("entry {}: area {} ({} sides)", e.tag, e.shape.area(), e.shape.sides());
    println!("done");
}
