// Conformance case 'integ-lambda-version-scaling-config-all-fields': aws-lambda
// test/integ.version-scaling-config-all-fields.ts (the IntegTest is dropped; app.synth() added, as
// the integ runner synthesizes the app).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const cdk = require('aws-cdk-lib/core');

const app = new cdk.App({
  context: { '@aws-cdk/core:disableGitSource': true },
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
const stack = new cdk.Stack(app, 'VersionScalingConfigAllFieldsStack');

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
  currentVersionOptions: {
    minExecutionEnvironments: 1,
    maxExecutionEnvironments: 5,
  },
});

capacityProvider.addFunction(fn);

// Access currentVersion to trigger Version resource creation with scaling config
fn.currentVersion;

app.synth();
