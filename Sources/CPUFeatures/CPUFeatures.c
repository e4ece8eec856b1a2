// CPU feature detection for the kernel dispatcher, read straight from CPUID and XGETBV.
//
// `__builtin_cpu_supports` would be shorter, but it needs the compiler runtime's CPU model
// table at link time, and it answers one feature at a time, while a `-target-cpu` build
// may use any feature of its CPU: a CPU with AVX2 but without BMI2 must not run haswell
// code. Each function therefore checks the whole set its target enables.
#include "CPUFeatures.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

// Which register states the OS saves on a context switch (XCR0). A CPU may have AVX while
// the OS does not save YMM registers; then AVX code corrupts state and must not run.
static unsigned long long os_saved_states(void) {
    unsigned int eax, edx;
    __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
    return ((unsigned long long)edx << 32) | eax;
}

static int has_all(unsigned int reg, unsigned int bits) { return (reg & bits) == bits; }

int rnnlab_cpu_runs_haswell_code(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    // FMA (12), MOVBE (22), POPCNT (23), OSXSAVE (27), AVX (28), F16C (29).
    unsigned int leaf1 = (1u << 12) | (1u << 22) | (1u << 23) | (1u << 27) | (1u << 28) | (1u << 29);
    if (!has_all(ecx, leaf1)) return 0;
    // XMM (bit 1) and YMM (bit 2) state.
    if ((os_saved_states() & 0x6) != 0x6) return 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    // BMI1 (3), AVX2 (5), BMI2 (8).
    if (!has_all(ebx, (1u << 3) | (1u << 5) | (1u << 8))) return 0;
    // LZCNT is ABM, extended leaf 0x80000001 ECX bit 5.
    if (!__get_cpuid(0x80000001, &eax, &ebx, &ecx, &edx)) return 0;
    return has_all(ecx, 1u << 5);
}

int rnnlab_cpu_runs_skylake_avx512_code(void) {
    if (!rnnlab_cpu_runs_haswell_code()) return 0;
    // Opmask (5), upper halves of ZMM0-15 (6) and ZMM16-31 (7), besides XMM and YMM.
    if ((os_saved_states() & 0xE6) != 0xE6) return 0;
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    // AVX512F (16), AVX512DQ (17), AVX512CD (28), AVX512BW (30), AVX512VL (31).
    unsigned int avx512 = (1u << 16) | (1u << 17) | (1u << 28) | (1u << 30) | (1u << 31);
    return has_all(ebx, avx512);
}

#else

int rnnlab_cpu_runs_haswell_code(void) { return 0; }
int rnnlab_cpu_runs_skylake_avx512_code(void) { return 0; }

#endif
