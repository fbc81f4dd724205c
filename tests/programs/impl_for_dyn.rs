//! `impl Trait for dyn Other` and inherent `impl dyn Trait` blocks: methods implemented on the trait object type itself, plus blanket impls over ?Sized.
use std::fmt;
use std::hint::black_box;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}
struct Sq(f64);
struct Ci(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> &'static str {
        "square"
    }
}
impl Shape for Ci {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}

// Inherent methods on the trait object type.
impl dyn Shape {
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
    fn bigger_than(&self, other: &dyn Shape) -> bool {
        self.area() > other.area()
    }
}

// A different trait implemented for the dyn type.
impl fmt::Display for dyn Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} {:.1}>", self.name(), self.area())
    }
}

trait Report {
    fn report(&self) -> String;
}
impl Report for dyn Shape {
    fn report(&self) -> String {
        format!("report({})", self.describe())
    }
}
impl Report for dyn Shape + Send {
    fn report(&self) -> String {
        format!("send-report({})", self.name())
    }
}

// Blanket impl over ?Sized references and boxes.
trait Weigh {
    fn weight(&self) -> f64;
}
impl<T: Shape + ?Sized> Weigh for T {
    fn weight(&self) -> f64 {
        self.area() * 0.5
    }
}

fn reports(rs: &[&dyn Report]) -> Vec<String> {
    rs.iter().map(|r| r.report()).collect()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Ci(1.0)), Box::new(Sq(1.5))];
    let shapes = black_box(shapes);
    for s in &shapes {
        println!(
            "{} | {} | {} | weight {:.2}",
            s.describe(),
            s,
            s.report(),
            s.weight()
        );
    }
    println!("0 > 1: {}", shapes[0].bigger_than(&*shapes[1]));
    println!("1 > 2: {}", shapes[1].bigger_than(&*shapes[2]));
    let send: Box<dyn Shape + Send> = Box::new(Ci(2.0));
    println!("{}", send.report());
    // &dyn Report whose concrete type is `dyn Shape` is not possible (unsized), so go through a wrapper.
    struct Wrapper<'a>(&'a (dyn Shape + 'static));
    impl Report for Wrapper<'_> {
        fn report(&self) -> String {
            format!("wrapped {}", self.0.report())
        }
    }
    let ws: Vec<Wrapper> = shapes.iter().map(|s| Wrapper(&**s)).collect();
    let rs: Vec<&dyn Report> = ws.iter().map(|w| w as &dyn Report).collect();
    for line in reports(black_box(&rs)) {
        println!("{}", line);
    }
    let strs: Vec<String> = shapes
        .iter()
        .map(|s| format!("{:>12}", s.to_string()))
        .collect();
    println!("{:?}", strs);
}
