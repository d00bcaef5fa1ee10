#!/usr/bin/env python3
"""Differential random apps of the seed's last sections: VPCs, security groups, EFS, S3 triggers and logs.

Usage: python3 tests/difffuzz/gen_infra.py SEED COUNT OUTDIR

The infrastructure companion of gen.py (same interface; cases OUTDIR/di-<seed>/{app.js,app.c}; run by
`make difffuzz GEN=infra`). An app holds 1-3 stacks of one environment (agnostic or with an account
and region), each maybe with an ec2.Vpc of random props (IpAddresses.cidr, maxAzs or
availabilityZones, subnetConfiguration of PUBLIC, PRIVATE_WITH_EGRESS and PRIVATE_ISOLATED groups
with cidrMask and reserved, natGateways, DNS flags, dual stack, gateway endpoints, flow logs,
restrictDefaultSecurityGroup, interface endpoints), security groups with ingress and egress rules
(every Peer and Port kind), functions in a VPC (vpcSubnets by type, group name, onePerAz, AZs;
securityGroups, allowAllOutbound, allowAllIpv6Outbound, allowPublicSubnet, ipv6AllowedForDualStack),
efs.FileSystems (performance and throughput modes, lifecycle policies, encryption and keys,
removal policy, a file system policy, backups, One Zone, replication, anonymous access) with access
points that functions mount and grants, Connections between functions, groups, file systems and
endpoints of the same or another stack, s3.Buckets (versioned, encryption, autoDeleteObjects,
EventBridge) with event notifications to functions, queues and topics (key filters) and
S3EventSource / S3EventSourceV2, log groups (retention, name, class, key, data protection policy),
a function's logGroup or logRetention, metric filters and Lambda subscription filters with every
FilterPattern kind. About one app in 15 is given one invalid value; both halves must then fail
with the same message.
"""
import os

import common
from common import js_str, c_str, js_num

ENVS = [None, None, ("111111111111", "us-east-1"), ("222222222222", "eu-west-1")]
# the notifications handler's inline code is ccdk's own (see tests/conformance/cases/integ-s3n-lambda)
NOTIF_ZIP = "Resources.BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691.Properties.Code.ZipFile"
RUNTIMES = ["NODEJS_20_X", "NODEJS_22_X", "PYTHON_3_12", "PYTHON_3_13"]
ST = {"PUBLIC": "PUBLIC", "PRIVATE_WITH_EGRESS": "PRIVATE_WITH_EGRESS", "PRIVATE_ISOLATED": "PRIVATE_ISOLATED"}
RETENTIONS = ["ONE_DAY", "THREE_DAYS", "ONE_WEEK", "TWO_WEEKS", "ONE_MONTH", "SIX_MONTHS", "ONE_YEAR",
              "THIRTEEN_MONTHS", "TWO_YEARS", "FIVE_YEARS", "TEN_YEARS", "INFINITE"]
LIFECYCLES = ["AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS", "AFTER_30_DAYS", "AFTER_60_DAYS", "AFTER_90_DAYS",
              "AFTER_180_DAYS", "AFTER_270_DAYS", "AFTER_365_DAYS"]
EVENTS = [("OBJECT_CREATED", "CCDK_S3_OBJECT_CREATED"), ("OBJECT_CREATED_PUT", "CCDK_S3_OBJECT_CREATED_PUT"),
          ("OBJECT_REMOVED", "CCDK_S3_OBJECT_REMOVED"), ("OBJECT_REMOVED_DELETE", "CCDK_S3_OBJECT_REMOVED_DELETE"),
          ("OBJECT_RESTORE_COMPLETED", "CCDK_S3_OBJECT_RESTORE_COMPLETED"), ("OBJECT_TAGGING", "CCDK_S3_OBJECT_TAGGING"),
          ("LIFECYCLE_EXPIRATION", "CCDK_S3_LIFECYCLE_EXPIRATION"), ("REPLICATION", "CCDK_S3_REPLICATION")]
REMOVALS = ["DESTROY", "RETAIN", "RETAIN_ON_UPDATE_OR_DELETE"]


class App(common.App):
    """The app being generated; about one in 15 is meant to fail."""

    def __init__(self, seed):
        super().__init__(seed, 1 / 15, c_indent="    ")
        self.paths = set()  # template paths where ccdk's own handler code differs
        self.fns, self.sgs, self.fss, self.aps, self.eps, self.buckets, self.lgs = [], [], [], [], [], [], []
        self.queues, self.topics = [], []


def obj(pairs, ctype):
    """An optional props object: (js, c) from [(js, c)] pairs; js '' and c 'NULL' when empty."""
    if not pairs:
        return "", "NULL"
    return ("{" + ", ".join(p[0] for p in pairs) + "}",
            f"&({ctype}){{" + ", ".join(p[1] for p in pairs) + "}")


def jlist(xs):
    return "[" + ", ".join(xs) + "]"


def later_or_bad(a, x, y):
    """x may reference y: y in x's stack or an earlier one (in an app meant to fail, now and then any)."""
    return x["stack"]["i"] >= y["stack"]["i"] or a.bad(0.05)


def same_or_bad(a, x, y):
    """x and y reference each other: the same stack (in an app meant to fail, now and then any)."""
    return x["stack"] is y["stack"] or a.bad(0.05)


# ------------------------------------------------------------------ ports and peers

def port(a, for_egress=False):
    r = a.r
    k = r.choice(["tcp", "tcp", "udp", "tcpRange", "udpRange", "allTcp", "allUdp", "allTraffic", "allIcmp",
                  "icmpTypeAndCode", "icmpType", "icmpPing", "allIcmpV6", "esp", "ah", "HTTPS", "SSH", "POSTGRES"])
    if k in ("tcp", "udp"):
        n = r.choice([22, 53, 80, 443, 2049, 5432, 8080, 65535])
        return f"ec2.Port.{k}({n})", f"ccdk_ec2_port_{k}({n})"
    if k in ("tcpRange", "udpRange"):
        lo = r.choice([1000, 8000, 30000])
        hi = lo + r.choice([0, 1, 99, 1000])
        if r.random() < 0.08:
            # no error in aws-cdk-lib (Port does not check): a finding of the template validation
            lo, hi = r.choice([(9000, 8000), (65000, 70000)])
        cn = "tcp_range" if k == "tcpRange" else "udp_range"
        return f"ec2.Port.{k}({lo}, {hi})", f"ccdk_ec2_port_{cn}({lo}, {hi})"
    if k == "icmpTypeAndCode":
        t, c = r.choice([(3, 4), (0, 0), (11, 1)])
        return f"ec2.Port.icmpTypeAndCode({t}, {c})", f"ccdk_ec2_port_icmp_type_and_code({t}, {c})"
    if k == "icmpType":
        t = r.choice([0, 8, 13])
        return f"ec2.Port.icmpType({t})", f"ccdk_ec2_port_icmp_type({t})"
    if k in ("HTTPS", "SSH", "POSTGRES"):
        return f"ec2.Port.{k}", f"CCDK_EC2_PORT_{k}"
    cname = {"allTcp": "all_tcp", "allUdp": "all_udp", "allTraffic": "all_traffic", "allIcmp": "all_icmp",
             "icmpPing": "icmp_ping", "allIcmpV6": "all_icmp_v6", "esp": "esp", "ah": "ah"}[k]
    return f"ec2.Port.{k}()", f"ccdk_ec2_port_{cname}()"


def peer(a, st, sgs_ok=True):
    """An IPeer: (js, c)."""
    r = a.r
    k = r.choice(["ipv4", "ipv4", "anyIpv4", "ipv6", "anyIpv6", "prefixList", "sgId", "sg"])
    if k == "ipv4":
        cidr = r.choice(["10.1.0.0/16", "192.168.1.0/24", "203.0.113.7/32", "0.0.0.0/0"])
        if a.bad(0.15):
            cidr = r.choice(["10.1.0.0", "300.1.0.0/16", "10.1.0.0/40"])
        return f"ec2.Peer.ipv4({js_str(cidr)})", f"ccdk_ec2_peer_ipv4({c_str(cidr)})"
    if k == "ipv6":
        cidr = r.choice(["2001:db8::/32", "::/0", "2001:db8:1234::/48"])
        return f"ec2.Peer.ipv6({js_str(cidr)})", f"ccdk_ec2_peer_ipv6({c_str(cidr)})"
    if k == "anyIpv4":
        return "ec2.Peer.anyIpv4()", "ccdk_ec2_peer_any_ipv4()"
    if k == "anyIpv6":
        return "ec2.Peer.anyIpv6()", "ccdk_ec2_peer_any_ipv6()"
    if k == "prefixList":
        pl = r.choice(["pl-12345678", "pl-6ca54005"])
        return f"ec2.Peer.prefixList({js_str(pl)})", f"ccdk_ec2_peer_prefix_list({c_str(pl)})"
    if k == "sgId":
        sid = r.choice(["sg-12345678", "sg-0123456789abcdef0"])
        if a.bad(0.2):
            sid = "sg-XYZ"
        if r.random() < 0.4:
            return (f"ec2.Peer.securityGroupId({js_str(sid)}, '123456789012')",
                    f"ccdk_ec2_peer_security_group_id({c_str(sid)}, \"123456789012\")")
        return f"ec2.Peer.securityGroupId({js_str(sid)})", f"ccdk_ec2_peer_security_group_id({c_str(sid)}, NULL)"
    # a group of this stack or an earlier one (its rule lives here: no cycle)
    sgs = [g for g in a.sgs if g["stack"]["i"] <= st["i"]] if sgs_ok else []
    if not sgs:
        return "ec2.Peer.anyIpv4()", "ccdk_ec2_peer_any_ipv4()"
    g = r.choice(sgs)
    return g["v"], f"ccdk_ec2_peer_security_group({g['v']})"


# ------------------------------------------------------------------ VPC

def gen_vpc(a, st, idx):
    r = a.r
    v = a.uid("vpc")
    vid = f"Vpc{idx}"
    s = st["v"]
    pairs = []
    vmask, cidr = r.choice([(16, "10.0.0.0/16"), (16, "10.20.0.0/16"), (16, "10.0.0.0/16"), (18, "10.1.0.0/18"),
                            (20, "172.16.0.0/20")])
    if cidr != "10.0.0.0/16" or r.random() < 0.2:
        pairs.append((f"ipAddresses: ec2.IpAddresses.cidr({js_str(cidr)})", f".ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR({c_str(cidr)})"))
    stack_azs = 2 if st["env"] is None else 3
    n_az = stack_azs
    azs_named = None
    if st["env"] is not None and r.random() < 0.2:
        azs_named = r.sample(["dummy1a", "dummy1b", "dummy1c"], r.randint(1, 2))
        azs_named.sort()
        n_az = len(azs_named)
        pairs.append((f"availabilityZones: {jlist(js_str(z) for z in azs_named)}",
                      f".availability_zones = CCDK_STRS({', '.join(c_str(z) for z in azs_named)})"))
        if a.bad(0.2):
            pairs.append(("maxAzs: 2", ".max_azs = CCDK_NUM(2)"))
    elif r.random() < 0.5:
        m = r.randint(1, 3)
        n_az = min(m, stack_azs)
        pairs.append((f"maxAzs: {m}", f".max_azs = CCDK_NUM({m})"))
    groups = None
    if r.random() < 0.6:
        names = ["Ingress", "App", "Data", "Spare"]
        groups = []
        for i in range(r.randint(1, 4)):
            t = r.choice(["PUBLIC", "PRIVATE_WITH_EGRESS", "PRIVATE_ISOLATED"])
            g = {"name": names[i], "type": t, "reserved": i > 0 and r.random() < 0.12}
            if r.random() < 0.5:
                g["mask"] = r.randint(vmask + 4, min(28, vmask + 8))
                if a.bad(0.2):
                    g["mask"] = r.choice([8, 15, 29, 30])
            groups.append(g)
        # as determineNatGatewayCount: reserved groups do not count
        has_priv = any(g["type"] == "PRIVATE_WITH_EGRESS" and not g["reserved"] for g in groups)
        has_pub = any(g["type"] == "PUBLIC" and not g["reserved"] for g in groups)
        if has_priv and not has_pub and not a.bad(0.5):
            groups.insert(0, {"name": "Front", "type": "PUBLIC", "reserved": False})
            has_pub = True
    else:
        has_priv, has_pub = True, True
    nat = None
    if r.random() < 0.5:
        if has_priv:
            nat = r.choice([1, 1, 2, 3])
            if a.bad(0.15):
                nat = 0
        else:
            nat = r.choice([0, 0, 1]) if has_pub else 0
        if groups is None and nat == 0:
            has_priv = False  # DEFAULT_SUBNETS_NO_NAT: Public + Isolated
        pairs.append((f"natGateways: {nat}", f".nat_gateways = CCDK_NUM({nat})"))
    if groups is None:
        groups = [{"name": "Public", "type": "PUBLIC", "reserved": False, "default": True},
                  {"name": "Private" if has_priv else "Isolated", "type": "PRIVATE_WITH_EGRESS" if has_priv else "PRIVATE_ISOLATED",
                   "reserved": False, "default": True}]
    else:
        cj, cc = [], []
        for g in groups:
            # the keys in SubnetConfiguration's declaration order, the order ccdk prints them in
            # aws-cdk-lib's NAT error (JSON.stringify of the app's objects; ccdk/ec2.h)
            ej, ec = [], []
            if "mask" in g:
                ej.append(f"cidrMask: {g['mask']}")
                ec.append(f".cidr_mask = CCDK_NUM({g['mask']})")
            ej += [f"subnetType: ec2.SubnetType.{g['type']}", f"name: {js_str(g['name'])}"]
            ec += [f".subnet_type = CCDK_EC2_SUBNET_TYPE_{g['type']}", f".name = {c_str(g['name'])}"]
            if g["reserved"]:
                ej.append("reserved: true")
                ec.append(".reserved = CCDK_TRUE")
            if g["type"] == "PUBLIC" and r.random() < 0.15:
                ej.append("mapPublicIpOnLaunch: false")
                ec.append(".map_public_ip_on_launch = CCDK_FALSE")
            cj.append("{" + ", ".join(ej) + "}")
            cc.append("{" + ", ".join(ec) + "}")
        pairs.append((f"subnetConfiguration: [{', '.join(cj)}]", f".subnet_configuration = CCDK_EC2_SUBNETS({', '.join(cc)})"))
    dual = False
    if r.random() < 0.2:
        dual = True
        pairs.append(("ipProtocol: ec2.IpProtocol.DUAL_STACK", ".ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK"))
    if r.random() < 0.25:
        hn = r.choice([True, False])
        sp = r.choice([True, True, False]) if not hn else True
        if a.bad(0.2):
            hn, sp = True, False
        pairs.append((f"enableDnsHostnames: {str(hn).lower()}", f".enable_dns_hostnames = CCDK_{str(hn).upper()}"))
        pairs.append((f"enableDnsSupport: {str(sp).lower()}", f".enable_dns_support = CCDK_{str(sp).upper()}"))
    if r.random() < 0.2:
        rd = r.choice([True, False])
        pairs.append((f"restrictDefaultSecurityGroup: {str(rd).lower()}", f".restrict_default_security_group = CCDK_{str(rd).upper()}"))
    if r.random() < 0.15:
        pairs.append((f"vpcName: {js_str('net-' + str(a.seed))}", f".vpc_name = {c_str('net-' + str(a.seed))}"))
    if r.random() < 0.1 and azs_named is None:
        pairs.append(("reservedAzs: 1", ".reserved_azs = CCDK_NUM(1)"))
    if r.random() < 0.08:
        pairs.append(("defaultInstanceTenancy: ec2.DefaultInstanceTenancy.DEDICATED", ".default_instance_tenancy = \"dedicated\""))
    if r.random() < 0.08 and not has_priv:
        pairs.append(("createInternetGateway: false", ".create_internet_gateway = CCDK_FALSE"))
    pub_groups = [g for g in groups if g["type"] == "PUBLIC" and not g["reserved"]] if groups else []
    if r.random() < 0.15 and len(pub_groups) > 1:
        g = pub_groups[-1]
        pairs.append((f"natGatewaySubnets: {{subnetGroupName: {js_str(g['name'])}}}", f".nat_gateway_subnets = {{.subnet_group_name = {c_str(g['name'])}}}"))
    live = [g for g in groups if not g["reserved"]]
    if r.random() < 0.3:
        gj, gc = [], []
        for name, svc in r.sample([("S3", "S3"), ("Dynamo", "DYNAMODB")], r.randint(1, 2)):
            oj, oc = [f"service: ec2.GatewayVpcEndpointAwsService.{svc}"], [f".service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_{svc}"]
            if live and r.random() < 0.3:
                t = r.choice(live)["type"]
                oj.append(f"subnets: [{{subnetType: ec2.SubnetType.{t}}}]")
                oc.append(f".subnets = CCDK_EC2_SUBNET_SELECTIONS({{.subnet_type = CCDK_EC2_SUBNET_TYPE_{t}}})")
            gj.append(f"{name}: {{{', '.join(oj)}}}")
            gc.append(f"{{{c_str(name)}, {{{', '.join(oc)}}}}}")
        pairs.append((f"gatewayEndpoints: {{{', '.join(gj)}}}",
                      f".gateway_endpoints = CCDK_LIST_OF(ccdk_ec2_vpc_gateway_endpoint, {', '.join(gc)})"))
    if r.random() < 0.2:
        tt = r.choice([None, "ALL", "ACCEPT", "REJECT"])
        oj, oc = [], []
        if tt:
            oj.append(f"trafficType: ec2.FlowLogTrafficType.{tt}")
            oc.append(f".traffic_type = CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_{tt}")
        if r.random() < 0.3:
            oj.append("maxAggregationInterval: ec2.FlowLogMaxAggregationInterval.ONE_MINUTE")
            oc.append(".max_aggregation_interval = CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_ONE_MINUTE")
        pairs.append((f"flowLogs: {{FlowLog: {{{', '.join(oj)}}}}}",
                      f".flow_logs = CCDK_LIST_OF(ccdk_ec2_vpc_flow_log, {{\"FlowLog\", {{{', '.join(oc) if oc else '0'}}}}})"))
    a.own_handlers.add(f"{st['id']}/Custom::VpcRestrictDefaultSGCustomResourceProvider Code")
    pj, pc = obj(pairs, "ccdk_ec2_vpc_props")
    a.both(f"const {v} = new ec2.Vpc({s}, {js_str(vid)}{', ' + pj if pj else ''});",
           f"ccdk_ec2_vpc *{v} = ccdk_ec2_vpc_new({s}, {c_str(vid)}, {pc});")
    vpc = {"v": v, "stack": st, "groups": groups, "live": live, "dual": dual, "n_az": n_az, "azs": azs_named}
    st["vpcs"].append(vpc)
    # vpc.addFlowLog / addInterfaceEndpoint after construction
    if r.random() < 0.15:
        fid = a.uid("Flow")
        if r.random() < 0.25:
            a.both(f"{v}.addFlowLog({js_str(fid)});", f"ccdk_ec2_vpc_add_flow_log({v}, {c_str(fid)}, NULL);")
        elif r.random() < 0.5:
            lgv = a.uid("flg")
            a.both(f"const {lgv} = new logs.LogGroup({s}, {js_str(lgv.capitalize())}, {{retention: logs.RetentionDays.ONE_WEEK}});",
                   f"ccdk_logs_log_group *{lgv} = ccdk_logs_log_group_new({s}, {c_str(lgv.capitalize())}, &(ccdk_logs_log_group_props){{.retention = CCDK_LOGS_RETENTION_ONE_WEEK}});")
            oj = [f"destination: ec2.FlowLogDestination.toCloudWatchLogs({lgv})"]
            oc = [f".destination = ccdk_ec2_flow_log_destination_to_cloud_watch_logs({lgv}, NULL)"]
            if r.random() < 0.5:
                oj.append("logFormat: [ec2.LogFormat.SRC_ADDR, ec2.LogFormat.DST_ADDR, ec2.LogFormat.custom('${bytes}')]")
                oc.append('.log_format = CCDK_STRS(CCDK_EC2_LOG_FORMAT_FIELD("srcaddr"), CCDK_EC2_LOG_FORMAT_FIELD("dstaddr"), "${bytes}")')
            if r.random() < 0.4:
                oj.append(f"flowLogName: {js_str('flow-' + str(a.seed))}")
                oc.append(f".flow_log_name = {c_str('flow-' + str(a.seed))}")
            if r.random() < 0.3:
                oj.append("trafficType: ec2.FlowLogTrafficType.REJECT")
                oc.append(".traffic_type = CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_REJECT")
            a.both(f"{v}.addFlowLog({js_str(fid)}, {{{', '.join(oj)}}});",
                   f"ccdk_ec2_vpc_add_flow_log({v}, {c_str(fid)}, &(ccdk_ec2_flow_log_options){{{', '.join(oc)}}});")
        else:
            b = a.uid("fb")
            a.both(f"const {b} = new s3.Bucket({s}, {js_str(b.capitalize())});",
                   f"ccdk_s3_bucket *{b} = ccdk_s3_bucket_new({s}, {c_str(b.capitalize())}, NULL);")
            a.both(f"{v}.addFlowLog({js_str(fid)}, {{destination: ec2.FlowLogDestination.toS3({b}, 'flows/')}});",
                   f"ccdk_ec2_vpc_add_flow_log({v}, {c_str(fid)}, &(ccdk_ec2_flow_log_options){{"
                   f".destination = ccdk_ec2_flow_log_destination_to_s3({b}, \"flows/\", NULL)}});")
    if r.random() < 0.3 and live:
        ev = a.uid("ep")
        svc = r.choice(["SECRETS_MANAGER", "SQS", "LAMBDA", "SSM", "KMS", "STS"])
        oj = [f"service: ec2.InterfaceVpcEndpointAwsService.{svc}"]
        oc = [f".service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_{svc}"]
        if r.random() < 0.3:
            oj.append("privateDnsEnabled: false")
            oc.append(".private_dns_enabled = CCDK_FALSE")
        if r.random() < 0.3:
            oj.append("open: false")
            oc.append(".open = CCDK_FALSE")
        sel = selection(a, vpc, allow_public=True)
        if sel[0]:
            oj.append(f"subnets: {sel[0]}")
            oc.append(f".subnets = {sel[1]}")
        a.both(f"const {ev} = {v}.addInterfaceEndpoint({js_str(ev.capitalize())}, {{{', '.join(oj)}}});",
               f"ccdk_ec2_interface_vpc_endpoint *{ev} = ccdk_ec2_vpc_add_interface_endpoint({v}, {c_str(ev.capitalize())}, "
               f"&(ccdk_ec2_interface_vpc_endpoint_options){{{', '.join(oc)}}});")
        a.eps.append({"v": ev, "stack": st, "conn": f"{ev}", "cconn": f"ccdk_ec2_interface_vpc_endpoint_connections({ev})",
                      "default_port": True})
    return vpc


def selection(a, vpc, allow_public):
    """A SubnetSelection of vpc (js '' / c '{0}' for the default): (js, c, selects_public)."""
    r = a.r
    live = vpc["live"]
    k = r.choice(["default", "type", "type", "group", "none"])
    sj, sc = [], []
    pub = False
    if k == "type" and live:
        t = r.choice(live)["type"]
        if a.bad(0.1):
            t = r.choice([x for x in ST if x not in [g["type"] for g in live]] or ["PUBLIC"])
        sj.append(f"subnetType: ec2.SubnetType.{t}")
        sc.append(f".subnet_type = CCDK_EC2_SUBNET_TYPE_{t}")
        pub = t == "PUBLIC"
    elif k == "group" and live:
        g = r.choice(live)
        name = g["name"] if not a.bad(0.1) else "Nowhere"
        sj.append(f"subnetGroupName: {js_str(name)}")
        sc.append(f".subnet_group_name = {c_str(name)}")
        pub = g["type"] == "PUBLIC"
    else:
        # the default: private, else isolated, else public
        types = [g["type"] for g in live]
        pub = "PRIVATE_WITH_EGRESS" not in types and "PRIVATE_ISOLATED" not in types
    if r.random() < 0.25:
        sj.append("onePerAz: true")
        sc.append(".one_per_az = CCDK_TRUE")
    if vpc["stack"]["env"] is not None and r.random() < 0.2:
        azs = vpc["azs"] or ["dummy1a", "dummy1b", "dummy1c"][:vpc["n_az"]]
        z = r.choice(azs)
        sj.append(f"availabilityZones: [{js_str(z)}]")
        sc.append(f".availability_zones = CCDK_STRS({c_str(z)})")
    if not sj:
        return "", "", pub
    return "{" + ", ".join(sj) + "}", "{" + ", ".join(sc) + "}", pub


def gen_sg(a, st, vpc):
    r = a.r
    v = a.uid("sg")
    s = st["v"]
    if r.random() < 0.15:
        sid = r.choice(["sg-0123456789abcdef0", "sg-12345678"])
        mj, mc = [], ["CCDK_UNSET", "CCDK_UNSET"]
        if r.random() < 0.5:
            x = r.choice([True, False])
            mj.append(f"allowAllOutbound: {str(x).lower()}")
            mc[0] = f"CCDK_{str(x).upper()}"
        if r.random() < 0.5:
            x = r.choice([True, False])
            mj.append(f"mutable: {str(x).lower()}")
            mc[1] = f"CCDK_{str(x).upper()}"
        a.both(f"const {v} = ec2.SecurityGroup.fromSecurityGroupId({s}, {js_str(v.capitalize())}, {js_str(sid)}"
               + (f", {{{', '.join(mj)}}});" if mj else ");"),
               f"ccdk_ec2_security_group *{v} = ccdk_ec2_security_group_from_security_group_id({s}, {c_str(v.capitalize())}, {c_str(sid)}, {mc[0]}, {mc[1]});")
        g = {"v": v, "stack": st, "vpc": vpc, "conn": v, "cconn": f"ccdk_ec2_security_group_connections({v})",
             "default_port": False, "imported": True}
        a.sgs.append(g)
        return g
    pairs = [(f"vpc: {vpc['v']}", f".vpc = {vpc['v']}")]
    aao = None
    if r.random() < 0.4:
        aao = r.choice([True, False])
        pairs.append((f"allowAllOutbound: {str(aao).lower()}", f".allow_all_outbound = CCDK_{str(aao).upper()}"))
    if r.random() < 0.2:
        x = r.choice([True, False])
        pairs.append((f"allowAllIpv6Outbound: {str(x).lower()}", f".allow_all_ipv6_outbound = CCDK_{str(x).upper()}"))
    if r.random() < 0.3:
        d = r.choice(["web tier", "Größe ✓ group", "db access"])
        pairs.append((f"description: {js_str(d)}", f".description = {c_str(d)}"))
    if r.random() < 0.1:
        pairs.append(("disableInlineRules: true", ".disable_inline_rules = CCDK_TRUE"))
    pj, pc = obj(pairs, "ccdk_ec2_security_group_props")
    a.both(f"const {v} = new ec2.SecurityGroup({s}, {js_str(v.capitalize())}, {pj});",
           f"ccdk_ec2_security_group *{v} = ccdk_ec2_security_group_new({s}, {c_str(v.capitalize())}, {pc});")
    g = {"v": v, "stack": st, "vpc": vpc, "aao": aao, "conn": v, "cconn": f"ccdk_ec2_security_group_connections({v})",
         "default_port": False}
    a.sgs.append(g)
    for _ in range(r.randint(0, 3)):
        egress = r.random() < 0.35
        pj2, pc2 = peer(a, st)
        tj, tc = port(a, egress)
        if egress and tj == "ec2.Port.allTraffic()" and not a.bad(0.5):
            tj, tc = "ec2.Port.tcp(443)", "ccdk_ec2_port_tcp(443)"
        dj, dc = "", ", NULL"
        rem = ""
        if r.random() < 0.3:
            d = r.choice(["custom rule", "from the office", "ünïcode ✓"])
            dj, dc = f", {js_str(d)}", f", {c_str(d)}"
        if r.random() < 0.1:
            rem = True
        m = "addEgressRule" if egress else "addIngressRule"
        cm = "egress" if egress else "ingress"
        if rem:
            a.both(f"{v}.{m}({pj2}, {tj}{dj or ', undefined'}, true);",
                   f"ccdk_ec2_security_group_add_{cm}_rule({v}, {pc2}, {tc}{dc}, CCDK_TRUE);")
        else:
            a.both(f"{v}.{m}({pj2}, {tj}{dj});", f"ccdk_ec2_security_group_add_{cm}_rule({v}, {pc2}, {tc}{dc}, CCDK_UNSET);")
    return g


# ------------------------------------------------------------------ functions

def gen_function(a, st, idx):
    r = a.r
    v = a.uid("fn")
    fid = f"Fn{idx}"
    s = st["v"]
    rt = r.choice(RUNTIMES)
    body = "exports.handler = async () => 'ok';" if rt.startswith("NODE") else "def handler(event, context):\n    return 1\n"
    pairs = [(f"runtime: lambda.Runtime.{rt}", f".runtime = CCDK_LAMBDA_RUNTIME_{rt}"),
             ("handler: 'index.handler'", ".handler = \"index.handler\""),
             (f"code: lambda.Code.fromInline({js_str(body)})", f".code = ccdk_lambda_code_from_inline({s}, {c_str(body)})")]
    vpcs = [x for o in a.stacks if o["i"] <= st["i"] for x in o["vpcs"]]
    in_vpc = None
    if vpcs and r.random() < 0.65:
        in_vpc = r.choice(vpcs)
        pairs.append((f"vpc: {in_vpc['v']}", f".vpc = {in_vpc['v']}"))
        sj, sc, pub = selection(a, in_vpc, True)
        if sj:
            pairs.append((f"vpcSubnets: {sj}", f".vpc_subnets = {sc}"))
        if pub and not a.bad(0.4):
            pairs.append(("allowPublicSubnet: true", ".allow_public_subnet = CCDK_TRUE"))
        sgs = [g for g in a.sgs if g["vpc"] is in_vpc and g["stack"]["i"] <= st["i"]]
        use_sgs = sgs and r.random() < 0.4
        if use_sgs and r.random() < 0.2:
            g = r.choice(sgs)
            pairs.append((f"securityGroup: {g['v']}", f".security_group = {g['v']}"))
        elif use_sgs:
            pick = r.sample(sgs, r.randint(1, min(2, len(sgs))))
            pairs.append((f"securityGroups: [{', '.join(g['v'] for g in pick)}]",
                          f".security_groups = CCDK_LIST({', '.join(g['v'] for g in pick)})"))
        if (not use_sgs or a.bad(0.3)) and r.random() < 0.3:
            x = r.choice([True, False])
            pairs.append((f"allowAllOutbound: {str(x).lower()}", f".allow_all_outbound = CCDK_{str(x).upper()}"))
        if (not use_sgs) and r.random() < 0.15:
            x = r.choice([True, False])
            pairs.append((f"allowAllIpv6Outbound: {str(x).lower()}", f".allow_all_ipv6_outbound = CCDK_{str(x).upper()}"))
        if in_vpc["dual"] and r.random() < 0.5:
            pairs.append(("ipv6AllowedForDualStack: true", ".ipv6_allowed_for_dual_stack = CCDK_TRUE"))
    elif a.bad(0.15):
        pairs.append(("allowAllOutbound: false", ".allow_all_outbound = CCDK_FALSE"))
    lgs = [x for x in a.lgs if x["stack"]["i"] <= st["i"] and x["stack"]["env"] == st["env"]]
    if lgs and r.random() < 0.3:
        lg = r.choice(lgs)
        pairs.append((f"logGroup: {lg['v']}", f".log_group = {lg['v']}"))
        if a.bad(0.2):
            pairs.append(("logRetention: logs.RetentionDays.ONE_DAY", ".log_retention = CCDK_LOGS_RETENTION_ONE_DAY"))
            a.own_handlers.add("LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/Code")
    elif r.random() < 0.15:
        rd = r.choice(RETENTIONS)
        pairs.append((f"logRetention: logs.RetentionDays.{rd}", f".log_retention = CCDK_LOGS_RETENTION_{rd}"))
        a.own_handlers.add("LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/Code")
    fn = {"v": v, "stack": st, "vpc": in_vpc, "conn": v, "cconn": f"ccdk_lambda_function_connections({v})",
          "default_port": False, "pairs": pairs}
    # a file system: mounted through an access point (needs a VPC)
    aps = [x for x in a.aps if x["stack"]["i"] <= st["i"]]
    if aps and (in_vpc or a.bad(0.3)) and r.random() < 0.5:
        ap = r.choice(aps)
        mp = r.choice(["/mnt/efs", "/mnt/data", "/mnt/a-b_c.d"])
        if a.bad(0.3):
            mp = r.choice(["/data", "/mnt/", "/mnt/x y"])
        pairs.append((f"filesystem: lambda.FileSystem.fromEfsAccessPoint({ap['v']}, {js_str(mp)})",
                      f".filesystem = ccdk_lambda_file_system_from_efs_access_point({ap['v']}, {c_str(mp)})"))
    a.both(f"const {v} = new lambda.Function({s}, {js_str(fid)}, {{{', '.join(p[0] for p in pairs)}}});",
           f"ccdk_lambda_function *{v} = ccdk_lambda_function_new({s}, {c_str(fid)}, &(ccdk_lambda_function_props){{"
           + ", ".join(p[1] for p in pairs) + "});")
    a.fns.append(fn)
    return fn


def ifunction(a, fn):
    """fn, its alias or its current version as an IFunction: (js, c)."""
    r = a.r
    k = r.random()
    if k < 0.15:
        if "alias" not in fn:
            fn["alias"] = a.uid("al")
            a.both(f"const {fn['alias']} = {fn['v']}.addAlias('live');",
                   f"ccdk_lambda_alias *{fn['alias']} = ccdk_lambda_function_add_alias({fn['v']}, \"live\", NULL);")
        return fn["alias"], fn["alias"]
    if k < 0.25:
        return f"{fn['v']}.currentVersion", f"ccdk_lambda_function_current_version({fn['v']})"
    return fn["v"], fn["v"]


# ------------------------------------------------------------------ EFS

def gen_efs(a, st, vpc):
    r = a.r
    v = a.uid("fs")
    s = st["v"]
    pairs = [(f"vpc: {vpc['v']}", f".vpc = {vpc['v']}")]
    perf = None
    if r.random() < 0.3:
        perf = r.choice(["GENERAL_PURPOSE", "MAX_IO"])
        pairs.append((f"performanceMode: efs.PerformanceMode.{perf}", f".performance_mode = CCDK_EFS_PERFORMANCE_MODE_{perf}"))
    if r.random() < 0.35:
        tm = r.choice(["BURSTING", "PROVISIONED", "ELASTIC"])
        if tm == "ELASTIC" and perf == "MAX_IO" and not a.bad(0.6):
            tm = "BURSTING"
        pairs.append((f"throughputMode: efs.ThroughputMode.{tm}", f".throughput_mode = CCDK_EFS_THROUGHPUT_MODE_{tm}"))
        if tm == "PROVISIONED" and not a.bad(0.4):
            n = r.choice([1, 5, 100])
            pairs.append((f"provisionedThroughputPerSecond: cdk.Size.mebibytes({n})",
                          f".provisioned_throughput_per_second = ccdk_size_mebibytes({n})"))
    if r.random() < 0.3:
        lc = r.choice(LIFECYCLES)
        pairs.append((f"lifecyclePolicy: efs.LifecyclePolicy.{lc}", f".lifecycle_policy = CCDK_EFS_LIFECYCLE_{lc}"))
    if r.random() < 0.2:
        pairs.append(("outOfInfrequentAccessPolicy: efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS",
                      ".out_of_infrequent_access_policy = CCDK_EFS_OUT_OF_IA_AFTER_1_ACCESS"))
    if r.random() < 0.2:
        lc = r.choice(LIFECYCLES)
        pairs.append((f"transitionToArchivePolicy: efs.LifecyclePolicy.{lc}", f".transition_to_archive_policy = CCDK_EFS_LIFECYCLE_{lc}"))
    if r.random() < 0.25:
        enc = r.choice([True, True, False])
        pairs.append((f"encrypted: {str(enc).lower()}", f".encrypted = CCDK_{str(enc).upper()}"))
    if r.random() < 0.2:
        k = a.uid("key")
        a.both(f"const {k} = new kms.Key({s}, {js_str(k.capitalize())});", f"ccdk_kms_key *{k} = ccdk_kms_key_new({s}, {c_str(k.capitalize())}, NULL);")
        pairs.append((f"kmsKey: {k}", f".kms_key = {k}"))
    if r.random() < 0.3:
        rp = r.choice(REMOVALS + ["SNAPSHOT"])
        pairs.append((f"removalPolicy: cdk.RemovalPolicy.{rp}", f".removal_policy = CCDK_REMOVAL_POLICY_{rp}"))
    if r.random() < 0.2:
        pairs.append((f"fileSystemName: {js_str('fs-' + str(a.seed))}", f".file_system_name = {c_str('fs-' + str(a.seed))}"))
    if r.random() < 0.2:
        x = r.choice([True, False])
        pairs.append((f"enableAutomaticBackups: {str(x).lower()}", f".enable_automatic_backups = CCDK_{str(x).upper()}"))
    if r.random() < 0.2:
        x = r.choice([True, False])
        pairs.append((f"allowAnonymousAccess: {str(x).lower()}", f".allow_anonymous_access = CCDK_{str(x).upper()}"))
    if r.random() < 0.15:
        pairs.append(("fileSystemPolicy: new iam.PolicyDocument({statements: [new iam.PolicyStatement({"
                      "actions: ['elasticfilesystem:ClientMount'], principals: [new iam.AnyPrincipal()], "
                      "conditions: {Bool: {'elasticfilesystem:AccessedViaMountTarget': 'true'}}})]})",
                      f".file_system_policy = ccdk_iam_policy_document_new({s}, (ccdk_iam_policy_statement_list)CCDK_LIST(ccdk_iam_policy_statement_new({s}, "
                      f"&(ccdk_iam_policy_statement_props){{.actions = CCDK_STRS(\"elasticfilesystem:ClientMount\"), "
                      f".principals = CCDK_LIST(ccdk_iam_any_principal({s})), .conditions = ccdk_v_json({s}, "
                      f"\"{{\\\"Bool\\\": {{\\\"elasticfilesystem:AccessedViaMountTarget\\\": \\\"true\\\"}}}}\")}})))"))
    one_zone = False
    if r.random() < 0.15:
        one_zone = True
        pairs.append(("oneZone: true", ".one_zone = CCDK_TRUE"))
        if perf == "MAX_IO" and not a.bad(0.6):
            pairs = [p for p in pairs if not p[0].startswith("performanceMode")]
        if vpc["stack"]["env"] is not None and r.random() < 0.5:
            z = (vpc["azs"] or ["dummy1a"])[0]
            pairs.append((f"vpcSubnets: {{availabilityZones: [{js_str(z)}]}}", f".vpc_subnets = {{.availability_zones = CCDK_STRS({c_str(z)})}}"))
    elif r.random() < 0.2:
        sj, sc, _ = selection(a, vpc, True)
        if sj:
            pairs.append((f"vpcSubnets: {sj}", f".vpc_subnets = {sc}"))
    if r.random() < 0.12 and not one_zone:
        kind = r.choice(["regional", "onezone"])
        if kind == "regional":
            pairs.append(("replicationConfiguration: efs.ReplicationConfiguration.regionalFileSystem('us-west-2')",
                          ".replication_configuration = &(ccdk_efs_replication_configuration){.region = \"us-west-2\"}"))
        else:
            pairs.append(("replicationConfiguration: efs.ReplicationConfiguration.oneZoneFileSystem('us-east-1', 'us-east-1a')",
                          ".replication_configuration = &(ccdk_efs_replication_configuration){.region = \"us-east-1\", .availability_zone = \"us-east-1a\"}"))
        if r.random() < 0.3:
            x = r.choice(["ENABLED", "DISABLED"]) if a.bad(0.5) else "ENABLED"
            pairs.append((f"replicationOverwriteProtection: efs.ReplicationOverwriteProtection.{x}",
                          f".replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_{x}"))
    pj, pc = obj(pairs, "ccdk_efs_file_system_props")
    a.both(f"const {v} = new efs.FileSystem({s}, {js_str(v.capitalize())}, {pj});",
           f"ccdk_efs_file_system *{v} = ccdk_efs_file_system_new({s}, {c_str(v.capitalize())}, {pc});")
    fs = {"v": v, "stack": st, "conn": v, "cconn": f"ccdk_efs_file_system_connections({v})", "default_port": True}
    a.fss.append(fs)
    for _ in range(r.randint(0, 2)):
        ap = a.uid("ap")
        oj, oc = [], []
        if r.random() < 0.6:
            p = r.choice(["/export/lambda", "/data", "/a/b/c", "/"])
            oj.append(f"path: {js_str(p)}")
            oc.append(f".path = {c_str(p)}")
        if r.random() < 0.5:
            perm = r.choice(["750", "755", "0777"])
            oj.append(f"createAcl: {{ownerUid: '1001', ownerGid: '1001', permissions: {js_str(perm)}}}")
            oc.append(f".create_acl = &(ccdk_efs_acl){{.owner_uid = \"1001\", .owner_gid = \"1001\", .permissions = {c_str(perm)}}}")
        if r.random() < 0.5:
            if r.random() < 0.4:
                oj.append("posixUser: {uid: '1001', gid: '1001', secondaryGids: ['1002', '1003']}")
                oc.append(".posix_user = &(ccdk_efs_posix_user){.uid = \"1001\", .gid = \"1001\", .secondary_gids = CCDK_STRS(\"1002\", \"1003\")}")
            else:
                oj.append("posixUser: {uid: '1001', gid: '1001'}")
                oc.append(".posix_user = &(ccdk_efs_posix_user){.uid = \"1001\", .gid = \"1001\"}")
        if r.random() < 0.1 or a.bad(0.15):
            tok = "t" * (r.choice([10, 64]) if not a.invalid else 65)
            oj.append(f"clientToken: {js_str(tok)}")
            oc.append(f".client_token = {c_str(tok)}")
        if r.random() < 0.3:
            a.both(f"const {ap} = new efs.AccessPoint({s}, {js_str(ap.capitalize())}, {{fileSystem: {v}{', ' + ', '.join(oj) if oj else ''}}});",
                   f"ccdk_efs_access_point *{ap} = ccdk_efs_access_point_new({s}, {c_str(ap.capitalize())}, {v}, "
                   + (f"&(ccdk_efs_access_point_options){{{', '.join(oc)}}});" if oc else "NULL);"))
        else:
            a.both(f"const {ap} = {v}.addAccessPoint({js_str(ap.capitalize())}{', {' + ', '.join(oj) + '}' if oj else ''});",
                   f"ccdk_efs_access_point *{ap} = ccdk_efs_file_system_add_access_point({v}, {c_str(ap.capitalize())}, "
                   + (f"&(ccdk_efs_access_point_options){{{', '.join(oc)}}});" if oc else "NULL);"))
        a.aps.append({"v": ap, "stack": st, "fs": fs})
    return fs


# ------------------------------------------------------------------ S3

def gen_bucket(a, st):
    r = a.r
    v = a.uid("bk")
    s = st["v"]
    if r.random() < 0.15:
        n = f"imported-bucket-{a.seed}"
        a.both(f"const {v} = s3.Bucket.fromBucketName({s}, {js_str(v.capitalize())}, {js_str(n)});",
               f"ccdk_s3_bucket *{v} = ccdk_s3_bucket_from_bucket_name({s}, {c_str(v.capitalize())}, {c_str(n)});")
        b = {"v": v, "stack": st, "imported": True}
        a.buckets.append(b)
        return b
    pairs = []
    if r.random() < 0.3:
        pairs.append(("versioned: true", ".versioned = CCDK_TRUE"))
    enc = None
    if r.random() < 0.35:
        enc = r.choice(["S3_MANAGED", "KMS_MANAGED", "KMS", "UNENCRYPTED"])
        pairs.append((f"encryption: s3.BucketEncryption.{enc}", f".encryption = CCDK_S3_ENCRYPTION_{enc}"))
    if (enc == "KMS" and r.random() < 0.5) or a.bad(0.1):
        k = a.uid("key")
        a.both(f"const {k} = new kms.Key({s}, {js_str(k.capitalize())});", f"ccdk_kms_key *{k} = ccdk_kms_key_new({s}, {c_str(k.capitalize())}, NULL);")
        pairs.append((f"encryptionKey: {k}", f".encryption_key = {k}"))
    rp = None
    if r.random() < 0.4:
        rp = r.choice(REMOVALS)
        pairs.append((f"removalPolicy: cdk.RemovalPolicy.{rp}", f".removal_policy = CCDK_REMOVAL_POLICY_{rp}"))
    if (rp == "DESTROY" and r.random() < 0.5) or a.bad(0.1):
        pairs.append(("autoDeleteObjects: true", ".auto_delete_objects = CCDK_TRUE"))
        a.own_handlers.add(f"{st['id']}/Custom::S3AutoDeleteObjectsCustomResourceProvider Code")
    if r.random() < 0.15:
        pairs.append(("eventBridgeEnabled: true", ".event_bridge_enabled = CCDK_TRUE"))
        a.paths.add(NOTIF_ZIP)
    pj, pc = obj(pairs, "ccdk_s3_bucket_props")
    a.both(f"const {v} = new s3.Bucket({s}, {js_str(v.capitalize())}{', ' + pj if pj else ''});",
           f"ccdk_s3_bucket *{v} = ccdk_s3_bucket_new({s}, {c_str(v.capitalize())}, {pc});")
    b = {"v": v, "stack": st}
    a.buckets.append(b)
    return b


def key_filters(a):
    """(js args, c list) of NotificationKeyFilters."""
    r = a.r
    k = r.choice(["none", "none", "prefix", "suffix", "both", "two"])
    fl = []
    if k == "prefix":
        fl = [{"prefix": r.choice(["in/", "images/", "ü/"])}]
    elif k == "suffix":
        fl = [{"suffix": r.choice([".jpg", ".json", ".tar.gz"])}]
    elif k == "both":
        fl = [{"prefix": "uploads/", "suffix": ".png"}]
    elif k == "two":
        fl = [{"prefix": "logs/"}, {"suffix": ".gz"}]
    if a.bad(0.2):
        fl = r.choice([[{"prefix": "a/"}, {"prefix": "b/"}], [{"suffix": ".x"}, {"suffix": ".y"}], [{}]])
    if not fl:
        return [], "CCDK_S3_NO_FILTERS"
    js = ["{" + ", ".join(f"{k2}: {js_str(v2)}" for k2, v2 in f.items()) + "}" for f in fl]
    cs = ["{" + ", ".join(f".{k2} = {c_str(v2)}" for k2, v2 in f.items()) + "}" if f else "{0}" for f in fl]
    return js, f"CCDK_S3_FILTERS({', '.join(cs)})"


def gen_notification(a, b):
    r = a.r
    st = b["stack"]
    s = st["v"]
    kind = r.choice(["lambda", "lambda", "sqs", "sns", "source", "source2"])
    # the destination's permission (in its own stack) names the bucket, the notifications (in the
    # bucket's stack) the destination: another stack's is a cycle, as in aws-cdk-lib
    cands = [f for f in a.fns if same_or_bad(a, f, b)]
    same = [f for f in cands if f["stack"] is st]
    if kind in ("lambda", "source", "source2"):
        if not cands:
            return
        fn = r.choice(same) if same and r.random() < 0.8 else r.choice(cands)
        if kind == "lambda":
            fj, fc = ifunction(a, fn)
            dj, dc = f"new s3n.LambdaDestination({fj})", f"ccdk_s3_lambda_destination({fc})"
        else:
            evs = r.sample(EVENTS, r.randint(1, 2))
            fj, fc = key_filters(a)
            pj = [f"events: [{', '.join('s3.EventType.' + e[0] for e in evs)}]"]
            pc = [f".events = CCDK_STRS({', '.join(e[1] for e in evs)})"]
            if fj:
                pj.append(f"filters: [{', '.join(fj)}]")
                pc.append(f".filters = {fc}")
            if b.get("imported"):
                kind = "source2"  # S3EventSource takes a Bucket
            cls, cf = ("S3EventSource", "ccdk_lambda_s3_event_source") if kind == "source" else ("S3EventSourceV2", "ccdk_lambda_s3_event_source_v2")
            a.both(f"{fn['v']}.addEventSource(new sources.{cls}({b['v']}, {{{', '.join(pj)}}}));",
                   f"ccdk_lambda_function_add_event_source({fn['v']}, {cf}({b['v']}, &(ccdk_lambda_s3_event_source_props){{{', '.join(pc)}}}));")
            a.paths.add(NOTIF_ZIP)
            return
    elif kind == "sqs":
        qs = [q for q in a.queues if same_or_bad(a, q, b)]
        if qs and r.random() < 0.5:
            q = r.choice(qs)
        else:
            q = {"v": a.uid("q"), "stack": st}
            qp = ""
            qc = "NULL"
            if r.random() < 0.3:
                qp = ", {encryption: sqs.QueueEncryption.KMS}"
                qc = "&(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS}"
            a.both(f"const {q['v']} = new sqs.Queue({s}, {js_str(q['v'].capitalize())}{qp});",
                   f"ccdk_sqs_queue *{q['v']} = ccdk_sqs_queue_new({s}, {c_str(q['v'].capitalize())}, {qc});")
            a.queues.append(q)
        dj, dc = f"new s3n.SqsDestination({q['v']})", f"ccdk_s3_sqs_destination({q['v']})"
    else:
        ts = [t for t in a.topics if same_or_bad(a, t, b)]
        if ts and r.random() < 0.5:
            t = r.choice(ts)
        else:
            t = {"v": a.uid("t"), "stack": st}
            a.both(f"const {t['v']} = new sns.Topic({s}, {js_str(t['v'].capitalize())});",
                   f"ccdk_sns_topic *{t['v']} = ccdk_sns_topic_new({s}, {c_str(t['v'].capitalize())}, NULL);")
            a.topics.append(t)
        dj, dc = f"new s3n.SnsDestination({t['v']})", f"ccdk_s3_sns_destination({t['v']})"
    fj, fc = key_filters(a)
    extra = "".join(", " + x for x in fj)
    how = r.choice(["event", "created", "removed"])
    if how == "event":
        ev = r.choice(EVENTS)
        a.both(f"{b['v']}.addEventNotification(s3.EventType.{ev[0]}, {dj}{extra});",
               f"ccdk_s3_bucket_add_event_notification({b['v']}, {ev[1]}, {dc}, {fc});")
    else:
        m = "Created" if how == "created" else "Removed"
        a.both(f"{b['v']}.addObject{m}Notification({dj}{extra});",
               f"ccdk_s3_bucket_add_object_{how}_notification({b['v']}, {dc}, {fc});")
    a.paths.add(NOTIF_ZIP)


# ------------------------------------------------------------------ logs

def gen_log_group(a, st):
    r = a.r
    v = a.uid("lg")
    s = st["v"]
    if r.random() < 0.15:
        n = r.choice(["/aws/imported", f"/ext/{a.seed}:*"])
        a.both(f"const {v} = logs.LogGroup.fromLogGroupName({s}, {js_str(v.capitalize())}, {js_str(n)});",
               f"ccdk_logs_log_group *{v} = ccdk_logs_log_group_from_log_group_name({s}, {c_str(v.capitalize())}, {c_str(n)});")
        lg = {"v": v, "stack": st, "imported": True}
        a.lgs.append(lg)
        return lg
    pairs = []
    cls = None
    if r.random() < 0.2:
        cls = r.choice(["STANDARD", "INFREQUENT_ACCESS", "DELIVERY"])
        pairs.append((f"logGroupClass: logs.LogGroupClass.{cls}", f".log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_{cls}"))
    if r.random() < 0.5 and (cls != "DELIVERY" or a.bad(0.5)):
        rd = r.choice(RETENTIONS)
        pairs.append((f"retention: logs.RetentionDays.{rd}", f".retention = CCDK_LOGS_RETENTION_{rd}"))
    if r.random() < 0.3:
        n = r.choice([f"/app/{a.seed}/{v}", f"grp-{v}"])
        pairs.append((f"logGroupName: {js_str(n)}", f".log_group_name = {c_str(n)}"))
    if r.random() < 0.3:
        rp = r.choice(REMOVALS)
        pairs.append((f"removalPolicy: cdk.RemovalPolicy.{rp}", f".removal_policy = CCDK_REMOVAL_POLICY_{rp}"))
    if r.random() < 0.15:
        k = a.uid("key")
        a.both(f"const {k} = new kms.Key({s}, {js_str(k.capitalize())});", f"ccdk_kms_key *{k} = ccdk_kms_key_new({s}, {c_str(k.capitalize())}, NULL);")
        pairs.append((f"encryptionKey: {k}", f".encryption_key = {k}"))
    if r.random() < 0.1:
        pairs.append(("deletionProtectionEnabled: true", ".deletion_protection_enabled = CCDK_TRUE"))
    if r.random() < 0.12 and (cls != "DELIVERY" or a.bad(0.5)):
        dj = ["identifiers: [logs.DataIdentifier.EMAILADDRESS, new logs.CustomDataIdentifier('EmployeeId', 'EmployeeId-\\\\d{9}')]"]
        dc = ['.identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmailAddress"}, {"EmployeeId", "EmployeeId-\\\\d{9}"})']
        others = [x for x in a.lgs if x["stack"] is st]
        if others and r.random() < 0.5:
            o = r.choice(others)
            dj.append(f"logGroupAuditDestination: {o['v']}")
            dc.append(f".log_group_audit_destination = {o['v']}")
        bks = [b for b in a.buckets if b["stack"]["i"] <= st["i"]]
        if bks and r.random() < 0.4:
            b = r.choice(bks)
            dj.append(f"s3BucketAuditDestination: {b['v']}")
            dc.append(f".s3_bucket_audit_destination_name = ccdk_s3_bucket_name({b['v']})")
        if r.random() < 0.4:
            dj.append("name: 'policy-x', description: 'redact ✓'")
            dc.append(".name = \"policy-x\", .description = \"redact ✓\"")
        pairs.append((f"dataProtectionPolicy: new logs.DataProtectionPolicy({{{', '.join(dj)}}})",
                      f".data_protection_policy = &(ccdk_logs_data_protection_policy_props){{{', '.join(dc)}}}"))
    pj, pc = obj(pairs, "ccdk_logs_log_group_props")
    a.both(f"const {v} = new logs.LogGroup({s}, {js_str(v.capitalize())}{', ' + pj if pj else ''});",
           f"ccdk_logs_log_group *{v} = ccdk_logs_log_group_new({s}, {c_str(v.capitalize())}, {pc});")
    lg = {"v": v, "stack": st}
    a.lgs.append(lg)
    return lg


def json_pattern(a, s, depth=0):
    """A JSON FilterPattern: (js, c)."""
    r = a.r
    k = r.choice(["exists", "notExists", "isNull", "bool", "string", "number", "regex"] + (["all", "any"] if depth < 2 else []))
    f = r.choice(["$.level", "$.latency", "$.user.id", "$.ok"])
    if k in ("exists", "notExists", "isNull"):
        cn = {"exists": "exists", "notExists": "not_exists", "isNull": "is_null"}[k]
        return f"logs.FilterPattern.{k}({js_str(f)})", f"ccdk_logs_filter_pattern_{cn}({s}, {c_str(f)})"
    if k == "bool":
        b = r.choice([True, False])
        return f"logs.FilterPattern.booleanValue({js_str(f)}, {str(b).lower()})", f"ccdk_logs_filter_pattern_boolean_value({s}, {c_str(f)}, {int(b)})"
    if k == "string":
        op = r.choice(["=", "!=", "=="]) if not a.bad(0.1) else "<="
        val = r.choice(["ERROR", "a \"quoted\" one", "ü*"])
        return (f"logs.FilterPattern.stringValue({js_str(f)}, {js_str(op)}, {js_str(val)})",
                f"ccdk_logs_filter_pattern_string_value({s}, {c_str(f)}, {c_str(op)}, {c_str(val)})")
    if k == "number":
        op = r.choice(["=", "!=", "<", "<=", ">", ">="]) if not a.bad(0.1) else "=>"
        val = r.choice([0, 300, 1.5, -2, 1000000])
        return (f"logs.FilterPattern.numberValue({js_str(f)}, {js_str(op)}, {js_num(val)})",
                f"ccdk_logs_filter_pattern_number_value({s}, {c_str(f)}, {c_str(op)}, {js_num(val)})")
    if k == "regex":
        op = r.choice(["=", "!="])
        val = r.choice(["err.*", "^[a-z]+$"])
        return (f"logs.FilterPattern.regexValue({js_str(f)}, {js_str(op)}, {js_str(val)})",
                f"ccdk_logs_filter_pattern_regex_value({s}, {c_str(f)}, {c_str(op)}, {c_str(val)})")
    subs = [json_pattern(a, s, depth + 1) for _ in range(r.randint(1, 3))]
    cn = "all" if k == "all" else "any"
    return (f"logs.FilterPattern.{k}({', '.join(x[0] for x in subs)})",
            f"ccdk_logs_filter_pattern_{cn}({s}, CCDK_STRS({', '.join(x[1] for x in subs)}))")


def filter_pattern(a, s):
    r = a.r
    k = r.choice(["all", "literal", "json", "json", "allTerms", "anyTerm", "anyTermGroup", "space"])
    if k == "all":
        return "logs.FilterPattern.allEvents()", "CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS"
    if k == "literal":
        t = r.choice(["ERROR", "[ip, user, status=5*]", "{ $.x = 1 }"])
        return f"logs.FilterPattern.literal({js_str(t)})", c_str(t)
    if k == "json":
        return json_pattern(a, s)
    if k in ("allTerms", "anyTerm"):
        terms = r.sample(["ERROR", "Exception", "timed out", "ü\"q\""], r.randint(1, 3))
        cn = "all_terms" if k == "allTerms" else "any_term"
        return (f"logs.FilterPattern.{k}({', '.join(js_str(t) for t in terms)})",
                f"ccdk_logs_filter_pattern_{cn}({s}, CCDK_STRS({', '.join(c_str(t) for t in terms)}))")
    if k == "anyTermGroup":
        groups = [r.sample(["a", "b", "c d", "e"], r.randint(1, 2)) for _ in range(r.randint(1, 3))]
        return (f"logs.FilterPattern.anyTermGroup({', '.join(jlist(js_str(t) for t in g) for g in groups)})",
                f"ccdk_logs_filter_pattern_any_term_group({s}, (ccdk_logs_term_groups)CCDK_LIST({', '.join('CCDK_STRS(' + ', '.join(c_str(t) for t in g) + ')' for g in groups)}))")
    cols = r.choice([["ip", "user", "status", "bytes"], ["...", "status_code", "bytes"], ["a", "b"]])
    j = f"logs.FilterPattern.spaceDelimited({', '.join(js_str(c) for c in cols)})"
    c = f"ccdk_logs_filter_pattern_space_delimited({s}, CCDK_STRS({', '.join(c_str(x) for x in cols)}))"
    for _ in range(r.randint(0, 2)):
        col = r.choice([x for x in cols if x != "..."])
        if r.random() < 0.5:
            op, val = r.choice(["=", "!="]), r.choice(["4*", "GET"])
            j += f".whereString({js_str(col)}, {js_str(op)}, {js_str(val)})"
            c = f"ccdk_logs_space_delimited_text_pattern_where_string({c}, {c_str(col)}, {c_str(op)}, {c_str(val)})"
        else:
            op, val = r.choice(["<", ">=", "="]), r.choice([403, 1000, 2.5])
            j += f".whereNumber({js_str(col)}, {js_str(op)}, {js_num(val)})"
            c = f"ccdk_logs_space_delimited_text_pattern_where_number({c}, {c_str(col)}, {c_str(op)}, {js_num(val)})"
    return j, f"ccdk_logs_space_delimited_text_pattern_string({c})"


def gen_log_calls(a, lg):
    r = a.r
    st = lg["stack"]
    s = st["v"]
    v = lg["v"]
    for _ in range(r.randint(0, 2)):
        if r.random() < 0.5:
            mid = a.uid("Mf")
            pj, pc = filter_pattern(a, s)
            oj = [f"filterPattern: {pj}", "metricNamespace: 'App'", f"metricName: {js_str(mid)}"]
            oc = [f".filter_pattern = {pc}", ".metric_namespace = \"App\"", f".metric_name = {c_str(mid)}"]
            if r.random() < 0.4:
                mv = r.choice(["$.latency", "1", "$.bytes"])
                oj.append(f"metricValue: {js_str(mv)}")
                oc.append(f".metric_value = {c_str(mv)}")
            if r.random() < 0.3:
                dv = r.choice([0, 1, 2.5])
                oj.append(f"defaultValue: {js_num(dv)}")
                oc.append(f".default_value = CCDK_NUM({js_num(dv)})")
            if r.random() < 0.3:
                n = r.randint(1, 3) if not a.bad(0.3) else 4
                dims = [(f"Dim{i}", f"$.d{i}") for i in range(n)]
                oj.append("dimensions: {" + ", ".join(f"{k}: {js_str(x)}" for k, x in dims) + "}")
                oc.append(".dimensions = CCDK_KVS(" + ", ".join(f"{{{c_str(k)}, {c_str(x)}}}" for k, x in dims) + ")")
            if r.random() < 0.2:
                u = r.choice(["Milliseconds", "Count", "Bytes"])
                oj.append(f"unit: cloudwatch.Unit.{u.upper()}")
                oc.append(f".unit = {c_str(u)}")
            if r.random() < 0.2:
                oj.append(f"filterName: {js_str('f-' + mid)}")
                oc.append(f".filter_name = {c_str('f-' + mid)}")
            if r.random() < 0.5:
                a.both(f"{v}.addMetricFilter({js_str(mid)}, {{{', '.join(oj)}}});",
                       f"ccdk_logs_log_group_add_metric_filter({v}, {c_str(mid)}, &(ccdk_logs_metric_filter_props){{{', '.join(oc)}}});")
            else:
                a.both(f"new logs.MetricFilter({s}, {js_str(mid)}, {{logGroup: {v}, {', '.join(oj)}}});",
                       f"ccdk_logs_metric_filter_new({s}, {c_str(mid)}, &(ccdk_logs_metric_filter_props){{.log_group = {v}, {', '.join(oc)}}});")
        else:
            fns = [f for f in a.fns if same_or_bad(a, f, lg)]
            if not fns:
                continue
            same = [f for f in fns if f["stack"] is st]
            fn = r.choice(same) if same and r.random() < 0.8 else r.choice(fns)
            sid = a.uid("Sub")
            pj, pc = filter_pattern(a, s)
            fj, fc = ifunction(a, fn)
            if r.random() < 0.2:
                dj, dc = f"new destinations.LambdaDestination({fj}, {{addPermissions: false}})", \
                    f"ccdk_logs_destinations_lambda_destination({fc}, &(ccdk_logs_lambda_destination_options){{.add_permissions = CCDK_FALSE}})"
            else:
                dj, dc = f"new destinations.LambdaDestination({fj})", f"ccdk_logs_destinations_lambda_destination({fc}, NULL)"
            oj = [f"destination: {dj}", f"filterPattern: {pj}"]
            oc = [f".destination = {dc}", f".filter_pattern = {pc}"]
            if r.random() < 0.2:
                oj.append(f"filterName: {js_str('s-' + sid)}")
                oc.append(f".filter_name = {c_str('s-' + sid)}")
            if a.bad(0.1):
                oj.append("distribution: logs.Distribution.RANDOM")
                oc.append(".distribution = CCDK_LOGS_DISTRIBUTION_RANDOM")
            if r.random() < 0.5:
                a.both(f"{v}.addSubscriptionFilter({js_str(sid)}, {{{', '.join(oj)}}});",
                       f"ccdk_logs_log_group_add_subscription_filter({v}, {c_str(sid)}, &(ccdk_logs_subscription_filter_props){{{', '.join(oc)}}});")
            else:
                a.both(f"new logs.SubscriptionFilter({s}, {js_str(sid)}, {{logGroup: {v}, {', '.join(oj)}}});",
                       f"ccdk_logs_subscription_filter_new({s}, {c_str(sid)}, &(ccdk_logs_subscription_filter_props){{.log_group = {v}, {', '.join(oc)}}});")


# ------------------------------------------------------------------ connections and grants

def gen_connections(a):
    r = a.r
    conns = [x for x in a.fns if x["vpc"]] + a.sgs + a.fss + a.eps
    for _ in range(r.randint(0, 7)):
        if not conns:
            return
        x = r.choice(conns)
        # the rules go in the stack of the object called (remote rules in the peer's): calling the
        # object of the later stack keeps references from later stacks to earlier ones (no cycle)
        others = [y for y in conns if y is not x and later_or_bad(a, x, y)]
        k = r.choice(["to", "from", "defaultFrom", "toDefault", "peerTo", "peerFrom", "internally", "anyIpv4", "toAnyIpv4"])
        d = r.choice([None, None, "conn rule", "ü ✓"])
        dj = f", {js_str(d)}" if d else ""
        dc = c_str(d) if d else "NULL"
        if k in ("to", "from") and others:
            y = r.choice(others)
            tj, tc = port(a)
            m = "allowTo" if k == "to" else "allowFrom"
            a.both(f"{x['conn']}.connections.{m}({y['conn']}, {tj}{dj});",
                   f"ccdk_ec2_connections_allow_{k}({x['cconn']}, {y['cconn']}, {tc}, {dc});")
        elif k == "defaultFrom":
            ds = [y for y in conns if y["default_port"]] if not a.bad(0.2) else conns
            ds = [y for y in ds if y is not x and later_or_bad(a, y, x)]
            if not ds:
                continue
            y = r.choice(ds)
            a.both(f"{y['conn']}.connections.allowDefaultPortFrom({x['conn']}{dj});",
                   f"ccdk_ec2_connections_allow_default_port_from({y['cconn']}, {x['cconn']}, {dc});")
        elif k == "toDefault":
            ds = [y for y in conns if y["default_port"] and y is not x and later_or_bad(a, x, y)]
            if not ds:
                continue
            y = r.choice(ds)
            a.both(f"{x['conn']}.connections.allowToDefaultPort({y['conn']}{dj});",
                   f"ccdk_ec2_connections_allow_to_default_port({x['cconn']}, {y['cconn']}, {dc});")
        elif k in ("peerTo", "peerFrom"):
            pj, pc = peer(a, x["stack"], sgs_ok=False)
            tj, tc = port(a)
            m = "allowTo" if k == "peerTo" else "allowFrom"
            cm = "to" if k == "peerTo" else "from"
            a.both(f"{x['conn']}.connections.{m}({pj}, {tj}{dj});",
                   f"ccdk_ec2_connections_allow_{cm}_peer({x['cconn']}, {pc}, {tc}, {dc});")
        elif k == "internally":
            tj, tc = port(a)
            a.both(f"{x['conn']}.connections.allowInternally({tj}{dj});",
                   f"ccdk_ec2_connections_allow_internally({x['cconn']}, {tc}, {dc});")
        elif k == "toAnyIpv4":
            tj, tc = port(a)
            a.both(f"{x['conn']}.connections.allowToAnyIpv4({tj}{dj});",
                   f"ccdk_ec2_connections_allow_to_any_ipv4({x['cconn']}, {tc}, {dc});")
        else:
            tj, tc = port(a)
            a.both(f"{x['conn']}.connections.allowFromAnyIpv4({tj}{dj});",
                   f"ccdk_ec2_connections_allow_from_any_ipv4({x['cconn']}, {tc}, {dc});")


def gen_efs_grants(a):
    r = a.r
    for lg in a.lgs:
        if r.random() < 0.3:
            fns = [f for f in a.fns if later_or_bad(a, f, lg)]
            if fns:
                fn = r.choice(fns)
                m, cm = r.choice([("grantWrite", "grant_write"), ("grantRead", "grant_read")])
                a.both(f"{lg['v']}.{m}({fn['v']});", f"ccdk_logs_log_group_{cm}({lg['v']}, {fn['v']});")
    for fs in a.fss:
        if r.random() < 0.2:
            s = fs["stack"]["v"]
            a.both(f"{fs['v']}.addToResourcePolicy(new iam.PolicyStatement({{actions: ['elasticfilesystem:ClientWrite'], "
                   f"principals: [new iam.AccountRootPrincipal()], resources: ['*']}}));",
                   f"ccdk_efs_file_system_add_to_resource_policy({fs['v']}, ccdk_iam_policy_statement_new({s}, &(ccdk_iam_policy_statement_props){{"
                   f".actions = CCDK_STRS(\"elasticfilesystem:ClientWrite\"), .principals = CCDK_LIST(ccdk_iam_account_root_principal({s})), "
                   f".resources = CCDK_STRS(\"*\")}}));")
    for fs in a.fss:
        for _ in range(r.randint(0, 2)):
            fns = [f for f in a.fns if later_or_bad(a, f, fs)]
            if not fns:
                return
            fn = r.choice(fns)
            m, cm = r.choice([("grantRead", "grant_read"), ("grantReadWrite", "grant_read_write"), ("grantRootAccess", "grant_root_access"),
                              ("grant", "grant")])
            if m == "grant":
                a.both(f"{fs['v']}.grant({fn['v']}, 'elasticfilesystem:DescribeMountTargets', 'elasticfilesystem:ClientMount');",
                       f"ccdk_efs_file_system_grant({fs['v']}, {fn['v']}, CCDK_STRS(\"elasticfilesystem:DescribeMountTargets\", \"elasticfilesystem:ClientMount\"));")
            else:
                a.both(f"{fs['v']}.{m}({fn['v']});", f"ccdk_efs_file_system_{cm}({fs['v']}, {fn['v']});")


# ------------------------------------------------------------------ the app

def write_case(outdir, seed):
    a = App(seed)
    r = a.r
    a.js.append("const app = new cdk.App();")
    a.c.append("    ccdk_app *app = ccdk_app_new(NULL);")
    env = r.choice(ENVS)
    a.stacks = []
    for i in range(r.choice([1, 1, 2, 2, 3])):
        v = f"st{i}"
        sid = f"Infra{i}"
        if env:
            a.both(f"const {v} = new cdk.Stack(app, {js_str(sid)}, {{env: {{account: {js_str(env[0])}, region: {js_str(env[1])}}}}});",
                   f"ccdk_stack *{v} = ccdk_stack_new(app, {c_str(sid)}, &(ccdk_stack_props){{.account = {c_str(env[0])}, .region = {c_str(env[1])}}});")
        else:
            a.both(f"const {v} = new cdk.Stack(app, {js_str(sid)});", f"ccdk_stack *{v} = ccdk_stack_new(app, {c_str(sid)}, NULL);")
        a.stacks.append({"v": v, "id": sid, "env": env, "i": i, "vpcs": []})
    for st in a.stacks:
        if r.random() < (0.85 if st["i"] == 0 else 0.3):
            vpc = gen_vpc(a, st, len(st["vpcs"]))
        for _ in range(r.randint(0, 2)):
            vpcs = [x for o in a.stacks if o["i"] <= st["i"] for x in o["vpcs"]]
            if vpcs:
                gen_sg(a, st, r.choice(vpcs))
        for _ in range(r.randint(0, 2)):
            gen_log_group(a, st)
        vpcs = [x for o in a.stacks if o["i"] <= st["i"] for x in o["vpcs"]]
        if vpcs and r.random() < 0.45:
            gen_efs(a, st, r.choice(vpcs))
        for j in range(r.randint(1, 4)):
            gen_function(a, st, j)
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            gen_bucket(a, st)
    for b in a.buckets:
        for _ in range(r.randint(0, 3)):
            gen_notification(a, b)
    for lg in a.lgs:
        gen_log_calls(a, lg)
    gen_connections(a)
    gen_efs_grants(a)

    js = ["// generated by tests/difffuzz/gen_infra.py, seed %d" % seed, "'use strict';",
          "const cdk = require('aws-cdk-lib');", "const lambda = require('aws-cdk-lib/aws-lambda');",
          "const iam = require('aws-cdk-lib/aws-iam');", "const ec2 = require('aws-cdk-lib/aws-ec2');",
          "const efs = require('aws-cdk-lib/aws-efs');", "const kms = require('aws-cdk-lib/aws-kms');",
          "const s3 = require('aws-cdk-lib/aws-s3');", "const s3n = require('aws-cdk-lib/aws-s3-notifications');",
          "const sqs = require('aws-cdk-lib/aws-sqs');", "const sns = require('aws-cdk-lib/aws-sns');",
          "const sources = require('aws-cdk-lib/aws-lambda-event-sources');",
          "const logs = require('aws-cdk-lib/aws-logs');", "const destinations = require('aws-cdk-lib/aws-logs-destinations');",
          "const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');", ""] + a.js + ["app.synth();", ""]
    c = ["/* generated by tests/difffuzz/gen_infra.py, seed %d */" % seed,
         "#include <ccdk/lambda.h>", "#include <ccdk/lambda_versions.h>", "#include <ccdk/lambda_event_sources.h>", "#include <ccdk/iam.h>",
         "#include <ccdk/ec2.h>", "#include <ccdk/efs.h>", "#include <ccdk/kms.h>", "#include <ccdk/s3.h>",
         "#include <ccdk/sqs.h>", "#include <ccdk/sns.h>", "#include <ccdk/logs.h>", "",
         "int main(void)", "{"] + a.c + [
         "    int rc = ccdk_app_synth(app);", "    ccdk_app_free(app);", "    return rc ? 1 : 0;", "}", ""]
    d = os.path.join(outdir, f"di-{seed}")
    common.write_case(d, a, js, c)
    if a.paths:
        # the notifications handler's inline code: "differs only at" lines next to common's asset lines
        ex = os.path.join(d, "exception")
        head = "" if os.path.exists(ex) else "ccdk's own custom resource handler code (as in integ-s3n-lambda):\n"
        with open(ex, "a", encoding="utf-8") as fh:
            fh.write(head + "".join(f"differs only at: {p}\n" for p in sorted(a.paths)))


if __name__ == "__main__":
    common.main(__doc__, write_case)
