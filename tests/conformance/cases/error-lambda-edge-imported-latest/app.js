// Conformance case 'error-lambda-edge-imported-latest': the edgeArn of a version imported as $LATEST
// (Version.fromVersionAttributes) throws at once.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const latest = lambda.Version.fromVersionAttributes(stack, 'Latest', { lambda: fn, version: '$LATEST' });
new cdk.CfnOutput(stack, 'EdgeArn', { value: latest.edgeArn });
app.synth();
