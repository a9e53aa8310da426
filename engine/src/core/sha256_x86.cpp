// SHA-256 compression with the x86 SHA extensions (see sha256_blocks.hpp). The instructions
// work on the state as two registers, ABEF and CDGH, and do two rounds (sha256rnds2) or one
// step of the message schedule (sha256msg1/msg2) each; every group of four rounds below adds
// the round constants to four schedule words, and from the fourth group on computes the words
// of the group after next. The arrangement is Intel's published one ("Intel SHA Extensions",
// 2013). Only this file is compiled for those instructions (a target attribute on one
// function), so the rest of the program runs on any x86-64.
#include "core/sha256_blocks.hpp"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace chipgate::sha256_detail {

#if defined(__x86_64__)

bool CpuHasShaExtensions() {
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (__get_cpuid(1, &a, &b, &c, &d) == 0) return false;
  const bool ssse3_sse41 = (c & (1U << 9)) != 0 && (c & (1U << 19)) != 0;
  if (__get_cpuid_count(7, 0, &a, &b, &c, &d) == 0) return false;
  return ssse3_sse41 && (b & (1U << 29)) != 0;
}

namespace {

__attribute__((target("sha,sse4.1,ssse3"))) __m128i Load(const void* p) {
  return _mm_loadu_si128(static_cast<const __m128i*>(p));
}

}  // namespace

__attribute__((target("sha,sse4.1,ssse3"))) void CompressShaExtensions(State& state, const std::uint8_t* data,
                                                                        std::size_t blocks) {
  // Big-endian words: reverse the bytes of each 32-bit lane.
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
  __m128i tmp = _mm_shuffle_epi32(Load(state.data()), 0xB1);      // CDAB
  __m128i cdgh = _mm_shuffle_epi32(Load(state.data() + 4), 0x1B);  // EFGH
  __m128i abef = _mm_alignr_epi8(tmp, cdgh, 8);
  cdgh = _mm_blend_epi16(cdgh, tmp, 0xF0);
  for (; blocks > 0; --blocks, data += 64) {
    const __m128i abef_before = abef;
    const __m128i cdgh_before = cdgh;
    __m128i w[4];  // the schedule words of four consecutive groups of four rounds
    for (unsigned g = 0; g < 16; ++g) {
      if (g < 4) w[g] = _mm_shuffle_epi8(Load(data + 16 * g), byte_swap);
      __m128i k = _mm_add_epi32(w[g % 4], Load(kRoundConstants.data() + 4 * g));
      cdgh = _mm_sha256rnds2_epu32(cdgh, abef, k);
      if (g >= 3 && g <= 14) {
        const __m128i shifted = _mm_alignr_epi8(w[g % 4], w[(g + 3) % 4], 4);
        w[(g + 1) % 4] = _mm_sha256msg2_epu32(_mm_add_epi32(w[(g + 1) % 4], shifted), w[g % 4]);
      }
      k = _mm_shuffle_epi32(k, 0x0E);
      abef = _mm_sha256rnds2_epu32(abef, cdgh, k);
      if (g >= 1 && g <= 12) w[(g + 3) % 4] = _mm_sha256msg1_epu32(w[(g + 3) % 4], w[g % 4]);
    }
    abef = _mm_add_epi32(abef, abef_before);
    cdgh = _mm_add_epi32(cdgh, cdgh_before);
  }
  tmp = _mm_shuffle_epi32(abef, 0x1B);   // FEBA
  cdgh = _mm_shuffle_epi32(cdgh, 0xB1);  // DCHG
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state.data()), _mm_blend_epi16(tmp, cdgh, 0xF0));     // DCBA
  _mm_storeu_si128(reinterpret_cast<__m128i*>(state.data() + 4), _mm_alignr_epi8(cdgh, tmp, 8));  // HGFE
}

#else

bool CpuHasShaExtensions() { return false; }
void CompressShaExtensions(State& state, const std::uint8_t* data, std::size_t blocks) { CompressPortable(state, data, blocks); }

#endif

}  // namespace chipgate::sha256_detail
