// A cdylib that keeps a trait object with native code it links
// (`native_keeper.c`, named with -reltab-native-code) and hands out what the
// native code gives back (boundaries.rs, native_code_hands_back_what_it_kept).
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;
use std::ffi::c_void;

extern "C" {
    fn keeper_keep(p: *mut c_void) -> *mut c_void;
}

/// Gives a boxed trait object to the native keeper.
#[no_mangle]
pub extern "C" fn keep_shape(r: f64) {
    let shape: Box<Box<dyn Shape>> = Box::new(Box::new(Circle { r }));
    unsafe { keeper_keep(Box::into_raw(shape).cast()) };
}

/// What the keeper keeps: the host calls through its trait object.
#[no_mangle]
pub extern "C" fn kept_shape() -> *const c_void {
    unsafe { keeper_keep(std::ptr::null_mut()) }
}
