// The host of native_lib.rs: calls through the trait object its native code kept.
#[path = "shape.rs"]
mod shape;
use shape::Shape;
use std::ffi::c_void;

#[link(name = "native_lib")]
extern "C" {
    fn keep_shape(r: f64);
    fn kept_shape() -> *const c_void;
}

fn main() {
    unsafe { keep_shape(2.0) };
    let s = unsafe { &*kept_shape().cast::<Box<dyn Shape>>() };
    println!("kept: area {} ({} sides)", s.area(), s.sides());
    println!("done");
}
