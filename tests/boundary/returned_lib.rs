// A cdylib that hands out what a method it calls through a vtable returns:
// a reference into the method's `self`, which holds a trait object
// (boundaries.rs, method_result_is_a_crossing). The method is the fourth of
// its trait, so that no closure of std's (whose `call` is the third entry of
// an `Fn` vtable) has its entry and type.
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
use simple_shapes::Circle;

trait Holder {
    fn id(&self) -> u64;
    fn weight(&self) -> u32;
    fn label(&self) -> String;
    fn get(&self) -> &Box<dyn Shape>;
}
struct One(u64, Box<dyn Shape>);
struct Two(Box<dyn Shape>, u32);
impl Holder for One {
    fn id(&self) -> u64 {
        self.0
    }
    fn weight(&self) -> u32 {
        1
    }
    fn label(&self) -> String {
        "one".into()
    }
    fn get(&self) -> &Box<dyn Shape> {
        &self.1
    }
}
impl Holder for Two {
    fn id(&self) -> u64 {
        2
    }
    fn weight(&self) -> u32 {
        self.1
    }
    fn label(&self) -> String {
        "two".into()
    }
    fn get(&self) -> &Box<dyn Shape> {
        &self.0
    }
}

/// The trait object of the second holder, through `Holder::get`: the host
/// calls through its vtable.
#[no_mangle]
pub extern "C" fn pick() -> *const Box<dyn Shape> {
    let holders: &'static [Box<dyn Holder>] = Box::leak(
        vec![
            Box::new(One(1, Box::new(Circle { r: 1.0 }))) as Box<dyn Holder>,
            Box::new(Two(Box::new(Circle { r: 2.0 }), 2)),
        ]
        .into_boxed_slice(),
    );
    let i = std::hint::black_box(1usize);
    holders[i].get()
}
