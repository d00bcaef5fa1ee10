'use strict';
// Ported from aws-cdk: packages/aws-cdk-lib/aws-lambda-nodejs/test/function.test.ts, the tests whose
// template a C program can check (Bundling is not mocked here: the entries are bundled by esbuild).
// Every test makes its function 'handler1' next to the defining file (app.handler1.ts here, as
// function.test.handler1.ts there); a stack per test where they would clash:
// - 'NodejsFunction with .ts handler', 'configures connection reuse for aws sdk' and 'defaults to
//   NODEJS_16_X with feature flag disabled': one function in `new Stack()`'s stack (Default):
//   handler index.handler, nodejs16.x, AWS_NODEJS_CONNECTION_REUSE_ENABLED '1'
// - 'can opt-out of connection reuse for aws sdk': no Environment
// - 'defaults to NODEJS_LATEST with feature flag enabled' (TestStackFF; the flag in the stack's
//   context rather than the App's, so that the Default stack keeps the flag off)
// - describe('lambda.Code.fromCustomCommand') 'if code and handler properties are included, the
//   template can be synthesized': the command `node` (no arguments: an empty script from stdin) and
//   the asset function.test.handler7.zip (app.handler7.zip)
// - describe('Node 18+ runtimes'): connection reuse not set by default, explicitly not set, and
//   explicitly set (the warning, and the variable)
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();

const stack = new cdk.Stack(app);
new nodejs.NodejsFunction(stack, 'handler1');

const optOut = new cdk.Stack(app, 'OptOut');
new nodejs.NodejsFunction(optOut, 'handler1', { awsSdkConnectionReuse: false });

const stackFF = new cdk.Stack(app, 'TestStackFF');
stackFF.node.setContext('@aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion', true);
new nodejs.NodejsFunction(stackFF, 'handler1');

const custom = new cdk.Stack(app, 'CustomCommand');
new nodejs.NodejsFunction(custom, 'handler1', {
  handler: 'Random.Name',
  runtime: lambda.Runtime.NODEJS_18_X,
  code: lambda.Code.fromCustomCommand('app.handler7.zip', ['node'], undefined),
});

const node18 = new cdk.Stack(app, 'Node18Default');
new nodejs.NodejsFunction(node18, 'handler1', { runtime: lambda.Runtime.NODEJS_18_X });
const node18Off = new cdk.Stack(app, 'Node18OptOut');
new nodejs.NodejsFunction(node18Off, 'handler1', { runtime: lambda.Runtime.NODEJS_18_X, awsSdkConnectionReuse: false });
const node18On = new cdk.Stack(app, 'Node18Reuse');
new nodejs.NodejsFunction(node18On, 'handler1', { runtime: lambda.Runtime.NODEJS_18_X, awsSdkConnectionReuse: true });

app.synth();
