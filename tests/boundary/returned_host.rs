// The host of returned_lib.rs: calls through the trait object it picks.
#[path = "shape.rs"]
mod shape;
use shape::Shape;
#[link(name = "returned_lib")]
extern "C" {
    fn pick() -> *const Box<dyn Shape>;
}
fn main() {
    let b = unsafe { &*pick() };
    println!("area {} sides {}", b.area(), b.sides());
    println!("done");
}
