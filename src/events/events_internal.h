/* events_internal.h - what events.c takes from input.c: RuleTargetInput.bind. */
#ifndef CCDK_EVENTS_INTERNAL_H
#define CCDK_EVENTS_INTERNAL_H

#include "ccdk/events.h"
#include "internal.h"

/* RuleTargetInputProperties: what input.bind(rule) gives a target (each NULL when absent). */
typedef struct {
    ccdk_value *input, *input_path;
    ccdk_value *input_template, *input_paths_map; /* an InputTransformer when input_template is set */
} ccdk__events_input_props;

/* input.bind(rule): aws-cdk-lib's FieldAwareEventInput / LiteralEventInput. A key used for two
 * paths is its error on the App (no path); the props are then empty. */
ccdk__events_input_props ccdk__events_input_bind(ccdk_app *app, const ccdk_events_rule_target_input *input);

#endif
