#!/usr/bin/env python3
"""Differential random apps of the resources Lambda works with: ccdk against aws-cdk-lib.

Usage: python3 tests/difffuzz/gen_res.py SEED COUNT OUTDIR

The companion of gen.py for what the other generators draw little of (same interface; cases
OUTDIR/dr-<seed>/{app.js,app.c}; run by `make difffuzz GEN=res`). An app holds 1-2 stacks of one
environment (or none) with functions, sqs.Queues of random props (FIFO, content-based
deduplication, retention, visibility, delays, message size, long polling, encryption of every kind
with or without a key, data key reuse, enforceSSL, a dead-letter queue, a redrive allow policy),
sns.Topics (display name, FIFO, a key, signature version, tracing, enforceSSL), events.EventBuses,
s3.Buckets and imports (Queue.fromQueueArn / fromQueueAttributes, Topic.fromTopicArn /
fromTopicAttributes, EventBus.fromEventBusArn / fromEventBusName). Then random calls: topic
subscriptions (Lambda, SQS, email, SMS, URL; filter policies of string, numeric and exists
conditions, a filter policy on the message body, dead-letter queues, raw message delivery),
events.Rules (schedules by rate, cron or expression, event patterns with events.Match matchers, on a
bus) with Lambda, SQS, SNS and EventBus targets (input from text, an object, an event path or event
fields; retry policy, dead-letter queue, message group id), grants of queues, topics and buses to
functions, addToResourcePolicy on queues and topics, metric alarms on queues and topics, and
function destinations (EventBridge with or without a bus, S3, SQS, SNS). References may go from the
first stack to the second. About one app in 15 takes one invalid value; both halves must then fail
with the same message.
"""
import os

import common
from common import js_str, c_str, js_num

ENVS = [None, ("111111111111", "us-east-1"), ("222222222222", "eu-west-1")]


class App(common.App):
    def __init__(self, seed):
        super().__init__(seed, 1 / 15, c_indent="    ")


def dur(r, lo, hi, unit="seconds"):
    n = r.randint(lo, hi)
    return f"cdk.Duration.{unit}({n})", f"ccdk_duration_{unit}({n})"


def new_stacks(a):
    r = a.r
    env = r.choice(ENVS)
    stacks = []
    for i in range(r.choice([1, 1, 2])):
        v, sid = f"s{i}", f"Stack{i}"
        if env:
            a.both(f"const {v} = new cdk.Stack(app, {js_str(sid)}, {{env: {{account: {js_str(env[0])}, region: {js_str(env[1])}}}}});",
                   f"ccdk_stack *{v} = ccdk_stack_new(app, {c_str(sid)}, &(ccdk_stack_props){{.account = {c_str(env[0])}, .region = {c_str(env[1])}}});")
        else:
            a.both(f"const {v} = new cdk.Stack(app, {js_str(sid)});", f"ccdk_stack *{v} = ccdk_stack_new(app, {c_str(sid)}, NULL);")
        stacks.append({"v": v, "env": env, "i": i, "res": []})
    return stacks


def add(st, kind, v, **kw):
    x = {"kind": kind, "v": v, "stack": st}
    x.update(kw)
    st["res"].append(x)
    return x


def new_key(a, st):
    k = a.uid("key")
    a.both(f"const {k} = new kms.Key({st['v']}, {js_str(k.upper())});",
           f"ccdk_kms_key *{k} = ccdk_kms_key_new({st['v']}, {c_str(k.upper())}, NULL);")
    return k


def new_queue(a, st, plain=False):
    r = a.r
    q = a.uid("q")
    pj, pc = [], []
    fifo = False
    enc = None
    if not plain:
        if r.random() < 0.2:
            fifo = True
            pj.append("fifo: true")
            pc.append(".fifo = CCDK_TRUE")
            if r.random() < 0.5:
                pj.append("contentBasedDeduplication: true")
                pc.append(".content_based_deduplication = CCDK_TRUE")
            if r.random() < 0.3:
                ds = r.choice(["MESSAGE_GROUP", "QUEUE"])
                pj.append(f"deduplicationScope: sqs.DeduplicationScope.{ds}")
                pc.append(f".deduplication_scope = CCDK_SQS_DEDUPLICATION_SCOPE_{ds}")
            if r.random() < 0.3:
                ft = r.choice(["PER_QUEUE", "PER_MESSAGE_GROUP_ID"])
                pj.append(f"fifoThroughputLimit: sqs.FifoThroughputLimit.{ft}")
                pc.append(f".fifo_throughput_limit = CCDK_SQS_FIFO_THROUGHPUT_LIMIT_{ft}")
        elif a.bad(0.1):
            pj.append("contentBasedDeduplication: true")
            pc.append(".content_based_deduplication = CCDK_TRUE")
            pj.append("fifo: false")
            pc.append(".fifo = CCDK_FALSE")
        for jk, ck, lo, hi, unit, p in [("retentionPeriod", "retention_period", 1, 14, "days", 0.2),
                                         ("visibilityTimeout", "visibility_timeout", 0, 600, "seconds", 0.3),
                                         ("deliveryDelay", "delivery_delay", 0, 900, "seconds", 0.15),
                                         ("receiveMessageWaitTime", "receive_message_wait_time", 0, 20, "seconds", 0.15)]:
            if r.random() < p:
                if a.bad(0.1):
                    hi = hi * 2 + 1
                    lo = hi
                dj, dc = dur(r, lo, hi, unit)
                pj.append(f"{jk}: {dj}")
                pc.append(f".{ck} = {dc}")
        if r.random() < 0.1:
            n = r.choice([1024, 2048, 262144, 1048576]) if not a.bad(0.2) else r.choice([1000, 1048577])
            pj.append(f"maxMessageSizeBytes: {n}")
            pc.append(f".max_message_size_bytes = CCDK_NUM({n})")
        if r.random() < 0.3:
            enc = r.choice(["UNENCRYPTED", "KMS_MANAGED", "KMS", "SQS_MANAGED", "KMS"])
            pj.append(f"encryption: sqs.QueueEncryption.{enc}")
            pc.append(f".encryption = CCDK_SQS_QUEUE_ENCRYPTION_{enc}")
            if enc == "KMS" and r.random() < 0.5:
                k = new_key(a, st)
                pj.append(f"encryptionMasterKey: {k}")
                pc.append(f".encryption_master_key = {k}")
            if enc in ("KMS", "KMS_MANAGED") and r.random() < 0.3:
                dj, dc = dur(r, 1, 24, "hours") if r.random() < 0.5 else dur(r, 60, 600)
                pj.append(f"dataKeyReuse: {dj}")
                pc.append(f".data_key_reuse = {dc}")
        if r.random() < 0.2:
            pj.append("enforceSSL: true")
            pc.append(".enforce_ssl = CCDK_TRUE")
        dlqs = [x for x in st["res"] if x["kind"] == "queue" and not x.get("imported") and x["fifo"] == fifo]
        if dlqs and r.random() < 0.25:
            d = r.choice(dlqs)
            n = r.randint(1, 10)
            pj.append(f"deadLetterQueue: {{queue: {d['v']}, maxReceiveCount: {n}}}")
            pc.append(f".dead_letter_queue = &(ccdk_sqs_dead_letter_queue){{.queue = {d['v']}, .max_receive_count = CCDK_NUM({n})}}")
        if r.random() < 0.1:
            srcs = [x for x in st["res"] if x["kind"] == "queue" and not x.get("imported")]
            if srcs and r.random() < 0.6:
                s = r.choice(srcs)
                pj.append(f"redriveAllowPolicy: {{sourceQueues: [{s['v']}]}}")
                pc.append(f".redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){{.source_queues = CCDK_LIST({s['v']})}}")
            else:
                rp = r.choice(["ALLOW_ALL", "DENY_ALL"])
                pj.append(f"redriveAllowPolicy: {{redrivePermission: sqs.RedrivePermission.{rp}}}")
                pc.append(f".redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){{.redrive_permission = CCDK_SQS_REDRIVE_PERMISSION_{rp}}}")
        if r.random() < 0.1:
            rp = r.choice(["RETAIN", "DESTROY"])
            pj.append(f"removalPolicy: cdk.RemovalPolicy.{rp}")
            pc.append(f".removal_policy = CCDK_REMOVAL_POLICY_{rp}")
    qid = q.upper()
    if pj:
        a.both(f"const {q} = new sqs.Queue({st['v']}, {js_str(qid)}, {{{', '.join(pj)}}});",
               f"ccdk_sqs_queue *{q} = ccdk_sqs_queue_new({st['v']}, {c_str(qid)}, &(ccdk_sqs_queue_props){{{', '.join(pc)}}});")
    else:
        a.both(f"const {q} = new sqs.Queue({st['v']}, {js_str(qid)});",
               f"ccdk_sqs_queue *{q} = ccdk_sqs_queue_new({st['v']}, {c_str(qid)}, NULL);")
    return add(st, "queue", q, fifo=fifo, enc=enc)


def acct_region(st):
    return st["env"] if st["env"] else ("123456789012", "us-east-1")


def import_queue(a, st):
    r = a.r
    q = a.uid("iq")
    acct, reg = acct_region(st) if r.random() < 0.7 else ("333333333333", "us-west-2")
    fifo = r.random() < 0.2
    name = f"imported-{q}" + (".fifo" if fifo else "")
    arn = f"arn:aws:sqs:{reg}:{acct}:{name}"
    if r.random() < 0.5:
        a.both(f"const {q} = sqs.Queue.fromQueueArn({st['v']}, {js_str(q.upper())}, {js_str(arn)});",
               f"ccdk_sqs_queue *{q} = ccdk_sqs_queue_from_queue_arn({st['v']}, {c_str(q.upper())}, {c_str(arn)});")
    else:
        pj, pc = [f"queueArn: {js_str(arn)}"], [f".queue_arn = {c_str(arn)}"]
        if r.random() < 0.4:
            ka = f"arn:aws:kms:{reg}:{acct}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
            pj.append(f"keyArn: {js_str(ka)}")
            pc.append(f".key_arn = {c_str(ka)}")
        if r.random() < 0.3:
            url = f"https://sqs.{reg}.amazonaws.com/{acct}/{name}"
            pj.append(f"queueUrl: {js_str(url)}")
            pc.append(f".queue_url = {c_str(url)}")
        a.both(f"const {q} = sqs.Queue.fromQueueAttributes({st['v']}, {js_str(q.upper())}, {{{', '.join(pj)}}});",
               f"ccdk_sqs_queue *{q} = ccdk_sqs_queue_from_queue_attributes({st['v']}, {c_str(q.upper())}, &(ccdk_sqs_queue_attributes){{{', '.join(pc)}}});")
    return add(st, "queue", q, fifo=fifo, enc=None, imported=True, foreign=(acct, reg) != acct_region(st))


def new_topic(a, st):
    r = a.r
    t = a.uid("t")
    pj, pc = [], []
    fifo = r.random() < 0.15
    if fifo:
        pj.append("fifo: true")
        pc.append(".fifo = CCDK_TRUE")
        if r.random() < 0.5:
            pj.append("contentBasedDeduplication: true")
            pc.append(".content_based_deduplication = CCDK_TRUE")
        if r.random() < 0.3:
            n = r.randint(1, 365)
            pj.append(f"messageRetentionPeriodInDays: {n}")
            pc.append(f".message_retention_period_in_days = CCDK_NUM({n})")
    if r.random() < 0.3:
        dn = r.choice(["Orders", "Übersicht ✓", "a" * 100]) if not a.bad(0.2) else "x" * 101
        pj.append(f"displayName: {js_str(dn)}")
        pc.append(f".display_name = {c_str(dn)}")
    if r.random() < 0.2:
        k = new_key(a, st)
        pj.append(f"masterKey: {k}")
        pc.append(f".master_key = {k}")
    if r.random() < 0.15:
        sv = r.choice(["1", "2"]) if not a.bad(0.3) else "3"
        pj.append(f"signatureVersion: {js_str(sv)}")
        pc.append(f".signature_version = {c_str(sv)}")
    if r.random() < 0.15:
        tc = r.choice(["PASS_THROUGH", "ACTIVE"])
        pj.append(f"tracingConfig: sns.TracingConfig.{tc}")
        pc.append(f".tracing_config = CCDK_SNS_TRACING_CONFIG_{tc}")
    if r.random() < 0.15:
        pj.append("enforceSSL: true")
        pc.append(".enforce_ssl = CCDK_TRUE")
    tid = t.upper()
    if pj:
        a.both(f"const {t} = new sns.Topic({st['v']}, {js_str(tid)}, {{{', '.join(pj)}}});",
               f"ccdk_sns_topic *{t} = ccdk_sns_topic_new({st['v']}, {c_str(tid)}, &(ccdk_sns_topic_props){{{', '.join(pc)}}});")
    else:
        a.both(f"const {t} = new sns.Topic({st['v']}, {js_str(tid)});",
               f"ccdk_sns_topic *{t} = ccdk_sns_topic_new({st['v']}, {c_str(tid)}, NULL);")
    return add(st, "topic", t, fifo=fifo)


def import_topic(a, st):
    r = a.r
    t = a.uid("it")
    acct, reg = acct_region(st) if r.random() < 0.7 else ("333333333333", "us-west-2")
    fifo = r.random() < 0.15
    arn = f"arn:aws:sns:{reg}:{acct}:imported-{t}" + (".fifo" if fifo else "")
    if r.random() < 0.5:
        a.both(f"const {t} = sns.Topic.fromTopicArn({st['v']}, {js_str(t.upper())}, {js_str(arn)});",
               f"ccdk_sns_topic *{t} = ccdk_sns_topic_from_topic_arn({st['v']}, {c_str(t.upper())}, {c_str(arn)});")
    else:
        pj, pc = [f"topicArn: {js_str(arn)}"], [f".topic_arn = {c_str(arn)}"]
        if r.random() < 0.4:
            ka = f"arn:aws:kms:{reg}:{acct}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
            pj.append(f"keyArn: {js_str(ka)}")
            pc.append(f".key_arn = {c_str(ka)}")
        if fifo and r.random() < 0.5:
            pj.append("contentBasedDeduplication: true")
            pc.append(".content_based_deduplication = CCDK_TRUE")
        a.both(f"const {t} = sns.Topic.fromTopicAttributes({st['v']}, {js_str(t.upper())}, {{{', '.join(pj)}}});",
               f"ccdk_sns_topic *{t} = ccdk_sns_topic_from_topic_attributes({st['v']}, {c_str(t.upper())}, &(ccdk_sns_topic_attributes){{{', '.join(pc)}}});")
    return add(st, "topic", t, fifo=fifo, imported=True, foreign=(acct, reg) != acct_region(st))


def new_bus(a, st):
    r = a.r
    b = a.uid("bus")
    k = r.random()
    if k < 0.6:
        pj, pc = [], []
        if r.random() < 0.4:
            pj.append(f"eventBusName: {js_str('bus-' + b)}")
            pc.append(f".event_bus_name = {c_str('bus-' + b)}")
        if r.random() < 0.3:
            pj.append("description: 'the orders bus'")
            pc.append('.description = "the orders bus"')
        if pj:
            a.both(f"const {b} = new events.EventBus({st['v']}, {js_str(b.upper())}, {{{', '.join(pj)}}});",
                   f"ccdk_events_event_bus *{b} = ccdk_events_event_bus_new({st['v']}, {c_str(b.upper())}, &(ccdk_events_event_bus_props){{{', '.join(pc)}}});")
        else:
            a.both(f"const {b} = new events.EventBus({st['v']}, {js_str(b.upper())});",
                   f"ccdk_events_event_bus *{b} = ccdk_events_event_bus_new({st['v']}, {c_str(b.upper())}, NULL);")
        return add(st, "bus", b)
    if k < 0.8:
        acct, reg = acct_region(st)
        arn = f"arn:aws:events:{reg}:{acct}:event-bus/imported-{b}"
        a.both(f"const {b} = events.EventBus.fromEventBusArn({st['v']}, {js_str(b.upper())}, {js_str(arn)});",
               f"ccdk_events_event_bus *{b} = ccdk_events_event_bus_from_event_bus_arn({st['v']}, {c_str(b.upper())}, {c_str(arn)});")
    else:
        a.both(f"const {b} = events.EventBus.fromEventBusName({st['v']}, {js_str(b.upper())}, {js_str('named-' + b)});",
               f"ccdk_events_event_bus *{b} = ccdk_events_event_bus_from_event_bus_name({st['v']}, {c_str(b.upper())}, {c_str('named-' + b)});")
    return add(st, "bus", b, imported=True)


def new_bucket(a, st):
    b = a.uid("bkt")
    a.both(f"const {b} = new s3.Bucket({st['v']}, {js_str(b.upper())});",
           f"ccdk_s3_bucket *{b} = ccdk_s3_bucket_new({st['v']}, {c_str(b.upper())}, NULL);")
    return add(st, "bucket", b)


def pick(a, stacks, st, kind, pred=lambda x: True):
    """A resource of kind in st or an earlier stack (references go from the first stack to the second)."""
    c = [x for o in stacks if o["i"] <= st["i"] for x in o["res"] if x["kind"] == kind and pred(x)]
    return a.r.choice(c) if c else None


def new_function(a, st, stacks):
    r = a.r
    f = a.uid("fn")
    s = st["v"]
    pj = ["runtime: lambda.Runtime.NODEJS_22_X", "handler: 'index.handler'",
          "code: lambda.Code.fromInline('exports.handler = async () => 1;')"]
    pc = [".runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X", '.handler = "index.handler"',
          f'.code = ccdk_lambda_code_from_inline({s}, "exports.handler = async () => 1;")']
    for jk, ck in [("onSuccess", "on_success"), ("onFailure", "on_failure")]:
        if r.random() < 0.2:
            k = r.choice(["eb", "eb", "s3", "sqs", "sns"])
            if k == "eb":
                bus = pick(a, stacks, st, "bus") if r.random() < 0.6 else None
                if bus:
                    pj.append(f"{jk}: new destinations.EventBridgeDestination({bus['v']})")
                    pc.append(f".{ck} = ccdk_lambda_destinations_event_bridge_destination({s}, ccdk_events_event_bus_arn({bus['v']}))")
                else:
                    pj.append(f"{jk}: new destinations.EventBridgeDestination()")
                    pc.append(f".{ck} = ccdk_lambda_destinations_event_bridge_destination({s}, NULL)")
            elif k == "s3":
                b = pick(a, stacks, st, "bucket") or new_bucket(a, st)
                pj.append(f"{jk}: new destinations.S3Destination({b['v']})")
                pc.append(f".{ck} = ccdk_lambda_destinations_s3_destination({b['v']})")
            elif k == "sqs":
                q = pick(a, stacks, st, "queue", lambda x: not x["fifo"]) or new_queue(a, st, plain=True)
                pj.append(f"{jk}: new destinations.SqsDestination({q['v']})")
                pc.append(f".{ck} = ccdk_lambda_destinations_sqs_destination({q['v']})")
            else:
                t = pick(a, stacks, st, "topic", lambda x: not x["fifo"]) or new_topic(a, st)
                pj.append(f"{jk}: new destinations.SnsDestination({t['v']})")
                pc.append(f".{ck} = ccdk_lambda_destinations_sns_destination({t['v']})")
    a.both(f"const {f} = new lambda.Function({s}, {js_str(f.upper())}, {{{', '.join(pj)}}});",
           f"ccdk_lambda_function *{f} = ccdk_lambda_function_new({s}, {c_str(f.upper())}, &(ccdk_lambda_function_props){{{', '.join(pc)}}});")
    return add(st, "fn", f)


# ---------------------------------------------------------------- SNS filter policies

def string_cond(a, s):
    r = a.r
    k = r.choice(["allowlist", "denylist", "matchPrefixes", "matchSuffixes"])
    ck = {"allowlist": "allowlist", "denylist": "denylist", "matchPrefixes": "match_prefixes", "matchSuffixes": "match_suffixes"}[k]
    vals = r.sample(["red", "green", "blue", "ö"], r.randint(1, 2))
    return (f"sns.SubscriptionFilter.stringFilter({{{k}: [{', '.join(js_str(v) for v in vals)}]}})",
            f"ccdk_sns_subscription_filter_string({s}, &(ccdk_sns_string_conditions){{.{ck} = CCDK_STRS({', '.join(c_str(v) for v in vals)})}})")


def numeric_cond(a, s):
    r = a.r
    k = r.choice(["allowlist", "greaterThan", "lessThanOrEqualTo", "between"])
    if k == "allowlist":
        vals = r.sample([1, 2.5, 100, 0], r.randint(1, 2))
        return (f"sns.SubscriptionFilter.numericFilter({{allowlist: [{', '.join(js_num(v) for v in vals)}]}})",
                f"ccdk_sns_subscription_filter_numeric({s}, &(ccdk_sns_numeric_conditions){{.allowlist = CCDK_LIST({', '.join(js_num(float(v)) for v in vals)})}})")
    if k == "between":
        lo = r.randint(0, 10)
        hi = lo + r.randint(1, 10)
        return (f"sns.SubscriptionFilter.numericFilter({{between: {{start: {lo}, stop: {hi}}}}})",
                f"ccdk_sns_subscription_filter_numeric({s}, &(ccdk_sns_numeric_conditions){{.between = &(ccdk_sns_between_condition){{{lo}, {hi}}}}})")
    ck = {"greaterThan": "greater_than", "lessThanOrEqualTo": "less_than_or_equal_to"}[k]
    n = r.randint(0, 500)
    return (f"sns.SubscriptionFilter.numericFilter({{{k}: {n}}})",
            f"ccdk_sns_subscription_filter_numeric({s}, &(ccdk_sns_numeric_conditions){{.{ck} = CCDK_NUM({n})}})")


def filter_props(a, s):
    """(js props, c props) of a filterPolicy or filterPolicyWithMessageBody, maybe none."""
    r = a.r
    if r.random() < 0.5:
        return [], []
    ents_j, ents_c = [], []
    for name in r.sample(["color", "size", "price", "store"], r.randint(1, 2)):
        k = r.random()
        if k < 0.45:
            j, c = string_cond(a, s)
        elif k < 0.8:
            j, c = numeric_cond(a, s)
        elif k < 0.9:
            j, c = "sns.SubscriptionFilter.existsFilter()", f"ccdk_sns_subscription_filter_exists({s})"
        else:
            j, c = "sns.SubscriptionFilter.notExistsFilter()", f"ccdk_sns_subscription_filter_not_exists({s})"
        ents_j.append((name, j))
        ents_c.append((name, c))
    if r.random() < 0.75:
        return ([f"filterPolicy: {{{', '.join(f'{js_str(n)}: {j}' for n, j in ents_j)}}}"],
                [f".filter_policy = CCDK_LIST({', '.join(f'((ccdk_sns_filter_entry){{{c_str(n)}, {c}}})' for n, c in ents_c)})"])
    return ([f"filterPolicyWithMessageBody: {{{', '.join(f'{js_str(n)}: sns.FilterOrPolicy.filter({j})' for n, j in ents_j)}}}"],
            [f".filter_policy_with_message_body = CCDK_LIST({', '.join(f'((ccdk_sns_filter_or_policy_entry){{{c_str(n)}, ccdk_sns_filter_or_policy_filter({c})}})' for n, c in ents_c)})"])


def subscribe(a, stacks, st):
    r = a.r
    s = st["v"]
    t = pick(a, stacks, st, "topic")
    if t is None:
        return
    kind = r.choice(["lambda", "lambda", "sqs", "sqs", "email", "sms", "url"])
    pj, pc = filter_props(a, s)
    if r.random() < 0.2:
        d = pick(a, stacks, st, "queue", lambda x: not x["fifo"] and x["enc"] != "KMS_MANAGED" and not x.get("imported"))
        if d:
            pj.append(f"deadLetterQueue: {d['v']}")
            pc.append(f".dead_letter_queue = {d['v']}")
    if kind == "lambda":
        f = pick(a, stacks, st, "fn")
        if f is None or t["fifo"]:
            return
        a.both(f"{t['v']}.addSubscription(new subs.LambdaSubscription({f['v']}{', {' + ', '.join(pj) + '}' if pj else ''}));",
               f"ccdk_sns_topic_add_lambda_subscription({t['v']}, {f['v']}, "
               + (f"&(ccdk_sns_lambda_subscription_props){{{', '.join(pc)}}});" if pc else "NULL);"))
    elif kind == "sqs":
        q = pick(a, stacks, st, "queue", lambda x: x["fifo"] == t["fifo"] and x["enc"] != "KMS_MANAGED")
        km = pick(a, stacks, st, "queue", lambda x: x["fifo"] == t["fifo"] and x["enc"] == "KMS_MANAGED")
        if km is not None and a.bad(0.5):
            q = km  # aws-cdk-lib's "SQS queue encrypted by AWS managed KMS key cannot be used as SNS subscription"
        if q is None:
            return
        if r.random() < 0.3:
            pj.append("rawMessageDelivery: true")
            pc.append(".raw_message_delivery = CCDK_TRUE")
        a.both(f"{t['v']}.addSubscription(new subs.SqsSubscription({q['v']}{', {' + ', '.join(pj) + '}' if pj else ''}));",
               f"ccdk_sns_topic_add_sqs_subscription({t['v']}, {q['v']}, "
               + (f"&(ccdk_sns_sqs_subscription_props){{{', '.join(pc)}}});" if pc else "NULL);"))
    elif kind == "email":
        addr = r.choice(["ops@example.com", "team+alerts@example.org"])
        if r.random() < 0.3:
            pj.append("json: true")
            pc.append(".json = CCDK_TRUE")
        a.both(f"{t['v']}.addSubscription(new subs.EmailSubscription({js_str(addr)}{', {' + ', '.join(pj) + '}' if pj else ''}));",
               f"ccdk_sns_topic_add_email_subscription({t['v']}, {c_str(addr)}, "
               + (f"&(ccdk_sns_email_subscription_props){{{', '.join(pc)}}});" if pc else "NULL);"))
    elif kind == "sms":
        num = r.choice(["+15555550100", "+4915112345678"])
        a.both(f"{t['v']}.addSubscription(new subs.SmsSubscription({js_str(num)}{', {' + ', '.join(pj) + '}' if pj else ''}));",
               f"ccdk_sns_topic_add_sms_subscription({t['v']}, {c_str(num)}, "
               + (f"&(ccdk_sns_sms_subscription_props){{{', '.join(pc)}}});" if pc else "NULL);"))
    else:
        url = r.choice(["https://example.com/hook", "http://example.org/in"]) if not a.bad(0.3) else "ftp://example.com"
        if r.random() < 0.3:
            pj.append("rawMessageDelivery: true")
            pc.append(".raw_message_delivery = CCDK_TRUE")
        a.both(f"{t['v']}.addSubscription(new subs.UrlSubscription({js_str(url)}{', {' + ', '.join(pj) + '}' if pj else ''}));",
               f"ccdk_sns_topic_add_url_subscription({t['v']}, {c_str(url)}, "
               + (f"&(ccdk_sns_url_subscription_props){{{', '.join(pc)}}});" if pc else "NULL);"))


# ---------------------------------------------------------------- events

MATCHERS = [
    ("exactString", "exact_string", "s"), ("prefix", "prefix", "s"), ("suffix", "suffix", "s"),
    ("wildcard", "wildcard", "s"), ("equalsIgnoreCase", "equals_ignore_case", "s"),
    ("greaterThan", "greater_than", "n"), ("lessThanOrEqual", "less_than_or_equal", "n"),
    ("exists", "exists", ""), ("doesNotExist", "does_not_exist", ""), ("nullValue", "null_value", ""),
    ("anythingBut", "anything_but", "l"), ("anythingButPrefix", "anything_but_prefix", "l"),
    ("cidr", "cidr", "ip"), ("interval", "interval", "iv"),
]


def matcher(a, s):
    r = a.r
    jn, cn, k = r.choice(MATCHERS)
    if k == "s":
        v = r.choice(["order", "Placed*", "x.y", "ü"])
        return f"events.Match.{jn}({js_str(v)})", f"ccdk_events_match_{cn}({s}, {c_str(v)})"
    if k == "n":
        n = r.choice([0, 5, 12.5, 100])
        return f"events.Match.{jn}({js_num(n)})", f"ccdk_events_match_{cn}({s}, {js_num(float(n))})"
    if k == "l":
        vals = r.sample(["a", "b", "c"], r.randint(1, 2))
        return (f"events.Match.{jn}({', '.join(js_str(v) for v in vals)})",
                f"ccdk_events_match_{cn}({s}, CCDK_STRS({', '.join(c_str(v) for v in vals)}))")
    if k == "ip":
        v = r.choice(["10.0.0.0/8", "192.168.1.0/24"]) if not a.bad(0.3) else "10.0.0.0/33"
        return f"events.Match.{jn}({js_str(v)})", f"ccdk_events_match_{cn}({s}, {c_str(v)})"
    if k == "iv":
        lo = r.randint(0, 10)
        hi = lo + r.randint(0, 10)
        if a.bad(0.3):
            lo, hi = hi + 1, lo
        return f"events.Match.{jn}({lo}, {hi})", f"ccdk_events_match_{cn}({s}, {lo}, {hi})"
    return f"events.Match.{jn}()", f"ccdk_events_match_{cn}({s})"


def event_pattern(a, s, v):
    """Declares the pattern object v in both languages; returns nothing."""
    r = a.r
    src = r.sample(["my.app", "aws.ec2", "orders"], r.randint(1, 2))
    a.both(f"const {v} = {{source: [{', '.join(js_str(x) for x in src)}]}};",
           f"ccdk_value *{v} = ccdk_v_object({s}); ccdk_v_set({v}, \"source\", "
           + "".join("ccdk_v_push(" for _ in src) + f"ccdk_v_list({s})"
           + "".join(f", ccdk_v_string({s}, {c_str(x)}))" for x in src) + ");")
    if r.random() < 0.4:
        dt = r.choice(["Order Placed", "EC2 Instance State-change Notification"])
        a.both(f"{v}.detailType = [{js_str(dt)}];",
               f"ccdk_v_set({v}, \"detailType\", ccdk_v_push(ccdk_v_list({s}), ccdk_v_string({s}, {c_str(dt)})));")
    if r.random() < 0.6:
        a.both(f"{v}.detail = {{}};", f"ccdk_v_set({v}, \"detail\", ccdk_v_object({s}));")
        for field in r.sample(["state", "amount", "region", "ip"], r.randint(1, 2)):
            j, c = matcher(a, s)
            a.both(f"{v}.detail[{js_str(field)}] = {j};",
                   f"ccdk_v_set(ccdk_v_get({v}, \"detail\"), {c_str(field)}, {c});")


def target_input(a, s):
    r = a.r
    k = r.random()
    if k < 0.3:
        txt = r.choice(["hello", "ünïcode ✓", "line"])
        return f"events.RuleTargetInput.fromText({js_str(txt)})", f"ccdk_events_rule_target_input_from_text({s}, {c_str(txt)})"
    if k < 0.5:
        p = r.choice(["$.detail", "$.detail.state"])
        return f"events.RuleTargetInput.fromEventPath({js_str(p)})", f"ccdk_events_rule_target_input_from_event_path({s}, {c_str(p)})"
    if k < 0.75:
        return ("events.RuleTargetInput.fromObject({id: events.EventField.eventId, n: 3, src: events.EventField.source})",
                f"ccdk_events_rule_target_input_from_object({s}, ccdk_v_set(ccdk_v_set(ccdk_v_set(ccdk_v_object({s}), \"id\", "
                f"ccdk_v_string({s}, ccdk_events_event_field_event_id({s}))), \"n\", ccdk_v_number({s}, 3)), \"src\", "
                f"ccdk_v_string({s}, ccdk_events_event_field_source({s}))))")
    return (f"events.RuleTargetInput.fromText(`state ${{events.EventField.fromPath('$.detail.state')}} in ${{events.EventField.region}}`)",
            f"ccdk_events_rule_target_input_from_text({s}, ccdk_fmt({s}, \"state %s in %s\", "
            f"ccdk_events_event_field_from_path({s}, \"$.detail.state\"), ccdk_events_event_field_region({s})))")


def retry_props(a, pj, pc):
    r = a.r
    if r.random() < 0.3:
        n = r.randint(0, 185) if not a.bad(0.2) else 186
        pj.append(f"retryAttempts: {n}")
        pc.append(f".retry_attempts = CCDK_NUM({n})")
    if r.random() < 0.3:
        dj, dc = dur(r, 60, 86400) if not a.bad(0.2) else dur(r, 1, 59)
        pj.append(f"maxEventAge: {dj}")
        pc.append(f".max_event_age = {dc}")


def make_target(a, stacks, st):
    """(js, c) of a target for a rule in st, or None."""
    r = a.r
    s = st["v"]
    k = r.choice(["fn", "fn", "queue", "topic", "bus"])
    pj, pc = [], []
    dlq = None
    if r.random() < 0.2:
        dlq = pick(a, stacks, st, "queue", lambda x: not x["fifo"] and not x.get("imported") and x["stack"] is st)
        if dlq:
            pj.append(f"deadLetterQueue: {dlq['v']}")
            pc.append(f".dead_letter_queue = {dlq['v']}")
    if k == "fn":
        f = pick(a, stacks, st, "fn", lambda x: x["stack"] is st)
        if f is None:
            return None
        retry_props(a, pj, pc)
        if r.random() < 0.4:
            j, c = target_input(a, s)
            pj.append(f"event: {j}")
            pc.append(f".event = {c}")
        return (f"new targets.LambdaFunction({f['v']}{', {' + ', '.join(pj) + '}' if pj else ''})",
                f"ccdk_events_targets_lambda_function({f['v']}, " + (f"&(ccdk_events_lambda_function_target_props){{{', '.join(pc)}}})" if pc else "NULL)"))
    if k == "queue":
        q = pick(a, stacks, st, "queue", lambda x: not x.get("imported") and x["stack"] is st)
        if q is None:
            return None
        retry_props(a, pj, pc)
        if q["fifo"]:
            pj.append("messageGroupId: 'grp'")
            pc.append('.message_group_id = "grp"')
        if r.random() < 0.3:
            j, c = target_input(a, s)
            pj.append(f"message: {j}")
            pc.append(f".message = {c}")
        return (f"new targets.SqsQueue({q['v']}{', {' + ', '.join(pj) + '}' if pj else ''})",
                f"ccdk_events_targets_sqs_queue({q['v']}, " + (f"&(ccdk_events_sqs_queue_target_props){{{', '.join(pc)}}})" if pc else "NULL)"))
    if k == "topic":
        t = pick(a, stacks, st, "topic", lambda x: not x.get("imported") and x["stack"] is st and not x["fifo"])
        if t is None:
            return None
        retry_props(a, pj, pc)
        if r.random() < 0.3:
            j, c = target_input(a, s)
            pj.append(f"message: {j}")
            pc.append(f".message = {c}")
        return (f"new targets.SnsTopic({t['v']}{', {' + ', '.join(pj) + '}' if pj else ''})",
                f"ccdk_events_targets_sns_topic({t['v']}, " + (f"&(ccdk_events_sns_topic_target_props){{{', '.join(pc)}}})" if pc else "NULL)"))
    b = pick(a, stacks, st, "bus")
    if b is None:
        return None
    return (f"new targets.EventBus({b['v']}{', {' + ', '.join(pj) + '}' if pj else ''})",
            f"ccdk_events_targets_event_bus({b['v']}, " + (f"&(ccdk_events_event_bus_target_props){{{', '.join(pc)}}})" if pc else "NULL)"))


def new_rule(a, stacks, st):
    r = a.r
    s = st["v"]
    rv = a.uid("rule")
    pj, pc = [], []
    if r.random() < 0.45:
        k = r.random()
        if k < 0.4:
            n = r.choice([1, 5, 60])
            unit = r.choice(["minutes", "hours", "days"])
            if a.bad(0.2):
                unit, n = "seconds", 30
            pj.append(f"schedule: events.Schedule.rate(cdk.Duration.{unit}({n}))")
            pc.append(f".schedule = ccdk_events_schedule_rate({s}, ccdk_duration_{unit}({n}))")
        elif k < 0.8:
            opts = r.choice([{"minute": "0", "hour": "4"}, {"minute": "15", "weekDay": "MON-FRI"}, {"hour": "12", "day": "1"}])
            if a.bad(0.2):
                opts = {"minute": "0", "day": "1", "weekDay": "MON"}
            cmap = {"minute": "minute", "hour": "hour", "day": "day", "weekDay": "week_day"}
            pj.append(f"schedule: events.Schedule.cron({{{', '.join(f'{k2}: {js_str(v2)}' for k2, v2 in opts.items())}}})")
            pc.append(f".schedule = ccdk_events_schedule_cron({s}, &(ccdk_events_cron_options){{{', '.join(f'.{cmap[k2]} = {c_str(v2)}' for k2, v2 in opts.items())}}})")
        else:
            e = r.choice(["rate(10 minutes)", "cron(0 12 * * ? *)"])
            pj.append(f"schedule: events.Schedule.expression({js_str(e)})")
            pc.append(f".schedule = ccdk_events_schedule_expression({s}, {c_str(e)})")
    else:
        pv = a.uid("pat")
        event_pattern(a, s, pv)
        pj.append(f"eventPattern: {pv}")
        pc.append(f".event_pattern = {pv}")
        b = pick(a, stacks, st, "bus", lambda x: x["stack"] is st)
        if b and r.random() < 0.5:
            pj.append(f"eventBus: {b['v']}")
            pc.append(f".event_bus = {b['v']}")
    if r.random() < 0.2:
        pj.append("enabled: false")
        pc.append(".enabled = CCDK_FALSE")
    if r.random() < 0.2:
        pj.append("description: 'every order ✓'")
        pc.append('.description = "every order ✓"')
    if r.random() < 0.15:
        pj.append(f"ruleName: {js_str('rule-' + rv)}")
        pc.append(f".rule_name = {c_str('rule-' + rv)}")
    tg = [t for t in (make_target(a, stacks, st) for _ in range(r.randint(0, 2))) if t]
    later = []
    if tg and r.random() < 0.5:
        pj.append(f"targets: [{', '.join(t[0] for t in tg)}]")
        pc.append(f".targets = CCDK_LIST({', '.join(t[1] for t in tg)})")
    else:
        later = tg
    a.both(f"const {rv} = new events.Rule({s}, {js_str(rv.upper())}, {{{', '.join(pj)}}});",
           f"ccdk_events_rule *{rv} = ccdk_events_rule_new({s}, {c_str(rv.upper())}, &(ccdk_events_rule_props){{{', '.join(pc)}}});")
    for j, c in later:
        a.both(f"{rv}.addTarget({j});", f"ccdk_events_rule_add_target({rv}, {c});")


# ---------------------------------------------------------------- calls

QUEUE_METRICS = ["ApproximateAgeOfOldestMessage", "ApproximateNumberOfMessagesVisible", "NumberOfMessagesSent",
                 "NumberOfMessagesDeleted", "SentMessageSize", "NumberOfEmptyReceives"]
TOPIC_METRICS = ["NumberOfMessagesPublished", "NumberOfNotificationsFailed", "PublishSize", "NumberOfNotificationsDelivered"]


def snake(name):
    out = ""
    for ch in name:
        out += ("_" + ch.lower()) if ch.isupper() else ch
    return out.lstrip("_")


def gen_calls(a, stacks):
    r = a.r
    for _ in range(r.randint(2, 8)):
        st = r.choice(stacks)
        s = st["v"]
        what = r.choice(["sub", "sub", "sub", "rule", "rule", "rule", "grant_q", "grant_t", "grant_bus", "policy",
                         "alarm", "alarm"])
        if what == "sub":
            subscribe(a, stacks, st)
        elif what == "rule":
            new_rule(a, stacks, st)
        elif what == "grant_q":
            q, f = pick(a, stacks, st, "queue"), pick(a, stacks, st, "fn", lambda x: x["stack"] is st)
            if q and f:
                g = r.choice(["grantConsumeMessages", "grantSendMessages", "grantPurge", "grant"])
                if g == "grant":
                    a.both(f"{q['v']}.grant({f['v']}, 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl');",
                           f"ccdk_sqs_queue_grant({q['v']}, {f['v']}, CCDK_STRS(\"sqs:GetQueueAttributes\", \"sqs:GetQueueUrl\"));")
                else:
                    a.both(f"{q['v']}.{g}({f['v']});", f"ccdk_sqs_queue_{snake(g)}({q['v']}, {f['v']});")
        elif what == "grant_t":
            t, f = pick(a, stacks, st, "topic"), pick(a, stacks, st, "fn", lambda x: x["stack"] is st)
            if t and f:
                g = r.choice(["grantPublish", "grantSubscribe"])
                a.both(f"{t['v']}.{g}({f['v']});", f"ccdk_sns_topic_{snake(g)}({t['v']}, {f['v']});")
        elif what == "grant_bus":
            f = pick(a, stacks, st, "fn", lambda x: x["stack"] is st)
            if f is None:
                continue
            b = pick(a, stacks, st, "bus")
            if b and r.random() < 0.7:
                a.both(f"{b['v']}.grantPutEventsTo({f['v']});", f"ccdk_events_event_bus_grant_put_events_to({b['v']}, {f['v']});")
            else:
                a.both(f"events.EventBus.grantAllPutEvents({f['v']});", f"ccdk_events_event_bus_grant_all_put_events({f['v']});")
        elif what == "policy":
            x = pick(a, stacks, st, r.choice(["queue", "topic"]))
            if x is None:
                continue
            acct = r.choice(["444444444444", "555555555555"])
            act = "sqs:SendMessage" if x["kind"] == "queue" else "sns:Publish"
            res = f"{x['v']}.queueArn" if x["kind"] == "queue" else f"{x['v']}.topicArn"
            cres = f"ccdk_sqs_queue_arn({x['v']})" if x["kind"] == "queue" else f"ccdk_sns_topic_arn({x['v']})"
            fn = "ccdk_sqs_queue_add_to_resource_policy" if x["kind"] == "queue" else "ccdk_sns_topic_add_to_resource_policy"
            a.both(f"{x['v']}.addToResourcePolicy(new iam.PolicyStatement({{actions: [{js_str(act)}], resources: [{res}], "
                   f"principals: [new iam.AccountPrincipal({js_str(acct)})]}}));",
                   f"{fn}({x['v']}, ccdk_iam_policy_statement_new({s}, &(ccdk_iam_policy_statement_props){{"
                   f".actions = CCDK_STRS({c_str(act)}), .resources = CCDK_STRS({cres}), "
                   f".principals = CCDK_LIST(ccdk_iam_account_principal({s}, {c_str(acct)}))}}));")
        elif what == "alarm":
            x = pick(a, stacks, st, r.choice(["queue", "topic"]))
            if x is None:
                continue
            aid = a.uid("Alarm")
            m = r.choice(QUEUE_METRICS if x["kind"] == "queue" else TOPIC_METRICS)
            oj, oc = [], []
            if r.random() < 0.4:
                p = r.choice([1, 5, 15])
                oj.append(f"period: cdk.Duration.minutes({p})")
                oc.append(f".period = ccdk_duration_minutes({p})")
            if r.random() < 0.4:
                stt = r.choice(["Sum", "Maximum", "p99", "Minimum"])
                oj.append(f"statistic: {js_str(stt)}")
                oc.append(f".statistic = {c_str(stt)}")
            pre = "sqs_queue" if x["kind"] == "queue" else "sns_topic"
            a.both(f"{x['v']}.metric{m}({{{', '.join(oj)}}}).createAlarm({s}, {js_str(aid)}, {{threshold: 5, evaluationPeriods: 2}});",
                   f"ccdk_cloudwatch_metric_create_alarm(ccdk_{pre}_metric_{snake(m)}({x['v']}, "
                   + (f"&(ccdk_cloudwatch_metric_options){{{', '.join(oc)}}}" if oc else "NULL")
                   + f"), {s}, {c_str(aid)}, &(ccdk_cloudwatch_create_alarm_options){{.threshold = CCDK_NUM(5), .evaluation_periods = CCDK_NUM(2)}});")


def write_case(outdir, seed):
    a = App(seed)
    r = a.r
    a.js.append("const app = new cdk.App();")
    a.c.append("    ccdk_app *app = ccdk_app_new(NULL);")
    stacks = new_stacks(a)
    makers = [new_queue, new_queue, new_topic, new_topic, import_queue, import_topic, new_bus, new_bus, new_bucket]
    for st in stacks:
        for _ in range(r.randint(2, 6)):
            r.choice(makers)(a, st)
        for _ in range(r.randint(1, 3)):
            new_function(a, st, stacks)
    gen_calls(a, stacks)

    js = ["// generated by tests/difffuzz/gen_res.py, seed %d" % seed, "'use strict';",
          "const cdk = require('aws-cdk-lib');", "const lambda = require('aws-cdk-lib/aws-lambda');",
          "const destinations = require('aws-cdk-lib/aws-lambda-destinations');",
          "const iam = require('aws-cdk-lib/aws-iam');", "const sqs = require('aws-cdk-lib/aws-sqs');",
          "const sns = require('aws-cdk-lib/aws-sns');", "const subs = require('aws-cdk-lib/aws-sns-subscriptions');",
          "const events = require('aws-cdk-lib/aws-events');", "const targets = require('aws-cdk-lib/aws-events-targets');",
          "const s3 = require('aws-cdk-lib/aws-s3');", "const kms = require('aws-cdk-lib/aws-kms');", ""] + a.js + ["app.synth();", ""]
    c = ["/* generated by tests/difffuzz/gen_res.py, seed %d */" % seed,
         "#include <ccdk/lambda.h>", "#include <ccdk/lambda_destinations.h>", "#include <ccdk/iam.h>",
         "#include <ccdk/sqs.h>", "#include <ccdk/sns.h>", "#include <ccdk/events.h>", "#include <ccdk/s3.h>",
         "#include <ccdk/kms.h>", "#include <ccdk/cloudwatch.h>", "",
         "int main(void)", "{"] + a.c + [
         "    int rc = ccdk_app_synth(app);", "    ccdk_app_free(app);", "    return rc ? 1 : 0;", "}", ""]
    common.write_case(os.path.join(outdir, f"dr-{seed}"), a, js, c)


if __name__ == "__main__":
    common.main(__doc__, write_case)
