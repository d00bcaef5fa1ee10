/* Conformance case 'core-aspect-stabilization-off': see app.js. */
#include <string.h>
#include <ccdk/sqs.h>

static struct {
    ccdk_cfn_resource *r;
    const char *names[16];
    int n;
} marks[32];

/* a CfnResource's "visits" metadata: the aspects that visited it, in order */
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

static int is_queue_of(void *construct, const char *tail)
{
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (!r || strcmp(ccdk_cfn_resource_type(r), "AWS::SQS::Queue"))
        return 0;
    const char *p = ccdk_node_path(r);
    size_t n = strlen(p), t = tail ? strlen(tail) : 0;
    return n >= t && !strcmp(p + n - t, tail ? tail : "");
}

static void named(void *construct, void *ctx)
{
    mark(construct, ctx);
}

static ccdk_stack *stack;
static ccdk_sqs_queue *l1, *l3;

static void legacy(void *construct, void *ctx)
{
    int *state = ctx; /* [0] made, [1] added */
    mark(construct, "legacy");
    if (is_queue_of(construct, "/L2/Resource") && !state[0]) {
        ccdk_sqs_queue_props p = {.retention_period = ccdk_duration_days(5)};
        ccdk_sqs_queue_new(CCDK_CONSTRUCT(l1), "Inner", &p);
        state[0] = 1;
    }
    if (is_queue_of(construct, NULL) && !state[1]) {
        ccdk_aspects_add(ccdk_cfn_resource_of(construct), named, "ignored");
        ccdk_aspects_add(stack, named, "ignored-too");
        state[1] = 1;
    }
}

static void add_below(void *construct, void *ctx)
{
    int *added = ctx;
    if ((void *)ccdk_stack_of((ccdk_construct *)construct) == construct && !*added) {
        ccdk_aspects_add(l3, named, "below");
        *added = 1;
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:aspectStabilization", "false"})});
    stack = ccdk_stack_new(app, "Single", NULL);
    l1 = ccdk_sqs_queue_new(stack, "L1", NULL);
    ccdk_sqs_queue_new(stack, "L2", NULL);
    l3 = ccdk_sqs_queue_new(stack, "L3", NULL);
    static int state[2], added;
    ccdk_aspects_add(stack, legacy, state);
    ccdk_aspects_add_with_priority(stack, add_below, &added, 100);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
