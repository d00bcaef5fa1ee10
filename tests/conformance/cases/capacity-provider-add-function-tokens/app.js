// Conformance case 'capacity-provider-add-function-tokens': capacityProvider.addFunction with number
// tokens (a Number parameter) in the scaling limits and the other options: aws-cdk-lib skips the range
// checks of an unresolved limit (min, max, and min <= max); each combination a stack.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const combos = { Min: ['p', undefined], Max: [undefined, 'p'], MinTokenMax: ['p', 3], MaxTokenMin: [3, 'p'] };
for (const [id, [min, max]] of Object.entries(combos)) {
  const stack = new cdk.Stack(app, id);
  const p = new cdk.CfnParameter(stack, 'P', { type: 'Number' }).valueAsNumber;
  const subnet = ec2.Subnet.fromSubnetId(stack, 'Subnet', 'subnet-1');
  const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-12345678');
  const cp = new lambda.CapacityProvider(stack, 'CP', { subnets: [subnet], securityGroups: [sg] });
  const fn = new lambda.Function(stack, 'F', {
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_22_X,
  });
  cp.addFunction(fn, {
    latestPublishedScalingConfig: {
      minExecutionEnvironments: min === 'p' ? p : min,
      maxExecutionEnvironments: max === 'p' ? p : max,
    },
    perExecutionEnvironmentMaxConcurrency: p,
    executionEnvironmentMemoryGiBPerVCpu: p,
  });
}

app.synth();
