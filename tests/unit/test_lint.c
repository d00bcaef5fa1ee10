/* test_lint.c - strict mode (context "@ccdk/core:strict"): the lint rules of src/core/lint.c (the
 * `ccdk lint` command's, tested per rule against aws-cdk-lib's validator by tests/tool/lint.sh)
 * as synth errors on the construct, nothing written; a "ccdk:lint:<limit>" context key overrides a
 * limit; without strict mode synth succeeds and writes validation-report.json (CDK_VALIDATION=false:
 * not). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

#include "testlib.h"

typedef struct {
    double memory;
    const char *methods2; /* a second AllowMethods item, or NULL: no URL */
} fn_spec;

/* synthesizes S/F (and its URL) under the context; 0 when synth succeeded. want: a substring of an
 * error that must start with path (NULL: synth must succeed). */
static void run(const char *what, ccdk_kvs context, fn_spec spec, const char *want, const char *path, int report)
{
    char dir[] = "/tmp/ccdk-lint-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1, .context = context});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .memory_size = CCDK_NUM(spec.memory),
    });
    if (spec.methods2)
        ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){
            .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
            .cors = &(ccdk_lambda_function_url_cors){.allowed_methods = CCDK_STRS("GET", spec.methods2)},
        });
    int rc = ccdk_app_synth(app);
    size_t n = ccdk_app_error_count(app);
    struct stat st;
    char rep[128];
    snprintf(rep, sizeof rep, "%s/validation-report.json", out);
    if (!want) {
        CHECK_MSG(rc == 0 && n == 0, "%s: synth failed: %s", what, n ? ccdk_app_error(app, 0) : "");
        CHECK_MSG((stat(rep, &st) == 0) == report, "%s: validation-report.json %s", what, report ? "missing" : "written");
    } else {
        CHECK_MSG(rc != 0, "%s: synth succeeded; expected an error with %s", what, want);
        int found = 0;
        for (size_t i = 0; i < n && !found; i++)
            found = strstr(ccdk_app_error(app, i), want) && !strncmp(ccdk_app_error(app, i), path, strlen(path));
        CHECK_MSG(found, "%s: no error on %s holds \"%s\"", what, path, want);
        for (size_t i = 0; !found && i < n; i++)
            fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
        CHECK_MSG(stat(out, &st) != 0, "%s: %s was written", what, out);
    }
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        abort();
}

#define STRICT CCDK_KVS({"@ccdk/core:strict", "true"})

TEST(strict_memory)
{
    run("strict, memory 10241", STRICT, (fn_spec){10241, NULL}, "[CL003]", "S/F/Resource", 0);
    run("strict, memory 10240", STRICT, (fn_spec){10240, NULL}, NULL, NULL, 1);
    run("strict, memory 127", STRICT, (fn_spec){127, NULL}, "MemorySize: 127 is less than the minimum of 128 [F3034]",
        "S/F/Resource", 0);
    run("strict, memory 10241 under ccdk:lint:memory-max 20000",
        CCDK_KVS({"@ccdk/core:strict", "true"}, {"ccdk:lint:memory-max", "20000"}), (fn_spec){10241, NULL}, NULL, NULL, 1);
    run("strict, a limit that is not a number", CCDK_KVS({"@ccdk/core:strict", "true"}, {"ccdk:lint:memory-max", "\"lots\""}),
        (fn_spec){128, NULL}, "ccdk:lint:memory-max must be a number", "S", 0);
}

TEST(strict_url)
{
    run("strict, OPTIONS (too long)", STRICT, (fn_spec){128, "OPTIONS"}, "[F3033]", "S/F/FunctionUrl/Resource", 0);
    run("strict, OPTIONS (not in the enum)", STRICT, (fn_spec){128, "OPTIONS"}, "[W3030]", "S/F/FunctionUrl/Resource", 0);
    run("strict, DELETE", STRICT, (fn_spec){128, "DELETE"}, NULL, NULL, 1);
}

TEST(not_strict)
{
    run("not strict, memory 10241: no error, a report", (ccdk_kvs)CCDK_EMPTY_LIST, (fn_spec){10241, "OPTIONS"}, NULL, NULL, 1);
    run("strict false", CCDK_KVS({"@ccdk/core:strict", "false"}), (fn_spec){10241, NULL}, NULL, NULL, 1);
    setenv("CDK_VALIDATION", "false", 1);
    run("CDK_VALIDATION=false: no report", (ccdk_kvs)CCDK_EMPTY_LIST, (fn_spec){128, NULL}, NULL, NULL, 0);
    unsetenv("CDK_VALIDATION");
}

/* aws-cdk-lib's end of a synth with an error finding under @aws-cdk/core:validateAgainstDefaultRules
 * (synthesis-validation.js): the assembly is written, then the synth fails; the report's path as
 * path.relative(cwd, it) when that is shorter (the conformance cases error-validation-* compare the
 * messages with aws-cdk-lib's, with absolute paths). cwd_sub: where to run, under the scratch dir;
 * outdir: relative to the scratch dir. want_error: a substring of the one error (NULL: none) */
static void run_failing(const char *what, const char *mode, const char *fail_synth, const char *cwd_sub, const char *outdir,
                        int want_rc, const char *want_error)
{
    char dir[] = "/tmp/ccdk-lint-XXXXXX", old[4096], cwd[256], out[256];
    if (!mkdtemp(dir) || !getcwd(old, sizeof old))
        abort();
    snprintf(cwd, sizeof cwd, "%s/%s", dir, cwd_sub);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", cwd);
    if (system(cmd) != 0 || chdir(cwd) != 0)
        abort();
    snprintf(out, sizeof out, "%s/%s", dir, outdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .outdir = out, .quiet = 1,
        .context = CCDK_KVS({"@aws-cdk/core:validateAgainstDefaultRules", "true"}, {"@aws-cdk/core:appMode", mode},
                            {"@aws-cdk/core:failSynthOnValidationErrors", fail_synth})});
    ccdk_stack *empty = ccdk_stack_new(app, "Empty", NULL); /* F0001: an error */
    ccdk_cfn_output_new(empty, "O", &(ccdk_cfn_output_props){.value = "x"});
    int rc = ccdk_app_synth(app);
    size_t n = ccdk_app_error_count(app);
    CHECK_MSG((rc != 0) == want_rc, "%s: synth returned %d", what, rc);
    CHECK_MSG(n == (want_error != NULL), "%s: %zu errors", what, n);
    if (want_error && n)
        CHECK_MSG(strstr(ccdk_app_error(app, 0), want_error) != NULL, "%s: error \"%s\" lacks \"%s\"", what,
                  ccdk_app_error(app, 0), want_error);
    char rep[512];
    snprintf(rep, sizeof rep, "%s/validation-report.json", out);
    struct stat st;
    CHECK_MSG(stat(rep, &st) == 0, "%s: the assembly (its validation-report.json) is not written", what);
    ccdk_app_free(app);
    if (chdir(old) != 0)
        abort();
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        abort();
}

TEST(validation_failure)
{
    /* (the app mode comes from the environment when the context has none of its values) */
    unsetenv("CDK_APP_MODE");
    unsetenv("NODE_ENV");
    unsetenv("PYTEST_VERSION");
    unsetenv("PYTEST_CURRENT_TEST");
    run_failing("unknown mode, outdir below cwd", "\"auto\"", "true", ".", "cdk.out", 1,
                "Validation failed. A copy of this report can be found in: cdk.out/validation-report.json");
    run_failing("unknown mode, outdir beside cwd", "\"auto\"", "true", "a/b", "out", 1,
                "Validation failed. A copy of this report can be found in: ../../out/validation-report.json");
    run_failing("inmemory: the report in the message", "\"inmemory\"", "true", ".", "o", 1,
                "ERROR Resources section must exist and be non-empty (CloudFormation Validate)\n   Empty aws-cdk-lib.Stack\n"
                "   Acknowledge with 'CloudFormation-Validate::F0001'\n\nA copy of this report can be found in: o/validation-report.json");
    run_failing("process mode: a failing status, no error", "\"process\"", "true", ".", "o", 1, NULL);
    run_failing("the CLI handles the report", "\"inmemory\"", "false", ".", "o", 0, NULL);
}

/* CDK_VALIDATION=false turns the validator off, not the annotations' plugin report (aws-cdk-lib
 * 2.276.0, run: a stack with a warning under @aws-cdk/core:annotationsInValidationReport gets a
 * validation-report.json of that plugin alone; without a warning, no file) */
static void run_no_validator(const char *what, int warn, int want_report)
{
    char dir[] = "/tmp/ccdk-lint-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .outdir = out, .quiet = 1, .context = CCDK_KVS({"@aws-cdk/core:annotationsInValidationReport", "true"})});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_parameter_new(s, "Unused", &(ccdk_cfn_parameter_props){.type = "String"}); /* W2001, were it on */
    ccdk_cfn_resource_new(s, "T", "AWS::SNS::Topic", NULL);
    if (warn)
        ccdk_annotations_add_warning(s, NULL, "w");
    CHECK_MSG(ccdk_app_synth(app) == 0, "%s: synth failed", what);
    char rep[128];
    snprintf(rep, sizeof rep, "%s/validation-report.json", out);
    FILE *f = fopen(rep, "r");
    CHECK_MSG((f != NULL) == want_report, "%s: validation-report.json %s", what, want_report ? "missing" : "written");
    if (f) {
        char text[8192];
        size_t n = fread(text, 1, sizeof text - 1, f);
        text[n] = 0;
        fclose(f);
        CHECK_MSG(strstr(text, "\"pluginName\": \"Construct Annotations\"") && !strstr(text, "CloudFormation Validate"),
                  "%s: not the annotations' report alone:\n%s", what, text);
    }
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        abort();
}

TEST(annotations_without_validator)
{
    setenv("CDK_VALIDATION", "false", 1);
    run_no_validator("CDK_VALIDATION=false, a warning", 1, 1);
    run_no_validator("CDK_VALIDATION=false, no warning", 0, 0);
    unsetenv("CDK_VALIDATION");
}

/* E3510 in strict mode: a role's default policy with a resource that is not an ARN */
static void run_iam(const char *resource, const char *want)
{
    char dir[] = "/tmp/ccdk-lint-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1, .context = STRICT});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "R", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS(resource)}));
    int rc = ccdk_app_synth(app);
    size_t n = ccdk_app_error_count(app);
    if (!want) {
        CHECK_MSG(rc == 0 && n == 0, "resource %s: synth failed: %s", resource, n ? ccdk_app_error(app, 0) : "");
    } else {
        CHECK_MSG(rc != 0 && n == 1 && strstr(ccdk_app_error(app, 0), want), "resource %s: want \"%s\", got %s", resource,
                  want, n ? ccdk_app_error(app, 0) : "no error");
    }
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        abort();
}

TEST(strict_iam)
{
    run_iam("some-arn", "S/R/DefaultPolicy/Resource: PolicyDocument.Statement.0.Resource: 'some-arn' does not match '^(arn:");
    run_iam("arn:aws:s3:r:::b", "[E3510]");
    run_iam("arn:aws:s3:::b/*", NULL);
    run_iam("arn:aws:s3", NULL); /* fewer fields pass, as in the validator */
    run_iam("*", NULL);
}

int main(void)
{
    RUN(strict_memory);
    RUN(strict_url);
    RUN(strict_iam);
    RUN(not_strict);
    RUN(validation_failure);
    RUN(annotations_without_validator);
    return TEST_DONE();
}
