/* test_tree_props.c - tree.json's aws:cdk:cloudformation:props (tree_props.c): CloudFormation
 * names to the JavaScript names of the L1's cfnProperties, in its order; the INSERTION structs'
 * order kept for the tree and sorted for the template; overrides left out of the tree. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "testlib.h"
#include "tree_props.h"

static char tmpdir[] = "/tmp/ccdk-tree-props-XXXXXX";

static ccdk_value *str(ccdk_app *app, const char *s) { return ccdk__v_str(app, s); }

static ccdk_value *list1(ccdk_app *app, ccdk_value *v)
{
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, v);
    return l;
}

TEST(renames_and_orders_a_function)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    /* as the template has them: alphabetical, CloudFormation names */
    ccdk_value *p = ccdk__v_obj(app);
    ccdk_value *code = ccdk__v_obj(app);
    ccdk__v_set(code, "S3Bucket", str(app, "b"));
    ccdk__v_set(code, "S3Key", str(app, "k"));
    ccdk__v_set(p, "Code", code);
    ccdk_value *vars = ccdk__v_obj(app); /* a map: keys and order kept */
    ccdk__v_set(vars, "Zed", str(app, "1"));
    ccdk__v_set(vars, "Alpha", str(app, "2"));
    ccdk_value *env = ccdk__v_obj(app);
    ccdk__v_set(env, "Variables", vars);
    ccdk__v_set(p, "Environment", env);
    ccdk__v_set(p, "Role", str(app, "r"));
    ccdk_value *tag = ccdk__v_obj(app);
    ccdk__v_set(tag, "Key", str(app, "k1"));
    ccdk__v_set(tag, "Value", str(app, "v1"));
    ccdk__v_set(p, "Tags", list1(app, tag));
    ccdk__v_set(p, "Timeout", ccdk__v_num(app, 3));
    ccdk_value *vpc = ccdk__v_obj(app);
    ccdk__v_set(vpc, "SecurityGroupIds", list1(app, str(app, "g")));
    ccdk__v_set(vpc, "SubnetIds", list1(app, str(app, "s")));
    ccdk__v_set(p, "VpcConfig", vpc);
    ccdk__v_set(p, "NotInTheSchema", ccdk__v_num(app, 1));
    /* cfnProperties' order (tags before timeout), the L2's order of vpcConfig (function.ts),
     * unknown names last and as they are */
    CHECK_STR_EQ(ccdk__tree_props_json(app, "AWS::Lambda::Function", p, 0),
                 "{\"code\":{\"s3Bucket\":\"b\",\"s3Key\":\"k\"},\"environment\":{\"variables\":{\"Zed\":\"1\",\"Alpha\":\"2\"}},"
                 "\"role\":\"r\",\"tags\":[{\"key\":\"k1\",\"value\":\"v1\"}],\"timeout\":3,"
                 "\"vpcConfig\":{\"subnetIds\":[\"s\"],\"securityGroupIds\":[\"g\"]},\"NotInTheSchema\":1}");
    /* a type the table does not know keeps its names; no properties are {} */
    CHECK_STR_EQ(ccdk__tree_props_json(app, "Custom::Thing", code, 0), "{\"S3Bucket\":\"b\",\"S3Key\":\"k\"}");
    CHECK_STR_EQ(ccdk__tree_props_json(app, "AWS::SQS::Queue", NULL, 0), "{}");
    ccdk_app_free(app);
}

TEST(insertion_structs_keep_their_order_in_the_tree_only)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    ccdk_value *rule = ccdk__v_obj(app); /* aws-cdk-lib's default IPv6 egress rule */
    ccdk__v_set(rule, "IpProtocol", str(app, "-1"));
    ccdk__v_set(rule, "CidrIpv6", str(app, "::/0"));
    ccdk__v_set(rule, "Description", str(app, "d"));
    ccdk_value *p = ccdk__v_obj(app);
    ccdk__v_set(p, "SecurityGroupEgress", list1(app, rule));
    CHECK_STR_EQ(ccdk__tree_props_json(app, "AWS::EC2::SecurityGroup", p, 0),
                 "{\"securityGroupEgress\":[{\"ipProtocol\":\"-1\",\"cidrIpv6\":\"::/0\",\"description\":\"d\"}]}");
    ccdk__tree_props_sort("AWS::EC2::SecurityGroup", p);
    ccdk__buf b = {0};
    ccdk__json_write(&b, p, 0);
    CHECK_STR_EQ(b.data, "{\"SecurityGroupEgress\":[{\"CidrIpv6\":\"::/0\",\"Description\":\"d\",\"IpProtocol\":\"-1\"}]}");
    ccdk__buf_free(&b);
    ccdk_app_free(app);
}

/* through a synth: the attribute is in tree.json, without the property override */
TEST(a_users_structs_as_given_in_the_tree_sorted_in_the_template)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    ccdk_value *cors = ccdk__v_obj(app); /* a lambda.CfnUrl's cors as its caller wrote it */
    ccdk__v_set(cors, "MaxAge", ccdk__v_num(app, 300));
    ccdk__v_set(cors, "AllowOrigins", list1(app, str(app, "o")));
    ccdk_value *p = ccdk__v_obj(app);
    ccdk__v_set(p, "TargetFunctionArn", str(app, "a"));
    ccdk__v_set(p, "Cors", cors);
    ccdk__v_set(p, "AuthType", str(app, "NONE"));
    /* the root in cfnProperties' order, the struct as given */
    CHECK_STR_EQ(ccdk__tree_props_json(app, "AWS::Lambda::Url", p, 1),
                 "{\"authType\":\"NONE\",\"cors\":{\"maxAge\":300,\"allowOrigins\":[\"o\"]},\"targetFunctionArn\":\"a\"}");
    CHECK_STR_EQ(ccdk__tree_props_json(app, "AWS::Lambda::Url", p, 0),
                 "{\"authType\":\"NONE\",\"cors\":{\"allowOrigins\":[\"o\"],\"maxAge\":300},\"targetFunctionArn\":\"a\"}");
    /* the template: the struct sorted, the root left to the render */
    ccdk__tree_props_sort_structs("AWS::Lambda::Url", p);
    ccdk__buf b = {0};
    ccdk__json_write(&b, p, 0);
    CHECK_STR_EQ(b.data, "{\"TargetFunctionArn\":\"a\",\"Cors\":{\"AllowOrigins\":[\"o\"],\"MaxAge\":300},\"AuthType\":\"NONE\"}");
    ccdk__buf_free(&b);
    ccdk_app_free(app);
}

TEST(tree_json_has_props_without_overrides)
{
    char out[4200];
    snprintf(out, sizeof out, "%s/synth", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_resource *q = ccdk__l1(stack, "Queue", "AWS::SQS::Queue", "aws-cdk-lib.aws_sqs.CfnQueue");
    ccdk__res_set(q, "VisibilityTimeout", ccdk__v_num(app, 30));
    ccdk_cfn_resource_add_property_override(q, "DelaySeconds", ccdk__v_num(app, 5));
    CHECK(ccdk_app_synth(app) == 0);
    char path[4300];
    snprintf(path, sizeof path, "%s/tree.json", out);
    FILE *f = fopen(path, "r");
    CHECK(f != NULL);
    char buf[8192] = {0};
    if (f) {
        CHECK(fread(buf, 1, sizeof buf - 1, f) > 0);
        fclose(f);
    }
    CHECK(strstr(buf, "\"aws:cdk:cloudformation:props\":{\"visibilityTimeout\":30}") != NULL);
    ccdk_app_free(app);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(renames_and_orders_a_function);
    RUN(insertion_structs_keep_their_order_in_the_tree_only);
    RUN(a_users_structs_as_given_in_the_tree_sorted_in_the_template);
    RUN(tree_json_has_props_without_overrides);
    if (ccdk__rm_rf(tmpdir) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return TEST_DONE();
}
