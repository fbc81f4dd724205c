; A read past the end of every vtable in code that cannot run is no reason
; to refuse (plugin/src/live.rs): nothing live refers to core's
; `<core::error::Source as Iterator>::next`, which reads a method slot at
; offset 48 while this program's largest vtable has 32 bytes. The module is
; converted; the dead read is left as it was (it never runs, and LTO's
; GlobalDCE deletes it).
;
; From tests/classes/dead_code_no_std.rs (a freestanding no_std program):
; rustc +nightly -Copt-level=3 -Clto=fat -Ccodegen-units=1 -Cpanic=abort
; -Crelocation-model=static -Csave-temps ..., the module after rustc's
; internalization (*.lto.after-restriction.bc), reduced to the program's own
; functions and the dead one, debug info removed. `start` is live through
; llvm.compiler.used (the naked `_start` calls it from module asm).

; RUN: %opt -passes=reltab -pass-remarks=reltab -S %s -o %t.ll 2> %t.err
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=IR < %t.ll

; REMARK: converted 2 vtables to the compact layout: 2 relocations removed
; REMARK-NOT: warning

; The live read is rewritten, the dead one is not.
; IR-LABEL: define internal void @_RNvCsiz2lJqvJlmL_16dead_code_no_std5start(
; IR-NOT: load ptr, ptr %7
; IR-LABEL: define internal { ptr, ptr } @_RNvXs8_NtCs8NwYtU1Mohg_4core5errorNtB5_6SourceNtNtNtNtB7_4iter6traits8iterator8Iterator4next(
; IR: %8 = getelementptr inbounds nuw i8, ptr %4, i64 48
; IR-NEXT: %9 = load ptr, ptr %8, align 8, !invariant.load

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@anon.f2c0f4eda4ccc2f37fd94d082648859a.0 = private unnamed_addr constant [4 x i8] c"\03\00\00\00", align 4
@anon.f2c0f4eda4ccc2f37fd94d082648859a.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXs_Csiz2lJqvJlmL_16dead_code_no_stdNtB4_3MulNtB4_2Op5apply }>, align 8
@anon.f2c0f4eda4ccc2f37fd94d082648859a.2 = private unnamed_addr constant [4 x i8] c"\01\00\00\00", align 4
@anon.f2c0f4eda4ccc2f37fd94d082648859a.3 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00", ptr @_RNvXCsiz2lJqvJlmL_16dead_code_no_stdNtB2_3AddNtB2_2Op5apply }>, align 8
@anon.f2c0f4eda4ccc2f37fd94d082648859a.4 = private unnamed_addr constant [8 x i8] c"result: ", align 1
@llvm.compiler.used = appending global [1 x ptr] [ptr @_RNvCsiz2lJqvJlmL_16dead_code_no_std5start], section "llvm.metadata"
@_RNvNtNtNtCs8NwYtU1Mohg_4core7unicode12unicode_data10alphabetic7OFFSETS = internal unnamed_addr constant [1519 x i8] c"\AA\01\0A\01\04\01\05\17\01\1F\01\00\04\0C\0E\05\07\01\01\01V\01\1D\12\01\02\02\04\01\01\06\01\01\03\01\01\01\14\01S\01\8B\08\A6\01&\02\01\06)'\0E\01\01\01\02\01\02\01\01\08\1B\04\04\1D\0B\058\01\07\0Ef\01\08\04\08\04\03\0A\03\02\01\100\0De\18!\09\02\04\01\05\18\02\13\13\19\07\0B\05\18\01\07\07\01\08*\0A\0C\03\07\06L\01\10\01\03\04\0F\0D\13\01\08\02\02\02\16\01\07\01\01\03\04\03\08\02\02\02\02\01\01\08\01\04\02\01\05\0C\02\0A\01\04\03\01\06\04\02\02\16\01\07\01\02\01\02\01\02\04\05\04\02\02\02\04\01\07\04\01\01\11\06\0B\03\01\09\01\03\01\16\01\07\01\02\01\05\03\09\01\03\01\02\03\01\0F\04\15\04\04\03\01\08\02\02\02\16\01\07\01\02\01\05\03\08\02\02\02\02\09\02\04\02\01\05\0D\01\10\02\01\06\03\03\01\04\03\02\01\01\01\02\03\02\03\03\03\0C\04\05\03\03\01\03\03\01\06\01(\0D\01\03\01\17\01\10\03\08\01\03\01\03\08\02\01\03\01\02\02\04\1C\04\01\08\01\03\01\17\01\0A\01\05\03\08\01\03\01\03\08\02\05\03\01\04\0D\03\0C\0D\01\03\01)\02\08\01\03\01\03\01\01\05\04\07\05\16\06\01\03\01\12\03\18\01\09\01\01\02\07\08\06\01\01\01\08\12\02\0D:\05\07\06\013\02\01\01\01\05\01\18\01\01\01\13\01\03\02\05\01\01\06\01\0E\04 \01?\08\01$\04\13\04\10\01$C7\01\01\02\05\10@\0A\04\02&\01\01\05\01\02+\01\00\01\04\02\07\01\01\01\04\02)\01\04\02!\01\04\02\07\01\01\01\04\02\0F\019\01\04\02C%\10\10V\02\06\03\00\02\11\01\1A\05K\03\0B\07\14\0B\15\0C\14\0C\0D\01\03\01\02\0C4\02\13\0E\01\04\01CY\07+\05F\0A\1F\01\0C\04\09\17\1E\02\05\0B,\04\1A6\1C\04?\02\142\01\17\02\0B\0314\01\0F\01\083*\02\04\0A,\01\0B\0E7\16\03\0A$\02\0B\05+\02\03)\04\01\06\01\02\03\01\05\C0\13\22\0B\00\02\06\02&\02\06\02\08\01\01\01\01\01\01\01\1F\025\01\07\01\01\03\03\01\07\03\04\02\06\04\0D\05\03\01\07t\01\0D\01\10\0De\01\04\01\02\0A\01\01\03\05\06\01\01\01\01\01\01\04\01\0B\02\04\05\05\04\01\11)\004\00\E5\06\04\03\02\0C&\01\01\05\01\028\07\01\10\17\09\07\01\07\01\07\01\07\01\07\01\07\01\07\01\07\01 /\01\00\03\19\09\07\05\02\05\04V\06\03\01Z\01\04\05+\01^\11 0\10\00\00@\00C.\02\00\03\10\0A\02\14/\05\08\03q'\09\02g\02R\14\15\01!\184\0CD\01\01,\06\03\01\01\03\0A!\05#\0D\1D\033\01\0C\0F\01\10\10\0A\05\017\09\0E\12\17\03E\01\01\01\01\18\03\02\10\02\04\0B\06\02\06\02\06\09\07\01\07\01+\01\0E\06{\15\00\0C\17\041\00\00\02j&\07\0C\05\05\0C\01\0D\01\05\01\01\01\02\01\02\01l!\00\12@\026(\0Ct\05\01\87$\1A\06\1A\0BY\03\06\02\06\02\06\02\03#\0C\01\1A\01\13\01\02\01\0F\02\0E\22{E5\00\1D\031/ \0D\1E\05+\05\1E\02$\04\08\01\05*\9E\12$\04$\04(\084\0C\0B\01\0F\01\07\01\02\01\0B\01\0F\01\07\01\02\034\0C\00\09\16\0A\08\18\06\01*\01\09E\06\02\01\01,\01\02\03\01\02\17\0A\17\09\1FA\13\01\02\0A\16\0A\1A\06\1A&8\06\02@\04\01\02\05\08\01\03\01\1D*\1D\03\1D#\08\01\1C\1B6\0A\16\0A\13\0D\12nI73\0D3\0D(\22\1C\03\01\05\17\FA*\01\02\03\02\10\062\03\03\1D\0A\01\08\16*\12.\15\1B\17\09F+\05\0A9\09\01\0D\19\173\11\04\08#\03\01\09@\01\04\09\02\0A\01\01\01#\12\01\22\02\01\06\04>\07\01\01\01\04\01\0F\01\0A\079\17\04\01\08\02\02\02\16\01\07\01\02\01\05\03\08\02\02\02\02\03\01\06\01\05\07\1C\0A\01\01\02\01\01&\01\0A\01\01\02\01\01\04\01\02\03\01\01\01,B\01\03\01\04\14\03\1EB\02\02\01\01\B86\02\07\19\06\22?\01\01\03\01;6\02\01G\1B\02\0E\15\07\B99g@\1F\08\02\01\02\08\01\02\01\1E\01\02\02\02\02\04]\08\02.\02\06\01\01\01\02\1B3\02\0A\11H\05\01\12Ig\08X!\1F\09\01-\01\07\01\011\1E\02\16\01\0EI\07\01\02\01,\03\01\01\02\01\03\01\01\02\02\18\06\01\02\01%\01\02\01\04\01\01\17,\00\17\09\11\01)\03\03o\01O\00fo\11\C4\00a\0F\00\11\06\19\00\05\00\00/\00\00\07\1F\11O\11\1E\120\10\04\1F\15\05\13\00-\D3@ \19\02\19,K\049\07\11@\02\01\01\0C\07\09\00) as\00\04\01\07\01\02\01\00\0F\01\1D\03\02\01\0E\04\08\00\00k\05\0D\03\09\07\0A\04\01\00U\01G\01\02\02\01\02\02\02\04\01\0C\01\01\01\07\01A\01\04\02\08\01\07\01\1C\01\04\01\05\01\01\03\07\01\00\02\19\01\19\01\1F\01\19\01\1F\01\19\01\1F\01\19\01\1F\01\19\01\08\00\1F\06\06\D5\07\01\11\02\07\01\02\01\05\05>!\01p-\0A\07\10\01\00\1E\12,\00\1C\E4\1E\02\01\CF\1F\01\16\08\02\E0\07\01\04\01\02\01\0F\01\C5;D\03\01\03\01\00\04\01\1B\01\02\01\01\02\01\01\0A\01\04\01\01\01\01\06\01\04\01\01\01\01\01\01\03\01\02\01\01\02\01\01\01\01\01\01\01\01\01\01\02\01\01\02\04\01\07\01\04\01\04\01\01\01\0A\01\11\05\03\01\05\01\11\00\1A\06\1A\06\1A\00\00 \00\02\00\02\00\0F\00\00\00\00\00\05\00\00", align 1

define internal fastcc { ptr, ptr } @_RNvCsiz2lJqvJlmL_16dead_code_no_std4pick(i64 noundef %0) unnamed_addr {
  %2 = icmp ugt i64 %0, 1
  %3 = select i1 %2, ptr @anon.f2c0f4eda4ccc2f37fd94d082648859a.3, ptr @anon.f2c0f4eda4ccc2f37fd94d082648859a.1
  %4 = select i1 %2, ptr @anon.f2c0f4eda4ccc2f37fd94d082648859a.2, ptr @anon.f2c0f4eda4ccc2f37fd94d082648859a.0
  %5 = insertvalue { ptr, ptr } poison, ptr %4, 0
  %6 = insertvalue { ptr, ptr } %5, ptr %3, 1
  ret { ptr, ptr } %6
}

define internal void @_RNvCsiz2lJqvJlmL_16dead_code_no_std5start(ptr noundef readonly captures(none) %0) unnamed_addr {
  %2 = alloca [3 x i8], align 1
  %3 = load i64, ptr %0, align 8, !noundef !0
  %4 = tail call fastcc { ptr, ptr } @_RNvCsiz2lJqvJlmL_16dead_code_no_std4pick(i64 noundef %3)
  %5 = extractvalue { ptr, ptr } %4, 0
  %6 = extractvalue { ptr, ptr } %4, 1
  %7 = getelementptr inbounds nuw i8, ptr %6, i64 24
  %8 = load ptr, ptr %7, align 8, !invariant.load !0, !nonnull !0
  %9 = tail call noundef i32 %8(ptr noundef %5, i32 noundef 7)
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  %10 = udiv i32 %9, 10
  %11 = trunc i32 %10 to i8
  %12 = add i8 %11, 48
  %13 = urem i32 %9, 10
  %14 = trunc nuw nsw i32 %13 to i8
  %15 = or disjoint i8 %14, 48
  store i8 %12, ptr %2, align 1
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 1
  store i8 %15, ptr %16, align 1
  %17 = getelementptr inbounds nuw i8, ptr %2, i64 2
  store i8 10, ptr %17, align 1
  %18 = tail call { i64, i32, i32 } asm sideeffect inteldialect "syscall", "={ax},={cx},={r11},{ax},{di},{si},{dx},~{dirflag},~{fpsr},~{flags},~{memory}"(i64 1, i64 1, ptr nonnull @anon.f2c0f4eda4ccc2f37fd94d082648859a.4, i64 8)
  %19 = call { i64, i32, i32 } asm sideeffect inteldialect "syscall", "={ax},={cx},={r11},{ax},{di},{si},{dx},~{dirflag},~{fpsr},~{flags},~{memory}"(i64 1, i64 1, ptr nonnull %2, i64 3)
  call void asm sideeffect alignstack inteldialect "syscall", "{ax},{di},~{dirflag},~{fpsr},~{flags},~{memory}"(i32 231, i32 0)
  unreachable
}

define internal noundef i32 @_RNvXCsiz2lJqvJlmL_16dead_code_no_stdNtB2_3AddNtB2_2Op5apply(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %0, i32 noundef %1) unnamed_addr {
  %3 = load i32, ptr %0, align 4, !noundef !0
  %4 = add i32 %3, %1
  ret i32 %4
}

define internal noundef i32 @_RNvXs_Csiz2lJqvJlmL_16dead_code_no_stdNtB4_3MulNtB4_2Op5apply(ptr noalias noundef readonly align 4 captures(none) dereferenceable(4) %0, i32 noundef %1) unnamed_addr {
  %3 = load i32, ptr %0, align 4, !noundef !0
  %4 = mul i32 %3, %1
  ret i32 %4
}

define internal { ptr, ptr } @_RNvXs8_NtCs8NwYtU1Mohg_4core5errorNtB5_6SourceNtNtNtNtB7_4iter6traits8iterator8Iterator4next(ptr noalias noundef align 8 captures(none) dereferenceable(16) %0) unnamed_addr {
  %2 = load ptr, ptr %0, align 8, !noundef !0
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8
  %5 = icmp eq ptr %2, null
  br i1 %5, label %13, label %6

6:                                                ; preds = %1
  %7 = icmp ne ptr %4, null
  tail call void @llvm.assume(i1 %7)
  %8 = getelementptr inbounds nuw i8, ptr %4, i64 48
  %9 = load ptr, ptr %8, align 8, !invariant.load !0, !nonnull !0
  %10 = tail call { ptr, ptr } %9(ptr noundef nonnull %2)
  %11 = extractvalue { ptr, ptr } %10, 0
  %12 = extractvalue { ptr, ptr } %10, 1
  br label %13

13:                                               ; preds = %6, %1
  %14 = phi ptr [ %12, %6 ], [ undef, %1 ]
  %15 = phi ptr [ %11, %6 ], [ null, %1 ]
  store ptr %15, ptr %0, align 8
  store ptr %14, ptr %3, align 8
  %16 = insertvalue { ptr, ptr } poison, ptr %2, 0
  %17 = insertvalue { ptr, ptr } %16, ptr %4, 1
  ret { ptr, ptr } %17
}

declare void @llvm.lifetime.start.p0(ptr captures(none))
declare void @llvm.assume(i1 noundef)

!0 = !{}
