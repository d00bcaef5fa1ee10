#!/usr/bin/env python3
"""Differential error paths: every app holds exactly one invalid input (or, about one app in 5, a
borderline one), ccdk against aws-cdk-lib.

Usage: python3 tests/difffuzz/gen_err.py SEED COUNT OUTDIR

The error-path companion of gen.py (same interface; cases OUTDIR/de-<seed>/{app.js,app.c}; run by
`make difffuzz GEN=err`). Each app is small and valid -- a stack (maybe in a Stage, maybe with an
environment), a Construct group under it now and then (so that messages carry longer construct
paths), a function -- plus ONE entry drawn from CATALOG below. In four apps of five the entry gives
an invalid value: aws-cdk-lib throws, and ccdk must fail with the same message and write nothing.
In the fifth it gives a borderline value instead (the exact limit that is still valid, a token
where a literal is validated, an empty string or list): both must then succeed and write the same
assembly. The same seed always gives the same app.
"""
import os

import common
from common import js_str, c_str, js_num

ENVS = [None, None, ("111111111111", "us-east-1"), ("222222222222", "eu-west-1")]
NAME_OK = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"


class App(common.App):
    """The app being generated: .border is whether this app's entry takes a borderline (valid)
    value rather than an invalid one."""

    def __init__(self, seed):
        super().__init__(seed, 0, c_indent="    ")
        self.border = self.r.random() < 0.2
        self.s = "s"        # the stack's variable
        self.g = "s"        # the scope the entry's constructs go in (the stack or a group)
        self.env = None
        self.entry = None
        # template places that differ by design (ccdk's own inline handler code): exception lines
        self.differs_at = set()

    # --- values in both languages -------------------------------------------------------------
    def pick(self, bad, border):
        """A value from bad (an invalid app) or border (a borderline one)."""
        return self.r.choice(border if self.border else bad)

    def num_param(self):
        """A Number CfnParameter: (js number token, c token string)."""
        p = self.uid("P")
        self.both(f"const {p.lower()} = new cdk.CfnParameter({self.s}, {js_str(p)}, {{type: 'Number'}});",
                  f"ccdk_cfn_parameter *{p.lower()} = ccdk_cfn_parameter_new({self.s}, {c_str(p)}, &(ccdk_cfn_parameter_props){{.type = \"Number\"}});")
        return f"{p.lower()}.valueAsNumber", f"ccdk_cfn_parameter_value_as_string({p.lower()})"

    def str_param(self):
        p = self.uid("P")
        self.both(f"const {p.lower()} = new cdk.CfnParameter({self.s}, {js_str(p)});",
                  f"ccdk_cfn_parameter *{p.lower()} = ccdk_cfn_parameter_new({self.s}, {c_str(p)}, NULL);")
        return f"{p.lower()}.valueAsString", f"ccdk_cfn_parameter_value_as_string({p.lower()})"

    def num(self, v):
        """An optional number prop: (js, c); v "TOKEN" is a Number parameter's token."""
        if v == "TOKEN":
            j, c = self.num_param()
            return j, f"CCDK_NUM_TOKEN({c})"
        return js_num(v), f"CCDK_NUM({js_num(v)})"

    def dur(self, v):
        """A Duration: v is (unit, amount), amount "TOKEN" for a Number parameter's token."""
        unit, n = v
        if n == "TOKEN":
            j, c = self.num_param()
            return f"cdk.Duration.{unit}({j})", f"ccdk_duration_{unit}_token({c})"
        return f"cdk.Duration.{unit}({js_num(n)})", f"ccdk_duration_{unit}({js_num(n)})"

    def size(self, v):
        unit, n = v
        if n == "TOKEN":
            j, c = self.num_param()
            return f"cdk.Size.{unit}({j})", f"ccdk_size_{unit}_token({c})"
        return f"cdk.Size.{unit}({js_num(n)})", f"ccdk_size_{unit}({js_num(n)})"

    def text(self, v):
        """A string prop: v "TOKEN" is a String parameter's token."""
        if v == "TOKEN":
            return self.str_param()
        return js_str(v), c_str(v)

    # --- constructs ---------------------------------------------------------------------------
    def fn(self, props=(), rt="NODEJS_20_X", code=None, scope=None, fid=None):
        """A Function in the entry's scope with props [(js, c)] added; returns its variable."""
        v = self.uid("fn")
        fid = fid or v.capitalize()
        scope = scope or self.g
        if code is None:
            code = ("lambda.Code.fromInline('exports.handler = async () => 1;')",
                    f"ccdk_lambda_code_from_inline({self.s}, \"exports.handler = async () => 1;\")")
        allp = [(f"runtime: lambda.Runtime.{rt}", f".runtime = CCDK_LAMBDA_RUNTIME_{rt}"),
                ("handler: 'index.handler'", ".handler = \"index.handler\""),
                (f"code: {code[0]}", f".code = {code[1]}")] + list(props)
        self.both(f"const {v} = new lambda.Function({scope}, {js_str(fid)}, {{{', '.join(p[0] for p in allp)}}});",
                  f"ccdk_lambda_function *{v} = ccdk_lambda_function_new({scope}, {c_str(fid)}, &(ccdk_lambda_function_props){{"
                  f"{', '.join(p[1] for p in allp)}}});")
        return v

    def queue(self, props=(), qid=None):
        v = self.uid("q")
        qid = qid or v.capitalize()
        if props:
            self.both(f"const {v} = new sqs.Queue({self.g}, {js_str(qid)}, {{{', '.join(p[0] for p in props)}}});",
                      f"ccdk_sqs_queue *{v} = ccdk_sqs_queue_new({self.g}, {c_str(qid)}, &(ccdk_sqs_queue_props){{{', '.join(p[1] for p in props)}}});")
        else:
            self.both(f"const {v} = new sqs.Queue({self.g}, {js_str(qid)});",
                      f"ccdk_sqs_queue *{v} = ccdk_sqs_queue_new({self.g}, {c_str(qid)}, NULL);")
        return v

    def vpc(self, props=()):
        """A VPC (under @aws-cdk/aws-ec2:restrictDefaultSecurityGroup its custom resource's code is
        ccdk's own: named in the exception file)."""
        v = self.uid("vpc")
        self.own_handlers.add(f"{self.stack_path}/Custom::VpcRestrictDefaultSGCustomResourceProvider Code")
        props = list(props) or [("maxAzs: 2", ".max_azs = CCDK_NUM(2)")]
        self.both(f"const {v} = new ec2.Vpc({self.g}, {js_str(v.capitalize())}, {{{', '.join(p[0] for p in props)}}});",
                  f"ccdk_ec2_vpc *{v} = ccdk_ec2_vpc_new({self.g}, {c_str(v.capitalize())}, &(ccdk_ec2_vpc_props){{{', '.join(p[1] for p in props)}}});")
        return v


def P(js, c):
    return (js, c)


# --------------------------------------------------------------------------------------------
# The catalog: each entry draws one invalid value (a.border false) or one borderline valid value
# (a.border true) and writes the constructs that take it.
# --------------------------------------------------------------------------------------------

def e_function_name(a):
    r = a.r
    v = a.pick(["x" * 65, "has space", "dot.name", "Größe", "a/b", "x" * 64 + "é", "🚀" * 33, "tab\tname"],
               ["x" * 64, "".join(r.choice(NAME_OK) for _ in range(64)), "a", "TOKEN", "-_-"])
    j, c = a.text(v)
    a.fn([P(f"functionName: {j}", f".function_name = {c}")])


def e_function_description(a):
    v = a.pick(["x" * 257, "🚀" * 129, "é" * 257, "東" * 257],
               ["x" * 256, "🚀" * 128, "é" * 256, "東" * 256, "", "TOKEN"])
    j, c = a.text(v)
    a.fn([P(f"description: {j}", f".description = {c}")])


def e_ephemeral_storage(a):
    v = a.pick([("mebibytes", 511), ("mebibytes", 10241), ("gibibytes", 11), ("kibibytes", 524287),
                ("mebibytes", 0), ("mebibytes", 512.5)],
               [("mebibytes", 512), ("mebibytes", 10240), ("gibibytes", 10), ("kibibytes", 524288),
                ("mebibytes", "TOKEN")])
    j, c = a.size(v)
    a.fn([P(f"ephemeralStorageSize: {j}", f".ephemeral_storage_size = {c}")])


RESERVED = ["_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR"]


def e_reserved_env(a):
    r = a.r
    k = a.pick(RESERVED, ["aws_region", "AWS_REGION_X", "_HANDLER_", "LAMBDA_TASK_ROOTS", "AWS_LAMBDA", "X"])
    if r.random() < 0.5:
        a.fn([P(f"environment: {{{js_str(k)}: 'v'}}", f".environment = CCDK_KVS({{{c_str(k)}, \"v\"}})")])
    else:
        f = a.fn([P("environment: {A: 'b'}", '.environment = CCDK_KVS({"A", "b"})')] if r.random() < 0.5 else [])
        vj, vc = a.text(r.choice(["v", "TOKEN", ""]))
        a.both(f"{f}.addEnvironment({js_str(k)}, {vj});", f"ccdk_lambda_function_add_environment({f}, {c_str(k)}, {vc});")


def e_inline_code(a):
    rt = a.pick(["JAVA_11", "JAVA_17", "JAVA_21", "DOTNET_8", "PROVIDED_AL2023", "PROVIDED_AL2", "GO_1_X", "RUBY_3_3"],
                ["NODEJS_18_X", "NODEJS_22_X", "PYTHON_3_12", "PYTHON_3_13"])
    if rt == "RUBY_3_3":  # ruby supports inline code: a valid one whichever the mode
        a.border = True
    a.fn([], rt=rt)


def e_snap_start(a):
    r = a.r
    snap = P("snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS", ".snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS")
    asset = ("lambda.Code.fromAsset(path.join(__dirname, 'asset'))", f"ccdk_lambda_code_from_asset({a.s}, \"asset\", NULL)")
    a.assets["asset"] = {"index.js": "exports.handler = async () => 1;\n"}
    if a.border:
        v = r.choice([[], [("mebibytes", 512)], [("kibibytes", 524288)]])
        props = [snap] + [P(f"ephemeralStorageSize: {x}", f".ephemeral_storage_size = {y}") for x, y in map(a.size, v)]
        a.fn(props, rt=r.choice(["JAVA_11", "JAVA_17", "JAVA_21", "PYTHON_3_12", "DOTNET_8"]), code=asset)
    elif r.random() < 0.5:
        a.fn([snap], rt=r.choice(["NODEJS_20_X", "RUBY_3_3", "PROVIDED_AL2023", "GO_1_X"]), code=asset)
    else:
        j, c = a.size(r.choice([("mebibytes", 513), ("gibibytes", 1), ("mebibytes", 10240)]))
        a.fn([snap, P(f"ephemeralStorageSize: {j}", f".ephemeral_storage_size = {c}")], rt="JAVA_21", code=asset)


def e_architectures(a):
    r = a.r
    if a.border:
        x = r.choice(["ARM_64", "X86_64"])
        a.fn([P(f"architectures: [lambda.Architecture.{x}]", f".architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_{x})")])
    elif r.random() < 0.5:
        a.fn([P("architecture: lambda.Architecture.ARM_64", ".architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64"),
              P("architectures: [lambda.Architecture.ARM_64]", ".architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64)")])
    else:
        a.fn([P("architectures: [lambda.Architecture.ARM_64, lambda.Architecture.X86_64]",
                ".architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64, CCDK_LAMBDA_ARCHITECTURE_X86_64)")])


def e_dlq(a):
    r = a.r
    q = a.queue()
    if a.border:
        a.fn([P(f"deadLetterQueue: {q}", f".dead_letter_queue = {q}")]
             + r.choice([[], [P("deadLetterQueueEnabled: true", ".dead_letter_queue_enabled = CCDK_TRUE")]]))
    elif r.random() < 0.5:
        a.fn([P(f"deadLetterQueue: {q}", f".dead_letter_queue = {q}"),
              P("deadLetterQueueEnabled: false", ".dead_letter_queue_enabled = CCDK_FALSE")])
    else:
        t = a.uid("t")
        a.both(f"const {t} = new sns.Topic({a.g}, {js_str(t.upper())});", f"ccdk_sns_topic *{t} = ccdk_sns_topic_new({a.g}, {c_str(t.upper())}, NULL);")
        a.fn([P(f"deadLetterQueue: {q}", f".dead_letter_queue = {q}"), P(f"deadLetterTopic: {t}", f".dead_letter_topic = {t}")])


def e_log_group_retention(a):
    lg = a.uid("lg")
    a.both(f"const {lg} = new logs.LogGroup({a.g}, {js_str(lg.upper())});",
           f"ccdk_logs_log_group *{lg} = ccdk_logs_log_group_new({a.g}, {c_str(lg.upper())}, NULL);")
    props = [P(f"logGroup: {lg}", f".log_group = {lg}")]
    if not a.border:
        props.append(P("logRetention: logs.RetentionDays.ONE_WEEK", ".log_retention = CCDK_LOGS_RETENTION_ONE_WEEK"))
    a.fn(props)


def e_logging_levels(a):
    r = a.r
    lv = [P("applicationLogLevelV2: lambda.ApplicationLogLevel.DEBUG", ".application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_DEBUG"),
          P("systemLogLevelV2: lambda.SystemLogLevel.WARN", ".system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN")]
    lv = r.sample(lv, r.randint(1, 2))
    if a.border:
        a.fn([P("loggingFormat: lambda.LoggingFormat.JSON", ".logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON")] + lv)
    elif r.random() < 0.5:
        a.fn([P("loggingFormat: lambda.LoggingFormat.TEXT", ".logging_format = CCDK_LAMBDA_LOGGING_FORMAT_TEXT")] + lv)
    else:
        a.fn(lv)


def e_async_ranges(a):
    r = a.r
    where = r.choice(["fn", "configure", "version", "alias"])
    if r.random() < 0.5:
        n = a.pick([3, -1, 100], [0, 2, "TOKEN"])
        j, c = a.num(n)
        pj, pc = f"retryAttempts: {j}", f".retry_attempts = {c}"
    else:
        d = a.pick([("seconds", 59), ("seconds", 21601), ("hours", 7), ("days", 1), ("minutes", 0.5)],
                   [("seconds", 60), ("seconds", 21600), ("minutes", 1), ("hours", 6), ("seconds", "TOKEN")])
        j, c = a.dur(d)
        pj, pc = f"maxEventAge: {j}", f".max_event_age = {c}"
    if where == "fn":
        a.fn([P(pj, pc)])
    elif where == "configure":
        f = a.fn()
        a.both(f"{f}.configureAsyncInvoke({{{pj}}});",
               f"ccdk_lambda_function_configure_async_invoke({f}, &(ccdk_lambda_event_invoke_config_options){{{pc}}});")
    elif where == "version":
        f = a.fn()
        a.both(f"new lambda.Version({a.g}, 'Ver', {{lambda: {f}, {pj}}});",
               f"ccdk_lambda_version_new({a.g}, \"Ver\", &(ccdk_lambda_version_props){{.lambda = {f}, {pc}}});")
    else:
        f = a.fn()
        a.both(f"{f}.addAlias('live', {{{pj}}});",
               f"ccdk_lambda_function_add_alias({f}, \"live\", &(ccdk_lambda_alias_options){{{pc}}});")


def layer(a, rts, lid=None):
    lv = a.uid("layer")
    a.assets["layer"] = {"nodejs/lib.js": "module.exports = 1;\n"}
    if rts is None:
        a.both(f"const {lv} = new lambda.LayerVersion({a.g}, {js_str(lid or lv.upper())}, {{code: lambda.Code.fromAsset(path.join(__dirname, 'layer'))}});",
               f"ccdk_lambda_layer_version *{lv} = ccdk_lambda_layer_version_new({a.g}, {c_str(lid or lv.upper())}, &(ccdk_lambda_layer_version_props){{"
               f".code = ccdk_lambda_code_from_asset({a.s}, \"layer\", NULL)}});")
    else:
        a.both(f"const {lv} = new lambda.LayerVersion({a.g}, {js_str(lid or lv.upper())}, {{code: lambda.Code.fromAsset(path.join(__dirname, 'layer')), "
               f"compatibleRuntimes: [{', '.join('lambda.Runtime.' + x for x in rts)}]}});",
               f"ccdk_lambda_layer_version *{lv} = ccdk_lambda_layer_version_new({a.g}, {c_str(lid or lv.upper())}, &(ccdk_lambda_layer_version_props){{"
               f".code = ccdk_lambda_code_from_asset({a.s}, \"layer\", NULL), "
               + (f".compatible_runtimes = CCDK_LIST({', '.join('CCDK_LAMBDA_RUNTIME_' + x for x in rts)})}});" if rts
                  else ".compatible_runtimes = CCDK_EMPTY_LIST});"))
    return lv


def e_layers(a):
    r = a.r
    kind = r.choice(["runtime", "count", "empty"])
    if kind == "runtime":
        rts = a.pick([["PYTHON_3_12"], ["NODEJS_18_X", "NODEJS_22_X"], ["JAVA_21", "PROVIDED_AL2023"]],
                     [["NODEJS_20_X"], ["PYTHON_3_12", "NODEJS_20_X"], None])
        lv = layer(a, rts)
        if r.random() < 0.5:
            a.fn([P(f"layers: [{lv}]", f".layers = CCDK_LIST({lv})")])
        else:
            f = a.fn()
            a.both(f"{f}.addLayers({lv});", f"ccdk_lambda_function_add_layers({f}, (ccdk_lambda_layer_list)CCDK_LIST({lv}));")
    elif kind == "count":
        n = 5 if a.border else r.choice([6, 7])
        lvs = [layer(a, ["NODEJS_20_X"]) for _ in range(n)]
        if r.random() < 0.5:
            a.fn([P(f"layers: [{', '.join(lvs)}]", f".layers = CCDK_LIST({', '.join(lvs)})")])
        else:
            f = a.fn([P(f"layers: [{', '.join(lvs[:2])}]", f".layers = CCDK_LIST({', '.join(lvs[:2])})")])
            a.both(f"{f}.addLayers({', '.join(lvs[2:])});", f"ccdk_lambda_function_add_layers({f}, (ccdk_lambda_layer_list)CCDK_LIST({', '.join(lvs[2:])}));")
    else:
        layer(a, None if a.border else [])


def e_vpc_props_without_vpc(a):
    r = a.r
    if a.border:
        v = a.vpc()
        p = r.choice([P("allowAllOutbound: false", ".allow_all_outbound = CCDK_FALSE"),
                      P("ipv6AllowedForDualStack: false", ".ipv6_allowed_for_dual_stack = CCDK_FALSE"),
                      P("vpcSubnets: {subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS}",
                        ".vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}")])
        a.fn([P(f"vpc: {v}", f".vpc = {v}"), p])
        return
    p = r.choice([P("allowAllOutbound: false", ".allow_all_outbound = CCDK_FALSE"),
                  P("allowAllOutbound: true", ".allow_all_outbound = CCDK_TRUE"),
                  P("ipv6AllowedForDualStack: true", ".ipv6_allowed_for_dual_stack = CCDK_TRUE"),
                  P("allowAllIpv6Outbound: true", ".allow_all_ipv6_outbound = CCDK_TRUE"),
                  P("vpcSubnets: {subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS}",
                    ".vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}"),
                  P("allowPublicSubnet: true", ".allow_public_subnet = CCDK_TRUE")])
    a.fn([p])


def e_security_groups(a):
    r = a.r
    v = a.vpc()
    sg = a.uid("sg")
    a.both(f"const {sg} = new ec2.SecurityGroup({a.g}, {js_str(sg.upper())}, {{vpc: {v}}});",
           f"ccdk_ec2_security_group *{sg} = ccdk_ec2_security_group_new({a.g}, {c_str(sg.upper())}, &(ccdk_ec2_security_group_props){{.vpc = {v}}});")
    props = [P(f"vpc: {v}", f".vpc = {v}")]
    if r.random() < 0.5:
        props.append(P(f"securityGroups: [{sg}]", f".security_groups = CCDK_LIST({sg})"))
    else:
        props.append(P(f"securityGroup: {sg}", f".security_group = {sg}"))
    if not a.border:
        props.append(r.choice([P("allowAllOutbound: false", ".allow_all_outbound = CCDK_FALSE"),
                               P("allowAllIpv6Outbound: false", ".allow_all_ipv6_outbound = CCDK_FALSE")]))
    a.fn(props)


def e_filesystem(a):
    r = a.r
    v = a.vpc()
    efs_ = a.uid("efs")
    a.both(f"const {efs_} = new efs.FileSystem({a.g}, {js_str(efs_.upper())}, {{vpc: {v}, removalPolicy: cdk.RemovalPolicy.DESTROY}});",
           f"ccdk_efs_file_system *{efs_} = ccdk_efs_file_system_new({a.g}, {c_str(efs_.upper())}, &(ccdk_efs_file_system_props){{.vpc = {v}, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY}});")
    ap = a.uid("ap")
    a.both(f"const {ap} = {efs_}.addAccessPoint('AP', {{path: '/export'}});",
           f"ccdk_efs_access_point *{ap} = ccdk_efs_file_system_add_access_point({efs_}, \"AP\", &(ccdk_efs_access_point_options){{.path = \"/export\"}});")
    novpc = not a.border and r.random() < 0.3
    mp = "/mnt/efs" if novpc else a.pick(["/mnt", "/mnt/", "/data", "/mnt/a b", "/mnt/ü", "/mnt/" + "x" * 156, "/mnt/a/b"],
                                         ["/mnt/" + "x" * 155, "/mnt/a-b_c.d", "/mnt/..", "/mnt/X"])
    props = [P(f"filesystem: lambda.FileSystem.fromEfsAccessPoint({ap}, {js_str(mp)})",
               f".filesystem = ccdk_lambda_file_system_from_efs_access_point({ap}, {c_str(mp)})")]
    if not novpc:
        props.insert(0, P(f"vpc: {v}", f".vpc = {v}"))
    a.fn(props)


def e_params_and_secrets(a):
    r = a.r
    k, vals = r.choice([("cacheSize", ([1001, -1], [0, 1000])), ("httpPort", ([0, 65536], [1, 65535])),
                        ("maxConnections", ([0, -5], [1, 1000])),
                        ("parameterStoreTtl", ([("seconds", 301), ("minutes", 6)], [("seconds", 300), ("seconds", 0), ("minutes", 5)])),
                        ("secretsManagerTtl", ([("seconds", 301), ("hours", 1)], [("seconds", 300), ("seconds", 0)])),
                        ("parameterStoreTimeout", ([("seconds", 0)], [("seconds", 1), ("minutes", 2)])),
                        ("secretsManagerTimeout", ([("seconds", 0)], [("seconds", 1), ("minutes", 2)]))])
    v = a.pick(*vals)
    j, c = a.dur(v) if isinstance(v, tuple) else a.num(v)
    ck = "".join("_" + ch.lower() if ch.isupper() else ch for ch in k)
    arn = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4"
    a.fn([P(f"paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn({js_str(arn)}, {{{k}: {j}}})",
            f".params_and_secrets = &(ccdk_lambda_params_and_secrets){{.version_arn = {c_str(arn)}, .{ck} = {c}}}")])


def e_provisioned_concurrency(a):
    r = a.r
    n = a.pick([0, -1], [1, "TOKEN"])
    j, c = a.num(n)
    f = a.fn()
    where = r.choice(["alias", "addAlias", "version", "currentVersionOptions"])
    if where == "alias":
        a.both(f"new lambda.Alias({a.g}, 'Alias', {{aliasName: 'live', version: {f}.currentVersion, provisionedConcurrentExecutions: {j}}});",
               f"ccdk_lambda_alias_new({a.g}, \"Alias\", &(ccdk_lambda_alias_props){{.alias_name = \"live\", "
               f".version = ccdk_lambda_function_current_version({f}), .provisioned_concurrent_executions = {c}}});")
    elif where == "addAlias":
        a.both(f"{f}.addAlias('live', {{provisionedConcurrentExecutions: {j}}});",
               f"ccdk_lambda_function_add_alias({f}, \"live\", &(ccdk_lambda_alias_options){{.provisioned_concurrent_executions = {c}}});")
    elif where == "version":
        a.both(f"new lambda.Version({a.g}, 'Ver', {{lambda: {f}, provisionedConcurrentExecutions: {j}}});",
               f"ccdk_lambda_version_new({a.g}, \"Ver\", &(ccdk_lambda_version_props){{.lambda = {f}, .provisioned_concurrent_executions = {c}}});")
    else:
        g = a.fn([P(f"currentVersionOptions: {{provisionedConcurrentExecutions: {j}}}",
                    f".current_version_options = &(ccdk_lambda_version_options){{.provisioned_concurrent_executions = {c}}}")])
        a.both(f"{g}.currentVersion;", f"ccdk_lambda_function_current_version({g});")


def e_execution_environments(a):
    lo, hi = a.pick([(-1, None), (None, -1), (5, 4), (3, 0)], [(0, 0), (0, None), (None, 0), (4, 4), (0, 1000)])
    f = a.fn()
    pj, pc = [], []
    if lo is not None:
        pj.append(f"minExecutionEnvironments: {lo}")
        pc.append(f".min_execution_environments = CCDK_NUM({lo})")
    if hi is not None:
        pj.append(f"maxExecutionEnvironments: {hi}")
        pc.append(f".max_execution_environments = CCDK_NUM({hi})")
    a.both(f"new lambda.Version({a.g}, 'Ver', {{lambda: {f}, {', '.join(pj)}}});",
           f"ccdk_lambda_version_new({a.g}, \"Ver\", &(ccdk_lambda_version_props){{.lambda = {f}, {', '.join(pc)}}});")


def e_alias_weights(a):
    ws = a.pick([[1.5], [-0.1], [0.6, 0.5], [0.1, 0.2, 0.7], [0.3, 0.3, 0.3, 0.2], [1.0000001]],
                [[0.5, 0.5], [0.25, 0.75], [1], [0], [0.1, 0.2, 0.3, 0.4], [0.7, 0.2, 0.1]])
    f = a.fn()
    vs = []
    for i, w in enumerate(ws):
        v = a.uid("ver")
        a.both(f"const {v} = new lambda.Version({a.g}, {js_str('V' + str(i))}, {{lambda: {f}}});",
               f"ccdk_lambda_version *{v} = ccdk_lambda_version_new({a.g}, {c_str('V' + str(i))}, &(ccdk_lambda_version_props){{.lambda = {f}}});")
        vs.append((v, w))
    a.both(f"new lambda.Alias({a.g}, 'Alias', {{aliasName: 'live', version: {f}.currentVersion, "
           f"additionalVersions: [{', '.join(f'{{version: {v}, weight: {js_num(w)}}}' for v, w in vs)}]}});",
           f"ccdk_lambda_alias_new({a.g}, \"Alias\", &(ccdk_lambda_alias_props){{.alias_name = \"live\", "
           f".version = ccdk_lambda_function_current_version({f}), .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, "
           f"{', '.join(f'{{{v}, {js_num(w)}}}' for v, w in vs)})}});")


def e_alias_twice(a):
    r = a.r
    f = a.fn()
    n1 = r.choice(["live", "prod", "Live-1"])
    n2 = n1 if not a.border else n1 + "2"
    a.both(f"{f}.addAlias({js_str(n1)});", f"ccdk_lambda_function_add_alias({f}, {c_str(n1)}, NULL);")
    if r.random() < 0.5:
        a.both(f"{f}.addAlias({js_str(n2)});", f"ccdk_lambda_function_add_alias({f}, {c_str(n2)}, NULL);")
    else:
        a.both(f"new lambda.Alias({f}, {js_str('Alias' + n2)}, {{aliasName: {js_str(n2)}, version: {f}.currentVersion}});",
               f"ccdk_lambda_alias_new(CCDK_CONSTRUCT({f}), {c_str('Alias' + n2)}, &(ccdk_lambda_alias_props){{.alias_name = {c_str(n2)}, "
               f".version = ccdk_lambda_function_current_version({f})}});")


def e_url_cors(a):
    r = a.r
    d = a.pick([("seconds", 86401), ("hours", 25), ("days", 2), ("minutes", 1441), ("millis", 86400001)],
               [("seconds", 86400), ("hours", 24), ("days", 1), ("seconds", 0), ("minutes", 1440)])
    j, c = a.dur(d)
    f = a.fn()
    if r.random() < 0.5:
        a.both(f"{f}.addFunctionUrl({{cors: {{allowedOrigins: ['https://example.com'], maxAge: {j}}}}});",
               f"ccdk_lambda_function_add_function_url({f}, &(ccdk_lambda_function_url_options){{.cors = &(ccdk_lambda_function_url_cors){{"
               f".allowed_origins = CCDK_STRS(\"https://example.com\"), .max_age = {c}}}}});")
    else:
        a.both(f"new lambda.FunctionUrl({a.g}, 'Url', {{function: {f}, cors: {{maxAge: {j}}}}});",
               f"ccdk_lambda_function_url_new({a.g}, \"Url\", &(ccdk_lambda_function_url_props){{.function = {f}, "
               f".cors = &(ccdk_lambda_function_url_cors){{.max_age = {c}}}}});")


def e_layer_permission(a):
    lv = layer(a, ["NODEJS_20_X"])
    acct = a.pick(["123456789012", "333333333333"], ["*"])
    a.both(f"{lv}.addPermission('Org', {{accountId: {js_str(acct)}, organizationId: 'o-abc123'}});",
           f"ccdk_lambda_layer_version_add_permission({lv}, \"Org\", &(ccdk_lambda_layer_version_permission){{"
           f".account_id = {c_str(acct)}, .organization_id = \"o-abc123\"}});")


def e_sqs_source(a):
    r = a.r
    fifo = False
    oj, oc = [], []
    kind = r.choice(["batch", "batch_window", "window", "fifo", "concurrency", "pollers"])
    if kind == "batch":
        n = a.pick([0, 11, -1], [1, 10, "TOKEN"])
        j, c = a.num(n)
        oj.append(f"batchSize: {j}"), oc.append(f".batch_size = {c}")
    elif kind == "batch_window":
        n = a.pick([10001, 0], [10000, 11, 1])
        j, c = a.num(n)
        dj, dc = a.dur(r.choice([("seconds", 1), ("seconds", 0), ("minutes", 5)]))
        oj += [f"batchSize: {j}", f"maxBatchingWindow: {dj}"]
        oc += [f".batch_size = {c}", f".max_batching_window = {dc}"]
    elif kind == "window":
        d = a.pick([("seconds", 301), ("minutes", 6), ("millis", 300001)], [("seconds", 300), ("minutes", 5), ("seconds", 0), ("seconds", "TOKEN")])
        dj, dc = a.dur(d)
        oj.append(f"maxBatchingWindow: {dj}"), oc.append(f".max_batching_window = {dc}")
    elif kind == "fifo":
        fifo = True
        if not a.border:
            dj, dc = a.dur(r.choice([("seconds", 1), ("minutes", 1)]))
            oj.append(f"maxBatchingWindow: {dj}"), oc.append(f".max_batching_window = {dc}")
        else:
            oj.append("batchSize: 10"), oc.append(".batch_size = CCDK_NUM(10)")
    elif kind == "concurrency":
        n = a.pick([1, 1001, 0], [2, 1000])
        j, c = a.num(n)
        oj.append(f"maxConcurrency: {j}"), oc.append(f".max_concurrency = {c}")
    else:
        lo, hi = a.pick([(1, None), (201, None), (None, 1), (None, 2001), (10, 5)], [(2, 2), (200, 2000), (2, None), (None, 2000)])
        pj, pc = [], []
        if lo is not None:
            pj.append(f"minimumPollers: {lo}"), pc.append(f".minimum_pollers = CCDK_NUM({lo})")
        if hi is not None:
            pj.append(f"maximumPollers: {hi}"), pc.append(f".maximum_pollers = CCDK_NUM({hi})")
        oj.append(f"provisionedPollerConfig: {{{', '.join(pj)}}}")
        oc.append(f".provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){{{', '.join(pc)}}}")
    q = a.queue([P("fifo: true", ".fifo = CCDK_TRUE")] if fifo else [])
    f = a.fn()
    a.both(f"{f}.addEventSource(new sources.SqsEventSource({q}{', {' + ', '.join(oj) + '}' if oj else ''}));",
           f"ccdk_lambda_function_add_event_source({f}, ccdk_lambda_sqs_event_source({q}, "
           + (f"&(ccdk_lambda_sqs_event_source_props){{{', '.join(oc)}}}));" if oc else "NULL));"))


def e_stream_source(a):
    r = a.r
    what = r.choice(["kinesis", "dynamo"])
    oj, oc = [], []
    kind = r.choice(["batch", "age", "retry", "par", "tumble", "window", "ts", "pollers"])
    pos = "TRIM_HORIZON"
    if kind == "batch":
        n = a.pick([0, 10001], [1, 10000, "TOKEN"])
        j, c = a.num(n)
        oj.append(f"batchSize: {j}"), oc.append(f".batch_size = {c}")
    elif kind == "age":
        d = a.pick([("seconds", 59), ("seconds", 604801), ("days", 8), ("minutes", 0.5)],
                   [("seconds", 60), ("days", 7), ("seconds", 604800), ("minutes", 1), ("seconds", "TOKEN")])
        j, c = a.dur(d)
        oj.append(f"maxRecordAge: {j}"), oc.append(f".max_record_age = {c}")
    elif kind == "retry":
        n = a.pick([-2, 10001], [-1, 0, 10000, "TOKEN"])
        j, c = a.num(n)
        oj.append(f"retryAttempts: {j}"), oc.append(f".retry_attempts = {c}")
    elif kind == "par":
        n = a.pick([0, 11, -1], [1, 10, "TOKEN"])
        j, c = a.num(n)
        oj.append(f"parallelizationFactor: {j}"), oc.append(f".parallelization_factor = {c}")
    elif kind == "tumble":
        d = a.pick([("seconds", 901), ("minutes", 16), ("hours", 1)], [("seconds", 900), ("minutes", 15), ("seconds", 0), ("seconds", "TOKEN")])
        j, c = a.dur(d)
        oj.append(f"tumblingWindow: {j}"), oc.append(f".tumbling_window = {c}")
    elif kind == "window":
        d = a.pick([("seconds", 301), ("minutes", 6)], [("seconds", 300), ("minutes", 5), ("seconds", 0)])
        j, c = a.dur(d)
        oj.append(f"maxBatchingWindow: {j}"), oc.append(f".max_batching_window = {c}")
    elif kind == "ts":
        if a.border:
            pos = "AT_TIMESTAMP"
            oj.append("startingPositionTimestamp: 1700000000"), oc.append(".starting_position_timestamp = CCDK_NUM(1700000000)")
        elif r.random() < 0.5:
            pos = "AT_TIMESTAMP"
        else:
            pos = r.choice(["LATEST", "TRIM_HORIZON"])
            oj.append("startingPositionTimestamp: 1700000000"), oc.append(".starting_position_timestamp = CCDK_NUM(1700000000)")
        if what == "dynamo" and pos == "AT_TIMESTAMP" and a.border:
            what = "kinesis"
    else:
        lo, hi = a.pick([(0, None), (201, None), (None, 0), (None, 2001), (10, 5)], [(1, 1), (200, 2000), (1, None)])
        pj, pc = [], []
        if lo is not None:
            pj.append(f"minimumPollers: {lo}"), pc.append(f".minimum_pollers = CCDK_NUM({lo})")
        if hi is not None:
            pj.append(f"maximumPollers: {hi}"), pc.append(f".maximum_pollers = CCDK_NUM({hi})")
        oj.append(f"provisionedPollerConfig: {{{', '.join(pj)}}}")
        oc.append(f".provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){{{', '.join(pc)}}}")
    oj.insert(0, f"startingPosition: lambda.StartingPosition.{pos}")
    oc.insert(0, f".starting_position = CCDK_LAMBDA_STARTING_POSITION_{pos}")
    src = a.uid("src")
    if what == "kinesis":
        a.both(f"const {src} = new kinesis.Stream({a.g}, {js_str(src.upper())});",
               f"ccdk_kinesis_stream *{src} = ccdk_kinesis_stream_new({a.g}, {c_str(src.upper())}, NULL);")
    else:
        a.both(f"const {src} = new dynamodb.Table({a.g}, {js_str(src.upper())}, {{partitionKey: {{name: 'id', type: dynamodb.AttributeType.STRING}}, "
               f"stream: dynamodb.StreamViewType.NEW_IMAGE}});",
               f"ccdk_dynamodb_table *{src} = ccdk_dynamodb_table_new({a.g}, {c_str(src.upper())}, &(ccdk_dynamodb_table_props){{"
               f".partition_key = {{\"id\", CCDK_DYNAMODB_ATTRIBUTE_STRING}}, .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE}});")
    f = a.fn()
    cls = "KinesisEventSource" if what == "kinesis" else "DynamoEventSource"
    a.both(f"{f}.addEventSource(new sources.{cls}({src}, {{{', '.join(oj)}}}));",
           f"ccdk_lambda_function_add_event_source({f}, ccdk_lambda_{what}_event_source({src}, "
           f"&(ccdk_lambda_stream_event_source_props){{{', '.join(oc)}}}));")


def e_kafka_esm(a):
    r = a.r
    oj = ["kafkaBootstrapServers: ['broker:9092']", "kafkaTopic: 'orders'", "startingPosition: lambda.StartingPosition.LATEST"]
    oc = [".kafka_bootstrap_servers = CCDK_STRS(\"broker:9092\")", ".kafka_topic = \"orders\"",
          ".starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST"]
    kind = r.choice(["group", "group", "servers"])
    if kind == "group":
        g = a.pick(["x" * 201, "has space", "a#b", "Größe", "a,b"], ["x" * 200, "a-/*:_+=.@-z", "G", "TOKEN"])
        j, c = a.text(g)
        oj.append(f"kafkaConsumerGroupId: {j}"), oc.append(f".kafka_consumer_group_id = {c}")
    else:
        if a.border:
            oj[0], oc[0] = "kafkaBootstrapServers: ['a:1', 'b:2']", ".kafka_bootstrap_servers = CCDK_STRS(\"a:1\", \"b:2\")"
        else:
            oj[0], oc[0] = "kafkaBootstrapServers: []", ".kafka_bootstrap_servers = CCDK_EMPTY_LIST"
    f = a.fn()
    a.both(f"new lambda.EventSourceMapping({a.g}, 'Mapping', {{target: {f}, {', '.join(oj)}}});",
           f"ccdk_lambda_event_source_mapping_new({a.g}, \"Mapping\", &(ccdk_lambda_event_source_mapping_props){{.target = {f}, "
           f".options = {{{', '.join(oc)}}}}});")


def e_sqs_queue(a):
    r = a.r
    k = r.choice(["retention", "visibility", "delay", "size", "wait", "receive", "fifo_name"])
    if k == "retention":
        j, c = a.dur(a.pick([("seconds", 59), ("days", 15), ("seconds", 1209601), ("minutes", 0.5)],
                            [("seconds", 60), ("days", 14), ("seconds", 1209600), ("minutes", 1), ("seconds", "TOKEN")]))
        a.queue([P(f"retentionPeriod: {j}", f".retention_period = {c}")])
    elif k == "visibility":
        j, c = a.dur(a.pick([("hours", 13), ("seconds", 43201), ("days", 1)], [("hours", 12), ("seconds", 0), ("seconds", 43200), ("seconds", "TOKEN")]))
        a.queue([P(f"visibilityTimeout: {j}", f".visibility_timeout = {c}")])
    elif k == "delay":
        j, c = a.dur(a.pick([("seconds", 901), ("minutes", 16), ("hours", 1)], [("seconds", 900), ("minutes", 15), ("seconds", 0), ("seconds", "TOKEN")]))
        a.queue([P(f"deliveryDelay: {j}", f".delivery_delay = {c}")])
    elif k == "size":
        j, c = a.num(a.pick([1023, 1048577, 0, 2000000], [1024, 1048576, "TOKEN"]))
        a.queue([P(f"maxMessageSizeBytes: {j}", f".max_message_size_bytes = {c}")])
    elif k == "wait":
        j, c = a.dur(a.pick([("seconds", 21), ("minutes", 1)], [("seconds", 20), ("seconds", 0), ("seconds", "TOKEN")]))
        a.queue([P(f"receiveMessageWaitTime: {j}", f".receive_message_wait_time = {c}")])
    elif k == "receive":
        dlq = a.queue()
        j, c = a.num(a.pick([0, 1001, -1], [1, 1000, "TOKEN"]))
        a.queue([P(f"deadLetterQueue: {{queue: {dlq}, maxReceiveCount: {j}}}",
                   f".dead_letter_queue = &(ccdk_sqs_dead_letter_queue){{.queue = {dlq}, .max_receive_count = {c}}}")])
    else:
        name, fifo = a.pick([("plain", "true"), ("q.fifo", "false"), ("plain", "content")],
                            [("q.fifo", None), ("q.fifo", "true"), ("plain", "false"), ("x" * 75 + ".fifo", None)])
        props = [P(f"queueName: {js_str(name)}", f".queue_name = {c_str(name)}")]
        if fifo == "content":
            props.append(P("contentBasedDeduplication: true, fifo: false", ".content_based_deduplication = CCDK_TRUE, .fifo = CCDK_FALSE"))
        elif fifo:
            props.append(P(f"fifo: {fifo}", f".fifo = CCDK_{fifo.upper()}"))
        a.queue(props)


def topic(a, props):
    t = a.uid("t")
    a.both(f"const {t} = new sns.Topic({a.g}, {js_str(t.upper())}, {{{', '.join(p[0] for p in props)}}});",
           f"ccdk_sns_topic *{t} = ccdk_sns_topic_new({a.g}, {c_str(t.upper())}, &(ccdk_sns_topic_props){{{', '.join(p[1] for p in props)}}});")


def e_sns_topic(a):
    r = a.r
    k = r.choice(["display", "retention", "signature", "dedup"])
    fifo = P("fifo: true", ".fifo = CCDK_TRUE")
    if k == "display":
        j, c = a.text(a.pick(["x" * 101, "é" * 101, "🚀" * 51], ["x" * 100, "🚀" * 50, "", "TOKEN"]))
        topic(a, [P(f"displayName: {j}", f".display_name = {c}")])
    elif k == "retention":
        n, withfifo = a.pick([(0, True), (366, True), (1.5, True), (7, False), (-1, True)], [(1, True), (365, True)])
        j, c = a.num(n)
        topic(a, ([fifo] if withfifo else []) + [P(f"messageRetentionPeriodInDays: {j}", f".message_retention_period_in_days = {c}")])
    elif k == "signature":
        j, c = a.text(a.pick(["3", "0", "", "v1"], ["1", "2"]))
        topic(a, [P(f"signatureVersion: {j}", f".signature_version = {c}")])
    else:
        topic(a, ([fifo] if a.border else []) + [P("contentBasedDeduplication: true", ".content_based_deduplication = CCDK_TRUE")])


def e_log_group(a):
    r = a.r
    if r.random() < 0.5:
        cls = "DELIVERY" if not a.border else r.choice(["STANDARD", "INFREQUENT_ACCESS"])
        rd = r.choice(["ONE_WEEK", "ONE_DAY", "TEN_YEARS"])
        a.both(f"new logs.LogGroup({a.g}, 'Logs', {{logGroupClass: logs.LogGroupClass.{cls}, retention: logs.RetentionDays.{rd}}});",
               f"ccdk_logs_log_group_new({a.g}, \"Logs\", &(ccdk_logs_log_group_props){{.log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_{cls}, "
               f".retention = CCDK_LOGS_RETENTION_{rd}}});")
    else:
        if a.border:
            a.both(f"new logs.LogGroup({a.g}, 'Logs', {{logGroupClass: logs.LogGroupClass.DELIVERY, retention: logs.RetentionDays.INFINITE}});",
                   f"ccdk_logs_log_group_new({a.g}, \"Logs\", &(ccdk_logs_log_group_props){{.log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY, "
                   f".retention = CCDK_LOGS_RETENTION_INFINITE}});")
        else:
            a.both(f"new logs.LogGroup({a.g}, 'Logs', {{logGroupClass: logs.LogGroupClass.DELIVERY, "
                   f"fieldIndexPolicies: [new logs.FieldIndexPolicy({{fields: ['a']}})]}});",
                   f"ccdk_logs_log_group_new({a.g}, \"Logs\", &(ccdk_logs_log_group_props){{.log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY, "
                   f".field_index_policies = CCDK_LIST_OF(ccdk_logs_field_index_policy, {{CCDK_STRS(\"a\")}})}});")


def e_vpc(a):
    r = a.r
    k = r.choice(["cidr", "mask", "azs"])
    if k == "cidr":
        cidr = a.pick(["10.0.0.0/33", "10.0.0/16", "10.0.0.0", "10.0.0.0/8", "300.0.0.0/16", "10.0.0.0/29"],
                      ["10.0.0.0/16", "10.0.0.0/20", "192.168.0.0/24", "172.16.0.0/12"])
        a.vpc([P(f"ipAddresses: ec2.IpAddresses.cidr({js_str(cidr)})", f".ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR({c_str(cidr)})"),
               P("natGateways: 0", ".nat_gateways = CCDK_NUM(0)"), P("maxAzs: 2", ".max_azs = CCDK_NUM(2)")])
    elif k == "mask":
        m = a.pick([15, 29, 30, 8], [16, 28, 24])
        st = r.choice(["PUBLIC", "PRIVATE_ISOLATED"])
        a.vpc([P("natGateways: 0", ".nat_gateways = CCDK_NUM(0)"), P("maxAzs: 2", ".max_azs = CCDK_NUM(2)"),
               P(f"subnetConfiguration: [{{cidrMask: {m}, subnetType: ec2.SubnetType.{st}, name: 'S'}}]",
                 f".subnet_configuration = CCDK_EC2_SUBNETS({{.name = \"S\", .subnet_type = CCDK_EC2_SUBNET_TYPE_{st}, .cidr_mask = CCDK_NUM({m})}})")])
    else:
        if a.border:
            a.vpc([P("maxAzs: 0", ".max_azs = CCDK_NUM(0)")] if r.random() < 0.5 else [P("natGateways: 1", ".nat_gateways = CCDK_NUM(1)"), P("maxAzs: 1", ".max_azs = CCDK_NUM(1)")])
        else:
            a.vpc([P("maxAzs: 2", ".max_azs = CCDK_NUM(2)"), P("availabilityZones: ['dummy1a']", ".availability_zones = CCDK_STRS(\"dummy1a\")")])


def e_security_group_rule(a):
    r = a.r
    v = a.vpc()
    sg = a.uid("sg")
    ob = r.choice(["true", "false"])
    a.both(f"const {sg} = new ec2.SecurityGroup({a.g}, {js_str(sg.upper())}, {{vpc: {v}, allowAllOutbound: {ob}}});",
           f"ccdk_ec2_security_group *{sg} = ccdk_ec2_security_group_new({a.g}, {c_str(sg.upper())}, &(ccdk_ec2_security_group_props){{.vpc = {v}, .allow_all_outbound = CCDK_{ob.upper()}}});")
    peer = a.pick([("ec2.Peer.ipv4('10.0.0.0')", "ccdk_ec2_peer_ipv4(\"10.0.0.0\")"), ("ec2.Peer.ipv4('10.0.0.300/24')", "ccdk_ec2_peer_ipv4(\"10.0.0.300/24\")"),
                   ("ec2.Peer.ipv4('10.0.0.0/33')", "ccdk_ec2_peer_ipv4(\"10.0.0.0/33\")")],
                  [("ec2.Peer.ipv4('10.0.0.0/32')", "ccdk_ec2_peer_ipv4(\"10.0.0.0/32\")"), ("ec2.Peer.ipv4('0.0.0.0/0')", "ccdk_ec2_peer_ipv4(\"0.0.0.0/0\")"),
                   ("ec2.Peer.anyIpv4()", "ccdk_ec2_peer_any_ipv4()")])
    port = r.choice([("ec2.Port.tcp(443)", "ccdk_ec2_port_tcp(443)"), ("ec2.Port.tcpRange(1024, 2048)", "ccdk_ec2_port_tcp_range(1024, 2048)"),
                     ("ec2.Port.tcpRange(0, 65535)", "ccdk_ec2_port_tcp_range(0, 65535)")])
    a.both(f"{sg}.addIngressRule({peer[0]}, {port[0]}, 'in');",
           f"ccdk_ec2_security_group_add_ingress_rule({sg}, {peer[1]}, {port[1]}, \"in\", CCDK_UNSET);")


def e_efs(a):
    r = a.r
    v = a.vpc()
    k = r.choice(["throughput", "onezone", "token"])
    props = [P(f"vpc: {v}", f".vpc = {v}"), P("removalPolicy: cdk.RemovalPolicy.DESTROY", ".removal_policy = CCDK_REMOVAL_POLICY_DESTROY")]
    if k == "throughput":
        if a.border:
            j, c = a.size(r.choice([("mebibytes", 1), ("mebibytes", 100), ("gibibytes", 1)]))
            props += [P("throughputMode: efs.ThroughputMode.PROVISIONED", ".throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED"),
                      P(f"provisionedThroughputPerSecond: {j}", f".provisioned_throughput_per_second = {c}")]
        elif r.random() < 0.5:
            props += [P("throughputMode: efs.ThroughputMode.PROVISIONED", ".throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED")]
        else:
            j, c = a.size(r.choice([("kibibytes", 10), ("kibibytes", 1536), ("mebibytes", 1.5)]))
            props += [P("throughputMode: efs.ThroughputMode.PROVISIONED", ".throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED"),
                      P(f"provisionedThroughputPerSecond: {j}", f".provisioned_throughput_per_second = {c}")]
    elif k == "onezone":
        props.append(P("oneZone: true", ".one_zone = CCDK_TRUE"))
        if a.border:
            pass
        else:
            x = r.choice(["two", "empty", "perf"])
            if x == "two":
                props.append(P("vpcSubnets: {availabilityZones: ['dummy1a', 'dummy1b']}", ".vpc_subnets = {.availability_zones = CCDK_STRS(\"dummy1a\", \"dummy1b\")}"))
            elif x == "empty":
                props.append(P("vpcSubnets: {availabilityZones: []}", ".vpc_subnets = {.availability_zones = CCDK_EMPTY_LIST}"))
            else:
                props.append(P("performanceMode: efs.PerformanceMode.MAX_IO", ".performance_mode = CCDK_EFS_PERFORMANCE_MODE_MAX_IO"))
    else:
        tok = a.pick(["", "x" * 65], ["x" * 64, "t"])
        fs = a.uid("efs")
        a.both(f"const {fs} = new efs.FileSystem({a.g}, {js_str(fs.upper())}, {{{', '.join(p[0] for p in props)}}});",
               f"ccdk_efs_file_system *{fs} = ccdk_efs_file_system_new({a.g}, {c_str(fs.upper())}, &(ccdk_efs_file_system_props){{{', '.join(p[1] for p in props)}}});")
        a.both(f"{fs}.addAccessPoint('AP', {{clientToken: {js_str(tok)}}});",
               f"ccdk_efs_file_system_add_access_point({fs}, \"AP\", &(ccdk_efs_access_point_options){{.client_token = {c_str(tok)}}});")
        return
    fs = a.uid("efs")
    a.both(f"new efs.FileSystem({a.g}, {js_str(fs.upper())}, {{{', '.join(p[0] for p in props)}}});",
           f"ccdk_efs_file_system_new({a.g}, {c_str(fs.upper())}, &(ccdk_efs_file_system_props){{{', '.join(p[1] for p in props)}}});")


def e_s3_notification(a):
    r = a.r
    b = a.uid("b")
    a.both(f"const {b} = new s3.Bucket({a.g}, {js_str(b.upper())});", f"ccdk_s3_bucket *{b} = ccdk_s3_bucket_new({a.g}, {c_str(b.upper())}, NULL);")
    q = a.queue()
    # the Custom::S3BucketNotifications handler's inline code is ccdk's own (as in s3-notifications-tags-and-policy)
    a.differs_at.add("Resources.BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691.Properties.Code.ZipFile")
    filters = a.pick([[("a/", None), ("b/", None)], [(None, ".png"), (None, ".zip")], [(None, None)], [("a/", ".x"), ("b/", None)]],
                     [[("a/", ".png")], [("a/", None), (None, ".png")], [], [("", None)]])

    def fj(p, s):
        return "{" + ", ".join(([f"prefix: {js_str(p)}"] if p is not None else []) + ([f"suffix: {js_str(s)}"] if s is not None else [])) + "}"

    def fc(p, s):
        return "{" + ", ".join(([f".prefix = {c_str(p)}"] if p is not None else []) + ([f".suffix = {c_str(s)}"] if s is not None else [])) + "}"
    a.both(f"{b}.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SqsDestination({q}){''.join(', ' + fj(*x) for x in filters)});",
           f"ccdk_s3_bucket_add_event_notification({b}, CCDK_S3_OBJECT_CREATED, ccdk_s3_sqs_destination({q}), "
           + (f"CCDK_S3_FILTERS({', '.join(fc(*x) for x in filters)}));" if filters else "CCDK_S3_NO_FILTERS);"))


def e_duration_conversion(a):
    r = a.r
    unit, conv, cu = a.pick([(("seconds", 90), "toMinutes", "MINUTES"), (("minutes", 90), "toHours", "HOURS"), (("hours", 36), "toDays", "DAYS"),
                             (("millis", 1500), "toSeconds", "SECONDS"), (("seconds", -1), "toSeconds", "SECONDS"), (("seconds", 0.5), "toMilliseconds", "MILLIS")],
                            [(("seconds", 120), "toMinutes", "MINUTES"), (("minutes", 120), "toHours", "HOURS"), (("hours", 48), "toDays", "DAYS"),
                             (("millis", 2000), "toSeconds", "SECONDS"), (("seconds", 0), "toDays", "DAYS"), (("days", 1), "toMilliseconds", "MILLIS")])
    j, c = a.dur(unit)
    a.both(f"new cdk.CfnOutput({a.g}, 'Conv', {{value: String({j}.{conv}())}});",
           f"ccdk_cfn_output_new({a.g}, \"Conv\", &(ccdk_cfn_output_props){{.value = ccdk_fmt({a.s}, \"%.17g\", ccdk_duration_to({a.s}, {c}, CCDK_TIME_{cu}, CCDK_UNSET))}});")


def e_stack_props(a):
    # on a second stack: the entry's stack is made by the app already
    r = a.r
    k = r.choice(["name", "description"])
    if k == "name":
        n = a.pick(["bad name", "bad_name", "x" * 129, "1abc", "a:b", "Größe"], ["x" * 128, "A-b-1", "a"])
        a.both(f"new cdk.Stack(app, 'Second', {{stackName: {js_str(n)}}});",
               f"ccdk_stack_new(app, \"Second\", &(ccdk_stack_props){{.stack_name = {c_str(n)}}});")
    else:
        d = a.pick(["x" * 513, "é" * 513], ["x" * 512, "é" * 512, "🚀" * 256, ""])
        a.both(f"new cdk.Stack(app, 'Second', {{description: {js_str(d)}}});",
               f"ccdk_stack_new(app, \"Second\", &(ccdk_stack_props){{.description = {c_str(d)}}});")


def e_output_export(a):
    n = a.pick(["x" * 256, "", "my_export", "a.b", "a b", "é"], ["x" * 255, "a:b-c", "A1", "TOKEN"])
    j, c = a.text(n)
    a.both(f"new cdk.CfnOutput({a.g}, 'Out', {{value: 'v', exportName: {j}}});",
           f"ccdk_cfn_output_new({a.g}, \"Out\", &(ccdk_cfn_output_props){{.value = \"v\", .export_name = {c}}});")


def e_construct_id(a):
    r = a.r
    k = r.choice(["dup", "empty", "slash"])
    if k == "dup" and not a.border:
        q = a.queue(qid="Same")
        r.choice([lambda: a.queue(qid="Same"), lambda: a.fn(fid="Same")])()
    elif k == "empty" and not a.border:
        a.queue(qid="")
    else:
        a.queue(qid=r.choice(["a/b", "/lead", "trail/", "x//y", "Same"]))


def e_tags(a):
    r = a.r
    k = a.pick(["", "aws:foo"], ["x" * 128, "a:b", "Größe", "aws"])
    v = r.choice(["v", "", "ü"])
    tgt = r.choice([a.s, a.g, "app"])
    a.queue()
    a.both(f"cdk.Tags.of({tgt}).add({js_str(k)}, {js_str(v)});", f"ccdk_tags_add({tgt}, {c_str(k)}, {c_str(v)});")


def e_token_units(a):
    """A duration whose amount is a token, in the unit the property takes (borderline) or in
    another one (aws-cdk-lib cannot convert it: an error wherever it converts)."""
    r = a.r
    where = r.choice(["timeout", "event_age", "retention", "cors", "record_age", "tumble", "window", "delay"])
    native = {"timeout": "seconds", "event_age": "seconds", "retention": "seconds", "cors": "seconds",
              "record_age": "seconds", "tumble": "seconds", "window": "seconds", "delay": "seconds"}[where]
    unit = native if a.border else r.choice([u for u in ("millis", "minutes", "hours", "days") if u != native])
    j, c = a.dur((unit, "TOKEN"))
    if where == "timeout":
        a.fn([P(f"timeout: {j}", f".timeout = {c}")])
    elif where == "event_age":
        a.fn([P(f"maxEventAge: {j}", f".max_event_age = {c}")])
    elif where == "retention":
        a.queue([P(f"retentionPeriod: {j}", f".retention_period = {c}")])
    elif where == "delay":
        a.queue([P(f"deliveryDelay: {j}", f".delivery_delay = {c}")])
    elif where == "cors":
        f = a.fn()
        a.both(f"{f}.addFunctionUrl({{cors: {{allowedOrigins: ['*'], maxAge: {j}}}}});",
               f"ccdk_lambda_function_add_function_url({f}, &(ccdk_lambda_function_url_options){{.cors = &(ccdk_lambda_function_url_cors){{"
               f".allowed_origins = CCDK_STRS(\"*\"), .max_age = {c}}}}});")
    else:
        k = {"record_age": ("maxRecordAge", "max_record_age"), "tumble": ("tumblingWindow", "tumbling_window"),
             "window": ("maxBatchingWindow", "max_batching_window")}[where]
        src = a.uid("src")
        a.both(f"const {src} = new kinesis.Stream({a.g}, {js_str(src.upper())});",
               f"ccdk_kinesis_stream *{src} = ccdk_kinesis_stream_new({a.g}, {c_str(src.upper())}, NULL);")
        f = a.fn()
        a.both(f"{f}.addEventSource(new sources.KinesisEventSource({src}, {{startingPosition: lambda.StartingPosition.LATEST, {k[0]}: {j}}}));",
               f"ccdk_lambda_function_add_event_source({f}, ccdk_lambda_kinesis_event_source({src}, &(ccdk_lambda_stream_event_source_props){{"
               f".starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST, .{k[1]} = {c}}}));")


def e_permission(a):
    r = a.r
    s = a.s
    pr = a.pick([("new iam.CanonicalUserPrincipal('79a59df900b949e55d96a1e698fbaced')",
                  f"ccdk_iam_canonical_user_principal({s}, \"79a59df900b949e55d96a1e698fbaced\")"),
                 ("new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com')",
                  f"ccdk_iam_web_identity_principal({s}, \"cognito-identity.amazonaws.com\", NULL)"),
                 ("new iam.CompositePrincipal(new iam.ServicePrincipal('sns.amazonaws.com'), new iam.AccountPrincipal('123456789012'))",
                  f"ccdk_iam_composite_principal({s}, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_service_principal({s}, \"sns.amazonaws.com\"), ccdk_iam_account_principal({s}, \"123456789012\")))"),
                 ("new iam.ServicePrincipal('sns.amazonaws.com').withConditions({StringEquals: {'aws:SourceAccount': '1', 'aws:PrincipalOrgID': 'o-1'}})",
                  f"ccdk_iam_principal_with_conditions(ccdk_iam_service_principal({s}, \"sns.amazonaws.com\"), ccdk_v_json({s}, \"{{\\\"StringEquals\\\": {{\\\"aws:SourceAccount\\\": \\\"1\\\", \\\"aws:PrincipalOrgID\\\": \\\"o-1\\\"}}}}\"))"),
                 ("new iam.ServicePrincipal('sns.amazonaws.com').withConditions({StringLike: {'aws:SourceAccount': '1'}})",
                  f"ccdk_iam_principal_with_conditions(ccdk_iam_service_principal({s}, \"sns.amazonaws.com\"), ccdk_v_json({s}, \"{{\\\"StringLike\\\": {{\\\"aws:SourceAccount\\\": \\\"1\\\"}}}}\"))")],
                [("new iam.AccountPrincipal('123456789012')", f"ccdk_iam_account_principal({s}, \"123456789012\")"),
                 ("new iam.ArnPrincipal('arn:aws:iam::123456789012:role/R')", f"ccdk_iam_arn_principal({s}, \"arn:aws:iam::123456789012:role/R\")"),
                 ("new iam.AnyPrincipal()", f"ccdk_iam_any_principal({s})"),
                 ("new iam.StarPrincipal()", f"ccdk_iam_star_principal({s})"),
                 ("new iam.AccountRootPrincipal()", f"ccdk_iam_account_root_principal({s})"),
                 ("new iam.OrganizationPrincipal('o-abc123')", f"ccdk_iam_organization_principal({s}, \"o-abc123\")"),
                 ("new iam.ServicePrincipal('s3.amazonaws.com').withConditions({ArnLike: {'aws:SourceArn': 'arn:aws:s3:::b'}, StringEquals: {'aws:SourceAccount': '1'}})",
                  f"ccdk_iam_principal_with_conditions(ccdk_iam_service_principal({s}, \"s3.amazonaws.com\"), ccdk_v_json({s}, \"{{\\\"ArnLike\\\": {{\\\"aws:SourceArn\\\": \\\"arn:aws:s3:::b\\\"}}, \\\"StringEquals\\\": {{\\\"aws:SourceAccount\\\": \\\"1\\\"}}}}\"))")])
    f = a.fn()
    extra_j, extra_c = "", ""
    if r.random() < 0.4:
        act = r.choice(["lambda:InvokeFunctionUrl", "lambda:InvokeFunction", "lambda:GetFunction"])
        extra_j += f", action: {js_str(act)}, functionUrlAuthType: lambda.FunctionUrlAuthType.{r.choice(['NONE', 'AWS_IAM'])}"
        au = extra_j.rsplit(".", 1)[1]
        extra_c += f", .action = {c_str(act)}, .function_url_auth_type = CCDK_LAMBDA_URL_AUTH_{au}"
    tgt = f
    if r.random() < 0.3:
        a.both(f"const al = {f}.addAlias('live');", f"ccdk_lambda_alias *al = ccdk_lambda_function_add_alias({f}, \"live\", NULL);")
        tgt = "al"
    a.both(f"{tgt}.addPermission('Perm', {{principal: {pr[0]}{extra_j}}});",
           f"ccdk_lambda_function_add_permission({tgt}, \"Perm\", &(ccdk_lambda_permission){{.principal = {pr[1]}{extra_c}}});")


def e_handler_image(a):
    r = a.r
    if a.border:
        a.fn([])
        return
    if r.random() < 0.5:
        a.both("// handler FROM_IMAGE with zip code", "/* handler FROM_IMAGE with zip code */")
        v = a.uid("fn")
        a.both(f"new lambda.Function({a.g}, {js_str(v)}, {{runtime: lambda.Runtime.NODEJS_20_X, handler: lambda.Handler.FROM_IMAGE, "
               f"code: lambda.Code.fromInline('x')}});",
               f"ccdk_lambda_function_new({a.g}, {c_str(v)}, &(ccdk_lambda_function_props){{.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, "
               f".handler = \"FROM_IMAGE\", .code = ccdk_lambda_code_from_inline({a.s}, \"x\")}});")
    else:
        v = a.uid("fn")
        a.both(f"new lambda.Function({a.g}, {js_str(v)}, {{runtime: lambda.Runtime.FROM_IMAGE, handler: 'index.handler', "
               f"code: lambda.Code.fromInline('x')}});",
               f"ccdk_lambda_function_new({a.g}, {c_str(v)}, &(ccdk_lambda_function_props){{.runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE, "
               f".handler = \"index.handler\", .code = ccdk_lambda_code_from_inline({a.s}, \"x\")}});")


def e_kafka_source(a):
    r = a.r
    oj = ["bootstrapServers: ['broker:9092']", "topic: 'orders'"]
    oc = [".bootstrap_servers = CCDK_STRS(\"broker:9092\")", ".topic = \"orders\""]
    pos = "LATEST"
    kind = r.choice(["secret", "vpc", "ts", "s3dlq", "group"])
    need_secret = True
    if kind == "secret":
        need_secret = a.border
    elif kind == "vpc":
        v = a.vpc()
        oj.append(f"vpc: {v}"), oc.append(f".vpc = {v}")
        need_secret = False
        sg = a.uid("sg")
        a.both(f"const {sg} = new ec2.SecurityGroup({a.g}, {js_str(sg.upper())}, {{vpc: {v}}});",
               f"ccdk_ec2_security_group *{sg} = ccdk_ec2_security_group_new({a.g}, {c_str(sg.upper())}, &(ccdk_ec2_security_group_props){{.vpc = {v}}});")
        parts = r.choice([["sg"], ["subnets"]]) if not a.border else [["sg", "subnets"]][0]
        if "sg" in parts:
            oj.append(f"securityGroup: {sg}"), oc.append(f".security_group = {sg}")
        if "subnets" in parts:
            oj.append("vpcSubnets: {subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS}")
            oc.append(".vpc_subnets = &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}")
    elif kind == "ts":
        if a.border:
            pos = "AT_TIMESTAMP"
            oj.append("startingPositionTimestamp: 1730270400"), oc.append(".starting_position_timestamp = CCDK_NUM(1730270400)")
        elif r.random() < 0.5:
            pos = "AT_TIMESTAMP"
        else:
            oj.append("startingPositionTimestamp: 1730270400"), oc.append(".starting_position_timestamp = CCDK_NUM(1730270400)")
    elif kind == "s3dlq":
        b = a.uid("b")
        a.both(f"const {b} = new s3.Bucket({a.g}, {js_str(b.upper())});", f"ccdk_s3_bucket *{b} = ccdk_s3_bucket_new({a.g}, {c_str(b.upper())}, NULL);")
        oj.append(f"onFailure: new sources.S3OnFailureDestination({b})"), oc.append(f".on_failure = ccdk_lambda_s3_on_failure_destination({b})")
        if not a.border:  # on a Kinesis source instead: not supported there
            src = a.uid("src")
            a.both(f"const {src} = new kinesis.Stream({a.g}, {js_str(src.upper())});",
                   f"ccdk_kinesis_stream *{src} = ccdk_kinesis_stream_new({a.g}, {c_str(src.upper())}, NULL);")
            f = a.fn()
            a.both(f"{f}.addEventSource(new sources.KinesisEventSource({src}, {{startingPosition: lambda.StartingPosition.LATEST, {oj[-1]}}}));",
                   f"ccdk_lambda_function_add_event_source({f}, ccdk_lambda_kinesis_event_source({src}, &(ccdk_lambda_stream_event_source_props){{"
                   f".starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST, {oc[-1]}}}));")
            return
    else:
        g = a.pick(["x" * 201, "bad group", "ü"], ["x" * 200, "g-1"])
        oj.append(f"consumerGroupId: {js_str(g)}"), oc.append(f".consumer_group_id = {c_str(g)}")
    if need_secret:
        sec = a.uid("sec")
        a.both(f"const {sec} = new secretsmanager.Secret({a.g}, {js_str(sec.upper())});",
               f"ccdk_secretsmanager_secret *{sec} = ccdk_secretsmanager_secret_new({a.g}, {c_str(sec.upper())}, NULL);")
        oj.append(f"secret: {sec}"), oc.append(f".secret = {sec}")
    oj.insert(2, f"startingPosition: lambda.StartingPosition.{pos}")
    oc.insert(2, f".starting_position = CCDK_LAMBDA_STARTING_POSITION_{pos}")
    f = a.fn()
    a.both(f"{f}.addEventSource(new sources.SelfManagedKafkaEventSource({{{', '.join(oj)}}}));",
           f"ccdk_lambda_function_add_event_source({f}, ccdk_lambda_self_managed_kafka_event_source({a.s}, "
           f"&(ccdk_lambda_self_managed_kafka_event_source_props){{{', '.join(oc)}}}));")


def e_nat(a):
    """NAT gateways against the subnet groups. The JavaScript object literals keep ccdk's key order
    (cidrMask, subnetType, name: SubnetConfiguration's declaration order), which aws-cdk-lib's error
    message prints as the user wrote them: a C struct has no order of its own (src/ec2/vpc.c)."""
    r = a.r
    sub = {"pub": ("{subnetType: ec2.SubnetType.PUBLIC, name: 'Pub'}", "{.name = \"Pub\", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}"),
           "priv": ("{subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, name: 'Priv'}", "{.name = \"Priv\", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}"),
           "iso": ("{subnetType: ec2.SubnetType.PRIVATE_ISOLATED, name: 'Iso'}", "{.name = \"Iso\", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}")}
    nat, subs = a.pick([(0, ["pub", "priv"]), (1, ["priv"]), (None, ["priv", "iso"]), (2, ["iso", "priv"])],
                       [(3, ["pub", "priv"]), (0, ["pub", "iso"]), (None, ["pub"]), (0, ["iso"]), (1, ["pub", "priv", "iso"])])
    props = [P("maxAzs: 2", ".max_azs = CCDK_NUM(2)")]
    if nat is not None:
        props.append(P(f"natGateways: {nat}", f".nat_gateways = CCDK_NUM({nat})"))
    props.append(P(f"subnetConfiguration: [{', '.join(sub[x][0] for x in subs)}]",
                   f".subnet_configuration = CCDK_EC2_SUBNETS({', '.join(sub[x][1] for x in subs)})"))
    a.vpc(props)


def e_sg_egress(a):
    r = a.r
    v = a.vpc()
    sg = a.uid("sg")
    ob = "false" if not a.border else r.choice(["true", "false"])
    a.both(f"const {sg} = new ec2.SecurityGroup({a.g}, {js_str(sg.upper())}, {{vpc: {v}, allowAllOutbound: {ob}}});",
           f"ccdk_ec2_security_group *{sg} = ccdk_ec2_security_group_new({a.g}, {c_str(sg.upper())}, &(ccdk_ec2_security_group_props){{.vpc = {v}, .allow_all_outbound = CCDK_{ob.upper()}}});")
    if a.border:
        peer, port = r.choice([(("ec2.Peer.anyIpv4()", "ccdk_ec2_peer_any_ipv4()"), ("ec2.Port.tcp(443)", "ccdk_ec2_port_tcp(443)")),
                               (("ec2.Peer.ipv4('10.0.0.0/16')", "ccdk_ec2_peer_ipv4(\"10.0.0.0/16\")"), ("ec2.Port.allTraffic()", "ccdk_ec2_port_all_traffic()"))])
    else:
        peer, port = (r.choice([("ec2.Peer.anyIpv4()", "ccdk_ec2_peer_any_ipv4()"), ("ec2.Peer.anyIpv6()", "ccdk_ec2_peer_any_ipv6()")]),
                      ("ec2.Port.allTraffic()", "ccdk_ec2_port_all_traffic()"))
    a.both(f"{sg}.addEgressRule({peer[0]}, {port[0]});",
           f"ccdk_ec2_security_group_add_egress_rule({sg}, {peer[1]}, {port[1]}, NULL, CCDK_UNSET);")


def e_size_conversion(a):
    v, conv, cu = a.pick([(("kibibytes", 1536), "toMebibytes", "MEBIBYTES"), (("gibibytes", 5), "toTebibytes", "TEBIBYTES"),
                          (("mebibytes", -1), "toMebibytes", "MEBIBYTES"), (("mebibytes", "TOKEN"), "toKibibytes", "KIBIBYTES"),
                          (("bytes", 1000), "toKibibytes", "KIBIBYTES")],
                         [(("mebibytes", 1.5), "toMebibytes", "MEBIBYTES"), (("gibibytes", 1), "toMebibytes", "MEBIBYTES"),
                          (("kibibytes", 2048), "toMebibytes", "MEBIBYTES"), (("tebibytes", 0.5), "toTebibytes", "TEBIBYTES"),
                          (("pebibytes", 1), "toGibibytes", "GIBIBYTES"), (("bytes", 2048), "toKibibytes", "KIBIBYTES")])
    j, c = a.size(v)
    a.both(f"new cdk.CfnOutput({a.g}, 'Conv', {{value: String({j}.{conv}())}});",
           f"ccdk_cfn_output_new({a.g}, \"Conv\", &(ccdk_cfn_output_props){{.value = ccdk_fmt({a.s}, \"%.17g\", "
           f"ccdk_size_to({a.s}, {c}, CCDK_SIZE_{cu}, CCDK_SIZE_ROUNDING_UNSET))}});")


def e_output_value(a):
    v = a.pick([None], ["", " ", "TOKEN"])
    if v is None:
        a.both(f"new cdk.CfnOutput({a.g}, 'Out', {{value: undefined}});",
               f"ccdk_cfn_output_new({a.g}, \"Out\", &(ccdk_cfn_output_props){{.value = NULL}});")
    else:
        j, c = a.text(v)
        a.both(f"new cdk.CfnOutput({a.g}, 'Out', {{value: {j}}});",
               f"ccdk_cfn_output_new({a.g}, \"Out\", &(ccdk_cfn_output_props){{.value = {c}}});")


def e_num_format(a):
    """Numbers and amounts that are not plain integers, where aws-cdk-lib prints them in its messages
    (String(n), Duration.toHumanString(), Size's toString) or writes them as they are."""
    r = a.r
    kind = r.choice(["sqs_batch", "sqs_window", "stream_retry", "stream_par", "stream_batch", "tumble", "eph", "sns_ret"])
    if kind in ("sqs_batch", "sqs_window"):
        if kind == "sqs_batch":
            j, c = a.num(a.pick([10.5, 1e21, 11.000001, -0.5, 0.5], [1.5, 9.999, 10]))
            oj, oc = f"batchSize: {j}", f".batch_size = {c}"
        else:
            j, c = a.dur(a.pick([("minutes", 5.5), ("millis", 300001), ("seconds", 300.5), ("hours", 0.1), ("days", 1),
                                 ("millis", 301500), ("minutes", 5.01)],
                                [("minutes", 4.5), ("millis", 299999), ("seconds", 0.5), ("hours", 0.05)]))
            oj, oc = f"maxBatchingWindow: {j}", f".max_batching_window = {c}"
        q = a.queue()
        f = a.fn()
        a.both(f"{f}.addEventSource(new sources.SqsEventSource({q}, {{{oj}}}));",
               f"ccdk_lambda_function_add_event_source({f}, ccdk_lambda_sqs_event_source({q}, &(ccdk_lambda_sqs_event_source_props){{{oc}}}));")
    elif kind in ("stream_retry", "stream_par", "stream_batch", "tumble"):
        if kind == "stream_retry":
            j, c = a.num(a.pick([10000.5, -1.5, 1e21], [0.5, 9999.5]))
            oj, oc = f"retryAttempts: {j}", f".retry_attempts = {c}"
        elif kind == "stream_par":
            j, c = a.num(a.pick([10.5, 0.5, 1e-7], [1.5, 9.75]))
            oj, oc = f"parallelizationFactor: {j}", f".parallelization_factor = {c}"
        elif kind == "stream_batch":
            j, c = a.num(a.pick([10000.5, 0.25, 123456789012], [1.5, 9999.5]))
            oj, oc = f"batchSize: {j}", f".batch_size = {c}"
        else:
            j, c = a.dur(a.pick([("seconds", 900.5), ("minutes", 15.5), ("millis", 900001)], [("seconds", 899.5), ("minutes", 14.99)]))
            oj, oc = f"tumblingWindow: {j}", f".tumbling_window = {c}"
        src = a.uid("src")
        a.both(f"const {src} = new kinesis.Stream({a.g}, {js_str(src.upper())});",
               f"ccdk_kinesis_stream *{src} = ccdk_kinesis_stream_new({a.g}, {c_str(src.upper())}, NULL);")
        f = a.fn()
        a.both(f"{f}.addEventSource(new sources.KinesisEventSource({src}, {{startingPosition: lambda.StartingPosition.LATEST, {oj}}}));",
               f"ccdk_lambda_function_add_event_source({f}, ccdk_lambda_kinesis_event_source({src}, &(ccdk_lambda_stream_event_source_props){{"
               f".starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST, {oc}}}));")
    elif kind == "eph":
        j, c = a.size(a.pick([("gibibytes", 10.5), ("kibibytes", 10485761), ("mebibytes", 511.5), ("gibibytes", 0.25), ("tebibytes", 1)],
                             [("gibibytes", 0.5), ("gibibytes", 9.75), ("mebibytes", 1024.25)]))
        a.fn([P(f"ephemeralStorageSize: {j}", f".ephemeral_storage_size = {c}")])
    else:
        j, c = a.num(a.pick([365.5, 0.5, 1e3], [1, 365]))
        topic(a, [P("fifo: true", ".fifo = CCDK_TRUE"), P(f"messageRetentionPeriodInDays: {j}", f".message_retention_period_in_days = {c}")])


def e_name_tokens(a):
    """Names given as tokens where aws-cdk-lib checks literal names: a FIFO queue's name (a token is
    a string too: "must end in '.fifo'"), a FIFO topic's, a construct id, tag keys and values."""
    r = a.r
    kind = r.choice(["queue", "topic", "id", "tag"])
    j, c = a.str_param()
    if kind == "queue":
        fifo = a.pick(["true"], ["false", None])
        props = [P(f"queueName: {j}", f".queue_name = {c}")]
        if fifo:
            props.append(P(f"fifo: {fifo}", f".fifo = CCDK_{fifo.upper()}"))
        a.queue(props)
    elif kind == "topic":
        fifo = r.choice(["true", "false", None])
        props = [P(f"topicName: {j}", f".topic_name = {c}")]
        if fifo:
            props.append(P(f"fifo: {fifo}", f".fifo = CCDK_{fifo.upper()}"))
        topic(a, props)
    elif kind == "id":
        # a token as a construct id fails in both, but aws-cdk-lib's message prints the token with its
        # number ("${Token[TOKEN.157]}"), which counts the app's tokens: not comparable. Only an id
        # that merely looks like one is drawn.
        a.both(f"new sqs.Queue({a.g}, 'Q${{x}}');", f"ccdk_sqs_queue_new({a.g}, \"Q${{x}}\", NULL);")
    else:
        a.queue()
        tgt = r.choice([a.s, a.g])
        if a.border or r.random() < 0.5:
            a.both(f"cdk.Tags.of({tgt}).add('k', {j});", f"ccdk_tags_add({tgt}, \"k\", {c});")
        else:
            a.both(f"cdk.Tags.of({tgt}).add({j}, 'v');", f"ccdk_tags_add({tgt}, {c}, \"v\");")


CATALOG = [e_function_name, e_function_description, e_ephemeral_storage, e_reserved_env, e_inline_code, e_snap_start,
           e_architectures, e_dlq, e_log_group_retention, e_logging_levels, e_async_ranges, e_layers, e_vpc_props_without_vpc,
           e_security_groups, e_filesystem, e_params_and_secrets, e_provisioned_concurrency, e_execution_environments,
           e_alias_weights, e_alias_twice, e_url_cors, e_layer_permission, e_sqs_source, e_stream_source, e_kafka_esm,
           e_sqs_queue, e_sns_topic, e_log_group, e_vpc, e_security_group_rule, e_efs, e_s3_notification,
           e_duration_conversion, e_stack_props, e_output_export, e_construct_id, e_tags, e_token_units,
           e_permission, e_handler_image, e_kafka_source, e_nat, e_sg_egress, e_size_conversion, e_output_value,
           e_num_format, e_name_tokens]


def write_case(outdir, seed):
    a = App(seed)
    r = a.r
    entry = r.choice(CATALOG)
    a.entry = entry.__name__
    parent, parent_path = "app", ""
    if r.random() < 0.2:
        env = r.choice(ENVS)
        ej = f", {{env: {{account: {js_str(env[0])}, region: {js_str(env[1])}}}}}" if env else ""
        ec = f"&(ccdk_stage_props){{.account = {c_str(env[0])}, .region = {c_str(env[1])}}}" if env else "NULL"
        a.both(f"const stage = new cdk.Stage(app, 'Stage'{ej});", f"ccdk_stage *stage = ccdk_stage_new(app, \"Stage\", {ec});")
        parent, parent_path = "stage", "Stage/"
    env = r.choice(ENVS)
    sid = r.choice(["Stack", "ErrStack", "My-Stack"])
    a.stack_path = parent_path + sid
    if env:
        a.both(f"const s = new cdk.Stack({parent}, {js_str(sid)}, {{env: {{account: {js_str(env[0])}, region: {js_str(env[1])}}}}});",
               f"ccdk_stack *s = ccdk_stack_new({parent}, {c_str(sid)}, &(ccdk_stack_props){{.account = {c_str(env[0])}, .region = {c_str(env[1])}}});")
    else:
        a.both(f"const s = new cdk.Stack({parent}, {js_str(sid)});", f"ccdk_stack *s = ccdk_stack_new({parent}, {c_str(sid)}, NULL);")
    if r.random() < 0.35:
        gid = r.choice(["Group", "Api", "Ünï"])
        a.both(f"const g = new Construct(s, {js_str(gid)});", f"ccdk_construct *g = ccdk_construct_new(s, {c_str(gid)});")
        a.g = "g"
    # the small valid app around the entry
    if r.random() < 0.7:
        a.fn([], rt=r.choice(["NODEJS_20_X", "PYTHON_3_12"]), scope="s", fid="Base")
    entry(a)

    mode = "borderline" if a.border else "invalid"
    js = ["// generated by tests/difffuzz/gen_err.py, seed %d: %s, %s" % (seed, a.entry, mode), "'use strict';",
          "const path = require('path');",
          "const { Construct } = require('constructs');",
          "const cdk = require('aws-cdk-lib');",
          "const lambda = require('aws-cdk-lib/aws-lambda');",
          "const sqs = require('aws-cdk-lib/aws-sqs');",
          "const sns = require('aws-cdk-lib/aws-sns');",
          "const sources = require('aws-cdk-lib/aws-lambda-event-sources');",
          "const logs = require('aws-cdk-lib/aws-logs');",
          "const ec2 = require('aws-cdk-lib/aws-ec2');",
          "const s3 = require('aws-cdk-lib/aws-s3');",
          "const s3n = require('aws-cdk-lib/aws-s3-notifications');",
          "const kinesis = require('aws-cdk-lib/aws-kinesis');",
          "const dynamodb = require('aws-cdk-lib/aws-dynamodb');",
          "const efs = require('aws-cdk-lib/aws-efs');",
          "const iam = require('aws-cdk-lib/aws-iam');",
          "const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');",
          "", "const app = new cdk.App();"] + a.js + ["app.synth();", ""]
    c = ["/* generated by tests/difffuzz/gen_err.py, seed %d: %s, %s */" % (seed, a.entry, mode),
         "#include <ccdk/lambda.h>", "#include <ccdk/lambda_versions.h>", "#include <ccdk/lambda_event_sources.h>",
         "#include <ccdk/sqs.h>", "#include <ccdk/sns.h>", "#include <ccdk/logs.h>", "#include <ccdk/ec2.h>",
         "#include <ccdk/s3.h>", "#include <ccdk/kinesis.h>", "#include <ccdk/dynamodb.h>", "#include <ccdk/efs.h>",
         "#include <ccdk/iam.h>", "#include <ccdk/secretsmanager.h>", "",
         "int main(void)", "{", "    ccdk_app *app = ccdk_app_new(NULL);"] + a.c + [
         "    int rc = ccdk_app_synth(app);", "    ccdk_app_free(app);", "    return rc ? 1 : 0;", "}", ""]
    d = os.path.join(outdir, f"de-{seed}")
    common.write_case(d, a, js, c)
    if a.differs_at:
        ex = os.path.join(d, "exception")
        with open(ex, "a", encoding="utf-8") as fh:
            if not a.own_handlers:
                fh.write("ccdk's own inline handler code (as in s3-notifications-tags-and-policy):\n")
            fh.write("".join(f"differs only at: {x}\n" for x in sorted(a.differs_at)))


if __name__ == "__main__":
    common.main(__doc__, write_case)
