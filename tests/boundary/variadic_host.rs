// The host of variadic_lib.rs: passes its own boxes as variadic arguments.
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Tri;

#[link(name = "variadic_lib")]
extern "C" {
    fn areas(n: u32, ...) -> f64;
    fn local_area(r: f64) -> f64;
}

fn main() {
    let a: Box<dyn Shape> = Box::new(Tri { b: 4.0 });
    let b: Box<dyn Shape> = Box::new(Tri { b: 6.0 });
    println!("lib local_area = {}", unsafe { local_area(2.0) });
    let sum = unsafe { areas(2, &a as *const Box<dyn Shape>, &b as *const Box<dyn Shape>) };
    println!("lib areas(host objs) = {sum} ({} sides)", a.sides() + b.sides());
    println!("done");
}
