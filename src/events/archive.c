/* archive.c - events.Archive and EventBus.archive (aws-cdk-lib/aws-events/lib/archive.ts): an
 * AWS::Events::Archive of a bus's events matching a pattern, with its retention and KMS key. */
#include <string.h>

#include "ccdk/events.h"
#include "ccdk/iam.h"
#include "ccdk/kms.h"
#include "internal.h"

struct ccdk_events_archive {
    ccdk__node node;
    const char *arn, *name;
};

static const ccdk__kind kind_archive = {.fqn = "aws-cdk-lib.aws_events.Archive", .class_name = "Archive2"};

/* util.ts renderEventPattern: undefined for an empty pattern, "detailType" written "detail-type" */
static ccdk_value *render_event_pattern(ccdk_app *app, ccdk_value *pattern)
{
    if (!pattern || pattern->kind != CCDK__V_OBJ || pattern->u.obj.n == 0)
        return NULL;
    ccdk_value *out = ccdk__v_obj(app);
    for (size_t i = 0; i < pattern->u.obj.n; i++) {
        const char *k = pattern->u.obj.e[i].key;
        ccdk__v_set(out, strcmp(k, "detailType") ? k : "detail-type", pattern->u.obj.e[i].val);
    }
    return out;
}

ccdk_events_archive *ccdk_events_archive_new(void *scope, const char *id, const ccdk_events_archive_props *props)
{
    static const ccdk_events_archive_props none;
    const ccdk_events_archive_props *p = props ? props : &none;
    ccdk_events_archive *a = ccdk__construct(ccdk_events_archive, &kind_archive, scope, id);
    ccdk_app *app = a->node.app;
    a->arn = a->name = "";
    if (!p->source_event_bus) {
        ccdk__error(a, "%s: source_event_bus is NULL", __func__);
        return a;
    }
    if (!ccdk__handle_ok(p->source_event_bus, __func__))
        return a;
    const char *bus_arn = ccdk_events_event_bus_arn(p->source_event_bus);
    ccdk_kms_key *key = p->kms_key && ccdk__handle_ok(p->kms_key, __func__) ? p->kms_key : NULL;
    if (key) { /* EventBridge may use the key for this bus's events, and describe it */
        ccdk_value *cond = ccdk__v_obj(app), *eq = ccdk__v_obj(app);
        ccdk__v_set(eq, "kms:EncryptionContext:aws:events:event-bus:arn", ccdk__v_from_string(app, bus_arn));
        ccdk__v_set(cond, "StringEquals", eq);
        ccdk_kms_key_add_to_resource_policy(key, ccdk_iam_policy_statement_new(a, &(ccdk_iam_policy_statement_props){
            .resources = CCDK_STRS("*"),
            .actions = CCDK_STRS("kms:Decrypt", "kms:GenerateDataKey", "kms:ReEncrypt*"),
            .principals = CCDK_LIST(ccdk_iam_service_principal(a, "events.amazonaws.com")),
            .sid = "Allow EventBridge to use kms operations",
            .conditions = cond,
        }));
        ccdk_kms_key_add_to_resource_policy(key, ccdk_iam_policy_statement_new(a, &(ccdk_iam_policy_statement_props){
            .resources = CCDK_STRS("*"),
            .actions = CCDK_STRS("kms:DescribeKey"),
            .principals = CCDK_LIST(ccdk_iam_service_principal(a, "events.amazonaws.com")),
            .sid = "Allow EventBridge to call kms:DescribeKey",
        }));
    }
    /* the CfnArchive "Archive" (the default child), its properties in CloudFormation's order */
    ccdk_cfn_resource *r = ccdk__l1(a, "Archive", "AWS::Events::Archive", "aws-cdk-lib.aws_events.CfnArchive");
    ccdk__ext(&a->node)->default_child_override = &r->el.node;
    if (p->archive_name) /* archiveName: this.physicalName */
        ccdk__res_set(r, "ArchiveName", ccdk__v_from_string(app, p->archive_name));
    if (p->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, p->description));
    ccdk_value *pattern = render_event_pattern(app, p->event_pattern);
    if (pattern)
        ccdk__res_set(r, "EventPattern", pattern);
    /* kmsKeyIdentifier: props.kmsKey?.keyArn || "" (written even without a key) */
    ccdk__res_set(r, "KmsKeyIdentifier", key ? ccdk__v_from_string(app, ccdk_kms_key_arn(key)) : ccdk__v_str(app, ""));
    /* retentionDays: props.retention?.toDays({integral: true}) || 0 */
    ccdk_value *days = p->retention.unit ? ccdk__duration_value(a, p->retention, CCDK_TIME_DAYS, 1) : NULL;
    ccdk__res_set(r, "RetentionDays", days ? days : ccdk__v_num(app, 0));
    ccdk__res_set(r, "SourceArn", ccdk__v_from_string(app, bus_arn));
    a->arn = ccdk_cfn_resource_get_att(r, "Arn");
    a->name = ccdk_cfn_resource_ref(r);
    return a;
}

ccdk_events_archive *ccdk_events_event_bus_archive(ccdk_events_event_bus *bus, const char *id,
                                                   const ccdk_events_base_archive_props *props)
{
    if (!ccdk__target_ok(bus, __func__) || !ccdk__handle_ok(bus, __func__))
        return NULL;
    static const ccdk_events_base_archive_props none;
    const ccdk_events_base_archive_props *p = props ? props : &none;
    /* description: props.description || `Event Archive for ${this.eventBusName} Event Bus` */
    const char *description = p->description && *p->description
                                  ? p->description
                                  : ccdk__sprintf(ccdk__node_of(bus)->app, "Event Archive for %s Event Bus", ccdk_events_event_bus_name(bus));
    /* aws-cdk-lib's archive() passes sourceEventBus, description, eventPattern, retention and
     * archiveName on, not kmsKey: the archive is unencrypted (KmsKeyIdentifier "") and the key's
     * policy gets no statements. Matched, odd as it is. */
    return ccdk_events_archive_new(bus, id, &(ccdk_events_archive_props){
        .source_event_bus = bus,
        .description = description,
        .event_pattern = p->event_pattern,
        .retention = p->retention,
        .archive_name = p->archive_name,
    });
}

const char *ccdk_events_archive_arn(ccdk_events_archive *a) { return ccdk__handle_ok(a, __func__) ? a->arn : NULL; }
const char *ccdk_events_archive_name(ccdk_events_archive *a) { return ccdk__handle_ok(a, __func__) ? a->name : NULL; }
