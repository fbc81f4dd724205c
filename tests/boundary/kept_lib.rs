// A cdylib that keeps a trait object with C code and uses what the C code
// gives back (boundaries.rs, c_library_hands_back_what_it_kept and
// native_code_hands_back_what_it_kept): `pthread_getspecific` returns the
// pointer `pthread_setspecific` was given (`--cfg key`, or no keeper named);
// with `--cfg table`, `hsearch_r`
// writes the entry an earlier call entered (its data the pointer) into its
// out-parameter; with `--cfg native`, native code the library links
// (native_keeper.c) returns the last pointer it was given.
// `--cfg hand_out`: the library keeps its own box and hands out what it gets
// back; `--cfg take_in`: it keeps the host's box and calls through what it
// gets back.
#[path = "shape.rs"]
mod shape;
#[cfg(hand_out)]
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
#[cfg(hand_out)]
use simple_shapes::Circle;
use std::ffi::c_void;

/// The C library's keeper: a thread's value of a key.
#[cfg(not(any(native, table)))]
mod keeper {
    use std::ffi::{c_int, c_uint, c_void};

    extern "C" {
        fn pthread_key_create(key: *mut c_uint, destructor: Option<unsafe extern "C" fn(*mut c_void)>) -> c_int;
        fn pthread_setspecific(key: c_uint, value: *const c_void) -> c_int;
        fn pthread_getspecific(key: c_uint) -> *mut c_void;
    }

    static mut KEY: c_uint = 0;

    pub fn keep(p: *const c_void) {
        unsafe {
            pthread_key_create(&raw mut KEY, None);
            pthread_setspecific(KEY, p);
        }
    }

    pub fn kept() -> *mut c_void {
        unsafe { pthread_getspecific(KEY) }
    }
}

/// The C library's keeper: a hash table's entry (`hsearch_r`, which
/// writes the entry it finds into an out-parameter).
#[cfg(table)]
mod keeper {
    use std::ffi::{c_char, c_int, c_uint, c_void};
    use std::ptr::null_mut;

    #[repr(C)]
    pub struct Entry {
        key: *const c_char,
        data: *mut c_void,
    }

    #[repr(C)]
    pub struct Table {
        table: *mut c_void,
        size: c_uint,
        filled: c_uint,
    }

    extern "C" {
        fn hcreate_r(nel: usize, table: *mut Table) -> c_int;
        fn hsearch_r(item: Entry, action: c_int, found: *mut *mut Entry, table: *mut Table) -> c_int;
    }

    const FIND: c_int = 0;
    const ENTER: c_int = 1;
    static mut TABLE: Table = Table { table: null_mut(), size: 0, filled: 0 };

    pub fn keep(p: *const c_void) {
        let mut found = null_mut();
        unsafe {
            hcreate_r(8, &raw mut TABLE);
            hsearch_r(Entry { key: c"shape".as_ptr(), data: p.cast_mut() }, ENTER, &mut found, &raw mut TABLE);
        }
    }

    pub fn kept() -> *mut c_void {
        let mut found: *mut Entry = null_mut();
        unsafe {
            hsearch_r(Entry { key: c"shape".as_ptr(), data: null_mut() }, FIND, &mut found, &raw mut TABLE);
            (*found).data
        }
    }
}

/// Native code's keeper (native_keeper.c).
#[cfg(native)]
mod keeper {
    use std::ffi::c_void;

    extern "C" {
        fn keeper_keep(p: *mut c_void) -> *mut c_void;
    }

    pub fn keep(p: *const c_void) {
        unsafe { keeper_keep(p.cast_mut()) };
    }

    pub fn kept() -> *mut c_void {
        unsafe { keeper_keep(std::ptr::null_mut()) }
    }
}

/// Keeps a boxed trait object of the library's.
#[cfg(hand_out)]
#[no_mangle]
pub extern "C" fn keep_shape(r: f64) {
    let shape: Box<Box<dyn Shape>> = Box::new(Box::new(Circle { r }));
    keeper::keep(Box::into_raw(shape).cast());
}

/// What the keeper gives back: the host calls through its trait object.
#[cfg(hand_out)]
#[no_mangle]
pub extern "C" fn kept_shape() -> *const c_void {
    keeper::kept()
}

/// Keeps the host's boxed trait object.
#[cfg(take_in)]
#[no_mangle]
pub extern "C" fn keep_host_shape(shape: *const Box<dyn Shape>) {
    keeper::keep(shape.cast());
}

/// Calls through the trait object the keeper gives back.
#[cfg(take_in)]
#[no_mangle]
pub extern "C" fn kept_area() -> f64 {
    let shape = unsafe { &*keeper::kept().cast::<Box<dyn Shape>>() };
    shape.area()
}
