//! Rc::ptr_eq / Arc::ptr_eq / ptr::addr_eq on dyn pointers (identity, clones, upcasts, distinct objects of the same type), and raw Box round trips.
use std::hint::black_box;
use std::rc::Rc;
use std::sync::Arc;

trait Obj {
    fn v(&self) -> i32;
}
trait SubObj: Obj {
    fn w(&self) -> i32;
}
struct A(i32);
struct B(i32);
impl Obj for A {
    fn v(&self) -> i32 {
        self.0
    }
}
impl Obj for B {
    fn v(&self) -> i32 {
        -self.0
    }
}
impl SubObj for A {
    fn w(&self) -> i32 {
        self.0 * 10
    }
}

fn main() {
    let a: Rc<dyn Obj> = Rc::new(A(1));
    let a2 = a.clone();
    let a_same_val: Rc<dyn Obj> = Rc::new(A(1));
    let b: Rc<dyn Obj> = Rc::new(B(1));
    let a_concrete = Rc::new(A(5));
    let a_dyn: Rc<dyn Obj> = a_concrete.clone();
    println!("a==a2 {}", Rc::ptr_eq(&a, &a2));
    println!("a==a_same_val {}", Rc::ptr_eq(&a, &a_same_val));
    println!("a==b {}", Rc::ptr_eq(&a, &b));
    println!(
        "a_dyn addr_eq a_concrete {}",
        std::ptr::addr_eq(Rc::as_ptr(&a_dyn), Rc::as_ptr(&a_concrete))
    );
    println!(
        "values {} {} {} {} {}",
        a.v(),
        a2.v(),
        a_same_val.v(),
        b.v(),
        a_dyn.v()
    );

    let s: Rc<dyn SubObj> = Rc::new(A(3));
    let up: Rc<dyn Obj> = s.clone();
    println!(
        "upcast addr_eq {}",
        std::ptr::addr_eq(Rc::as_ptr(&s), Rc::as_ptr(&up))
    );
    println!("upcast values {} {} {}", s.v(), s.w(), up.v());

    let x: Arc<dyn Obj + Send + Sync> = Arc::new(B(7));
    let y = black_box(x.clone());
    let z: Arc<dyn Obj + Send + Sync> = Arc::new(B(7));
    println!(
        "arc x==y {} x==z {}",
        Arc::ptr_eq(&x, &y),
        Arc::ptr_eq(&x, &z)
    );

    let list: Vec<Rc<dyn Obj>> = vec![
        a.clone(),
        b.clone(),
        a2.clone(),
        a_same_val.clone(),
        a_dyn.clone(),
    ];
    let list = black_box(list);
    for (i, p) in list.iter().enumerate() {
        let same: Vec<usize> = list
            .iter()
            .enumerate()
            .filter(|(_, q)| Rc::ptr_eq(p, q))
            .map(|(j, _)| j)
            .collect();
        println!("list[{i}] v={} same-as {:?}", p.v(), same);
    }
    let r1: &dyn Obj = &*a;
    let r2: &dyn Obj = &*a2;
    println!("&dyn addr_eq {}", std::ptr::addr_eq(r1, r2));

    let raw: *mut dyn Obj = Box::into_raw(Box::new(A(11)) as Box<dyn Obj>);
    let raw = black_box(raw);
    let back = unsafe { Box::from_raw(raw) };
    println!("raw round trip v={}", back.v());
    let weak = Rc::downgrade(&a);
    println!(
        "weak ptr_eq {}",
        std::rc::Weak::ptr_eq(&weak, &Rc::downgrade(&a2))
    );
    println!("strong a={}", Rc::strong_count(&a));
}
