//! What a binary costs on disk and at load: section sizes and dynamic
//! relocations, read from the ELF file itself (64-bit little-endian, the
//! targets reltab converts), so the figures need no binutils.

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

const SHT_NOBITS: u32 = 8;
const PT_INTERP: u32 = 3;
/// `R_X86_64_RELATIVE`, `R_AARCH64_RELATIVE`.
const RELATIVE_TYPES: [u32; 2] = [8, 1027];

pub fn measure(path: &Path) -> Result<Sizes, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let elf = Elf::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut sizes = Sizes { file: bytes.len() as u64, ..Sizes::default() };
    for s in elf.sections()? {
        *sizes.sections.entry(s.name.clone()).or_default() += s.size;
        let contents = || elf.contents(&s);
        match s.name.as_str() {
            ".rela.dyn" | ".rela.plt" => {
                for entry in contents()?.chunks_exact(24) {
                    sizes.dynamic_relocations += 1;
                    let kind = u32::from_le_bytes(entry[8..12].try_into().unwrap());
                    if RELATIVE_TYPES.contains(&kind) {
                        sizes.relative_relocations += 1;
                    }
                }
            }
            ".relr.dyn" => {
                let n = relr_addresses(contents()?);
                sizes.dynamic_relocations += n;
                sizes.relative_relocations += n;
            }
            _ => {}
        }
    }
    sizes.has_interpreter = elf.program_header_types().any(|t| t == PT_INTERP);
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
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let elf = Elf::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut library = Library { rust: false, marked: false };
    for s in elf.sections()? {
        match s.name.as_str() {
            ".comment" => library.rust |= contains(elf.contents(&s)?, b"rustc version"),
            ".note.reltab" => library.marked = true,
            _ => {}
        }
    }
    Ok(library)
}

/// The shared libraries a binary names (`DT_NEEDED`), in order.
pub fn needed(path: &Path) -> Result<Vec<String>, String> {
    const DT_NEEDED: u64 = 1;
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let elf = Elf::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let sections = elf.sections()?;
    let (Some(dynamic), Some(strings)) =
        (sections.iter().find(|s| s.name == ".dynamic"), sections.iter().find(|s| s.name == ".dynstr"))
    else {
        return Ok(Vec::new()); // a static binary
    };
    let strings = elf.contents(strings)?;
    let mut names = Vec::new();
    for entry in elf.contents(dynamic)?.chunks_exact(16) {
        let tag = u64::from_le_bytes(entry[..8].try_into().unwrap());
        let value = u64::from_le_bytes(entry[8..].try_into().unwrap()) as usize;
        if tag == DT_NEEDED {
            let rest = strings.get(value..).ok_or("a DT_NEEDED name outside .dynstr")?;
            let len = rest.iter().position(|&b| b == 0).ok_or("an unterminated DT_NEEDED name")?;
            names.push(String::from_utf8_lossy(&rest[..len]).into_owned());
        }
    }
    Ok(names)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// RELR: an even word is an address (one relocation), an odd word a bitmap
/// of the next 63 words.
fn relr_addresses(contents: &[u8]) -> u64 {
    contents
        .chunks_exact(8)
        .map(|w| u64::from_le_bytes(w.try_into().unwrap()))
        .map(|w| if w & 1 == 0 { 1 } else { u64::from((w >> 1).count_ones()) })
        .sum()
}

struct Elf<'a> {
    bytes: &'a [u8],
}

struct Section {
    name: String,
    kind: u32,
    offset: u64,
    size: u64,
}

impl<'a> Elf<'a> {
    fn parse(bytes: &'a [u8]) -> Result<Self, String> {
        if bytes.len() < 64 || &bytes[..4] != b"\x7fELF" {
            return Err("not an ELF file".into());
        }
        if bytes[4] != 2 || bytes[5] != 1 {
            return Err("not a 64-bit little-endian ELF file (the targets reltab converts)".into());
        }
        Ok(Elf { bytes })
    }

    fn u16(&self, at: u64) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.slice(at, 2)?.try_into().unwrap()))
    }
    fn u32(&self, at: u64) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.slice(at, 4)?.try_into().unwrap()))
    }
    fn u64(&self, at: u64) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.slice(at, 8)?.try_into().unwrap()))
    }
    fn slice(&self, at: u64, len: u64) -> Result<&'a [u8], String> {
        let end = at.checked_add(len).filter(|&e| e <= self.bytes.len() as u64);
        end.map(|e| &self.bytes[at as usize..e as usize]).ok_or_else(|| "truncated ELF file".to_string())
    }

    fn sections(&self) -> Result<Vec<Section>, String> {
        let (shoff, shentsize, shnum, shstrndx) = (self.u64(0x28)?, self.u16(0x3a)?, self.u16(0x3c)?, self.u16(0x3e)?);
        let header = |i: u16| shoff + u64::from(i) * u64::from(shentsize);
        let names_at = self.u64(header(shstrndx) + 24)?;
        let mut sections = Vec::with_capacity(shnum.into());
        for i in 0..shnum {
            let h = header(i);
            let name_at = names_at + u64::from(self.u32(h)?);
            let rest = self.bytes.get(name_at as usize..).ok_or("truncated ELF file")?;
            let len = rest.iter().position(|&b| b == 0).ok_or("unterminated section name")?;
            sections.push(Section {
                name: String::from_utf8_lossy(&rest[..len]).into_owned(),
                kind: self.u32(h + 4)?,
                offset: self.u64(h + 24)?,
                size: self.u64(h + 32)?,
            });
        }
        Ok(sections)
    }

    fn contents(&self, s: &Section) -> Result<&'a [u8], String> {
        if s.kind == SHT_NOBITS {
            return Ok(&[]);
        }
        self.slice(s.offset, s.size)
    }

    fn program_header_types(&self) -> impl Iterator<Item = u32> + '_ {
        let (phoff, phentsize, phnum) =
            (self.u64(0x20).unwrap_or(0), self.u16(0x36).unwrap_or(0), self.u16(0x38).unwrap_or(0));
        (0..phnum).filter_map(move |i| self.u32(phoff + u64::from(i) * u64::from(phentsize)).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relr_counts_addresses_and_bitmap_bits() {
        let words: Vec<u8> = [0x1000u64, (0b1011 << 1) | 1, 0x2000].iter().flat_map(|w| w.to_le_bytes()).collect();
        assert_eq!(relr_addresses(&words), 1 + 3 + 1);
    }

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
