// Shared by plugin_lib.rs (the cdylib), host.rs (its Rust host) and
// dylib_lib.rs (with #[path]): each binary compiles its own copy, so each has
// its own vtables for the same trait, in the layout its build gave them.
pub trait Shape {
    fn area(&self) -> f64;
    fn sides(&self) -> u32;
    fn name(&self) -> String;
}

/// A raw wide pointer passed by value through `extern "C"`: data and vtable.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Wide {
    pub data: *mut (),
    pub vtable: *const (),
}
