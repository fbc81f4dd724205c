//! A panic's payload is a `Box<dyn Any + Send>`, downcast by the harness.
use shapes_tested::{total_area, Shape, Square};

#[test]
#[should_panic(expected = "no shapes")]
fn empty_panics() {
    let shapes: Vec<Box<dyn Shape>> = Vec::new();
    if total_area(&shapes) == 0.0 {
        panic!("no shapes");
    }
}

#[test]
fn boxed_square() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(4.0))];
    assert_eq!(total_area(&shapes), 16.0);
}
