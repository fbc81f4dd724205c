// A cdylib that hands out the address of a static holding a trait object
// (boundaries.rs, static_handed_out_is_a_crossing): the host reads the
// vtable pointer in it. No function takes a parameter, so nothing but what
// the functions return is at the interface.
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;
use std::ffi::c_void;

struct Holder {
    shape: &'static (dyn Shape + Sync),
}

/// Not exported: only its address is handed out.
static HELD: Holder = Holder { shape: &Circle { r: 1.0 } };

#[no_mangle]
pub extern "C" fn held() -> *const c_void {
    &HELD as *const Holder as *const c_void
}

/// Trait objects used inside only, so that the library has vtables to
/// convert.
#[no_mangle]
pub extern "C" fn local_area() -> f64 {
    let b: Box<dyn Shape> = Box::new(Circle { r: std::hint::black_box(2.0) });
    std::hint::black_box(&b).area() + std::hint::black_box(&HELD).shape.area()
}
