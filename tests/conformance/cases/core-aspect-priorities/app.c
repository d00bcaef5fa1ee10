/* Conformance case 'core-aspect-priorities': see app.js. */
#include <string.h>
#include <ccdk/sqs.h>

/* SetDelay: ctx is the delay; each visit is appended to the queue's "visits" metadata, as the
 * JavaScript aspect's getMetadata/addMetadata pair rewrites it */
typedef struct {
    double seconds;
} set_delay;

typedef struct {
    ccdk_cfn_resource *queue;
    ccdk_value *visits;
} seen_visits;

static seen_visits seen[3];

static void visit(void *construct, void *ctx)
{
    const set_delay *d = ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    const char *type = r ? ccdk_cfn_resource_type(r) : NULL;
    if (!type || strcmp(type, "AWS::SQS::Queue"))
        return;
    ccdk_cfn_resource_add_property_override(r, "DelaySeconds", ccdk_v_number(r, d->seconds));
    for (int i = 0; i < 3; i++) {
        if (!seen[i].queue || seen[i].queue == r) {
            if (!seen[i].queue) {
                seen[i].queue = r;
                seen[i].visits = ccdk_v_list(r);
            }
            ccdk_v_push(seen[i].visits, ccdk_v_number(r, d->seconds));
            ccdk_cfn_resource_add_metadata(r, "visits", seen[i].visits);
            break;
        }
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_sqs_queue *first = ccdk_sqs_queue_new(stack, "First", NULL);
    ccdk_sqs_queue *second = ccdk_sqs_queue_new(stack, "Second", NULL);
    ccdk_sqs_queue_new(stack, "Third", NULL);

    static set_delay d5 = {5}, d9 = {9}, d7 = {7}, twice = {11}, d13 = {13}, d3 = {3};
    ccdk_aspects_add_with_priority(stack, visit, &d5, 700);
    ccdk_aspects_add_with_priority(stack, visit, &d9, 100);
    ccdk_aspects_add(first, visit, &d7);
    ccdk_aspects_add_with_priority(stack, visit, &twice, 600);
    ccdk_aspects_add_with_priority(stack, visit, &twice, 600);
    ccdk_aspects_add_with_priority(second, visit, &twice, 600);
    ccdk_aspects_add_with_priority(second, visit, &d13, CCDK_ASPECT_PRIORITY_MUTATING);
    ccdk_aspects_add_with_priority(second, visit, &d3, CCDK_ASPECT_PRIORITY_READONLY);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
