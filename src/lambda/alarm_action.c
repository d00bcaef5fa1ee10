/* alarm_action.c - aws-cloudwatch-actions' LambdaAction: an alarm that invokes a function, with the
 * function's Permission for CloudWatch alarms (aws-cloudwatch-actions/lib/lambda.ts). */
#include <string.h>

#include "ccdk/cloudwatch.h"
#include "lambda_internal.h"

typedef struct {
    ccdk__fnbase *fb;
    int unique_id; /* props.useUniquePermissionId */
} lambda_action;

/* permissionNode?.sourceArn === alarm.alarmRef.alarmArn: a CfnPermission given the same token (or
 * literal) as its SourceArn; anything else by that id (or none) is not the same */
static int same_source_arn(ccdk__node *existing, const char *alarm_arn)
{
    if (!existing || !existing->kind || existing->kind->element != CCDK__EL_RESOURCE || !existing->kind->fqn ||
        strcmp(existing->kind->fqn, "aws-cdk-lib.aws_lambda.CfnPermission"))
        return 0;
    ccdk_value *given = ccdk__res_get((ccdk_cfn_resource *)existing, "SourceArn");
    return given && alarm_arn && ccdk__v_equal(given, ccdk__v_from_string(existing->app, alarm_arn));
}

/* LambdaAction.bind(scope, alarm): scope is the alarm (Alarm.addAlarmAction binds with this, this) */
static const char *bind(ccdk_construct *scope, ccdk_cloudwatch_alarm *alarm, void *ctx)
{
    lambda_action *la = ctx;
    ccdk__fnbase *fb = la->fb;
    ccdk__node *an = ccdk__node_of(alarm), *sn = ccdk__node_of(scope);
    ccdk_app *app = an->app;
    const char *prefix =
        ccdk__feature_flag(sn, "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction") ? an->id : "";
    if (la->unique_id)
        prefix = ccdk__node_unique_id(an);
    const char *id = ccdk__sprintf(app, "%sAlarmPermission", prefix);
    ccdk__node *perms = ccdk__node_of(ccdk_lambda_function_permissions_node(fb));
    ccdk__node *existing = perms ? ccdk__node_find_child(perms, id) : NULL;
    const char *alarm_arn = ccdk_cloudwatch_alarm_arn(alarm);
    if (!same_source_arn(existing, alarm_arn)) {
        if (existing && !la->unique_id)
            ccdk__warning(sn, "@aws-cdk/aws-cloudwatch-actions:LambdaActionPermissionId",
                          "Please use 'useUniquePermissionId' on LambdaAction %s to generate unique Lambda Permission Id",
                          ccdk__fnbase_name(fb));
        /* a second Permission of the id is the construct tree's "There is already a Construct" error */
        ccdk_lambda_permission p = {
            .source_account = ccdk_stack_account(sn->stack),
            .action = "lambda:InvokeFunction",
            .source_arn = alarm_arn,
            .principal = ccdk_iam_service_principal(sn, "lambda.alarms.cloudwatch.amazonaws.com"),
        };
        ccdk__add_permission(fb, id, &p);
    }
    return ccdk__fnbase_arn(fb); /* this.lambdaFunction.functionArn */
}

ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_lambda_action(void *fn, const ccdk_cloudwatch_actions_lambda_action_props *props)
{
    if (!fn) {
        ccdk__process_error("%s: the function is NULL", __func__);
        return NULL;
    }
    ccdk__fnbase *fb = ccdk__fnbase_of(fn); /* not an IFunction: the error is recorded on its App */
    if (!fb)
        return NULL;
    lambda_action *la = ccdk__alloc(fb->node.app, sizeof *la);
    la->fb = fb;
    la->unique_id = props && ccdk__tri_true(props->use_unique_permission_id);
    return ccdk_cloudwatch_alarm_action_new(&fb->node, bind, la);
}
