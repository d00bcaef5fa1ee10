/* Conformance case 'unit-events-match': every events.Match matcher in event patterns, with and
 * without tokens (see app.js). */
#include <ccdk/events.h>
#include <ccdk/s3.h>

#define MATCHERS(...) ((ccdk_events_matchers)CCDK_LIST(__VA_ARGS__))

static ccdk_value *strs(ccdk_stack *s, const char *a, const char *b)
{
    ccdk_value *l = ccdk_v_push(ccdk_v_list(s), ccdk_v_string(s, a));
    return b ? ccdk_v_push(l, ccdk_v_string(s, b)) : l;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *s = ccdk_stack_new(app, "Matchers", NULL);
        ccdk_value *d = ccdk_v_object(s);
        ccdk_v_set(d, "anythingButNumbers", ccdk_events_match_anything_but_numbers(s, (ccdk_events_numbers)CCDK_LIST(1.0, 2.0, 3.0)));
        ccdk_v_set(d, "anythingButStrings", ccdk_events_match_anything_but(s, CCDK_STRS("foo", "bar")));
        ccdk_v_set(d, "anythingButPrefix", ccdk_events_match_anything_but_prefix(s, CCDK_STRS("foo")));
        ccdk_v_set(d, "anythingButPrefixes", ccdk_events_match_anything_but_prefix(s, CCDK_STRS("foo", "bar")));
        ccdk_v_set(d, "anythingButSuffix", ccdk_events_match_anything_but_suffix(s, CCDK_STRS("foo")));
        ccdk_v_set(d, "anythingButSuffixes", ccdk_events_match_anything_but_suffix(s, CCDK_STRS("foo", "bar")));
        ccdk_v_set(d, "anythingButWildcard", ccdk_events_match_anything_but_wildcard(s, CCDK_STRS("*.txt")));
        ccdk_v_set(d, "anythingButWildcards", ccdk_events_match_anything_but_wildcard(s, CCDK_STRS("*.txt", "*.json")));
        ccdk_v_set(d, "anythingButIgnoreCase", ccdk_events_match_anything_but_equals_ignore_case(s, CCDK_STRS("foo")));
        ccdk_v_set(d, "anythingButIgnoreCases", ccdk_events_match_anything_but_equals_ignore_case(s, CCDK_STRS("foo", "bar")));
        ccdk_v_set(d, "numeric", ccdk_events_match_all_of(s, MATCHERS(ccdk_events_match_greater_than(s, -100),
                                                                     ccdk_events_match_less_than_or_equal(s, 200))));
        ccdk_v_set(d, "interval", ccdk_events_match_interval(s, 0, 100));
        ccdk_v_set(d, "intervalPoint", ccdk_events_match_interval(s, 2.5, 2.5));
        ccdk_v_set(d, "cidr4", ccdk_events_match_cidr(s, "198.51.100.14/24"));
        ccdk_v_set(d, "cidr6", ccdk_events_match_cidr(s, "2001:db8::/48"));
        ccdk_v_set(d, "range4", ccdk_events_match_ip_address_range(s, "192.168.1.0/24"));
        ccdk_v_set(d, "range6", ccdk_events_match_ip_address_range(s, "2001:db8::/32"));
        ccdk_v_set(d, "anyOfNumbers", ccdk_events_match_any_of(s, MATCHERS(ccdk_events_match_equal(s, 0), ccdk_events_match_equal(s, 1))));
        ccdk_v_set(d, "anyOfStrings", ccdk_events_match_any_of(s, MATCHERS(ccdk_v_string(s, "string1"), ccdk_v_string(s, "string2"))));
        ccdk_v_set(d, "anyOfOne", ccdk_events_match_any_of(s, MATCHERS(ccdk_v_string(s, "single-string"))));
        ccdk_v_set(d, "anyOfMixed", ccdk_events_match_any_of(s, MATCHERS(ccdk_v_string(s, "raw-string"), ccdk_events_match_prefix(s, "pre"))));
        ccdk_v_set(d, "anyOfMixed3", ccdk_events_match_any_of(s, MATCHERS(ccdk_v_string(s, "string1"), ccdk_events_match_prefix(s, "pre"),
                                                                         ccdk_events_match_suffix(s, "suf"))));
        ccdk_v_set(d, "anyOfMixedEnd", ccdk_events_match_any_of(s, MATCHERS(ccdk_events_match_prefix(s, "pre"), ccdk_v_string(s, "raw-string"))));
        ccdk_v_set(d, "prefix", ccdk_events_match_prefix(s, "foo"));
        ccdk_v_set(d, "suffix", ccdk_events_match_suffix(s, "foo"));
        ccdk_v_set(d, "prefixIgnoreCase", ccdk_events_match_prefix_equals_ignore_case(s, "foo"));
        ccdk_v_set(d, "suffixIgnoreCase", ccdk_events_match_suffix_equals_ignore_case(s, "foo"));
        ccdk_v_set(d, "wildcard", ccdk_events_match_wildcard(s, "*.json"));
        ccdk_v_set(d, "equalsIgnoreCase", ccdk_events_match_equals_ignore_case(s, "foo"));
        ccdk_v_set(d, "nullValue", ccdk_events_match_null_value(s));
        ccdk_v_set(d, "exists", ccdk_events_match_exists(s));
        ccdk_v_set(d, "doesNotExist", ccdk_events_match_does_not_exist(s));
        ccdk_v_set(d, "exactString", ccdk_events_match_exact_string(s, "test-value"));
        ccdk_v_set(d, "greaterThan", ccdk_events_match_greater_than(s, 100));
        ccdk_v_set(d, "greaterThanOrEqual", ccdk_events_match_greater_than_or_equal(s, 100));
        ccdk_v_set(d, "lessThan", ccdk_events_match_less_than(s, 100));
        ccdk_v_set(d, "lessThanOrEqual", ccdk_events_match_less_than_or_equal(s, 100));
        ccdk_v_set(d, "equal", ccdk_events_match_equal(s, 100));
        ccdk_value *nested = ccdk_v_object(s);
        ccdk_v_set(nested, "deeper", ccdk_events_match_exists(s));
        ccdk_v_set(nested, "list", strs(s, "plain", "values"));
        ccdk_v_set(d, "nested", nested);
        ccdk_value *pattern = ccdk_v_object(s);
        ccdk_v_set(pattern, "source", strs(s, "my.app", NULL));
        ccdk_v_set(pattern, "detail", d);
        ccdk_events_rule_new(s, "Rule", &(ccdk_events_rule_props){.event_pattern = pattern});

        ccdk_value *p1 = ccdk_v_object(s), *d1 = ccdk_v_object(s);
        ccdk_v_set(d1, "x", ccdk_events_match_prefix(s, "p"));
        ccdk_v_set(d1, "y", strs(s, "v", NULL));
        ccdk_v_set(p1, "source", strs(s, "a", NULL));
        ccdk_v_set(p1, "detail", d1);
        ccdk_events_rule *merged = ccdk_events_rule_new(s, "Merged", &(ccdk_events_rule_props){.event_pattern = p1});
        ccdk_value *p2 = ccdk_v_object(s), *d2 = ccdk_v_object(s);
        ccdk_v_set(d2, "x", ccdk_events_match_prefix(s, "p"));
        ccdk_v_set(d2, "y", ccdk_events_match_exact_string(s, "v"));
        ccdk_v_set(p2, "source", strs(s, "b", "a"));
        ccdk_v_set(p2, "detail", d2);
        ccdk_events_rule_add_event_pattern(merged, p2);
    }
    {
        ccdk_stack *s = ccdk_stack_new(app, "Tokens", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(s, "Bucket", NULL);
        const char *name = ccdk_s3_bucket_name(bucket), *arn = ccdk_s3_bucket_arn(bucket);
        struct {
            const char *id;
            ccdk_value *arn;
        } m[] = {
            {"Wildcard", ccdk_events_match_wildcard(s, ccdk_fmt(s, "%s/directoryA/*", name))},
            {"Prefix", ccdk_events_match_prefix(s, ccdk_fmt(s, "%s/logs/", name))},
            {"Suffix", ccdk_events_match_suffix(s, ccdk_fmt(s, "%s/test.json", name))},
            {"Exact", ccdk_events_match_exact_string(s, ccdk_fmt(s, "%s/test.json", arn))},
            {"IgnoreCase", ccdk_events_match_equals_ignore_case(s, ccdk_fmt(s, "%s/Test.json", name))},
            {"PrefixIgnoreCase", ccdk_events_match_prefix_equals_ignore_case(s, ccdk_fmt(s, "%s/Test.json", name))},
            {"SuffixIgnoreCase", ccdk_events_match_suffix_equals_ignore_case(s, ccdk_fmt(s, "%s/Test.json", name))},
            {"AnythingButPrefix", ccdk_events_match_anything_but_prefix(s, CCDK_STRS(ccdk_fmt(s, "%s/temp/", arn)))},
            {"AnythingButSuffix", ccdk_events_match_anything_but_suffix(s, CCDK_STRS(ccdk_fmt(s, "%s/temp/", arn)))},
            {"AnythingButWildcard", ccdk_events_match_anything_but_wildcard(s, CCDK_STRS(ccdk_fmt(s, "%s/temp/*", arn)))},
            {"AnythingButIgnoreCase", ccdk_events_match_anything_but_equals_ignore_case(s, CCDK_STRS(ccdk_fmt(s, "%s/Temp", arn)))},
            {"AnyOf", ccdk_events_match_any_of(s, MATCHERS(ccdk_events_match_wildcard(s, ccdk_fmt(s, "%s/directoryA/*", name)),
                                                          ccdk_events_match_wildcard(s, ccdk_fmt(s, "%s/directoryB/*", name))))},
        };
        for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) {
            ccdk_value *res = ccdk_v_set(ccdk_v_object(s), "ARN", m[i].arn);
            ccdk_value *p = ccdk_v_set(ccdk_v_object(s), "detail", ccdk_v_set(ccdk_v_object(s), "resources", res));
            ccdk_events_rule *rule = ccdk_events_rule_new(s, m[i].id, &(ccdk_events_rule_props){.event_pattern = p});
            ccdk_value *res2 = ccdk_v_set(ccdk_v_object(s), "ARN", strs(s, arn, NULL));
            ccdk_value *p2 = ccdk_v_object(s);
            ccdk_v_set(p2, "source", strs(s, "aws.s3", NULL));
            ccdk_v_set(p2, "detailType", strs(s, "AWS API Call via CloudTrail", NULL));
            ccdk_v_set(p2, "detail", ccdk_v_set(ccdk_v_object(s), "resources", res2));
            ccdk_events_rule_add_event_pattern(rule, p2);
        }
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
