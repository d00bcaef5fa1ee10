// Conformance case 'runtime-determine-latest-node': lambda.determineLatestNodeRuntime(scope) in an
// environment-agnostic stack, in known regions (aws, aws-cn) and in a region aws-cdk-lib does not know
// Ported from aws-cdk: function.test.ts, the latest Lambda node runtime tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ context: { '@aws-cdk/core:target-partitions': ['aws', 'aws-cn'] } });
const envs = {
  Agnostic: undefined,
  UsEast1: { region: 'us-east-1' },
  CnNorth1: { region: 'cn-north-1' },
  Unknown: { region: 'xx-unknown-1' },
};
for (const [name, env] of Object.entries(envs)) {
  const stack = new cdk.Stack(app, name, { env });
  const runtime = lambda.determineLatestNodeRuntime(stack);
  const fn = new lambda.Function(stack, 'Fn', {
    runtime,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => process.version;'),
  });
  new lambda.Function(stack, 'Latest', {
    runtime: lambda.Runtime.NODEJS_LATEST,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => process.version;'),
  });
  new cdk.CfnOutput(stack, 'RuntimeName', { value: fn.runtime.name });
  new cdk.CfnOutput(stack, 'IsVariable', { value: String(runtime.isVariable) });
  new cdk.CfnOutput(stack, 'Family', { value: String(runtime.family === lambda.RuntimeFamily.NODEJS) });
}

app.synth();
