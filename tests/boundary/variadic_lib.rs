// A cdylib through which a trait object crosses as a variadic argument only
// (boundaries.rs, variadic_arguments_are_a_crossing): `areas` calls through
// the host's boxes, read with VaList::next_arg.
#![feature(c_variadic)]
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;

/// The sum of the areas of `n` host shapes, passed as `*const Box<dyn
/// Shape>` variadic arguments.
///
/// # Safety
/// `n` such arguments must follow.
#[no_mangle]
pub unsafe extern "C" fn areas(n: u32, mut args: ...) -> f64 {
    let mut sum = 0.0;
    for _ in 0..n {
        let b = unsafe { args.next_arg::<*const Box<dyn Shape>>() };
        sum += unsafe { (*b).area() };
    }
    sum
}

/// A trait object used inside only, so that the library has vtables to
/// convert.
#[no_mangle]
pub extern "C" fn local_area(r: f64) -> f64 {
    let b: Box<dyn Shape> = Box::new(Circle { r });
    std::hint::black_box(&b).area()
}
