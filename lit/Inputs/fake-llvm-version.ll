; Not a test: the library bad-input-host-llvm-21.ll preloads into opt so
; that a plugin's dlsym(RTLD_DEFAULT, "LLVMGetVersion") finds this one,
; which answers 21.1.8, before opt's own.
target triple = "x86_64-unknown-linux-gnu"

define void @LLVMGetVersion(ptr %major, ptr %minor, ptr %patch) {
  store i32 21, ptr %major, align 4
  store i32 1, ptr %minor, align 4
  store i32 8, ptr %patch, align 4
  ret void
}
