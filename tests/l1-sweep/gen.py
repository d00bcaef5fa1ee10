#!/usr/bin/env python3
# gen.py SEED TABLE OUT: variants of the Lambda L1s' properties with wrong values at random places
# (types, lists, maps, structs, nested members, intrinsics, dynamic references), each under its
# JavaScript names (for aws-cdk-lib) and its CloudFormation names (for ccdk), from the checks of
# src/lambda/cfn_l1_table.c (TABLE). See run.sh.
import re, json, random, sys
random.seed(int(sys.argv[1]))
t=open(sys.argv[2]).read()
checks=[(m[0],m[1],m[2],int(m[3])) for m in re.findall(r'^    \{"(\w+)", "(\w+)", "([A-Z]+)", (-?\d+)\},$', t, re.M)]
structs=[(m[0],int(m[1]),int(m[2])) for m in re.findall(r'^    \{"(\w+)", (\d+), (\d+), \d+, \d+\}, /\* \d+ \*/$', t, re.M)]
byname={s[0]:i for i,s in enumerate(structs)}
# every class with valid properties (CloudFormation names): (class, snake name, id, properties)
rows=[('CfnFunction', 'function', 'Fn1', {'Code': {'ZipFile': 'foo'}, 'Handler': 'index.handler', 'Runtime': 'python3.14', 'Role': 'arn:aws:iam::123456789012:role/SomeRole'}), ('CfnAlias', 'alias', 'Alias1', {'FunctionName': 'f', 'FunctionVersion': '1', 'Name': 'live'}), ('CfnVersion', 'version', 'Version1', {'FunctionName': 'f'}), ('CfnPermission', 'permission', 'Perm1', {'Action': 'lambda:InvokeFunction', 'FunctionName': 'f', 'Principal': 's3.amazonaws.com'}), ('CfnEventSourceMapping', 'event_source_mapping', 'Esm1', {'FunctionName': 'f', 'EventSourceArn': 'arn:aws:sqs:us-east-1:123456789012:q'}), ('CfnLayerVersion', 'layer_version', 'Layer1', {'Content': {'S3Bucket': 'b', 'S3Key': 'k'}}), ('CfnLayerVersionPermission', 'layer_version_permission', 'LayerPerm1', {'Action': 'lambda:GetLayerVersion', 'LayerVersionArn': 'arn:aws:lambda:us-east-1:123456789012:layer:l:1', 'Principal': '*'}), ('CfnUrl', 'url', 'Url1', {'AuthType': 'NONE', 'TargetFunctionArn': 'arn:aws:lambda:us-east-1:123456789012:function:f'}), ('CfnCodeSigningConfig', 'code_signing_config', 'Csc1', {'AllowedPublishers': {'SigningProfileVersionArns': ['arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/v']}}), ('CfnCapacityProvider', 'capacity_provider', 'Provider1', {'PermissionsConfig': {'CapacityProviderOperatorRoleArn': 'arn:aws:iam::123456789012:role/op'}, 'VpcConfig': {'SubnetIds': ['subnet-1'], 'SecurityGroupIds': ['sg-1']}}), ('CfnMicrovmImage', 'microvm_image', 'Image1', {'AdditionalOsCapabilities': [], 'BaseImageArn': 'arn', 'BaseImageVersion': '1', 'BuildRoleArn': 'arn', 'CodeArtifact': {'Uri': 's3://b/k'}, 'CpuConfigurations': [], 'Description': 'd', 'EgressNetworkConnectors': [], 'EnvironmentVariables': [], 'Hooks': {}, 'Logging': {}, 'Name': 'n', 'Resources': []}), ('CfnNetworkConnector', 'network_connector', 'Connector1', {'Configuration': {'VpcEgressConfiguration': {'AssociatedComputeResourceTypes': ['LAMBDA'], 'NetworkProtocol': 'IPV4', 'SecurityGroupIds': ['sg-1'], 'SubnetIds': ['subnet-1']}}}), ('CfnWebFunction', 'web_function', 'Web1', {'FunctionName': 'web'}), ('CfnWebFunctionEndpoint', 'web_function_endpoint', 'Endpoint1', {'AuthType': 'NONE', 'EndpointName': 'main', 'EndpointType': 'PUBLIC', 'FunctionName': 'web'}), ('CfnWebFunctionRevision', 'web_function_revision', 'Revision1', {'BuildConfig': {'CodeConfig': {'S3Object': {'Bucket': 'b', 'Key': 'k'}}, 'RuntimeConfig': {'Runtime': 'nodejs24.x'}}, 'FunctionName': 'web', 'ServiceConfig': {'ExecutionRoleArn': 'arn:aws:iam::123456789012:role/exec'}})]
def fields(si):
    name,first,n=structs[si]; return checks[first:first+n]
def wrong(code, sub, depth):
    c=code[0]
    r=random.random()
    if c=='S': return random.choice([5, True, [], {"a":1}, None, 1.5e21, "ok"])
    if c=='N': return random.choice(["12", True, [1], {}, None, 3])
    if c=='B': return random.choice(["true", 0, [], None, False])
    if c=='O': return random.choice(["s", 4, True, {"x":1}, [1]])
    if c=='T': return None
    if c=='L': 
        inner=code[1:]
        return random.choice(["str", 7, {"k":"v"}, [wrong(inner, sub, depth+1) for _ in range(random.randint(0,3))]])
    if c=='H': return random.choice(["s", 1, {"A":"x","B":wrong(code[1:],sub,depth+1)}, ["a", 2]])
    if c=='V':
        if depth>2 or r<0.3: return random.choice(["str", 5, [], {}, {"Ref":"P"}, "{{resolve:ssm:x}}"])
        obj={}
        for js,cfn,ck,sb in fields(sub):
            if ck=='R': continue
            if random.random()<0.5: obj[(js,cfn)]=wrong(ck,sb,depth+1)
        return obj
    return None
# values: keys as (js,cfn) tuples inside generated objects; convert to js / cfn
def conv(v, which):
    if isinstance(v, dict):
        return {(k[which] if isinstance(k,tuple) else k): conv(x, which) for k,x in v.items()}
    if isinstance(v, list): return [conv(x, which) for x in v]
    return v
out=[]
for cls,sn,cid,props in rows:
    root=byname[cls+'Props']
    for trial in range(6):
        # props given by cfn name; map to (js,cfn) for top-level via checks
        names={cfn:js for js,cfn,ck,sb in fields(root)}
        p={}
        for cfn,v in props.items():
            p[(names.get(cfn, cfn[0].lower()+cfn[1:]),cfn)]=json.loads(json.dumps(v))
        # mutate 1-3 top-level fields
        fs=[f for f in fields(root) if f[2]!='R' and f[2]!='LT' and f[0] not in ('tags',)]
        for js,cfn,ck,sb in random.sample(fs, min(len(fs), random.randint(1,3))):
            p[(js,cfn)]=wrong(ck,sb,0)
        # cfn-side nested keys of untouched base props are already cfn; js side needs camel: base props nested keys
        def camel_base(v):
            if isinstance(v, dict): return {(k if isinstance(k,tuple) else (k[0].lower()+k[1:], k)): camel_base(x) for k,x in v.items()}
            if isinstance(v, list): return [camel_base(x) for x in v]
            return v
        p={k:(camel_base(v) if k[1] in props and p[k]==props.get(k[1]) else v) for k,v in p.items()}
        out.append({"cls":cls,"sn":sn,"js":conv(p,0),"cfn":conv(p,1)})
json.dump(out, open(sys.argv[3],'w'))
