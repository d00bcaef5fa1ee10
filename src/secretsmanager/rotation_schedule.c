/* rotation_schedule.c - secretsmanager.RotationSchedule with a rotation function
 * (aws-cdk-lib/aws-secretsmanager/lib/rotation-schedule.ts) and secret.addRotationSchedule. */
#include <string.h>

#include "ccdk/events.h"
#include "ccdk/kms.h"
#include "ccdk/lambda.h"
#include "ccdk/secretsmanager.h"
#include "internal.h"
#include "secretsmanager_internal.h"

struct ccdk_secretsmanager_rotation_schedule {
    ccdk__node node;
    ccdk_cfn_resource *resource;
};

static const ccdk__kind kind_schedule = {.fqn = "aws-cdk-lib.aws_secretsmanager.RotationSchedule",
                                         .class_name = "RotationSchedule2"};

/* the grants of the constructor, made only when `rotationLambda.permissionsNode.defaultChild`
 * exists (a Function of this App; an import has none) */
static void grant_rotation_lambda(ccdk_secretsmanager_rotation_schedule *rs, ccdk_secretsmanager_secret *secret,
                                  ccdk_lambda_function *fn)
{
    ccdk_iam_principal *principal = ccdk_lambda_function_grant_principal(fn);
    if (ccdk_secretsmanager_secret_encryption_key(secret) && principal)
        ccdk__secretsmanager_key_grant_via(secret, ccdk_stack_region(rs->node.stack), principal,
                                           CCDK_STRS("kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"));
    /* rotationLambda.grantInvoke(new ServicePrincipal('secretsmanager.amazonaws.com')).applyBefore(this) */
    ccdk_construct *permission = ccdk_lambda_function_grant_invoke(fn, ccdk_iam_service_principal(rs, "secretsmanager.amazonaws.com"));
    if (permission)
        ccdk_node_add_dependency(rs, permission);
    const char *full = ccdk_secretsmanager_secret_full_arn(secret);
    const char *arn = full ? full : ccdk__sprintf(rs->node.app, "%s-??????", ccdk_secretsmanager_secret_arn(secret));
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(rs, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
                             "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"),
        .resources = CCDK_STRS(arn),
    }));
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(rs, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("secretsmanager:GetRandomPassword"),
        .resources = CCDK_STRS("*"),
    }));
}

/* the schedule expression: Schedule.rate(automaticallyAfter) between 4 hours and 1000 days,
 * rate(30 days) when not given, none (NULL) for a zero duration; NULL with the error on rs */
static const char *schedule_expression(ccdk_secretsmanager_rotation_schedule *rs, ccdk_duration after, int *failed)
{
    if (!ccdk_duration_is_set(after))
        return ccdk_events_schedule_expression_string(ccdk_events_schedule_rate(rs, ccdk_duration_days(30)));
    if (!ccdk__duration_check(rs, after)) {
        *failed = 1;
        return NULL;
    }
    double ms = ccdk_duration_to_milliseconds(after);
    if (!(ms > 0))
        return NULL;
    int ok = 1;
    if (ms < 4 * 3600 * 1000.0) {
        double h = ccdk__duration_convert(rs, after, CCDK_TIME_HOURS, 1, &ok);
        if (ok)
            ccdk__error(rs, "automaticallyAfter must not be smaller than 4 hours, got %s hours", ccdk__num_string(rs->node.app, h));
        *failed = 1;
        return NULL;
    }
    if (ms > 1000 * 86400 * 1000.0) {
        double d = ccdk__duration_convert(rs, after, CCDK_TIME_DAYS, 1, &ok);
        if (ok)
            ccdk__error(rs, "automaticallyAfter must not be greater than 1000 days, got %s days", ccdk__num_string(rs->node.app, d));
        *failed = 1;
        return NULL;
    }
    return ccdk_events_schedule_expression_string(ccdk_events_schedule_rate(rs, after));
}

ccdk_secretsmanager_rotation_schedule *ccdk_secretsmanager_rotation_schedule_new(
    void *scope, const char *id, ccdk_secretsmanager_secret *secret, ccdk_lambda_function *rotation_lambda,
    const ccdk_secretsmanager_rotation_schedule_options *options)
{
    ccdk_secretsmanager_rotation_schedule *rs = ccdk__construct(ccdk_secretsmanager_rotation_schedule, &kind_schedule, scope, id);
    ccdk_app *app = rs->node.app;
    static const ccdk_secretsmanager_rotation_schedule_options none;
    const ccdk_secretsmanager_rotation_schedule_options *o = options ? options : &none;
    if (!rotation_lambda) {
        ccdk__error(rs, "One of `rotationLambda` or `hostedRotation` must be specified.");
        return rs;
    }
    if (!secret || !ccdk__handle_ok(secret, __func__))
        return rs;
    if (ccdk_lambda_function_resource(rotation_lambda))
        grant_rotation_lambda(rs, secret, rotation_lambda);
    int failed = 0;
    const char *expression = schedule_expression(rs, o->automatically_after, &failed);
    if (failed)
        return rs;
    ccdk_cfn_resource *r = ccdk__l1(rs, "Resource", "AWS::SecretsManager::RotationSchedule",
                                    "aws-cdk-lib.aws_secretsmanager.CfnRotationSchedule");
    rs->resource = r;
    if (ccdk__tri_set(o->rotate_immediately_on_update))
        ccdk__res_set(r, "RotateImmediatelyOnUpdate", ccdk__v_bool(app, ccdk__tri_true(o->rotate_immediately_on_update)));
    ccdk__res_set(r, "RotationLambdaARN", ccdk__v_from_string(app, ccdk_lambda_ifunction_arn(rotation_lambda)));
    if (expression) {
        ccdk_value *rules = ccdk__v_obj(app);
        ccdk__v_set(rules, "ScheduleExpression", ccdk__v_from_string(app, expression));
        ccdk__res_set(r, "RotationRules", rules);
    }
    ccdk__res_set(r, "SecretId", ccdk__v_from_string(app, ccdk_secretsmanager_secret_arn(secret)));
    /* props.secret.denyAccountRootDelete() */
    ccdk_secretsmanager_secret_add_to_resource_policy(secret, ccdk_iam_policy_statement_new(rs, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("secretsmanager:DeleteSecret"),
        .effect = CCDK_IAM_DENY,
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_account_root_principal(rs)),
    }));
    return rs;
}

ccdk_secretsmanager_rotation_schedule *ccdk_secretsmanager_secret_add_rotation_schedule(
    ccdk_secretsmanager_secret *secret, const char *id, ccdk_lambda_function *rotation_lambda,
    const ccdk_secretsmanager_rotation_schedule_options *options)
{
    if (!ccdk__target_ok(secret, __func__))
        return NULL;
    return ccdk_secretsmanager_rotation_schedule_new(secret, id, secret, rotation_lambda, options);
}
