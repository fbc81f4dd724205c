// The host of dylib_private.rs (no LTO, no reltab, -Cprefer-dynamic).
extern crate dylib_private;
fn main() {
    println!("{}", dylib_private::show(std::env::args().count() as u32 + 2));
}
