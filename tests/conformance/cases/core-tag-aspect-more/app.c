/* core: tag-aspect.test.ts / tag-manager.test.ts on real taggables (a queue: a tag list; a string
 * parameter: a tag map), a stack per test. */
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

static void both(ccdk_construct *scope)
{
    ccdk_sqs_queue_new(scope, "Queue", NULL);
    ccdk_ssm_string_parameter_new(scope, "Param", &(ccdk_ssm_string_parameter_props){.string_value = "v"});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    { /* T1 */
        ccdk_stack *s = ccdk_stack_new(app, "T1", NULL);
        ccdk_construct *res = ccdk_construct_new(s, "Res");
        both(res);
        ccdk_construct *child = ccdk_construct_new(res, "Child");
        both(child);
        ccdk_tags_remove_with(res, "key", &(ccdk_tag_props){.priority = CCDK_NUM(0)});
        ccdk_tags_add(child, "key", "value");
        ccdk_construct *res2 = ccdk_construct_new(s, "Res2");
        ccdk_construct *child2 = ccdk_construct_new(res2, "Child");
        both(child2);
        ccdk_tags_remove(res2, "key");
        ccdk_tags_add(child2, "key", "value");
    }
    { /* T2 */
        ccdk_stack *s = ccdk_stack_new(app, "T2", NULL);
        ccdk_construct *res = ccdk_construct_new(s, "Res");
        both(res);
        ccdk_construct *child = ccdk_construct_new(res, "Child");
        both(child);
        ccdk_aspects_add_tag(res, "foo", "bar", NULL);
        ccdk_aspects_add_tag(res, "foo", "foobar", NULL);
        ccdk_aspects_add_tag(res, "foo", "baz", NULL);
        ccdk_aspects_add_tag(child, "foo", "good", NULL);
        ccdk_aspects_add_tag(s, "root", "was here", &(ccdk_tag_props){.include_resource_types = CCDK_STRS("AWS::SQS::Queue")});
    }
    { /* T3 */
        ccdk_stack *s = ccdk_stack_new(app, "T3", NULL);
        both((ccdk_construct *)(void *)s);
        static const char *const keys[] = {"key", "aardvark", "name", "myKey", "Zeta", "zeta", "_under", "10", "9", "a-b", "a_b", "A", "2024", "0", "007"};
        for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
            ccdk_tags_add(s, keys[i], ccdk_fmt(s, "v-%s", keys[i]));
    }
    { /* T4 */
        ccdk_stack *s = ccdk_stack_new(app, "T4", NULL);
        both((ccdk_construct *)(void *)s);
        ccdk_tags_add_with(s, "key", "myVal", &(ccdk_tag_props){.priority = CCDK_NUM(2)});
        ccdk_tags_add_with(s, "key", "newVal", &(ccdk_tag_props){.priority = CCDK_NUM(1)});
        ccdk_tags_remove_with(s, "key", &(ccdk_tag_props){.priority = CCDK_NUM(1)});
        ccdk_tags_add_with(s, "eq", "first", &(ccdk_tag_props){.priority = CCDK_NUM(5)});
        ccdk_tags_add_with(s, "eq", "second", &(ccdk_tag_props){.priority = CCDK_NUM(5)});
        ccdk_tags_add_with(s, "gone", "x", &(ccdk_tag_props){.priority = CCDK_NUM(2)});
        ccdk_tags_remove_with(s, "gone", &(ccdk_tag_props){.priority = CCDK_NUM(2)});
        ccdk_tags_add(s, "empty", "");
        ccdk_tags_add_with(s, "launch", "l", &(ccdk_tag_props){.apply_to_launched_instances = CCDK_FALSE});
        ccdk_tags_add_with(s, "mapOnly", "m", &(ccdk_tag_props){.include_resource_types = CCDK_STRS("AWS::SSM::Parameter")});
        ccdk_tags_add_with(s, "notMap", "n", &(ccdk_tag_props){.exclude_resource_types = CCDK_STRS("AWS::SSM::Parameter")});
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
