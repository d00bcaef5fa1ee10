// Conformance case 'error-function-profiling-runtime'
// Upstream: aws-lambda/test/function.test.ts describe('profiling') 'throws an error when used with an unsupported runtime'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const { ProfilingGroup } = require('aws-cdk-lib/aws-codeguruprofiler');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  profilingGroup: new ProfilingGroup(stack, 'ProfilingGroup'),
  environment: { AWS_CODEGURU_PROFILER_GROUP_ARN: 'profiler_group_arn', AWS_CODEGURU_PROFILER_ENABLED: 'yes' },
});
app.synth();
