//! `cargo reltab vtables`: what trait objects cost, per trait and per
//! implementing type, in the program as it is at the end of LTO — what the
//! binary really holds, after optimization removed the vtables nothing uses
//! (`-Zprint-vtable-sizes` counts before LTO, crate by crate).
//!
//! Everything comes from the plugin's report of the program's fat-LTO link:
//! `at_end_of_lto.vtables` names each vtable left and says what it is now
//! (relative or absolute, bytes, pointer entries), and `vtables`, taken at
//! the start of fat LTO under the same names, says what it implements and
//! what it was before (absolute bytes). The figures therefore agree with the
//! report by construction; the tables only group and sort them.

use reltab_report::Report;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The cost of a group of vtables (one trait, or one implementing type).
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Cost {
    pub name: String,
    pub vtables: usize,
    /// Pointer entries: relocations in the absolute layout.
    pub pointer_entries: usize,
    pub bytes_before: u64,
    pub bytes_after: u64,
    /// Relocations the binary does not have because reltab converted them.
    pub relocations_saved: usize,
}

impl Cost {
    fn add(&mut self, other: &Cost) {
        self.vtables += other.vtables;
        self.pointer_entries += other.pointer_entries;
        self.bytes_before += other.bytes_before;
        self.bytes_after += other.bytes_after;
        self.relocations_saved += other.relocations_saved;
    }
}

/// One program's vtables, grouped.
#[derive(Debug, Default, Serialize)]
pub struct Costs {
    pub by_trait: Vec<Cost>,
    pub by_type: Vec<Cost>,
    pub total: Cost,
}

/// Groups the vtables left at the end of LTO. An error when the report has
/// no count of the end of LTO (a link that was not at fat LTO).
pub fn costs(report: &Report) -> Result<Costs, String> {
    let at_end = report.at_end_of_lto.as_ref().ok_or("the report has no count of the end of LTO")?;
    let before: HashMap<&str, (Option<&str>, u64)> = report
        .vtables
        .iter()
        .filter_map(|v| Some((v.name.as_deref()?, (v.implementation.as_deref(), v.bytes))))
        .collect();
    let (mut traits, mut types) = (BTreeMap::<String, Cost>::new(), BTreeMap::<String, Cost>::new());
    let mut total = Cost { name: "total".into(), ..Cost::default() };
    for left in &at_end.vtables {
        let (implementation, bytes_before) =
            left.name.as_deref().and_then(|n| before.get(n)).copied().unwrap_or((None, left.bytes));
        let (ty, tr) = split_implementation(implementation.unwrap_or("<unknown>"));
        let cost = Cost {
            name: String::new(),
            vtables: 1,
            pointer_entries: left.pointer_entries,
            bytes_before,
            bytes_after: left.bytes,
            relocations_saved: if left.relative { left.pointer_entries } else { 0 },
        };
        traits.entry(tr.clone()).or_insert_with(|| Cost { name: tr, ..Cost::default() }).add(&cost);
        types.entry(ty.clone()).or_insert_with(|| Cost { name: ty, ..Cost::default() }).add(&cost);
        total.add(&cost);
    }
    let sorted = |groups: BTreeMap<String, Cost>| {
        let mut v: Vec<Cost> = groups.into_values().collect();
        v.sort_by(|a, b| {
            (b.pointer_entries, b.bytes_before, &a.name).cmp(&(a.pointer_entries, a.bytes_before, &b.name))
        });
        v
    };
    Ok(Costs { by_trait: sorted(traits), by_type: sorted(types), total })
}

/// `<Type as Trait>` into (type, trait), splitting at the ` as ` outside
/// every pair of angle brackets (`->` is no bracket). A vtable without a
/// trait (drop glue, size and align only, as of a `dyn Any`-less upcast)
/// groups under `(no trait named)`.
pub fn split_implementation(implementation: &str) -> (String, String) {
    let inner = implementation.strip_prefix('<').and_then(|s| s.strip_suffix('>')).unwrap_or(implementation);
    let (mut depth, mut previous) = (0i32, ' ');
    for (at, c) in inner.char_indices() {
        match c {
            '<' => depth += 1,
            '>' if previous != '-' => depth -= 1,
            ' ' if depth == 0 && inner[at..].starts_with(" as ") => {
                return (inner[..at].to_string(), inner[at + 4..].to_string());
            }
            _ => {}
        }
        previous = c;
    }
    (inner.to_string(), "(no trait named)".to_string())
}

/// The text tables: every trait; the types with the most entries first, the
/// first `types` of them.
pub fn render(name: &str, costs: &Costs, types: usize) -> String {
    let mut out = format!("{name}: {} vtables left at the end of LTO\n\n", costs.total.vtables);
    out.push_str(&table("trait", &costs.by_trait, usize::MAX, &costs.total));
    out.push('\n');
    out.push_str(&table("implementing type", &costs.by_type, types, &costs.total));
    out
}

fn table(what: &str, rows: &[Cost], most: usize, total: &Cost) -> String {
    let header = [what, "vtables", "entries", "bytes before", "bytes after", "relocations saved"];
    let line = |c: &Cost| {
        [
            c.name.clone(),
            c.vtables.to_string(),
            c.pointer_entries.to_string(),
            c.bytes_before.to_string(),
            c.bytes_after.to_string(),
            c.relocations_saved.to_string(),
        ]
    };
    let mut lines: Vec<[String; 6]> = vec![header.map(str::to_string)];
    lines.extend(rows.iter().take(most).map(line));
    if rows.len() > most {
        let mut rest = Cost { name: format!("({} more: --json lists all)", rows.len() - most), ..Cost::default() };
        rows[most..].iter().for_each(|c| rest.add(c));
        lines.push(line(&rest));
    }
    lines.push(line(total));
    let widths: Vec<usize> = (0..6).map(|i| lines.iter().map(|l| l[i].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for l in &lines {
        let mut cells = vec![format!("{:<w$}", l[0], w = widths[0])];
        cells.extend((1..6).map(|i| format!("{:>w$}", l[i], w = widths[i])));
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_type_and_trait_outside_brackets() {
        let split = |s: &str| {
            let (a, b) = split_implementation(s);
            (a.as_str().to_owned(), b.as_str().to_owned())
        };
        assert_eq!(split("<a::Dog as a::Speak>"), ("a::Dog".into(), "a::Speak".into()));
        assert_eq!(
            split("<<F as x::Y>::Out as core::fmt::Debug>"),
            ("<F as x::Y>::Out".into(), "core::fmt::Debug".into())
        );
        assert_eq!(
            split("<for<'a> fn(&'a str) -> core::result::Result<u64, E> as clap::AnyValueParser>"),
            ("for<'a> fn(&'a str) -> core::result::Result<u64, E>".into(), "clap::AnyValueParser".into())
        );
        assert_eq!(
            split("<{closure} as core::ops::function::FnOnce<(&std::sync::once::OnceState,)>>"),
            ("{closure}".into(), "core::ops::function::FnOnce<(&std::sync::once::OnceState,)>".into())
        );
        assert_eq!(split("<std::sync::once::Once>"), ("std::sync::once::Once".into(), "(no trait named)".into()));
    }
}
