/* Conformance case 'unit-events-input': RuleTargetInput's four kinds on a Lambda target, with
 * EventField placeholders and tokens (see app.js). */
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

static ccdk_stack *with_input(ccdk_app *app, const char *name, ccdk_events_rule_target_input *(*make)(ccdk_stack *))
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;")});
    ccdk_events_rule *rule = ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_minutes(1))});
    ccdk_events_rule_add_target(rule, ccdk_events_targets_lambda_function(fn, &(ccdk_events_lambda_function_target_props){
        .event = make(stack)}));
    return stack;
}

static ccdk_value *obj2(ccdk_stack *s, const char *k1, const char *v1, const char *k2, const char *v2)
{
    ccdk_value *o = ccdk_v_object(s);
    ccdk_v_set(o, k1, ccdk_v_string(s, v1));
    if (k2)
        ccdk_v_set(o, k2, ccdk_v_string(s, v2));
    return o;
}

static ccdk_events_rule_target_input *json_object(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_object(s, obj2(s, "SomeObject", "withAValue", NULL, NULL));
}
static ccdk_events_rule_target_input *joined_refs(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_object(s, obj2(s, "data", ccdk_events_event_field_from_path(s, "$"),
                                                             "stackName", ccdk_aws_stack_name(s)));
}
static ccdk_events_rule_target_input *tricky_inputs(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_object(s, obj2(s, "data", ccdk_fmt(s, "they said \\\"hello\\\"%s",
                                                                                 ccdk_events_event_field_from_path(s, "$")),
                                                             "stackName", ccdk_aws_stack_name(s)));
}
static ccdk_events_rule_target_input *concat(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_object(s, obj2(s, "data", ccdk_fmt(s, "more text %s", ccdk_events_event_field_from_path(s, "$")),
                                                             "stackName", ccdk_aws_stack_name(s)));
}
static ccdk_events_rule_target_input *quotes(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_object(s, obj2(s, "data", ccdk_fmt(s, "more text \"%s\"", ccdk_events_event_field_from_path(s, "$")),
                                                             "stackName", ccdk_aws_stack_name(s)));
}
static ccdk_events_rule_target_input *multiple_keys(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_object(s, obj2(s, "data", ccdk_fmt(s, "%s%s", ccdk_events_event_field_from_path(s, "$"),
                                                                                 ccdk_events_event_field_from_path(s, "$.other")),
                                                             "stackName", ccdk_aws_stack_name(s)));
}
static ccdk_events_rule_target_input *token(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_object(s, obj2(s, "userArn", ccdk_iam_user_arn(ccdk_iam_user_new(s, "User", NULL)), NULL, NULL));
}
static ccdk_events_rule_target_input *nested(ccdk_stack *s)
{
    ccdk_value *o = ccdk_v_object(s), *list = ccdk_v_list(s), *fields = ccdk_v_list(s);
    ccdk_v_push(list, ccdk_v_string(s, ccdk_events_event_field_from_path(s, "$.detail.a")));
    ccdk_v_push(list, ccdk_v_number(s, 1));
    ccdk_v_push(list, ccdk_v_bool(s, 1));
    ccdk_v_push(list, ccdk_v_null(s));
    ccdk_v_push(list, obj2(s, "deep", ccdk_events_event_field_detail_type(s), NULL, NULL));
    ccdk_v_set(o, "list", list);
    ccdk_v_set(o, "same", ccdk_v_string(s, ccdk_events_event_field_from_path(s, "$.detail.a")));
    ccdk_v_set(o, ccdk_fmt(s, "key-%s", ccdk_events_event_field_source(s)), ccdk_v_string(s, ccdk_events_event_field_event_id(s)));
    ccdk_v_push(fields, ccdk_v_string(s, ccdk_events_event_field_account(s)));
    ccdk_v_push(fields, ccdk_v_string(s, ccdk_events_event_field_time(s)));
    ccdk_v_push(fields, ccdk_v_string(s, ccdk_events_event_field_region(s)));
    ccdk_v_set(o, "fields", fields);
    return ccdk_events_rule_target_input_from_object(s, o);
}
static ccdk_events_rule_target_input *multiline(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_multiline_text(s, "I have\nmultiple lines");
}
static ccdk_events_rule_target_input *escaped_newline(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_multiline_text(s, "this is not\\na real newline");
}
static const char *world(void *ctx)
{
    (void)ctx;
    return "world";
}
static ccdk_events_rule_target_input *text_token(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_text(s, ccdk_fmt(s, "hello %s", ccdk_lazy_string(s, world, NULL)));
}
static ccdk_events_rule_target_input *text_field(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_text(s, ccdk_fmt(s, "event %s from \"%s\"", ccdk_events_event_field_from_path(s, "$.detail.x"),
                                                               ccdk_events_event_field_source(s)));
}
static ccdk_events_rule_target_input *multiline_json(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_multiline_text(s, ccdk_fmt(s,
        "{\n"
        "  \"eventId\": \"%s\",\n"
        "  \"message\": \"Event received with id: %s\",\n"
        "  \"metadata\": {\n"
        "    \"source\": \"%s\",\n"
        "    \"description\": \"This is a \\\"quoted\\\" value\"\n"
        "  }\n"
        "}",
        ccdk_events_event_field_from_path(s, "$.id"), ccdk_events_event_field_from_path(s, "$.id"),
        ccdk_events_event_field_from_path(s, "$.source")));
}
static ccdk_events_rule_target_input *text_quotes(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_text(s, "Hello, \"world\"");
}
static ccdk_events_rule_target_input *text_join(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_text(s, ccdk_fn_join(s, "", CCDK_STRS("a", "b")));
}
static ccdk_events_rule_target_input *object_field(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_object(s, obj2(s, "foo", ccdk_events_event_field_from_path(s, "$.detail.bar"), NULL, NULL));
}
static ccdk_events_rule_target_input *text_join_quotes(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_text(s, ccdk_fn_join(s, " ", CCDK_STRS("hello", "\"world\"")));
}
static const char *say_hi(void *ctx)
{
    (void)ctx;
    return "say \"hi\"\n";
}
static ccdk_events_rule_target_input *lazy_quotes(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_text(s, ccdk_fmt(s, "%s %s", ccdk_lazy_string(s, say_hi, NULL), ccdk_events_event_field_source(s)));
}
static ccdk_events_rule_target_input *join_token_quotes(ccdk_stack *s)
{
    const char *arn = ccdk_iam_user_arn(ccdk_iam_user_new(s, "User", NULL));
    return ccdk_events_rule_target_input_from_object(s, obj2(s, "a", ccdk_fn_join(s, "-", CCDK_STRS(arn, "x\"y\\z")),
                                                             "region", ccdk_aws_region(s)));
}
static ccdk_events_rule_target_input *event_path(ccdk_stack *s)
{
    return ccdk_events_rule_target_input_from_event_path(s, "$.detail");
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    with_input(app, "JsonObject", json_object);
    with_input(app, "JoinedRefs", joined_refs);
    with_input(app, "TrickyInputs", tricky_inputs);
    with_input(app, "Concat", concat);
    with_input(app, "Quotes", quotes);
    with_input(app, "MultipleKeys", multiple_keys);
    with_input(app, "Token", token);
    with_input(app, "Nested", nested);
    with_input(app, "Multiline", multiline);
    with_input(app, "EscapedNewline", escaped_newline);
    with_input(app, "TextToken", text_token);
    with_input(app, "TextField", text_field);
    with_input(app, "MultilineJson", multiline_json);
    with_input(app, "TextQuotes", text_quotes);
    with_input(app, "TextJoin", text_join);
    with_input(app, "ObjectField", object_field);
    with_input(app, "TextJoinQuotes", text_join_quotes);
    with_input(app, "LazyQuotes", lazy_quotes);
    with_input(app, "JoinTokenQuotes", join_token_quotes);
    with_input(app, "EventPath", event_path);
    ccdk_stack *stack = ccdk_stack_new(app, "FieldOutput", NULL);
    ccdk_cfn_output_new(stack, "Path", &(ccdk_cfn_output_props){.value = ccdk_events_event_field_from_path(stack, "$.detail.x")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
