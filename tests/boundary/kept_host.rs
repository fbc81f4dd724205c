// The host of kept_lib.rs, built with the same --cfg (hand_out or take_in).
#[path = "shape.rs"]
mod shape;
#[cfg(take_in)]
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
#[cfg(take_in)]
use simple_shapes::Tri;
#[cfg(hand_out)]
use std::ffi::c_void;

#[link(name = "kept_lib")]
extern "C" {
    #[cfg(hand_out)]
    fn keep_shape(r: f64);
    #[cfg(hand_out)]
    fn kept_shape() -> *const c_void;
    #[cfg(take_in)]
    fn keep_host_shape(shape: *const Box<dyn Shape>);
    #[cfg(take_in)]
    fn kept_area() -> f64;
}

fn main() {
    #[cfg(hand_out)]
    {
        unsafe { keep_shape(2.0) };
        let s = unsafe { &*kept_shape().cast::<Box<dyn Shape>>() };
        println!("kept: area {} ({} sides)", s.area(), s.sides());
    }
    #[cfg(take_in)]
    {
        let mine: Box<dyn Shape> = Box::new(Tri { b: 4.0 });
        unsafe { keep_host_shape(&mine) };
        println!("kept host shape: area {}", unsafe { kept_area() });
    }
    println!("done");
}
