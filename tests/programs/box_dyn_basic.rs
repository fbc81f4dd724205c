//! Box<dyn Trait> basics: a Vec of boxed shapes with several impls, every dyn call printed.
use std::hint::black_box;

trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn sides(&self) -> u32 {
        0
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}
struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}
struct Square(f64);

impl Shape for Circle {
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        6.0 * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}
impl Shape for Rect {
    fn name(&self) -> String {
        format!("rect({}x{})", self.w, self.h)
    }
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
    fn sides(&self) -> u32 {
        4
    }
}
impl Shape for Triangle {
    fn name(&self) -> String {
        format!("triangle({},{},{})", self.a, self.b, self.c)
    }
    fn area(&self) -> f64 {
        let s = (self.a + self.b + self.c) / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
    fn scale(&mut self, k: f64) {
        self.a *= k;
        self.b *= k;
        self.c *= k;
    }
    fn sides(&self) -> u32 {
        3
    }
}
impl Shape for Square {
    fn name(&self) -> String {
        format!("square({})", self.0)
    }
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn perimeter(&self) -> f64 {
        4.0 * self.0
    }
    fn scale(&mut self, k: f64) {
        self.0 *= k;
    }
    fn sides(&self) -> u32 {
        4
    }
}

fn make(i: u32) -> Box<dyn Shape> {
    match i % 4 {
        0 => Box::new(Circle { r: 1.0 + i as f64 }),
        1 => Box::new(Rect {
            w: 2.0,
            h: i as f64,
        }),
        2 => Box::new(Triangle {
            a: 3.0,
            b: 4.0,
            c: 5.0,
        }),
        _ => Box::new(Square(i as f64 / 2.0)),
    }
}

fn total_area(v: &[Box<dyn Shape>]) -> f64 {
    v.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = (0..black_box(10)).map(make).collect();
    for (i, s) in shapes.iter().enumerate() {
        println!(
            "{i}: {} area={:.3} perim={:.3} sides={}",
            s.name(),
            s.area(),
            s.perimeter(),
            s.sides()
        );
    }
    println!("total area = {:.3}", total_area(&shapes));
    for s in shapes.iter_mut() {
        s.scale(black_box(2.0));
    }
    for s in &shapes {
        println!("scaled {} area={:.3}", s.name(), s.area());
    }
    println!("total area = {:.3}", total_area(&shapes));
    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("sorted: {}", names.join(", "));
    let moved: Box<dyn Shape> = black_box(shapes.pop().unwrap());
    println!("largest: {} ({} sides)", moved.name(), moved.sides());
    println!("remaining: {}", shapes.len());
}
