//! A trait with many methods (large vtable; each slot returns a distinct value) and a sub-trait extending it, so a wrong slot index is visible.
use std::hint::black_box;

macro_rules! big_trait {
    ($($m:ident = $v:expr;)*) => {
        trait Big {
            $(fn $m(&self) -> u64;)*
            fn base(&self) -> u64;
        }
        macro_rules! impl_big {
            ($t:ty, $k:expr) => {
                impl Big for $t {
                    $(fn $m(&self) -> u64 { $v * 1000 + $k + self.base_off() })*
                    fn base(&self) -> u64 { $k }
                }
            };
        }
        fn call_all(b: &dyn Big) -> Vec<u64> {
            vec![$(b.$m(),)* b.base()]
        }
        const NAMES: &[&str] = &[$(stringify!($m),)* "base"];
    };
}

big_trait! {
    m00 = 0; m01 = 1; m02 = 2; m03 = 3; m04 = 4; m05 = 5; m06 = 6; m07 = 7;
    m08 = 8; m09 = 9; m10 = 10; m11 = 11; m12 = 12; m13 = 13; m14 = 14; m15 = 15;
    m16 = 16; m17 = 17; m18 = 18; m19 = 19; m20 = 20; m21 = 21; m22 = 22; m23 = 23;
}

trait Offset {
    fn base_off(&self) -> u64;
}
struct T1;
struct T2(u64);
struct T3 {
    s: String,
}
impl Offset for T1 {
    fn base_off(&self) -> u64 {
        0
    }
}
impl Offset for T2 {
    fn base_off(&self) -> u64 {
        self.0
    }
}
impl Offset for T3 {
    fn base_off(&self) -> u64 {
        self.s.len() as u64
    }
}
impl_big!(T1, 1);
impl_big!(T2, 2);
impl_big!(T3, 3);

trait Bigger: Big {
    fn extra1(&self) -> u64 {
        self.m23() + 1
    }
    fn extra2(&self) -> u64;
}
impl Bigger for T2 {
    fn extra2(&self) -> u64 {
        self.m00() * 2
    }
}
impl Bigger for T3 {
    fn extra1(&self) -> u64 {
        99
    }
    fn extra2(&self) -> u64 {
        self.m12() + self.m13()
    }
}

fn main() {
    let objs: Vec<Box<dyn Big>> = vec![
        Box::new(T1),
        Box::new(T2(500)),
        Box::new(T3 {
            s: "seven77".into(),
        }),
    ];
    for o in black_box(&objs) {
        let vals = call_all(&**o);
        let line: Vec<String> = NAMES
            .iter()
            .zip(&vals)
            .map(|(n, v)| format!("{n}={v}"))
            .collect();
        println!("{}", line.join(" "));
    }
    let bigger: Vec<Box<dyn Bigger>> = vec![Box::new(T2(1)), Box::new(T3 { s: String::new() })];
    for b in black_box(&bigger) {
        let as_big: &dyn Big = &**b;
        println!(
            "extra1={} extra2={} m07={} base={} sum={}",
            b.extra1(),
            b.extra2(),
            as_big.m07(),
            as_big.base(),
            call_all(as_big).iter().sum::<u64>()
        );
    }
}
