//! `cargo reltab compare`: the same project built without and with reltab
//! (optionally each also linked with RELR), measured side by side.

use crate::cargo_build::{Artifact, Program};
use crate::elf::{self, Sizes, SECTIONS};
use crate::startup::{Probe, Startup};
use reltab_report::{AtEnd, Form, Refusal, Report};
use serde::Serialize;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// One build of one program.
pub struct Column {
    pub label: String,
    pub path: PathBuf,
    pub sizes: Sizes,
    pub startup: Option<Startup>,
    /// What the plugin did (builds with the plugin).
    pub reltab: Option<ReltabSummary>,
    /// rustc's fat-LTO step (`LLVM_fatlto` of `-Ztime-passes`).
    pub lto_seconds: Option<f64>,
    pub bitcode: Option<PathBuf>,
    pub link_map: Option<PathBuf>,
}

pub struct Comparison {
    pub package: String,
    pub name: String,
    pub kind: Artifact,
    pub columns: Vec<Column>,
}

/// Pairs the programs of the two builds and measures every build of each.
pub fn measure(
    stock: &[Program],
    reltab: &[Program],
    relr: bool,
    probe: &Probe,
    runs: usize,
) -> Result<Vec<Comparison>, String> {
    let mut comparisons = Vec::new();
    for s in stock {
        let Some(r) = reltab.iter().find(|r| r.package == s.package && r.name == s.name && r.kind == s.kind) else {
            return Err(format!("the build with reltab has no {} {} of {}", s.kind.name(), s.name, s.package));
        };
        // A static library is linked by someone else, later: no RELR link.
        let relr = relr && s.kind != Artifact::StaticLibrary;
        let relr_of = |p: &Program| {
            p.relr.clone().ok_or_else(|| format!("no RELR link of {} was made (--relr)", p.path.display()))
        };
        let mut columns = vec![column("stock", &s.path, s, None)?];
        if relr {
            columns.push(column("stock+RELR", &relr_of(s)?, s, None)?);
        }
        let report = r.report.as_deref().map(read_report).transpose()?;
        columns.push(column("reltab", &r.path, r, report.clone())?);
        if relr {
            columns.push(column("reltab+RELR", &relr_of(r)?, r, report)?);
        }
        if columns.iter().all(|c| c.sizes.has_interpreter) && runs > 0 {
            let paths: Vec<&Path> = columns.iter().map(|c| c.path.as_path()).collect();
            let startups = probe.measure(&paths, runs)?;
            for (c, startup) in columns.iter_mut().zip(startups) {
                c.startup = Some(startup);
            }
        }
        comparisons.push(Comparison { package: s.package.clone(), name: s.name.clone(), kind: s.kind, columns });
    }
    Ok(comparisons)
}

fn column(label: &str, path: &Path, program: &Program, reltab: Option<ReltabSummary>) -> Result<Column, String> {
    Ok(Column {
        label: label.into(),
        path: path.to_path_buf(),
        sizes: match program.kind {
            Artifact::StaticLibrary => elf::measure_archive(path)?,
            Artifact::Program | Artifact::SharedLibrary => elf::measure(path)?,
        },
        startup: None,
        reltab,
        lto_seconds: program.time_passes.as_deref().and_then(fat_lto_seconds),
        bitcode: program.bitcode.clone(),
        link_map: program.link_map.clone(),
    })
}

/// The parts of the plugin's report `build` and `compare` show (and
/// `compare --json` writes as `reltab`).
#[derive(Clone, Debug, Serialize)]
pub struct ReltabSummary {
    pub report: PathBuf,
    pub converted: bool,
    pub refused_because: Vec<Refusal>,
    pub vtables_converted: usize,
    pub relocations_removed: usize,
    pub form: Option<Form>,
    pub compact_fallback: Option<String>,
    pub at_end_of_lto: Option<AtEnd>,
    /// reltab's time at the start and at the end of the fat-LTO pipeline.
    pub pass_seconds: f64,
}

/// Reads the plugin's report of a program.
pub fn read_report(path: &Path) -> Result<ReltabSummary, String> {
    let r = Report::read(path)?;
    let conversion = r.conversion.ok_or_else(|| format!("the report {} has no decision", path.display()))?;
    Ok(ReltabSummary {
        report: path.to_path_buf(),
        converted: conversion.converted,
        refused_because: conversion.refused_because,
        vtables_converted: conversion.vtables_converted,
        relocations_removed: conversion.relocations_removed,
        form: conversion.form,
        compact_fallback: conversion.compact_fallback,
        pass_seconds: r.seconds + r.at_end_of_lto.as_ref().map_or(0.0, |a| a.seconds),
        at_end_of_lto: r.at_end_of_lto,
    })
}

pub fn fat_lto_seconds(time_passes: &Path) -> Option<f64> {
    let text = std::fs::read_to_string(time_passes).ok()?;
    text.lines()
        .filter(|l| l.trim_end().ends_with("LLVM_fatlto"))
        .filter_map(|l| l.strip_prefix("time:")?.split(';').next()?.trim().parse::<f64>().ok())
        .reduce(|a, b| a + b)
}

pub fn to_json(comparisons: &[Comparison]) -> Value {
    Value::Array(
        comparisons
            .iter()
            .map(|c| {
                json!({
                    "package": c.package,
                    "name": c.name,
                    "kind": c.kind.name(),
                    "builds": c.columns.iter().map(|col| json!({
                        "build": col.label,
                        "path": col.path,
                        "file_bytes": col.sizes.file,
                        "sections": col.sizes.sections,
                        "dynamic_relocations": col.sizes.dynamic_relocations,
                        "relative_relocations": col.sizes.relative_relocations,
                        "startup": col.startup.as_ref().map(|s| json!({
                            "runs": s.runs,
                            "loader_cycles_median": s.loader_cycles,
                            "relocation_cycles_median": s.relocation_cycles,
                            "exe_private_dirty_kb": s.exe_dirty_kb,
                            "process_private_dirty_kb": s.process_dirty_kb,
                        })),
                        "fat_lto_seconds": col.lto_seconds,
                        "bitcode": col.bitcode,
                        "link_map": col.link_map,
                        "reltab": col.reltab,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

/// The table `compare` prints: one row a figure, one column a build, and
/// each build after the first also as a ratio to the first.
pub fn render(c: &Comparison) -> String {
    let mut rows: Vec<(String, Vec<Option<f64>>)> = Vec::new();
    let mut row = |label: &str, value: &dyn Fn(&Column) -> Option<f64>| {
        let values: Vec<Option<f64>> = c.columns.iter().map(value).collect();
        if values.iter().any(|v| v.is_some_and(|x| x != 0.0)) {
            rows.push((label.to_string(), values));
        }
    };
    row("file size (bytes)", &|col| Some(col.sizes.file as f64));
    for s in SECTIONS {
        row(&format!("{s} (bytes)"), &|col| Some(col.sizes.section(s) as f64));
    }
    if c.kind == Artifact::StaticLibrary {
        // Not the loader's yet: what a position-independent link makes dynamic.
        row("absolute data relocations", &|col| Some(col.sizes.relative_relocations as f64));
    } else {
        row("dynamic relocations", &|col| Some(col.sizes.dynamic_relocations as f64));
        row("  of which relative", &|col| Some(col.sizes.relative_relocations as f64));
    }
    row("vtables converted", &|col| col.reltab.as_ref().map(|r| r.vtables_converted as f64));
    let runs = c.columns.iter().find_map(|col| col.startup.as_ref().map(|s| s.runs));
    if let Some(runs) = runs {
        row(&format!("loader start-up (cycles, median of {runs})"), &|col| {
            col.startup.as_ref().map(|s| s.loader_cycles as f64)
        });
        row("  of which relocation (cycles)", &|col| col.startup.as_ref().map(|s| s.relocation_cycles as f64));
        row("private dirty, executable (kB)", &|col| col.startup.as_ref().map(|s| s.exe_dirty_kb as f64));
        row("private dirty, process (kB)", &|col| col.startup.as_ref().map(|s| s.process_dirty_kb as f64));
    }
    row("fat-LTO step (s)", &|col| col.lto_seconds);
    row("  of which reltab (s)", &|col| col.reltab.as_ref().map(|r| r.pass_seconds));

    let mut header = vec![String::new()];
    for (i, col) in c.columns.iter().enumerate() {
        header.push(col.label.clone());
        if i > 0 {
            header.push("ratio".into());
        }
    }
    let mut table: Vec<Vec<String>> = vec![header];
    for (label, values) in &rows {
        let mut line = vec![label.clone()];
        for (i, v) in values.iter().enumerate() {
            line.push(v.map(number).unwrap_or_else(|| "-".into()));
            if i > 0 {
                line.push(match (values[0], v) {
                    (Some(base), Some(x)) if base != 0.0 => format!("{:.3}", x / base),
                    _ => "-".into(),
                });
            }
        }
        table.push(line);
    }
    let widths: Vec<usize> =
        (0..table[0].len()).map(|i| table.iter().map(|l| l[i].chars().count()).max().unwrap_or(0)).collect();
    let what = match c.kind {
        Artifact::Program => String::new(),
        other => format!(", {}", other.name()),
    };
    let mut out = format!("{} ({}{what})\n", c.name, c.package);
    for line in &table {
        let cells: Vec<String> = line
            .iter()
            .enumerate()
            .map(
                |(i, cell)| {
                    if i == 0 {
                        format!("{cell:<w$}", w = widths[i])
                    } else {
                        format!("{cell:>w$}", w = widths[i])
                    }
                },
            )
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    if let Some(r) = c.columns.iter().find_map(|col| col.reltab.as_ref()) {
        out.push_str(&format!("reltab: {}\n", conversion_summary(r)));
    }
    out
}

/// One line on what reltab did to a program.
pub fn conversion_summary(r: &ReltabSummary) -> String {
    if r.converted {
        let form = r.form.map_or("relative", Form::name);
        let fallback = match &r.compact_fallback {
            Some(why) => format!(" (not compact: {why})"),
            None => String::new(),
        };
        let at_end = match &r.at_end_of_lto {
            Some(a) => format!("{} relative vtables with {} entries", a.relative_vtables, a.relative_entries),
            None => "no count".to_string(),
        };
        format!(
            "converted {} vtables ({} pointer entries) to the {form} layout{fallback}; {at_end} left at the end of LTO",
            r.vtables_converted, r.relocations_removed
        )
    } else {
        // One reason a line, with its stable code (docs/options.md lists
        // them), and where the whole report is.
        let mut text = format!("NOT converted, left absolute (report: {}):", r.report.display());
        for reason in &r.refused_because {
            let code = serde_json::to_value(reason.code).ok().and_then(|v| v.as_str().map(str::to_string));
            text.push_str(&format!("\n    [{}] {}", code.unwrap_or_default(), reason.detail));
        }
        text.push_str(
            "\n  (it behaves as a build without reltab, but is not byte-identical to one: each crate was optimized \
             with its vtable reads protected; docs/cargo-reltab.md)",
        );
        text
    }
}

fn number(x: f64) -> String {
    if x.fract() != 0.0 {
        return format!("{x:.3}");
    }
    let digits = format!("{}", x as u64);
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_get_thousands_separators() {
        assert_eq!(number(4715672.0), "4,715,672");
        assert_eq!(number(455.0), "455");
        assert_eq!(number(2.5), "2.500");
    }

    #[test]
    fn reads_the_fat_lto_step_from_time_passes() {
        let file = std::env::temp_dir().join(format!("cargo-reltab-tp-{}", std::process::id()));
        std::fs::write(
            &file,
            "time:   0.190; rss:  142MB ->  113MB ( -29MB)\tLLVM_passes\n\
             time:   2.752; rss:  110MB ->  179MB ( +69MB)\tLLVM_fatlto\n\
             time:   3.124; rss:   27MB ->  104MB ( +76MB)\ttotal\n",
        )
        .unwrap();
        let seconds = fat_lto_seconds(&file);
        std::fs::remove_file(&file).unwrap();
        assert_eq!(seconds, Some(2.752));
    }
}
