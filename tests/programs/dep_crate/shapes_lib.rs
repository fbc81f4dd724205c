//! Library half of the two-crate case: public traits (with a supertrait), impls, a generic function and functions returning Vec<Box<dyn Shape>> and &'static dyn tables.
#![crate_name = "shapes_lib"]
#![crate_type = "rlib"]

use std::fmt;

pub trait Named {
    fn name(&self) -> String;
}

pub trait Shape: Named + fmt::Debug {
    fn area(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn corners(&self) -> u32 {
        0
    }
    fn boxed_clone(&self) -> Box<dyn Shape>;
}

#[derive(Debug, Clone)]
pub struct Circle {
    pub r: f64,
}
#[derive(Debug, Clone)]
pub struct Rect {
    pub w: f64,
    pub h: f64,
}
#[derive(Debug, Clone)]
pub struct Polygon {
    pub n: u32,
    pub side: f64,
    pub label: String,
}

impl Named for Circle {
    fn name(&self) -> String {
        format!("circle r={}", self.r)
    }
}
impl Named for Rect {
    fn name(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
}
impl Named for Polygon {
    fn name(&self) -> String {
        format!("{}-gon '{}'", self.n, self.label)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
    fn boxed_clone(&self) -> Box<dyn Shape> {
        Box::new(self.clone())
    }
}
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
    fn corners(&self) -> u32 {
        4
    }
    fn boxed_clone(&self) -> Box<dyn Shape> {
        Box::new(self.clone())
    }
}
impl Shape for Polygon {
    fn area(&self) -> f64 {
        // Not geometry, just a deterministic function of the fields.
        self.n as f64 * self.side * self.side / 4.0
    }
    fn scale(&mut self, k: f64) {
        self.side *= k;
        self.label.push('*');
    }
    fn corners(&self) -> u32 {
        self.n
    }
    fn boxed_clone(&self) -> Box<dyn Shape> {
        Box::new(self.clone())
    }
}
impl Drop for Polygon {
    fn drop(&mut self) {
        println!("[lib] drop polygon '{}'", self.label);
    }
}

/// The shapes the binary works on.
pub fn make_shapes(n: usize) -> Vec<Box<dyn Shape>> {
    (0..n)
        .map(|i| -> Box<dyn Shape> {
            match i % 3 {
                0 => Box::new(Circle { r: 1.0 + i as f64 }),
                1 => Box::new(Rect {
                    w: i as f64,
                    h: 2.0,
                }),
                _ => Box::new(Polygon {
                    n: 3 + i as u32,
                    side: 2.0,
                    label: format!("p{i}"),
                }),
            }
        })
        .collect()
}

/// Generic over a caller-provided closure type, instantiated in the binary.
pub fn total_by<F: Fn(&dyn Shape) -> f64>(shapes: &[Box<dyn Shape>], f: F) -> f64 {
    shapes.iter().map(|s| f(&**s)).sum()
}

/// Takes a trait object implemented in the *binary* crate.
pub trait Visitor {
    fn visit(&mut self, s: &dyn Shape);
}
pub fn walk(shapes: &[Box<dyn Shape>], v: &mut dyn Visitor) {
    for s in shapes {
        v.visit(&**s);
    }
}

pub static UNIT_SHAPES: &[&(dyn Named + Sync)] = &[&Rect { w: 1.0, h: 1.0 }, &Circle { r: 1.0 }];

pub fn describe(s: &dyn fmt::Display) -> String {
    format!("<<{}>>", s)
}
