/* rotation_schedule.c - secretsmanager.RotationSchedule with a rotation function
 * (aws-cdk-lib/aws-secretsmanager/lib/rotation-schedule.ts) and secret.addRotationSchedule. */
#include <string.h>

#include "ccdk/ec2.h"
#include "ccdk/events.h"
#include "ccdk/kms.h"
#include "ccdk/lambda.h"
#include "ccdk/secretsmanager.h"
#include "internal.h"
#include "secretsmanager_internal.h"

struct ccdk_secretsmanager_rotation_schedule {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    ccdk_ec2_connections *connections; /* a hosted rotation's in a VPC (HostedRotation._connections) */
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

static const char *const hosted_type_names[] = {
    NULL, "MySQLSingleUser", "MySQLMultiUser", "PostgreSQLSingleUser", "PostgreSQLMultiUser", "OracleSingleUser",
    "OracleMultiUser", "MariaDBSingleUser", "MariaDBMultiUser", "SQLServerSingleUser", "SQLServerMultiUser",
    "RedshiftSingleUser", "RedshiftMultiUser", "MongoDBSingleUser", "MongoDBMultiUser"};

/* DEFAULT_PASSWORD_EXCLUDE_CHARS of rotation-schedule.ts */
#define DEFAULT_EXCLUDE_CHARS " %+~`#$&*()|[]{}:;<>?!'/@\"\\"

/* the multi-user types are the even ones */
static int hosted_multi_user(ccdk_secretsmanager_hosted_rotation_type t) { return t && t % 2 == 0; }

/* JavaScript's list.join(","): the strings (tokens among them) concatenated, not an Fn::Join of the
 * list (the resolver turns text around tokens into Fn::Join with "") */
static const char *js_join(ccdk_app *app, ccdk_strs list)
{
    ccdk__buf b = {0};
    for (size_t i = 0; i < list.count; i++) {
        if (i)
            ccdk__buf_putc(&b, ',');
        ccdk__buf_puts(&b, list.items[i] ? list.items[i] : "");
    }
    const char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return r;
}

/* HostedRotation.bind(secret, scope): the stack's transform, the VPC's security groups (a new
 * "SecurityGroup" under the schedule unless given), the master secret's denyAccountRootDelete, and
 * the HostedRotationLambda property; NULL after aws-cdk-lib's error */
static ccdk_value *bind_hosted_rotation(ccdk_secretsmanager_rotation_schedule *rs, ccdk_secretsmanager_secret *secret,
                                        const ccdk_secretsmanager_hosted_rotation *h)
{
    ccdk_app *app = rs->node.app;
    ccdk_stack_add_transform(rs->node.stack, "AWS::SecretsManager-2024-09-16");
    if (!h->vpc && CCDK__GIVEN(h->security_groups)) {
        ccdk__error(secret, "`vpc` must be specified when specifying `securityGroups`.");
        return NULL;
    }
    ccdk_strs group_ids = {0};
    if (h->vpc) {
        ccdk_ec2_security_group_list groups = h->security_groups;
        size_t n = CCDK__LEN(groups, "hosted rotation securityGroups");
        ccdk_ec2_security_group *made = NULL;
        if (!CCDK__GIVEN(groups)) {
            made = ccdk_ec2_security_group_new(rs, "SecurityGroup", &(ccdk_ec2_security_group_props){.vpc = h->vpc});
            groups = (ccdk_ec2_security_group_list)CCDK_LIST_N(&made, 1);
            n = 1;
        }
        const char **ids = ccdk__alloc(app, (n ? n : 1) * sizeof *ids);
        for (size_t i = 0; i < n; i++)
            ids[i] = ccdk_ec2_security_group_id(groups.items[i]);
        group_ids = (ccdk_strs)CCDK_LIST_N(ids, n);
        rs->connections = ccdk_ec2_connections_new(rs, groups, NULL);
    }
    if (h->master_secret) /* this.masterSecret.denyAccountRootDelete() */
        ccdk_secretsmanager_secret_add_to_resource_policy(
            h->master_secret, ccdk_iam_policy_statement_new(rs, &(ccdk_iam_policy_statement_props){
                                  .actions = CCDK_STRS("secretsmanager:DeleteSecret"),
                                  .effect = CCDK_IAM_DENY,
                                  .resources = CCDK_STRS("*"),
                                  .principals = CCDK_LIST(ccdk_iam_account_root_principal(rs)),
                              }));
    ccdk_value *o = ccdk__v_obj(app);
    const char *exclude = h->exclude_characters;
    if (!exclude)
        exclude = ccdk__secretsmanager_is_secret(secret) && ccdk__secretsmanager_exclude_characters(secret)
                      ? ccdk__secretsmanager_exclude_characters(secret)
                      : DEFAULT_EXCLUDE_CHARS;
    ccdk__v_set(o, "ExcludeCharacters", ccdk__v_from_string(app, exclude));
    ccdk_kms_key *key = ccdk_secretsmanager_secret_encryption_key(secret);
    if (key)
        ccdk__v_set(o, "KmsKeyArn", ccdk__v_from_string(app, ccdk_kms_key_arn(key)));
    if (h->master_secret) {
        const char *arn = ccdk_secretsmanager_secret_arn(h->master_secret);
        if (!ccdk_secretsmanager_secret_full_arn(h->master_secret))
            arn = ccdk__sprintf(app, "%s-??????", arn);
        ccdk__v_set(o, "MasterSecretArn", ccdk__v_from_string(app, arn));
        ccdk_kms_key *master_key = ccdk_secretsmanager_secret_encryption_key(h->master_secret);
        if (master_key)
            ccdk__v_set(o, "MasterSecretKmsKeyArn", ccdk__v_from_string(app, ccdk_kms_key_arn(master_key)));
    }
    if (h->function_name)
        ccdk__v_set(o, "RotationLambdaName", ccdk__v_from_string(app, h->function_name));
    ccdk__v_set(o, "RotationType", ccdk__v_str(app, hosted_type_names[h->type]));
    if (h->vpc) {
        ccdk__v_set(o, "VpcSecurityGroupIds", ccdk__v_from_string(app, js_join(app, group_ids)));
        ccdk_ec2_selected_subnets sel;
        if (ccdk_ec2_vpc_select_subnets(h->vpc, h->vpc_subnets, &sel) < 0)
            return NULL;
        ccdk__v_set(o, "VpcSubnetIds", ccdk__v_from_string(app, js_join(app, sel.subnet_ids)));
    }
    return o;
}

ccdk_secretsmanager_rotation_schedule *ccdk_secretsmanager_rotation_schedule_new(
    void *scope, const char *id, ccdk_secretsmanager_secret *secret, ccdk_lambda_function *rotation_lambda,
    const ccdk_secretsmanager_rotation_schedule_options *options)
{
    ccdk_secretsmanager_rotation_schedule *rs = ccdk__construct(ccdk_secretsmanager_rotation_schedule, &kind_schedule, scope, id);
    ccdk_app *app = rs->node.app;
    static const ccdk_secretsmanager_rotation_schedule_options none;
    const ccdk_secretsmanager_rotation_schedule_options *o = options ? options : &none;
    const ccdk_secretsmanager_hosted_rotation *hosted = o->hosted_rotation;
    if (hosted) {
        if (!CCDK__ENUM_OK(rs, hosted->type, ccdk_secretsmanager_hosted_rotation_type,
                           CCDK_SECRETSMANAGER_HOSTED_ROTATION_UNSET, CCDK_SECRETSMANAGER_HOSTED_ROTATION_MONGODB_MULTI_USER,
                           "hostedRotation type"))
            return rs;
        if (!hosted->type) {
            ccdk__error(rs, "hostedRotation: the type is required");
            return rs;
        }
        /* new HostedRotation(type, options, masterSecret): thrown before the schedule is made */
        if (hosted_multi_user(hosted->type) && !hosted->master_secret) {
            ccdk__unscoped_error(app, "The `masterSecret` must be specified when using the multi user scheme.");
            return rs;
        }
    }
    if (!rotation_lambda == !hosted) {
        ccdk__error(rs, "One of `rotationLambda` or `hostedRotation` must be specified.");
        return rs;
    }
    if (!secret || !ccdk__handle_ok(secret, __func__))
        return rs;
    if (rotation_lambda && ccdk_lambda_function_resource(rotation_lambda))
        grant_rotation_lambda(rs, secret, rotation_lambda);
    int failed = 0;
    const char *expression = schedule_expression(rs, o->automatically_after, &failed);
    if (failed)
        return rs;
    ccdk_value *hosted_lambda = NULL;
    if (hosted && !(hosted_lambda = bind_hosted_rotation(rs, secret, hosted)))
        return rs;
    ccdk_cfn_resource *r = ccdk__l1(rs, "Resource", "AWS::SecretsManager::RotationSchedule",
                                    "aws-cdk-lib.aws_secretsmanager.CfnRotationSchedule");
    rs->resource = r;
    if (hosted_lambda)
        ccdk__res_set(r, "HostedRotationLambda", hosted_lambda);
    if (ccdk__tri_set(o->rotate_immediately_on_update))
        ccdk__res_set(r, "RotateImmediatelyOnUpdate", ccdk__v_bool(app, ccdk__tri_true(o->rotate_immediately_on_update)));
    if (rotation_lambda)
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

/* hostedRotation.connections: the Connections of its security groups, made when it was bound in a
 * VPC; aws-cdk-lib's UnscopedValidationError without a VPC (a schedule without a hosted rotation has
 * none either) */
ccdk_ec2_connections *ccdk_secretsmanager_rotation_schedule_connections(ccdk_secretsmanager_rotation_schedule *rs)
{
    if (!ccdk__target_ok(rs, __func__) || !ccdk__handle_ok(rs, __func__))
        return NULL;
    if (!rs->connections)
        ccdk__unscoped_error(rs->node.app, "Cannot use connections for a hosted rotation that is not deployed in a VPC");
    return rs->connections;
}
