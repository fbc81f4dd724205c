//! The program of tests/tests/report_census.rs: `Box<dyn Trait>`, `&dyn Display`
//! consts (vtables made by const evaluation) and `dyn Any`, with std's own
//! formatting machinery behind them.
use std::any::Any;
use std::fmt::Display;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".to_string()
    }
}
struct Square(f64);
struct Circle(f64);
struct Named { label: String }
impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
}
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
    fn name(&self) -> String { "circle".to_string() }
}
impl Shape for Named {
    fn area(&self) -> f64 { self.label.len() as f64 }
    fn name(&self) -> String { self.label.clone() }
}

const NUMBER: &dyn Display = &42i32;
const WORD: &dyn Display = &"word";

fn main() {
    let shapes: Vec<Box<dyn Shape>> =
        vec![Box::new(Square(2.0)), Box::new(Circle(1.0)), Box::new(Named { label: "hexagon".into() })];
    for s in &shapes {
        println!("{} {}", s.name(), s.area());
    }
    println!("{NUMBER} {WORD}");
    let anys: Vec<Box<dyn Any>> = vec![Box::new(1u8), Box::new("two"), Box::new(3.0f64)];
    for a in &anys {
        if let Some(v) = a.downcast_ref::<u8>() {
            println!("u8 {v}");
        } else if let Some(v) = a.downcast_ref::<&str>() {
            println!("str {v}");
        } else {
            println!("other, size {}", std::mem::size_of_val(a.as_ref()));
        }
    }
}
