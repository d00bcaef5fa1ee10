// Conformance case 'error-nodejs-precompilation-relative-tsconfig': with preCompilation,
// aws-cdk-lib reads the tsconfig given with require() (util.ts extractTsConfig), from its own
// folder: 'tsconfig.json', which is there in the working directory, is a module's name to
// require() and is not found. Node's message goes on with "Require stack:" and the files of the
// node process, which a C program has not: both halves compare its first line.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

try {
  new nodejs.NodejsFunction(stack, 'Function', {
    entry: 'handler.ts', runtime: lambda.Runtime.NODEJS_20_X,
    bundling: { preCompilation: true, tsconfig: 'tsconfig.json' },
  });
} catch (e) {
  throw new Error(e.message.split('\n')[0]);
}

app.synth();
