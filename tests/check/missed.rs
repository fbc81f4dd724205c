// A program for check mode's own test (tests/tests/check_mode.rs): built with
// a deliberate miss (-reltab-debug-miss), it must trap with reltab's message
// instead of crashing at random. Each scenario is its own function, so that a
// miss can be aimed at it by name; the first argument picks the scenario.
trait Named {
    fn name(&self) -> String;
}
trait Tagged {
    fn tag(&self) -> u32;
}
// Two supertraits: the vtable of `dyn Speak` holds an entry pointing at the
// `dyn Tagged` vtable, which the upcast reads.
trait Speak: Named + Tagged {
    fn speak(&self) -> String;
    fn loud(&self) -> bool {
        false
    }
}
struct Dog(u32);
struct Cat(String);
impl Named for Dog {
    fn name(&self) -> String {
        format!("dog {}", self.0)
    }
}
impl Named for Cat {
    fn name(&self) -> String {
        self.0.clone()
    }
}
impl Tagged for Dog {
    fn tag(&self) -> u32 {
        self.0
    }
}
impl Tagged for Cat {
    fn tag(&self) -> u32 {
        self.0.len() as u32 * 100
    }
}
impl Speak for Dog {
    fn speak(&self) -> String {
        format!("woof {}", self.0)
    }
}
impl Speak for Cat {
    fn speak(&self) -> String {
        "meow".into()
    }
    fn loud(&self) -> bool {
        true
    }
}

#[inline(never)]
fn chorus(all: &[Box<dyn Speak>]) -> String {
    all.iter().map(|a| a.speak()).collect::<Vec<_>>().join(", ")
}

#[inline(never)]
fn discard(all: Vec<Box<dyn Speak>>) -> usize {
    let n = all.len();
    for a in all {
        std::hint::black_box(&a);
        drop(a);
    }
    n
}

#[inline(never)]
fn upcast(all: &[Box<dyn Speak>]) -> Vec<&dyn Tagged> {
    all.iter().map(|a| &**a as &dyn Tagged).collect()
}

#[inline(never)]
fn tags(all: &[&dyn Tagged]) -> u32 {
    all.iter().map(|a| a.tag()).sum()
}

fn main() {
    let scenario = std::env::args().nth(1).unwrap_or_default();
    let n = std::hint::black_box(3);
    let all: Vec<Box<dyn Speak>> = vec![Box::new(Dog(n)), Box::new(Cat("tom".into()))];
    match scenario.as_str() {
        "chorus" => println!("{}", chorus(&all)),
        "discard" => println!("dropped {}", discard(all)),
        "upcast" => println!("tags {}", tags(&upcast(&all))),
        _ => {
            println!("{}", chorus(&all));
            println!("{}", all.iter().map(|a| a.name()).collect::<Vec<_>>().join(", "));
            println!("tags {}", tags(&upcast(&all)));
            println!("loud: {}", all.iter().filter(|a| a.loud()).count());
            println!("dropped {}", discard(all));
        }
    }
}
