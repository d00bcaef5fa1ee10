// Conformance case 'lookup-azs-context': environment-specific stacks whose Vpc takes its AZs from
// stack.availabilityZones. For us-west-2 the looked-up AZs are in context.json (what the cdk CLI
// writes into cdk.context.json; the runner merges it into each context): the Vpc spreads over the
// first three, and nothing is missing for it. For eu-north-1 there is no value yet: the lookup is
// reported missing in manifest.json and the Vpc is built over aws-cdk-lib's dummy AZs.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
for (const [id, region] of [['Oregon', 'us-west-2'], ['Stockholm', 'eu-north-1']]) {
  const stack = new cdk.Stack(app, id, { env: { account: '123456789012', region } });
  const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 1, restrictDefaultSecurityGroup: false });
  new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
    vpc,
  });
  new cdk.CfnOutput(stack, 'Azs', { value: cdk.Fn.join(',', vpc.availabilityZones) });
}
app.synth();
