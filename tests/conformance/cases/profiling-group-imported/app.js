// Conformance case 'profiling-group-imported': functions profiled into imported CodeGuru groups:
// ProfilingGroup.fromProfilingGroupArn (a literal ARN: its name and region go into the
// environment; a token ARN: Fn::Select of it) and fromProfilingGroupName (the stack's ARN).
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/function.test.ts,
// 'default function with client imported Profiling Group'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const codeguru = require('aws-cdk-lib/aws-codeguruprofiler');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ProfilingStack');
const fn = (id, profilingGroup) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  profilingGroup,
});
fn('Literal', codeguru.ProfilingGroup.fromProfilingGroupArn(stack, 'LiteralGroup',
  'arn:aws:codeguru-profiler:eu-west-2:123456789012:profilingGroup/my-group'));
const param = new cdk.CfnParameter(stack, 'GroupArn', { type: 'String' });
fn('Token', codeguru.ProfilingGroup.fromProfilingGroupArn(stack, 'TokenGroup', param.valueAsString));
fn('ByName', codeguru.ProfilingGroup.fromProfilingGroupName(stack, 'NamedGroup', 'named-group'));
app.synth();
