/* test_lambda_cfn_l1.c - the Lambda L1 constructors (src/lambda/cfn_l1.c) refuse a property their class
 * does not have. aws-cdk-lib's props interfaces make that a TypeScript compile error (plain
 * JavaScript drops the property), so there is no aws-cdk-lib message to compare with: ccdk says it at
 * synth, with the path, and writes nothing, rather than write a property CloudFormation refuses
 * only at deploy time. A property override stays the way to add one aws-cdk-lib does not know. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ccdk/lambda.h"
#include "testlib.h"

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

TEST(unknown_property_refused)
{
    system("rm -rf /tmp/ccdk-test-cfn-l1-unknown");
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-test-cfn-l1-unknown", .quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_cfn_alias_new(st, "Alias", ccdk_v_json(st,
        "{\"FunctionName\": \"f\", \"FunctionVersion\": \"1\", \"Name\": \"live\", \"FunctionVerison\": \"2\"}"));
    CHECK(ccdk_app_synth(app) != 0);
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "S/Alias");
    CHECK_CONTAINS(ccdk_app_error(app, 0), "'FunctionVerison' is not a property of CfnAlias");
    CHECK_CONTAINS(ccdk_app_error(app, 0), "ccdk_cfn_resource_add_property_override");
    CHECK(!exists("/tmp/ccdk-test-cfn-l1-unknown/S.template.json"));
    ccdk_app_free(app);
}

/* every property of the class is taken (CfnFunction's whole list, as aws-cdk-lib 2.276.0 has it),
 * and an override adds what the class does not know. The values are dynamic references, which the
 * render-time validators do not inspect (canInspect), Layers a list of one. */
TEST(known_properties_and_override)
{
    system("rm -rf /tmp/ccdk-test-cfn-l1-known");
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-test-cfn-l1-known", .quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    static const char *const names[] = {
        "Architectures", "CapacityProviderConfig", "CodeSigningConfigArn", "DeadLetterConfig", "Description",
        "DurableConfig", "Environment", "EphemeralStorage", "FileSystemConfigs", "FunctionName",
        "FunctionScalingConfig", "Handler", "ImageConfig", "KmsKeyArn", "Layers", "LoggingConfig", "MemorySize",
        "PackageType", "PublishToLatestPublished", "RecursiveLoop", "ReservedConcurrentExecutions", "Runtime",
        "RuntimeManagementConfig", "SnapStart", "TenancyConfig", "Timeout", "TracingConfig", "VpcConfig"};
    ccdk_value *props = ccdk_v_json(st, "{\"Code\": {\"ZipFile\": \"x\"}, \"Role\": \"arn:aws:iam::123456789012:role/R\"}");
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        ccdk_v_set(props, names[i], strcmp(names[i], "Layers") ? ccdk_v_string(st, "{{resolve:ssm:v}}")
                                                                : ccdk_v_json(st, "[\"{{resolve:ssm:v}}\"]"));
    ccdk_cfn_resource *fn = ccdk_lambda_cfn_function_new(st, "Fn", props);
    ccdk_cfn_resource_add_property_override(fn, "NewerProperty", ccdk_v_string(st, "later"));
    ccdk_app_synth(app);
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        CHECK_MSG(strstr(ccdk_app_error(app, i), "is not a property") == NULL, "%s", ccdk_app_error(app, i));
    const char *t = ccdk_stack_template_json(st);
    CHECK(t != NULL);
    if (t) {
        CHECK_CONTAINS(t, "\"NewerProperty\": \"later\"");
        CHECK_CONTAINS(t, "\"VpcConfig\": \"{{resolve:ssm:v}}\"");
    }
    ccdk_app_free(app);
}

/* the typed attributes (cfn.attrAliasArn, ...): the attribute's Fn::GetAtt, as get_att with its name;
 * on a resource of another type, a process-wide error naming the function, the path and both types */
TEST(typed_attributes)
{
    system("rm -rf /tmp/ccdk-test-cfn-l1-attrs");
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-test-cfn-l1-attrs", .quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_resource *alias = ccdk_lambda_cfn_alias_new(st, "Alias", ccdk_v_json(st,
        "{\"FunctionName\": \"f\", \"FunctionVersion\": \"1\", \"Name\": \"live\"}"));
    /* a CfnResource of the type made the generic way has the attributes too */
    ccdk_cfn_resource *generic = ccdk_cfn_resource_new(st, "Generic", "AWS::Lambda::Version", NULL);
    size_t before = ccdk_process_error_count();
    ccdk_cfn_output_new(st, "A", &(ccdk_cfn_output_props){.value = ccdk_lambda_cfn_alias_attr_alias_arn(alias)});
    ccdk_cfn_output_new(st, "V", &(ccdk_cfn_output_props){.value = ccdk_lambda_cfn_version_attr_function_arn(generic)});
    CHECK(ccdk_process_error_count() == before);
    CHECK(ccdk_app_synth(app) == 0);
    const char *t = ccdk_stack_template_json(st);
    CHECK(t != NULL);
    CHECK_CONTAINS(t, "\"Fn::GetAtt\": [\n     \"Alias\",\n     \"AliasArn\"\n    ]");
    CHECK_CONTAINS(t, "\"Fn::GetAtt\": [\n     \"Generic\",\n     \"FunctionArn\"\n    ]");
    ccdk_app_free(app);
}

/* one of another type: a process-wide error naming the function, the path and both types, and NULL */
TEST(typed_attribute_of_another_class)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_resource *alias = ccdk_lambda_cfn_alias_new(st, "Alias", ccdk_v_json(st,
        "{\"FunctionName\": \"f\", \"FunctionVersion\": \"1\", \"Name\": \"live\"}"));
    size_t before = ccdk_process_error_count();
    CHECK(ccdk_lambda_cfn_alias_attr_alias_arn(NULL) == NULL);
    CHECK(ccdk_lambda_cfn_version_attr_version(alias) == NULL);
    CHECK(ccdk_process_error_count() == before + 1);
    CHECK_CONTAINS(ccdk_process_error(before), "ccdk_lambda_cfn_version_attr_version: S/Alias is a AWS::Lambda::Alias, "
                                               "not a CfnVersion (AWS::Lambda::Version)");
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
}

/* a struct member the class's struct does not have (Code.ZipFle, a file system config's Mountpath):
 * aws-cdk-lib's struct types refuse it at compile time; ccdk at synth, naming each, writing nothing */
TEST(unknown_struct_member_refused)
{
    system("rm -rf /tmp/ccdk-test-cfn-l1-members");
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-test-cfn-l1-members", .quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_cfn_function_new(st, "Fn", ccdk_v_json(st,
        "{\"Code\": {\"ZipFle\": \"x\"}, \"Role\": \"arn:aws:iam::123456789012:role/R\", \"FileSystemConfigs\": "
        "[{\"Arn\": \"a\", \"LocalMountPath\": \"/mnt/a\"}, {\"Arn\": \"b\", \"Mountpath\": \"/mnt/b\", \"LocalMountPath\": \"/mnt/b\"}], "
        "\"Environment\": {\"Variables\": {\"Free\": \"keys\"}}}"));
    CHECK(ccdk_app_synth(app) != 0);
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "S/Fn [AWS::Lambda::Function]: 'Code.ZipFle', 'FileSystemConfigs.1.Mountpath' are not in "
                                           "CfnFunction's properties");
    CHECK(!exists("/tmp/ccdk-test-cfn-l1-members/S.template.json"));
    ccdk_app_free(app);
}

/* a property changed after the L1 was made is validated as it is when the stack renders */
TEST(validated_at_render)
{
    system("rm -rf /tmp/ccdk-test-cfn-l1-render");
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-test-cfn-l1-render", .quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_value *layers = ccdk_v_json(st, "[\"arn:aws:lambda:us-east-1:123456789012:layer:l:1\"]");
    ccdk_value *props = ccdk_v_json(st, "{\"Code\": {\"ZipFile\": \"x\"}, \"Role\": \"arn:aws:iam::123456789012:role/R\"}");
    ccdk_v_set(props, "Layers", layers);
    ccdk_lambda_cfn_function_new(st, "Fn", props);
    ccdk_v_push(layers, ccdk_v_bool(st, 1));
    CHECK(ccdk_app_synth(app) != 0);
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "Resolution error: Supplied properties not correct for \"CfnFunctionProps\"\n"
                                           "  layers: element 1: true should be a string.");
    CHECK(!exists("/tmp/ccdk-test-cfn-l1-render/S.template.json"));
    ccdk_app_free(app);
}


int main(void)
{
    RUN(unknown_property_refused);
    RUN(known_properties_and_override);
    RUN(typed_attributes);
    RUN(unknown_struct_member_refused);
    RUN(validated_at_render);
    RUN(typed_attribute_of_another_class); /* last: its process-wide error fails every later synth */
    return TEST_DONE();
}
