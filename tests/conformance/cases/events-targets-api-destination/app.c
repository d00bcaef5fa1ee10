/* Conformance case 'events-targets-api-destination': see app.js. */
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

typedef struct {
    ccdk_stack *stack;
    ccdk_events_connection *connection;
    ccdk_events_api_destination *destination;
    ccdk_events_rule *rule;
} setup_t;

static setup_t setup(ccdk_app *app, const char *id)
{
    setup_t s;
    s.stack = ccdk_stack_new(app, id, NULL);
    s.connection = ccdk_events_connection_new(s.stack, "Connection", &(ccdk_events_connection_props){
        .authorization = {.type = CCDK_EVENTS_AUTHORIZATION_BASIC, .username = "username", .password = "password"},
        .description = "ConnectionDescription",
        .connection_name = "testConnection"});
    s.destination = ccdk_events_api_destination_new(s.stack, "Destination", &(ccdk_events_api_destination_props){
        .connection = s.connection, .endpoint = "https://endpoint.com"});
    s.rule = ccdk_events_rule_new(s.stack, "Rule", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(s.stack, ccdk_duration_minutes(1))});
    return s;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        setup_t s = setup(app, "AsTarget");
        ccdk_events_rule_add_target(s.rule, ccdk_events_targets_api_destination(s.destination, NULL));
    }
    {
        setup_t s = setup(app, "ExplicitRole");
        ccdk_iam_role *role = ccdk_iam_role_new(s.stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(s.stack, "events.amazonaws.com")});
        ccdk_events_rule_add_target(s.rule, ccdk_events_targets_api_destination(s.destination,
            &(ccdk_events_api_destination_target_props){.event_role = role}));
    }
    {
        setup_t s = setup(app, "Header");
        ccdk_events_rule_add_target(s.rule, ccdk_events_targets_api_destination(s.destination,
            &(ccdk_events_api_destination_target_props){.header_parameters = CCDK_KVS({"headerName", "headerValue"})}));
    }
    {
        setup_t s = setup(app, "Query");
        ccdk_events_rule_add_target(s.rule, ccdk_events_targets_api_destination(s.destination,
            &(ccdk_events_api_destination_target_props){.query_string_parameters = CCDK_KVS({"queryName", "queryValue"})}));
    }
    {
        setup_t s = setup(app, "Path");
        ccdk_events_rule_add_target(s.rule, ccdk_events_targets_api_destination(s.destination,
            &(ccdk_events_api_destination_target_props){.path_parameter_values = CCDK_STRS("pathValue")}));
    }
    {
        setup_t s = setup(app, "AllProps");
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(s.stack, "Dlq", NULL);
        ccdk_value *obj = ccdk_v_object(app);
        ccdk_v_set(obj, "id", ccdk_v_string(app, ccdk_events_event_field_from_path(s.stack, "$.detail.id")));
        ccdk_v_set(obj, "fixed", ccdk_v_string(app, "x"));
        ccdk_events_rule_add_target(s.rule, ccdk_events_targets_api_destination(s.destination,
            &(ccdk_events_api_destination_target_props){
                .event = ccdk_events_rule_target_input_from_object(s.stack, obj),
                .header_parameters = CCDK_KVS({"x-a", "a"}, {"x-b", ccdk_events_event_field_from_path(s.stack, "$.detail.b")}),
                .path_parameter_values = CCDK_STRS("p1", "$.detail.p2"),
                .query_string_parameters = CCDK_KVS({"q", "v"}),
                .dead_letter_queue = queue,
                .max_event_age = ccdk_duration_hours(2),
                .retry_attempts = CCDK_NUM(3)}));
        ccdk_events_rule_add_target(s.rule, ccdk_events_targets_api_destination(s.destination,
            &(ccdk_events_api_destination_target_props){
                .header_parameters = CCDK_EMPTY_LIST,
                .event = ccdk_events_rule_target_input_from_text(s.stack, "hello"),
                .retry_attempts = CCDK_NUM(0)}));
        ccdk_events_rule *rule2 = ccdk_events_rule_new(s.stack, "Rule2", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_rate(s.stack, ccdk_duration_minutes(5))});
        ccdk_events_rule_add_target(rule2, ccdk_events_targets_api_destination(s.destination,
            &(ccdk_events_api_destination_target_props){
                .event = ccdk_events_rule_target_input_from_event_path(s.stack, "$.detail")}));
    }
    {
        setup_t s = setup(app, "Imports");
        ccdk_events_api_destination *imported = ccdk_events_api_destination_from_api_destination_attributes(s.stack, "ImportedDest",
            &(ccdk_events_api_destination_attributes){
                .api_destination_arn = "arn:aws:events:us-east-1:123456789012:api-destination/MyDest/uuid",
                .connection = s.connection});
        ccdk_events_rule_add_target(s.rule, ccdk_events_targets_api_destination(imported, NULL));
        ccdk_events_rule_add_target(s.rule, ccdk_events_targets_api_destination(imported,
            &(ccdk_events_api_destination_target_props){
                .event_role = ccdk_iam_role_from_role_arn(s.stack, "ImportedRole", "arn:aws:iam::123456789012:role/events-role")}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EnvStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
        ccdk_events_connection *connection = ccdk_events_connection_new(stack, "Connection", &(ccdk_events_connection_props){
            .authorization = {.type = CCDK_EVENTS_AUTHORIZATION_API_KEY, .api_key_name = "x-api-key",
                              /* SecretValue.secretsManager('my-api-key') */
                              .api_key_value = "{{resolve:secretsmanager:my-api-key:SecretString:::}}"}});
        ccdk_events_api_destination *destination = ccdk_events_api_destination_new(stack, "Destination",
            &(ccdk_events_api_destination_props){
                .connection = connection, .endpoint = "https://example.com/*", .http_method = CCDK_EVENTS_HTTP_METHOD_GET});
        ccdk_value *pattern = ccdk_v_object(app);
        ccdk_v_set(pattern, "source", ccdk_v_push(ccdk_v_list(app), ccdk_v_string(app, "my.app")));
        ccdk_events_rule_new(stack, "Rule", &(ccdk_events_rule_props){
            .event_pattern = pattern,
            .targets = CCDK_LIST(ccdk_events_targets_api_destination(destination,
                &(ccdk_events_api_destination_target_props){.path_parameter_values = CCDK_STRS("$.detail.id")}))});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
