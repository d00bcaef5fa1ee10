/* Conformance case 'core-aspect-stabilization': see app.js. */
#include <string.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

/* a CfnResource's "visits" metadata: the aspects that visited it, in order */
static struct {
    ccdk_cfn_resource *r;
    const char *names[16];
    int n;
} marks[32];

static void mark(void *construct, const char *name)
{
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (!r)
        return;
    int i = 0;
    while (i < 31 && marks[i].r && marks[i].r != r)
        i++;
    marks[i].r = r;
    if (marks[i].n < 16)
        marks[i].names[marks[i].n++] = name;
    ccdk_value *visits = ccdk_v_list(r);
    for (int k = 0; k < marks[i].n; k++)
        ccdk_v_push(visits, ccdk_v_string(r, marks[i].names[k]));
    ccdk_cfn_resource_add_metadata(r, "visits", visits);
}

static int is_type(void *construct, const char *type)
{
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    return r && !strcmp(ccdk_cfn_resource_type(r), type);
}

static int is_stack(void *construct)
{
    return (void *)ccdk_stack_of((ccdk_construct *)construct) == construct;
}

static int path_ends(void *construct, const char *tail)
{
    const char *p = ccdk_node_path((ccdk_construct *)construct);
    size_t n = strlen(p), t = strlen(tail);
    return n >= t && !strcmp(p + n - t, tail);
}

static void named(void *construct, void *ctx)
{
    mark(construct, ctx);
}

/* 1 */
static void add_logging_bucket(void *construct, void *ctx)
{
    int *processed = ctx;
    if (is_type(construct, "AWS::S3::Bucket") && !*processed) {
        ccdk_s3_bucket_props p = {.bucket_name = "my-new-logging-bucket-from-aspect"};
        ccdk_s3_bucket_new(ccdk_stack_of((ccdk_construct *)construct), "my-new-logging-bucket-from-aspect", &p);
        *processed = 1;
    }
}

static void enable_versioning(void *construct, void *ctx)
{
    (void)ctx;
    if (is_type(construct, "AWS::S3::Bucket"))
        ccdk_cfn_resource_add_property_override(ccdk_cfn_resource_of(construct), "VersioningConfiguration",
                                                ccdk_v_json((ccdk_construct *)construct, "{\"Status\":\"Enabled\"}"));
}

/* 2 */
static void make_b(void *construct, void *ctx)
{
    int *made = ctx;
    if (is_stack(construct) && !*made) {
        ccdk_sqs_queue_new(ccdk_stack_of((ccdk_construct *)construct), "MadeByAspect", NULL);
        *made = 1;
    }
}

/* 3 */
static ccdk_sqs_queue *q1, *l1;
static ccdk_stack *s4;

static void maker(void *construct, void *ctx)
{
    int *made = ctx;
    mark(construct, "maker");
    if (is_type(construct, "AWS::SQS::Queue") && path_ends(construct, "/Q2/Resource") && !*made) {
        ccdk_sqs_queue_props p = {.retention_period = ccdk_duration_days(4)};
        ccdk_sqs_queue_new(CCDK_CONSTRUCT(q1), "Inner", &p);
        *made = 1;
    }
}

static void adder(void *construct, void *ctx)
{
    int *added = ctx;
    mark(construct, "adder");
    if (is_stack(construct) && !*added) {
        ccdk_aspects_add_with_priority(ccdk_stack_of((ccdk_construct *)construct), named, "late", 700);
        *added = 1;
    }
}

/* 4 */
static void legacy(void *construct, void *ctx)
{
    int *state = ctx; /* [0] made, [1] added */
    mark(construct, "legacy");
    if (is_type(construct, "AWS::SQS::Queue") && path_ends(construct, "/L2/Resource") && !state[0]) {
        ccdk_sqs_queue_props p = {.retention_period = ccdk_duration_days(5)};
        ccdk_sqs_queue_new(CCDK_CONSTRUCT(l1), "Inner", &p);
        state[0] = 1;
    }
    if (is_type(construct, "AWS::SQS::Queue") && !state[1]) {
        ccdk_aspects_add(ccdk_cfn_resource_of(construct), named, "ignored");
        ccdk_aspects_add(s4, named, "ignored-too");
        state[1] = 1;
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *s1 = ccdk_stack_new(app, "Creating", NULL);
    ccdk_s3_bucket_props bp = {.bucket_name = "my-original-bucket", .versioned = CCDK_FALSE};
    ccdk_s3_bucket_new(s1, "my-bucket", &bp);
    static int processed;
    ccdk_aspects_add_with_priority(s1, add_logging_bucket, &processed, 90);
    ccdk_aspects_add_with_priority(s1, enable_versioning, NULL, 100);

    ccdk_stack *s2 = ccdk_stack_new(app, "Inheriting", NULL);
    ccdk_sqs_queue_new(s2, "Existing", NULL);
    static int made_b;
    ccdk_aspects_add_with_priority(s2, named, "A", 10);
    ccdk_aspects_add_with_priority(s2, make_b, &made_b, 20);
    ccdk_aspects_add_with_priority(s2, named, "C", 30);

    ccdk_stack *s3 = ccdk_stack_new(app, "Restarting", NULL);
    q1 = ccdk_sqs_queue_new(s3, "Q1", NULL);
    ccdk_sqs_queue_new(s3, "Q2", NULL);
    static int made_inner, added_late;
    ccdk_aspects_add(s3, maker, &made_inner);
    ccdk_aspects_add_with_priority(s3, adder, &added_late, 600);

    ccdk_stage *stage = ccdk_stage_new(app, "Legacy", NULL);
    ccdk_node_set_context(stage, "@aws-cdk/core:aspectStabilization", "false");
    s4 = ccdk_stack_new(stage, "Single", NULL);
    l1 = ccdk_sqs_queue_new(s4, "L1", NULL);
    ccdk_sqs_queue_new(s4, "L2", NULL);
    static int state[2];
    ccdk_aspects_add(s4, legacy, state);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
