//! `where Self: Sized` methods (excluded from the vtable), generic methods, default methods and by-value self alongside dyn-callable ones.
use std::hint::black_box;

trait Tool {
    fn name(&self) -> String;
    fn uses(&self) -> u32;
    fn use_once(&mut self);

    // Not in the vtable.
    fn boxed(self) -> Box<dyn Tool>
    where
        Self: Sized + 'static,
    {
        Box::new(self)
    }
    fn with_uses(mut self, n: u32) -> Self
    where
        Self: Sized,
    {
        for _ in 0..n {
            self.use_once();
        }
        self
    }
    fn map_name<F: Fn(String) -> String>(&self, f: F) -> String
    where
        Self: Sized,
    {
        f(self.name())
    }
    fn create() -> Self
    where
        Self: Sized;

    // Default method in the vtable.
    fn summary(&self) -> String {
        format!("{} used {} times", self.name(), self.uses())
    }
}

struct Hammer {
    uses: u32,
}
struct Saw {
    uses: u32,
    teeth: u16,
}
impl Tool for Hammer {
    fn name(&self) -> String {
        "hammer".into()
    }
    fn uses(&self) -> u32 {
        self.uses
    }
    fn use_once(&mut self) {
        self.uses += 1;
    }
    fn create() -> Self {
        Hammer { uses: 0 }
    }
}
impl Tool for Saw {
    fn name(&self) -> String {
        format!("saw({} teeth)", self.teeth)
    }
    fn uses(&self) -> u32 {
        self.uses
    }
    fn use_once(&mut self) {
        self.uses += 2;
    }
    fn create() -> Self {
        Saw { uses: 0, teeth: 24 }
    }
    fn summary(&self) -> String {
        format!("SAW: {}", self.uses)
    }
}

fn make_all() -> Vec<Box<dyn Tool>> {
    vec![
        Hammer::create().with_uses(3).boxed(),
        Saw::create().boxed(),
        Saw { uses: 1, teeth: 9 }.with_uses(black_box(2)).boxed(),
    ]
}

fn main() {
    let h = Hammer::create().with_uses(2);
    println!("{}", h.map_name(|n| n.to_uppercase()));
    let mut tools = black_box(make_all());
    for t in tools.iter_mut() {
        t.use_once();
        println!("{}", t.summary());
    }
    let r: &dyn Tool = &h;
    println!("via &dyn: {} / {}", r.name(), r.summary());
    let total: u32 = tools.iter().map(|t| t.uses()).sum();
    println!("total uses {}", total);
}
