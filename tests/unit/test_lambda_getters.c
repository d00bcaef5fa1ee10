/* test_lambda_getters.c - the small getters aws-cdk's lambda tests read: a function metric's
 * namespace, name, dimensions and period, alias.role, an imported function's env, fnUrl.authType.
 * Expected values are aws-cdk-lib 2.276.0's, from node running the same app (stack.resolve of each value). */
#include <string.h>

#include "ccdk/cloudwatch.h"
#include "ccdk/lambda.h"
#include "ccdk/lambda_versions.h"
#include "testlib.h"

static ccdk_lambda_function *new_fn(ccdk_stack *st)
{
    return ccdk_lambda_function_new(st, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .code = ccdk_lambda_code_from_inline(st, "foo"), .handler = "index.handler"});
}

/* the dimensions as {"k":resolved,...}, in their order */
static const char *dims_json(ccdk_stack *st, const ccdk_cloudwatch_metric *m)
{
    ccdk_kvs d = ccdk_cloudwatch_metric_dimensions(m);
    if (!d.built_by_ccdk_list)
        return "undefined";
    ccdk_value *o = ccdk_v_object(st);
    for (size_t i = 0; i < d.count; i++)
        ccdk_v_set(o, d.items[i].key, ccdk_v_string(st, d.items[i].value));
    return ccdk_stack_resolve_value(st, o);
}

TEST(function_metric_getters)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *fn = new_fn(st);
    ccdk_cloudwatch_metric *m = ccdk_lambda_function_metric_errors(fn, NULL);
    CHECK_STR_EQ(ccdk_cloudwatch_metric_namespace(m), "AWS/Lambda");
    CHECK_STR_EQ(ccdk_cloudwatch_metric_metric_name(m), "Errors");
    CHECK_STR_EQ(dims_json(st, m), "{\"FunctionName\":{\"Ref\":\"Fn9270CBC0\"}}");
    ccdk_duration p = ccdk_cloudwatch_metric_period(m); /* Duration.minutes(5) */
    CHECK(p.amount == 5 && p.unit == CCDK_TIME_MINUTES);
    CHECK_STR_EQ(ccdk_cloudwatch_metric_statistic(m), "Sum");
    CHECK(ccdk_cloudwatch_metric_label(m) == NULL && ccdk_cloudwatch_metric_unit(m) == NULL);

    m = ccdk_lambda_function_metric_duration(fn, &(ccdk_cloudwatch_metric_options){
        .period = ccdk_duration_minutes(10), .label = "L", .unit = "Milliseconds"});
    CHECK_STR_EQ(ccdk_cloudwatch_metric_metric_name(m), "Duration");
    p = ccdk_cloudwatch_metric_period(m);
    CHECK(p.amount == 10 && p.unit == CCDK_TIME_MINUTES);
    CHECK_STR_EQ(ccdk_cloudwatch_metric_statistic(m), "Average");
    CHECK_STR_EQ(ccdk_cloudwatch_metric_label(m), "L");
    CHECK_STR_EQ(ccdk_cloudwatch_metric_unit(m), "Milliseconds");
    /* metric.with keeps the Duration it is given */
    p = ccdk_cloudwatch_metric_period(ccdk_cloudwatch_metric_with(m, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_seconds(60)}));
    CHECK(p.amount == 60 && p.unit == CCDK_TIME_SECONDS);

    ccdk_lambda_version *v = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(st, "Alias", &(ccdk_lambda_alias_props){.alias_name = "prod", .version = v});
    m = ccdk_lambda_function_metric(alias, "Test", NULL);
    CHECK_STR_EQ(dims_json(st, m), "{\"FunctionName\":{\"Ref\":\"Fn9270CBC0\"},\"Resource\":{\"Fn::Join\":[\"\",[{\"Ref\":\"Fn9270CBC0\"},\":prod\"]]}}");
    CHECK_STR_EQ(ccdk_cloudwatch_metric_statistic(m), "Average");

    /* a Metric without dimensionsMap: metric.dimensions is undefined */
    m = ccdk_cloudwatch_metric_new(st, &(ccdk_cloudwatch_metric_props){.namespace_ = "N", .metric_name = "M"});
    CHECK(ccdk_cloudwatch_metric_dimensions(m).built_by_ccdk_list == NULL);
    CHECK(ccdk_cloudwatch_metric_namespace(NULL) == NULL && ccdk_cloudwatch_metric_metric_name(NULL) == NULL);
    CHECK(!ccdk_duration_is_set(ccdk_cloudwatch_metric_period(NULL)));
    CHECK(ccdk_cloudwatch_metric_dimensions(NULL).count == 0);

    /* alias.role is the function's */
    CHECK(ccdk_lambda_alias_role(alias) == ccdk_lambda_function_role(fn));
    CHECK_STR_EQ(ccdk_stack_resolve(st, ccdk_iam_role_arn(ccdk_lambda_alias_role(alias))),
                 "{\"Fn::GetAtt\":[\"FnServiceRoleB9001A96\",\"Arn\"]}");
    CHECK(ccdk_lambda_alias_role(NULL) == NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

TEST(function_env)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *fn = new_fn(st);
    CHECK_STR_EQ(ccdk_stack_resolve(st, ccdk_lambda_function_env_account(fn)), "{\"Ref\":\"AWS::AccountId\"}");
    CHECK_STR_EQ(ccdk_stack_resolve(st, ccdk_lambda_function_env_region(fn)), "{\"Ref\":\"AWS::Region\"}");
    ccdk_lambda_function *imp = ccdk_lambda_function_from_function_arn(st, "Imp", "arn:aws:lambda:eu-west-1:111122223333:function:f");
    CHECK_STR_EQ(ccdk_lambda_function_env_account(imp), "111122223333");
    CHECK_STR_EQ(ccdk_lambda_function_env_region(imp), "eu-west-1");
    ccdk_lambda_function *imp2 = ccdk_lambda_function_from_function_name(st, "Imp2", "f");
    CHECK_STR_EQ(ccdk_stack_resolve(st, ccdk_lambda_function_env_account(imp2)), "{\"Ref\":\"AWS::AccountId\"}");
    CHECK_STR_EQ(ccdk_stack_resolve(st, ccdk_lambda_function_env_region(imp2)), "{\"Ref\":\"AWS::Region\"}");
    ccdk_lambda_function *imp3 = ccdk_lambda_function_from_function_arn(st, "Imp3", ccdk_lambda_function_arn(fn));
    CHECK_STR_EQ(ccdk_stack_resolve(st, ccdk_lambda_function_env_account(imp3)),
                 "{\"Fn::Select\":[4,{\"Fn::Split\":[\":\",{\"Fn::GetAtt\":[\"Fn9270CBC0\",\"Arn\"]}]}]}");
    CHECK_STR_EQ(ccdk_stack_resolve(st, ccdk_lambda_function_env_region(imp3)),
                 "{\"Fn::Select\":[3,{\"Fn::Split\":[\":\",{\"Fn::GetAtt\":[\"Fn9270CBC0\",\"Arn\"]}]}]}");
    /* a Version's and an Alias's are their stack's */
    CHECK_STR_EQ(ccdk_stack_resolve(st, ccdk_lambda_function_env_region(ccdk_lambda_function_current_version(fn))),
                 "{\"Ref\":\"AWS::Region\"}");
    CHECK(ccdk_lambda_function_env_account((ccdk_lambda_function *)NULL) == NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);

    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    st = ccdk_stack_new(app, "S", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    CHECK_STR_EQ(ccdk_lambda_function_env_account(new_fn(st)), "123456789012");
    CHECK_STR_EQ(ccdk_lambda_function_env_region(ccdk_lambda_function_from_function_name(st, "Imp", "f")), "us-east-1");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* aws-cdk's code.test.ts 'can assign parameters': stack.resolve(code.assign({bucketName, objectKey}))
 * is {BucketNameParam: 'SomeBucketName', ObjectKeyParam: 'SomeObjectKey'} */
TEST(cfn_parameters_code_assign)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-getters-assign", .quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_parameter_props pp = {.type = "String"};
    ccdk_lambda_code *code = ccdk_lambda_code_from_cfn_parameters(st, &(ccdk_lambda_cfn_parameters_code_props){
        .bucket_name_param = ccdk_cfn_parameter_new(st, "BucketNameParam", &pp),
        .object_key_param = ccdk_cfn_parameter_new(st, "ObjectKeyParam", &pp)});
    ccdk_value *o = ccdk_lambda_code_assign(code, "SomeBucketName", "SomeObjectKey");
    CHECK_STR_EQ(ccdk_stack_resolve_value(st, o), "{\"BucketNameParam\":\"SomeBucketName\",\"ObjectKeyParam\":\"SomeObjectKey\"}");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    /* unbound parameters of its own: the getter's error */
    CHECK(ccdk_lambda_code_assign(ccdk_lambda_code_from_cfn_parameters(st, NULL), "b", "k") == NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "Pass CfnParametersCode to a Lambda Function before accessing the bucketNameParam property");
    CHECK(ccdk_lambda_code_assign(NULL, "b", "k") == NULL);
    ccdk_app_free(app);
}

/* function-url.test.ts 'Invoke Mode add url': fnUrl.authType is the one given, AWS_IAM by default */
TEST(function_url_auth_type)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *fn = new_fn(st);
    ccdk_lambda_function_url *none = ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE, .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_BUFFERED});
    CHECK_INT_EQ(ccdk_lambda_function_url_auth_type(none), CCDK_LAMBDA_URL_AUTH_NONE);
    ccdk_lambda_function_url *iam = ccdk_lambda_function_url_new(st, "Url", &(ccdk_lambda_function_url_props){.function = fn});
    CHECK_INT_EQ(ccdk_lambda_function_url_auth_type(iam), CCDK_LAMBDA_URL_AUTH_AWS_IAM);
    CHECK_INT_EQ(ccdk_lambda_function_url_auth_type(NULL), CCDK_LAMBDA_URL_AUTH_UNSET);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

int main(void)
{
    RUN(function_metric_getters);
    RUN(function_env);
    RUN(cfn_parameters_code_assign);
    RUN(function_url_auth_type);
    return TEST_DONE();
}
