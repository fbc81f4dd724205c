// The host of thread_lib.rs, built with the same --cfg (hand_out or take_in).
#[path = "shape.rs"]
mod shape;
#[cfg(take_in)]
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
#[cfg(take_in)]
use simple_shapes::Tri;

#[link(name = "thread_lib")]
extern "C" {
    #[cfg(take_in)]
    fn area_on_a_thread(shape: *const Box<dyn Shape>) -> f64;
    #[cfg(hand_out)]
    fn shape_from_a_thread(r: u32) -> *const Box<dyn Shape>;
}

fn main() {
    #[cfg(take_in)]
    {
        let mine: Box<dyn Shape> = Box::new(Tri { b: 4.0 });
        println!("area on a thread: {}", unsafe { area_on_a_thread(&mine) });
    }
    #[cfg(hand_out)]
    {
        let s = unsafe { &*shape_from_a_thread(3) };
        println!("shape from a thread: area {} ({} sides)", s.area(), s.sides());
    }
    println!("done");
}
