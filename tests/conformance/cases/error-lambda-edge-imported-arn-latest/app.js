// Conformance case 'error-lambda-edge-imported-arn-latest'
// Upstream: aws-lambda/test/lambda-version.test.ts 'edgeArn throws with $LATEST'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const version = lambda.Version.fromVersionArn(stack, 'Version', 'arn:aws:lambda:region:account-id:function:function-name:$LATEST');
new cdk.CfnOutput(stack, 'EdgeArn', { value: version.edgeArn });
app.synth();
