//! `reltab_pyo3_demo`: a Python extension module for tests/real/pyo3.
//!
//! Inside, the Rust code is full of trait objects: a stack machine whose
//! program is a `Vec<Box<dyn Op>>`, `Box<dyn Error>` from parsing, boxed
//! closures picked at run time, formatting through `&mut dyn fmt::Write`,
//! panics (a `Box<dyn Any + Send>` payload) turned into Python exceptions,
//! and scoped threads (each a boxed closure) run with the GIL released.
//! Across the Python interface only plain data goes: numbers, strings,
//! lists, and two `#[pyclass]` types that hold no trait object.

use std::error::Error;
use std::fmt::{self, Write as _};

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError, PyZeroDivisionError};
use pyo3::prelude::*;

create_exception!(reltab_pyo3_demo, EvalError, PyException, "an error of the stack machine");

// ---------------------------------------------------------------- the machine

#[derive(Debug)]
enum MachineError {
    Parse { token: String, position: usize, cause: Box<dyn Error + Send + Sync> },
    Underflow { op: String, needed: usize, had: usize },
    DivisionByZero { position: usize },
    Domain { op: String, value: f64 },
    Leftover(usize),
}

impl fmt::Display for MachineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MachineError::Parse { token, position, cause } => {
                write!(f, "cannot parse token {token:?} at {position}: {cause}")
            }
            MachineError::Underflow { op, needed, had } => {
                write!(f, "{op} needs {needed} values on the stack, it has {had}")
            }
            MachineError::DivisionByZero { position } => write!(f, "division by zero at {position}"),
            MachineError::Domain { op, value } => write!(f, "{op} is not defined for {value}"),
            MachineError::Leftover(n) => write!(f, "{n} values left on the stack, expected 1"),
        }
    }
}

impl Error for MachineError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            MachineError::Parse { cause, .. } => Some(&**cause),
            _ => None,
        }
    }
}

struct Machine {
    stack: Vec<f64>,
    trace: Option<Vec<String>>,
}

trait Op: Send + Sync {
    fn name(&self) -> String;
    fn arity(&self) -> usize;
    fn run(&self, args: &[f64], position: usize) -> Result<Vec<f64>, MachineError>;
    fn describe(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        write!(out, "{}/{}", self.name(), self.arity())
    }
}

struct Push(f64);
struct Binary {
    symbol: &'static str,
    f: fn(f64, f64) -> f64,
}
struct Div;
struct Unary {
    name: &'static str,
    f: Box<dyn Fn(f64) -> Option<f64> + Send + Sync>,
}
struct Dup;
struct Swap;
struct Sum(usize);

impl Op for Push {
    fn name(&self) -> String {
        format!("push({})", self.0)
    }
    fn arity(&self) -> usize {
        0
    }
    fn run(&self, _: &[f64], _: usize) -> Result<Vec<f64>, MachineError> {
        Ok(vec![self.0])
    }
    fn describe(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        write!(out, "{:.3}", self.0)
    }
}

impl Op for Binary {
    fn name(&self) -> String {
        self.symbol.to_string()
    }
    fn arity(&self) -> usize {
        2
    }
    fn run(&self, args: &[f64], _: usize) -> Result<Vec<f64>, MachineError> {
        Ok(vec![(self.f)(args[0], args[1])])
    }
}

impl Op for Div {
    fn name(&self) -> String {
        "/".into()
    }
    fn arity(&self) -> usize {
        2
    }
    fn run(&self, args: &[f64], position: usize) -> Result<Vec<f64>, MachineError> {
        if args[1] == 0.0 {
            return Err(MachineError::DivisionByZero { position });
        }
        Ok(vec![args[0] / args[1]])
    }
}

impl Op for Unary {
    fn name(&self) -> String {
        self.name.to_string()
    }
    fn arity(&self) -> usize {
        1
    }
    fn run(&self, args: &[f64], _: usize) -> Result<Vec<f64>, MachineError> {
        (self.f)(args[0])
            .map(|v| vec![v])
            .ok_or_else(|| MachineError::Domain { op: self.name.to_string(), value: args[0] })
    }
}

impl Op for Dup {
    fn name(&self) -> String {
        "dup".into()
    }
    fn arity(&self) -> usize {
        1
    }
    fn run(&self, args: &[f64], _: usize) -> Result<Vec<f64>, MachineError> {
        Ok(vec![args[0], args[0]])
    }
}

impl Op for Swap {
    fn name(&self) -> String {
        "swap".into()
    }
    fn arity(&self) -> usize {
        2
    }
    fn run(&self, args: &[f64], _: usize) -> Result<Vec<f64>, MachineError> {
        Ok(vec![args[1], args[0]])
    }
}

impl Op for Sum {
    fn name(&self) -> String {
        format!("sum{}", self.0)
    }
    fn arity(&self) -> usize {
        self.0
    }
    fn run(&self, args: &[f64], _: usize) -> Result<Vec<f64>, MachineError> {
        Ok(vec![args.iter().sum()])
    }
}

fn parse_number(token: &str) -> Result<f64, Box<dyn Error + Send + Sync>> {
    if let Some(hex) = token.strip_prefix("0x") {
        return Ok(i64::from_str_radix(hex, 16)? as f64);
    }
    Ok(token.parse::<f64>()?)
}

fn unary(name: &'static str) -> Option<Box<dyn Op>> {
    let f: Box<dyn Fn(f64) -> Option<f64> + Send + Sync> = match name {
        "neg" => Box::new(|x| Some(-x)),
        "abs" => Box::new(|x: f64| Some(x.abs())),
        "sqrt" => Box::new(|x: f64| (x >= 0.0).then(|| x.sqrt())),
        "ln" => Box::new(|x: f64| (x > 0.0).then(|| x.ln())),
        "inv" => Box::new(|x: f64| (x != 0.0).then(|| 1.0 / x)),
        _ => return None,
    };
    Some(Box::new(Unary { name, f }))
}

fn parse(source: &str) -> Result<Vec<Box<dyn Op>>, MachineError> {
    source
        .split_whitespace()
        .enumerate()
        .map(|(position, token)| -> Result<Box<dyn Op>, MachineError> {
            Ok(match token {
                "+" => Box::new(Binary { symbol: "+", f: |a, b| a + b }),
                "-" => Box::new(Binary { symbol: "-", f: |a, b| a - b }),
                "*" => Box::new(Binary { symbol: "*", f: |a, b| a * b }),
                "max" => Box::new(Binary { symbol: "max", f: f64::max }),
                "/" => Box::new(Div),
                "dup" => Box::new(Dup),
                "swap" => Box::new(Swap),
                t if t.starts_with("sum") && t.len() > 3 => {
                    let n = t[3..].parse::<usize>().map_err(|e| MachineError::Parse {
                        token: t.into(),
                        position,
                        cause: Box::new(e),
                    })?;
                    Box::new(Sum(n))
                }
                t => match unary(match t {
                    "neg" => "neg",
                    "abs" => "abs",
                    "sqrt" => "sqrt",
                    "ln" => "ln",
                    "inv" => "inv",
                    _ => "",
                }) {
                    Some(op) => op,
                    None => Box::new(Push(parse_number(t).map_err(|cause| MachineError::Parse {
                        token: t.into(),
                        position,
                        cause,
                    })?)),
                },
            })
        })
        .collect()
}

impl Machine {
    fn run(&mut self, program: &[Box<dyn Op>]) -> Result<f64, MachineError> {
        for (position, op) in program.iter().enumerate() {
            let needed = op.arity();
            if self.stack.len() < needed {
                return Err(MachineError::Underflow { op: op.name(), needed, had: self.stack.len() });
            }
            let args = self.stack.split_off(self.stack.len() - needed);
            let results = op.run(&args, position)?;
            if let Some(trace) = &mut self.trace {
                let mut line = String::new();
                op.describe(&mut line).unwrap();
                let _ = write!(line, " -> {:?}", results);
                trace.push(line);
            }
            self.stack.extend(results);
        }
        match self.stack.as_slice() {
            [v] => Ok(*v),
            rest => Err(MachineError::Leftover(rest.len())),
        }
    }
}

fn to_py(e: MachineError) -> PyErr {
    let mut message = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let _ = write!(message, " (caused by: {s})");
        source = s.source();
    }
    match e {
        MachineError::DivisionByZero { .. } => PyZeroDivisionError::new_err(message),
        MachineError::Parse { .. } => PyValueError::new_err(message),
        _ => EvalError::new_err(message),
    }
}

// ------------------------------------------------------------ the functions

/// Evaluates a program in reverse Polish notation, e.g. "1 2 + 3 *".
#[pyfunction]
fn evaluate(source: &str) -> PyResult<f64> {
    let program = parse(source).map_err(to_py)?;
    Machine { stack: Vec::new(), trace: None }.run(&program).map_err(to_py)
}

/// The steps of a program, one line each.
#[pyfunction]
fn trace(source: &str) -> PyResult<Vec<String>> {
    let program = parse(source).map_err(to_py)?;
    let mut machine = Machine { stack: Vec::new(), trace: Some(Vec::new()) };
    let value = machine.run(&program).map_err(to_py)?;
    let mut lines = machine.trace.take().unwrap_or_default();
    lines.push(format!("= {value}"));
    Ok(lines)
}

/// Evaluates many programs on scoped threads, with the GIL released.
#[pyfunction]
fn evaluate_many(py: Python<'_>, sources: Vec<String>, threads: usize) -> PyResult<Vec<Option<f64>>> {
    let threads = threads.max(1);
    let results: Vec<Result<f64, String>> = py.detach(|| {
        let chunk = sources.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            let handles: Vec<_> = sources
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .map(|s| {
                                let program = parse(s).map_err(|e| e.to_string())?;
                                Machine { stack: Vec::new(), trace: None }.run(&program).map_err(|e| e.to_string())
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().expect("worker panicked")).collect()
        })
    });
    Ok(results.into_iter().map(Result::ok).collect())
}

/// Sorts words by a key chosen at run time (a boxed closure).
#[pyfunction]
#[pyo3(signature = (words, key = "length"))]
fn sort_words(words: Vec<String>, key: &str) -> PyResult<Vec<String>> {
    let compare: Box<dyn Fn(&String, &String) -> std::cmp::Ordering> = match key {
        "length" => Box::new(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b))),
        "alpha" => Box::new(|a, b| a.cmp(b)),
        "reverse" => Box::new(|a, b| b.cmp(a)),
        "vowels" => {
            let vowels = |s: &String| s.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
            Box::new(move |a, b| vowels(b).cmp(&vowels(a)).then_with(|| a.cmp(b)))
        }
        other => return Err(PyValueError::new_err(format!("unknown key {other:?}"))),
    };
    let mut words = words;
    words.sort_by(|a, b| compare(a, b));
    Ok(words)
}

/// A table of (name, value) rows, formatted through `&mut dyn fmt::Write`.
#[pyfunction]
fn format_table(rows: Vec<(String, f64)>) -> String {
    fn write_rows(out: &mut dyn fmt::Write, rows: &[(String, f64)]) -> fmt::Result {
        let width = rows.iter().map(|(n, _)| n.chars().count()).max().unwrap_or(0).max(4);
        writeln!(out, "{:<width$} | {:>12}", "name", "value")?;
        writeln!(out, "{}-+-{}", "-".repeat(width), "-".repeat(12))?;
        for (name, value) in rows {
            writeln!(out, "{name:<width$} | {value:>12.4e}")?;
        }
        let total: f64 = rows.iter().map(|(_, v)| v).sum();
        write!(out, "{:<width$} | {total:>12.4}", "sum")
    }
    let mut out = String::new();
    write_rows(&mut out, &rows).expect("formatting into a String");
    out
}

/// Calls a Python function on each value and collects what it returns.
#[pyfunction]
fn map_values<'py>(function: &Bound<'py, PyAny>, values: Vec<i64>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    values.into_iter().map(|v| function.call1((v,))).collect()
}

/// Panics in Rust; PyO3 turns the panic into pyo3_runtime.PanicException.
#[pyfunction]
fn boom(message: &str) -> PyResult<()> {
    let payload: Box<dyn std::any::Any + Send> = Box::new(message.to_string());
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| std::panic::resume_unwind(payload)));
    let inner = caught.err().and_then(|p| p.downcast::<String>().ok()).map(|s| *s).unwrap_or_default();
    panic!("boom: {inner}");
}

/// A `Box<dyn Error>` chain turned into an OSError-like message.
#[pyfunction]
fn parse_all(tokens: Vec<String>) -> PyResult<Vec<f64>> {
    tokens
        .iter()
        .map(|t| parse_number(t).map_err(|e| PyValueError::new_err(format!("{t:?}: {e}"))))
        .collect()
}

// ---------------------------------------------------------------- the classes

/// Running statistics: plain data, no trait object.
#[pyclass]
struct Stats {
    count: u64,
    sum: f64,
    min: f64,
    max: f64,
    #[pyo3(get, set)]
    label: String,
}

#[pymethods]
impl Stats {
    #[new]
    #[pyo3(signature = (label = String::from("stats")))]
    fn new(label: String) -> Self {
        Stats { count: 0, sum: 0.0, min: f64::INFINITY, max: f64::NEG_INFINITY, label }
    }

    fn push(&mut self, value: f64) {
        self.count += 1;
        self.sum += value;
        self.min = self.min.min(value);
        self.max = self.max.max(value);
    }

    fn extend(&mut self, values: Vec<f64>) {
        values.into_iter().for_each(|v| self.push(v));
    }

    fn mean(&self) -> PyResult<f64> {
        if self.count == 0 {
            return Err(EvalError::new_err(format!("{}: no values", self.label)));
        }
        Ok(self.sum / self.count as f64)
    }

    #[getter]
    fn count(&self) -> u64 {
        self.count
    }

    fn __len__(&self) -> usize {
        self.count as usize
    }

    fn __repr__(&self) -> String {
        if self.count == 0 {
            return format!("Stats({:?}, empty)", self.label);
        }
        format!(
            "Stats({:?}, n={}, min={}, max={}, mean={:.6})",
            self.label,
            self.count,
            self.min,
            self.max,
            self.sum / self.count as f64
        )
    }
}

/// An iterator over the Collatz sequence of a number: plain data.
#[pyclass]
struct Collatz {
    next: Option<u64>,
    steps: u32,
}

#[pymethods]
impl Collatz {
    #[new]
    fn new(start: u64) -> PyResult<Self> {
        if start == 0 {
            return Err(PyValueError::new_err("Collatz(0) has no sequence"));
        }
        Ok(Collatz { next: Some(start), steps: 0 })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(mut slf: PyRefMut<'_, Self>) -> Option<u64> {
        let current = slf.next?;
        slf.steps += 1;
        slf.next = match current {
            1 => None,
            n if n % 2 == 0 => Some(n / 2),
            n => Some(3 * n + 1),
        };
        Some(current)
    }

    #[getter]
    fn steps(&self) -> u32 {
        self.steps
    }
}

// ----------------------------------------------------------------- the module

#[pymodule]
fn reltab_pyo3_demo(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(evaluate, m)?)?;
    m.add_function(wrap_pyfunction!(trace, m)?)?;
    m.add_function(wrap_pyfunction!(evaluate_many, m)?)?;
    m.add_function(wrap_pyfunction!(sort_words, m)?)?;
    m.add_function(wrap_pyfunction!(format_table, m)?)?;
    m.add_function(wrap_pyfunction!(map_values, m)?)?;
    m.add_function(wrap_pyfunction!(boom, m)?)?;
    m.add_function(wrap_pyfunction!(parse_all, m)?)?;
    m.add_class::<Stats>()?;
    m.add_class::<Collatz>()?;
    m.add("EvalError", m.py().get_type::<EvalError>())?;
    m.add("OPS", vec!["+", "-", "*", "/", "max", "dup", "swap", "neg", "abs", "sqrt", "ln", "inv", "sumN"])?;
    Ok(())
}
