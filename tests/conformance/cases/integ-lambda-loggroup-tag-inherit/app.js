// Conformance case 'integ-lambda-loggroup-tag-inherit': aws-lambda
// test/integ.lambda.loggroup-tag-inherit.ts (the IntegTest and its listTagsLogGroup assertion are
// dropped; app.synth() added, as the integ runner synthesizes the app).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { Tags } = require('aws-cdk-lib');

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy': false,
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': true,
  },
});

const stack = new cdk.Stack(app, 'loggroup-tag-inherit');

const fn = new lambda.Function(stack, 'TaggedLmbdaFunction', {
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
});

// Tag the function
Tags.of(fn).add('Environment', 'Test');
Tags.of(fn).add('Owner', 'CDKTeam');

app.synth();
