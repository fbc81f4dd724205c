//===- shim.cpp - reltab's LLVM 22 pass-plugin entry point ----------------===//
//
// The only C++ in reltab. The pass itself is Rust (plugin/) and works on the
// LLVM C API; this file does what the C API cannot:
//
//   * checks, when the plugin is loaded, that the host LLVM is the one these
//     headers describe: major version 22, and the same ABI-breaking-checks
//     setting (rustc's LLVM has them off, the xtc `opt` has them on; the two
//     disagree on the layout of SmallPtrSet, PreservedAnalyses and cl::opt).
//     A mismatch is reported in words and nothing else is touched;
//   * registers reltab's command-line options (cl::opt has no C API);
//   * registers the pass: the name `reltab` for `opt -passes=`, and the
//     extension points rustc's pipelines call;
//   * runs the Rust pass on a module and forwards its diagnostics to LLVM
//     (remarks under the pass name `reltab`, warnings, errors).
//
// The file is compiled twice by rust-shim/build.rs: with
// RELTAB_HOST_ABI_CHECKS=0 into libreltab.so (for rustc) and with 1 into
// libreltab_opt.so (for the assertions-enabled opt of the set-up).
//
//===----------------------------------------------------------------------===//

#include "llvm-c/Core.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Plugins/PassPlugin.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <string>

#ifndef RELTAB_HOST_ABI_CHECKS
#error "build.rs must define RELTAB_HOST_ABI_CHECKS to 0 (rustc) or 1 (opt)"
#endif
#if LLVM_ENABLE_ABI_BREAKING_CHECKS != RELTAB_HOST_ABI_CHECKS
#error "abi-breaking.h disagrees with RELTAB_HOST_ABI_CHECKS (see build.rs)"
#endif

using namespace llvm;

namespace {

constexpr unsigned ExpectedLLVMMajor = 22;
constexpr const char *ArtifactName =
    RELTAB_HOST_ABI_CHECKS ? "libreltab_opt.so" : "libreltab.so";
constexpr const char *OtherArtifactName =
    RELTAB_HOST_ABI_CHECKS ? "libreltab.so" : "libreltab_opt.so";

//===----------------------------------------------------------------------===//
// Host check
//===----------------------------------------------------------------------===//

// Empty when the host is compatible, else a sentence saying why not. Uses
// dlsym only, so it is safe to run in any LLVM (or none).
std::string checkHost() {
  using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);
  auto GetVersion =
      reinterpret_cast<GetVersionFn>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (!GetVersion)
    return std::string("reltab: ") + ArtifactName +
           " is built for LLVM 22, but the program loading it has no LLVM "
           "or an LLVM older than 16 (no LLVMGetVersion)";
  unsigned Major = 0, Minor = 0, Patch = 0;
  GetVersion(&Major, &Minor, &Patch);
  if (Major != ExpectedLLVMMajor)
    return std::string("reltab: ") + ArtifactName +
           " is built for LLVM 22, but it was loaded into LLVM " +
           std::to_string(Major) + "." + std::to_string(Minor) + "." +
           std::to_string(Patch) + "; use an LLVM 22 host (rustc 1.95+ / "
           "nightly with LLVM 22, or the opt installed by scripts/setup)";
  bool HostHasChecks =
      dlsym(RTLD_DEFAULT, "_ZN4llvm23EnableABIBreakingChecksE") != nullptr;
  bool HostHasNoChecks =
      dlsym(RTLD_DEFAULT, "_ZN4llvm24DisableABIBreakingChecksE") != nullptr;
  bool Ours = RELTAB_HOST_ABI_CHECKS;
  if ((Ours && !HostHasChecks) || (!Ours && !HostHasNoChecks))
    return std::string("reltab: ") + ArtifactName + " is built for an LLVM " +
           (Ours ? "with" : "without") +
           " ABI-breaking checks, but this host LLVM is " +
           (Ours ? "without" : "with") + " them; load " + OtherArtifactName +
           " instead (" +
           (Ours ? "libreltab.so is for rustc"
                 : "libreltab_opt.so is for the opt of scripts/setup") +
           ")";
  return {};
}

const std::string &hostProblem() {
  static const std::string Problem = checkHost();
  return Problem;
}

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

// -reltab-layout: a parser of our own, so that a wrong value names reltab and
// every accepted value (cl::values would only say "Cannot find option named").
struct LayoutParser : public cl::parser<unsigned> {
  using cl::parser<unsigned>::parser;
  bool parse(cl::Option &O, StringRef, StringRef Arg, unsigned &Value) {
    if (Arg == "relative") {
      Value = 0;
      return false;
    }
    if (Arg == "compact") {
      Value = 1;
      return false;
    }
    return O.error("reltab: unknown vtable layout '" + Arg +
                   "'; accepted values: compact (the default), relative");
  }
  StringRef getValueName() const override { return "relative|compact"; }
};

struct Options {
  cl::opt<std::string> ReportPath{
      "reltab-report", cl::value_desc("path"),
      cl::desc("reltab: write a JSON report of the vtables and vtable loads "
               "found in the module (and what was done) to this file")};
  cl::opt<bool> Verbose{
      "reltab-verbose", cl::init(false),
      cl::desc("reltab: also print reltab's remarks as plain remarks (rustc "
               "does not show optimization remarks at the fat-LTO stage)")};
  cl::opt<unsigned, false, LayoutParser> Layout{
      "reltab-layout", cl::init(0),
      cl::desc("reltab: vtable layout to produce: compact (the default: one "
               "packed header word) or relative")};
  cl::opt<bool> Check{
      "reltab-check", cl::init(false),
      cl::desc("reltab: check mode: the converted program traps with a "
               "message when a rewritten read meets a vtable reltab did not "
               "convert, or a read reltab did not rewrite meets one it did")};
  cl::opt<bool> TrustBoundary{
      "reltab-trust-boundary", cl::init(false),
      cl::desc("reltab: convert a module whose trait objects cross its "
               "boundary (exported functions, foreign calls): the user states "
               "that every Rust binary on the other side is built by reltab "
               "with the same layout")};
  cl::opt<std::string> NativeCode{
      "reltab-native-code", cl::value_desc("path"),
      cl::desc("reltab: a file naming, one a line, declared symbols that are "
               "defined by native code (C, C++, assembly) and not by Rust: "
               "like the C library, no boundary for trait objects (cargo "
               "reltab writes it from the native libraries it links)")};
  cl::opt<std::string> AuditCache{
      "reltab-audit-cache", cl::value_desc("dir"),
      cl::desc("reltab: where to find the audits of toolchains this plugin "
               "was not built with, as cargo reltab records them (default: "
               "$XDG_CACHE_HOME/reltab/audits, else "
               "~/.cache/reltab/audits)")};
  cl::opt<std::string> ToolchainReport{
      "reltab-toolchain-report", cl::value_desc("path"),
      cl::desc("reltab: write what the plugin knows of the sysroot of the "
               "module's compiler (audited or not, and where) to this JSON "
               "file, in any phase (cargo reltab asks it before a build)")};
  cl::opt<bool> Promote{
      "reltab-promote", cl::init(true),
      cl::desc("reltab: hand local functions the vtable entries they read "
               "instead of the vtable, so that LLVM's argument promotion can "
               "let unused vtables die as in a stock build (default: true)")};
  // For testing the audit of an unknown toolchain only.
  cl::opt<std::string> ForgetAudit{
      "reltab-forget-audit", cl::Hidden, cl::value_desc("text"),
      cl::desc("reltab (testing only): ignore the audits compiled into the "
               "plugin of compilers whose name contains this text")};
  // For testing check mode only: deliberately leaves one vtable absolute or
  // one function's reads unrewritten (a miscompile check mode must catch).
  cl::opt<std::string> DebugMiss{
      "reltab-debug-miss", cl::Hidden, cl::value_desc("vtable:TEXT|read:TEXT"),
      cl::desc("reltab (testing check mode only): leave absolute the vtables "
               "whose <Type as Trait> contains TEXT, or leave the reads in "
               "functions whose name contains TEXT unrewritten")};
};

// rustc parses -Cllvm-args *before* it loads -Zllvm-plugins (checked on
// 1.95 and 1.97-nightly), so options defined here cannot be set that way in
// rustc: it rejects them as unknown. They are read from the environment
// variable RELTAB_OPTIONS instead, through the same cl::opt objects (same
// parsers, same errors). `opt` loads plugins before it parses its command
// line, so there they are ordinary options.
constexpr const char *OptionsEnvVar = "RELTAB_OPTIONS";

// Non-empty when RELTAB_OPTIONS held something wrong; the pass turns it into
// an error that fails the build.
std::string &optionsError() {
  static std::string Error;
  return Error;
}

void applyEnvironmentOptions(Options &O) {
  const char *Env = std::getenv(OptionsEnvVar);
  if (!Env)
    return;
  SmallVector<StringRef, 8> Tokens;
  StringRef(Env).split(Tokens, ' ', -1, /*KeepEmpty=*/false);
  cl::Option *Known[] = {&O.ReportPath,   &O.Verbose,         &O.Layout,
                         &O.Check,        &O.DebugMiss,       &O.TrustBoundary,
                         &O.NativeCode,   &O.AuditCache,      &O.ToolchainReport,
                         &O.ForgetAudit,  &O.Promote};
  unsigned Position = 0;
  for (StringRef Token : Tokens) {
    StringRef Arg = Token.trim().ltrim('-');
    auto [Name, Value] = Arg.split('=');
    cl::Option *Match = nullptr;
    for (cl::Option *Candidate : Known)
      if (Candidate->ArgStr == Name)
        Match = Candidate;
    if (!Match) {
      optionsError() = std::string(OptionsEnvVar) + " holds '" + Token.str() +
                       "', which is not an option of reltab (accepted: "
                       "-reltab-report=PATH, -reltab-verbose, "
                       "-reltab-layout=relative|compact, -reltab-check, "
                       "-reltab-trust-boundary, -reltab-native-code=PATH, "
                       "-reltab-audit-cache=DIR, "
                       "-reltab-toolchain-report=PATH, "
                       "-reltab-promote=true|false)";
      return;
    }
    // Goes through the option's own parser: a bad value is refused with the
    // same message as on opt's command line.
    if (Match->addOccurrence(++Position, Name, Value)) {
      optionsError() = std::string(OptionsEnvVar) + ": bad value in '" +
                       Token.str() + "' (see the message above)";
      return;
    }
  }
}

// Created on first use after the host check passed, never destroyed.
// Construction registers the options with the host's command-line parser.
Options *options() {
  static Options *O = [] {
    if (!hostProblem().empty())
      return static_cast<Options *>(nullptr);
    auto *Created = new Options();
    applyEnvironmentOptions(*Created);
    return Created;
  }();
  return O;
}

// Register the options while the plugin is being loaded: opt loads plugins
// before it parses its command line.
struct RegisterAtLoad {
  RegisterAtLoad() {
    if (!hostProblem().empty()) {
      std::fprintf(stderr, "error: %s\n", hostProblem().c_str());
      return;
    }
    options();
  }
} TheRegistration;

//===----------------------------------------------------------------------===//
// The bridge to the Rust pass
//===----------------------------------------------------------------------===//

// Keep in sync with plugin/src/host.rs (RunRequest, Phase, Severity).
enum Phase : uint32_t {
  PhaseExplicit = 0,  // `opt -passes=reltab`: the user vouches for the module
  PhaseFullLto = 1,   // start of rustc's fat-LTO pipeline: the whole program
  PhaseCrateStart = 2,  // start of a crate's own pipeline
  PhaseCrateLast = 3,   // end of a crate's own pipeline
  PhaseFullLtoLast = 4, // end of rustc's fat-LTO pipeline: count what is left
  PhaseAudit = 5,       // `opt -passes=reltab-audit`: audit precompiled code
};
enum Severity : uint32_t { SevRemark = 0, SevWarning = 1, SevError = 2 };

extern "C" {
struct ReltabRunRequest {
  uint32_t Phase;
  uint32_t LtoPhase; // llvm::ThinOrFullLTOPhase where the host says it
  const char *ReportPath; // null when not requested
  uint32_t Layout; // 0: not given (the default); 1: relative; 2: compact
  uint32_t TrustBoundary; // -reltab-trust-boundary (in Layout's padding)
  void *HostContext;
  void (*Diagnose)(void *HostContext, uint32_t Severity, LLVMValueRef Function,
                   const char *RemarkName, const char *Message);
  LLVMValueRef (*DSOLocalEquivalent)(LLVMValueRef Function);
  uint32_t CodeModel; // 0: not set; else llvm::CodeModel::Model + 1
  uint32_t Check;     // -reltab-check
  const char *DebugMiss; // -reltab-debug-miss, null when not set
  const char *NativeCode; // -reltab-native-code, null when not set
  const char *AuditCache; // -reltab-audit-cache, null when not set
  const char *ToolchainReport; // -reltab-toolchain-report, null when not set
  const char *ForgetAudit; // -reltab-forget-audit, null when not set
  uint32_t Promote;        // -reltab-promote (default 1)
};
// plugin/src/host.rs (RunRequest) asserts the same size and alignment.
static_assert(sizeof(ReltabRunRequest) == 104 && alignof(ReltabRunRequest) == 8,
              "keep plugin/src/host.rs RunRequest in sync");

// Defined in Rust (rust-shim/src/lib.rs). Returns 1 when it changed the
// module, 0 when it did not; errors are reported through Diagnose.
uint32_t reltab_run_module(LLVMModuleRef M, const ReltabRunRequest *Request);
}

// Remarks need a function to hang on; module-level ones use the module's
// first definition (there is always one in a module worth analysing).
const Function *remarkAnchor(Module &M, LLVMValueRef Fn) {
  if (Fn)
    return dyn_cast<Function>(unwrap(Fn));
  for (const Function &F : M)
    if (!F.isDeclaration())
      return &F;
  return nullptr;
}

void diagnose(void *HostContext, uint32_t Sev, LLVMValueRef Fn,
              const char *RemarkName, const char *Message) {
  Module &M = *static_cast<Module *>(HostContext);
  LLVMContext &Ctx = M.getContext();
  switch (Sev) {
  case SevRemark:
    // rustc does not show optimization remarks at fat LTO, nor any remark
    // at -Copt-level=0; -reltab-verbose writes them to stderr itself, which
    // every host and phase lets through.
    if (options() && options()->Verbose) {
      errs() << "remark: reltab: " << Message << "\n";
      errs().flush();
    }
    if (const Function *F = remarkAnchor(M, Fn))
      Ctx.diagnose(OptimizationRemark("reltab", RemarkName, F)
                   << Message);
    return;
  case SevWarning:
    // Also as a remark, so -Cremark=reltab shows the whole story in order.
    if (const Function *F = remarkAnchor(M, Fn))
      Ctx.diagnose(OptimizationRemark("reltab", RemarkName, F)
                   << Message);
    Ctx.diagnose(DiagnosticInfoGeneric(Twine("reltab: ") + Message, DS_Warning));
    return;
  default:
    Ctx.diagnose(DiagnosticInfoGeneric(Twine("reltab: ") + Message, DS_Error));
    return;
  }
}

LLVMValueRef dsoLocalEquivalent(LLVMValueRef Fn) {
  return wrap(DSOLocalEquivalent::get(cast<GlobalValue>(unwrap(Fn))));
}

struct ReltabPass : PassInfoMixin<ReltabPass> {
  uint32_t PassPhase;
  uint32_t LtoPhase;

  ReltabPass(uint32_t PassPhase, uint32_t LtoPhase)
      : PassPhase(PassPhase), LtoPhase(LtoPhase) {}

  PreservedAnalyses run(Module &M, ModuleAnalysisManager &) {
    Options *O = options();
    if (!O)
      return PreservedAnalyses::all();
    if (!optionsError().empty()) {
      // Also on stderr: rustc does not show (or fail on) diagnostics in
      // every pipeline, e.g. that of a -Clinker-plugin-lto dependency.
      errs() << "error: reltab: " << optionsError() << "\n";
      M.getContext().diagnose(DiagnosticInfoGeneric(
          Twine("reltab: ") + optionsError(), DS_Error));
      // Protection and its undoing use no option: a crate compiled now
      // stays usable once the options are corrected (cargo would not
      // compile it again). Everything else stops here.
      if (PassPhase != PhaseCrateStart && PassPhase != PhaseCrateLast)
        return PreservedAnalyses::all();
    }
    if (O->ReportPath.getNumOccurrences() > 0 && O->ReportPath.empty()) {
      M.getContext().diagnose(DiagnosticInfoGeneric(
          "reltab: -reltab-report needs a path (-reltab-report=PATH)",
          DS_Error));
      return PreservedAnalyses::all();
    }
    ReltabRunRequest Request{};
    Request.Phase = PassPhase;
    Request.LtoPhase = LtoPhase;
    Request.ReportPath =
        O->ReportPath.empty() ? nullptr : O->ReportPath.getValue().c_str();
    // 0 when not given: the pass picks the default (compact).
    Request.Layout = O->Layout.getNumOccurrences() > 0 ? O->Layout + 1 : 0;
    Request.HostContext = &M;
    Request.Diagnose = diagnose;
    Request.DSOLocalEquivalent = dsoLocalEquivalent;
    if (auto Model = M.getCodeModel())
      Request.CodeModel = static_cast<uint32_t>(*Model) + 1;
    Request.Check = O->Check;
    Request.TrustBoundary = O->TrustBoundary;
    Request.DebugMiss =
        O->DebugMiss.empty() ? nullptr : O->DebugMiss.getValue().c_str();
    Request.NativeCode =
        O->NativeCode.empty() ? nullptr : O->NativeCode.getValue().c_str();
    Request.AuditCache =
        O->AuditCache.empty() ? nullptr : O->AuditCache.getValue().c_str();
    Request.ToolchainReport = O->ToolchainReport.empty()
                                  ? nullptr
                                  : O->ToolchainReport.getValue().c_str();
    Request.ForgetAudit =
        O->ForgetAudit.empty() ? nullptr : O->ForgetAudit.getValue().c_str();
    Request.Promote = O->Promote;
    bool Changed = reltab_run_module(wrap(&M), &Request) != 0;
    return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
  }

  static bool isRequired() { return true; }
};

void registerCallbacks(PassBuilder &PB) {
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        // reltab: convert a whole-program module. reltab-protect and
        // reltab-unprotect: what rustc's per-crate pipelines do at their start
        // and, when no fat LTO follows, at their end.
        if (Name == "reltab")
          MPM.addPass(ReltabPass(PhaseExplicit, 0));
        else if (Name == "reltab-protect")
          MPM.addPass(ReltabPass(PhaseCrateStart, 0));
        else if (Name == "reltab-unprotect")
          MPM.addPass(ReltabPass(PhaseCrateLast, 0));
        else if (Name == "reltab-count")
          MPM.addPass(ReltabPass(PhaseFullLtoLast, 0));
        else if (Name == "reltab-audit")
          MPM.addPass(ReltabPass(PhaseAudit, 0));
        else
          return false;
        return true;
      });
  PB.registerFullLinkTimeOptimizationEarlyEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        MPM.addPass(ReltabPass(PhaseFullLto, 0));
      });
  PB.registerFullLinkTimeOptimizationLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        MPM.addPass(ReltabPass(PhaseFullLtoLast, 0));
      });
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        MPM.addPass(ReltabPass(PhaseCrateStart, 0));
      });
  PB.registerOptimizerLastEPCallback([](ModulePassManager &MPM,
                                        OptimizationLevel,
                                        ThinOrFullLTOPhase Phase) {
    MPM.addPass(ReltabPass(PhaseCrateLast, static_cast<uint32_t>(Phase)));
  });
}

} // namespace

// Rust exports llvmGetPassPluginInfo (a cdylib exports only Rust symbols) and
// forwards to this.
extern "C" PassPluginLibraryInfo reltab_shim_plugin_info() {
  if (!hostProblem().empty()) {
    // An API version no host accepts: the host refuses the plugin with its own
    // error after ours (printed at load time) has said why.
    return {0, "reltab", "incompatible-host", nullptr};
  }
  return {LLVM_PLUGIN_API_VERSION, "reltab", RELTAB_VERSION, registerCallbacks};
}

static_assert(sizeof(PassPluginLibraryInfo) == 40 &&
                  alignof(PassPluginLibraryInfo) == 8,
              "keep rust-shim/src/lib.rs PluginInfo in sync");
