// The host of table_lib.rs: calls its C interface with its own bytes.
#[link(name = "table_lib")]
extern "C" {
    fn byte_op(i: usize, p: *const u8) -> u64;
    fn scale_op(i: usize, p: *const u8) -> f64;
    fn nested_area(r: f64) -> f64;
}

fn main() {
    let bytes = [7u8, 9, 11];
    for i in 0..2 {
        println!("byte_op({i}) = {}", unsafe { byte_op(i, bytes.as_ptr()) });
        println!("scale_op({i}) = {}", unsafe { scale_op(i, bytes.as_ptr()) });
    }
    println!("nested_area = {}", unsafe { nested_area(2.0) });
    println!("done");
}
