use shapes_app::shapes;

fn main() {
    let mut all = shapes();
    let factor: f64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2.0);
    for s in all.iter_mut() {
        s.scale(factor);
    }
    let total: f64 = all.iter().map(|s| s.area()).sum();
    for s in &all {
        let named: &dyn shapes_app::Named = s.as_ref();
        println!("{:<7} {:?} area {:.2}", named.name(), s, s.area());
    }
    println!("total {total:.2}; {} shapes, {} bytes of boxes", all.len(), all.iter().map(|s| std::mem::size_of_val(&**s)).sum::<usize>());
}
