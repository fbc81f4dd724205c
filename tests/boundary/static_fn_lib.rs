// A cdylib whose exported static holds a function pointer: the host calls
// the function through it with a trait object of its own
// (boundaries.rs, exported_static_holding_a_function_is_a_crossing).
pub trait T {
    fn f(&self) -> u32;
}
struct A(u32);
impl T for A {
    fn f(&self) -> u32 {
        self.0 + 1
    }
}
extern "C" fn call_it(p: *const Box<dyn T>) -> u32 {
    unsafe { (*p).f() }
}
#[no_mangle]
pub static CALL_IT: extern "C" fn(*const Box<dyn T>) -> u32 = call_it;
#[no_mangle]
pub extern "C" fn local(n: u32) -> u32 {
    let b: Box<dyn T> = Box::new(A(n));
    std::hint::black_box(&b).f()
}
