// Conformance case 'cfn-function-tags': a CfnFunction's own tags (props.tags, the TagManager's
// initial tags) sorted with one of Tags.of(), and one Tags.of() overrides; CfnFunction.attrArn in an output.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.CfnFunction(stack, 'MyLambda', {
  code: { zipFile: 'foo' },
  handler: 'index.handler',
  runtime: 'python3.14',
  role: 'arn:aws:iam::123456789012:role/SomeRole',
  tags: [{ key: 'team', value: 'blue' }, { key: 'app', value: 'orders' }],
});
cdk.Tags.of(fn).add('stage', 'prod');
cdk.Tags.of(stack).add('team', 'red');
new cdk.CfnOutput(stack, 'Arn', { value: fn.attrArn });
app.synth();
