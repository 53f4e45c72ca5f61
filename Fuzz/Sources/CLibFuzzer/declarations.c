/* Nothing to compile: the target only exports the declarations in include/CLibFuzzer.h. */
#include "CLibFuzzer.h"
