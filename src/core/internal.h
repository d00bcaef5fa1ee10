/* internal.h - what ccdk's modules (iam, lambda, sqs, ...) use of the core: all of its layers
 * (types < arena < value < token < node < cfn < synth, see types.h). Not installed. The core's own
 * files include their layer's header instead. */
#ifndef CCDK_INTERNAL_H
#define CCDK_INTERNAL_H

#include "scalable.h"
#include "synth.h"

#endif
