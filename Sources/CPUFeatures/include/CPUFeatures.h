#ifndef RNNLAB_CPU_FEATURES_H
#define RNNLAB_CPU_FEATURES_H

/// Nonzero when this CPU and the operating system can run code built with
/// `-target-cpu haswell`: AVX, AVX2 and FMA with the OS saving the YMM registers, plus the
/// scalar extensions that target also lets the compiler use (BMI1, BMI2, LZCNT, MOVBE,
/// F16C, POPCNT). Always zero off x86-64.
int rnnlab_cpu_runs_haswell_code(void);

/// Nonzero when this CPU and the operating system can run code built with
/// `-target-cpu skylake-avx512`: everything above plus AVX-512 F, CD, BW, DQ and VL with
/// the OS saving the ZMM and mask registers. Always zero off x86-64.
int rnnlab_cpu_runs_skylake_avx512_code(void);

#endif
