// The host of words_lib.rs, built with the same --cfg (hand_out or take_in).
#[path = "shape.rs"]
mod shape;
#[cfg(take_in)]
#[path = "simple_shapes.rs"]
mod simple_shapes;
use shape::Shape;
#[cfg(take_in)]
use simple_shapes::Tri;

#[link(name = "words_lib")]
extern "C" {
    #[cfg(hand_out)]
    fn register_shape(r: f64) -> u32;
    #[cfg(hand_out)]
    fn shape_handle(index: u32) -> usize;
    #[cfg(take_in)]
    fn keep_word(word: usize) -> u32;
    #[cfg(take_in)]
    fn kept_area(index: u32) -> f64;
}

fn main() {
    #[cfg(hand_out)]
    {
        let index = unsafe { register_shape(2.0) };
        let s = unsafe { &*(shape_handle(index) as *const Box<dyn Shape>) };
        println!("handle: area {} ({} sides)", s.area(), s.sides());
    }
    #[cfg(take_in)]
    {
        let mine: Box<dyn Shape> = Box::new(Tri { b: 4.0 });
        let index = unsafe { keep_word(&mine as *const Box<dyn Shape> as usize) };
        println!("kept word: area {}", unsafe { kept_area(index) });
    }
    println!("done");
}
