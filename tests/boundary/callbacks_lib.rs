// A cdylib that gives the C library the host's trait object together with
// callbacks that the C library calls with it later (boundaries.rs,
// c_library_calls_back_later_with_what_it_was_given), each calling
// through the host's vtable:
// `--cfg cookie`: `fopencookie`'s functions, given in a struct by value,
// called with the cookie (the host's `Box<dyn Shape>`) when the stream is
// written;
// `--cfg tree`: a search tree's keys (`tsearch`, with a comparison of
// addresses), walked later by `twalk`, whose action is called with each
// node.
#[path = "shape.rs"]
mod shape;
use shape::Shape;
use std::ffi::{c_char, c_int, c_void};

#[cfg(cookie)]
mod cookie {
    use super::*;

    #[repr(C)]
    pub struct CookieFunctions {
        pub read: Option<unsafe extern "C" fn(*mut c_void, *mut c_char, usize) -> isize>,
        pub write: Option<unsafe extern "C" fn(*mut c_void, *const c_char, usize) -> isize>,
        pub seek: Option<unsafe extern "C" fn(*mut c_void, *mut i64, c_int) -> c_int>,
        pub close: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    }

    extern "C" {
        pub fn fopencookie(cookie: *mut c_void, mode: *const c_char, functions: CookieFunctions) -> *mut c_void;
    }

    /// Writes the area of the shape behind the cookie, for every write.
    pub unsafe extern "C" fn write_area(cookie: *mut c_void, _buf: *const c_char, size: usize) -> isize {
        let shape = &*(cookie as *const Box<dyn Shape>);
        println!("[lib] written {size} bytes to a stream of area {}", shape.area());
        size as isize
    }
}

/// A stream whose writes report the area of the host's shape.
#[cfg(cookie)]
#[no_mangle]
pub extern "C" fn shape_stream(shape: *const Box<dyn Shape>) -> *mut c_void {
    let functions = cookie::CookieFunctions { read: None, write: Some(cookie::write_area), seek: None, close: None };
    unsafe { cookie::fopencookie(shape as *mut c_void, c"w".as_ptr(), functions) }
}

#[cfg(tree)]
mod tree {
    use super::*;

    extern "C" {
        pub fn tsearch(
            key: *const c_void,
            root: *mut *mut c_void,
            compare: unsafe extern "C" fn(*const c_void, *const c_void) -> c_int,
        ) -> *mut c_void;
        pub fn twalk(root: *const c_void, action: unsafe extern "C" fn(*const c_void, c_int, c_int));
    }

    pub static mut ROOT: *mut c_void = std::ptr::null_mut();
    pub static mut TOTAL: f64 = 0.0;

    /// Orders keys by address: no vtable is read.
    pub unsafe extern "C" fn by_address(a: *const c_void, b: *const c_void) -> c_int {
        (a as usize).cmp(&(b as usize)) as c_int
    }

    /// Adds the area of each key once (`postorder` or a leaf).
    pub unsafe extern "C" fn add_area(node: *const c_void, which: c_int, _depth: c_int) {
        if which == 1 || which == 3 {
            let key = *(node as *const *const Box<dyn Shape>);
            TOTAL += (*key).area();
        }
    }
}

/// Keeps the host's shape in the library's search tree.
#[cfg(tree)]
#[no_mangle]
pub extern "C" fn keep_shape(shape: *const Box<dyn Shape>) {
    unsafe { tree::tsearch(shape.cast(), &raw mut tree::ROOT, tree::by_address) };
}

/// The total area of the kept shapes, walking the tree.
#[cfg(tree)]
#[no_mangle]
pub extern "C" fn kept_area() -> f64 {
    unsafe {
        tree::TOTAL = 0.0;
        tree::twalk(tree::ROOT, tree::add_area);
        tree::TOTAL
    }
}
