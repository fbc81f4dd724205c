//! Shapes behind trait objects, summed for a C caller.

use std::fmt::Write;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);
struct Circle(f64);
struct Triangle(f64, f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle {}", self.0)
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        self.0 * self.1 / 2.0
    }
    fn name(&self) -> String {
        format!("triangle {}x{}", self.0, self.1)
    }
}

fn shapes(n: u32) -> Vec<Box<dyn Shape>> {
    (0..n)
        .map(|i| -> Box<dyn Shape> {
            let x = f64::from(i) + 1.0;
            match i % 3 {
                0 => Box::new(Square(x)),
                1 => Box::new(Circle(x)),
                _ => Box::new(Triangle(x, x + 1.0)),
            }
        })
        .collect()
}

/// The total area of `n` shapes.
#[no_mangle]
pub extern "C" fn shapes_total_area(n: u32) -> f64 {
    shapes(n).iter().map(|s| s.area()).sum()
}

/// The length of the shapes' names, written one a line (through a `dyn
/// Write`).
#[no_mangle]
pub extern "C" fn shapes_names_length(n: u32) -> u64 {
    let mut out = String::new();
    let sink: &mut dyn Write = &mut out;
    for s in shapes(n) {
        writeln!(sink, "{}", s.name()).unwrap();
    }
    out.len() as u64
}
