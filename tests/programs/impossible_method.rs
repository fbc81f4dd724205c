//! A trait method with a `where Self: Send` clause that one implementing type
//! cannot meet: rustc leaves that type's vtable slot empty (`undef` bytes).
//! reltab once skipped such a vtable while converting the program, and the
//! dyn calls crashed.
//@ exit-code: 10
pub trait Tool {
    fn name(&self) -> u32;
    fn share(&self) -> u32
    where
        Self: Send;
    fn uses(&self) -> u32;
}
pub struct Hammer(pub u32);
pub struct Saw(pub *const u32);
impl Tool for Hammer {
    fn name(&self) -> u32 {
        1
    }
    fn share(&self) -> u32 {
        7
    }
    fn uses(&self) -> u32 {
        self.0
    }
}
impl Tool for Saw {
    fn name(&self) -> u32 {
        2
    }
    fn share(&self) -> u32 {
        8
    }
    fn uses(&self) -> u32 {
        unsafe { *self.0 }
    }
}
#[inline(never)]
pub fn count(t: &dyn Tool) -> u32 {
    t.name() + t.uses()
}
fn main() {
    let n = 4;
    let h = Hammer(3);
    let s = Saw(&n);
    println!("hammer {} saw {}", count(&h), count(&s));
    println!("share {}", Hammer(0).share());
    std::process::exit((count(&h) + count(&s)) as i32);
}
