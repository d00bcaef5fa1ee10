/* appscaling_internal.h - what the files of src/appscaling/ share: the ScalableTarget and
 * StepScalingAction structs, and the helpers step_scaling.c uses. */
#ifndef CCDK_APPSCALING_INTERNAL_H
#define CCDK_APPSCALING_INTERNAL_H

#include "ccdk/appscaling.h"
#include "internal.h"
#include "scalable.h"

struct ccdk_appscaling_scalable_target {
    ccdk__node node;
    ccdk__scalable s;    /* its CfnScalableTarget (s.resource NULL for an import or after an error) */
    ccdk_iam_role *role; /* NULL for an import */
    const char *id;      /* scalableTargetId */
    const char *dimension, *service_namespace;
    int imported, id_only; /* id_only: fromScalableTargetId (no scalableTargetRef) */
};

struct ccdk_appscaling_step_scaling_action {
    ccdk__node node;
    ccdk_value *adjustments; /* StepAdjustments */
    const char *arn;         /* scalingPolicyArn ("" when it could not be made) */
};

/* a method that aws-cdk-lib's ScalableTarget has and its imports do not: 0 (a process-wide error for
 * an import) when t cannot take it */
int ccdk__appscaling_target_own(ccdk_appscaling_scalable_target *t, const char *func);
/* new StepScalingAction(scope, id, props) (props' enums checked) */
ccdk_appscaling_step_scaling_action *ccdk__appscaling_action(ccdk__node *scope, const char *id,
                                                             const ccdk_appscaling_step_scaling_action_props *p);
/* action.addAdjustment({adjustment, lowerBound, upperBound}) */
void ccdk__appscaling_add_adjustment(ccdk_appscaling_step_scaling_action *a, double adjustment, ccdk_opt_num lower,
                                     ccdk_opt_num upper);

#endif
