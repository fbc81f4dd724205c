// The host of callback_lib.rs: gives `visit` a callback that calls through
// the trait object it receives.
#[path = "shape.rs"]
mod shape;
use shape::Shape;

#[link(name = "callback_lib")]
extern "C" {
    fn visit(cb: extern "C" fn(*const (), *const ()) -> f64) -> f64;
    fn local_area() -> f64;
}

extern "C" fn look(data: *const (), vtable: *const ()) -> f64 {
    let shape: &dyn Shape = unsafe { std::mem::transmute((data, vtable)) };
    println!("the host sees {} ({} sides)", shape.name(), shape.sides());
    shape.area()
}

fn main() {
    println!("lib local_area = {}", unsafe { local_area() });
    println!("lib visit(host callback) = {}", unsafe { visit(look) });
    println!("done");
}
