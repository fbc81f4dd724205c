// A shape for the one-way libraries (Circle) and one for their hosts (Tri),
// included with #[path] next to shape.rs: each binary compiles its own copy,
// so each has its own vtables. A binary uses one of the two.
#![allow(dead_code)]
use super::shape::Shape;

pub struct Circle {
    pub r: f64,
}
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn sides(&self) -> u32 {
        0
    }
    fn name(&self) -> String {
        format!("lib-circle(r={})", self.r)
    }
}

pub struct Tri {
    pub b: f64,
}
impl Shape for Tri {
    fn area(&self) -> f64 {
        0.5 * self.b
    }
    fn sides(&self) -> u32 {
        3
    }
    fn name(&self) -> String {
        format!("host-tri({})", self.b)
    }
}
