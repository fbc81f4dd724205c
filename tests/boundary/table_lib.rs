// A cdylib with a C interface that calls its own functions through tables of
// function pointers, with the caller's pointer, while trait objects stay
// inside (boundaries.rs, function_tables_keep_a_c_interface_converted).
// What a call through a table can call is a function of its type whose
// address the module takes other than in a vtable: Outer::area, reached
// through vtables only, is none of them, so the caller's pointer never
// becomes the `self` it reads a vtable through.
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;

/// A shape made of another, held as a trait object.
struct Outer {
    inner: Box<dyn Shape>,
}
impl Shape for Outer {
    fn area(&self) -> f64 {
        2.0 * self.inner.area()
    }
    fn sides(&self) -> u32 {
        self.inner.sides()
    }
    fn name(&self) -> String {
        format!("outer({})", self.inner.name())
    }
}

fn first_byte(p: *const u8) -> u64 {
    unsafe { u64::from(*p) }
}
fn second_byte(p: *const u8) -> u64 {
    unsafe { u64::from(*p.add(1)) }
}
fn half(p: *const u8) -> f64 {
    unsafe { f64::from(*p) / 2.0 }
}
fn third(p: *const u8) -> f64 {
    unsafe { f64::from(*p) / 3.0 }
}

/// Functions of another type than any method's.
static BYTES: [fn(*const u8) -> u64; 2] = [first_byte, second_byte];
/// Functions of the type of `Shape::area` (`fn(&Self) -> f64`).
static SCALES: [fn(*const u8) -> f64; 2] = [half, third];

/// BYTES[i](p), with the caller's pointer.
#[no_mangle]
pub extern "C" fn byte_op(i: usize, p: *const u8) -> u64 {
    BYTES[i % 2](p)
}

/// SCALES[i](p), with the caller's pointer.
#[no_mangle]
pub extern "C" fn scale_op(i: usize, p: *const u8) -> f64 {
    SCALES[i % 2](p)
}

/// Trait objects inside: an Outer around a Circle, through `dyn Shape`.
#[no_mangle]
pub extern "C" fn nested_area(r: f64) -> f64 {
    let shapes: Vec<Box<dyn Shape>> =
        vec![Box::new(Circle { r }), Box::new(Outer { inner: Box::new(Circle { r: r + 1.0 }) })];
    std::hint::black_box(&shapes).iter().map(|s| s.area() + f64::from(s.sides())).sum()
}
