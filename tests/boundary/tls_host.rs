// The host of tls_lib.rs: has the library keep its box, then call it.
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Tri;

#[link(name = "tls_lib")]
extern "C" {
    fn keep(b: *const Box<dyn Shape>);
    fn kept_area() -> f64;
    fn local_area() -> f64;
}

fn main() {
    println!("lib local_area = {}", unsafe { local_area() });
    let mine: Box<dyn Shape> = Box::new(Tri { b: 4.0 });
    unsafe { keep(&mine) };
    println!("lib kept_area(host obj) = {} ({} sides)", unsafe { kept_area() }, mine.sides());
    println!("done");
}
