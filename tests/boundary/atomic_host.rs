// The host of atomic_lib.rs, built with the same --cfg (swap or exchange).
#[path = "shape.rs"]
mod shape;
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
#[cfg(swap)]
use simple_shapes::Tri;
use std::sync::atomic::{AtomicPtr, Ordering::SeqCst};

#[link(name = "atomic_lib")]
extern "C" {
    #[cfg(swap)]
    fn swap_in(b: *mut Box<dyn Shape>);
    #[cfg(swap)]
    fn slot_area() -> f64;
    #[cfg(exchange)]
    fn exchange_out(slot: &AtomicPtr<Box<dyn Shape>>, kind: u32);
    fn local_area(r: f64) -> f64;
}

fn main() {
    println!("lib local_area = {}", unsafe { local_area(2.0) });
    #[cfg(swap)]
    {
        let mut mine: Box<dyn Shape> = Box::new(Tri { b: 4.0 });
        unsafe { swap_in(&mut mine) };
        println!("lib slot_area(host obj) = {}", unsafe { slot_area() });
    }
    #[cfg(exchange)]
    {
        let slot = AtomicPtr::new(std::ptr::null_mut());
        unsafe { exchange_out(&slot, 2) };
        let b = unsafe { Box::from_raw(slot.load(SeqCst)) };
        println!("exchanged lib object: {} area={} sides={}", b.name(), b.area(), b.sides());
    }
    println!("done");
}
