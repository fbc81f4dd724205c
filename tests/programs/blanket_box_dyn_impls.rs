//! Blanket and forwarding impls: impl Trait for Box<dyn Trait>, &T, Box<T: ?Sized>, Box<Box<dyn Trait>>, generic functions taking T: Trait + ?Sized instantiated with dyn.
use std::fmt::Display;
use std::hint::black_box;

trait Speak {
    fn speak(&self) -> String;
    fn loud(&self) -> String {
        self.speak().to_uppercase()
    }
}
struct Cat;
struct Cow(u8);
impl Speak for Cat {
    fn speak(&self) -> String {
        "meow".into()
    }
}
impl Speak for Cow {
    fn speak(&self) -> String {
        "m".to_string() + &"o".repeat(self.0 as usize)
    }
    fn loud(&self) -> String {
        format!("MOO x{}", self.0)
    }
}
// Forwarding impls.
impl<T: Speak + ?Sized> Speak for Box<T> {
    fn speak(&self) -> String {
        format!("box[{}]", (**self).speak())
    }
}
impl<T: Speak + ?Sized> Speak for &T {
    fn speak(&self) -> String {
        format!("ref[{}]", (**self).speak())
    }
}
// Any Display type speaks its display.
struct Shout<D: Display>(D);
impl<D: Display> Speak for Shout<D> {
    fn speak(&self) -> String {
        format!("{}!", self.0)
    }
}

fn generic<T: Speak + ?Sized>(t: &T) -> String {
    format!("<{}|{}>", t.speak(), t.loud())
}
fn via_dyn(t: &dyn Speak) -> String {
    t.speak()
}

fn main() {
    let animals: Vec<Box<dyn Speak>> = vec![
        Box::new(Cat),
        Box::new(Cow(3)),
        Box::new(Shout(42)),
        Box::new(Shout("hey")),
    ];
    let animals = black_box(animals);
    for a in &animals {
        println!("direct: {} / {}", a.speak(), a.loud());
        println!("  generic over dyn: {}", generic::<dyn Speak>(&**a));
        println!("  generic over Box<dyn>: {}", generic(a));
        println!("  Box<dyn> as dyn: {}", via_dyn(a));
        let r: &dyn Speak = &**a;
        println!("  &&dyn as dyn: {}", via_dyn(&r));
    }
    let nested: Box<Box<dyn Speak>> = Box::new(Box::new(Cow(1)));
    println!("nested: {} | {}", nested.speak(), via_dyn(&nested));
    let dyn_of_box: Box<dyn Speak> = Box::new(Box::new(Cat) as Box<dyn Speak>);
    println!("dyn of box: {} | {}", dyn_of_box.speak(), dyn_of_box.loud());
    let refs: Vec<&dyn Speak> = animals.iter().map(|a| a as &dyn Speak).collect();
    println!(
        "refs: {:?}",
        refs.iter().map(|r| r.speak()).collect::<Vec<_>>()
    );
}
