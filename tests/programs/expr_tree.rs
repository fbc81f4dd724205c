//! A recursive expression tree of Box<dyn Expr> nodes: evaluation, Display, simplification returning new trait objects, visitor over &dyn Expr, deep drop.
use std::collections::BTreeMap;
use std::fmt;
use std::hint::black_box;

type Env = BTreeMap<&'static str, f64>;

trait Expr: fmt::Display {
    fn eval(&self, env: &Env) -> Result<f64, String>;
    fn simplify(&self) -> Box<dyn Expr>;
    fn depth(&self) -> usize;
    fn children(&self) -> Vec<&dyn Expr>;
    fn as_const(&self) -> Option<f64> {
        None
    }
}

struct Num(f64);
struct Var(&'static str);
struct Bin {
    op: char,
    l: Box<dyn Expr>,
    r: Box<dyn Expr>,
}
struct Neg(Box<dyn Expr>);
struct Call {
    name: &'static str,
    f: fn(f64) -> f64,
    arg: Box<dyn Expr>,
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
impl fmt::Display for Var {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
impl fmt::Display for Bin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({} {} {})", self.l, self.op, self.r)
    }
}
impl fmt::Display for Neg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "-{}", self.0)
    }
}
impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", self.name, self.arg)
    }
}

impl Expr for Num {
    fn eval(&self, _: &Env) -> Result<f64, String> {
        Ok(self.0)
    }
    fn simplify(&self) -> Box<dyn Expr> {
        Box::new(Num(self.0))
    }
    fn depth(&self) -> usize {
        1
    }
    fn children(&self) -> Vec<&dyn Expr> {
        vec![]
    }
    fn as_const(&self) -> Option<f64> {
        Some(self.0)
    }
}
impl Expr for Var {
    fn eval(&self, env: &Env) -> Result<f64, String> {
        env.get(self.0)
            .copied()
            .ok_or_else(|| format!("unbound {}", self.0))
    }
    fn simplify(&self) -> Box<dyn Expr> {
        Box::new(Var(self.0))
    }
    fn depth(&self) -> usize {
        1
    }
    fn children(&self) -> Vec<&dyn Expr> {
        vec![]
    }
}
impl Expr for Bin {
    fn eval(&self, env: &Env) -> Result<f64, String> {
        let (a, b) = (self.l.eval(env)?, self.r.eval(env)?);
        match self.op {
            '+' => Ok(a + b),
            '-' => Ok(a - b),
            '*' => Ok(a * b),
            '/' if b == 0.0 => Err("division by zero".into()),
            '/' => Ok(a / b),
            o => Err(format!("bad op {o}")),
        }
    }
    fn simplify(&self) -> Box<dyn Expr> {
        let l = self.l.simplify();
        let r = self.r.simplify();
        match (l.as_const(), r.as_const(), self.op) {
            (Some(_), Some(_), _) => {
                let folded = Bin { op: self.op, l, r };
                match folded.eval(&Env::new()) {
                    Ok(v) => Box::new(Num(v)),
                    Err(_) => Box::new(folded),
                }
            }
            (Some(z), _, '+') if z == 0.0 => r,
            (_, Some(z), '+' | '-') if z == 0.0 => l,
            (Some(o), _, '*') if o == 1.0 => r,
            (_, Some(o), '*' | '/') if o == 1.0 => l,
            (Some(z), _, '*') | (_, Some(z), '*') if z == 0.0 => Box::new(Num(0.0)),
            _ => Box::new(Bin { op: self.op, l, r }),
        }
    }
    fn depth(&self) -> usize {
        1 + self.l.depth().max(self.r.depth())
    }
    fn children(&self) -> Vec<&dyn Expr> {
        vec![&*self.l, &*self.r]
    }
}
impl Expr for Neg {
    fn eval(&self, env: &Env) -> Result<f64, String> {
        Ok(-self.0.eval(env)?)
    }
    fn simplify(&self) -> Box<dyn Expr> {
        let inner = self.0.simplify();
        match inner.as_const() {
            Some(c) => Box::new(Num(-c)),
            None => Box::new(Neg(inner)),
        }
    }
    fn depth(&self) -> usize {
        1 + self.0.depth()
    }
    fn children(&self) -> Vec<&dyn Expr> {
        vec![&*self.0]
    }
}
impl Expr for Call {
    fn eval(&self, env: &Env) -> Result<f64, String> {
        Ok((self.f)(self.arg.eval(env)?))
    }
    fn simplify(&self) -> Box<dyn Expr> {
        Box::new(Call {
            name: self.name,
            f: self.f,
            arg: self.arg.simplify(),
        })
    }
    fn depth(&self) -> usize {
        1 + self.arg.depth()
    }
    fn children(&self) -> Vec<&dyn Expr> {
        vec![&*self.arg]
    }
}

fn n(v: f64) -> Box<dyn Expr> {
    Box::new(Num(v))
}
fn v(s: &'static str) -> Box<dyn Expr> {
    Box::new(Var(s))
}
fn b(op: char, l: Box<dyn Expr>, r: Box<dyn Expr>) -> Box<dyn Expr> {
    Box::new(Bin { op, l, r })
}

fn count_nodes(e: &dyn Expr) -> usize {
    1 + e.children().into_iter().map(count_nodes).sum::<usize>()
}

fn main() {
    let mut env = Env::new();
    env.insert("x", 3.0);
    env.insert("y", -0.5);
    let exprs: Vec<Box<dyn Expr>> = vec![
        b('+', n(1.0), b('*', n(2.0), v("x"))),
        b('*', b('+', n(0.0), v("x")), n(1.0)),
        Box::new(Neg(b('-', n(10.0), n(4.0)))),
        b('/', v("x"), b('-', n(2.0), n(2.0))),
        Box::new(Call {
            name: "sqrt",
            f: f64::sqrt,
            arg: b('*', n(8.0), n(2.0)),
        }),
        b('+', v("z"), n(1.0)),
        b('*', v("y"), b('*', n(0.0), v("x"))),
    ];
    let exprs = black_box(exprs);
    for e in &exprs {
        let s = e.simplify();
        println!(
            "{} = {:?} | depth {} nodes {} | simplified {} = {:?} (nodes {})",
            e,
            e.eval(&env),
            e.depth(),
            count_nodes(&**e),
            s,
            s.eval(&env),
            count_nodes(&*s)
        );
    }
    // A deep left-leaning chain to exercise recursion and drop glue.
    let mut deep = n(0.0);
    for i in 1..=black_box(500) {
        deep = b(if i % 2 == 0 { '+' } else { '-' }, deep, n(i as f64));
    }
    println!("deep: depth {} value {:?}", deep.depth(), deep.eval(&env));
    let s = deep.simplify();
    println!("deep simplified: {} (depth {})", s, s.depth());
}
