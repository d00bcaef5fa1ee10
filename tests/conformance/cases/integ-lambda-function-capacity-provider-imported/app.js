// Conformance case 'integ-lambda-function-capacity-provider-imported': aws-lambda
// test/integ.function-capacity-provider-imported.ts (a capacity provider in one stack, imported by
// ARN into another that adds a function to it). Dropped: the IntegTest and its invokeFunction
// assertion. Adapted: importedCapacityProvider.addFunction(fn) is newer than aws-cdk-lib 2.276.0
// (see below).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const cdk = require('aws-cdk-lib/core');

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

// Stack 1: Create the capacity provider
const providerStack = new cdk.Stack(app, 'ImportedCPStack');

const vpc = new ec2.Vpc(providerStack, 'Vpc');
const securityGroup = new ec2.SecurityGroup(providerStack, 'SecurityGroup', { vpc });

const capacityProvider = new lambda.CapacityProvider(providerStack, 'CapacityProvider', {
  subnets: vpc.privateSubnets,
  securityGroups: [securityGroup],
});

// Stack 2: Import the capacity provider and add a function to it
const functionStack = new cdk.Stack(app, 'ImportedCPFunctionStack');

const importedCapacityProvider = lambda.CapacityProvider.fromCapacityProviderArn(
  functionStack,
  'ImportedCapacityProvider',
  capacityProvider.capacityProviderArn,
);

const fn = new lambda.Function(functionStack, 'importedCPFunction', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
});

// aws-cdk-lib 2.276.0 has addFunction only on CapacityProvider (newer versions have it on imports
// too); it uses nothing but the provider's ARN, so it is called on the import as those do.
lambda.CapacityProvider.prototype.addFunction.call(importedCapacityProvider, fn);

app.synth();
