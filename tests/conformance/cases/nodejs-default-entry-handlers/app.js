'use strict';
// function.test.ts: the entry found next to the defining file (<file>.<id>.ts, .js, .mjs, .mts,
// .cts, .cjs, in that order), the handler with and without a dot, bundling environment variables.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const runtime = lambda.Runtime.NODEJS_20_X;

new nodejs.NodejsFunction(stack, 'handler1');
for (const id of ['handler2', 'handler3', 'handler4', 'handler5', 'handler6', 'handler7', 'handler8']) {
  new nodejs.NodejsFunction(stack, id, { runtime });
}

const handlers = new cdk.Stack(app, 'Handlers');
new nodejs.NodejsFunction(handlers, 'handler1', { handler: 'myHandler', runtime });
const dotted = new cdk.Stack(app, 'Dotted');
new nodejs.NodejsFunction(dotted, 'handler1', {
  handler: 'run.sh',
  runtime,
  bundling: { environment: { KEY: 'VALUE' } },
});

app.synth();
