// Conformance case 'integ-lambda-multi-tenancy': aws-lambda test/integ.multi-tenancy.ts
// (the IntegTest is dropped; STANDARD_NODEJS_RUNTIME of the integ tests' config is NODEJS_18_X).
'use strict';
const { App, Stack } = require('aws-cdk-lib');
const { Function, InlineCode, Runtime, TenancyConfig } = require('aws-cdk-lib/aws-lambda');

const STANDARD_NODEJS_RUNTIME = Runtime.NODEJS_18_X;

const app = new App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack = new Stack(app, 'aws-cdk-lambda-multi-tenancy');

new Function(stack, 'MultiTenantFunction', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: STANDARD_NODEJS_RUNTIME,
  tenancyConfig: TenancyConfig.PER_TENANT,
});

app.synth();
