// The host of dylib_lib.rs: built without LTO and without reltab, linked
// against the dylib and std's shared library (-Cprefer-dynamic).
extern crate dylib_lib;
fn main() {
    let k: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3);
    let s = dylib_lib::make(k); // a vtable of the dylib, read here
    println!("{}", dylib_lib::describe(&*s)); // and read back there
    println!("thread: {}", dylib_lib::run_in_thread(k));
}
