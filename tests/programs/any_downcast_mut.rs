//! dyn Any variants: downcast_mut, &mut dyn Any, Rc<dyn Any>/Arc<dyn Any + Send + Sync> downcasts, dyn Any + Send, Any in a trait via as_any.
use std::any::Any;
use std::hint::black_box;
use std::rc::Rc;
use std::sync::Arc;

trait Component: Any {
    fn name(&self) -> &str;
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}
#[derive(Debug)]
struct Health(i32);
#[derive(Debug)]
struct Position(f32, f32);
#[derive(Debug)]
struct Name(String);

impl Component for Health {
    fn name(&self) -> &str {
        "health"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
impl Component for Position {
    fn name(&self) -> &str {
        "position"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
impl Component for Name {
    fn name(&self) -> &str {
        "name"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn bump(a: &mut dyn Any) {
    if let Some(i) = a.downcast_mut::<i32>() {
        *i += 100;
    } else if let Some(s) = a.downcast_mut::<String>() {
        s.push_str("!!");
    } else if let Some(v) = a.downcast_mut::<Vec<i32>>() {
        v.push(v.len() as i32);
    }
}

fn main() {
    let mut vals: Vec<Box<dyn Any>> = vec![
        Box::new(1i32),
        Box::new(String::from("hey")),
        Box::new(vec![9i32]),
        Box::new(2.5f64),
    ];
    for v in vals.iter_mut() {
        bump(&mut **v);
        bump(&mut **v);
    }
    for v in black_box(&vals) {
        println!(
            "{:?} {:?} {:?} {:?}",
            v.downcast_ref::<i32>(),
            v.downcast_ref::<String>(),
            v.downcast_ref::<Vec<i32>>(),
            v.downcast_ref::<f64>()
        );
    }

    let mut comps: Vec<Box<dyn Component>> = vec![
        Box::new(Health(10)),
        Box::new(Position(1.0, 2.0)),
        Box::new(Name("bob".into())),
        Box::new(Health(3)),
    ];
    for c in comps.iter_mut() {
        if let Some(h) = c.as_any_mut().downcast_mut::<Health>() {
            h.0 *= 2;
        }
        if let Some(p) = c.as_any_mut().downcast_mut::<Position>() {
            p.0 += 0.5;
        }
        if let Some(n) = c.as_any_mut().downcast_mut::<Name>() {
            n.0.make_ascii_uppercase();
        }
    }
    for c in black_box(&comps) {
        let a = c.as_any();
        println!(
            "{}: health={:?} pos={:?} name={:?}",
            c.name(),
            a.downcast_ref::<Health>(),
            a.downcast_ref::<Position>(),
            a.downcast_ref::<Name>()
        );
    }
    let total_health: i32 = comps
        .iter()
        .filter_map(|c| c.as_any().downcast_ref::<Health>())
        .map(|h| h.0)
        .sum();
    println!("total health {}", total_health);

    let rc: Rc<dyn Any> = Rc::new(String::from("shared"));
    let rc2 = rc.clone();
    match black_box(rc).downcast::<i32>() {
        Ok(_) => println!("rc: i32?!"),
        Err(rc) => match rc.downcast::<String>() {
            Ok(s) => println!("rc: String {:?} strong={}", s, Rc::strong_count(&s)),
            Err(_) => println!("rc: unknown"),
        },
    }
    drop(rc2);

    let arc: Arc<dyn Any + Send + Sync> = Arc::new(vec![1u64, 2, 3]);
    let t = {
        let a = arc.clone();
        std::thread::spawn(move || a.downcast_ref::<Vec<u64>>().map(|v| v.iter().sum::<u64>()))
    };
    println!("thread sum {:?}", t.join().unwrap());
    match black_box(arc).downcast::<Vec<u64>>() {
        Ok(v) => println!("arc Vec<u64> len {}", v.len()),
        Err(_) => println!("arc: not Vec<u64>"),
    }

    let send_any: Box<dyn Any + Send> = Box::new(Position(3.0, 4.0));
    println!("send any is Position {}", send_any.is::<Position>());
    let p = send_any.downcast::<Position>().unwrap();
    println!("dist^2 {}", p.0 * p.0 + p.1 * p.1);
}
