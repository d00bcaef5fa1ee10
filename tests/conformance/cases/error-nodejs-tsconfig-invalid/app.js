// Conformance case 'error-nodejs-tsconfig-invalid': preCompilation with a tsconfig.json that is
// not JSON (a comment, as tsc allows): aws-cdk-lib's extractTsConfig require()s it, node's
// SyntaxError "<real path>: Expected property name or '}' in JSON at position 4".
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: { preCompilation: true },
});

app.synth();
