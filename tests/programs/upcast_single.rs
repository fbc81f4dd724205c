//! Trait upcasting with a single supertrait: Box/&/Rc<dyn Sub> -> dyn Super, plus upcasting to dyn Any and dyn Debug supertraits.
use std::any::Any;
use std::fmt::Debug;
use std::hint::black_box;
use std::rc::Rc;

trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32;
}
trait Pet: Animal {
    fn owner(&self) -> &str;
    fn greet(&self) -> String {
        format!(
            "{} (owner {}) with {} legs",
            self.name(),
            self.owner(),
            self.legs()
        )
    }
}

struct Dog {
    owner: String,
}
struct Parrot {
    owner: String,
    words: u32,
}
impl Animal for Dog {
    fn name(&self) -> String {
        "dog".into()
    }
    fn legs(&self) -> u32 {
        4
    }
}
impl Pet for Dog {
    fn owner(&self) -> &str {
        &self.owner
    }
}
impl Animal for Parrot {
    fn name(&self) -> String {
        format!("parrot knowing {} words", self.words)
    }
    fn legs(&self) -> u32 {
        2
    }
}
impl Pet for Parrot {
    fn owner(&self) -> &str {
        &self.owner
    }
    fn greet(&self) -> String {
        "squawk".into()
    }
}

fn describe(a: &dyn Animal) -> String {
    format!("{}/{}", a.name(), a.legs())
}

trait Entity: Any + Debug {
    fn hp(&self) -> i32;
}
#[derive(Debug)]
struct Orc(i32);
#[derive(Debug)]
struct Elf {
    hp: i32,
    name: &'static str,
}
impl Entity for Orc {
    fn hp(&self) -> i32 {
        self.0
    }
}
impl Entity for Elf {
    fn hp(&self) -> i32 {
        self.hp
    }
}

fn main() {
    let pets: Vec<Box<dyn Pet>> = vec![
        Box::new(Dog {
            owner: "ann".into(),
        }),
        Box::new(Parrot {
            owner: "bo".into(),
            words: 12,
        }),
    ];
    let pets = black_box(pets);
    for p in &pets {
        println!("pet: {}", p.greet());
        let a: &dyn Animal = &**p; // upcast &dyn Pet -> &dyn Animal
        println!("  as animal: {}", describe(a));
    }
    let animals: Vec<Box<dyn Animal>> = pets.into_iter().map(|p| p as Box<dyn Animal>).collect();
    for a in black_box(&animals) {
        println!("boxed animal: {}", describe(&**a));
    }
    let rc: Rc<dyn Pet> = Rc::new(Dog { owner: "cy".into() });
    let rc_a: Rc<dyn Animal> = rc.clone();
    println!(
        "rc: {} / {} strong={}",
        rc.greet(),
        rc_a.name(),
        Rc::strong_count(&rc)
    );

    let ents: Vec<Box<dyn Entity>> = vec![
        Box::new(Orc(30)),
        Box::new(Elf {
            hp: 12,
            name: "lin",
        }),
        Box::new(Orc(7)),
    ];
    for e in black_box(&ents) {
        let d: &dyn Debug = &**e;
        let any: &dyn Any = &**e;
        println!(
            "entity hp={} debug={:?} is Orc={} elf name={:?}",
            e.hp(),
            d,
            any.is::<Orc>(),
            any.downcast_ref::<Elf>().map(|x| x.name)
        );
    }
    let owned_any: Vec<Box<dyn Any>> = ents.into_iter().map(|e| e as Box<dyn Any>).collect();
    let orcs = owned_any
        .into_iter()
        .filter_map(|a| a.downcast::<Orc>().ok())
        .map(|o| o.0)
        .collect::<Vec<_>>();
    println!("orcs via Box<dyn Any>: {:?}", orcs);
}
