// A test crate (`rustc --test`): the program is libtest's harness, which
// reaches parts of the precompiled sysroot no other program here does —
// libtest's console, its formatters (an enum whose niche shares a Box<dyn>'s
// vtable pointer place) and its terminfo parser (vtable reads through a
// `&mut dyn Read` that only the std audit knows). tests/tests/libtest_harness.rs
// builds it with and without reltab and compares the runs.
use std::collections::HashMap;
use std::fmt::Debug;

trait Shape: Debug {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        format!("{self:?}")
    }
}
#[derive(Debug)]
struct Square(f64);
#[derive(Debug)]
struct Circle(f64);
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn shapes() -> Vec<Box<dyn Shape>> {
    vec![Box::new(Square(2.0)), Box::new(Circle(1.0))]
}

#[test]
fn areas_add_up() {
    assert_eq!(shapes().iter().map(|s| s.area()).sum::<f64>(), 7.0);
}

#[test]
fn names_use_debug_through_the_vtable() {
    let names: Vec<String> = shapes().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["Square(2.0)", "Circle(1.0)"]);
}

#[test]
fn boxed_closures_by_name() {
    let mut ops: HashMap<&str, Box<dyn Fn(i64, i64) -> i64>> = HashMap::new();
    ops.insert("add", Box::new(|a, b| a + b));
    ops.insert("mul", Box::new(|a, b| a * b));
    assert_eq!(ops["add"](3, 4) + ops["mul"](3, 4), 19);
}

#[test]
fn errors_as_trait_objects() {
    let e: Box<dyn std::error::Error> = "42x".parse::<u32>().unwrap_err().into();
    assert_eq!(e.to_string(), "invalid digit found in string");
}

#[test]
#[should_panic(expected = "boom")]
fn panics_are_reported() {
    let f: Box<dyn Fn()> = Box::new(|| panic!("boom"));
    f();
}

#[test]
#[ignore]
fn ignored_test_is_listed() {}
