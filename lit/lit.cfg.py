# -*- Python -*-
# lit configuration for reltab's FileCheck tests.
#
# Run from the repository root:   .tools/lit -v lit/
#
# Tools come from the LLVM 22 installed by scripts/setup (.tools/llvm/bin),
# the plugin from `cargo build --release` (target/release/libreltab_opt.so).
# Override them with RELTAB_LLVM_BIN (a directory holding opt, FileCheck, ...)
# and RELTAB_OPT_PLUGIN (a path to the plugin built for that opt).

import os
import subprocess

import lit.formats

config.name = "reltab"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll"]
config.excludes = ["Inputs", "Output", "README.md", "lit.cfg.py"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))

repo_root = os.path.dirname(config.test_source_root)
llvm_bin = os.path.abspath(
    os.environ.get("RELTAB_LLVM_BIN") or os.path.join(repo_root, ".tools", "llvm", "bin")
)
plugin = os.path.abspath(
    os.environ.get("RELTAB_OPT_PLUGIN")
    or os.path.join(repo_root, "target", "release", "libreltab_opt.so")
)

setup_hint = "run scripts/setup and cargo build --release"

tools = ["opt", "FileCheck", "not", "count", "llvm-as", "llvm-dis", "llc", "lli", "llvm-readobj", "llvm-objdump"]
missing = [t for t in tools if not os.access(os.path.join(llvm_bin, t), os.X_OK)]
if missing:
    lit_config.fatal(
        "reltab lit: LLVM tools missing from %s: %s (%s, or set RELTAB_LLVM_BIN)"
        % (llvm_bin, ", ".join(missing), setup_hint)
    )
if not os.path.isfile(plugin):
    lit_config.fatal(
        "reltab lit: the opt plugin %s does not exist (%s, or set RELTAB_OPT_PLUGIN)"
        % (plugin, setup_hint)
    )


# Targets llc can generate code for, as lit features named after the list of
# `llc --version`: aarch64-registered-target, x86-64-registered-target, ...
# (`REQUIRES:` of the codegen tests).
try:
    llc_version = subprocess.run(
        [os.path.join(llvm_bin, "llc"), "--version"], capture_output=True, text=True, check=True
    ).stdout
except (OSError, subprocess.CalledProcessError) as e:
    lit_config.fatal("reltab lit: cannot run llc --version: %s" % e)
in_targets = False
for line in llc_version.splitlines():
    if "Registered Targets:" in line:
        in_targets = True
        continue
    if in_targets and line.strip():
        config.available_features.add(line.split()[0] + "-registered-target")


def tool(name):
    return os.path.join(llvm_bin, name)


opt_with_plugin = "%s -load-pass-plugin=%s" % (tool("opt"), plugin)

# %reltab: the pass alone, output discarded (add -reltab-report=, -pass-remarks=).
# %opt: opt with the plugin loaded; %llvm-opt: opt without it.
config.substitutions.append(("%reltab", opt_with_plugin + " -passes=reltab -disable-output"))
config.substitutions.append(("%opt", opt_with_plugin))
config.substitutions.append(("%llvm-opt", tool("opt")))
# %lli: runs a module (the check-*.ll tests run programs before and after).
config.substitutions.append(("%lli", tool("lli")))
config.substitutions.append(("%plugin", plugin))
# The plugin built for rustc (ABI-breaking checks off), beside the opt one:
# loading it into this opt must fail with a message, never a crash.
config.substitutions.append(("%rustc-plugin", os.path.join(os.path.dirname(plugin), "libreltab.so")))
# A system opt of another LLVM major version, when the machine has one.
for other_opt in ("/usr/bin/opt", "/usr/lib/llvm-14/bin/opt", "/usr/lib/llvm-15/bin/opt"):
    if os.path.isfile(other_opt):
        config.available_features.add("other-llvm-opt")
        config.substitutions.append(("%other-llvm-opt", other_opt))
        break

# Bare tool names resolve to the LLVM 22 tools, whatever PATH says. Only a
# name standing alone as a word of the command is replaced, never part of a
# path or of an option (as LLVM's own ToolSubst does).
for name in tools:
    if name == "opt":
        continue  # use %opt / %llvm-opt, so that a bare `opt` is never ambiguous
    config.substitutions.append(
        (r"(?<![\w/.-])%s(?![\w/.-])" % name.replace("-", r"\-"), tool(name))
    )

# The environment the tests see: no ambient reltab options.
for var in ["PATH", "HOME", "TMPDIR", "LD_LIBRARY_PATH"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
config.environment.pop("RELTAB_OPTIONS", None)
