use shapes_derive::Named;
use std::fmt::Debug;

pub trait Named {
    fn name(&self) -> &'static str;
}

pub trait Shape: Named + Debug {
    fn area(&self) -> f64;
    fn scale(&mut self, by: f64);
}

#[derive(Debug, Named)]
pub struct Circle {
    pub r: f64,
}

#[derive(Debug, Named)]
pub struct Square {
    pub side: u32,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
    fn scale(&mut self, by: f64) {
        self.r *= by;
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        f64::from(self.side * self.side)
    }
    fn scale(&mut self, by: f64) {
        self.side = (f64::from(self.side) * by) as u32;
    }
}

include!(concat!(env!("OUT_DIR"), "/shapes.rs"));
