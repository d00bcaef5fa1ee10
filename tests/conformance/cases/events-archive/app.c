/* Conformance case 'events-archive': see app.js. */
#include <ccdk/events.h>
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_events_event_bus *orders = ccdk_events_event_bus_new(stack, "Orders", &(ccdk_events_event_bus_props){.event_bus_name = "orders"});
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "ArchiveKey", NULL);
    ccdk_value *status = ccdk_v_list(stack);
    ccdk_v_push(status, ccdk_v_string(stack, "PLACED"));
    ccdk_v_push(status, ccdk_v_string(stack, "PAID"));
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "source", ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, "shop.orders")));
    ccdk_v_set(pattern, "detail", ccdk_v_set(ccdk_v_object(stack), "status", status));
    ccdk_events_archive *archive = ccdk_events_archive_new(stack, "OrdersArchive", &(ccdk_events_archive_props){
        .source_event_bus = orders,
        .archive_name = "orders-archive",
        .description = "Every order event",
        .event_pattern = pattern,
        .retention = ccdk_duration_days(90),
        .kms_key = key,
    });
    ccdk_events_event_bus *audit = ccdk_events_event_bus_new(stack, "Audit", NULL);
    ccdk_events_event_bus_archive(audit, "AuditArchive", &(ccdk_events_base_archive_props){
        .event_pattern = ccdk_v_set(ccdk_v_object(stack), "account",
                                    ccdk_v_push(ccdk_v_list(stack), ccdk_v_string(stack, ccdk_stack_account(stack)))),
    });
    ccdk_cfn_output_new(stack, "ArchiveArn", &(ccdk_cfn_output_props){.value = ccdk_events_archive_arn(archive)});
    ccdk_cfn_output_new(stack, "ArchiveName", &(ccdk_cfn_output_props){.value = ccdk_events_archive_name(archive)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
