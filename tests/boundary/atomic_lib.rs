// A cdylib through which a trait object crosses by an atomic exchange only
// (boundaries.rs, atomic_exchanges_are_crossings), one way per build:
//   --cfg swap      the host's Box<dyn Shape> is swapped into the library's
//                   AtomicPtr (`swap`), and the library calls through it
//   --cfg exchange  the library compare-exchanges a box of its own into the
//                   host's AtomicPtr, and the host calls through it
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicPtr, Ordering::SeqCst};

#[cfg(swap)]
static SLOT: AtomicPtr<Box<dyn Shape>> = AtomicPtr::new(null_mut());

#[cfg(swap)]
#[no_mangle]
pub extern "C" fn swap_in(b: *mut Box<dyn Shape>) {
    SLOT.swap(b, SeqCst);
}

#[cfg(swap)]
#[no_mangle]
pub extern "C" fn slot_area() -> f64 {
    unsafe { (*SLOT.load(SeqCst)).area() }
}

#[cfg(exchange)]
#[no_mangle]
pub extern "C" fn exchange_out(slot: &AtomicPtr<Box<dyn Shape>>, kind: u32) {
    let mine: Box<Box<dyn Shape>> = Box::new(Box::new(Circle { r: f64::from(kind) }));
    let mine = Box::into_raw(mine);
    if slot.compare_exchange(null_mut(), mine, SeqCst, SeqCst).is_err() {
        drop(unsafe { Box::from_raw(mine) });
    }
}

/// A trait object used inside only, so that the library has vtables to
/// convert whichever way is built.
#[no_mangle]
pub extern "C" fn local_area(r: f64) -> f64 {
    let b: Box<dyn Shape> = Box::new(Circle { r });
    std::hint::black_box(&b).area()
}
