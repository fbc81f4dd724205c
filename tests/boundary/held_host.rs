// The host of held_lib.rs: reads the trait object in the library's static
// through the address `held` returns.
#[path = "shape.rs"]
mod shape;
use shape::Shape;
use std::ffi::c_void;

#[link(name = "held_lib")]
extern "C" {
    fn held() -> *const c_void;
    fn local_area() -> f64;
}

fn main() {
    println!("lib local_area = {}", unsafe { local_area() });
    let shape: &&dyn Shape = unsafe { &*(held() as *const &dyn Shape) };
    println!("held lib object: {} area={} sides={}", shape.name(), shape.area(), shape.sides());
    println!("done");
}
