// A trait that no type of the program implements, called in live code.
//
// `Big` has 60 methods and no implementation, so the program holds no vtable
// of it; `describe` still reads slot 59 of a `&dyn Big` (offset 496) on the
// path where the `Option` is `Some`, which never happens. That read is past
// the end of every vtable of the program. reltab used to refuse it ("vtable
// load past the end of every vtable"; the shape of typetag's doctests, whose
// generic serde code reads `dyn erased_serde::Serializer` slots no vtable
// has). A read that rustc marked as a vtable read, past every vtable, can run
// only with a vtable from outside the module: reltab rewrites it as the slot
// it names (census.rs), which is right for such a vtable converted with the
// same layout and never runs otherwise.

#[allow(dead_code)]
trait Big {
    fn m00(&self) -> u32; fn m01(&self) -> u32; fn m02(&self) -> u32; fn m03(&self) -> u32;
    fn m04(&self) -> u32; fn m05(&self) -> u32; fn m06(&self) -> u32; fn m07(&self) -> u32;
    fn m08(&self) -> u32; fn m09(&self) -> u32; fn m10(&self) -> u32; fn m11(&self) -> u32;
    fn m12(&self) -> u32; fn m13(&self) -> u32; fn m14(&self) -> u32; fn m15(&self) -> u32;
    fn m16(&self) -> u32; fn m17(&self) -> u32; fn m18(&self) -> u32; fn m19(&self) -> u32;
    fn m20(&self) -> u32; fn m21(&self) -> u32; fn m22(&self) -> u32; fn m23(&self) -> u32;
    fn m24(&self) -> u32; fn m25(&self) -> u32; fn m26(&self) -> u32; fn m27(&self) -> u32;
    fn m28(&self) -> u32; fn m29(&self) -> u32; fn m30(&self) -> u32; fn m31(&self) -> u32;
    fn m32(&self) -> u32; fn m33(&self) -> u32; fn m34(&self) -> u32; fn m35(&self) -> u32;
    fn m36(&self) -> u32; fn m37(&self) -> u32; fn m38(&self) -> u32; fn m39(&self) -> u32;
    fn m40(&self) -> u32; fn m41(&self) -> u32; fn m42(&self) -> u32; fn m43(&self) -> u32;
    fn m44(&self) -> u32; fn m45(&self) -> u32; fn m46(&self) -> u32; fn m47(&self) -> u32;
    fn m48(&self) -> u32; fn m49(&self) -> u32; fn m50(&self) -> u32; fn m51(&self) -> u32;
    fn m52(&self) -> u32; fn m53(&self) -> u32; fn m54(&self) -> u32; fn m55(&self) -> u32;
    fn m56(&self) -> u32; fn m57(&self) -> u32; fn m58(&self) -> u32; fn m59(&self) -> u32;
}

#[inline(never)]
fn describe(big: Option<&dyn Big>) -> u32 {
    match big {
        Some(b) => b.m59(),
        None => 0,
    }
}

trait Shape {
    fn area(&self) -> f64;
}
struct Square(f64);
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Square(3.0))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {total}");
    println!("big: {}", describe(std::hint::black_box(None)));
}
