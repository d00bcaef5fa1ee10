// Conformance case 'security-group-inline-rules': security-group.test.ts's "Inline Rule Control":
// each combination of the context @aws-cdk/aws-ec2.securityGroupDisableInlineRules (true, false,
// null, not set) and the disableInlineRules prop (true, false, not given) in a stack of its own;
// in each, groups with and without allowAllOutbound, alone, with an egress rule and with an
// ingress rule. Rules as resources drop the "Disallow all traffic" rule's resource from the tree
// when an egress rule comes.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const KEY = '@aws-cdk/aws-ec2.securityGroupDisableInlineRules';
const app = new cdk.App();
const combos = [
  // [stack id, context (undefined: not set), prop]
  ['PropsTrue', undefined, true],
  ['ContextTrue', true, undefined],
  ['BothTrue', true, true],
  ['ContextFalsePropsTrue', false, true],
  ['ContextNullPropsTrue', null, true],
  ['BothFalse', false, false],
  ['ContextTruePropsFalse', true, false],
  ['ContextFalse', false, undefined],
  ['PropsFalse', undefined, false],
  ['Neither', undefined, undefined],
  ['ContextNull', null, undefined],
  ['ContextNullPropsFalse', null, false],
];
for (const [id, context, disableInlineRules] of combos) {
  const stack = new cdk.Stack(app, id);
  if (context !== undefined) stack.node.setContext(KEY, context);
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', { vpcId: 'vpc-1234', availabilityZones: ['az1'] });
  for (const allowAllOutbound of [true, false]) {
    const prefix = allowAllOutbound ? 'Open' : 'Closed';
    new ec2.SecurityGroup(stack, `${prefix}Alone`, { vpc, allowAllOutbound, disableInlineRules });
    const egress = new ec2.SecurityGroup(stack, `${prefix}Egress`, { vpc, allowAllOutbound, disableInlineRules });
    egress.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(86), 'An external Rule');
    const ingress = new ec2.SecurityGroup(stack, `${prefix}Ingress`, { vpc, allowAllOutbound, disableInlineRules });
    ingress.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(86), 'An external Rule');
  }
}
app.synth();
