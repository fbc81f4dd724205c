// The host of callbacks_lib.rs, built with the same --cfg (cookie or tree).
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Tri;
#[cfg(cookie)]
use std::ffi::{c_char, c_int, c_void};

#[link(name = "callbacks_lib")]
extern "C" {
    #[cfg(cookie)]
    fn shape_stream(shape: *const Box<dyn Shape>) -> *mut c_void;
    #[cfg(tree)]
    fn keep_shape(shape: *const Box<dyn Shape>);
    #[cfg(tree)]
    fn kept_area() -> f64;
}

#[cfg(cookie)]
extern "C" {
    fn fputs(s: *const c_char, stream: *mut c_void) -> c_int;
    fn fclose(stream: *mut c_void) -> c_int;
}

fn main() {
    let mine: Box<dyn Shape> = Box::new(Tri { b: 4.0 });
    #[cfg(cookie)]
    unsafe {
        let stream = shape_stream(&mine);
        fputs(c"hello".as_ptr(), stream);
        fclose(stream);
    }
    #[cfg(tree)]
    {
        let other: Box<dyn Shape> = Box::new(Tri { b: 2.0 });
        unsafe {
            keep_shape(&mine);
            keep_shape(&other);
            println!("kept area: {}", kept_area());
        }
    }
    println!("done");
}
