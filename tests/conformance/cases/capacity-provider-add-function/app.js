// Conformance case 'capacity-provider-add-function': capacityProvider.addFunction on three
// functions: without options, with every option (publishToLatestPublished, both scaling limits),
// with only a minimum; a fourth again through an imported provider with publishToLatestPublished:
// false (a later call replaces CapacityProviderConfig); a fifth twice, the second time without
// options. The info annotation goes on each function.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });
const cp = new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
  subnets: vpc.privateSubnets,
  securityGroups: [securityGroup],
});
const fn = (id) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {}'),
});
const plain = fn('Plain');
cp.addFunction(plain);
cp.addFunction(fn('AllOptions'), {
  perExecutionEnvironmentMaxConcurrency: 10,
  executionEnvironmentMemoryGiBPerVCpu: 2,
  latestPublishedScalingConfig: { minExecutionEnvironments: 1, maxExecutionEnvironments: 5 },
  publishToLatestPublished: true,
});
cp.addFunction(fn('MinOnly'), { latestPublishedScalingConfig: { minExecutionEnvironments: 2 } });
const later = fn('Later');
cp.addFunction(later, { publishToLatestPublished: true, executionEnvironmentMemoryGiBPerVCpu: 4 });
const imported = lambda.CapacityProvider.fromCapacityProviderName(stack, 'Imported', 'other-cp');
imported.addFunction = cp.addFunction; // aws-cdk-lib has addFunction on CapacityProvider only
imported.addFunction(later, { publishToLatestPublished: false, perExecutionEnvironmentMaxConcurrency: 64 });
const cleared = fn('Cleared');
cp.addFunction(cleared, { publishToLatestPublished: true, latestPublishedScalingConfig: { maxExecutionEnvironments: 3 } });
cp.addFunction(cleared); // publishToLatestPublished back to undefined; FunctionScalingConfig stays
app.synth();
