// Conformance case 'lookup-security-group': SecurityGroup.fromLookupById with its lookup in
// context.json (allowAllOutbound false: the function's egress rule becomes a resource) and
// fromLookupByName in a looked-up VPC, not looked up yet (missing; aws-cdk-lib's dummy sg-12345678,
// mutable: an ingress rule on it is a resource). A function in the (dummy) VPC with both groups.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const vpc = ec2.Vpc.fromLookup(stack, 'Vpc', { vpcName: 'shared' });
const byId = ec2.SecurityGroup.fromLookupById(stack, 'ById', 'sg-0abc1234');
const byName = ec2.SecurityGroup.fromLookupByName(stack, 'ByName', 'web', vpc);
byName.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(8080), 'from the VPC');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  securityGroups: [byId, byName],
});
fn.connections.allowTo(ec2.Peer.ipv4('10.1.0.0/16'), ec2.Port.tcp(443), 'to the API');
app.synth();
