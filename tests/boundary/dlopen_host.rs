// A Rust host that loads plugin_lib.rs at run time (dlopen) and exchanges
// Box<dyn Shape> with it through functions it looks up with dlsym
// (boundaries.rs, dlopen_host_is_refused): what dlsym finds is the
// plugin's code, built separately. Run as `dlopen_host <path to the .so>`.
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Tri;
use std::ffi::{c_char, c_int, c_void, CStr, CString};

extern "C" {
    fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
}

const RTLD_NOW: c_int = 2;

fn main() {
    let path = CString::new(std::env::args().nth(1).expect("the plugin's path")).unwrap();
    let lib = unsafe { dlopen(path.as_ptr(), RTLD_NOW) };
    assert!(!lib.is_null(), "dlopen failed");
    let symbol = |name: &CStr| {
        let p = unsafe { dlsym(lib, name.as_ptr()) };
        assert!(!p.is_null(), "no {name:?} in the plugin");
        p
    };
    // The plugin's Box<Box<dyn Shape>>, called here through its vtable.
    let make_boxed: extern "C" fn(u32) -> *mut c_void = unsafe { std::mem::transmute(symbol(c"make_boxed")) };
    let theirs = unsafe { Box::from_raw(make_boxed(3) as *mut Box<dyn Shape>) };
    println!("plugin object: {} area={} sides={}", theirs.name(), theirs.area(), theirs.sides());
    drop(theirs);
    // A host object, called by the plugin through the host's vtable.
    let shape_area: extern "C" fn(&Box<dyn Shape>) -> f64 = unsafe { std::mem::transmute(symbol(c"shape_area")) };
    let mine: Box<dyn Shape> = Box::new(Tri { b: 4.0 });
    println!("plugin shape_area(host obj) = {}", shape_area(&mine));
    println!("done");
}
