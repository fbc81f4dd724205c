// A cdylib that keeps a host's trait object in a thread-local and calls
// through it later (boundaries.rs, thread_local_is_a_crossing).
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;
use std::cell::Cell;

thread_local! {
    static KEPT: Cell<*const Box<dyn Shape>> = const { Cell::new(std::ptr::null()) };
}

/// Keeps the host's box for this thread.
#[no_mangle]
pub extern "C" fn keep(b: *const Box<dyn Shape>) {
    KEPT.with(|k| k.set(b));
}

/// Calls through the kept box's vtable.
#[no_mangle]
pub extern "C" fn kept_area() -> f64 {
    KEPT.with(|k| unsafe { (*k.get()).area() })
}

/// A trait object used inside only, so that the library has vtables to
/// convert.
#[no_mangle]
pub extern "C" fn local_area() -> f64 {
    let b: Box<dyn Shape> = Box::new(Circle { r: std::hint::black_box(2.0) });
    std::hint::black_box(&b).area()
}
