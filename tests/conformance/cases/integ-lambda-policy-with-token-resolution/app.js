// Conformance case 'integ-lambda-policy-with-token-resolution': aws-lambda
// test/integ.lambda-policy-with-token-resolution.ts (the IntegTest is dropped;
// STANDARD_NODEJS_RUNTIME of the integ tests' config is NODEJS_18_X).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const STANDARD_NODEJS_RUNTIME = lambda.Runtime.NODEJS_18_X;

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
const stack = new cdk.Stack(app, 'stack');

const mappingName = 'testmapping';
const mapping = new cdk.CfnMapping(stack, 'testmapping', {
  mapping: {
    us: {
      regionalModels:
        'arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-lite-v1:0',
    },
  },
});
mapping.overrideLogicalId(mappingName);

const func = new lambda.Function(stack, 'test-function', {
  code: new lambda.InlineCode('exports.handler = async (event) => { console.log(event); return {\'statusCode\': 200, \'body\': \'\'}; }'),
  runtime: STANDARD_NODEJS_RUNTIME,
  handler: 'index.handler',
});

// Literal resources in statement
func.addToRolePolicy(new iam.PolicyStatement({
  actions: ['bedrock:Invoke*'],
  resources: [
    '*',
  ],
}));

// Array token resources in statement
func.addToRolePolicy(new iam.PolicyStatement({
  actions: ['bedrock:Invoke*'],
  resources: cdk.Fn.split(',', cdk.Fn.findInMap(mappingName, 'us', 'regionalModels')),
}));

app.synth();
