// A cdylib that hands out a pointer the C library found inside its own
// table of trait objects (boundaries.rs, c_function_result_is_a_crossing):
// `memchr` returns a pointer into the memory it searched.
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;
use std::ffi::{c_int, c_void};

extern "C" {
    fn memchr(s: *const c_void, c: c_int, n: usize) -> *mut c_void;
}

/// An entry of the table: a tag byte first, then a trait object.
#[repr(C)]
pub struct Entry {
    tag: u64,
    shape: Box<dyn Shape>,
}

/// The entry whose tag is `tag` (tags are below 256 and unique), found by
/// searching the table's bytes for the tag: the host reads its trait
/// object's vtable. (The bytes of the entries' pointers vary from run to run
/// and may hold a tag too: only the first entry's tag, the first byte
/// searched, is always found where it is.)
#[no_mangle]
pub extern "C" fn find_entry(tag: u8) -> *const Entry {
    let table: &'static [Entry] = Box::leak(
        (1..=3u64)
            .map(|i| Entry { tag: i * 16, shape: Box::new(Circle { r: i as f64 }) })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let bytes = std::mem::size_of_val(table);
    unsafe { memchr(table.as_ptr().cast(), c_int::from(tag), bytes).cast() }
}
