// Conformance case 'nodejs-bundling-tests' (bundling.test.ts, local bundling): a handler named
// index.ts with a verbose log level, a tsconfig with an explicit projectRoot, a function per test
// ('with custom hash' is not here: aws-cdk-lib's CUSTOM hash covers JSON.stringify of its Bundling
// object, which ccdk does not reproduce).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyTestStack');
const runtime = lambda.Runtime.NODEJS_20_X;

new nodejs.NodejsFunction(stack, 'Index', { entry: 'lib/index.ts', runtime });
new nodejs.NodejsFunction(stack, 'Verbose', { entry: 'lib/index.ts', runtime, bundling: { logLevel: nodejs.LogLevel.VERBOSE } });
new nodejs.NodejsFunction(stack, 'ProjectRoot', {
  entry: 'lib/index.ts', runtime, projectRoot: '.', bundling: { tsconfig: 'lib/custom-tsconfig.json' },
});

app.synth();
