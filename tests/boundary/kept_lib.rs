// A cdylib that keeps a trait object with the C library and hands out what
// the C library gives back (boundaries.rs, c_library_hands_back_what_it_kept):
// `pthread_getspecific` returns the pointer `pthread_setspecific` was given.
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;
use std::ffi::{c_int, c_uint, c_void};

extern "C" {
    fn pthread_key_create(key: *mut c_uint, destructor: Option<unsafe extern "C" fn(*mut c_void)>) -> c_int;
    fn pthread_setspecific(key: c_uint, value: *const c_void) -> c_int;
    fn pthread_getspecific(key: c_uint) -> *mut c_void;
}

static mut KEY: c_uint = 0;

/// Keeps a boxed trait object as the calling thread's value of a key.
#[no_mangle]
pub extern "C" fn keep_shape(r: f64) {
    let shape: Box<Box<dyn Shape>> = Box::new(Box::new(Circle { r }));
    unsafe {
        pthread_key_create(&raw mut KEY, None);
        pthread_setspecific(KEY, Box::into_raw(shape).cast());
    }
}

/// The key's value: the host calls through its trait object.
#[no_mangle]
pub extern "C" fn kept_shape() -> *const c_void {
    unsafe { pthread_getspecific(KEY) }
}
