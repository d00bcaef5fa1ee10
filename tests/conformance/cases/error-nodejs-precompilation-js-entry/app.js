// Conformance case 'error-nodejs-precompilation-js-entry': preCompilation on a JavaScript entry is
// aws-cdk-lib's error ('preCompilation can only be used with typescript files'), a tsconfig.json
// beside it notwithstanding.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'handler.js',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: { preCompilation: true },
});

app.synth();
