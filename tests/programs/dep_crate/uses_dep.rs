//! Binary half of the two-crate case: uses shapes_lib's trait objects, implements the lib's Visitor and Shape traits locally, upcasts to the lib's supertrait.
extern crate shapes_lib;

use shapes_lib::{make_shapes, total_by, walk, Named, Shape, Visitor, UNIT_SHAPES};
use std::hint::black_box;

#[derive(Debug)]
struct Star {
    points: u32,
}
impl Named for Star {
    fn name(&self) -> String {
        format!("star with {} points", self.points)
    }
}
impl Shape for Star {
    fn area(&self) -> f64 {
        self.points as f64 * 1.5
    }
    fn scale(&mut self, k: f64) {
        self.points = (self.points as f64 * k) as u32;
    }
    fn corners(&self) -> u32 {
        self.points * 2
    }
    fn boxed_clone(&self) -> Box<dyn Shape> {
        Box::new(Star {
            points: self.points,
        })
    }
}

struct Stats {
    count: u32,
    corners: u32,
    names: Vec<String>,
}
impl Visitor for Stats {
    fn visit(&mut self, s: &dyn Shape) {
        self.count += 1;
        self.corners += s.corners();
        self.names.push(s.name());
    }
}

fn main() {
    let mut shapes = make_shapes(black_box(6));
    shapes.push(Box::new(Star { points: 5 }));
    for s in &shapes {
        println!(
            "{:<22} area={:>7.2} corners={} debug={:?}",
            s.name(),
            s.area(),
            s.corners(),
            s
        );
    }
    println!("total area {:.2}", total_by(&shapes, |s| s.area()));
    println!(
        "total corners {}",
        total_by(&shapes, |s| s.corners() as f64)
    );
    for s in shapes.iter_mut() {
        s.scale(2.0);
    }
    let clones: Vec<Box<dyn Shape>> = shapes.iter().map(|s| s.boxed_clone()).collect();
    let mut st = Stats {
        count: 0,
        corners: 0,
        names: vec![],
    };
    walk(&clones, &mut st);
    println!("visited {} shapes, {} corners", st.count, st.corners);
    for n in &st.names {
        println!("  {}", n);
    }
    let named: Vec<Box<dyn Named>> = clones.into_iter().map(|s| s as Box<dyn Named>).collect();
    println!(
        "upcast names: {}",
        named
            .iter()
            .map(|n| n.name())
            .collect::<Vec<_>>()
            .join(" | ")
    );
    for u in UNIT_SHAPES {
        println!("unit: {}", u.name());
    }
    println!(
        "{}",
        shapes_lib::describe(&format_args!("{} shapes", shapes.len()))
    );
    drop(named);
    println!("dropped clones");
    drop(shapes);
    println!("end");
}
