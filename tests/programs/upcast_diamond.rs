//! Trait upcasting through a diamond (Base <- Left, Right <- Bottom), including overridden methods and upcasts at every level.
use std::hint::black_box;
use std::rc::Rc;

trait Base {
    fn id(&self) -> u32;
    fn base_name(&self) -> String {
        format!("base#{}", self.id())
    }
}
trait Left: Base {
    fn left(&self) -> i32;
}
trait Right: Base {
    fn right(&self) -> i32;
    fn right_twice(&self) -> i32 {
        self.right() * 2
    }
}
trait Bottom: Left + Right {
    fn bottom(&self) -> String {
        format!(
            "{} l={} r={} r2={}",
            self.base_name(),
            self.left(),
            self.right(),
            self.right_twice()
        )
    }
}

struct D1 {
    id: u32,
}
struct D2 {
    id: u32,
    scale: i32,
}

impl Base for D1 {
    fn id(&self) -> u32 {
        self.id
    }
}
impl Left for D1 {
    fn left(&self) -> i32 {
        -(self.id as i32)
    }
}
impl Right for D1 {
    fn right(&self) -> i32 {
        self.id as i32 + 1
    }
}
impl Bottom for D1 {}

impl Base for D2 {
    fn id(&self) -> u32 {
        self.id
    }
    fn base_name(&self) -> String {
        format!("D2<{}>", self.id)
    }
}
impl Left for D2 {
    fn left(&self) -> i32 {
        self.scale * 10
    }
}
impl Right for D2 {
    fn right(&self) -> i32 {
        self.scale * 100
    }
    fn right_twice(&self) -> i32 {
        -1
    }
}
impl Bottom for D2 {
    fn bottom(&self) -> String {
        format!("custom bottom {}", self.scale)
    }
}

fn via_base(b: &dyn Base) -> String {
    format!("[{} {}]", b.id(), b.base_name())
}
fn via_left(l: &dyn Left) -> String {
    format!("left={} {}", l.left(), via_base(l))
}
fn via_right(r: &dyn Right) -> String {
    format!(
        "right={} twice={} {}",
        r.right(),
        r.right_twice(),
        via_base(r)
    )
}

fn main() {
    let objs: Vec<Box<dyn Bottom>> = vec![
        Box::new(D1 { id: 1 }),
        Box::new(D2 { id: 2, scale: 3 }),
        Box::new(D1 { id: 7 }),
    ];
    let objs = black_box(objs);
    for o in &objs {
        println!("bottom: {}", o.bottom());
        println!("  {}", via_left(&**o));
        println!("  {}", via_right(&**o));
        println!("  {}", via_base(&**o));
        let l: &dyn Left = &**o;
        let b_from_l: &dyn Base = l;
        let r: &dyn Right = &**o;
        let b_from_r: &dyn Base = r;
        println!(
            "  base via left {} / via right {}",
            b_from_l.base_name(),
            b_from_r.base_name()
        );
    }
    let rcs: Vec<Rc<dyn Bottom>> = vec![Rc::new(D2 { id: 9, scale: -1 }), Rc::new(D1 { id: 4 })];
    for rc in black_box(&rcs) {
        let l: Rc<dyn Left> = rc.clone();
        let r: Rc<dyn Right> = rc.clone();
        let b: Rc<dyn Base> = l.clone();
        println!(
            "rc: {} {} {} strong={}",
            l.left(),
            r.right(),
            b.base_name(),
            Rc::strong_count(rc)
        );
    }
    let lefts: Vec<Box<dyn Left>> = objs.into_iter().map(|o| o as Box<dyn Left>).collect();
    let bases: Vec<Box<dyn Base>> = lefts.into_iter().map(|l| l as Box<dyn Base>).collect();
    println!(
        "bases: {:?}",
        bases.iter().map(|b| b.base_name()).collect::<Vec<_>>()
    );
}
