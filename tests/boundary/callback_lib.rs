// A cdylib that hands a trait object to a function pointer the host gives
// it, as a wide pointer's two halves (boundaries.rs,
// callback_given_a_vtable_is_a_crossing): the host calls through the
// library's vtable.
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;

static CIRCLE: Circle = Circle { r: 2.0 };

/// Calls `cb` with `&CIRCLE as &dyn Shape`, as data and vtable.
#[no_mangle]
pub extern "C" fn visit(cb: extern "C" fn(*const (), *const ()) -> f64) -> f64 {
    let shape: &dyn Shape = &CIRCLE;
    let (data, vtable): (*const (), *const ()) = unsafe { std::mem::transmute(shape) };
    cb(data, vtable)
}

/// A trait object used inside only, so that the library has vtables to
/// convert.
#[no_mangle]
pub extern "C" fn local_area() -> f64 {
    let b: Box<dyn Shape> = Box::new(Circle { r: std::hint::black_box(2.0) });
    std::hint::black_box(&b).area()
}
