/* aws-cdk's core tag-aspect.test.ts with real taggable resources (a queue: a standard tag list; a
 * string parameter: a tag map) for its fake ones. */
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *root = ccdk_stack_new(app, "TestStack", NULL);

    /* add will add a tag and remove will remove a tag if it exists */
    ccdk_construct *res = ccdk_construct_new(root, "Res");
    ccdk_sqs_queue_new(res, "Queue", NULL);
    ccdk_ssm_string_parameter_new(res, "Param", &(ccdk_ssm_string_parameter_props){.string_value = "v"});
    ccdk_sqs_queue_new(ccdk_construct_new(res, "Child"), "Queue", NULL);
    ccdk_sqs_queue_new(root, "Untouched", NULL);
    ccdk_tags_add(root, "root", "was here");
    ccdk_tags_add(res, "first", "there is only 1");
    ccdk_tags_remove(res, "root");
    ccdk_tags_remove(res, "doesnotexist");

    /* the last aspect applied takes precedence; the nearest scope's wins */
    ccdk_construct *last = ccdk_construct_new(root, "Last");
    ccdk_sqs_queue_new(last, "Queue", NULL);
    ccdk_construct *last_child = ccdk_construct_new(last, "Child");
    ccdk_sqs_queue_new(last_child, "Queue", NULL);
    ccdk_tags_add(last, "foo", "bar");
    ccdk_tags_add(last, "foo", "foobar");
    ccdk_tags_add(last, "foo", "baz");
    ccdk_tags_add(last_child, "foo", "good");

    /* a removal (priority 200) above overrides a tag added below (priority 100) */
    ccdk_construct *removal = ccdk_construct_new(root, "Removal");
    ccdk_sqs_queue_new(removal, "Queue", NULL);
    ccdk_construct *removal_child = ccdk_construct_new(removal, "Child");
    ccdk_sqs_queue_new(removal_child, "Queue", NULL);
    ccdk_tags_remove(removal, "key");
    ccdk_tags_add(removal_child, "key", "value");

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
