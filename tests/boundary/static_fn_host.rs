// The host of static_fn_lib.rs: calls through the library's CALL_IT with its
// own Box<dyn T>.
pub trait T {
    fn f(&self) -> u32;
}
struct H(u32);
impl T for H {
    fn f(&self) -> u32 {
        self.0 * 10
    }
}
#[link(name = "static_fn_lib")]
extern "C" {
    static CALL_IT: extern "C" fn(*const Box<dyn T>) -> u32;
    fn local(n: u32) -> u32;
}
fn main() {
    let b: Box<dyn T> = Box::new(H(4));
    println!("local: {}", unsafe { local(1) });
    println!("through CALL_IT: {}", unsafe { CALL_IT(&b) });
    println!("done");
}
