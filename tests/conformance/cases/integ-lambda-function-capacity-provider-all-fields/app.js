// Conformance case 'integ-lambda-function-capacity-provider-all-fields': aws-lambda
// test/integ.function-capacity-provider-all-fields.ts (capacityProvider.addFunction with every
// option). Dropped: the IntegTest and its GetFunction assertion.
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const cdk = require('aws-cdk-lib/core');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'FunctionCapacityProviderAllFieldsStack');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });

const capacityProvider = new lambda.CapacityProvider(stack, 'CapacityProvider', {
  subnets: vpc.privateSubnets,
  securityGroups: [securityGroup],
});

const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
});

capacityProvider.addFunction(fn, {
  perExecutionEnvironmentMaxConcurrency: 10,
  executionEnvironmentMemoryGiBPerVCpu: 2,
  publishToLatestPublished: true,
  latestPublishedScalingConfig: {
    minExecutionEnvironments: 1,
    maxExecutionEnvironments: 5,
  },
});

app.synth();
