// Conformance case 'error-cfn-function-tags-not-a-list': a CfnFunction's tags given as one object, not a list of
// them: its TagManager's error, thrown by the constructor (StandardFormatter.parseTags).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.CfnFunction(stack, 'Fn', {
  code: { zipFile: 'exports.handler = async () => {};' },
  role: 'arn:aws:iam::123456789012:role/SomeRole',
  handler: 'index.handler',
  runtime: 'nodejs20.x',
  tags: { Key: 'team', Value: 'blue' },
});
app.synth();
