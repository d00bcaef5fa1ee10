// Conformance case 'unit-function-b-profiling'
// Upstream: aws-lambda/test/function.test.ts, describe('profiling'): 'default function with client
// provided Profiling Group', '... client imported Profiling Group', '... but profiling set to false',
// 'default function with profiling enabled and client provided env vars' (the warning), '... client
// provided Profiling Group and client provided env vars' (the warning). A stack per test.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { ProfilingGroup } = require('aws-cdk-lib/aws-codeguruprofiler');

const app = new cdk.App();
const envVars = {
  AWS_CODEGURU_PROFILER_GROUP_NAME: 'profiler_group',
  AWS_CODEGURU_PROFILER_GROUP_ARN: 'profiler_group_arn',
  AWS_CODEGURU_PROFILER_TARGET_REGION: 'us-east-1',
  AWS_CODEGURU_PROFILER_ENABLED: 'yes',
};

let stack = new cdk.Stack(app, 'ClientProvidedGroup');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  profilingGroup: new ProfilingGroup(stack, 'ProfilingGroup'),
});

stack = new cdk.Stack(app, 'ClientImportedGroup');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  profilingGroup: ProfilingGroup.fromProfilingGroupArn(stack, 'ProfilingGroup', 'arn:aws:codeguru-profiler:us-east-1:123456789012:profilingGroup/MyAwesomeProfilingGroup'),
});

stack = new cdk.Stack(app, 'GroupButProfilingFalse');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  profiling: false,
  profilingGroup: new ProfilingGroup(stack, 'ProfilingGroup'),
});

stack = new cdk.Stack(app, 'ProfilingWithEnvVars');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  profiling: true,
  environment: envVars,
});

stack = new cdk.Stack(app, 'GroupWithEnvVars');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  profilingGroup: new ProfilingGroup(stack, 'ProfilingGroup'),
  environment: envVars,
});
app.synth();
