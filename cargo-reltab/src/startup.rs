//! What a program costs at start-up, before its `main`: the dynamic
//! loader's cycle counts (`LD_DEBUG=statistics`) and the private dirty
//! memory left by relocation (`/proc/self/smaps`, read by `probe.c`, a
//! preloaded library whose constructor ends the process, so the program
//! itself never runs).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PROBE_SOURCE: &str = include_str!("probe.c");

pub struct Probe {
    library: PathBuf,
    scratch: PathBuf,
}

/// One start of a program.
struct Sample {
    loader_cycles: u64,
    relocation_cycles: u64,
    exe_dirty_kb: u64,
    process_dirty_kb: u64,
}

/// Medians over many starts.
#[derive(Debug, Clone)]
pub struct Startup {
    pub runs: usize,
    pub loader_cycles: u64,
    pub relocation_cycles: u64,
    pub exe_dirty_kb: u64,
    pub process_dirty_kb: u64,
}

impl Probe {
    /// Compiles the probe with the system C compiler into `dir`.
    pub fn compile(dir: &Path) -> Result<Self, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let source = dir.join("probe.c");
        let library = dir.join("libreltab_probe.so");
        std::fs::write(&source, PROBE_SOURCE).map_err(|e| format!("cannot write {}: {e}", source.display()))?;
        let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
        let output = Command::new(&cc)
            .args(["-shared", "-fPIC", "-O2", "-o"])
            .arg(&library)
            .arg(&source)
            .output()
            .map_err(|e| format!("the start-up probe needs a C compiler, and `{cc}` cannot be run: {e}"))?;
        if !output.status.success() {
            return Err(format!("cannot compile the start-up probe:\n{}", String::from_utf8_lossy(&output.stderr)));
        }
        Ok(Probe { library, scratch: dir.join("sample") })
    }

    fn sample(&self, exe: &Path) -> Result<Sample, String> {
        let _ = std::fs::remove_file(&self.scratch);
        let output = Command::new(exe)
            .env("LD_PRELOAD", &self.library)
            .env("LD_DEBUG", "statistics")
            .env("RELTAB_PROBE_OUT", &self.scratch)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .output()
            .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
        let stats = String::from_utf8_lossy(&output.stderr);
        let cycles = |label: &str| {
            stats
                .lines()
                .find_map(|l| l.split_once(label).map(|(_, rest)| rest.trim_start().split(' ').next().unwrap_or("")))
                .and_then(|n| n.parse::<u64>().ok())
                .ok_or_else(|| format!("{}: the loader printed no `{label}` (LD_DEBUG=statistics)", exe.display()))
        };
        let dirty = std::fs::read_to_string(&self.scratch)
            .map_err(|_| format!("{}: the start-up probe did not run (status {})", exe.display(), output.status))?;
        let mut kb = dirty.split_whitespace().map(|n| n.parse::<u64>().unwrap_or(0));
        Ok(Sample {
            loader_cycles: cycles("total startup time in dynamic loader:")?,
            relocation_cycles: cycles("time needed for relocation:")?,
            exe_dirty_kb: kb.next().unwrap_or(0),
            process_dirty_kb: kb.next().unwrap_or(0),
        })
    }

    /// Starts each program `runs` times, taking turns so that whatever else
    /// the machine does falls on all of them alike; medians.
    pub fn measure(&self, programs: &[&Path], runs: usize) -> Result<Vec<Startup>, String> {
        // A file just written by the linker sits in the page cache as dirty
        // pages, and smaps counts those as the process's private dirty
        // memory: write them back first.
        for p in programs {
            std::fs::File::open(p)
                .and_then(|f| f.sync_all())
                .map_err(|e| format!("cannot sync {} to disk: {e}", p.display()))?;
        }
        let mut samples: Vec<Vec<Sample>> = programs.iter().map(|_| Vec::with_capacity(runs)).collect();
        for _ in 0..runs {
            for (i, exe) in programs.iter().enumerate() {
                samples[i].push(self.sample(exe)?);
            }
        }
        Ok(samples
            .iter()
            .map(|s| Startup {
                runs,
                loader_cycles: median(s.iter().map(|x| x.loader_cycles)),
                relocation_cycles: median(s.iter().map(|x| x.relocation_cycles)),
                exe_dirty_kb: median(s.iter().map(|x| x.exe_dirty_kb)),
                process_dirty_kb: median(s.iter().map(|x| x.process_dirty_kb)),
            })
            .collect())
    }
}

fn median(values: impl Iterator<Item = u64>) -> u64 {
    let mut v: Vec<u64> = values.collect();
    v.sort_unstable();
    if v.is_empty() {
        0
    } else {
        v[v.len() / 2]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even() {
        assert_eq!(median([5, 1, 3].into_iter()), 3);
        assert_eq!(median([4, 1, 3, 2].into_iter()), 3);
        assert_eq!(median(std::iter::empty()), 0);
    }
}
