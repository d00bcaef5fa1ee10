// Conformance case 'error-ported-lambda-version-edge-latest': lambda-version.test.ts 'edgeArn throws
// with $LATEST' as written, in the Default stack.
// Ported from aws-cdk: lambda-version.test.ts 'edgeArn throws with $LATEST'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const version = lambda.Version.fromVersionArn(stack, 'Version', 'arn:aws:lambda:region:account-id:function:function-name:$LATEST');
version.edgeArn;
app.synth();
