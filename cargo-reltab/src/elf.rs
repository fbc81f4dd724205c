//! What a binary costs on disk and at load: section sizes and dynamic
//! relocations, read from the ELF file itself (64-bit little-endian, the
//! targets reltab converts) with the `object` crate, the ecosystem's reader
//! of object files (relocation entries and the RELR encoding included), so
//! the figures need no binutils.

use std::collections::BTreeMap;
use std::path::Path;

/// The sections the comparison shows, in the order it shows them.
pub const SECTIONS: [&str; 5] = [".text", ".rodata", ".data.rel.ro", ".rela.dyn", ".relr.dyn"];

#[derive(Debug, Default, Clone)]
pub struct Sizes {
    pub file: u64,
    /// Size of every section, by name.
    pub sections: BTreeMap<String, u64>,
    /// Dynamic relocations the loader applies: `.rela.dyn` and `.rela.plt`
    /// entries plus the addresses `.relr.dyn` encodes.
    pub dynamic_relocations: u64,
    /// Of those, the relative ones (`R_*_RELATIVE` and every RELR address):
    /// what absolute vtable entries cost.
    pub relative_relocations: u64,
    /// The executable asks for a dynamic loader (`PT_INTERP`): only then can
    /// the start-up probe be preloaded.
    pub has_interpreter: bool,
}

impl Sizes {
    pub fn section(&self, name: &str) -> u64 {
        self.sections.get(name).copied().unwrap_or(0)
    }
}

const PT_INTERP: u32 = 3;
/// `R_X86_64_RELATIVE`, `R_AARCH64_RELATIVE`.
const RELATIVE_TYPES: [u32; 2] = [8, 1027];

type ElfFile<'a> = object::read::elf::ElfFile64<'a, object::Endianness>;

/// An ELF file of a target reltab converts, read whole.
fn read_elf(path: &Path) -> Result<Vec<u8>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !bytes.starts_with(b"\x7fELF") {
        return Err(format!("{}: not an ELF file", path.display()));
    }
    if bytes.get(4..6) != Some(&[2, 1]) {
        return Err(format!("{}: not a 64-bit little-endian ELF file (the targets reltab converts)", path.display()));
    }
    Ok(bytes)
}

fn parse<'a>(path: &Path, bytes: &'a [u8]) -> Result<ElfFile<'a>, String> {
    ElfFile::parse(bytes).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn measure(path: &Path) -> Result<Sizes, String> {
    use object::read::elf::{ProgramHeader, SectionHeader};
    let bytes = read_elf(path)?;
    let elf = parse(path, &bytes)?;
    let (endian, sections) = (elf.endian(), elf.elf_section_table());
    let error = |e: object::Error| format!("{}: {e}", path.display());
    let mut sizes = Sizes { file: bytes.len() as u64, ..Sizes::default() };
    for header in sections.iter() {
        let name = String::from_utf8_lossy(sections.section_name(endian, header).map_err(error)?).into_owned();
        *sizes.sections.entry(name).or_default() += header.sh_size(endian);
        // `.rela.dyn` and `.rela.plt`: each entry, relative or not.
        if let Some((entries, _)) = header.rela(endian, &*bytes).map_err(error)? {
            sizes.dynamic_relocations += entries.len() as u64;
            let relative = entries.iter().filter(|r| RELATIVE_TYPES.contains(&r.r_type(endian, false)));
            sizes.relative_relocations += relative.count() as u64;
        }
        // `.relr.dyn`: every address it encodes is a relative relocation.
        if let Some(addresses) = header.relr(endian, &*bytes).map_err(error)? {
            let n = addresses.count() as u64;
            sizes.dynamic_relocations += n;
            sizes.relative_relocations += n;
        }
    }
    sizes.has_interpreter = elf.elf_program_headers().iter().any(|h| h.p_type(endian) == PT_INTERP);
    Ok(sizes)
}

/// The objects of a static library, summed as a link would place them:
/// each section under the name of the output section it goes to (`.text`
/// for `.text.<function>`, `.data.rel.ro` for `.data.rel.ro..L<vtable>`).
/// Its relocations are not the loader's yet: counted are those that a
/// position-independent link of it makes dynamic, the 64-bit absolute ones
/// in data (`R_X86_64_64`; relative ones when their symbol is local, as a
/// vtable entry's function is). Read with the `object` crate, as the
/// archives of native code are (native.rs).
pub fn measure_archive(path: &Path) -> Result<Sizes, String> {
    use object::read::archive::ArchiveFile;
    use object::{Object, ObjectSection, RelocationKind};
    let data = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let archive = ArchiveFile::parse(&*data).map_err(|e| format!("{}: not an archive: {e}", path.display()))?;
    let mut sizes = Sizes { file: data.len() as u64, ..Sizes::default() };
    for member in archive.members() {
        let member = member.map_err(|e| format!("{}: {e}", path.display()))?;
        let bytes = member.data(&*data).map_err(|e| format!("{}: {e}", path.display()))?;
        // Not an object: the archive's symbol table, or rustc's metadata.
        let Ok(file) = object::File::parse(bytes) else { continue };
        for section in file.sections() {
            let name = section.name().unwrap_or_default();
            let Some(output) = OUTPUT_SECTIONS.iter().find(|o| name == **o || name.starts_with(&format!("{o}.")))
            else {
                continue;
            };
            *sizes.sections.entry(output.to_string()).or_default() += section.size();
            if output.starts_with(".data") {
                let absolute = section
                    .relocations()
                    .filter(|(_, r)| r.kind() == RelocationKind::Absolute && r.size() == 64)
                    .count() as u64;
                sizes.dynamic_relocations += absolute;
                sizes.relative_relocations += absolute;
            }
        }
    }
    Ok(sizes)
}

/// Output sections of a link, longest prefix first.
const OUTPUT_SECTIONS: [&str; 5] = [".data.rel.ro", ".rodata", ".text", ".data", ".bss"];

/// A shared library as `cargo reltab` sees it: built by rustc (its
/// `.comment` names a rustc), and converted by reltab (its `.note.reltab`,
/// the mark the plugin puts in every module it converts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Library {
    pub rust: bool,
    pub marked: bool,
}

pub fn library(path: &Path) -> Result<Library, String> {
    use object::{Object, ObjectSection};
    let bytes = read_elf(path)?;
    let elf = parse(path, &bytes)?;
    let comment = elf.section_by_name(".comment").and_then(|s| s.data().ok()).unwrap_or_default();
    Ok(Library { rust: contains(comment, b"rustc version"), marked: elf.section_by_name(".note.reltab").is_some() })
}

/// The shared libraries a binary names (`DT_NEEDED`), in order.
pub fn needed(path: &Path) -> Result<Vec<String>, String> {
    use object::read::elf::Dyn;
    const DT_NEEDED: u32 = 1;
    let bytes = read_elf(path)?;
    let elf = parse(path, &bytes)?;
    let (endian, sections) = (elf.endian(), elf.elf_section_table());
    let error = |e: object::Error| format!("{}: {e}", path.display());
    let Some((entries, link)) = sections.dynamic(endian, &*bytes).map_err(error)? else {
        return Ok(Vec::new()); // a static binary
    };
    let strings = sections.strings(endian, &*bytes, link).map_err(error)?;
    entries
        .iter()
        .filter(|d| d.tag32(endian) == Some(DT_NEEDED))
        .map(|d| {
            let name = d.string(endian, strings).map_err(error)?;
            Ok(String::from_utf8_lossy(name).into_owned())
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_this_test_binary() {
        let me = std::env::current_exe().unwrap();
        let sizes = measure(&me).unwrap();
        assert!(sizes.section(".text") > 0);
        assert_eq!(sizes.file, std::fs::metadata(&me).unwrap().len());
        assert!(sizes.has_interpreter);
    }

    #[test]
    fn tells_rust_libraries_and_reltab_s_mark() {
        // This test binary is built by rustc and not converted; it names libc.
        let me = std::env::current_exe().unwrap();
        assert_eq!(library(&me).unwrap(), Library { rust: true, marked: false });
        assert!(needed(&me).unwrap().iter().any(|n| n.starts_with("libc.so")));
        let libc = needed(&me).unwrap().into_iter().find(|n| n.starts_with("libc.so")).unwrap();
        let libc = ["/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib"]
            .iter()
            .map(|d| Path::new(d).join(&libc))
            .find(|p| p.exists());
        if let Some(libc) = libc {
            assert_eq!(library(&libc).unwrap(), Library { rust: false, marked: false });
        }
    }

    #[test]
    fn rejects_what_is_not_elf() {
        let dir = std::env::temp_dir().join(format!("cargo-reltab-elf-{}", std::process::id()));
        std::fs::write(&dir, b"#!/bin/sh\necho hi\n").unwrap();
        let err = measure(&dir).unwrap_err();
        std::fs::remove_file(&dir).unwrap();
        assert!(err.contains("not an ELF file"), "{err}");
    }
}
