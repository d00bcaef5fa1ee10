/* event_source_s3.c - aws-lambda-event-sources' S3EventSource and S3EventSourceV2
 * (aws-lambda-event-sources/lib/s3.js): bound to a function, a notification of the bucket per event,
 * with a LambdaDestination. The two classes differ only in their bucket's TypeScript type. */
#include "ccdk/lambda_event_sources.h"
#include "lambda_internal.h"

typedef struct {
    ccdk_s3_bucket *bucket;
    const char **events;
    size_t nevents;
    ccdk_s3_notification_key_filter *filters;
    size_t nfilters;
} s3_source;

static void bind_s3(void *ctx, ccdk__fnbase *fb)
{
    s3_source *s = ctx;
    ccdk_s3_notification_key_filter_list filters = CCDK_EMPTY_LIST;
    filters.items = s->filters;
    filters.count = s->nfilters;
    for (size_t i = 0; i < s->nevents; i++)
        ccdk_s3_bucket_add_event_notification(s->bucket, s->events[i], ccdk_s3_lambda_destination(fb), filters);
}

static ccdk_lambda_event_source *s3_source_new(ccdk_s3_bucket *bucket, const ccdk_lambda_s3_event_source_props *props, const char *func,
                                               const char *class_name)
{
    ccdk__node *bn = ccdk__node_of(bucket);
    if (!bn) { /* no App to record it on: the process-wide list; never NULL */
        ccdk__process_error("%s: the bucket is %s", func, bucket ? "not a construct handle" : "NULL");
        bucket = ccdk_s3_bucket_from_bucket_name(ccdk__nil_stack(), "NilBucket", "nil-bucket");
        bn = ccdk__node_of(bucket);
    }
    ccdk_app *app = bn->app;
    s3_source *s = ccdk__alloc(app, sizeof *s);
    s->bucket = bucket;
    if (props) {
        s->nevents = CCDK__LEN(props->events, "events");
        s->events = ccdk__alloc(app, (s->nevents + 1) * sizeof *s->events);
        for (size_t i = 0; i < s->nevents; i++)
            s->events[i] = ccdk__keep(app, props->events.items[i]);
        s->nfilters = CCDK__LEN(props->filters, "filters");
        s->filters = ccdk__alloc(app, (s->nfilters + 1) * sizeof *s->filters);
        for (size_t i = 0; i < s->nfilters; i++) {
            s->filters[i].prefix = ccdk__keep(app, props->filters.items[i].prefix);
            s->filters[i].suffix = ccdk__keep(app, props->filters.items[i].suffix);
        }
    }
    return ccdk__event_source_custom(app, class_name, bind_s3, s);
}

ccdk_lambda_event_source *ccdk_lambda_s3_event_source(ccdk_s3_bucket *bucket, const ccdk_lambda_s3_event_source_props *props)
{
    return s3_source_new(bucket, props, __func__, "S3EventSource");
}

ccdk_lambda_event_source *ccdk_lambda_s3_event_source_v2(ccdk_s3_bucket *bucket, const ccdk_lambda_s3_event_source_props *props)
{
    return s3_source_new(bucket, props, __func__, "S3EventSourceV2");
}
