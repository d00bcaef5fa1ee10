/* test_refs.c - cross-stack references found wherever a value can hide.
 *
 * refs.c decides whether an App needs its collecting render by scanning each element's values
 * (ccdk__element_scan_foreign) instead of rendering them. A place the scan missed would make an
 * App whose only cross-stack reference hides there fail ("not supported") instead of exporting.
 * Each test builds an App whose consumer stack references the producer's queue through exactly
 * one such place, and checks that the reference became an import: that aws-cdk-lib makes an
 * import of each is the conformance case core-cross-stack-hidden-references (all of them in one
 * App, which cannot tell them apart, since the first reference found decides). */
#include <ccdk/ec2.h>
#include <ccdk/ec2_vpc_endpoint_services.h>
#include <ccdk/sqs.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testlib.h"

typedef struct {
    ccdk_app *app;
    ccdk_stack *consumer;
    ccdk_sqs_queue *queue;
    char out[32];
} fixture;

static void setup(fixture *f)
{
    strcpy(f->out, "/tmp/ccdk-refs-XXXXXX");
    CHECK(mkdtemp(f->out) != NULL);
    f->app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = f->out});
    ccdk_stack *producer = ccdk_stack_new(f->app, "Producer", NULL);
    f->queue = ccdk_sqs_queue_new(producer, "Jobs", NULL);
    f->consumer = ccdk_stack_new(f->app, "Consumer", NULL);
}

/* synthesizes, checks the consumer imports the producer's export, cleans up */
static void check_imports(fixture *f)
{
    CHECK_INT_EQ(ccdk_app_synth(f->app), 0);
    for (size_t i = 0; i < ccdk_app_error_count(f->app); i++)
        fprintf(stderr, "    error: %s\n", ccdk_app_error(f->app, i));
    CHECK_CONTAINS(ccdk_stack_template_json(f->consumer), "\"Fn::ImportValue\": \"Producer:ExportsOutput");
    ccdk_app_free(f->app);
    char cmd[64];
    snprintf(cmd, sizeof cmd, "rm -rf %s", f->out);
    CHECK_INT_EQ(system(cmd), 0);
}

static ccdk_cfn_resource *topic(fixture *f, const char *id)
{
    return ccdk_cfn_resource_new(f->consumer, id, "AWS::SNS::Topic", NULL);
}

TEST(reference_in_a_tag_value)
{
    fixture f;
    setup(&f);
    ccdk_tags_add(ccdk_sqs_queue_new(f.consumer, "Tagged", NULL), "Owner", ccdk_sqs_queue_arn(f.queue));
    check_imports(&f);
}

TEST(reference_in_an_override)
{
    fixture f;
    setup(&f);
    ccdk_cfn_resource_add_override(topic(&f, "T"), "Properties.DisplayName", ccdk_v_string(f.consumer, ccdk_sqs_queue_name(f.queue)));
    check_imports(&f);
}

TEST(reference_in_resource_metadata)
{
    fixture f;
    setup(&f);
    ccdk_cfn_resource_add_metadata(topic(&f, "T"), "Source", ccdk_v_string(f.consumer, ccdk_sqs_queue_url(f.queue)));
    check_imports(&f);
}

static const char *queue_arn(void *queue) { return ccdk_sqs_queue_arn(queue); }

TEST(reference_in_a_lazy)
{
    fixture f;
    setup(&f);
    ccdk_value *props = ccdk_v_object(f.consumer);
    ccdk_v_set(props, "DisplayName", ccdk_v_string(f.consumer, ccdk_lazy_string(f.consumer, queue_arn, f.queue)));
    ccdk_cfn_resource_new(f.consumer, "T", "AWS::SNS::Topic", props);
    check_imports(&f);
}

TEST(reference_in_a_joined_list_inside_a_token)
{
    fixture f;
    setup(&f);
    ccdk_value *props = ccdk_v_object(f.consumer);
    ccdk_v_set(props, "DisplayName",
               ccdk_v_string(f.consumer, ccdk_fn_join(f.consumer, "/", CCDK_STRS("a", ccdk_sqs_queue_name(f.queue)))));
    ccdk_cfn_resource_new(f.consumer, "T", "AWS::SNS::Topic", props);
    check_imports(&f);
}

TEST(reference_in_a_condition)
{
    fixture f;
    setup(&f);
    ccdk_cfn_condition_new(f.consumer, "C",
                           ccdk_fn_condition_equals(f.consumer, ccdk_v_string(f.consumer, ccdk_sqs_queue_name(f.queue)),
                                                    ccdk_v_string(f.consumer, "jobs")));
    check_imports(&f);
}

TEST(reference_in_an_output_description)
{
    fixture f;
    setup(&f);
    char d[200];
    snprintf(d, sizeof d, "the queue %s", ccdk_sqs_queue_name(f.queue));
    ccdk_cfn_output_new(f.consumer, "O", &(ccdk_cfn_output_props){.value = "v", .description = d});
    check_imports(&f);
}

TEST(reference_in_an_output_value)
{
    fixture f;
    setup(&f);
    ccdk_cfn_output_new(f.consumer, "O", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(f.queue)});
    check_imports(&f);
}

TEST(reference_in_a_parameter_default)
{
    fixture f;
    setup(&f);
    ccdk_cfn_parameter_new(f.consumer, "P",
                           &(ccdk_cfn_parameter_props){.default_value = ccdk_v_string(f.consumer, ccdk_sqs_queue_arn(f.queue))});
    check_imports(&f);
}

/* cross-region references (same account): the consumer's ExportReader's attribute replaces the
 * reference when the consumer is made with cross_region_references; without it the queue's ARN
 * (getResourceArnAttribute) needs a physical name, as in aws-cdk-lib */
static ccdk_app *cross_region_app(const char *out, int cross_region_references, ccdk_stack **consumer, int clash)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(producer, "Jobs", NULL);
    *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1",
        .cross_region_references = cross_region_references ? CCDK_TRUE : CCDK_UNSET});
    if (clash)
        ccdk_cfn_resource_new(*consumer, "ExportsReader", "AWS::SNS::Topic", NULL);
    ccdk_cfn_output_new(*consumer, "Arn", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_arn(queue)});
    return app;
}

static int has_error(ccdk_app *app, const char *needle)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        if (strstr(ccdk_app_error(app, i), needle))
            return 1;
    return 0;
}

TEST(cross_region_reference_reads_the_export_reader)
{
    char out[] = "/tmp/ccdk-refs-XXXXXX";
    CHECK(mkdtemp(out) != NULL);
    ccdk_stack *consumer;
    ccdk_app *app = cross_region_app(out, 1, &consumer, 0);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    CHECK_CONTAINS(ccdk_stack_template_json(consumer), "\"ExportsReader8B249524\",\n     \"/cdk/exports/Consumer/Produceruseast1FnGetAttJobs");
    CHECK_CONTAINS(ccdk_stack_template_json(consumer), "\"{{resolve:ssm:/cdk/exports/Consumer/Produceruseast1FnGetAttJobs");
    ccdk_app_free(app);

    app = cross_region_app(out, 0, &consumer, 0);
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_error(app, "Cannot use resource 'Producer/Jobs' in a cross-environment fashion"));
    ccdk_app_free(app);

    /* another construct where the reader goes */
    app = cross_region_app(out, 1, &consumer, 1);
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_error(app, "There is already a Construct with name 'ExportsReader' in Stack2 [Consumer]"));
    ccdk_app_free(app);
    char cmd[64];
    snprintf(cmd, sizeof cmd, "rm -rf %s", out);
    CHECK_INT_EQ(system(cmd), 0);
}

/* The cycle check of addDependency walks the stacks' dependencies depth first: with every stack
 * depending on all the earlier ones there are 2^n paths, and a walk that does not remember the
 * stacks it has met took them all (the alarm ends such a run). The cycle is still found, with the
 * reasons of the first path. */
TEST(dependency_cycle_check_is_linear)
{
    enum { N = 40 };
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = "/tmp/ccdk-refs-unused"});
    ccdk_stack *st[N];
    alarm(20);
    for (int i = 0; i < N; i++) {
        char id[16];
        snprintf(id, sizeof id, "S%d", i);
        st[i] = ccdk_stack_new(app, id, NULL);
        for (int j = 0; j < i; j++)
            ccdk_stack_add_dependency(st[i], st[j]);
    }
    CHECK_INT_EQ((long)ccdk_app_error_count(app), 0);
    ccdk_stack_add_dependency(st[0], st[N - 1]); /* S39 depends on S0 (directly, first) */
    alarm(0);
    CHECK_INT_EQ((long)ccdk_app_error_count(app), 1);
    if (ccdk_app_error_count(app) == 1) {
        CHECK_CONTAINS(ccdk_app_error(app, 0), "'S39' depends on 'S0'");
        CHECK_CONTAINS(ccdk_app_error(app, 0), "would create a cyclic reference");
    }
    ccdk_app_free(app);
}

/* resolveReferences throws at the first reference it cannot make: a second bad reference of the
 * same kind is not reported (oracle: aws-cdk-lib 2.276.0 throws only the first message) */
TEST(reference_errors_stop_at_the_first)
{
    char out[32];
    strcpy(out, "/tmp/ccdk-refs-XXXXXX");
    CHECK(mkdtemp(out) != NULL);
    for (int which = 0; which < 2; which++) {
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
        const char *want;
        ccdk_stack *s1, *s2 = ccdk_stack_new(app, "S2", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
        const char *a, *b;
        if (which == 0) { /* a region-agnostic producer: resolveValue's error, for T only */
            s1 = ccdk_stack_new(app, "S1", NULL);
            a = ccdk_cfn_resource_ref(ccdk_cfn_resource_new(s1, "T", "AWS::SNS::Topic", NULL));
            b = ccdk_cfn_resource_ref(ccdk_cfn_resource_new(s1, "U", "AWS::SNS::Topic", NULL));
            want = "Stack \"S2\" cannot reference {S1/T[Ref]} in stack \"S1\". Cross stack/region references are "
                   "only supported for stacks with an explicit region defined. ";
        } else { /* another account, no physical names: findAllReferences' error, for A only */
            s1 = ccdk_stack_new(app, "S1", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
            a = ccdk_sqs_queue_name(ccdk_sqs_queue_new(s1, "A", NULL));
            b = ccdk_sqs_queue_name(ccdk_sqs_queue_new(s1, "B", NULL));
            want = "Resolution error: Resolution error: Resolution error: Cannot use resource 'S1/A' in a "
                   "cross-environment fashion, the resource's physical name must be explicit set or use "
                   "`PhysicalName.GENERATE_IF_NEEDED`...";
        }
        ccdk_value *p = ccdk_v_object(s2);
        ccdk_v_set(p, "Value", ccdk_v_string(s2, a));
        ccdk_v_set(p, "Other", ccdk_v_string(s2, b));
        ccdk_cfn_resource_new(s2, "P", "AWS::SSM::Parameter", p);
        CHECK_INT_EQ(ccdk_app_synth(app), -1);
        CHECK_INT_EQ((int)ccdk_app_error_count(app), 1);
        CHECK_STR_EQ(ccdk_app_error(app, 0), want);
        ccdk_app_free(app);
    }
    rmdir(out);
}

/* A list attribute (ResolutionTypeHint.STRING_LIST: CfnVPCEndpoint's DnsEntries) crosses stacks
 * joined with "||" whichever value of it is read: aws-cdk-lib's hint is on the CfnReference, one
 * per (element, attribute) (CfnReference.for's table), made with the hint by the L1's constructor;
 * a later cfn.getAtt('DnsEntries') returns that same reference. aws-cdk-lib 2.276.0, for the app
 * below (an InterfaceVpcEndpoint "E" of SQS in a Vpc "V" of stack A, and in stack B
 * new CfnOutput(b, 'Str', {value: cfn.getAtt('DnsEntries').toString()})), writes B's value as
 * {"Fn::Split": ["||", {"Fn::ImportValue": "A:ExportsOutputFnGetAttVEECE6F0DDDnsEntries32EE1B91"}]}
 * and A's export as {"Fn::Join": ["||", {"Fn::GetAtt": ["VEECE6F0DD", "DnsEntries"]}]}. So in
 * ccdk, whose each get_att makes a value of its own, the hint is kept by (element, attribute)
 * (ccdk__mark_list_attribute), not on the value vpc_endpoint.c made. */
/* a template without white space (none of the strings checked hold any), to free */
static char *compact(const char *t)
{
    char *c = strdup(t ? t : ""), *q = c;
    for (const char *p = c; *p; p++)
        if (*p != ' ' && *p != '\n')
            *q++ = *p;
    *q = 0;
    return c;
}

TEST(list_attribute_read_again_through_get_att)
{
    char out[32] = "/tmp/ccdk-refs-XXXXXX";
    CHECK(mkdtemp(out) != NULL);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack_props env = {.account = "111111111111", .region = "us-east-1"};
    ccdk_stack *a = ccdk_stack_new(app, "A", &env);
    ccdk_stack *b = ccdk_stack_new(app, "B", &env);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(a, "V", &(ccdk_ec2_vpc_props){.nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});
    ccdk_ec2_interface_vpc_endpoint *ep = ccdk_ec2_vpc_add_interface_endpoint(
        vpc, "E", &(ccdk_ec2_interface_vpc_endpoint_options){.service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SQS});
    ccdk_cfn_resource *cfn = (ccdk_cfn_resource *)ccdk_node_default_child(ep);
    ccdk_cfn_output_new(b, "Str", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(cfn, "DnsEntries")});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *tb = compact(ccdk_stack_template_json(b)), *ta = compact(ccdk_stack_template_json(a));
    CHECK_CONTAINS(tb, "\"Value\":{\"Fn::Split\":[\"||\",{\"Fn::ImportValue\":\"A:ExportsOutputFnGetAttVEECE6F0DDDnsEntries32EE1B91\"}]}");
    CHECK_CONTAINS(ta, "\"Value\":{\"Fn::Join\":[\"||\",{\"Fn::GetAtt\":[\"VEECE6F0DD\",\"DnsEntries\"]}]}");
    free(ta);
    free(tb);
    ccdk_app_free(app);
    char cmd[64];
    snprintf(cmd, sizeof cmd, "rm -rf %s", out);
    CHECK_INT_EQ(system(cmd), 0);
}

/* ccdk_strs as a list value (a list token stays the one list it stands for) */
static ccdk_value *list_value(ccdk_stack *owner, ccdk_strs l)
{
    ccdk_value *v = ccdk_v_list(owner);
    for (size_t i = 0; i < l.count; i++)
        ccdk_v_push(v, ccdk_v_string(owner, l.items[i]));
    return v;
}

/* A list attribute of a nested stack's resource, read in its parent and in another stack
 * (resolveValue's producer.nested): the nested stack's output joins it with "||"
 * (createNestedStackOutput), and each reader splits what the output's attribute resolves to (the
 * attribute Outputs.X itself has no hint: another stack imports it as a string). aws-cdk-lib
 * 2.276.0 for the app below (stack A, its NestedStack "N" with the Vpc "V" and the endpoint "E";
 * CfnOutput(a, 'First', Fn.select(0, ep.vpcEndpointDnsEntries)), CfnOutput(b, 'Other',
 * Fn.select(1, ...))) writes the values checked here. */
TEST(list_attribute_of_a_nested_stack)
{
    char out[32] = "/tmp/ccdk-refs-XXXXXX";
    CHECK(mkdtemp(out) != NULL);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack_props env = {.account = "111111111111", .region = "us-east-1"};
    ccdk_stack *a = ccdk_stack_new(app, "A", &env);
    ccdk_stack *n = ccdk_nested_stack_new(a, "N", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(n, "V", &(ccdk_ec2_vpc_props){.nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});
    ccdk_ec2_interface_vpc_endpoint *ep = ccdk_ec2_vpc_add_interface_endpoint(
        vpc, "E", &(ccdk_ec2_interface_vpc_endpoint_options){.service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SQS});
    ccdk_cfn_output_new(a, "First", &(ccdk_cfn_output_props){
        .value = ccdk_fn_select(a, 0, list_value(a, ccdk_ec2_interface_vpc_endpoint_dns_entries(ep)))});
    ccdk_stack *b = ccdk_stack_new(app, "B", &env);
    ccdk_cfn_output_new(b, "Other", &(ccdk_cfn_output_props){
        .value = ccdk_fn_select(b, 1, list_value(b, ccdk_ec2_interface_vpc_endpoint_dns_entries(ep)))});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *ta = compact(ccdk_stack_template_json(a)), *tn = compact(ccdk_stack_template_json(n)),
         *tb = compact(ccdk_stack_template_json(b));
    CHECK_CONTAINS(tn, "\"ANVEBF253A0DDnsEntries\":{\"Value\":{\"Fn::Join\":[\"||\",{\"Fn::GetAtt\":[\"VEECE6F0DD\",\"DnsEntries\"]}]}}");
    CHECK_CONTAINS(ta, "\"First\":{\"Value\":{\"Fn::Select\":[0,{\"Fn::Split\":[\"||\",{\"Fn::GetAtt\":"
                       "[\"NNestedStackNNestedStackResource25BF0ED8\",\"Outputs.ANVEBF253A0DDnsEntries\"]}]}]}}");
    CHECK_CONTAINS(ta, "\"Value\":{\"Fn::GetAtt\":[\"NNestedStackNNestedStackResource25BF0ED8\",\"Outputs.ANVEBF253A0DDnsEntries\"]},"
                       "\"Export\":{\"Name\":\"A:ExportsOutputFnGetAttNNestedStackNNestedStackResource25BF0ED8OutputsANVEBF253A0DDnsEntries25BA45CA\"}");
    CHECK_CONTAINS(tb, "\"Other\":{\"Value\":{\"Fn::Select\":[1,{\"Fn::Split\":[\"||\",{\"Fn::ImportValue\":"
                       "\"A:ExportsOutputFnGetAttNNestedStackNNestedStackResource25BF0ED8OutputsANVEBF253A0DDnsEntries25BA45CA\"}]}]}}");
    free(ta);
    free(tn);
    free(tb);
    ccdk_app_free(app);
    char cmd[64];
    snprintf(cmd, sizeof cmd, "rm -rf %s", out);
    CHECK_INT_EQ(system(cmd), 0);
}

int main(void)
{
    unsetenv("CDK_CONTEXT_JSON");
    unsetenv("CDK_OUTDIR");
    RUN(reference_in_a_tag_value);
    RUN(reference_in_an_override);
    RUN(reference_in_resource_metadata);
    RUN(reference_in_a_lazy);
    RUN(reference_in_a_joined_list_inside_a_token);
    RUN(reference_in_a_condition);
    RUN(reference_in_an_output_description);
    RUN(reference_in_an_output_value);
    RUN(reference_in_a_parameter_default);
    RUN(cross_region_reference_reads_the_export_reader);
    RUN(dependency_cycle_check_is_linear);
    RUN(reference_errors_stop_at_the_first);
    RUN(list_attribute_read_again_through_get_att);
    RUN(list_attribute_of_a_nested_stack);
    return TEST_DONE();
}
