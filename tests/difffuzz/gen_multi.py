#!/usr/bin/env python3
"""Differential random apps of many stacks: ccdk against aws-cdk-lib.

Usage: python3 tests/difffuzz/gen_multi.py SEED COUNT OUTDIR

The multi-stack companion of gen.py (same interface; cases OUTDIR/dm-<seed>/{app.js,app.c}; run by
`make difffuzz GEN=multi`). An app holds Stages (nested ones too, with or without an environment),
2-6 stacks in them or in the App (environment-agnostic or with an account and region), nested
stacks under them, and resources of many kinds (queues, topics, tables, buckets, keys, roles,
functions with aliases and versions, log groups, layers, VPCs and security groups). Then it draws
references between stacks of the same assembly and environment (CfnOutputs with and without an
exportName, addEnvironment, exportValue, Fn.importValue, a function's VPC, layers, log group, DLQ
or key of another stack), stack.addDependency, grants across stacks (many to one principal now and
then: the statements merge), role.addToPolicy with several statements, managed policies,
@aws-cdk/aws-iam:minimizePolicies on, off or unset (postCliContext), Tags and RemovalPolicies at
every level. References only go from an earlier stack to a later one (or between a nested stack and
its parent), so a valid app has no cycle; about one app in 20 is meant to fail: a reference across
environments or stages, or a dependency cycle. Both halves must then fail with the same message.
"""
import os

import common
from common import js_str, c_str

ENVS = [None, ("111111111111", "us-east-1"), ("222222222222", "eu-west-1")]
ACTIONS = ["s3:GetObject", "sqs:SendMessage", "dynamodb:GetItem", "logs:PutLogEvents", "kms:Decrypt",
           "sns:Publish", "s3:PutObject"]
MINIMIZE = "@aws-cdk/aws-iam:minimizePolicies"


# kind -> attributes: (name, js getter suffix, c getter)
ATTRS = {
    "queue": [("arn", ".queueArn", "ccdk_sqs_queue_arn({v})"), ("url", ".queueUrl", "ccdk_sqs_queue_url({v})"),
              ("name", ".queueName", "ccdk_sqs_queue_name({v})")],
    "topic": [("arn", ".topicArn", "ccdk_sns_topic_arn({v})"), ("name", ".topicName", "ccdk_sns_topic_name({v})")],
    "table": [("arn", ".tableArn", "ccdk_dynamodb_table_arn({v})"), ("name", ".tableName", "ccdk_dynamodb_table_name({v})")],
    "bucket": [("arn", ".bucketArn", "ccdk_s3_bucket_arn({v})"), ("name", ".bucketName", "ccdk_s3_bucket_name({v})")],
    "key": [("arn", ".keyArn", "ccdk_kms_key_arn({v})"), ("id", ".keyId", "ccdk_kms_key_id({v})")],
    "role": [("arn", ".roleArn", "ccdk_iam_role_arn({v})"), ("name", ".roleName", "ccdk_iam_role_name({v})")],
    "fn": [("arn", ".functionArn", "ccdk_lambda_function_arn({v})"), ("name", ".functionName", "ccdk_lambda_function_name({v})"),
           ("version", ".currentVersion.functionArn", "ccdk_lambda_version_arn(ccdk_lambda_function_current_version({v}))")],
    "loggroup": [("arn", ".logGroupArn", "ccdk_logs_log_group_arn({v})"), ("name", ".logGroupName", "ccdk_logs_log_group_name({v})")],
    "layer": [("arn", ".layerVersionArn", "ccdk_lambda_layer_version_arn({v})")],
    "vpc": [("id", ".vpcId", "ccdk_ec2_vpc_id({v})"),
            ("subnet", ".privateSubnets[0].subnetId", "ccdk_ec2_subnet_id(ccdk_ec2_vpc_private_subnets({v}).items[0])")],
    "sg": [("id", ".securityGroupId", "ccdk_ec2_security_group_id({v})")],
    "alias": [("arn", ".functionArn", "ccdk_lambda_alias_arn({v})")],
}


class App(common.App):
    """The app being generated; about one in 20 is meant to fail."""

    def __init__(self, seed):
        super().__init__(seed, 1 / 20, c_indent="    ")

    def bad(self, p=0.3):
        return super().bad(p)


def make_containers(a):
    """The App and 0-3 Stages (maybe nested): dicts {v, env, asm, path}."""
    r = a.r
    app = {"v": "app", "env": None, "asm": "app", "path": ""}
    conts = [app]
    for i in range(r.choice([0, 0, 1, 1, 2, 3])):
        parent = r.choice(conts)
        env = r.choice(ENVS)
        v = f"stage{i}"
        sid = f"Stage{i}"
        if env:
            a.both(f"const {v} = new cdk.Stage({parent['v']}, {js_str(sid)}, {{env: {{account: {js_str(env[0])}, region: {js_str(env[1])}}}}});",
                   f"ccdk_stage *{v} = ccdk_stage_new({parent['v']}, {c_str(sid)}, &(ccdk_stage_props){{.account = {c_str(env[0])}, .region = {c_str(env[1])}}});")
        else:
            a.both(f"const {v} = new cdk.Stage({parent['v']}, {js_str(sid)});",
                   f"ccdk_stage *{v} = ccdk_stage_new({parent['v']}, {c_str(sid)}, NULL);")
            env = parent["env"]
        conts.append({"v": v, "env": env, "asm": v, "path": parent["path"] + sid + "/"})
    return conts


def make_stacks(a, conts):
    r = a.r
    stacks = []
    n = r.randint(2, 6)
    for i in range(n):
        cont = r.choice(conts) if r.random() < 0.7 or not stacks else stacks[-1]["cont"]
        v = f"st{i}"
        sid = f"Stack{i}"
        env = cont["env"]
        pj, pc = [], []
        if r.random() < 0.4:
            env = r.choice(ENVS)
            if env:
                pj.append(f"env: {{account: {js_str(env[0])}, region: {js_str(env[1])}}}")
                pc.append(f".account = {c_str(env[0])}, .region = {c_str(env[1])}")
            elif cont["env"]:
                env = cont["env"]  # an agnostic stack in a stage with an env: the stage's
        if r.random() < 0.15:
            pj.append("tags: {stage: 'dev', 'Größe': 'ü'}")
            pc.append('.tags = CCDK_KVS({"stage", "dev"}, {"Größe", "ü"})')
        if pj:
            a.both(f"const {v} = new cdk.Stack({cont['v']}, {js_str(sid)}, {{{', '.join(pj)}}});",
                   f"ccdk_stack *{v} = ccdk_stack_new({cont['v']}, {c_str(sid)}, &(ccdk_stack_props){{{', '.join(pc)}}});")
        else:
            a.both(f"const {v} = new cdk.Stack({cont['v']}, {js_str(sid)});",
                   f"ccdk_stack *{v} = ccdk_stack_new({cont['v']}, {c_str(sid)}, NULL);")
        st = {"v": v, "id": sid, "env": env, "cont": cont, "asm": cont["asm"], "nested": None, "top": None,
              "path": cont["path"] + sid, "res": []}
        st["top"] = st
        stacks.append(st)
        # nested stacks (and nested in nested) now and then
        while r.random() < 0.3:
            parent = r.choice([s for s in stacks if s["top"] is st])
            nv = a.uid("ns")
            nid = "Nested" + nv[2:]
            a.both(f"const {nv} = new cdk.NestedStack({parent['v']}, {js_str(nid)});",
                   f"ccdk_stack *{nv} = ccdk_nested_stack_new({parent['v']}, {c_str(nid)}, NULL);")
            stacks.append({"v": nv, "id": nid, "env": env, "cont": cont, "asm": cont["asm"], "nested": parent,
                           "top": st, "path": parent["path"] + "/" + nid, "res": []})
    for i, s in enumerate(stacks):
        s["i"] = i
    return stacks


def new_resource(a, st, kind):
    r = a.r
    v = a.uid({"queue": "q", "topic": "t", "table": "tb", "bucket": "b", "key": "k", "role": "role", "fn": "fn",
               "loggroup": "lg", "layer": "ly", "vpc": "vpc", "sg": "sg"}[kind])
    rid = v.capitalize()
    s = st["v"]
    res = {"v": v, "kind": kind, "stack": st, "grants": 0}
    if kind == "queue":
        a.both(f"const {v} = new sqs.Queue({s}, {js_str(rid)});", f"ccdk_sqs_queue *{v} = ccdk_sqs_queue_new({s}, {c_str(rid)}, NULL);")
    elif kind == "topic":
        a.both(f"const {v} = new sns.Topic({s}, {js_str(rid)});", f"ccdk_sns_topic *{v} = ccdk_sns_topic_new({s}, {c_str(rid)}, NULL);")
    elif kind == "table":
        a.both(f"const {v} = new dynamodb.Table({s}, {js_str(rid)}, {{partitionKey: {{name: 'id', type: dynamodb.AttributeType.STRING}}}});",
               f"ccdk_dynamodb_table *{v} = ccdk_dynamodb_table_new({s}, {c_str(rid)}, &(ccdk_dynamodb_table_props){{"
               f".partition_key = {{\"id\", CCDK_DYNAMODB_ATTRIBUTE_STRING}}}});")
    elif kind == "bucket":
        a.both(f"const {v} = new s3.Bucket({s}, {js_str(rid)});", f"ccdk_s3_bucket *{v} = ccdk_s3_bucket_new({s}, {c_str(rid)}, NULL);")
    elif kind == "key":
        a.both(f"const {v} = new kms.Key({s}, {js_str(rid)});", f"ccdk_kms_key *{v} = ccdk_kms_key_new({s}, {c_str(rid)}, NULL);")
    elif kind == "role":
        a.both(f"const {v} = new iam.Role({s}, {js_str(rid)}, {{assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com')}});",
               f"ccdk_iam_role *{v} = ccdk_iam_role_new({s}, {c_str(rid)}, &(ccdk_iam_role_props){{"
               f".assumed_by = ccdk_iam_service_principal({s}, \"lambda.amazonaws.com\")}});")
    elif kind == "loggroup":
        a.both(f"const {v} = new logs.LogGroup({s}, {js_str(rid)});",
               f"ccdk_logs_log_group *{v} = ccdk_logs_log_group_new({s}, {c_str(rid)}, NULL);")
    elif kind == "layer":
        a.assets["layer"] = {"nodejs/lib.js": "module.exports = 1;\n"}
        a.both(f"const {v} = new lambda.LayerVersion({s}, {js_str(rid)}, {{code: lambda.Code.fromAsset(path.join(__dirname, 'layer'))}});",
               f"ccdk_lambda_layer_version *{v} = ccdk_lambda_layer_version_new({s}, {c_str(rid)}, &(ccdk_lambda_layer_version_props){{"
               f".code = ccdk_lambda_code_from_asset({s}, \"layer\", NULL)}});")
    elif kind == "vpc":
        # under @aws-cdk/aws-ec2:restrictDefaultSecurityGroup (cli+init): ccdk's own handler code
        a.own_handlers.add(f"{st['path']}/Custom::VpcRestrictDefaultSGCustomResourceProvider Code")
        a.both(f"const {v} = new ec2.Vpc({s}, {js_str(rid)}, {{maxAzs: 2, natGateways: 1}});",
               f"ccdk_ec2_vpc *{v} = ccdk_ec2_vpc_new({s}, {c_str(rid)}, &(ccdk_ec2_vpc_props){{.max_azs = CCDK_NUM(2), .nat_gateways = CCDK_NUM(1)}});")
    elif kind == "sg":
        vpc = res_in(a, st, "vpc")
        a.both(f"const {v} = new ec2.SecurityGroup({s}, {js_str(rid)}, {{vpc: {vpc['v']}}});",
               f"ccdk_ec2_security_group *{v} = ccdk_ec2_security_group_new({s}, {c_str(rid)}, &(ccdk_ec2_security_group_props){{.vpc = {vpc['v']}}});")
    st["res"].append(res)
    return res


def refs_from(a, st, all_stacks, kinds=None, invalid_ok=True):
    """Resources st may reference: of stacks before it in the same assembly and environment, its nested
    parent or children; in an app meant to fail, maybe any (a cross-environment or cross-stage one)."""
    cands = []
    for o in all_stacks:
        if o is st:
            cands += o["res"]
            continue
        related = o["nested"] is st or st["nested"] is o
        ok_order = o["i"] < st["i"] and o["top"] is not st["top"]
        if (related or ok_order) and o["asm"] == st["asm"] and o["env"] == st["env"]:
            cands += o["res"]
    if invalid_ok and a.want_invalid and not a.invalid and a.chance(0.3):
        others = [x for o in all_stacks if o["asm"] != st["asm"] or o["env"] != st["env"] for x in o["res"]]
        if others:
            a.invalid += 1
            cands = others
    if kinds:
        cands = [x for x in cands if x["kind"] in kinds]
    return cands


def res_in(a, st, kind):
    for x in st["res"]:
        if x["kind"] == kind:
            return x
    return new_resource(a, st, kind)


def new_function(a, st, stacks):
    r = a.r
    v = a.uid("fn")
    rid = "Fn" + v[2:]
    s = st["v"]
    pj, pc = ["runtime: lambda.Runtime.NODEJS_20_X", "handler: 'index.handler'",
              "code: lambda.Code.fromInline('exports.handler = async () => 1;')"], \
             [".runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X", '.handler = "index.handler"',
              f'.code = ccdk_lambda_code_from_inline({s}, "exports.handler = async () => 1;")']
    if r.random() < 0.2:
        # code from an asset directory that functions of other stacks, nested stacks and Stages share
        d = r.choice(["fnsrc", "fnsrc", "fnsrc2"])
        a.assets[d] = {"index.js": f"exports.handler = async () => {js_str(d)};\n"}
        pj[2] = f"code: lambda.Code.fromAsset(path.join(__dirname, {js_str(d)}))"
        pc[2] = f".code = ccdk_lambda_code_from_asset({s}, {c_str(d)}, NULL)"
    # props that may name another stack's resource
    if r.random() < 0.15:
        c = refs_from(a, st, stacks, ["vpc"]) if r.random() < 0.7 else []
        vpc = r.choice(c) if c else None
        if vpc is None and st["nested"] is None and st["cont"]["v"] == "app":
            vpc = new_resource(a, st, "vpc")
        if vpc is not None:
            pj.append(f"vpc: {vpc['v']}")
            pc.append(f".vpc = {vpc['v']}")
            sgs = [x for x in refs_from(a, st, stacks, ["sg"], False) if x["stack"] is vpc["stack"]]
            if sgs and r.random() < 0.5:
                pj.append(f"securityGroups: [{sgs[0]['v']}]")
                pc.append(f".security_groups = CCDK_LIST({sgs[0]['v']})")
    for kind, jk, ck, p in [("layer", "layers", "layers", 0.15), ("loggroup", "logGroup", "log_group", 0.12),
                            ("queue", "deadLetterQueue", "dead_letter_queue", 0.12),
                            ("key", "environmentEncryption", "environment_encryption", 0.08)]:
        if r.random() < p:
            c = refs_from(a, st, stacks, [kind])
            x = r.choice(c) if c else new_resource(a, st, kind)
            if kind == "layer":
                pj.append(f"layers: [{x['v']}]")
                pc.append(f".layers = CCDK_LIST({x['v']})")
            else:
                pj.append(f"{jk}: {x['v']}")
                pc.append(f".{ck} = {x['v']}")
    if r.random() < 0.15:
        c = refs_from(a, st, stacks, ["role"])
        if c:
            x = r.choice(c)
            pj.append(f"role: {x['v']}")
            pc.append(f".role = {x['v']}")
    if r.random() < 0.3:
        c = refs_from(a, st, stacks)
        if c:
            x = r.choice(c)
            attr = r.choice(ATTRS[x["kind"]])
            pj.append(f"environment: {{REF: {x['v']}{attr[1]}}}")
            pc.append(f".environment = CCDK_KVS({{\"REF\", {attr[2].format(v=x['v'])}}})")
    a.both(f"const {v} = new lambda.Function({s}, {js_str(rid)}, {{{', '.join(pj)}}});",
           f"ccdk_lambda_function *{v} = ccdk_lambda_function_new({s}, {c_str(rid)}, &(ccdk_lambda_function_props){{{', '.join(pc)}}});")
    res = {"v": v, "kind": "fn", "stack": st, "grants": 0}
    st["res"].append(res)
    if r.random() < 0.25:
        av = a.uid("al")
        a.both(f"const {av} = {v}.addAlias('live');", f"ccdk_lambda_alias *{av} = ccdk_lambda_function_add_alias({v}, \"live\", NULL);")
        st["res"].append({"v": av, "kind": "alias", "stack": st, "grants": 0, "of": v})
    return res


GRANTS = {  # kind -> [(js method, c call with {r} {g})]
    "queue": [("grantSendMessages", "ccdk_sqs_queue_grant_send_messages({r}, {g})"),
              ("grantConsumeMessages", "ccdk_sqs_queue_grant_consume_messages({r}, {g})")],
    "topic": [("grantPublish", "ccdk_sns_topic_grant_publish({r}, {g})")],
    "table": [("grantReadWriteData", "ccdk_dynamodb_table_grant_read_write_data({r}, {g})"),
              ("grantReadData", "ccdk_dynamodb_table_grant_read_data({r}, {g})")],
    "bucket": [("grantRead", "ccdk_s3_bucket_grant_read({r}, {g}, NULL)"), ("grantReadWrite", "ccdk_s3_bucket_grant_read_write({r}, {g}, NULL)")],
    "key": [("grantDecrypt", "ccdk_kms_key_grant_decrypt({r}, {g})"), ("grantEncryptDecrypt", "ccdk_kms_key_grant_encrypt_decrypt({r}, {g})")],
    "fn": [("grantInvoke", "ccdk_lambda_function_grant_invoke({r}, {g})")],
    "alias": [("grantInvoke", "ccdk_lambda_function_grant_invoke({r}, {g})")],
}


def gen_calls(a, stacks, conts):
    r = a.r
    n_out = 0
    for _ in range(r.randint(3, 14)):
        st = r.choice(stacks)
        what = r.choice(["output", "output", "env", "export", "import", "grant", "grant", "grant_many", "policy",
                         "managed", "dep", "tag", "removal", "fn_removal"])
        s = st["v"]
        if what in ("output", "env", "export"):
            c = refs_from(a, st, stacks)
            if what == "env":
                fns = [x for x in st["res"] if x["kind"] == "fn"]
                if not fns or not c:
                    continue
            if not c:
                continue
            x = r.choice(c)
            attr = r.choice(ATTRS[x["kind"]])
            vj, vc = f"{x['v']}{attr[1]}", attr[2].format(v=x["v"])
            if what == "env":
                fv = r.choice(fns)["v"]
                if fv in (x["v"], x.get("of")):
                    continue  # a function's environment naming its own version: endless recursion in both
                k = a.uid("REF_")
                a.both(f"{fv}.addEnvironment({js_str(k)}, {vj});", f"ccdk_lambda_function_add_environment({fv}, {c_str(k)}, {vc});")
                continue
            if what == "export":
                # exportValue in the producer (a top-level stack), the import used by st
                ps = x["stack"]
                if ps["nested"] is not None or ps is st:
                    continue
                iv = a.uid("imp")
                a.both(f"const {iv} = {ps['v']}.exportValue({vj});",
                       f"const char *{iv} = ccdk_stack_export_value({ps['v']}, {vc}, NULL);")
                vj, vc = iv, iv
            n_out += 1
            oid = a.uid("Out")
            if r.random() < 0.3 and st["nested"] is None:
                en = f"ex-{a.seed}-{oid}"
                st.setdefault("exports", []).append(en)
                a.both(f"new cdk.CfnOutput({s}, {js_str(oid)}, {{value: {vj}, exportName: {js_str(en)}}});",
                       f"ccdk_cfn_output_new({s}, {c_str(oid)}, &(ccdk_cfn_output_props){{.value = {vc}, .export_name = {c_str(en)}}});")
            else:
                a.both(f"new cdk.CfnOutput({s}, {js_str(oid)}, {{value: {vj}}});",
                       f"ccdk_cfn_output_new({s}, {c_str(oid)}, &(ccdk_cfn_output_props){{.value = {vc}}});")
        elif what == "import":
            names = [e for o in stacks if o is not st for e in o.get("exports", [])]
            if not names:
                continue
            oid = a.uid("Imp")
            en = r.choice(names)
            a.both(f"new cdk.CfnOutput({s}, {js_str(oid)}, {{value: cdk.Fn.importValue({js_str(en)})}});",
                   f"ccdk_cfn_output_new({s}, {c_str(oid)}, &(ccdk_cfn_output_props){{.value = ccdk_fn_import_value({s}, {c_str(en)})}});")
        elif what in ("grant", "grant_many"):
            # a principal of st (a role or a function), resources of stacks it may reference
            ps = [x for x in st["res"] if x["kind"] in ("role", "fn")]
            p = r.choice(ps) if ps and r.random() < 0.8 else new_resource(a, st, "role")
            c = [x for x in refs_from(a, st, stacks) if x["kind"] in GRANTS and x is not p]
            if not c:
                continue
            for _ in range(r.randint(3, 8) if what == "grant_many" else 1):
                x = r.choice(c)
                m, cc = r.choice(GRANTS[x["kind"]])
                a.both(f"{x['v']}.{m}({p['v']});", cc.format(r=x["v"], g=p["v"]) + ";")
        elif what == "policy":
            roles = [x for x in st["res"] if x["kind"] == "role"]
            role = r.choice(roles) if roles else new_resource(a, st, "role")
            c = refs_from(a, st, stacks, ["queue", "topic", "table", "bucket", "key"])
            for _ in range(r.randint(1, 4)):
                acts = r.sample(ACTIONS, r.randint(1, 3))
                if c and r.random() < 0.6:
                    x = r.choice(c)
                    arn = [t for t in ATTRS[x["kind"]] if t[0] == "arn"][0]
                    rj, rc = f"{x['v']}{arn[1]}", arn[2].format(v=x["v"])
                else:
                    lit = r.choice(["*", "arn:aws:s3:::bucket/*", "arn:aws:sqs:us-east-1:111111111111:q"])
                    rj, rc = js_str(lit), c_str(lit)
                a.both(f"{role['v']}.addToPolicy(new iam.PolicyStatement({{actions: [{', '.join(js_str(x) for x in acts)}], resources: [{rj}]}}));",
                       f"ccdk_iam_role_add_to_policy({role['v']}, ccdk_iam_policy_statement_new({s}, &(ccdk_iam_policy_statement_props){{"
                       f".actions = CCDK_STRS({', '.join(c_str(x) for x in acts)}), .resources = CCDK_STRS({rc})}}));")
        elif what == "managed":
            roles = [x for x in st["res"] if x["kind"] == "role"]
            role = r.choice(roles) if roles else new_resource(a, st, "role")
            if r.random() < 0.5:
                n = r.choice(["ReadOnlyAccess", "service-role/AWSLambdaBasicExecutionRole"])
                a.both(f"{role['v']}.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName({js_str(n)}));",
                       f"ccdk_iam_role_add_managed_policy({role['v']}, ccdk_iam_managed_policy_from_aws_managed_policy_name({s}, {c_str(n)}));")
            else:
                mv = a.uid("mp")
                acts = r.sample(ACTIONS, r.randint(1, 3))
                a.both(f"const {mv} = new iam.ManagedPolicy({s}, {js_str(mv.capitalize())}, {{statements: [new iam.PolicyStatement({{actions: [{', '.join(js_str(x) for x in acts)}], resources: ['*']}})]}});",
                       f"ccdk_iam_managed_policy *{mv} = ccdk_iam_managed_policy_new({s}, {c_str(mv.capitalize())}, &(ccdk_iam_managed_policy_props){{"
                       f".statements = CCDK_LIST(ccdk_iam_policy_statement_new({s}, &(ccdk_iam_policy_statement_props){{"
                       f".actions = CCDK_STRS({', '.join(c_str(x) for x in acts)}), .resources = CCDK_STRS(\"*\")}}))}});")
                a.both(f"{role['v']}.addManagedPolicy({mv});", f"ccdk_iam_role_add_managed_policy({role['v']}, {mv});")
        elif what == "dep":
            tops = [o for o in stacks if o["nested"] is None and o["asm"] == st["asm"] and o["i"] < st["i"]]
            if st["nested"] is not None:
                continue
            if a.bad(0.5):
                others = [o for o in stacks if o["nested"] is None and o is not st]
                if not others:
                    continue
                o = r.choice(others)
                a.both(f"{st['v']}.addDependency({o['v']});", f"ccdk_stack_add_dependency({st['v']}, {o['v']});")
                a.both(f"{o['v']}.addDependency({st['v']});", f"ccdk_stack_add_dependency({o['v']}, {st['v']});")
                continue
            if not tops:
                continue
            o = r.choice(tops)
            a.both(f"{st['v']}.addDependency({o['v']});", f"ccdk_stack_add_dependency({st['v']}, {o['v']});")
        elif what == "tag":
            targets = [c["v"] for c in conts] + [o["v"] for o in stacks] + [x["v"] for o in stacks for x in o["res"] if x["kind"] in ("queue", "fn", "bucket", "role")]
            t = r.choice(targets)
            k = r.choice(["team", "cost-center", "Owner", "größe"])
            val = r.choice(["orders", "42", "ü ✓", ""])
            a.both(f"cdk.Tags.of({t}).add({js_str(k)}, {js_str(val)});", f"ccdk_tags_add({t}, {c_str(k)}, {c_str(val)});")
        elif what == "removal":
            t = r.choice([c["v"] for c in conts] + [o["v"] for o in stacks])
            rp = r.choice(["destroy", "retain", "retainOnUpdateOrDelete"] * 6 + ["snapshot"])
            cp = {"destroy": "DESTROY", "retain": "RETAIN", "snapshot": "SNAPSHOT", "retainOnUpdateOrDelete": "RETAIN_ON_UPDATE_OR_DELETE"}[rp]
            if r.random() < 0.3:
                a.both(f"cdk.RemovalPolicies.of({t}).{rp}({{applyToResourceTypes: ['AWS::SQS::Queue', 'AWS::DynamoDB::Table']}});",
                       f"ccdk_removal_policies_apply({t}, CCDK_REMOVAL_POLICY_{cp}, &(ccdk_removal_policy_props){{"
                       f".apply_to_resource_types = CCDK_STRS(\"AWS::SQS::Queue\", \"AWS::DynamoDB::Table\")}});")
            else:
                a.both(f"cdk.RemovalPolicies.of({t}).{rp}();", f"ccdk_removal_policies_apply({t}, CCDK_REMOVAL_POLICY_{cp}, NULL);")
        elif what == "fn_removal":
            fns = [x for x in st["res"] if x["kind"] == "fn"]
            if not fns:
                continue
            rp = r.choice(["RETAIN", "DESTROY"])
            fv = r.choice(fns)["v"]
            a.both(f"{fv}.applyRemovalPolicy(cdk.RemovalPolicy.{rp});",
                   f"ccdk_cfn_resource_apply_removal_policy(ccdk_lambda_function_resource({fv}), CCDK_REMOVAL_POLICY_{rp});")


def write_case(outdir, seed):
    a = App(seed)
    r = a.r
    ctx = r.choice([None, None, "true", "false"])
    if ctx:
        a.js.append(f"const app = new cdk.App({{postCliContext: {{{js_str(MINIMIZE)}: {ctx}}}}});")
        a.c.append(f"    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){{.post_cli_context = CCDK_KVS({{{c_str(MINIMIZE)}, \"{ctx}\"}})}});")
    else:
        a.js.append("const app = new cdk.App();")
        a.c.append("    ccdk_app *app = ccdk_app_new(NULL);")
    conts = make_containers(a)
    stacks = make_stacks(a, conts)
    kinds = ["queue", "topic", "table", "bucket", "key", "role", "fn", "fn", "loggroup", "layer"]
    for st in stacks:
        for _ in range(r.randint(1, 4)):
            k = r.choice(kinds)
            if k == "fn":
                new_function(a, st, stacks)
            else:
                new_resource(a, st, k)
        if r.random() < 0.06 and st["nested"] is None and st["cont"]["v"] == "app":
            new_resource(a, st, "vpc")
            if r.random() < 0.6:
                new_resource(a, st, "sg")
    gen_calls(a, stacks, conts)

    js = ["// generated by tests/difffuzz/gen_multi.py, seed %d" % seed, "'use strict';",
          "const path = require('path');", "const cdk = require('aws-cdk-lib');",
          "const lambda = require('aws-cdk-lib/aws-lambda');", "const iam = require('aws-cdk-lib/aws-iam');",
          "const sqs = require('aws-cdk-lib/aws-sqs');", "const sns = require('aws-cdk-lib/aws-sns');",
          "const dynamodb = require('aws-cdk-lib/aws-dynamodb');", "const s3 = require('aws-cdk-lib/aws-s3');",
          "const logs = require('aws-cdk-lib/aws-logs');", "const kms = require('aws-cdk-lib/aws-kms');",
          "const ec2 = require('aws-cdk-lib/aws-ec2');", ""] + a.js + ["app.synth();", ""]
    c = ["/* generated by tests/difffuzz/gen_multi.py, seed %d */" % seed,
         "#include <ccdk/lambda.h>", "#include <ccdk/lambda_versions.h>", "#include <ccdk/iam.h>",
         "#include <ccdk/sqs.h>", "#include <ccdk/sns.h>", "#include <ccdk/dynamodb.h>", "#include <ccdk/s3.h>",
         "#include <ccdk/logs.h>", "#include <ccdk/kms.h>", "#include <ccdk/ec2.h>", "",
         "int main(void)", "{"] + a.c + [
         "    int rc = ccdk_app_synth(app);", "    ccdk_app_free(app);", "    return rc ? 1 : 0;", "}", ""]
    common.write_case(os.path.join(outdir, f"dm-{seed}"), a, js, c)


if __name__ == "__main__":
    common.main(__doc__, write_case)
