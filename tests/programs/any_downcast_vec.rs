//! dyn Any: a Vec<Box<dyn Any>> where each element is tried with three downcast_ref calls in a row, plus is::<T>, type_id and Box::downcast.
use std::any::{Any, TypeId};
use std::hint::black_box;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}
#[derive(Debug)]
struct Unit;

fn classify(a: &dyn Any) -> String {
    if let Some(i) = a.downcast_ref::<i32>() {
        return format!("i32 {}", i);
    }
    if let Some(s) = a.downcast_ref::<String>() {
        return format!("String {:?} (len {})", s, s.len());
    }
    if let Some(p) = a.downcast_ref::<Point>() {
        return format!("Point {:?}", p);
    }
    "unknown".to_string()
}

fn main() {
    let items: Vec<Box<dyn Any>> = vec![
        Box::new(5i32),
        Box::new(String::from("hello")),
        Box::new(Point { x: 1, y: -2 }),
        Box::new(5i64),
        Box::new(Unit),
        Box::new("static str"),
        Box::new(vec![1u8, 2, 3]),
        Box::new(-7i32),
        Box::new(Some(3i32)),
        Box::new(String::new()),
    ];
    let items = black_box(items);
    for (i, it) in items.iter().enumerate() {
        // Three downcast_ref calls in a row, all evaluated.
        let a = it.downcast_ref::<i32>();
        let b = it.downcast_ref::<String>();
        let c = it.downcast_ref::<Point>();
        println!(
            "{i}: i32={:?} String={:?} Point={:?} | {}",
            a,
            b,
            c,
            classify(&**it)
        );
        println!(
            "   is i64={} is Unit={} is &str={} is Vec<u8>={} is Option<i32>={}",
            it.is::<i64>(),
            it.is::<Unit>(),
            it.is::<&str>(),
            it.is::<Vec<u8>>(),
            it.is::<Option<i32>>()
        );
        let tid = (**it).type_id();
        println!(
            "   type_id==i32 {} ==String {} ==Box<dyn Any> {}",
            tid == TypeId::of::<i32>(),
            tid == TypeId::of::<String>(),
            tid == TypeId::of::<Box<dyn Any>>()
        );
    }
    // Pitfall: calling type_id on the Box itself gives the Box's TypeId.
    let b: Box<dyn Any> = Box::new(1i32);
    println!(
        "box.type_id()==Box<dyn Any>: {}",
        (&b as &dyn Any).type_id() == TypeId::of::<Box<dyn Any>>()
    );
    // Box::downcast by value.
    let mut counts = [0usize; 4];
    for it in items {
        match it.downcast::<i32>() {
            Ok(i) => {
                counts[0] += 1;
                println!("owned i32 {}", *i);
            }
            Err(it) => match it.downcast::<String>() {
                Ok(s) => {
                    counts[1] += 1;
                    println!("owned String {:?}", s);
                }
                Err(it) => match it.downcast::<Point>() {
                    Ok(p) => {
                        counts[2] += 1;
                        println!("owned Point x+y={}", p.x + p.y);
                    }
                    Err(_) => counts[3] += 1,
                },
            },
        }
    }
    println!("counts {:?}", counts);
}
