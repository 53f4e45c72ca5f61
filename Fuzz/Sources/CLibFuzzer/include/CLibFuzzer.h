#include <stddef.h>
#include <stdint.h>

/* libFuzzer's own mutator, for use inside LLVMFuzzerCustomMutator (defined by the fuzzer runtime
   that -sanitize=fuzzer links in). */
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
