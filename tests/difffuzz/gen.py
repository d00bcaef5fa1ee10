#!/usr/bin/env python3
"""Differential random apps: ccdk against aws-cdk-lib.

Usage: python3 tests/difffuzz/gen.py SEED COUNT OUTDIR

For each seed in SEED .. SEED+COUNT-1, writes OUTDIR/dz-<seed>/{app.js,app.c} (and the small asset
directories the app uses): one CDK app, chosen by random.Random(seed), written twice -- against
aws-cdk-lib and against ccdk -- doing the same calls in the same order. Run them with
    CCDK_CONFORMANCE_CASES=OUTDIR node tests/conformance/run.js
(OUTDIR inside the repo, so that app.js finds node_modules; `make difffuzz` does both).

About one app in 15 gets an invalid value somewhere (an error path: both must fail with the same
message and write nothing). The same seed always gives the same app.
"""
import os

import common
from common import js_str, c_str, js_num

# (aws-cdk-lib Runtime name, family); all of them are Runtime.<NAME> and CCDK_LAMBDA_RUNTIME_<NAME>
RUNTIMES = [
    ("NODEJS_18_X", "node"), ("NODEJS_20_X", "node"), ("NODEJS_22_X", "node"), ("NODEJS_LATEST", "node"),
    ("PYTHON_3_11", "python"), ("PYTHON_3_12", "python"), ("PYTHON_3_13", "python"),
    ("JAVA_11", "java"), ("JAVA_17", "java"), ("JAVA_21", "java"),
    ("DOTNET_8", "dotnet"), ("RUBY_3_3", "ruby"), ("PROVIDED_AL2023", "provided"), ("GO_1_X", "go"),
]
ENVS = [None, None, ("111111111111", "us-east-1"), ("222222222222", "eu-west-1")]
TEXTS = ["plain text", "Größe – Ünïcödé", "東京のラムダ関数", "emoji ✓ 🚀 done", "quote \" and \\ backslash",
         "tab\tand newline\n", "€100 ≠ $100", ""]
SERVICES = ["events.amazonaws.com", "s3.amazonaws.com", "sns.amazonaws.com", "apigateway.amazonaws.com"]
ACTIONS = ["s3:GetObject", "sqs:SendMessage", "dynamodb:GetItem", "logs:PutLogEvents", "kms:Decrypt"]
# the calls gen_more draws (imports, SingletonFunction, EventSourceMapping, Kafka, principals, ...)
MORE_CALLS = ["import_fn", "import_ver", "singleton", "esm", "kafka", "sqs_more", "sns_filter", "api", "composite",
              "perm_principal", "role_policy_cond", "alias_metric", "capacity"]
# runtimes with SnapStart (aws-cdk-lib's supportsSnapStart)
SNAP_RTS = {"JAVA_11", "JAVA_17", "JAVA_21", "PYTHON_3_12", "PYTHON_3_13", "DOTNET_8"}


class App(common.App):
    """The app being generated; about one in 15 is meant to fail."""

    def __init__(self, seed):
        super().__init__(seed, 1 / 15)
        self.fns = []  # the functions made so far (info dicts)


def dur(r, lo_s, hi_s):
    """A Duration between lo and hi seconds: (js, c)."""
    kind = r.choice(["seconds", "minutes"])
    if kind == "minutes" and hi_s >= 60 and lo_s <= hi_s - 60:
        n = r.randint(max(1, (lo_s + 59) // 60), hi_s // 60)
        return f"cdk.Duration.minutes({n})", f"ccdk_duration_minutes({n})"
    n = r.randint(lo_s, hi_s)
    return f"cdk.Duration.seconds({n})", f"ccdk_duration_seconds({n})"


def gen_function(a, stack, fid, var):
    """Function props: returns ([(js, c) prop pairs], info)."""
    r = a.r
    rt, fam = r.choice(RUNTIMES)
    props = []
    info = {"runtime": rt, "family": fam, "var": var, "stack": stack, "aliases": [], "url": False,
            "version": False, "env": {}}
    props.append((f"runtime: lambda.Runtime.{rt}", f".runtime = CCDK_LAMBDA_RUNTIME_{rt}"))
    handler = "index.handler" if fam in ("node", "python") else r.choice(["index.handler", "bootstrap", "App::Handler"])
    props.append((f"handler: {js_str(handler)}", f".handler = {c_str(handler)}"))
    inline_ok = fam in ("node", "python")
    if (inline_ok and r.random() < 0.5) or (not inline_ok and a.bad()):
        body = r.choice(["exports.handler = async () => 'ok';", "def handler(event, context):\n    return 1\n",
                         "// 東京 ✓\nexports.handler = async (e) => e;"])
        props.append((f"code: lambda.Code.fromInline({js_str(body)})",
                       f".code = ccdk_lambda_code_from_inline({stack['c']}, {c_str(body)})"))
    elif r.random() < 0.2:
        # Code.fromBucket: one bucket per stack, shared by its functions
        if "bucket" not in stack:
            stack["bucket"] = a.uid("bucket")
            a.both(f"const {stack['bucket']} = new s3.Bucket({stack['js']}, {js_str(stack['bucket'].upper())});",
                   f"    ccdk_s3_bucket *{stack['bucket']} = ccdk_s3_bucket_new({stack['c']}, {c_str(stack['bucket'].upper())}, NULL);")
        key = r.choice(["code.zip", "fns/ü/handler.zip", f"{fid}.zip"])
        if r.random() < 0.5:
            ver = r.choice(["v1", "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo"])
            props.append((f"code: lambda.Code.fromBucket({stack['bucket']}, {js_str(key)}, {js_str(ver)})",
                          f".code = ccdk_lambda_code_from_bucket({stack['bucket']}, {c_str(key)}, {c_str(ver)})"))
        else:
            props.append((f"code: lambda.Code.fromBucket({stack['bucket']}, {js_str(key)})",
                          f".code = ccdk_lambda_code_from_bucket({stack['bucket']}, {c_str(key)}, NULL)"))
    else:
        d = f"asset{r.randint(0, 2)}"
        if d not in a.assets:
            a.assets[d] = {"index.js": f"exports.handler = async () => '{d} {a.seed}';\n"}
            if r.random() < 0.5:
                a.assets[d]["data/extra.txt"] = "extra ✓\n" * r.randint(1, 5)
            if r.random() < 0.4:
                a.assets[d]["README.md"] = "# readme\n"
                a.assets[d][".gitignore"] = "*.md\n"
                a.assets[d]["sub/.dockerignore"] = "nothing\n"
        oj, oc = [], []
        if r.random() < 0.35:
            ex = r.sample(["*.md", "data", "data/", "*.txt", "!index.js", "sub/**", "README*"], r.randint(1, 3))
            oj.append(f"exclude: [{', '.join(js_str(x) for x in ex)}]")
            oc.append(f".exclude = CCDK_STRS({', '.join(c_str(x) for x in ex)})")
        if r.random() < 0.25:
            m = r.choice(["GLOB", "GIT", "DOCKER"])
            oj.append(f"ignoreMode: cdk.IgnoreMode.{m}")
            oc.append(f".ignore_mode = CCDK_IGNORE_MODE_{m}")
        props.append((f"code: lambda.Code.fromAsset(path.join(__dirname, {js_str(d)}){', {' + ', '.join(oj) + '}' if oj else ''})",
                       f".code = ccdk_lambda_code_from_asset({stack['c']}, {c_str(d)}, "
                       + (f"&(ccdk_asset_options){{{', '.join(oc)}}})" if oc else "NULL)")))

    def maybe(p):
        return r.random() < p

    if maybe(0.4):
        n = r.choice([128, 256, 512, 1024, 1536, 3008, 10240])
        props.append((f"memorySize: {n}", f".memory_size = CCDK_NUM({n})"))
    if maybe(0.4):
        j, c = dur(r, 1, 900)
        props.append((f"timeout: {j}", f".timeout = {c}"))
    if maybe(0.4):
        if a.bad():
            d = r.choice(["x" * 257, "🚀" * 129])  # 258 UTF-16 units: JavaScript's .length
        else:
            d = r.choice(TEXTS + ["🚀" * 128, "é" * 256])
        props.append((f"description: {js_str(d)}", f".description = {c_str(d)}"))
    if maybe(0.25):
        if a.bad():
            n = r.choice(["has space", "x" * 65, "dot.name"])
        else:
            n = f"fz-{a.seed}-{fid}"[:64]
        props.append((f"functionName: {js_str(n)}", f".function_name = {c_str(n)}"))
    if maybe(0.4):
        env = {}
        for i in range(r.randint(0, 3)):
            env[r.choice(["STAGE", "TABLE", "MODE", "NAME_" + str(i)])] = r.choice(TEXTS[:4] + ["1", "x=y"])
        info["env"] = dict(env)
        js = ", ".join(f"{js_str(k)}: {js_str(v)}" for k, v in env.items())
        cs = ", ".join(f"{{{c_str(k)}, {c_str(v)}}}" for k, v in env.items())
        props.append((f"environment: {{{js}}}", f".environment = CCDK_KVS({cs})" if env else ".environment = {0}"))
    if maybe(0.3):
        arch = r.choice(["ARM_64", "X86_64"])
        props.append((f"architecture: lambda.Architecture.{arch}", f".architecture = CCDK_LAMBDA_ARCHITECTURE_{arch}"))
    if maybe(0.3):
        t = r.choice(["ACTIVE", "PASS_THROUGH", "DISABLED"])
        props.append((f"tracing: lambda.Tracing.{t}", f".tracing = CCDK_LAMBDA_TRACING_{t}"))
    if maybe(0.25):
        n = r.choice([0, 1, 5, 100])
        props.append((f"reservedConcurrentExecutions: {n}", f".reserved_concurrent_executions = CCDK_NUM({n})"))
    if maybe(0.25):
        n = 3 if a.bad() else r.randint(0, 2)
        info["async"] = True
        props.append((f"retryAttempts: {n}", f".retry_attempts = CCDK_NUM({n})"))
    if maybe(0.25):
        if a.bad():
            j, c = dur(r, 1, 59)
        else:
            j, c = dur(r, 60, 21600)
        info["async"] = True
        props.append((f"maxEventAge: {j}", f".max_event_age = {c}"))
    if maybe(0.25):
        if a.bad():
            n = r.choice([256, 10241])
            props.append((f"ephemeralStorageSize: cdk.Size.mebibytes({n})", f".ephemeral_storage_size = ccdk_size_mebibytes({n})"))
        elif maybe(0.5):
            n = r.choice([512, 1024, 2048, 10240])
            info["eph_big"] = n > 512
            props.append((f"ephemeralStorageSize: cdk.Size.mebibytes({n})", f".ephemeral_storage_size = ccdk_size_mebibytes({n})"))
        else:
            n = r.randint(1, 10)
            info["eph_big"] = True
            props.append((f"ephemeralStorageSize: cdk.Size.gibibytes({n})", f".ephemeral_storage_size = ccdk_size_gibibytes({n})"))
    if maybe(0.3):
        fmt = r.choice(["JSON", "TEXT"])
        props.append((f"loggingFormat: lambda.LoggingFormat.{fmt}", f".logging_format = CCDK_LAMBDA_LOGGING_FORMAT_{fmt}"))
        if fmt == "JSON" or a.bad():
            if maybe(0.6):
                lv = r.choice(["INFO", "DEBUG", "WARN", "TRACE", "ERROR", "FATAL"])
                props.append((f"applicationLogLevelV2: lambda.ApplicationLogLevel.{lv}",
                              f".application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_{lv}"))
            if maybe(0.6):
                lv = r.choice(["INFO", "DEBUG", "WARN"])
                props.append((f"systemLogLevelV2: lambda.SystemLogLevel.{lv}",
                              f".system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_{lv}"))
    if not any(p[0].startswith("loggingFormat") for p in props) and maybe(0.08):
        # aws-cdk-lib's deprecated string forms (each not with its replacement; levels need JSON)
        fmt = r.choice(["JSON", "Text"])
        props.append((f"logFormat: {js_str(fmt)}", f".log_format = {c_str(fmt)}"))
        if fmt == "JSON" or a.bad():
            if maybe(0.5):
                lv = r.choice(["INFO", "DEBUG", "TRACE"])
                props.append((f"applicationLogLevel: {js_str(lv)}", f".application_log_level = {c_str(lv)}"))
            if maybe(0.5):
                lv = r.choice(["INFO", "WARN"])
                props.append((f"systemLogLevel: {js_str(lv)}", f".system_log_level = {c_str(lv)}"))
    if maybe(0.25):
        choice = r.choice(["enabled", "queue", "queue", "disabled"])
        if choice == "enabled":
            props.append(("deadLetterQueueEnabled: true", ".dead_letter_queue_enabled = CCDK_TRUE"))
        elif choice == "disabled":
            props.append(("deadLetterQueueEnabled: false", ".dead_letter_queue_enabled = CCDK_FALSE"))
        else:
            q = a.uid("dlq")
            a.both(f"const {q} = new sqs.Queue({stack['js']}, {js_str(q.upper())});",
                   f"    ccdk_sqs_queue *{q} = ccdk_sqs_queue_new({stack['c']}, {c_str(q.upper())}, NULL);")
            props.append((f"deadLetterQueue: {q}", f".dead_letter_queue = {q}"))
            if a.bad():
                props.append(("deadLetterQueueEnabled: false", ".dead_letter_queue_enabled = CCDK_FALSE"))
    if maybe(0.3):
        sts_js, sts_c = [], []
        for _ in range(r.randint(1, 2)):
            acts = r.sample(ACTIONS, r.randint(1, 2))
            res = r.choice(["*", "arn:aws:s3:::bucket/*", "arn:aws:sqs:us-east-1:111111111111:q"])
            sts_js.append(f"new iam.PolicyStatement({{actions: [{', '.join(js_str(x) for x in acts)}], resources: [{js_str(res)}]}})")
            sts_c.append(f"ccdk_iam_policy_statement_new({stack['c']}, &(ccdk_iam_policy_statement_props){{"
                         f".actions = CCDK_STRS({', '.join(c_str(x) for x in acts)}), .resources = CCDK_STRS({c_str(res)})}})")
        props.append((f"initialPolicy: [{', '.join(sts_js)}]", f".initial_policy = CCDK_LIST({', '.join(sts_c)})"))
    if maybe(0.2):
        rl = r.choice(["ALLOW", "TERMINATE"])
        props.append((f"recursiveLoop: lambda.RecursiveLoop.{rl}", f".recursive_loop = CCDK_LAMBDA_RECURSIVE_LOOP_{rl}"))
    # SnapStart: java, python 3.12+ and .NET 8 only, and not with more than 512 MiB of ephemeral storage (aws-cdk-lib's errors)
    if (rt in SNAP_RTS and maybe(0.4) and (not info.get("eph_big") or a.bad())) or (rt not in SNAP_RTS and a.bad(0.1)):
        props.append(("snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS",
                       ".snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS"))
    if maybe(0.2):
        vj, vc = [], []
        if maybe(0.5):
            rp = r.choice(["RETAIN", "DESTROY"])
            vj.append(f"removalPolicy: cdk.RemovalPolicy.{rp}")
            vc.append(f".removal_policy = CCDK_REMOVAL_POLICY_{rp}")
        if maybe(0.5):
            d = r.choice(TEXTS[:4])
            vj.append(f"description: {js_str(d)}")
            vc.append(f".description = {c_str(d)}")
        if maybe(0.4):
            n = r.randint(0, 2)
            vj.append(f"retryAttempts: {n}")
            vc.append(f".retry_attempts = CCDK_NUM({n})")
        if maybe(0.3):
            n = r.randint(1, 5)
            vj.append(f"provisionedConcurrentExecutions: {n}")
            vc.append(f".provisioned_concurrent_executions = CCDK_NUM({n})")
        props.append((f"currentVersionOptions: {{{', '.join(vj)}}}",
                      f".current_version_options = &(ccdk_lambda_version_options){{{', '.join(vc)}}}" if vc
                      else ".current_version_options = &(ccdk_lambda_version_options){0}"))
    has_log_group = False
    if maybe(0.12):
        lg = a.uid("lg")
        rj, rc = "", "NULL"
        if maybe(0.5):
            rd = r.choice(["ONE_WEEK", "ONE_MONTH", "INFINITE"])
            rj, rc = f", {{retention: logs.RetentionDays.{rd}}}", f"&(ccdk_logs_log_group_props){{.retention = CCDK_LOGS_RETENTION_{rd}}}"
        a.both(f"const {lg} = new logs.LogGroup({stack['js']}, {js_str(lg.upper())}{rj});",
               f"    ccdk_logs_log_group *{lg} = ccdk_logs_log_group_new({stack['c']}, {c_str(lg.upper())}, {rc});")
        props.append((f"logGroup: {lg}", f".log_group = {lg}"))
        has_log_group = True
    if (not has_log_group and maybe(0.12)) or (has_log_group and a.bad()):
        rd = r.choice(["ONE_DAY", "ONE_WEEK", "SIX_MONTHS", "INFINITE"])
        props.append((f"logRetention: logs.RetentionDays.{rd}", f".log_retention = CCDK_LOGS_RETENTION_{rd}"))
        a.own_handlers.add("LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/Code")
    if maybe(0.08):
        k = a.uid("key")
        a.both(f"const {k} = new kms.Key({stack['js']}, {js_str(k.upper())});",
               f"    ccdk_kms_key *{k} = ccdk_kms_key_new({stack['c']}, {c_str(k.upper())}, NULL);")
        props.append((f"environmentEncryption: {k}", f".environment_encryption = {k}"))
    if maybe(0.08):
        if "vpc" not in stack:
            stack["vpc"] = a.uid("vpc")
            # under @aws-cdk/aws-ec2:restrictDefaultSecurityGroup (cli+init)
            a.own_handlers.add(f"{stack['id']}/Custom::VpcRestrictDefaultSGCustomResourceProvider Code")
            a.both(f"const {stack['vpc']} = new ec2.Vpc({stack['js']}, {js_str(stack['vpc'].upper())}, {{maxAzs: 2}});",
                   f"    ccdk_ec2_vpc *{stack['vpc']} = ccdk_ec2_vpc_new({stack['c']}, {c_str(stack['vpc'].upper())}, "
                   f"&(ccdk_ec2_vpc_props){{.max_azs = CCDK_NUM(2)}});")
        props.append((f"vpc: {stack['vpc']}", f".vpc = {stack['vpc']}"))
        if maybe(0.3):
            props.append(("allowAllOutbound: false", ".allow_all_outbound = CCDK_FALSE"))
        if maybe(0.3):
            b = r.choice(["true", "false"])
            props.append((f"ipv6AllowedForDualStack: {b}", f".ipv6_allowed_for_dual_stack = CCDK_{b.upper()}"))
        snap = any(p[0].startswith("snapStart") for p in props)
        if maybe(0.35) and (not snap or a.bad()):  # SnapStart with EFS: aws-cdk-lib's error
            # an EFS file system per stack, an access point per function or shared
            if "efs" not in stack:
                stack["efs"] = a.uid("efs")
                stack["aps"] = []
                ej, ec = [f"vpc: {stack['vpc']}"], [f".vpc = {stack['vpc']}"]
                if maybe(0.4):
                    # SNAPSHOT: aws-cdk-lib's error under @aws-cdk/core:validateSnapshotRemovalPolicy only
                    rp = r.choice(["RETAIN", "DESTROY"])
                    ej.append(f"removalPolicy: cdk.RemovalPolicy.{rp}")
                    ec.append(f".removal_policy = CCDK_REMOVAL_POLICY_{rp}")
                if maybe(0.3):
                    ej.append("encrypted: true")
                    ec.append(".encrypted = CCDK_TRUE")
                a.both(f"const {stack['efs']} = new efs.FileSystem({stack['js']}, {js_str(stack['efs'].upper())}, {{{', '.join(ej)}}});",
                       f"    ccdk_efs_file_system *{stack['efs']} = ccdk_efs_file_system_new({stack['c']}, {c_str(stack['efs'].upper())}, "
                       f"&(ccdk_efs_file_system_props){{{', '.join(ec)}}});")
            if stack["aps"] and maybe(0.4):
                ap = r.choice(stack["aps"])
            else:
                ap = a.uid("ap")
                stack["aps"].append(ap)
                aj, ac = [], []
                if maybe(0.6):
                    pth = r.choice(["/export/lambda", "/data", "/ü"])
                    aj.append(f"path: {js_str(pth)}")
                    ac.append(f".path = {c_str(pth)}")
                if maybe(0.5):
                    aj.append("createAcl: {ownerUid: '1001', ownerGid: '1001', permissions: '750'}")
                    ac.append('.create_acl = &(ccdk_efs_acl){.owner_uid = "1001", .owner_gid = "1001", .permissions = "750"}')
                if maybe(0.5):
                    aj.append("posixUser: {uid: '1001', gid: '1001'}")
                    ac.append('.posix_user = &(ccdk_efs_posix_user){.uid = "1001", .gid = "1001"}')
                a.both(f"const {ap} = {stack['efs']}.addAccessPoint({js_str(ap.upper())}{', {' + ', '.join(aj) + '}' if aj else ''});",
                       f"    ccdk_efs_access_point *{ap} = ccdk_efs_file_system_add_access_point({stack['efs']}, {c_str(ap.upper())}, "
                       + (f"&(ccdk_efs_access_point_options){{{', '.join(ac)}}});" if ac else "NULL);"))
            mp = r.choice(["/data", "/mnt"]) if a.bad() else r.choice(["/mnt/efs", "/mnt/msg", "/mnt/a-b_c.d"])
            props.append((f"filesystem: lambda.FileSystem.fromEfsAccessPoint({ap}, {js_str(mp)})",
                          f".filesystem = ccdk_lambda_file_system_from_efs_access_point({ap}, {c_str(mp)})"))
    elif a.bad(0.1):
        props.append(("allowAllOutbound: false", ".allow_all_outbound = CCDK_FALSE"))
    for key in ("onSuccess", "onFailure"):
        if not maybe(0.12):
            continue
        info["async"] = True
        # another function of the same environment (of any, in an app meant to fail)
        others = [x for x in a.fns if x["stack"]["env"] == stack["env"] or a.want_invalid]
        kind = r.choice(["sqs", "sns", "lambda"] if others else ["sqs", "sns"])
        ck = "on_success" if key == "onSuccess" else "on_failure"
        if kind == "sqs":
            q = a.uid("dq")
            a.both(f"const {q} = new sqs.Queue({stack['js']}, {js_str(q.upper())});",
                   f"    ccdk_sqs_queue *{q} = ccdk_sqs_queue_new({stack['c']}, {c_str(q.upper())}, NULL);")
            props.append((f"{key}: new destinations.SqsDestination({q})", f".{ck} = ccdk_lambda_destinations_sqs_destination({q})"))
        elif kind == "sns":
            t = a.uid("dt")
            a.both(f"const {t} = new sns.Topic({stack['js']}, {js_str(t.upper())});",
                   f"    ccdk_sns_topic *{t} = ccdk_sns_topic_new({stack['c']}, {c_str(t.upper())}, NULL);")
            props.append((f"{key}: new destinations.SnsDestination({t})", f".{ck} = ccdk_lambda_destinations_sns_destination({t})"))
        else:
            other = r.choice(others)["var"]
            if maybe(0.3):
                props.append((f"{key}: new destinations.LambdaDestination({other}, {{responseOnly: true}})",
                              f".{ck} = ccdk_lambda_destinations_lambda_destination({other}, "
                              f"&(ccdk_lambda_destinations_lambda_destination_options){{.response_only = CCDK_TRUE}})"))
            else:
                props.append((f"{key}: new destinations.LambdaDestination({other})",
                              f".{ck} = ccdk_lambda_destinations_lambda_destination({other}, NULL)"))
    if maybe(0.12):
        lv = a.uid("layer")
        rts = [rt] if not a.bad() else []
        rts += [x[0] for x in r.sample(RUNTIMES, 2) if x[0] != rt]
        lj, lc = [], []
        if maybe(0.4):
            archs = r.sample(["ARM_64", "X86_64"], r.randint(1, 2))
            lj.append(f"compatibleArchitectures: [{', '.join('lambda.Architecture.' + x for x in archs)}]")
            lc.append(f".compatible_architectures = CCDK_LIST({', '.join('CCDK_LAMBDA_ARCHITECTURE_' + x for x in archs)})")
        if maybe(0.3):
            lic = r.choice(["MIT", "Apache-2.0", "ü license"])
            lj.append(f"license: {js_str(lic)}")
            lc.append(f".license = {c_str(lic)}")
        if maybe(0.3):
            d = r.choice(TEXTS[:4])
            lj.append(f"description: {js_str(d)}")
            lc.append(f".description = {c_str(d)}")
        if maybe(0.3):
            rp = r.choice(["RETAIN", "DESTROY", "SNAPSHOT"] if a.bad() else ["RETAIN", "DESTROY"])
            lj.append(f"removalPolicy: cdk.RemovalPolicy.{rp}")
            lc.append(f".removal_policy = CCDK_REMOVAL_POLICY_{rp}")
        if maybe(0.2):
            n = f"fz-layer-{a.seed}-{fid}"
            lj.append(f"layerVersionName: {js_str(n)}")
            lc.append(f".layer_version_name = {c_str(n)}")
        a.both(f"const {lv} = new lambda.LayerVersion({stack['js']}, {js_str(lv.upper())}, {{code: lambda.Code.fromAsset(path.join(__dirname, 'layer')), "
               f"compatibleRuntimes: [{', '.join('lambda.Runtime.' + x for x in rts)}]{''.join(', ' + x for x in lj)}}});",
               f"    ccdk_lambda_layer_version *{lv} = ccdk_lambda_layer_version_new({stack['c']}, {c_str(lv.upper())}, &(ccdk_lambda_layer_version_props){{"
               f".code = ccdk_lambda_code_from_asset({stack['c']}, \"layer\", NULL), .compatible_runtimes = CCDK_LIST({', '.join('CCDK_LAMBDA_RUNTIME_' + x for x in rts)})"
               f"{''.join(', ' + x for x in lc)}}});")
        for _ in range(r.randint(0, 2) if maybe(0.3) else 0):
            pid = a.uid("LayerPerm")
            if maybe(0.5):
                acct = r.choice(["333333333333", "*"])
                a.both(f"{lv}.addPermission({js_str(pid)}, {{accountId: {js_str(acct)}}});",
                       f"    ccdk_lambda_layer_version_add_permission({lv}, {c_str(pid)}, &(ccdk_lambda_layer_version_permission){{.account_id = {c_str(acct)}}});")
            else:
                acct = "333333333333" if a.bad() else "*"
                a.both(f"{lv}.addPermission({js_str(pid)}, {{accountId: {js_str(acct)}, organizationId: 'o-abcdef1234'}});",
                       f"    ccdk_lambda_layer_version_add_permission({lv}, {c_str(pid)}, &(ccdk_lambda_layer_version_permission){{.account_id = {c_str(acct)}, .organization_id = \"o-abcdef1234\"}});")
        a.assets["layer"] = {"nodejs/lib.js": "module.exports = 1;\n"}
        layers = [lv]
        if maybe(0.3):
            il = a.uid("ilayer")
            arn = r.choice(["arn:aws:lambda:us-east-1:111111111111:layer:shared:3", "arn:aws:lambda:eu-west-1:222222222222:layer:ü-x:1"])
            a.both(f"const {il} = lambda.LayerVersion.fromLayerVersionArn({stack['js']}, {js_str(il.upper())}, {js_str(arn)});",
                   f"    ccdk_lambda_layer_version *{il} = ccdk_lambda_layer_version_from_layer_version_arn({stack['c']}, {c_str(il.upper())}, {c_str(arn)});")
            layers.insert(r.randint(0, 1), il)
        props.append((f"layers: [{', '.join(layers)}]", f".layers = CCDK_LIST({', '.join(layers)})"))
    if maybe(0.1):
        m = r.choice(["AUTO", "FUNCTION_UPDATE", "manual"])
        if m == "manual":
            arn = "arn:aws:lambda:us-east-1::runtime:0b4f2f1e4a8c2d5e9f7a6b3c1d0e8f9a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e"
            props.append((f"runtimeManagementMode: lambda.RuntimeManagementMode.manual({js_str(arn)})",
                          f".runtime_management_mode = ccdk_lambda_runtime_management_mode_manual({stack['c']}, {c_str(arn)})"))
        else:
            props.append((f"runtimeManagementMode: lambda.RuntimeManagementMode.{m}",
                          f".runtime_management_mode = CCDK_LAMBDA_RUNTIME_MANAGEMENT_MODE_{m}"))
    if maybe(0.08):
        # (1.0.98.0 and older have no ARM_64 layer: aws-cdk-lib's error on an ARM function)
        v = r.choice(["1_0_119_0", "1_0_229_0", "1_0_498_0", "1_0_317_0"] + (["1_0_98_0", "1_0_54_0"] if a.bad(0.5) else []))
        props.append((f"insightsVersion: lambda.LambdaInsightsVersion.VERSION_{v}",
                      f".insights_version = CCDK_LAMBDA_INSIGHTS_VERSION({v})"))
    if maybe(0.08):
        pj, pc = [], []
        if maybe(0.5):
            n = 1001 if a.bad() else r.choice([0, 10, 1000])
            pj.append(f"cacheSize: {n}")
            pc.append(f".cache_size = CCDK_NUM({n})")
        if maybe(0.4):
            lv = r.choice(["DEBUG", "INFO", "WARN", "ERROR", "NONE"])
            pj.append(f"logLevel: lambda.ParamsAndSecretsLogLevel.{lv}")
            pc.append(f".log_level = CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_{lv}")
        if maybe(0.3):
            pj.append("cacheEnabled: false")
            pc.append(".cache_enabled = CCDK_FALSE")
        if maybe(0.3):
            n = r.choice([1, 2773, 65535])
            pj.append(f"httpPort: {n}")
            pc.append(f".http_port = CCDK_NUM({n})")
        if maybe(0.3):
            pj.append("secretsManagerTtl: cdk.Duration.seconds(120)")
            pc.append(".secrets_manager_ttl = ccdk_duration_seconds(120)")
        props.append((f"paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {{{', '.join(pj)}}})",
                      f".params_and_secrets = &(ccdk_lambda_params_and_secrets){{.version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103{''.join(', ' + x for x in pc)}}}"))
    if maybe(0.08) and (rt != "GO_1_X" or a.bad()):  # no ADOT for go1.x (aws-cdk-lib's error)
        t, tj, tc = r.choice([("JAVASCRIPT_SDK", "JavaScriptSdk", "JavaScriptSdk"), ("PYTHON_SDK", "PythonSdk", "PythonSdk"),
                              ("JAVA_SDK", "JavaSdk", "JavaSdk"), ("GENERIC", "Generic", "Generic")])
        w = r.choice(["REGULAR_HANDLER", "PROXY_HANDLER", "STREAM_HANDLER", "INSTRUMENT_HANDLER"])
        if fam == "python" and not a.bad():
            w = "INSTRUMENT_HANDLER"  # a python function's layer needs it (aws-cdk-lib's error)
        props.append((f"adotInstrumentation: {{layerVersion: lambda.AdotLayerVersion.from{tj}LayerVersion(lambda.AdotLambdaLayer{tj}Version.LATEST), "
                      f"execWrapper: lambda.AdotLambdaExecWrapper.{w}}}",
                      f".adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){{.layer_version = {{CCDK_LAMBDA_ADOT_LAYER_{t}, NULL}}, "
                      f".exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_{w}}}"))
    if maybe(0.06):
        if "csc" not in stack:
            sp, csc = a.uid("profile"), a.uid("csc")
            stack["csc"] = csc
            uj, uc = "", ""
            if r.random() < 0.5:
                u = r.choice(["WARN", "ENFORCE"])
                uj, uc = f", untrustedArtifactOnDeployment: lambda.UntrustedArtifactOnDeployment.{u}", f", .untrusted_artifact_on_deployment = CCDK_LAMBDA_UNTRUSTED_ARTIFACT_{u}"
            a.both(f"const {sp} = new signer.SigningProfile({stack['js']}, {js_str(sp.upper())}, {{platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA}});",
                   f"    ccdk_signer_signing_profile *{sp} = ccdk_signer_signing_profile_new({stack['c']}, {c_str(sp.upper())}, "
                   f"&(ccdk_signer_signing_profile_props){{.platform = CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA}});")
            a.both(f"const {csc} = new lambda.CodeSigningConfig({stack['js']}, {js_str(csc.upper())}, {{signingProfiles: [{sp}]{uj}}});",
                   f"    ccdk_lambda_code_signing_config *{csc} = ccdk_lambda_code_signing_config_new({stack['c']}, {c_str(csc.upper())}, "
                   f"&(ccdk_lambda_code_signing_config_props){{.signing_profiles = CCDK_LIST({sp}){uc}}});")
        props.append((f"codeSigningConfig: {stack['csc']}", f".code_signing_config = {stack['csc']}"))
    # CodeGuru profiling: python and java only (else aws-cdk-lib's error)
    if (fam in ("python", "java") and maybe(0.06)) or a.bad(0.05):
        props.append(("profiling: true", ".profiling = CCDK_TRUE"))
    if maybe(0.06):
        # tenant isolation: not with SnapStart (aws-cdk-lib's error), and only ApiEventSource triggers it
        if not any(p[0].startswith("snapStart") for p in props) or a.bad():
            info["tenant"] = True
            props.append(("tenancyConfig: lambda.TenancyConfig.PER_TENANT", ".tenancy_config = CCDK_LAMBDA_TENANCY_CONFIG_PER_TENANT"))
    if maybe(0.06):
        et = r.choice([1, 60, 86400, 31622400] + ([0, 31622401] if a.bad() else []))
        dj, dc = [f"executionTimeout: cdk.Duration.seconds({et})"], [f".execution_timeout = ccdk_duration_seconds({et})"]
        if maybe(0.5):
            n = r.choice([1, 30, 90] + ([91] if a.bad() else []))
            dj.append(f"retentionPeriod: cdk.Duration.days({n})")
            dc.append(f".retention_period = ccdk_duration_days({n})")
        props.append((f"durableConfig: {{{', '.join(dj)}}}", f".durable_config = &(ccdk_lambda_durable_config){{{', '.join(dc)}}}"))
    r.shuffle(props)  # property order must not matter
    return props, info


def pick_stack(a, stacks, home):
    """Mostly the function's own stack; now and then another one of the same environment (a
    cross-stack reference); in an app meant to fail, maybe one of another environment (an error)."""
    if len(stacks) > 1 and a.r.random() < 0.35:
        same = [s for s in stacks if s["env"] == home["env"]]
        return a.r.choice(stacks if a.bad(0.5) else same)
    return home


def url_options(a):
    """FunctionUrlOptions: (js list, c list)."""
    r = a.r
    oj, oc = [], []
    if r.random() < 0.6:
        t = r.choice(["NONE", "AWS_IAM"])
        oj.append(f"authType: lambda.FunctionUrlAuthType.{t}")
        oc.append(f".auth_type = CCDK_LAMBDA_URL_AUTH_{t}")
    if r.random() < 0.5:
        cj, cc = [], []
        if r.random() < 0.7:
            origins = r.sample(["*", "https://example.com", "https://ü.example"], r.randint(1, 2))
            cj.append(f"allowedOrigins: [{', '.join(js_str(x) for x in origins)}]")
            cc.append(f".allowed_origins = CCDK_STRS({', '.join(c_str(x) for x in origins)})")
        if r.random() < 0.5:
            ms = r.sample(["GET", "POST", "PUT", "DELETE", "ALL"], r.randint(1, 2))
            cj.append(f"allowedMethods: [{', '.join('lambda.HttpMethod.' + m for m in ms)}]")
            cc.append(f".allowed_methods = CCDK_STRS({', '.join(c_str('*' if m == 'ALL' else m) for m in ms)})")
        if r.random() < 0.3:
            cj.append("allowCredentials: true")
            cc.append(".allow_credentials = CCDK_TRUE")
        if r.random() < 0.3:
            cj.append("allowedHeaders: ['Content-Type']")
            cc.append('.allowed_headers = CCDK_STRS("Content-Type")')
        if r.random() < 0.3:
            s = 86401 if a.bad() else r.choice([0, 300, 86400])
            cj.append(f"maxAge: cdk.Duration.seconds({s})")
            cc.append(f".max_age = ccdk_duration_seconds({s})")
        oj.append(f"cors: {{{', '.join(cj)}}}")
        oc.append(f".cors = &(ccdk_lambda_function_url_cors){{{', '.join(cc)}}}" if cc
                  else ".cors = &(ccdk_lambda_function_url_cors){0}")
    if r.random() < 0.2:
        m = r.choice(["BUFFERED", "RESPONSE_STREAM"])
        oj.append(f"invokeMode: lambda.InvokeMode.{m}")
        oc.append(f".invoke_mode = CCDK_LAMBDA_INVOKE_MODE_{m}")
    return oj, oc


def gen_calls(a, fns, stacks):
    r = a.r
    n_calls = r.randint(0, 8)
    for _ in range(n_calls):
        f = r.choice(fns)
        v, st = f["var"], f["stack"]
        what = r.choice(["env", "alias", "version", "url", "perm", "grant_sp", "grant_role", "sqs", "sns",
                         "alarm", "tag", "removal", "grant_alias", "async", "grant_more", "alias_sqs", "role_policy",
                         "alarm_all", "xversion", "kinesis", "dynamo"] + MORE_CALLS)
        if what in MORE_CALLS:
            gen_more(a, what, f, fns, stacks)
            continue
        if f.get("tenant") and what in ("sqs", "sns", "alias_sqs", "kinesis", "dynamo") and not a.bad(0.5):
            continue  # event sources on a tenant-isolated function: aws-cdk-lib's error
        if what == "env":
            if a.bad():
                k = r.choice(["AWS_REGION", "_HANDLER", "AWS_LAMBDA_FUNCTION_NAME"])
            else:
                k = r.choice(["EXTRA", "STAGE", "MODE", "LATE_" + str(r.randint(0, 9))])
            val = r.choice(TEXTS[:5])
            a.both(f"{v}.addEnvironment({js_str(k)}, {js_str(val)});",
                   f"    ccdk_lambda_function_add_environment({v}, {c_str(k)}, {c_str(val)});")
        elif what in ("alias", "grant_alias"):
            names = [n for n in ["live", "prod", "beta"] if n not in [x[0] for x in f["aliases"]]]
            if not names:
                continue
            name = r.choice(names)
            av = a.uid("al")
            oj, oc = [], []
            if r.random() < 0.4:
                n = r.randint(1, 10)
                oj.append(f"provisionedConcurrentExecutions: {n}")
                oc.append(f".provisioned_concurrent_executions = CCDK_NUM({n})")
            if r.random() < 0.3:
                d = r.choice(TEXTS[:4])
                oj.append(f"description: {js_str(d)}")
                oc.append(f".description = {c_str(d)}")
            if r.random() < 0.3:
                n = r.randint(0, 2)
                oj.append(f"retryAttempts: {n}")
                oc.append(f".retry_attempts = CCDK_NUM({n})")
            a.both(f"const {av} = {v}.addAlias({js_str(name)}{', {' + ', '.join(oj) + '}' if oj else ''});",
                   f"    ccdk_lambda_alias *{av} = ccdk_lambda_function_add_alias({v}, {c_str(name)}, "
                   + (f"&(ccdk_lambda_alias_options){{{', '.join(oc)}}});" if oc else "NULL);"))
            f["aliases"].append((name, av))
            if r.random() < 0.4:
                sv = a.uid("as")
                lo = r.randint(1, 5)
                hi = lo - 1 if a.bad() else r.randint(lo, 50)
                a.both(f"const {sv} = {av}.addAutoScaling({{minCapacity: {lo}, maxCapacity: {hi}}});",
                       f"    ccdk_lambda_scalable_attribute *{sv} = ccdk_lambda_alias_add_auto_scaling({av}, "
                       f"&(ccdk_lambda_auto_scaling_options){{.min_capacity = CCDK_NUM({lo}), .max_capacity = CCDK_NUM({hi})}});")
                t = r.choice([0.1, 0.5, 0.75, 0.9])
                a.both(f"{sv}.scaleOnUtilization({{utilizationTarget: {t}}});",
                       f"    ccdk_lambda_scalable_attribute_scale_on_utilization({sv}, "
                       f"&(ccdk_lambda_utilization_scaling_options){{.utilization_target = CCDK_NUM({t})}});")
            if what == "grant_alias" or r.random() < 0.3:
                svc = r.choice(SERVICES)
                a.both(f"{av}.grantInvoke(new iam.ServicePrincipal({js_str(svc)}));",
                       f"    ccdk_lambda_function_grant_invoke({av}, ccdk_iam_service_principal({st['c']}, {c_str(svc)}));")
            if r.random() < 0.3:
                uj, uc = url_options(a) if r.random() < 0.7 else ([], [])
                a.both(f"{av}.addFunctionUrl({{{', '.join(uj)}}});",
                       f"    ccdk_lambda_function_add_function_url({av}, &(ccdk_lambda_function_url_options){{{', '.join(uc)}}});"
                       if uc else f"    ccdk_lambda_function_add_function_url({av}, NULL);")
        elif what == "version":
            a.both(f"{v}.currentVersion;", f"    ccdk_lambda_function_current_version({v});")
        elif what == "url":
            if f["url"]:
                continue
            f["url"] = True
            oj, oc = url_options(a)
            a.both(f"{v}.addFunctionUrl({{{', '.join(oj)}}});",
                   f"    ccdk_lambda_function_add_function_url({v}, &(ccdk_lambda_function_url_options){{{', '.join(oc)}}});"
                   if oc else f"    ccdk_lambda_function_add_function_url({v}, NULL);")
        elif what == "perm":
            pid = a.uid("Perm")
            if r.random() < 0.7:
                svc = r.choice(SERVICES)
                pj, pc = f"new iam.ServicePrincipal({js_str(svc)})", f"ccdk_iam_service_principal({st['c']}, {c_str(svc)})"
            else:
                acct = r.choice(["333333333333", "111111111111"])
                pj, pc = f"new iam.AccountPrincipal({js_str(acct)})", f"ccdk_iam_account_principal({st['c']}, {c_str(acct)})"
            oj, oc = [f"principal: {pj}"], [f".principal = {pc}"]
            if r.random() < 0.4:
                oj.append("sourceArn: 'arn:aws:s3:::my-bucket'")
                oc.append('.source_arn = "arn:aws:s3:::my-bucket"')
            if r.random() < 0.3:
                oj.append("sourceAccount: '444444444444'")
                oc.append('.source_account = "444444444444"')
            if r.random() < 0.2:
                oj.append("action: 'lambda:GetFunction'")
                oc.append('.action = "lambda:GetFunction"')
            elif r.random() < 0.2:
                t = r.choice(["NONE", "AWS_IAM"])
                oj.append("action: 'lambda:InvokeFunctionUrl'")
                oc.append('.action = "lambda:InvokeFunctionUrl"')
                oj.append(f"functionUrlAuthType: lambda.FunctionUrlAuthType.{t}")
                oc.append(f".function_url_auth_type = CCDK_LAMBDA_URL_AUTH_{t}")
            elif r.random() < 0.15:
                oj.append("invokedViaFunctionUrl: true")
                oc.append(".invoked_via_function_url = CCDK_TRUE")
            if r.random() < 0.15:
                org = "o-bad" if a.bad() else r.choice(["o-abcdef1234", "o-a1b2c3d4e5"])
                oj.append(f"organizationId: {js_str(org)}")
                oc.append(f".organization_id = {c_str(org)}")
            if r.random() < 0.15:
                oj.append(f"scope: {st['js']}")
                oc.append(f".scope = {st['c']}")
            if r.random() < 0.1:
                oj.append("eventSourceToken: 'tok-123'")
                oc.append('.event_source_token = "tok-123"')
            a.both(f"{v}.addPermission({js_str(pid)}, {{{', '.join(oj)}}});",
                   f"    ccdk_lambda_function_add_permission({v}, {c_str(pid)}, &(ccdk_lambda_permission){{{', '.join(oc)}}});")
        elif what == "grant_sp":
            svc = r.choice(SERVICES)
            a.both(f"{v}.grantInvoke(new iam.ServicePrincipal({js_str(svc)}));",
                   f"    ccdk_lambda_function_grant_invoke({v}, ccdk_iam_service_principal({st['c']}, {c_str(svc)}));")
        elif what == "grant_role":
            rs = pick_stack(a, stacks, st)
            rv = a.uid("role")
            a.both(f"const {rv} = new iam.Role({rs['js']}, {js_str(rv.capitalize())}, {{assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com')}});",
                   f"    ccdk_iam_role *{rv} = ccdk_iam_role_new({rs['c']}, {c_str(rv.capitalize())}, &(ccdk_iam_role_props){{"
                   f".assumed_by = ccdk_iam_service_principal({rs['c']}, \"lambda.amazonaws.com\")}});")
            a.both(f"{v}.grantInvoke({rv});", f"    ccdk_lambda_function_grant_invoke({v}, {rv});")
        elif what == "sqs":
            qs = pick_stack(a, stacks, st)
            qv = a.uid("queue")
            a.both(f"const {qv} = new sqs.Queue({qs['js']}, {js_str(qv.capitalize())});",
                   f"    ccdk_sqs_queue *{qv} = ccdk_sqs_queue_new({qs['c']}, {c_str(qv.capitalize())}, NULL);")
            oj, oc = [], []
            window = r.random() < 0.3
            if window:
                s = r.randint(0, 300)
                oj.append(f"maxBatchingWindow: cdk.Duration.seconds({s})")
                oc.append(f".max_batching_window = ccdk_duration_seconds({s})")
            if r.random() < 0.5:
                n = 11 if a.bad() else (r.randint(1, 10000) if window else r.randint(1, 10))
                oj.append(f"batchSize: {n}")
                oc.append(f".batch_size = CCDK_NUM({n})")
            if r.random() < 0.3:
                oj.append("reportBatchItemFailures: true")
                oc.append(".report_batch_item_failures = CCDK_TRUE")
            if r.random() < 0.2:
                oj.append("enabled: false")
                oc.append(".enabled = CCDK_FALSE")
            if r.random() < 0.3:
                n = 1 if a.bad() else r.randint(2, 1000)
                oj.append(f"maxConcurrency: {n}")
                oc.append(f".max_concurrency = CCDK_NUM({n})")
            a.both(f"{v}.addEventSource(new sources.SqsEventSource({qv}{', {' + ', '.join(oj) + '}' if oj else ''}));",
                   f"    ccdk_lambda_function_add_event_source({v}, ccdk_lambda_sqs_event_source({qv}, "
                   + (f"&(ccdk_lambda_sqs_event_source_props){{{', '.join(oc)}}}));" if oc else "NULL));"))
        elif what == "sns":
            ts = pick_stack(a, stacks, st)
            tv = a.uid("topic")
            a.both(f"const {tv} = new sns.Topic({ts['js']}, {js_str(tv.capitalize())});",
                   f"    ccdk_sns_topic *{tv} = ccdk_sns_topic_new({ts['c']}, {c_str(tv.capitalize())}, NULL);")
            if r.random() < 0.3:
                dq = a.uid("sdlq")
                a.both(f"const {dq} = new sqs.Queue({st['js']}, {js_str(dq.capitalize())});",
                       f"    ccdk_sqs_queue *{dq} = ccdk_sqs_queue_new({st['c']}, {c_str(dq.capitalize())}, NULL);")
                a.both(f"{v}.addEventSource(new sources.SnsEventSource({tv}, {{deadLetterQueue: {dq}}}));",
                       f"    ccdk_lambda_function_add_event_source({v}, ccdk_lambda_sns_event_source({tv}, "
                       f"&(ccdk_lambda_sns_event_source_props){{.dead_letter_queue = {dq}}}));")
            else:
                a.both(f"{v}.addEventSource(new sources.SnsEventSource({tv}));",
                       f"    ccdk_lambda_function_add_event_source({v}, ccdk_lambda_sns_event_source({tv}, NULL));")
        elif what == "alarm":
            als = pick_stack(a, stacks, st)
            m = r.choice(["Errors", "Duration", "Invocations", "Throttles"])
            target, tv = (v, v)
            if f["aliases"] and r.random() < 0.4:
                tv = r.choice(f["aliases"])[1]
            aid = a.uid("Alarm")
            th = r.choice([1, 5, 100, 0.5])
            ev = r.randint(1, 5)
            mjl, mcl = [], []
            if r.random() < 0.3:
                pj_, pc_ = r.choice([("cdk.Duration.minutes(1)", "ccdk_duration_minutes(1)"), ("cdk.Duration.seconds(10)", "ccdk_duration_seconds(10)"),
                                     ("cdk.Duration.hours(1)", "ccdk_duration_hours(1)"), ("cdk.Duration.minutes(15)", "ccdk_duration_minutes(15)")])
                mjl.append(f"period: {pj_}")
                mcl.append(f".period = {pc_}")
            if r.random() < 0.35:
                stat = r.choice(["Average", "Maximum", "max", "min", "Sum", "SampleCount", "p99", "p50", "p99.9", "tm99",
                                 "TM(10%:90%)", "IQM", "wm95", "tc99", "ts(10:90)", "pr(10:50)"])
                mjl.append(f"statistic: {js_str(stat)}")
                mcl.append(f".statistic = {c_str(stat)}")
            if r.random() < 0.15:
                mjl.append("label: 'my ü label'")
                mcl.append('.label = "my ü label"')
            mj = f"{{{', '.join(mjl)}}}" if mjl else ""
            mc = f"&(ccdk_cloudwatch_metric_options){{{', '.join(mcl)}}}" if mcl else "NULL"
            a.both(f"{tv}.metric{m}({mj}).createAlarm({als['js']}, {js_str(aid)}, {{threshold: {js_num(th)}, evaluationPeriods: {ev}}});",
                   f"    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_{m.lower()}({tv}, {mc}), {als['c']}, {c_str(aid)}, "
                   f"&(ccdk_cloudwatch_create_alarm_options){{.threshold = CCDK_NUM({js_num(th)}), .evaluation_periods = CCDK_NUM({ev})}});")
        elif what == "tag":
            target = r.choice(["app", "stack", "fn"])
            tj = {"app": "app", "stack": st["js"], "fn": v}[target]
            tc = {"app": "app", "stack": st["c"], "fn": v}[target]
            k = r.choice(["team", "cost-center", "Owner", "größe"])
            val = r.choice(["orders", "42", "ü ✓", ""])
            a.both(f"cdk.Tags.of({tj}).add({js_str(k)}, {js_str(val)});", f"    ccdk_tags_add({tc}, {c_str(k)}, {c_str(val)});")
        elif what == "async":
            if f.get("async") and not a.bad(0.5):
                continue
            f["async"] = True
            oj, oc = [], []
            if r.random() < 0.5:
                n = r.randint(0, 2)
                oj.append(f"retryAttempts: {n}")
                oc.append(f".retry_attempts = CCDK_NUM({n})")
            if r.random() < 0.5:
                j, c = dur(r, 60, 21600)
                oj.append(f"maxEventAge: {j}")
                oc.append(f".max_event_age = {c}")
            if r.random() < 0.4:
                q = a.uid("aq")
                a.both(f"const {q} = new sqs.Queue({st['js']}, {js_str(q.upper())});",
                       f"    ccdk_sqs_queue *{q} = ccdk_sqs_queue_new({st['c']}, {c_str(q.upper())}, NULL);")
                oj.append(f"onFailure: new destinations.SqsDestination({q})")
                oc.append(f".on_failure = ccdk_lambda_destinations_sqs_destination({q})")
            a.both(f"{v}.configureAsyncInvoke({{{', '.join(oj)}}});",
                   f"    ccdk_lambda_function_configure_async_invoke({v}, &(ccdk_lambda_event_invoke_config_options){{{', '.join(oc)}}});"
                   if oc else f"    ccdk_lambda_function_configure_async_invoke({v}, NULL);")
        elif what == "grant_more":
            rs = pick_stack(a, stacks, st)
            rv = a.uid("role")
            a.both(f"const {rv} = new iam.Role({rs['js']}, {js_str(rv.capitalize())}, {{assumedBy: new iam.AccountRootPrincipal()}});",
                   f"    ccdk_iam_role *{rv} = ccdk_iam_role_new({rs['c']}, {c_str(rv.capitalize())}, &(ccdk_iam_role_props){{"
                   f".assumed_by = ccdk_iam_account_root_principal({rs['c']})}});")
            for _ in range(r.randint(1, 3)):
                g = r.choice(["grantInvoke", "grantInvokeUrl", "grantInvokeLatestVersion"])
                cg = {"grantInvoke": "grant_invoke", "grantInvokeUrl": "grant_invoke_url",
                      "grantInvokeLatestVersion": "grant_invoke_latest_version"}[g]
                a.both(f"{v}.{g}({rv});", f"    ccdk_lambda_function_{cg}({v}, {rv});")
        elif what == "alias_sqs":
            if not f["aliases"]:
                continue
            av = r.choice(f["aliases"])[1]
            qv = a.uid("queue")
            a.both(f"const {qv} = new sqs.Queue({st['js']}, {js_str(qv.capitalize())});",
                   f"    ccdk_sqs_queue *{qv} = ccdk_sqs_queue_new({st['c']}, {c_str(qv.capitalize())}, NULL);")
            a.both(f"{av}.addEventSource(new sources.SqsEventSource({qv}));",
                   f"    ccdk_lambda_function_add_event_source({av}, ccdk_lambda_sqs_event_source({qv}, NULL));")
        elif what == "role_policy":
            act = r.choice(ACTIONS)
            a.both(f"{v}.addToRolePolicy(new iam.PolicyStatement({{actions: [{js_str(act)}], resources: ['*']}}));",
                   f"    ccdk_lambda_function_add_to_role_policy({v}, ccdk_iam_policy_statement_new({st['c']}, "
                   f"&(ccdk_iam_policy_statement_props){{.actions = CCDK_STRS({c_str(act)}), .resources = CCDK_STRS(\"*\")}}));")
        elif what == "alarm_all":
            m = r.choice(["Errors", "Duration", "Invocations", "Throttles", "ConcurrentExecutions", "UnreservedConcurrentExecutions"])
            cm = {"Errors": "errors", "Duration": "duration", "Invocations": "invocations", "Throttles": "throttles",
                  "ConcurrentExecutions": "concurrent_executions",
                  "UnreservedConcurrentExecutions": "unreserved_concurrent_executions"}[m]
            aid = a.uid("AllAlarm")
            a.both(f"lambda.Function.metricAll{m}().createAlarm({st['js']}, {js_str(aid)}, {{threshold: 10, evaluationPeriods: 2}});",
                   f"    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_all_{cm}({st['c']}, NULL), {st['c']}, {c_str(aid)}, "
                   f"&(ccdk_cloudwatch_create_alarm_options){{.threshold = CCDK_NUM(10), .evaluation_periods = CCDK_NUM(2)}});")
        elif what == "xversion":
            # explicit lambda.Version constructs and a lambda.Alias with weighted additional versions
            vs = []
            for _ in range(r.randint(1, 3)):
                vv = a.uid("ver")
                vj, vc = [f"lambda: {v}"], [f".lambda = {v}"]
                if r.random() < 0.4:
                    d = r.choice(TEXTS[:4])
                    vj.append(f"description: {js_str(d)}")
                    vc.append(f".description = {c_str(d)}")
                if r.random() < 0.3:
                    rp = r.choice(["RETAIN", "DESTROY"])
                    vj.append(f"removalPolicy: cdk.RemovalPolicy.{rp}")
                    vc.append(f".removal_policy = CCDK_REMOVAL_POLICY_{rp}")
                if r.random() < 0.2:
                    n = 0 if a.bad() else r.randint(1, 5)
                    vj.append(f"provisionedConcurrentExecutions: {n}")
                    vc.append(f".provisioned_concurrent_executions = CCDK_NUM({n})")
                if r.random() < 0.2:
                    n = r.randint(0, 2)
                    vj.append(f"retryAttempts: {n}")
                    vc.append(f".retry_attempts = CCDK_NUM({n})")
                if r.random() < 0.2:
                    vj.append("codeSha256: 'abc123'")
                    vc.append('.code_sha256 = "abc123"')
                a.both(f"const {vv} = new lambda.Version({st['js']}, {js_str(vv.capitalize())}, {{{', '.join(vj)}}});",
                       f"    ccdk_lambda_version *{vv} = ccdk_lambda_version_new({st['c']}, {c_str(vv.capitalize())}, "
                       f"&(ccdk_lambda_version_props){{{', '.join(vc)}}});")
                vs.append(vv)
            if r.random() < 0.2:
                a.both(f"{vs[0]}.addPermission({js_str(a.uid('VPerm'))}, {{principal: new iam.ServicePrincipal('events.amazonaws.com')}});",
                       f"    ccdk_lambda_function_add_permission({vs[0]}, {c_str('VPerm' + str(a.counter))}, "
                       f"&(ccdk_lambda_permission){{.principal = ccdk_iam_service_principal({st['c']}, \"events.amazonaws.com\")}});")
            if r.random() < 0.7:
                names = [n for n in ["live", "prod", "beta", "canary"] if n not in [x[0] for x in f["aliases"]]]
                if not names:
                    continue
                name = r.choice(names)
                av = a.uid("xal")
                aj, ac = [f"aliasName: {js_str(name)}", f"version: {vs[0]}"], [f".alias_name = {c_str(name)}", f".version = {vs[0]}"]
                extra = vs[1:] if len(vs) > 1 else []
                if not extra and r.random() < 0.3:
                    extra = [f"{v}.currentVersion"]
                if extra:
                    ws = [r.choice([0.1, 0.2, 0.05, 0.3, 0.5, 0.7, 0.25] if len(extra) == 1 else [0.1, 0.2, 0.05, 0.3])
                          for _ in extra]  # a sum over 1 is aws-cdk-lib's error
                    if a.bad():
                        ws[0] = r.choice([1.5, -0.1, 0.9])
                        if len(ws) == 1 and ws[0] == 0.9:
                            ws[0] = 1.01
                    wj = ", ".join(f"{{version: {x}, weight: {js_num(w)}}}" for x, w in zip(extra, ws))
                    wc = ", ".join(f"{{{x if not x.endswith('.currentVersion') else 'ccdk_lambda_function_current_version(' + v + ')'}, {js_num(w)}}}"
                                   for x, w in zip(extra, ws))
                    aj.append(f"additionalVersions: [{wj}]")
                    ac.append(f".additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {wc})")
                if r.random() < 0.3:
                    n = r.randint(1, 5)
                    aj.append(f"provisionedConcurrentExecutions: {n}")
                    ac.append(f".provisioned_concurrent_executions = CCDK_NUM({n})")
                if r.random() < 0.3:
                    j, c = dur(r, 60, 21600)
                    aj.append(f"maxEventAge: {j}")
                    ac.append(f".max_event_age = {c}")
                a.both(f"const {av} = new lambda.Alias({st['js']}, {js_str(av.capitalize())}, {{{', '.join(aj)}}});",
                       f"    ccdk_lambda_alias *{av} = ccdk_lambda_alias_new({st['c']}, {c_str(av.capitalize())}, "
                       f"&(ccdk_lambda_alias_props){{{', '.join(ac)}}});")
                f["aliases"].append((name, av))
        elif what in ("kinesis", "dynamo"):
            es = pick_stack(a, stacks, st)
            src = a.uid("stream" if what == "kinesis" else "table")
            if what == "kinesis":
                kj, kc = "", "NULL"
                if r.random() < 0.3:
                    n = r.randint(1, 4)
                    kj, kc = f", {{shardCount: {n}}}", f"&(ccdk_kinesis_stream_props){{.shard_count = CCDK_NUM({n})}}"
                a.both(f"const {src} = new kinesis.Stream({es['js']}, {js_str(src.capitalize())}{kj});",
                       f"    ccdk_kinesis_stream *{src} = ccdk_kinesis_stream_new({es['c']}, {c_str(src.capitalize())}, {kc});")
            else:
                view = r.choice(["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"])
                a.both(f"const {src} = new dynamodb.Table({es['js']}, {js_str(src.capitalize())}, {{partitionKey: {{name: 'id', type: dynamodb.AttributeType.STRING}}, "
                       f"stream: dynamodb.StreamViewType.{view}}});",
                       f"    ccdk_dynamodb_table *{src} = ccdk_dynamodb_table_new({es['c']}, {c_str(src.capitalize())}, &(ccdk_dynamodb_table_props){{"
                       f".partition_key = {{\"id\", CCDK_DYNAMODB_ATTRIBUTE_STRING}}, .stream = CCDK_DYNAMODB_STREAM_{view}}});")
            positions = ["LATEST", "TRIM_HORIZON"] + (["AT_TIMESTAMP"] if what == "kinesis" else [])
            sp = r.choice(positions)
            oj, oc = [f"startingPosition: lambda.StartingPosition.{sp}"], [f".starting_position = CCDK_LAMBDA_STARTING_POSITION_{sp}"]
            if sp == "AT_TIMESTAMP":
                oj.append("startingPositionTimestamp: 1640995200")
                oc.append(".starting_position_timestamp = CCDK_NUM(1640995200)")
            if r.random() < 0.4:
                n = 10001 if a.bad() else r.choice([1, 100, 1000, 10000])
                oj.append(f"batchSize: {n}")
                oc.append(f".batch_size = CCDK_NUM({n})")
            if r.random() < 0.3:
                b = r.choice(["true", "false"])
                oj.append(f"bisectBatchOnError: {b}")
                oc.append(f".bisect_batch_on_error = CCDK_{b.upper()}")
            if r.random() < 0.3:
                n = r.choice([0, 301]) if a.bad() else r.randint(0, 300)
                oj.append(f"maxBatchingWindow: cdk.Duration.seconds({n})")
                oc.append(f".max_batching_window = ccdk_duration_seconds({n})")
            if r.random() < 0.25:
                n = r.choice([30, 604801]) if a.bad() else r.choice([60, 3600, 604800])
                oj.append(f"maxRecordAge: cdk.Duration.seconds({n})")
                oc.append(f".max_record_age = ccdk_duration_seconds({n})")
            if r.random() < 0.25:
                n = 10001 if a.bad() else r.choice([-1, 0, 5, 10000])
                oj.append(f"retryAttempts: {n}")
                oc.append(f".retry_attempts = CCDK_NUM({n})")
            if r.random() < 0.25:
                n = 11 if a.bad() else r.randint(1, 10)
                oj.append(f"parallelizationFactor: {n}")
                oc.append(f".parallelization_factor = CCDK_NUM({n})")
            if r.random() < 0.25:
                oj.append("reportBatchItemFailures: true")
                oc.append(".report_batch_item_failures = CCDK_TRUE")
            if r.random() < 0.25:
                n = 901 if a.bad() else r.choice([0, 60, 900])
                oj.append(f"tumblingWindow: cdk.Duration.seconds({n})")
                oc.append(f".tumbling_window = ccdk_duration_seconds({n})")
            if r.random() < 0.15:
                oj.append("enabled: false")
                oc.append(".enabled = CCDK_FALSE")
            if r.random() < 0.3:
                kind = r.choice(["sqs", "sns"])
                d = a.uid("esdlq")
                if kind == "sqs":
                    a.both(f"const {d} = new sqs.Queue({st['js']}, {js_str(d.capitalize())});",
                           f"    ccdk_sqs_queue *{d} = ccdk_sqs_queue_new({st['c']}, {c_str(d.capitalize())}, NULL);")
                    oj.append(f"onFailure: new sources.SqsDlq({d})")
                    oc.append(f".on_failure = ccdk_lambda_sqs_dlq({d})")
                else:
                    a.both(f"const {d} = new sns.Topic({st['js']}, {js_str(d.capitalize())});",
                           f"    ccdk_sns_topic *{d} = ccdk_sns_topic_new({st['c']}, {c_str(d.capitalize())}, NULL);")
                    oj.append(f"onFailure: new sources.SnsDlq({d})")
                    oc.append(f".on_failure = ccdk_lambda_sns_dlq({d})")
            if r.random() < 0.3:
                fj, fc = [], []
                for _ in range(r.randint(1, 2)):
                    kind = r.choice(["eq", "or", "exists", "begins", "num", "between"])
                    if what == "dynamo":
                        wrap_j = lambda x: f"{{eventName: {x}}}" if kind in ("eq", "or", "begins") else f"{{dynamodb: {{NewImage: {{n: {{N: {x}}}}}}}}}"
                        keys = ["eventName"] if kind in ("eq", "or", "begins") else ["dynamodb", "NewImage", "n", "N"]
                    else:
                        wrap_j = lambda x: f"{{data: {{kind: {x}}}}}"
                        keys = ["data", "kind"]
                    rule_j, rule_c = {
                        "eq": ("lambda.FilterRule.isEqual('INSERT')", "ccdk_lambda_filter_rule_is_equal({s}, \"INSERT\")"),
                        "or": ("lambda.FilterRule.or('MODIFY', 'REMOVE')", "ccdk_lambda_filter_rule_or({s}, CCDK_STRS(\"MODIFY\", \"REMOVE\"))"),
                        "exists": ("lambda.FilterRule.exists()", "ccdk_lambda_filter_rule_exists({s})"),
                        "begins": ("lambda.FilterRule.beginsWith('IN')", "ccdk_lambda_filter_rule_begins_with({s}, \"IN\")"),
                        "num": ("lambda.FilterRule.isEqual(7)", "ccdk_lambda_filter_rule_is_equal_number({s}, 7)"),
                        "between": ("lambda.FilterRule.between(1, 10.5)", "ccdk_lambda_filter_rule_between({s}, 1, 10.5)"),
                    }[kind]
                    cval = rule_c.format(s=st["c"])
                    for k in reversed(keys):
                        cval = f"ccdk_v_set(ccdk_v_object({st['c']}), {c_str(k)}, {cval})"
                    fj.append(f"lambda.FilterCriteria.filter({wrap_j(rule_j)})")
                    fc.append(f"ccdk_lambda_filter_criteria_filter({st['c']}, {cval})")
                oj.append(f"filters: [{', '.join(fj)}]")
                oc.append(f".filters = CCDK_LIST({', '.join(fc)})")
            tgt = v
            if f["aliases"] and r.random() < 0.3:
                tgt = r.choice(f["aliases"])[1]
            cls = "KinesisEventSource" if what == "kinesis" else "DynamoEventSource"
            a.both(f"{tgt}.addEventSource(new sources.{cls}({src}, {{{', '.join(oj)}}}));",
                   f"    ccdk_lambda_function_add_event_source({tgt}, ccdk_lambda_{what}_event_source({src}, "
                   f"&(ccdk_lambda_stream_event_source_props){{{', '.join(oc)}}}));")
        elif what == "removal":
            rp = r.choice(["RETAIN", "DESTROY", "RETAIN_ON_UPDATE_OR_DELETE"])
            a.both(f"{v}.applyRemovalPolicy(cdk.RemovalPolicy.{rp});",
                   f"    ccdk_cfn_resource_apply_removal_policy(ccdk_lambda_function_resource({v}), CCDK_REMOVAL_POLICY_{rp});")


# ---------------------------------------------------------------- more calls (session 30)

IMPORT_ARNS = ["arn:aws:lambda:us-east-1:111111111111:function:ImportedFn",
               "arn:aws:lambda:eu-west-1:222222222222:function:other-fn",
               "arn:aws:lambda:us-east-1:999999999999:function:foreign"]


def metric_alarm(a, st, tj, tc, cls_metric="Errors", dims=False):
    """tj/tc: an IFunction; an alarm on one of its metrics (dimensionsMap now and then)."""
    r = a.r
    aid = a.uid("MAlarm")
    mjl, mcl = [], []
    if dims or r.random() < 0.25:
        mjl.append("dimensionsMap: {FunctionName: 'other', Resource: 'other:live'}")
        mcl.append('.dimensions = CCDK_KVS({"FunctionName", "other"}, {"Resource", "other:live"})')
    if r.random() < 0.3:
        mjl.append("statistic: 'p90'")
        mcl.append('.statistic = "p90"')
    mj = f"{{{', '.join(mjl)}}}" if mjl else ""
    mc = f"&(ccdk_cloudwatch_metric_options){{{', '.join(mcl)}}}" if mcl else "NULL"
    a.both(f"{tj}.metric{cls_metric}({mj}).createAlarm({st['js']}, {js_str(aid)}, {{threshold: 3, evaluationPeriods: 1}});",
           f"    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_{cls_metric.lower()}({tc}, {mc}), {st['c']}, {c_str(aid)}, "
           f"&(ccdk_cloudwatch_create_alarm_options){{.threshold = CCDK_NUM(3), .evaluation_periods = CCDK_NUM(1)}});")


def principal(a, st, for_permission=True):
    """A principal of a random kind: (js, c). For a permission, mostly the kinds aws-cdk-lib's
    Permission takes (others are its error, in an app meant to fail)."""
    r = a.r
    sc = st["c"]
    kinds = ["service", "account", "arn", "org", "service_cond", "with_cond"]
    if not for_permission or a.bad(0.3):
        kinds += ["composite", "with_cond_multi"]
    k = r.choice(kinds)
    if k == "service":
        s = r.choice(SERVICES)
        return f"new iam.ServicePrincipal({js_str(s)})", f"ccdk_iam_service_principal({sc}, {c_str(s)})"
    if k == "account":
        acct = r.choice(["333333333333", "111111111111"])
        return f"new iam.AccountPrincipal({js_str(acct)})", f"ccdk_iam_account_principal({sc}, {c_str(acct)})"
    if k == "arn":
        arn = r.choice(["arn:aws:iam::333333333333:role/caller", "arn:aws:iam::111111111111:user/ü"])
        return f"new iam.ArnPrincipal({js_str(arn)})", f"ccdk_iam_arn_principal({sc}, {c_str(arn)})"
    if k == "org":
        return "new iam.OrganizationPrincipal('o-abcdef1234')", f"ccdk_iam_organization_principal({sc}, \"o-abcdef1234\")"
    if k == "service_cond":
        s = r.choice(SERVICES)
        cond = r.choice(['{"ArnLike": {"aws:SourceArn": "arn:aws:s3:::b"}}', '{"StringEquals": {"aws:SourceAccount": "444444444444"}}'])
        return (f"new iam.ServicePrincipal({js_str(s)}, {{conditions: {cond}}})",
                f"ccdk_iam_service_principal_with_options({sc}, {c_str(s)}, &(ccdk_iam_service_principal_options){{"
                f".conditions = ccdk_v_json({sc}, {c_str(cond)})}})")
    if k == "with_cond":
        cond = r.choice(['{"ArnLike": {"aws:SourceArn": "arn:aws:sns:us-east-1:111111111111:t"}}',
                         '{"StringEquals": {"aws:SourceAccount": "444444444444"}}',
                         '{"StringEquals": {"aws:PrincipalOrgID": "o-abcdef1234"}}'])
        s = r.choice(SERVICES)
        return (f"new iam.ServicePrincipal({js_str(s)}).withConditions({cond})",
                f"ccdk_iam_principal_with_conditions(ccdk_iam_service_principal({sc}, {c_str(s)}), ccdk_v_json({sc}, {c_str(cond)}))")
    if k == "with_cond_multi":
        cond = '{"StringLike": {"aws:userid": "x*"}}'
        return (f"new iam.AccountPrincipal('333333333333').withConditions({cond})",
                f"ccdk_iam_principal_with_conditions(ccdk_iam_account_principal({sc}, \"333333333333\"), ccdk_v_json({sc}, {c_str(cond)}))")
    return ("new iam.CompositePrincipal(new iam.ServicePrincipal('sns.amazonaws.com'), new iam.AccountPrincipal('333333333333'))",
            f"ccdk_iam_composite_principal({sc}, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_service_principal({sc}, \"sns.amazonaws.com\"), "
            f"ccdk_iam_account_principal({sc}, \"333333333333\")))")


def metrics_config(a):
    r = a.r
    ms = r.sample(["EVENT_COUNT", "ERROR_COUNT", "KAFKA_METRICS"], r.randint(0 if a.bad() else 1, 2))
    if not ms:
        return "metricsConfig: {metrics: []}", ".metrics_config = {CCDK_EMPTY_LIST}"
    return (f"metricsConfig: {{metrics: [{', '.join('lambda.MetricType.' + m for m in ms)}]}}",
            f".metrics_config = {{CCDK_LIST({', '.join('CCDK_LAMBDA_METRIC_TYPE_' + m for m in ms)})}}")


def poller_config(a, sqs=False):
    r = a.r
    j, c = [], []
    lo = 2 if sqs else 1
    mn = r.choice([lo, 5, 200])
    if a.bad(0.5):
        mn = 0
    if r.random() < 0.8:
        j.append(f"minimumPollers: {mn}")
        c.append(f".minimum_pollers = CCDK_NUM({mn})")
    if r.random() < 0.8:
        mx = r.choice([200, 2000]) if not a.bad(0.5) else 2001
        j.append(f"maximumPollers: {mx}")
        c.append(f".maximum_pollers = CCDK_NUM({mx})")
    if not sqs and r.random() < 0.3:
        j.append("pollerGroupName: 'group-1'")
        c.append('.poller_group_name = "group-1"')
    return (f"provisionedPollerConfig: {{{', '.join(j)}}}",
            f".provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){{{', '.join(c)}}}")


def sqs_filters(a, st):
    r = a.r
    k = r.choice(["eq", "begins", "exists", "num"])
    rj, rc = {
        "eq": ("lambda.FilterRule.isEqual('ORDER')", f"ccdk_lambda_filter_rule_is_equal({st['c']}, \"ORDER\")"),
        "begins": ("lambda.FilterRule.beginsWith('ü')", f"ccdk_lambda_filter_rule_begins_with({st['c']}, \"ü\")"),
        "exists": ("lambda.FilterRule.notExists()", f"ccdk_lambda_filter_rule_not_exists({st['c']})"),
        "num": ("lambda.FilterRule.between(0, 99)", f"ccdk_lambda_filter_rule_between({st['c']}, 0, 99)"),
    }[k]
    return (f"filters: [lambda.FilterCriteria.filter({{body: {{kind: {rj}}}}})]",
            f".filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter({st['c']}, ccdk_v_set(ccdk_v_object({st['c']}), \"body\", "
            f"ccdk_v_set(ccdk_v_object({st['c']}), \"kind\", {rc}))))")


def secret(a, st):
    sv = a.uid("secret")
    a.both(f"const {sv} = new secretsmanager.Secret({st['js']}, {js_str(sv.capitalize())});",
           f"    ccdk_secretsmanager_secret *{sv} = ccdk_secretsmanager_secret_new({st['c']}, {c_str(sv.capitalize())}, NULL);")
    return sv


def schema_registry(a, st):
    r = a.r
    fmt = r.choice(["JSON", "SOURCE"])
    vj, vc = "", ""
    if r.random() < 0.5:
        atts = r.sample(["KEY", "VALUE"], r.randint(1, 2))
        vj = f", schemaValidationConfigs: [{', '.join('{attribute: lambda.KafkaSchemaValidationAttribute.' + x + '}' for x in atts)}]"
        vc = (", .schema_validation_configs = CCDK_LIST_OF(ccdk_lambda_kafka_schema_validation_config, "
              + ", ".join("{CCDK_LAMBDA_KAFKA_SCHEMA_VALIDATION_ATTRIBUTE_" + x + "}" for x in atts) + ")")
    if r.random() < 0.5:
        sv = secret(a, st)
        t = r.choice(["BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH"])
        return (f"new sources.ConfluentSchemaRegistry({{schemaRegistryUri: 'https://registry.example.com', eventRecordFormat: lambda.EventRecordFormat.{fmt}, "
                f"authenticationType: lambda.KafkaSchemaRegistryAccessConfigType.{t}, secret: {sv}{vj}}})",
                f"ccdk_lambda_confluent_schema_registry({st['c']}, &(ccdk_lambda_confluent_schema_registry_props){{.schema_registry_uri = \"https://registry.example.com\", "
                f".event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_{fmt}, .authentication_type = CCDK_LAMBDA_KAFKA_SCHEMA_REGISTRY_ACCESS_CONFIG_TYPE_{t}, "
                f".secret = {sv}{vc}}})")
    arn = "arn:aws:glue:us-east-1:111111111111:registry/reg-1" if not a.bad(0.5) else "arn:aws:glue:us-east-1:111111111111:bad"
    return (f"new sources.GlueSchemaRegistry({{schemaRegistryArn: {js_str(arn)}, eventRecordFormat: lambda.EventRecordFormat.{fmt}{vj}}})",
            f"ccdk_lambda_glue_schema_registry({st['c']}, &(ccdk_lambda_glue_schema_registry_props){{.schema_registry_arn = {c_str(arn)}, "
            f".event_record_format = CCDK_LAMBDA_EVENT_RECORD_FORMAT_{fmt}{vc}}})")


def kafka_common(a, st, oj, oc, mapping=False):
    """Options a Kafka source and a Kafka mapping share (onFailure as KafkaDlq or SqsDlq)."""
    r = a.r
    pre = "kafka" if mapping else ""
    if r.random() < 0.4:
        g = r.choice(["group-1", "my.group@x", "a/b*c"]) if not a.bad() else r.choice(["bad group", "x" * 201])
        oj.append(f"{'kafkaConsumerGroupId' if mapping else 'consumerGroupId'}: {js_str(g)}")
        oc.append(f".{'kafka_consumer_group_id' if mapping else 'consumer_group_id'} = {c_str(g)}")
    if r.random() < 0.3:
        n = r.choice([1, 100, 10000])
        oj.append(f"batchSize: {n}")
        oc.append(f".batch_size = CCDK_NUM({n})")
    if r.random() < 0.3:
        if r.random() < 0.6:
            t = r.choice(["failed-records", "kafka://dlq.topic", "a_b-c.d"]) if not a.bad() else r.choice(["bad topic", "kafka://"])
            oj.append(f"onFailure: new sources.KafkaDlq({js_str(t)})")
            oc.append(f".on_failure = ccdk_lambda_kafka_dlq({st['c']}, {c_str(t)})")
        else:
            d = a.uid("kdlq")
            a.both(f"const {d} = new sqs.Queue({st['js']}, {js_str(d.capitalize())});",
                   f"    ccdk_sqs_queue *{d} = ccdk_sqs_queue_new({st['c']}, {c_str(d.capitalize())}, NULL);")
            oj.append(f"onFailure: new sources.SqsDlq({d})")
            oc.append(f".on_failure = ccdk_lambda_sqs_dlq({d})")
    if r.random() < 0.25:
        pj, pc = poller_config(a)
        oj.append(pj)
        oc.append(pc)
    if r.random() < 0.25:
        mj, mc = metrics_config(a)
        oj.append(mj)
        oc.append(mc)
    if r.random() < 0.2:
        oj.append("enabled: false")
        oc.append(".enabled = CCDK_FALSE")
    if r.random() < 0.2:
        s = r.randint(0, 300)
        oj.append(f"maxBatchingWindow: cdk.Duration.seconds({s})")
        oc.append(f".max_batching_window = ccdk_duration_seconds({s})")
    if r.random() < 0.2:
        lv = r.choice(["INFO", "DEBUG", "WARN"])
        oj.append(f"logLevel: lambda.EventSourceMappingLogLevel.{lv}")
        oc.append(f".log_level = CCDK_LAMBDA_EVENT_SOURCE_MAPPING_LOG_LEVEL_{lv}")
    if r.random() < 0.2:
        oj.append("bisectBatchOnError: true")
        oc.append(".bisect_batch_on_error = CCDK_TRUE")
    if r.random() < 0.2:
        n = r.choice([-1, 0, 3])
        oj.append(f"retryAttempts: {n}")
        oc.append(f".retry_attempts = CCDK_NUM({n})")
    if r.random() < 0.15:
        oj.append("reportBatchItemFailures: true")
        oc.append(".report_batch_item_failures = CCDK_TRUE")
    if r.random() < 0.15:
        oj.append("maxRecordAge: cdk.Duration.hours(2)")
        oc.append(".max_record_age = ccdk_duration_hours(2)")


def start_pos(a, oj, oc, kinds=("LATEST", "TRIM_HORIZON", "AT_TIMESTAMP")):
    r = a.r
    sp = r.choice(kinds)
    oj.append(f"startingPosition: lambda.StartingPosition.{sp}")
    oc.append(f".starting_position = CCDK_LAMBDA_STARTING_POSITION_{sp}")
    if sp == "AT_TIMESTAMP" and not a.bad(0.3):
        oj.append("startingPositionTimestamp: 1700000000")
        oc.append(".starting_position_timestamp = CCDK_NUM(1700000000)")


def gen_more(a, what, f, fns, stacks):
    """The calls added in session 30: imports, SingletonFunction, EventSourceMapping, Kafka, ...;
    False when the draw does nothing."""
    r = a.r
    v, st = f["var"], f["stack"]
    tenant_ok = not f.get("tenant") or a.bad(0.5)  # event sources on a tenant-isolated function: aws-cdk-lib's error
    if what == "import_fn":
        iv = a.uid("imp")
        iid = iv.capitalize()
        kind = r.choice(["arn", "name", "attrs", "attrs"])
        if kind == "arn":
            arn = r.choice(IMPORT_ARNS)
            a.both(f"const {iv} = lambda.Function.fromFunctionArn({st['js']}, {js_str(iid)}, {js_str(arn)});",
                   f"    ccdk_lambda_function *{iv} = ccdk_lambda_function_from_function_arn({st['c']}, {c_str(iid)}, {c_str(arn)});")
        elif kind == "name":
            n = r.choice(["named-fn", "fn_2"])
            a.both(f"const {iv} = lambda.Function.fromFunctionName({st['js']}, {js_str(iid)}, {js_str(n)});",
                   f"    ccdk_lambda_function *{iv} = ccdk_lambda_function_from_function_name({st['c']}, {c_str(iid)}, {c_str(n)});")
        else:
            arn = r.choice(IMPORT_ARNS)
            aj, ac = [f"functionArn: {js_str(arn)}"], [f".function_arn = {c_str(arn)}"]
            if r.random() < 0.4:
                rv = a.uid("irole")
                a.both(f"const {rv} = iam.Role.fromRoleArn({st['js']}, {js_str(rv.capitalize())}, 'arn:aws:iam::111111111111:role/imported-ü');",
                       f"    ccdk_iam_role *{rv} = ccdk_iam_role_from_role_arn({st['c']}, {c_str(rv.capitalize())}, \"arn:aws:iam::111111111111:role/imported-ü\");")
                aj.append(f"role: {rv}")
                ac.append(f".role = {rv}")
            if r.random() < 0.4:
                b = r.choice(["true", "false"])
                aj.append(f"sameEnvironment: {b}")
                ac.append(f".same_environment = CCDK_{b.upper()}")
            if r.random() < 0.3:
                b = r.choice(["true", "false"])
                aj.append(f"skipPermissions: {b}")
                ac.append(f".skip_permissions = CCDK_{b.upper()}")
            if r.random() < 0.2:
                aj.append("architecture: lambda.Architecture.ARM_64")
                ac.append(".architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64")
            a.both(f"const {iv} = lambda.Function.fromFunctionAttributes({st['js']}, {js_str(iid)}, {{{', '.join(aj)}}});",
                   f"    ccdk_lambda_function *{iv} = ccdk_lambda_function_from_function_attributes({st['c']}, {c_str(iid)}, "
                   f"&(ccdk_lambda_function_attributes){{{', '.join(ac)}}});")
        for _ in range(r.randint(1, 3)):
            op = r.choice(["perm", "grant", "grant_role", "sqs", "metric", "url", "async", "esm", "grant_url"])
            if op == "perm":
                pj, pc = principal(a, st)
                pid = a.uid("IPerm")
                a.both(f"{iv}.addPermission({js_str(pid)}, {{principal: {pj}}});",
                       f"    ccdk_lambda_function_add_permission({iv}, {c_str(pid)}, &(ccdk_lambda_permission){{.principal = {pc}}});")
            elif op == "grant":
                pj, pc = principal(a, st)
                a.both(f"{iv}.grantInvoke({pj});", f"    ccdk_lambda_function_grant_invoke({iv}, {pc});")
            elif op in ("grant_role", "grant_url"):
                rv = a.uid("role")
                a.both(f"const {rv} = new iam.Role({st['js']}, {js_str(rv.capitalize())}, {{assumedBy: new iam.AccountRootPrincipal()}});",
                       f"    ccdk_iam_role *{rv} = ccdk_iam_role_new({st['c']}, {c_str(rv.capitalize())}, &(ccdk_iam_role_props){{"
                       f".assumed_by = ccdk_iam_account_root_principal({st['c']})}});")
                g, cg = ("grantInvoke", "grant_invoke") if op == "grant_role" else ("grantInvokeUrl", "grant_invoke_url")
                a.both(f"{iv}.{g}({rv});", f"    ccdk_lambda_function_{cg}({iv}, {rv});")
            elif op == "sqs":
                qv = a.uid("queue")
                a.both(f"const {qv} = new sqs.Queue({st['js']}, {js_str(qv.capitalize())});",
                       f"    ccdk_sqs_queue *{qv} = ccdk_sqs_queue_new({st['c']}, {c_str(qv.capitalize())}, NULL);")
                a.both(f"{iv}.addEventSource(new sources.SqsEventSource({qv}));",
                       f"    ccdk_lambda_function_add_event_source({iv}, ccdk_lambda_sqs_event_source({qv}, NULL));")
            elif op == "metric":
                metric_alarm(a, st, iv, iv, r.choice(["Errors", "Invocations", "Throttles", "Duration"]))
            elif op == "url":
                uj, uc = url_options(a)
                a.both(f"{iv}.addFunctionUrl({{{', '.join(uj)}}});",
                       f"    ccdk_lambda_function_add_function_url({iv}, &(ccdk_lambda_function_url_options){{{', '.join(uc)}}});"
                       if uc else f"    ccdk_lambda_function_add_function_url({iv}, NULL);")
            elif op == "async":
                a.both(f"{iv}.configureAsyncInvoke({{retryAttempts: 1}});",
                       f"    ccdk_lambda_function_configure_async_invoke({iv}, &(ccdk_lambda_event_invoke_config_options){{.retry_attempts = CCDK_NUM(1)}});")
            else:
                gen_esm(a, st, iv, iv)
        return True
    if what == "import_ver":
        vv = a.uid("iver")
        if r.random() < 0.6:
            # $LATEST: addPermission on it is aws-cdk-lib's error ("Function is either imported or $LATEST version")
            arn = r.choice(["arn:aws:lambda:us-east-1:111111111111:function:ImportedFn:7",
                            "arn:aws:lambda:eu-west-1:222222222222:function:other-fn:12"]
                           + (["arn:aws:lambda:eu-west-1:222222222222:function:other-fn:$LATEST"] if a.bad(0.3) else []))
            a.both(f"const {vv} = lambda.Version.fromVersionArn({st['js']}, {js_str(vv.capitalize())}, {js_str(arn)});",
                   f"    ccdk_lambda_version *{vv} = ccdk_lambda_version_from_version_arn({st['c']}, {c_str(vv.capitalize())}, {c_str(arn)});")
        else:
            n = r.choice(["3", "12"])
            a.both(f"const {vv} = lambda.Version.fromVersionAttributes({st['js']}, {js_str(vv.capitalize())}, {{version: {js_str(n)}, lambda: {v}}});",
                   f"    ccdk_lambda_version *{vv} = ccdk_lambda_version_from_version_attributes({st['c']}, {c_str(vv.capitalize())}, "
                   f"&(ccdk_lambda_version_attributes){{.version = {c_str(n)}, .lambda = {v}}});")
        tgt = vv
        if r.random() < 0.6:
            av = a.uid("ial")
            name = r.choice(["live", "prod"])
            if r.random() < 0.5:
                a.both(f"const {av} = lambda.Alias.fromAliasAttributes({st['js']}, {js_str(av.capitalize())}, {{aliasName: {js_str(name)}, aliasVersion: {vv}}});",
                       f"    ccdk_lambda_alias *{av} = ccdk_lambda_alias_from_alias_attributes({st['c']}, {c_str(av.capitalize())}, "
                       f"&(ccdk_lambda_alias_attributes){{.alias_name = {c_str(name)}, .alias_version = {vv}}});")
            else:
                a.both(f"const {av} = {vv}.addAlias({js_str(name)});",
                       f"    ccdk_lambda_alias *{av} = ccdk_lambda_version_add_alias({vv}, {c_str(name)}, NULL);")
            tgt = av
        for _ in range(r.randint(1, 2)):
            op = r.choice(["perm", "grant", "metric", "sqs"])
            if op == "perm":
                pj, pc = principal(a, st)
                pid = a.uid("VIPerm")
                a.both(f"{tgt}.addPermission({js_str(pid)}, {{principal: {pj}}});",
                       f"    ccdk_lambda_function_add_permission({tgt}, {c_str(pid)}, &(ccdk_lambda_permission){{.principal = {pc}}});")
            elif op == "grant":
                s = r.choice(SERVICES)
                a.both(f"{tgt}.grantInvoke(new iam.ServicePrincipal({js_str(s)}));",
                       f"    ccdk_lambda_function_grant_invoke({tgt}, ccdk_iam_service_principal({st['c']}, {c_str(s)}));")
            elif op == "metric":
                metric_alarm(a, st, tgt, tgt, r.choice(["Errors", "Invocations"]))
            else:
                qv = a.uid("queue")
                a.both(f"const {qv} = new sqs.Queue({st['js']}, {js_str(qv.capitalize())});",
                       f"    ccdk_sqs_queue *{qv} = ccdk_sqs_queue_new({st['c']}, {c_str(qv.capitalize())}, NULL);")
                a.both(f"{tgt}.addEventSource(new sources.SqsEventSource({qv}));",
                       f"    ccdk_lambda_function_add_event_source({tgt}, ccdk_lambda_sqs_event_source({qv}, NULL));")
        return True
    if what == "singleton":
        sg = a.uid("sg")
        uuid = r.choice(["a7b1c2d3-0000-4e5f-8a9b-123456789abc", "f00dfeed-1234-5678-9abc-def012345678"])
        rt = r.choice(["NODEJS_20_X", "PYTHON_3_12", "NODEJS_22_X"])
        pj = [f"uuid: {js_str(uuid)}", f"runtime: lambda.Runtime.{rt}", "handler: 'index.handler'",
              "code: lambda.Code.fromInline('exports.handler = async () => 1;')"]
        pc = [f".uuid = {c_str(uuid)}"]
        fc = [f".runtime = CCDK_LAMBDA_RUNTIME_{rt}", ".handler = \"index.handler\"",
              f".code = ccdk_lambda_code_from_inline({st['c']}, \"exports.handler = async () => 1;\")"]
        if r.random() < 0.4:
            p = r.choice(["Custom", "CustomResourceProvider", "x"])
            pj.append(f"lambdaPurpose: {js_str(p)}")
            pc.append(f".lambda_purpose = {c_str(p)}")
        if r.random() < 0.4:
            pj.append("timeout: cdk.Duration.seconds(30)")
            fc.append(".timeout = ccdk_duration_seconds(30)")
        if r.random() < 0.3:
            pj.append("environment: {MODE: 'singleton'}")
            fc.append('.environment = CCDK_KVS({"MODE", "singleton"})')
        if r.random() < 0.2:
            pj.append("memorySize: 256")
            fc.append(".memory_size = CCDK_NUM(256)")
        scope = st
        a.both(f"const {sg} = new lambda.SingletonFunction({scope['js']}, {js_str(sg.capitalize())}, {{{', '.join(pj)}}});",
               f"    ccdk_lambda_singleton_function *{sg} = ccdk_lambda_singleton_function_new({scope['c']}, {c_str(sg.capitalize())}, "
               f"&(ccdk_lambda_singleton_function_props){{{', '.join(pc)}, .function = {{{', '.join(fc)}}}}});")
        for _ in range(r.randint(1, 3)):
            op = r.choice(["env", "version", "dep", "depend_on", "grant", "perm", "sqs", "metric", "role_policy"])
            if op == "env":
                k = r.choice(["A", "B"])
                a.both(f"{sg}.addEnvironment({js_str(k)}, 'v');",
                       f"    ccdk_lambda_function_add_environment(ccdk_lambda_singleton_function_lambda({sg}), {c_str(k)}, \"v\");")
            elif op == "version":
                a.both(f"{sg}.currentVersion;", f"    ccdk_lambda_function_current_version(ccdk_lambda_singleton_function_lambda({sg}));")
            elif op in ("dep", "depend_on"):
                qv = a.uid("depq")
                a.both(f"const {qv} = new sqs.Queue({st['js']}, {js_str(qv.capitalize())});",
                       f"    ccdk_sqs_queue *{qv} = ccdk_sqs_queue_new({st['c']}, {c_str(qv.capitalize())}, NULL);")
                if op == "dep":
                    a.both(f"{sg}.addDependency({qv});", f"    ccdk_lambda_singleton_function_add_dependency({sg}, {qv});")
                else:
                    a.both(f"{sg}.dependOn({qv});", f"    ccdk_lambda_singleton_function_depend_on({sg}, {qv});")
            elif op == "grant":
                pj2, pc2 = principal(a, st)
                a.both(f"{sg}.grantInvoke({pj2});", f"    ccdk_lambda_function_grant_invoke({sg}, {pc2});")
            elif op == "perm":
                pj2, pc2 = principal(a, st)
                pid = a.uid("SPerm")
                a.both(f"{sg}.addPermission({js_str(pid)}, {{principal: {pj2}}});",
                       f"    ccdk_lambda_function_add_permission({sg}, {c_str(pid)}, &(ccdk_lambda_permission){{.principal = {pc2}}});")
            elif op == "sqs":
                qv = a.uid("queue")
                a.both(f"const {qv} = new sqs.Queue({st['js']}, {js_str(qv.capitalize())});",
                       f"    ccdk_sqs_queue *{qv} = ccdk_sqs_queue_new({st['c']}, {c_str(qv.capitalize())}, NULL);")
                a.both(f"{sg}.addEventSource(new sources.SqsEventSource({qv}, {{batchSize: 5}}));",
                       f"    ccdk_lambda_function_add_event_source({sg}, ccdk_lambda_sqs_event_source({qv}, "
                       f"&(ccdk_lambda_sqs_event_source_props){{.batch_size = CCDK_NUM(5)}}));")
            elif op == "metric":
                metric_alarm(a, st, sg, sg, "Errors")
            else:
                a.both(f"{sg}.addToRolePolicy(new iam.PolicyStatement({{actions: ['s3:GetObject'], resources: ['*']}}));",
                       f"    ccdk_lambda_function_add_to_role_policy(ccdk_lambda_singleton_function_lambda({sg}), ccdk_iam_policy_statement_new({st['c']}, "
                       f"&(ccdk_iam_policy_statement_props){{.actions = CCDK_STRS(\"s3:GetObject\"), .resources = CCDK_STRS(\"*\")}}));")
        return True
    if what == "esm":
        if not tenant_ok:
            return False
        gen_esm(a, st, v, v)
        return True
    if what == "kafka":
        if not tenant_ok:
            return False
        oj, oc = [], []
        managed = r.random() < 0.5
        topic = r.choice(["orders", "events.v1"])
        start_pos(a, oj, oc)
        if managed:
            oj.insert(0, f"clusterArn: 'arn:aws:kafka:us-east-1:111111111111:cluster/demo/abc-123', topic: {js_str(topic)}")
            oc.insert(0, f".cluster_arn = \"arn:aws:kafka:us-east-1:111111111111:cluster/demo/abc-123\", .topic = {c_str(topic)}")
            if r.random() < 0.5:
                sv = secret(a, st)
                oj.append(f"secret: {sv}")
                oc.append(f".secret = {sv}")
        else:
            servers = r.sample(["b-1.example.com:9092", "b-2.example.com:9092", "10.0.0.1:9094"], r.randint(1, 2))
            oj.insert(0, f"bootstrapServers: [{', '.join(js_str(x) for x in servers)}], topic: {js_str(topic)}")
            oc.insert(0, f".bootstrap_servers = CCDK_STRS({', '.join(c_str(x) for x in servers)}), .topic = {c_str(topic)}")
            use_vpc = r.random() < 0.3
            if use_vpc:
                if "kvpc" not in st:
                    st["kvpc"] = a.uid("kvpc")
                    a.own_handlers.add(f"{st['id']}/Custom::VpcRestrictDefaultSGCustomResourceProvider Code")
                    a.both(f"const {st['kvpc']} = new ec2.Vpc({st['js']}, {js_str(st['kvpc'].upper())}, {{maxAzs: 2}});",
                           f"    ccdk_ec2_vpc *{st['kvpc']} = ccdk_ec2_vpc_new({st['c']}, {c_str(st['kvpc'].upper())}, &(ccdk_ec2_vpc_props){{.max_azs = CCDK_NUM(2)}});")
                sgv = a.uid("ksg")
                a.both(f"const {sgv} = new ec2.SecurityGroup({st['js']}, {js_str(sgv.upper())}, {{vpc: {st['kvpc']}}});",
                       f"    ccdk_ec2_security_group *{sgv} = ccdk_ec2_security_group_new({st['c']}, {c_str(sgv.upper())}, "
                       f"&(ccdk_ec2_security_group_props){{.vpc = {st['kvpc']}}});")
                oj.append(f"vpc: {st['kvpc']}")
                oc.append(f".vpc = {st['kvpc']}")
                if not a.bad():
                    oj.append("vpcSubnets: {subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS}")
                    oc.append(".vpc_subnets = &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}")
                oj.append(f"securityGroup: {sgv}")
                oc.append(f".security_group = {sgv}")
            if not use_vpc and not a.bad(0.3) or r.random() < 0.4:
                sv = secret(a, st)
                oj.append(f"secret: {sv}")
                oc.append(f".secret = {sv}")
                if r.random() < 0.5:
                    m = r.choice(["SASL_SCRAM_512_AUTH", "SASL_SCRAM_256_AUTH", "BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH"])
                    oj.append(f"authenticationMethod: sources.AuthenticationMethod.{m}")
                    oc.append(f".authentication_method = CCDK_LAMBDA_KAFKA_AUTHENTICATION_METHOD_{m}")
            if r.random() < 0.3:
                ca = secret(a, st)
                oj.append(f"rootCACertificate: {ca}")
                oc.append(f".root_ca_certificate = {ca}")
        kafka_common(a, st, oj, oc)
        if r.random() < 0.3:
            sj, sc = schema_registry(a, st)
            oj.append(f"schemaRegistryConfig: {sj}")
            oc.append(f".schema_registry_config = {sc}")
        if r.random() < 0.2:
            sj, sc = sqs_filters(a, st)
            oj.append(sj.replace("body", "value"))
            oc.append(sc.replace('"body"', '"value"'))
        cls = "ManagedKafkaEventSource" if managed else "SelfManagedKafkaEventSource"
        cfn = "managed" if managed else "self_managed"
        a.both(f"{v}.addEventSource(new sources.{cls}({{{', '.join(oj)}}}));",
               f"    ccdk_lambda_function_add_event_source({v}, ccdk_lambda_{cfn}_kafka_event_source({st['c']}, "
               f"&(ccdk_lambda_{cfn}_kafka_event_source_props){{{', '.join(oc)}}}));")
        return True
    if what == "sqs_more":
        if not tenant_ok:
            return False
        qv = a.uid("queue")
        fifo = r.random() < 0.2
        a.both(f"const {qv} = new sqs.Queue({st['js']}, {js_str(qv.capitalize())}{', {fifo: true}' if fifo else ''});",
               f"    ccdk_sqs_queue *{qv} = ccdk_sqs_queue_new({st['c']}, {c_str(qv.capitalize())}, "
               + ("&(ccdk_sqs_queue_props){.fifo = CCDK_TRUE});" if fifo else "NULL);"))
        oj, oc = [], []
        if r.random() < 0.5:
            sj, sc = sqs_filters(a, st)
            oj.append(sj)
            oc.append(sc)
        if r.random() < 0.4:
            mj, mc = metrics_config(a)
            oj.append(mj)
            oc.append(mc)
        poller = r.random() < 0.4
        if poller:
            pj, pc = poller_config(a, sqs=True)
            oj.append(pj)
            oc.append(pc)
        if r.random() < 0.3 and (not fifo or a.bad()):
            s = r.randint(0, 300)
            oj.append(f"maxBatchingWindow: cdk.Duration.seconds({s})")
            oc.append(f".max_batching_window = ccdk_duration_seconds({s})")
        if r.random() < 0.3 and (not poller or a.bad()):  # with a poller config: aws-cdk-lib's error
            n = r.randint(2, 1000)
            oj.append(f"maxConcurrency: {n}")
            oc.append(f".max_concurrency = CCDK_NUM({n})")
        if r.random() < 0.3:
            oj.append("reportBatchItemFailures: true")
            oc.append(".report_batch_item_failures = CCDK_TRUE")
        if r.random() < 0.2:
            b = r.choice(["true", "false"])
            oj.append(f"enabled: {b}")
            oc.append(f".enabled = CCDK_{b.upper()}")
        tgt = v
        if f["aliases"] and r.random() < 0.3:
            tgt = r.choice(f["aliases"])[1]
        a.both(f"{tgt}.addEventSource(new sources.SqsEventSource({qv}, {{{', '.join(oj)}}}));",
               f"    ccdk_lambda_function_add_event_source({tgt}, ccdk_lambda_sqs_event_source({qv}, "
               f"&(ccdk_lambda_sqs_event_source_props){{{', '.join(oc)}}}));")
        return True
    if what == "sns_filter":
        if not tenant_ok:
            return False
        tv = a.uid("topic")
        a.both(f"const {tv} = new sns.Topic({st['js']}, {js_str(tv.capitalize())});",
               f"    ccdk_sns_topic *{tv} = ccdk_sns_topic_new({st['c']}, {c_str(tv.capitalize())}, NULL);")
        fj, fc = [], []
        for name in r.sample(["color", "size", "größe", "store"], r.randint(1, 2)):
            k = r.choice(["string", "numeric", "exists", "not_exists"])
            if k == "string":
                fj.append(f"{js_str(name)}: sns.SubscriptionFilter.stringFilter({{allowlist: ['red', 'ü'], matchPrefixes: ['bl']}})")
                fc.append(f"{{{c_str(name)}, ccdk_sns_subscription_filter_string({st['c']}, &(ccdk_sns_string_conditions){{"
                          f".allowlist = CCDK_STRS(\"red\", \"ü\"), .match_prefixes = CCDK_STRS(\"bl\")}})}}")
            elif k == "numeric":
                fj.append(f"{js_str(name)}: sns.SubscriptionFilter.numericFilter({{greaterThan: 5, lessThanOrEqualTo: 100.5}})")
                fc.append(f"{{{c_str(name)}, ccdk_sns_subscription_filter_numeric({st['c']}, &(ccdk_sns_numeric_conditions){{"
                          f".greater_than = CCDK_NUM(5), .less_than_or_equal_to = CCDK_NUM(100.5)}})}}")
            elif k == "exists":
                fj.append(f"{js_str(name)}: sns.SubscriptionFilter.existsFilter()")
                fc.append(f"{{{c_str(name)}, ccdk_sns_subscription_filter_exists({st['c']})}}")
            else:
                fj.append(f"{js_str(name)}: sns.SubscriptionFilter.notExistsFilter()")
                fc.append(f"{{{c_str(name)}, ccdk_sns_subscription_filter_not_exists({st['c']})}}")
        oj, oc = [f"filterPolicy: {{{', '.join(fj)}}}"], [f".filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry, {', '.join(fc)})"]
        if r.random() < 0.5:
            dq = a.uid("sdlq")
            a.both(f"const {dq} = new sqs.Queue({st['js']}, {js_str(dq.capitalize())});",
                   f"    ccdk_sqs_queue *{dq} = ccdk_sqs_queue_new({st['c']}, {c_str(dq.capitalize())}, NULL);")
            oj.append(f"deadLetterQueue: {dq}")
            oc.append(f".dead_letter_queue = {dq}")
        a.both(f"{v}.addEventSource(new sources.SnsEventSource({tv}, {{{', '.join(oj)}}}));",
               f"    ccdk_lambda_function_add_event_source({v}, ccdk_lambda_sns_event_source({tv}, "
               f"&(ccdk_lambda_sns_event_source_props){{{', '.join(oc)}}}));")
        return True
    if what == "api":
        m = r.choice(["get", "POST", "any"])
        pth = r.choice(["/", "/items", "/items/{id}"]) if not a.bad() else "items"
        a.both(f"{v}.addEventSource(new sources.ApiEventSource({js_str(m)}, {js_str(pth)}));",
               f"    ccdk_lambda_function_add_event_source({v}, ccdk_lambda_api_event_source({st['c']}, {c_str(m)}, {c_str(pth)}));")
        return True
    if what == "composite":
        svcs = r.sample(SERVICES, r.randint(1, 3))
        parts_j = [f"new iam.ServicePrincipal({js_str(s)})" for s in svcs]
        parts_c = [f"ccdk_iam_service_principal({st['c']}, {c_str(s)})" for s in svcs]
        if r.random() < 0.3:
            parts_j.append("new iam.AccountPrincipal('333333333333')")
            parts_c.append(f"ccdk_iam_account_principal({st['c']}, \"333333333333\")")
        a.both(f"{v}.grantInvokeCompositePrincipal(new iam.CompositePrincipal({', '.join(parts_j)}));",
               f"    ccdk_lambda_function_grant_invoke_composite_principal({v}, ccdk_iam_composite_principal({st['c']}, "
               f"(ccdk_iam_principal_list)CCDK_LIST({', '.join(parts_c)})));")
        return True
    if what == "perm_principal":
        pj, pc = principal(a, st)
        pid = a.uid("PPerm")
        oj, oc = [f"principal: {pj}"], [f".principal = {pc}"]
        if r.random() < 0.3:
            oj.append("sourceArn: 'arn:aws:s3:::my-bucket'")
            oc.append('.source_arn = "arn:aws:s3:::my-bucket"')
        tgt = v
        if f["aliases"] and r.random() < 0.3:
            tgt = r.choice(f["aliases"])[1]
        a.both(f"{tgt}.addPermission({js_str(pid)}, {{{', '.join(oj)}}});",
               f"    ccdk_lambda_function_add_permission({tgt}, {c_str(pid)}, &(ccdk_lambda_permission){{{', '.join(oc)}}});")
        if r.random() < 0.3:
            pj, pc = principal(a, st, for_permission=False)
            a.both(f"{tgt}.grantInvoke({pj});", f"    ccdk_lambda_function_grant_invoke({tgt}, {pc});")
        return True
    if what == "role_policy_cond":
        cond = r.choice(['{"StringEquals": {"aws:RequestedRegion": "us-east-1"}}',
                         '{"Bool": {"aws:SecureTransport": "true"}, "IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}}'])
        act = r.sample(ACTIONS, r.randint(1, 2))
        eff = r.choice(["ALLOW", "DENY"])
        a.both(f"{v}.addToRolePolicy(new iam.PolicyStatement({{effect: iam.Effect.{eff}, actions: [{', '.join(js_str(x) for x in act)}], resources: ['*'], conditions: {cond}}}));",
               f"    ccdk_lambda_function_add_to_role_policy({v}, ccdk_iam_policy_statement_new({st['c']}, &(ccdk_iam_policy_statement_props){{"
               f".effect = CCDK_IAM_{eff}, .actions = CCDK_STRS({', '.join(c_str(x) for x in act)}), .resources = CCDK_STRS(\"*\"), "
               f".conditions = ccdk_v_json({st['c']}, {c_str(cond)})}}));")
        return True
    if what == "capacity":
        # an imported CapacityProvider (by ARN, name or attributes): its name and ARN as outputs
        if r.random() < 0.25:
            ic = a.uid("icp")
            arn = r.choice(["arn:aws:lambda:us-east-1:123456789012:capacity-provider:my-cp",
                            "arn:aws:lambda:eu-west-1:111111111111:capacity-provider:Prov-2"])
            if a.bad(0.3):
                arn = "not-an-arn"
            k = r.choice(["arn", "name", "attrs"])
            if k == "arn":
                cj = f"lambda.CapacityProvider.fromCapacityProviderArn({st['js']}, {js_str(ic.upper())}, {js_str(arn)})"
                cc = f"ccdk_lambda_capacity_provider_from_capacity_provider_arn({st['c']}, {c_str(ic.upper())}, {c_str(arn)})"
            elif k == "attrs":
                cj = f"lambda.CapacityProvider.fromCapacityProviderAttributes({st['js']}, {js_str(ic.upper())}, {{capacityProviderArn: {js_str(arn)}}})"
                cc = (f"ccdk_lambda_capacity_provider_from_capacity_provider_attributes({st['c']}, {c_str(ic.upper())}, "
                      f"&(ccdk_lambda_capacity_provider_attributes){{.capacity_provider_arn = {c_str(arn)}}})")
            else:
                n = r.choice(["my-cp", "Prov_3"])
                cj = f"lambda.CapacityProvider.fromCapacityProviderName({st['js']}, {js_str(ic.upper())}, {js_str(n)})"
                cc = f"ccdk_lambda_capacity_provider_from_capacity_provider_name({st['c']}, {c_str(ic.upper())}, {c_str(n)})"
            a.both(f"const {ic} = {cj};", f"    ccdk_lambda_capacity_provider *{ic} = {cc};")
            for attr, jget, cget in [("Name", "capacityProviderName", "name"), ("Arn", "capacityProviderArn", "arn")]:
                a.both(f"new cdk.CfnOutput({st['js']}, {js_str(ic.upper() + attr)}, {{value: {ic}.{jget}}});",
                       f"    ccdk_cfn_output_new({st['c']}, {c_str(ic.upper() + attr)}, &(ccdk_cfn_output_props){{"
                       f".value = ccdk_lambda_capacity_provider_{cget}({ic})}});")
        # a CapacityProvider (Lambda Managed Instances) in the stack's VPC, and addFunction
        if "cp" not in st:
            if "kvpc" not in st:
                st["kvpc"] = a.uid("kvpc")
                a.own_handlers.add(f"{st['id']}/Custom::VpcRestrictDefaultSGCustomResourceProvider Code")
                a.both(f"const {st['kvpc']} = new ec2.Vpc({st['js']}, {js_str(st['kvpc'].upper())}, {{maxAzs: 2}});",
                       f"    ccdk_ec2_vpc *{st['kvpc']} = ccdk_ec2_vpc_new({st['c']}, {c_str(st['kvpc'].upper())}, &(ccdk_ec2_vpc_props){{.max_azs = CCDK_NUM(2)}});")
            vpc = st["kvpc"]
            sgv, cp = a.uid("cpsg"), a.uid("cp")
            a.both(f"const {sgv} = new ec2.SecurityGroup({st['js']}, {js_str(sgv.upper())}, {{vpc: {vpc}}});",
                   f"    ccdk_ec2_security_group *{sgv} = ccdk_ec2_security_group_new({st['c']}, {c_str(sgv.upper())}, "
                   f"&(ccdk_ec2_security_group_props){{.vpc = {vpc}}});")
            pj, pc = [f"securityGroups: [{sgv}]", f"subnets: {vpc}.privateSubnets"], [f".security_groups = CCDK_LIST({sgv})",
                                                                                     f".subnets = ccdk_ec2_vpc_private_subnets({vpc})"]
            if r.random() < 0.3:
                n = r.choice(["cp1", "MyProvider"] + (["bad-name!"] if a.bad() else []))
                pj.append(f"capacityProviderName: {js_str(n)}")
                pc.append(f".capacity_provider_name = {c_str(n)}")
            if r.random() < 0.3:
                archs = r.sample(["ARM_64", "X86_64"], 1)
                pj.append(f"architectures: [lambda.Architecture.{archs[0]}]")
                pc.append(f".architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_{archs[0]})")
            if r.random() < 0.3:
                n = r.choice([12, 64, 15000] + ([11] if a.bad() else []))
                pj.append(f"maxVCpuCount: {n}")
                pc.append(f".max_v_cpu_count = CCDK_NUM({n})")
            if r.random() < 0.3:
                if r.random() < 0.5:
                    pj.append("scalingOptions: lambda.ScalingOptions.auto()")
                    pc.append(".scaling_options = ccdk_lambda_scaling_options_auto()")
                else:
                    pj.append("scalingOptions: lambda.ScalingOptions.manual([lambda.TargetTrackingScalingPolicy.cpuUtilization(70)])")
                    pc.append(".scaling_options = ccdk_lambda_scaling_options_manual((ccdk_lambda_target_tracking_scaling_policy_list)"
                              "CCDK_LIST_OF(ccdk_lambda_target_tracking_scaling_policy, ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(70)))")
            if r.random() < 0.25:
                if r.random() < 0.5:
                    pj.append("propagateTags: lambda.PropagateTags.none()")
                    pc.append(".propagate_tags = ccdk_lambda_propagate_tags_none()")
                else:
                    pj.append("propagateTags: lambda.PropagateTags.explicit({team: 'ü'})")
                    pc.append('.propagate_tags = ccdk_lambda_propagate_tags_explicit(CCDK_KVS({"team", "ü"}))')
            if r.random() < 0.2:
                lv = r.choice(["INFO", "DEBUG", "WARN"])
                pj.append(f"systemLogLevel: lambda.SystemLogLevel.{lv}")
                pc.append(f".system_log_level = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_{lv}")
            a.both(f"const {cp} = new lambda.CapacityProvider({st['js']}, {js_str(cp.upper())}, {{{', '.join(pj)}}});",
                   f"    ccdk_lambda_capacity_provider *{cp} = ccdk_lambda_capacity_provider_new({st['c']}, {c_str(cp.upper())}, "
                   f"&(ccdk_lambda_capacity_provider_props){{{', '.join(pc)}}});")
            st["cp"] = cp
        oj, oc = [], []
        if r.random() < 0.4:
            n = r.choice([1, 10, 64])
            oj.append(f"perExecutionEnvironmentMaxConcurrency: {n}")
            oc.append(f".per_execution_environment_max_concurrency = CCDK_NUM({n})")
        if r.random() < 0.3:
            n = r.choice([2, 4, 8])
            oj.append(f"executionEnvironmentMemoryGiBPerVCpu: {n}")
            oc.append(f".execution_environment_memory_gib_per_v_cpu = CCDK_NUM({n})")
        if r.random() < 0.3:
            b = r.choice(["true", "false"])
            oj.append(f"publishToLatestPublished: {b}")
            oc.append(f".publish_to_latest_published = CCDK_{b.upper()}")
        if r.random() < 0.3:
            lo = r.randint(0, 5)
            hi = lo - 1 if a.bad() else r.randint(lo, 20)
            oj.append(f"latestPublishedScalingConfig: {{minExecutionEnvironments: {lo}, maxExecutionEnvironments: {hi}}}")
            oc.append(f".latest_published_scaling_config = {{.min_execution_environments = CCDK_NUM({lo}), .max_execution_environments = CCDK_NUM({hi})}}")
        a.both(f"{st['cp']}.addFunction({v}{', {' + ', '.join(oj) + '}' if oj else ''});",
               f"    ccdk_lambda_capacity_provider_add_function({st['cp']}, {v}, "
               + (f"&(ccdk_lambda_capacity_provider_function_options){{{', '.join(oc)}}});" if oc else "NULL);"))
        return True
    if what == "alias_metric":
        tgt = v
        if f["aliases"]:
            tgt = r.choice(f["aliases"])[1]
        metric_alarm(a, st, tgt, tgt, r.choice(["Errors", "Duration", "Invocations", "Throttles"]), dims=r.random() < 0.5)
        if r.random() < 0.3:
            aid = a.uid("AllDimAlarm")
            a.both(f"lambda.Function.metricAllErrors({{dimensionsMap: {{FunctionName: 'x'}}}}).createAlarm({st['js']}, {js_str(aid)}, {{threshold: 1, evaluationPeriods: 1}});",
                   f"    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_all_errors({st['c']}, &(ccdk_cloudwatch_metric_options){{"
                   f".dimensions = CCDK_KVS({{\"FunctionName\", \"x\"}})}}), {st['c']}, {c_str(aid)}, "
                   f"&(ccdk_cloudwatch_create_alarm_options){{.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)}});")
        return True
    return False


def gen_esm(a, st, tj, tc):
    """A standalone EventSourceMapping or fn.addEventSourceMapping, on a queue, a stream, a
    self-managed Kafka cluster or an MSK cluster's ARN."""
    r = a.r
    src = r.choice(["sqs", "kinesis", "kafka", "msk"])
    oj, oc = [], []
    if src == "sqs":
        qv = a.uid("mq")
        a.both(f"const {qv} = new sqs.Queue({st['js']}, {js_str(qv.capitalize())});",
               f"    ccdk_sqs_queue *{qv} = ccdk_sqs_queue_new({st['c']}, {c_str(qv.capitalize())}, NULL);")
        oj.append(f"eventSourceArn: {qv}.queueArn")
        oc.append(f".event_source_arn = ccdk_sqs_queue_arn({qv})")
        conc = r.random() < 0.4
        if conc:
            n = r.randint(2, 1000)
            oj.append(f"maxConcurrency: {n}")
            oc.append(f".max_concurrency = CCDK_NUM({n})")
        if r.random() < 0.3 and (not conc or a.bad()):  # with maxConcurrency: aws-cdk-lib's error
            pj, pc = poller_config(a, sqs=True)
            oj.append(pj)
            oc.append(pc)
        if r.random() < 0.4:
            sj, sc = sqs_filters(a, st)
            oj.append(sj)
            oc.append(sc)
            if r.random() < 0.3:
                k = a.uid("fkey")
                a.both(f"const {k} = new kms.Key({st['js']}, {js_str(k.upper())});",
                       f"    ccdk_kms_key *{k} = ccdk_kms_key_new({st['c']}, {c_str(k.upper())}, NULL);")
                oj.append(f"filterEncryption: {k}")
                oc.append(f".filter_encryption = {k}")
    elif src == "kinesis":
        sv = a.uid("mstream")
        a.both(f"const {sv} = new kinesis.Stream({st['js']}, {js_str(sv.capitalize())});",
               f"    ccdk_kinesis_stream *{sv} = ccdk_kinesis_stream_new({st['c']}, {c_str(sv.capitalize())}, NULL);")
        oj.append(f"eventSourceArn: {sv}.streamArn")
        oc.append(f".event_source_arn = ccdk_kinesis_stream_arn({sv})")
        start_pos(a, oj, oc)
        for key, jv, cv in [("bisectBatchOnError", "true", ".bisect_batch_on_error = CCDK_TRUE"),
                            ("maxRecordAge", "cdk.Duration.days(7)", ".max_record_age = ccdk_duration_days(7)"),
                            ("retryAttempts", "-1", ".retry_attempts = CCDK_NUM(-1)"),
                            ("parallelizationFactor", "10", ".parallelization_factor = CCDK_NUM(10)"),
                            ("tumblingWindow", "cdk.Duration.minutes(15)", ".tumbling_window = ccdk_duration_minutes(15)")]:
            if r.random() < 0.25:
                oj.append(f"{key}: {jv}")
                oc.append(cv)
        if r.random() < 0.3:
            if r.random() < 0.5:
                b = a.uid("fbucket")
                a.both(f"const {b} = new s3.Bucket({st['js']}, {js_str(b.upper())});",
                       f"    ccdk_s3_bucket *{b} = ccdk_s3_bucket_new({st['c']}, {c_str(b.upper())}, NULL);")
                oj.append(f"onFailure: new sources.S3OnFailureDestination({b})")
                oc.append(f".on_failure = ccdk_lambda_s3_on_failure_destination({b})")
                if r.random() < 0.5:
                    oj.append("supportS3OnFailureDestination: true")
                    oc.append(".support_s3_on_failure_destination = CCDK_TRUE")
            else:
                d = a.uid("mdlq")
                a.both(f"const {d} = new sqs.Queue({st['js']}, {js_str(d.capitalize())});",
                       f"    ccdk_sqs_queue *{d} = ccdk_sqs_queue_new({st['c']}, {c_str(d.capitalize())}, NULL);")
                oj.append(f"onFailure: new sources.SqsDlq({d})")
                oc.append(f".on_failure = ccdk_lambda_sqs_dlq({d})")
    else:
        topic = r.choice(["orders", "events.v1"])
        if src == "kafka":
            servers = r.sample(["b-1.example.com:9092", "b-2.example.com:9092"], r.randint(1, 2))
            oj.append(f"kafkaBootstrapServers: [{', '.join(js_str(x) for x in servers)}]")
            oc.append(f".kafka_bootstrap_servers = CCDK_STRS({', '.join(c_str(x) for x in servers)})")
        else:
            oj.append("eventSourceArn: 'arn:aws:kafka:us-east-1:111111111111:cluster/demo/abc-123'")
            oc.append(".event_source_arn = \"arn:aws:kafka:us-east-1:111111111111:cluster/demo/abc-123\"")
        oj.append(f"kafkaTopic: {js_str(topic)}")
        oc.append(f".kafka_topic = {c_str(topic)}")
        start_pos(a, oj, oc)
        if r.random() < 0.5:
            sv = secret(a, st)
            t = r.choice(["BASIC_AUTH", "SASL_SCRAM_512_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH"])
            oj.append(f"sourceAccessConfigurations: [{{type: lambda.SourceAccessConfigurationType.{t}, uri: {sv}.secretArn}}]")
            oc.append(f".source_access_configurations = CCDK_LIST_OF(ccdk_lambda_source_access_configuration, "
                      f"{{CCDK_LAMBDA_SOURCE_ACCESS_CONFIGURATION_TYPE_{t}, ccdk_secretsmanager_secret_arn({sv})}})")
        kafka_common(a, st, oj, oc, mapping=True)
        if r.random() < 0.2:
            sj, sc = schema_registry(a, st)
            oj.append(f"schemaRegistryConfig: {sj}")
            oc.append(f".schema_registry_config = {sc}")
    if src in ("sqs", "kinesis"):
        if r.random() < 0.3:
            n = r.choice([1, 10, 100])
            oj.append(f"batchSize: {n}")
            oc.append(f".batch_size = CCDK_NUM({n})")
        if r.random() < 0.3:
            mj, mc = metrics_config(a)
            oj.append(mj)
            oc.append(mc)
        if r.random() < 0.2:
            s = r.randint(0, 300)
            oj.append(f"maxBatchingWindow: cdk.Duration.seconds({s})")
            oc.append(f".max_batching_window = ccdk_duration_seconds({s})")
        if r.random() < 0.2:
            oj.append("reportBatchItemFailures: true")
            oc.append(".report_batch_item_failures = CCDK_TRUE")
        if r.random() < 0.15:
            oj.append("enabled: false")
            oc.append(".enabled = CCDK_FALSE")
    mid = a.uid("Mapping")
    if r.random() < 0.5:
        a.both(f"new lambda.EventSourceMapping({st['js']}, {js_str(mid)}, {{target: {tj}, {', '.join(oj)}}});",
               f"    ccdk_lambda_event_source_mapping_new({st['c']}, {c_str(mid)}, &(ccdk_lambda_event_source_mapping_props){{"
               f".target = {tc}, .options = {{{', '.join(oc)}}}}});")
    else:
        a.both(f"{tj}.addEventSourceMapping({js_str(mid)}, {{{', '.join(oj)}}});",
               f"    ccdk_lambda_function_add_event_source_mapping({tc}, {c_str(mid)}, &(ccdk_lambda_event_source_mapping_options){{{', '.join(oc)}}});")


def write_case(outdir, seed):
    a = App(seed)
    r = a.r
    stacks = []
    for i in range(r.randint(1, 3)):
        env = r.choice(ENVS)
        sv = f"s{i}"
        sid = f"Stack{i}"
        pj, pc = [], []
        if env:
            pj.append(f"env: {{account: {js_str(env[0])}, region: {js_str(env[1])}}}")
            pc.append(f".account = {c_str(env[0])}, .region = {c_str(env[1])}")
        if r.random() < 0.15:
            d = r.choice(TEXTS[:4])
            pj.append(f"description: {js_str(d)}")
            pc.append(f".description = {c_str(d)}")
        if r.random() < 0.15:
            pj.append("tags: {stage: 'dev', 'Größe': 'ü'}")
            pc.append('.tags = CCDK_KVS({"stage", "dev"}, {"Größe", "ü"})')
        if r.random() < 0.1:
            pj.append("terminationProtection: true")
            pc.append(".termination_protection = CCDK_TRUE")
        if pj:
            a.both(f"const {sv} = new cdk.Stack(app, {js_str(sid)}, {{{', '.join(pj)}}});",
                   f"    ccdk_stack *{sv} = ccdk_stack_new(app, {c_str(sid)}, &(ccdk_stack_props){{{', '.join(pc)}}});")
        else:
            a.both(f"const {sv} = new cdk.Stack(app, {js_str(sid)});", f"    ccdk_stack *{sv} = ccdk_stack_new(app, {c_str(sid)}, NULL);")
        stacks.append({"js": sv, "c": sv, "env": env, "id": sid})
    fns = []
    for st in stacks:
        for j in range(r.randint(1, 4)):
            var = f"f{len(fns)}"
            fid = f"Fn{j}"
            props, info = gen_function(a, st, fid, var)
            a.both(f"const {var} = new lambda.Function({st['js']}, {js_str(fid)}, {{\n  "
                   + ",\n  ".join(p[0] for p in props) + ",\n});",
                   f"    ccdk_lambda_function *{var} = ccdk_lambda_function_new({st['c']}, {c_str(fid)}, &(ccdk_lambda_function_props){{\n        "
                   + ",\n        ".join(p[1] for p in props) + ",\n    });")
            fns.append(info)
            a.fns.append(info)
    gen_calls(a, fns, stacks)

    js = ["// generated by tests/difffuzz/gen.py, seed %d" % seed, "'use strict';",
          "const path = require('path');",
          "const cdk = require('aws-cdk-lib');",
          "const lambda = require('aws-cdk-lib/aws-lambda');",
          "const iam = require('aws-cdk-lib/aws-iam');",
          "const sqs = require('aws-cdk-lib/aws-sqs');",
          "const sns = require('aws-cdk-lib/aws-sns');",
          "const sources = require('aws-cdk-lib/aws-lambda-event-sources');",
          "const destinations = require('aws-cdk-lib/aws-lambda-destinations');",
          "const logs = require('aws-cdk-lib/aws-logs');",
          "const kms = require('aws-cdk-lib/aws-kms');",
          "const ec2 = require('aws-cdk-lib/aws-ec2');",
          "const s3 = require('aws-cdk-lib/aws-s3');",
          "const kinesis = require('aws-cdk-lib/aws-kinesis');",
          "const dynamodb = require('aws-cdk-lib/aws-dynamodb');",
          "const signer = require('aws-cdk-lib/aws-signer');",
          "const efs = require('aws-cdk-lib/aws-efs');",
          "const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');",
          "", "const app = new cdk.App();"] + a.js + ["app.synth();", ""]
    c = ["/* generated by tests/difffuzz/gen.py, seed %d */" % seed,
         "#include <ccdk/lambda.h>", "#include <ccdk/lambda_versions.h>", "#include <ccdk/lambda_event_sources.h>",
         "#include <ccdk/sqs.h>", "#include <ccdk/sns.h>", "#include <ccdk/cloudwatch.h>",
         "#include <ccdk/lambda_destinations.h>", "#include <ccdk/logs.h>", "#include <ccdk/kms.h>", "#include <ccdk/ec2.h>",
         "#include <ccdk/s3.h>", "#include <ccdk/kinesis.h>", "#include <ccdk/dynamodb.h>", "#include <ccdk/signer.h>", "#include <ccdk/efs.h>",
         "#include <ccdk/lambda_v2.h>", "#include <ccdk/lambda_insights.h>", "#include <ccdk/lambda_code_signing.h>",
         "#include <ccdk/lambda_singleton.h>", "#include <ccdk/secretsmanager.h>", "#include <ccdk/iam.h>",
         "#include <ccdk/lambda_capacity_provider.h>", "",
         "int main(void)", "{", "    ccdk_app *app = ccdk_app_new(NULL);"] + a.c + [
         "    int rc = ccdk_app_synth(app);", "    ccdk_app_free(app);", "    return rc ? 1 : 0;", "}", ""]
    common.write_case(os.path.join(outdir, f"dz-{seed}"), a, js, c)


if __name__ == "__main__":
    common.main(__doc__, write_case)
