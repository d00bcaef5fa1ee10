/* cloudtrail.c - events rules for a bucket's CloudTrail events (aws-cdk-lib/aws-s3/lib/bucket.js:
 * BucketBase.onCloudTrailEvent, onCloudTrailPutObject, onCloudTrailWriteObject). */
#include "s3_internal.h"

static ccdk_value *str_list(ccdk_app *app, const char *const *items, size_t n)
{
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < n; i++)
        ccdk__v_push(l, ccdk__v_from_string(app, items[i]));
    return l;
}

static ccdk_value *one_key(ccdk_app *app, const char *key, ccdk_value *v)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, key, v);
    return o;
}

static const ccdk_s3_on_cloud_trail_bucket_event_options no_options;

ccdk_events_rule *ccdk_s3_bucket_on_cloud_trail_event(ccdk_s3_bucket *b, const char *id,
                                                      const ccdk_s3_on_cloud_trail_bucket_event_options *options)
{
    if (!ccdk__target_ok(b, __func__))
        return NULL;
    ccdk_app *app = b->node.app;
    const ccdk_s3_on_cloud_trail_bucket_event_options *o = options ? options : &no_options;
    ccdk_events_rule *rule = ccdk_events_rule_new(b, id, &(ccdk_events_rule_props){
        .rule_name = o->rule_name,
        .description = o->description,
        .event_pattern = o->event_pattern,
    });
    if (o->target)
        ccdk_events_rule_add_target(rule, o->target);
    /* detail.resources.ARN: arnForObjects(path) per path, else the bucket's ARN */
    ccdk_value *arns = ccdk__v_list(app);
    if (CCDK__GIVEN(o->paths)) {
        for (size_t i = 0, n = CCDK__LEN(o->paths, "paths"); i < n; i++)
            ccdk__v_push(arns, ccdk__v_from_string(app, ccdk_s3_bucket_arn_for_objects(b, o->paths.items[i])));
    } else {
        ccdk__v_push(arns, ccdk__v_from_string(app, b->arn));
    }
    ccdk_value *pattern = ccdk__v_obj(app);
    static const char *const source[] = {"aws.s3"}, *const detail_type[] = {"AWS API Call via CloudTrail"};
    ccdk__v_set(pattern, "source", str_list(app, source, 1));
    ccdk__v_set(pattern, "detailType", str_list(app, detail_type, 1));
    ccdk__v_set(pattern, "detail", one_key(app, "resources", one_key(app, "ARN", arns)));
    ccdk_events_rule_add_event_pattern(rule, pattern);
    return rule;
}

ccdk_events_rule *ccdk_s3_bucket_on_cloud_trail_put_object(ccdk_s3_bucket *b, const char *id,
                                                           const ccdk_s3_on_cloud_trail_bucket_event_options *options)
{
    ccdk_events_rule *rule = ccdk_s3_bucket_on_cloud_trail_event(b, id, options);
    if (!rule)
        return NULL;
    ccdk_app *app = b->node.app;
    static const char *const names[] = {"PutObject"};
    ccdk_events_rule_add_event_pattern(rule, one_key(app, "detail", one_key(app, "eventName", str_list(app, names, 1))));
    return rule;
}

ccdk_events_rule *ccdk_s3_bucket_on_cloud_trail_write_object(ccdk_s3_bucket *b, const char *id,
                                                             const ccdk_s3_on_cloud_trail_bucket_event_options *options)
{
    ccdk_events_rule *rule = ccdk_s3_bucket_on_cloud_trail_event(b, id, options);
    if (!rule)
        return NULL;
    ccdk_app *app = b->node.app;
    const ccdk_s3_on_cloud_trail_bucket_event_options *o = options ? options : &no_options;
    static const char *const names[] = {"CompleteMultipartUpload", "CopyObject", "PutObject"};
    ccdk_value *request = ccdk__v_obj(app);
    ccdk__v_set(request, "bucketName", str_list(app, &b->name, 1));
    if (CCDK__GIVEN(o->paths)) /* key: options.paths (undefined when not given) */
        ccdk__v_set(request, "key", str_list(app, o->paths.items, CCDK__LEN(o->paths, "paths")));
    ccdk_value *detail = ccdk__v_obj(app);
    ccdk__v_set(detail, "eventName", str_list(app, names, 3));
    ccdk__v_set(detail, "requestParameters", request);
    ccdk_events_rule_add_event_pattern(rule, one_key(app, "detail", detail));
    return rule;
}
