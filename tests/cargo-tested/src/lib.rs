//! Shapes behind trait objects.
//!
//! ```
//! use shapes_tested::{total_area, Shape, Square};
//! let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Square(3.0))];
//! assert_eq!(total_area(&shapes), 13.0);
//! ```

use std::fmt;

pub trait Shape: fmt::Debug {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        format!("{self:?}")
    }
}

#[derive(Debug)]
pub struct Square(pub f64);

#[derive(Debug)]
pub struct Circle(pub f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle of radius {}", self.0)
    }
}

/// The sum of the areas.
///
/// ```
/// use shapes_tested::{total_area, Circle, Shape};
/// let one: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.0))];
/// assert!((total_area(&one) - std::f64::consts::PI).abs() < 1e-12);
/// ```
pub fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

/// The names, one a line, written through a `dyn fmt::Write`.
pub fn names(shapes: &[Box<dyn Shape>], out: &mut dyn fmt::Write) -> fmt::Result {
    for s in shapes {
        writeln!(out, "{}", s.name())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_add_up() {
        let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(1.0)), Box::new(Circle(2.0))];
        assert!((total_area(&shapes) - (1.0 + 4.0 * std::f64::consts::PI)).abs() < 1e-9);
    }

    #[test]
    fn names_are_written() {
        let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(1.0)), Box::new(Circle(2.0))];
        let mut out = String::new();
        names(&shapes, &mut out).unwrap();
        assert_eq!(out, "Square(1.0)\ncircle of radius 2\n");
    }

    #[test]
    #[ignore = "shows that ignored tests are counted"]
    fn ignored() {}
}
