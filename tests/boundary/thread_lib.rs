// A cdylib that runs a thread of its own with the C library's threads
// (boundaries.rs, c_library_calls_back_with_what_it_was_given): the C library
// calls the start routine with the argument `pthread_create` was given, and
// `pthread_join` writes what the start routine returned into its
// out-parameter. `--cfg take_in`: the host's box is the argument, and the
// start routine calls through it; `--cfg hand_out`: the start routine makes a
// box, and the library hands out what `pthread_join` gives back.
#[path = "shape.rs"]
mod shape;
#[cfg(hand_out)]
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
#[cfg(hand_out)]
use simple_shapes::Circle;
use std::ffi::{c_int, c_void};

extern "C" {
    fn pthread_create(
        thread: *mut u64,
        attr: *const c_void,
        start: extern "C" fn(*mut c_void) -> *mut c_void,
        arg: *mut c_void,
    ) -> c_int;
    fn pthread_join(thread: u64, result: *mut *mut c_void) -> c_int;
}

/// Runs `start(arg)` on a thread, and returns what it returned.
fn on_a_thread(start: extern "C" fn(*mut c_void) -> *mut c_void, arg: *mut c_void) -> *mut c_void {
    let mut thread = 0u64;
    let mut result = std::ptr::null_mut();
    unsafe {
        assert_eq!(pthread_create(&mut thread, std::ptr::null(), start, arg), 0);
        assert_eq!(pthread_join(thread, &mut result), 0);
    }
    result
}

/// The start routine: the area of the `Box<dyn Shape>` at `arg`, boxed.
#[cfg(take_in)]
extern "C" fn area_of(arg: *mut c_void) -> *mut c_void {
    let shape = unsafe { &*arg.cast::<Box<dyn Shape>>() };
    Box::into_raw(Box::new(shape.area())).cast()
}

/// The area of the host's shape, computed on a thread.
#[cfg(take_in)]
#[no_mangle]
pub extern "C" fn area_on_a_thread(shape: *const Box<dyn Shape>) -> f64 {
    let area = on_a_thread(area_of, shape.cast_mut().cast());
    *unsafe { Box::from_raw(area.cast::<f64>()) }
}

/// The start routine: a `Box<Box<dyn Shape>>` of a circle of radius `arg`.
#[cfg(hand_out)]
extern "C" fn make_circle(arg: *mut c_void) -> *mut c_void {
    let shape: Box<Box<dyn Shape>> = Box::new(Box::new(Circle { r: arg as usize as f64 }));
    Box::into_raw(shape).cast()
}

/// A shape made on a thread: the host calls through its trait object.
#[cfg(hand_out)]
#[no_mangle]
pub extern "C" fn shape_from_a_thread(r: u32) -> *const Box<dyn Shape> {
    on_a_thread(make_circle, r as usize as *mut c_void).cast()
}
